package scheme

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []string // error lines, in order
		is    error
	}{
		{"malformed JSON",
			`{"id":"a","text":"x","spans":[]}` + "\n" + `{"id":"b","text":` + "\n",
			[]string{"t.jsonl:2: unexpected end of JSON input"}, ErrSyntax},
		{"wrong type",
			`{"id":"a","text":"abc","spans":[{"label":"CUE","start":"0","end":1,"text":"a"}]}`,
			[]string{"t.jsonl:1: json: cannot unmarshal"}, ErrSyntax},
		{"missing id",
			`{"text":"abc","spans":[]}`,
			[]string{`t.jsonl:1: record has no "id"`}, ErrSyntax},
		{"span text is not the code-point slice",
			// In "Grüße 😀 sagte er heute", "sagte" is at code points 8:13
			// and at bytes 13:18.
			`{"id":"a","text":"Grüße 😀 sagte er heute","spans":[{"label":"CUE","start":8,"end":13,"text":"sagte"},{"label":"CUE","start":13,"end":18,"text":"sagte"}]}`,
			[]string{`t.jsonl:1: span 1 (CUE 13:18): text "sagte" is not text[13:18] = " er h"`}, ErrSpan},
		{"offsets out of range",
			`{"id":"a","text":"abc","spans":[{"label":"CUE","start":2,"end":4,"text":"c"},{"label":"CUE","start":2,"end":2,"text":""}]}`,
			[]string{"t.jsonl:1: span 0 (CUE 2:4): offsets out of range (text has 3 code points)",
				"t.jsonl:1: span 1 (CUE 2:2): offsets out of range (text has 3 code points)"}, ErrSpan},
		{"unknown label",
			`{"id":"a","text":"abc","spans":[{"label":"SPEAKER","start":0,"end":1,"text":"a"}]}`,
			[]string{`t.jsonl:1: span 0 (SPEAKER 0:1): unknown label "SPEAKER"`}, ErrUnknownLabel},
		{"duplicate id",
			"{\"id\":\"a\",\"text\":\"\",\"spans\":[]}\n\n{\"id\":\"a\",\"text\":\"\",\"spans\":[]}\n",
			[]string{`t.jsonl:3: duplicate document id "a" (first at t.jsonl:1)`}, ErrDuplicateID},
		{"every bad line is reported",
			"{\n{\"id\":\"a\"}\n[]\n",
			[]string{"t.jsonl:1: unexpected end of JSON input", "t.jsonl:3: json: cannot unmarshal array"}, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(tt.input), "t.jsonl")
			if !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.is)
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) != len(tt.want) {
				t.Fatalf("err = %v, want %d errors", err, len(tt.want))
			}
			for i, e := range list {
				if !strings.HasPrefix(e.Error(), tt.want[i]) {
					t.Errorf("error %d = %q, want prefix %q", i, e.Error(), tt.want[i])
				}
			}
		})
	}
}

func TestDecodeLenient(t *testing.T) {
	input := "\uFEFF" + `{"id":"a","text":"Grüße 😀 sagte er","spans":[` +
		`{"label":"CUE","start":8,"end":13,"text":"sagte","lemma":null,"stwr_type":"direct","medium":"speech"},` +
		`{"label":"NUMBER","start":0,"end":1,"text":"G","value":null,"kind":"vague"}],"meta":{"x":1}}` + "\r\n\r\n   \n" +
		`{"id":"b","text":"","spans":[]}`
	recs, err := Decode(strings.NewReader(input), "t.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0].ID != "a" || recs[1].ID != "b" {
		t.Fatalf("records = %+v", recs)
	}
	s := recs[0].Spans
	if s[0].Lemma != "" || s[1].Value != nil || s[1].Kind != "vague" {
		t.Errorf("spans = %+v", s)
	}
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.jsonl":   `{"id":"b","text":"","spans":[]}`,
		"a.jsonl":   `{"id":"a","text":"","spans":[]}` + "\n" + `{"id":"c","text":"","spans":[]}`,
		"notes.txt": "not read",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	recs, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "a,c,b" {
		t.Errorf("ids = %v, want a,c,b (files in lexical order)", ids)
	}
	os.WriteFile(filepath.Join(dir, "c.jsonl"), []byte(`{"id":"a","text":"","spans":[]}`), 0o644)
	_, err = Read(dir)
	if want := filepath.Join(dir, "c.jsonl") + `:1: duplicate document id "a" (first at ` + filepath.Join(dir, "a.jsonl") + ":1)"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}

func TestReadMissing(t *testing.T) {
	if _, err := Read(filepath.Join(t.TempDir(), "none.jsonl")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want not exist", err)
	}
	if _, err := Read(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no *.jsonl files") {
		t.Errorf("empty directory: err = %v", err)
	}
}
