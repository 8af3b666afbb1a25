package annotate

import (
	"bytes"
	"encoding/json"
	"testing"
)

// stdJSON encodes v with encoding/json, HTML characters unescaped and no
// trailing newline: the reference for the hand-written encoder.
func stdJSON(t testing.TB, v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "\x00\x1f\x7f", "\n\r\t", "<&>", "\u2028\u2029", "\xff\xfe ok", "„Zitat“ 👍", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := appendJSONString(nil, s)
		if want := stdJSON(t, s); !bytes.Equal(got, want) {
			t.Fatalf("appendJSONString(%q) = %s, encoding/json gives %s", s, got, want)
		}
	})
}

func TestRecordAppendJSON(t *testing.T) {
	doc := &Document{ID: "x<1>", Text: "„Er“ zahlte 3,5 Mio. und \xff Tausende.\n", Meta: []byte(`{"k":[1,2]}`)}
	doc.Spans = []Span{
		{Label: LabelNumber, Start: 16, End: 19, Value: 3.5, Kind: "cardinal", Rule: "digits"},
		{Label: LabelNumber, Start: 31, End: 39, Kind: "vague", Rule: "lexicon/data/x.txt:3"},
		{Label: LabelCue, Start: 8, End: 14, Lemma: "zahlen", Attribution: 2},
	}
	doc.Tokens, doc.Sentences = newTestGerman(t).Tokenize(doc.Text)
	for _, withTokens := range []bool{false, true} {
		r := doc.Record(withTokens)
		got := r.AppendJSON(nil)
		if want := stdJSON(t, r); !bytes.Equal(got, want) {
			t.Errorf("AppendJSON(tokens=%v)\n got: %s\nwant: %s", withTokens, got, want)
		}
		var back Record
		if err := json.Unmarshal(got, &back); err != nil {
			t.Fatal(err)
		}
		if back.Spans[1].Value != nil || back.Spans[0].Value == nil || *back.Spans[0].Value != 3.5 {
			t.Errorf("values did not round-trip: %+v", back.Spans)
		}
	}
}
