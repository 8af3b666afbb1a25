package scheme

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func writeFile(t *testing.T, path, data string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]string{
		"a.jsonl": FormatJSONL, "X.JSONL": FormatJSONL, "x.ndjson": FormatJSONL, "y.NDJson": FormatJSONL,
		"a.txt": FormatText, "a.TXT": FormatText, "a.md": FormatText, "jsonl": FormatText, "dir.jsonl/a": FormatText,
	} {
		if got := FormatOf(name); got != want {
			t.Errorf("FormatOf(%q) = %s, want %s", name, got, want)
		}
	}
}

// TestInputsIDs: ids are file names, unless two text inputs share one;
// then both get their path below their folder (or as given).
func TestInputsIDs(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "c", "x", "a.txt"), "1")
	writeFile(t, filepath.Join(dir, "c", "y", "a.txt"), "2")
	writeFile(t, filepath.Join(dir, "c", "b.TXT"), "3")
	writeFile(t, filepath.Join(dir, "c", "notes.md"), "not read")
	writeFile(t, filepath.Join(dir, "c", "d.jsonl"), "not read either")
	one := writeFile(t, filepath.Join(dir, "one.txt"), "4")
	other := writeFile(t, filepath.Join(dir, "z", "one.txt"), "5")
	rec := writeFile(t, filepath.Join(dir, "r.NDJSON"), "")

	ins := Inputs([]string{filepath.Join(dir, "c"), one, rec}, FormatText)
	var got []string
	for _, in := range ins {
		if in.Err != nil {
			t.Fatalf("%s: %v", in.Path, in.Err)
		}
		got = append(got, in.ID+"|"+in.Format)
	}
	if want := "b|text x/a|text y/a|text one|text r|jsonl"; strings.Join(got, " ") != want {
		t.Errorf("ids %q, want %q", strings.Join(got, " "), want)
	}
	if ins[1].Dir != filepath.Join(dir, "c") || ins[3].Dir != "" {
		t.Errorf("Dir = %q and %q", ins[1].Dir, ins[3].Dir)
	}
	ins = Inputs([]string{one, other}, FormatText)
	if a, b := ins[0].ID, ins[1].ID; a == b || !strings.HasSuffix(a, "/one") || !strings.HasSuffix(b, "z/one") {
		t.Errorf("two one.txt named directly: ids %q and %q", a, b)
	}
	if ins := Inputs(nil, FormatJSONL); len(ins) != 1 || ins[0].Path != "-" || ins[0].Format != FormatJSONL {
		t.Errorf("no paths: %+v", ins)
	}
}

// failFS is a file system whose folder "bad" cannot be listed.
type failFS struct{ fstest.MapFS }

func (f failFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == "bad" {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrPermission}
	}
	return f.MapFS.ReadDir(name)
}

// TestInputsProblems: problems become inputs with Err, in their place,
// worded for people, and the other inputs stay.
func TestInputsProblems(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	os.MkdirAll(empty, 0o755)
	writeFile(t, filepath.Join(empty, "x.jsonl"), "")
	good := writeFile(t, filepath.Join(dir, "good.txt"), "ok")
	ins := Inputs([]string{filepath.Join(dir, "nonexistent.txt"), empty, good}, FormatText)
	if len(ins) != 3 || ins[2].Err != nil {
		t.Fatalf("inputs %+v", ins)
	}
	for i, want := range []string{"nonexistent.txt: not found", "empty: no .txt file in this folder or below it (1 other files"} {
		if err := ins[i].Err; err == nil || !strings.Contains(err.Error(), want) || !errors.Is(err, ErrUnreadable) {
			t.Errorf("input %d: err %v, want %q", i, err, want)
		}
	}

	fsys := failFS{fstest.MapFS{"a.txt": {Data: []byte("a")}, "bad/b.txt": {Data: []byte("b")}, "c.txt": {Data: []byte("c")}}}
	ins = listInputs([]string{dir}, FormatText, func(string) fs.FS { return fsys })
	var got []string
	for _, in := range ins {
		if in.Err != nil {
			got = append(got, "ERR "+in.Err.Error())
		} else {
			got = append(got, in.ID)
		}
	}
	want := "a|ERR " + filepath.Join(dir, "bad") + ": cannot list this folder: permission denied (quelle may not read it)|c"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
}

// TestReaderGoesOn: an input that cannot be read reaches the callback as
// an error in its place, and reading goes on.
func TestReaderGoesOn(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "Erster.")
	os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "b.txt"))
	os.Mkdir(filepath.Join(dir, "c.txt"), 0o755) // a folder named like a text file
	writeFile(t, filepath.Join(dir, "d.txt"), "Letzter \xff.")
	jl := writeFile(t, filepath.Join(dir, "e.jsonl"), `{"id":"x","text":"a"}`+"\n"+`{"id":`+"\n"+"{\"id\":\"y\",\"text\":\"b\xff\"}\n")
	ins := Inputs([]string{dir, jl}, FormatText)
	var got []string
	err := (&Reader{}).Read(ins, func(p *Pending) error {
		doc, err := p.Document()
		switch {
		case err != nil:
			got = append(got, "ERR "+strings.TrimPrefix(err.Error(), dir+string(filepath.Separator)))
		case !p.ValidText():
			got = append(got, doc.ID+" (text not valid UTF-8)")
		default:
			got = append(got, doc.ID)
		}
		for _, n := range p.Notes() {
			got = append(got, "NOTE "+strings.TrimPrefix(n.Error(), dir+string(filepath.Separator)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"a",
		"ERR b.txt: broken link: it points to " + filepath.Join(dir, "gone.txt") + ", which does not exist",
		"d (text not valid UTF-8)", "NOTE d.txt: invalid UTF-8 at byte offset 8 (each invalid byte counts as one code point, U+FFFD)",
		"x", "ERR e.jsonl:2: malformed record: not valid JSON",
		// a JSONL text is valid UTF-8 once decoded (Pending.ValidText)
		"y", `NOTE e.jsonl:3: invalid UTF-8 at byte offset 19 of the line, in "text": each invalid byte is read as U+FFFD`,
	}
	// c.txt is a folder: WalkDir descends into it and finds nothing.
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReaderDecode: with Decode, Read hands over documents decoded from
// its read buffer, the same as those decoded later from copied lines, and
// none of them changes as reading goes on (a long line, longer than the
// buffer, included).
func TestReaderDecode(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("Er sagte: \"ja\". ", 10000)
	jl := writeFile(t, filepath.Join(dir, "a.jsonl"), `{"id":"a","text":"Erster \u00fc.","meta":{"k":1}}`+"\n"+
		`{"id":"b","text":"`+long+`","spans":[{"label":"CUE","start":3,"end":8,"text":"sagte"}]}`+"\n"+
		`{"id":`+"\n"+`{"id":"c","text":"Letzter."}`)
	read := func(decode bool) []string {
		var docs []string
		var got []func() string
		err := (&Reader{Decode: decode}).Read(Inputs([]string{jl}, FormatText), func(p *Pending) error {
			doc, err := p.Document()
			if err != nil {
				docs = append(docs, err.Error())
				return nil
			}
			got = append(got, func() string { return fmt.Sprint(doc.ID, doc.Text, doc.Spans, string(doc.Meta), p.Size(), p.Line()) })
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range got { // after the whole file is read
			docs = append(docs, g())
		}
		return docs
	}
	copied, decoded := read(false), read(true)
	if len(copied) != 4 || strings.Join(copied, "\n") != strings.Join(decoded, "\n") {
		t.Errorf("Decode: got\n%.300s\nwant\n%.300s", strings.Join(decoded, "\n"), strings.Join(copied, "\n"))
	}
}

// TestParseRecordMeta: no key is written twice; a key of "meta" beats a
// top-level field; at one level the last value wins; each case is noted.
func TestParseRecordMeta(t *testing.T) {
	for _, c := range []struct{ in, meta, note string }{
		{`{"id":"a","text":"x","k":"top","meta":{"k":"inner"}}`, `{"k":"inner"}`, `"k" is given both as a field and in "meta": the value in "meta" is kept`},
		{`{"id":"a","text":"x","meta":{"k":"inner"},"k":"top"}`, `{"k":"inner"}`, `"k" is given both as a field and in "meta"`},
		{`{"id":"a","text":"x","meta":{"k":1,"j":2,"k":3}}`, `{"j":2,"k":3}`, `"k" is given twice in "meta": the last value is kept`},
		{`{"id":"a","text":"x","k":1,"k":2}`, `{"k":2}`, `"k" is given twice: the last value is kept`},
		{`{"id":"a","id":"b","text":"x"}`, ``, `"id" is given twice: the last value is kept`},
		{`{"id":"a","text":"x","src":"s", "meta": {"k": 1,  "j": [1, 2]}}`, `{"src":"s","k": 1,  "j": [1, 2]}`, ``},
		{"{\"id\":\"a\",\"text\":\"x\",\"m\":\"\xff\"}", "{\"m\":\"\uFFFD\"}", `invalid UTF-8 at byte offset 26 of the line, in "m"`},
	} {
		doc, notes, _, err := parseRecord([]byte(c.in), nil)
		if err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		if string(doc.Meta) != c.meta {
			t.Errorf("%s: meta %s, want %s", c.in, doc.Meta, c.meta)
		}
		if joined := strings.Join(notes, "; "); c.note == "" && joined != "" || !strings.Contains(joined, c.note) {
			t.Errorf("%s: notes %q, want %q", c.in, joined, c.note)
		}
	}
}

// TestParseRecordText: invalid UTF-8 and lone surrogates in the text are
// read as U+FFFD, one per invalid byte, and noted.
func TestParseRecordText(t *testing.T) {
	doc, notes, _, err := parseRecord([]byte("{\"id\":\"a\",\"text\":\"a\xff\xfeb\\ud800c\\ud83d\\ude00\"}"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "a\uFFFD\uFFFDb\uFFFDc😀" {
		t.Errorf("text %q", doc.Text)
	}
	if len(notes) != 2 || !strings.Contains(notes[0], `byte offset 19 of the line, in "text"`) || !strings.Contains(notes[1], `"text" holds an unpaired UTF-16 surrogate (\ud800)`) {
		t.Errorf("notes %q", notes)
	}
	if _, _, _, err := parseRecord([]byte(`{"id":null,"text":"x"}`), nil); err == nil || err.Error() != `"id" must be a string` {
		t.Errorf("null id: %v", err)
	}
}

// TestParseRecordSpans: input spans are kept with byte offsets; a span
// that does not fit its text makes the record an error; fields outside
// the scheme are noted.
func TestParseRecordSpans(t *testing.T) {
	line := `{"id":"a","text":"„Ja“, sagte sie: 3 Euro.","spans":[` +
		`{"label":"CUE","start":6,"end":11,"text":"sagte","lemma":"sagen","attribution":1,"note":"x"},` +
		`{"label":"NUMBER","start":17,"end":18,"text":"3","value":3,"kind":"cardinal","rule":"gold"}]}`
	doc, notes, _, err := parseRecord([]byte(line), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Spans) != 2 || doc.Text[doc.Spans[0].Start:doc.Spans[0].End] != "sagte" || doc.Spans[0].Lemma != "sagen" ||
		doc.Spans[0].Attribution != 1 || doc.Spans[1].Value != 3 || doc.Spans[1].Rule != "gold" {
		t.Errorf("spans %+v", doc.Spans)
	}
	if len(notes) != 1 || !strings.Contains(notes[0], `span fields "note" are not part of the scheme`) {
		t.Errorf("notes %q", notes)
	}
	for _, c := range []struct{ spans, want string }{
		{`[{"label":"CUE","start":6,"end":11,"text":"sagt"}]`, `span 0 (CUE 6:11): text "sagt" is not text[6:11] = "sagte"`},
		{`[{"label":"CUE","start":6,"end":99,"text":"sagte"}]`, `span 0 (CUE 6:99): offsets out of range (text has 24 code points)`},
		{`[{"label":"PERSON","start":6,"end":11,"text":"sagte"}]`, `span 0 (PERSON 6:11): unknown label "PERSON"`},
		{`{"label":"CUE"}`, `"spans" must be a list of span objects`},
	} {
		in := `{"id":"a","text":"„Ja“, sagte sie: 3 Euro.","spans":` + c.spans + `}`
		if _, _, _, err := parseRecord([]byte(in), nil); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.spans, err, c.want)
		}
	}
	// spans of the labels the run writes are counted and dropped unchecked
	doc, notes, replaced, err := parseRecord([]byte(`{"id":"a","text":"abc","spans":[`+
		`{"label":"NUMBER","start":0,"end":9,"text":"?","x":1},{"label":"CUE","start":1,"end":2,"text":"b"},{"label":"NUMBER","start":0,"end":1,"text":"a"}]}`),
		map[string]bool{"NUMBER": true})
	if err != nil || len(doc.Spans) != 1 || doc.Spans[0].Label != "CUE" || replaced["NUMBER"] != 2 || len(notes) != 0 {
		t.Errorf("replace: err %v, spans %+v, replaced %v, notes %q", err, doc.Spans, replaced, notes)
	}
	p := &Pending{line: []byte(`{"id":"a","text":"x","spans":[{"label":"X","start":0,"end":1,"text":"x"}]}`), name: "f.jsonl", n: 3}
	if _, err := p.Document(); !errors.Is(err, ErrUnknownLabel) || !strings.HasPrefix(err.Error(), "f.jsonl:3: span 0") {
		t.Errorf("pending: %v", err)
	}
}
