package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/pipeline"
	"github.com/quelle-nlp/quelle/scheme"
)

// The tests of issue 14, one (or more) per finding.

// runEnv runs quelle with a prepared environment; stdout and stderr are
// captured.
func runEnv(t *testing.T, e *env, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e.stdout, e.stderr = &out, &errb
	if e.stdin == nil {
		e.stdin = strings.NewReader("")
	}
	code := run(args, e)
	return code, out.String(), errb.String()
}

func mkfile(t *testing.T, path, data string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// noTemp fails if a temporary output file was left in dir.
func noTemp(t *testing.T, dir string) {
	t.Helper()
	tmps, _ := filepath.Glob(filepath.Join(dir, ".*.quelle-*.tmp"))
	if len(tmps) > 0 {
		t.Errorf("temporary files left: %v", tmps)
	}
}

// Finding 1: the output is never an input, however its path is spelled.
func TestOutputNeverInput(t *testing.T) {
	dir := t.TempDir()
	self := mkfile(t, filepath.Join(dir, "self.jsonl"), `{"id":"a","text":"Drei."}`+"\n")
	txt := mkfile(t, filepath.Join(dir, "self.txt"), "Drei Leute.")
	os.Symlink(self, filepath.Join(dir, "link.jsonl"))
	os.Link(txt, filepath.Join(dir, "hard.txt"))
	for _, c := range [][2]string{
		{self, self},
		{txt, txt},
		{filepath.Join(dir, ".", "sub", "..", "self.jsonl"), self},
		{filepath.Join(dir, "link.jsonl"), self},
		{self, filepath.Join(dir, "link.jsonl")},
		{filepath.Join(dir, "hard.txt"), txt},
	} {
		before := readFile(t, c[1])
		code, _, errs := runCLI(t, "", "annotate", c[0], "-o", c[1])
		if code != 2 || !strings.Contains(errs, "is both an input and the output") {
			t.Errorf("annotate %s -o %s: exit %d, %q", c[0], c[1], code, errs)
		}
		if readFile(t, c[1]) != before {
			t.Errorf("annotate %s -o %s changed the input", c[0], c[1])
		}
	}
	f, _ := os.Open(txt)
	defer f.Close()
	if code, _, errs := runEnv(t, &env{stdin: f}, "annotate", "-o", txt); code != 2 || !strings.Contains(errs, "standard input is the output file") {
		t.Errorf("stdin is the output: exit %d, %q", code, errs)
	}
	noTemp(t, dir)
}

// Finding 1: a folder annotated into a file inside it, twice, does not
// read its own output the second time.
func TestOutputInsideInputFolder(t *testing.T) {
	dir := t.TempDir()
	mkfile(t, filepath.Join(dir, "a.txt"), "Er sagte drei Worte.")
	mkfile(t, filepath.Join(dir, "b.txt"), "Zwei.")
	out := filepath.Join(dir, "out.txt")
	for run := 1; run <= 2; run++ {
		code, _, errs := runCLI(t, "", "annotate", dir, "-o", out)
		if code != 0 {
			t.Fatalf("run %d: exit %d: %s", run, code, errs)
		}
		if recs := parseOut(t, readFile(t, out)); len(recs) != 2 {
			t.Errorf("run %d: %d records, want 2", run, len(recs))
		}
		if run == 2 && !strings.Contains(errs, "out.txt is not read: it is the output file") {
			t.Errorf("run 2: no note about the output file: %q", errs)
		}
	}
	noTemp(t, dir)
}

// Finding 1: -o replaces the file only when the run finishes; a run that
// finishes with errors still writes every record it could.
func TestOutputReplacedAtTheEnd(t *testing.T) {
	dir := t.TempDir()
	out := mkfile(t, filepath.Join(dir, "out.jsonl"), "old\n")
	os.Chmod(out, 0o640)
	good := mkfile(t, filepath.Join(dir, "in", "a.txt"), "Drei.")
	code, _, errs := runCLI(t, "", "annotate", good, filepath.Join(dir, "missing.txt"), "-o", out)
	if code != 1 || !strings.Contains(errs, "missing.txt: not found") {
		t.Errorf("exit %d, %q", code, errs)
	}
	if recs := parseOut(t, readFile(t, out)); len(recs) != 1 || recs[0].ID != "a" {
		t.Errorf("output %q", readFile(t, out))
	}
	if st, _ := os.Stat(out); st.Mode().Perm() != 0o640 {
		t.Errorf("permissions %v, want those of the file replaced", st.Mode().Perm())
	}
	if code, _, errs := runCLI(t, "", "annotate", filepath.Join(dir, "missing.txt"), "-o", out); code != 1 || readFile(t, out) == "" ||
		!strings.Contains(errs, "no document could be annotated; "+out+" is unchanged") {
		t.Errorf("a run that annotates nothing replaced the output: exit %d, %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "annotate", good, "-o", filepath.Join(dir, "nodir", "x.jsonl")); code != 1 || !strings.Contains(errs, "cannot write in folder") {
		t.Errorf("-o into a missing folder: exit %d, %q", code, errs)
	}
	noTemp(t, dir)
}

// blockingReader hands out data, then blocks until closed, telling
// reached when it blocks.
type blockingReader struct {
	data    *strings.Reader
	reached chan struct{}
	closed  chan struct{}
	once    bool
}

func (b *blockingReader) Read(p []byte) (int, error) {
	if b.data.Len() > 0 {
		return b.data.Read(p)
	}
	if !b.once {
		b.once = true
		close(b.reached)
	}
	<-b.closed
	return 0, io.EOF
}

// Finding 2: a signal stops reading; the records finished are written,
// each complete; stderr says how many; the exit status is 128+signal; an
// output file is left as it was.
func TestInterrupt(t *testing.T) {
	for i, toFile := range []bool{false, true, false, true} {
		jobs := []string{"2", "1"}[i/2] // -j 1: the one worker is blocked reading
		dir := t.TempDir()
		in := &blockingReader{data: strings.NewReader(`{"id":"a","text":"Er sagte drei Worte."}` + "\n" + `{"id":"b","text":"Zwei."}` + "\n"),
			reached: make(chan struct{}), closed: make(chan struct{})}
		sigs := make(chan os.Signal, 1)
		e := &env{stdin: in, signals: func() (<-chan os.Signal, func()) { return sigs, func() {} }}
		go func() {
			<-in.reached
			time.Sleep(300 * time.Millisecond) // let the two records be annotated
			sigs <- syscall.SIGTERM
		}()
		args := []string{"annotate", "--in", "jsonl", "-j", jobs}
		out := filepath.Join(dir, "out.jsonl")
		if toFile {
			mkfile(t, out, "old\n")
			args = append(args, "-o", out)
		}
		code, stdout, errs := runEnv(t, e, args...)
		close(in.closed)
		if code != 128+int(syscall.SIGTERM) {
			t.Errorf("exit %d, want %d", code, 128+int(syscall.SIGTERM))
		}
		if toFile {
			if got := readFile(t, out); got != "old\n" || !strings.Contains(errs, "interrupted by SIGTERM: stopped reading after 2 documents; nothing written; "+out+" is unchanged") {
				t.Errorf("to file: output %q, stderr %q", got, errs)
			}
			noTemp(t, dir)
			continue
		}
		recs := parseOut(t, stdout)
		want := fmt.Sprintf("interrupted by SIGTERM: stopped reading; %s written to standard output, each complete", plural(len(recs), "document"))
		if !strings.Contains(errs, want) || !strings.HasSuffix(stdout, "\n") && stdout != "" {
			t.Errorf("stdout %q, stderr %q, want %q", stdout, errs, want)
		}
	}
}

// Finding 3: a top-level field and a "meta" key of the same name give one
// key, the value in "meta", and a warning.
func TestMetaNoDuplicateKeys(t *testing.T) {
	code, out, errs := runCLI(t, `{"k":"top","id":"a","text":"x","meta":{"k":"inner"}}`+"\n", "annotate", "--in", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"meta":{"k":"inner"}`) || !strings.Contains(errs, `<stdin>:1: "k" is given both as a field and in "meta": the value in "meta" is kept`) {
		t.Errorf("out %s, stderr %q", out, errs)
	}
}

// Finding 4: input spans of the labels the run writes are replaced (and
// counted on stderr); the others are kept.
func TestInputSpans(t *testing.T) {
	dir := t.TempDir()
	gold := mkfile(t, filepath.Join(dir, "gold.jsonl"), `{"id":"g","text":"„Ja“, sagte sie, 3 Leute.","spans":[`+
		`{"label":"CUE","start":6,"end":11,"text":"sagte","lemma":"sagen","attribution":7,"rule":"gold"},`+
		`{"label":"NUMBER","start":17,"end":18,"text":"3","value":4,"kind":"cardinal","rule":"gold"}]}`+"\n")
	code, out, errs := runCLI(t, "", "annotate", "--layers", "numbers", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rec scheme.Record
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	if len(rec.Spans) != 2 || rec.Spans[0].Label != "CUE" || rec.Spans[0].Rule != "gold" || rec.Spans[0].Attribution != 7 ||
		rec.Spans[1].Label != "NUMBER" || rec.Spans[1].Rule == "gold" || *rec.Spans[1].Value != 3 {
		t.Errorf("spans %+v", rec.Spans)
	}
	if !strings.Contains(errs, "gold.jsonl: replaced 1 input span of labels this run writes (NUMBER 1)") {
		t.Errorf("stderr %q", errs)
	}
	bad := mkfile(t, filepath.Join(dir, "bad.jsonl"), `{"id":"b","text":"abc","spans":[{"label":"CUE","start":0,"end":2,"text":"ac"}]}`+"\n")
	if code, _, errs := runCLI(t, "", "annotate", "--layers", "numbers", bad); code != 1 || !strings.Contains(errs, `bad.jsonl:1: span 0 (CUE 0:2): text "ac" is not text[0:2] = "ab"`) {
		t.Errorf("bad span kept: exit %d, %q", code, errs)
	}
	// a span the run replaces is not checked: it goes anyway
	if code, _, errs := runCLI(t, "", "annotate", bad); code != 0 || !strings.Contains(errs, "replaced 1 input span") {
		t.Errorf("bad span replaced: exit %d, %q", code, errs)
	}
}

// Finding 5: ids are unique and stable; duplicate JSONL ids are reported
// at their line, and every record is still written.
func TestIDs(t *testing.T) {
	dir := t.TempDir()
	mkfile(t, filepath.Join(dir, "c", "x", "a.txt"), "Eins.")
	mkfile(t, filepath.Join(dir, "c", "y", "a.txt"), "Zwei.")
	mkfile(t, filepath.Join(dir, "c", "b.txt"), "Drei.")
	code, out, errs := runCLI(t, "", "annotate", filepath.Join(dir, "c"))
	var ids []string
	for _, r := range parseOut(t, out) {
		ids = append(ids, r.ID)
	}
	if code != 0 || strings.Join(ids, " ") != "b x/a y/a" {
		t.Errorf("exit %d, ids %v, %s", code, ids, errs)
	}
	jl := mkfile(t, filepath.Join(dir, "d.jsonl"), `{"id":"a","text":"x"}`+"\n"+`{"id":"b","text":"y"}`+"\n"+`{"id":"a","text":"z"}`+"\n")
	code, out, errs = runCLI(t, "", "annotate", jl)
	if code != 1 || len(parseOut(t, out)) != 3 || !strings.Contains(errs, jl+`:3: duplicate document id "a" (first at `+jl+`:1)`) {
		t.Errorf("duplicate ids: exit %d, stderr %q", code, errs)
	}
}

// Finding 7: a folder without text files, JSONL by any spelling, unknown
// layers and tokenizers, an empty --layers.
func TestSilentOrWrongHandling(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	if code, out, errs := runCLI(t, "", "annotate", empty); code != 1 || out != "" || !strings.Contains(errs, "empty: no .txt file in this folder or below it") {
		t.Errorf("empty folder: exit %d, %q", code, errs)
	}
	for _, name := range []string{"x.ndjson", "X.JSONL"} {
		p := mkfile(t, filepath.Join(dir, name), `{"id":"r1","text":"Drei."}`+"\n"+`{"id":"r2","text":"Vier."}`+"\n")
		if code, out, errs := runCLI(t, "", "annotate", p); code != 0 || len(parseOut(t, out)) != 2 {
			t.Errorf("%s: exit %d, %d records, %s", name, code, len(parseOut(t, out)), errs)
		}
	}
	for _, args := range [][]string{{"--layers", "nope"}, {"--tokenizer", "spacy"}, {"--layers", ""}, {"--layers", " , "}} {
		if code, _, errs := runCLI(t, "x", append([]string{"annotate"}, args...)...); code != 2 || !strings.Contains(errs, "--") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
}

// Finding 9: a dangling link and a file that cannot be read cost the
// other inputs nothing: they are named, the run goes on and exits 1.
func TestUnreadableInputs(t *testing.T) {
	dir := t.TempDir()
	mkfile(t, filepath.Join(dir, "a.txt"), "Eins.")
	os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "b.txt"))
	mkfile(t, filepath.Join(dir, "c.txt"), "Drei.")
	code, out, errs := runCLI(t, "", "annotate", dir)
	recs := parseOut(t, out)
	if code != 1 || len(recs) != 2 || recs[0].ID != "a" || recs[1].ID != "c" {
		t.Errorf("exit %d, records %+v", code, recs)
	}
	if !strings.Contains(errs, "b.txt: broken link: it points to") || !strings.Contains(errs, "1 error (see above); 2 documents written") {
		t.Errorf("stderr %q", errs)
	}
}

// Finding 10: invalid UTF-8 inside JSONL text is reported with file:line.
func TestInvalidUTF8InJSONL(t *testing.T) {
	code, out, errs := runCLI(t, "{\"id\":\"a\",\"text\":\"ab\xffc\"}\n", "annotate", "--in", "jsonl")
	recs := parseOut(t, out)
	if code != 0 || len(recs) != 1 || recs[0].Text != "ab\uFFFDc" {
		t.Errorf("exit %d, %+v", code, recs)
	}
	if !strings.Contains(errs, `<stdin>:1: invalid UTF-8 at byte offset 20 of the line, in "text"`) {
		t.Errorf("stderr %q", errs)
	}
}

// Finding 12: --version, help help, help version, "1 document", plain
// words for a missing file.
func TestNewcomerCommands(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"help", "help"}, {"help", "version"}, {"version", "--help"}} {
		code, out, errs := runCLI(t, "", args...)
		if code != 0 || out+errs == "" {
			t.Errorf("quelle %v: exit %d, out %q, err %q", args, code, out, errs)
		}
	}
	if _, out, _ := runCLI(t, "", "--version"); !strings.HasPrefix(out, "quelle ") {
		t.Errorf("--version: %q", out)
	}
	code, _, errs := runEnv(t, &env{stdin: strings.NewReader("Drei."), stderrIsTTY: true}, "annotate")
	if code != 0 || !strings.Contains(errs, "\r1 document, ") {
		t.Errorf("progress: %q", errs)
	}
	if _, _, errs := runCLI(t, "", "annotate", "nonexistent.txt"); !strings.Contains(errs, "nonexistent.txt: not found") || strings.Contains(errs, "stat ") {
		t.Errorf("missing file: %q", errs)
	}
}

// Finding 6: a huge document annotated in pieces gives the same record,
// byte for byte, as annotated whole (pieces made small here, so that the
// corpus makes several). The pieces must not be much smaller: the speech
// stage marks an unmarked quote indirect when its document uses quotation
// marks anywhere, and a piece of a few kilobytes may have none.
func TestPiecesEqualWhole(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/*/*.txt")
	var parts []string
	for _, f := range files {
		parts = append(parts, readFile(t, f))
	}
	text := strings.Join(parts, "\n\n")
	pipe, err := pipeline.New(lexicon.Default(), pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	whole := &annotate.Document{ID: "big", Text: text}
	pipe.Annotate(whole)
	for _, tokens := range []bool{false, true} {
		rec := scheme.FromDocument(whole, tokens)
		want := append(rec.AppendJSON(nil), '\n')

		doc := &annotate.Document{ID: "big", Text: text}
		ps := cutPieces(text, 20000, 6000)
		if len(ps) < 4 {
			t.Fatalf("only %d pieces", len(ps))
		}
		spans := annotatePieces(pipe, doc, ps)
		var buf bytes.Buffer
		enc := newJSONLEncoder(&buf, tokens)
		tok := pipe.Tokenizer()
		if err := enc.stream(doc, spans, pieceTokens(tok, text, ps), pieceSentences(tok, text, ps)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			i := 0
			for i < len(want) && i < buf.Len() && want[i] == buf.Bytes()[i] {
				i++
			}
			t.Errorf("tokens=%v: pieces differ from whole at byte %d:\n got %.200s\nwant %.200s", tokens, i, buf.Bytes()[i:], want[i:])
		}
	}
}

// Finding 6: cuts fall after blank lines or sentence-final lines only,
// and a text without them is one piece.
func TestCutPieces(t *testing.T) {
	text := strings.Repeat("Ein Satz ohne Ende\n", 100) + "Ende.\n" + strings.Repeat("x", 50) + "\n\n" + strings.Repeat("y ", 500)
	ps := cutPieces(text, 10, 30)
	for i, p := range ps {
		if p.start > 0 && !lineEndsSentence(text, p.start-1) {
			t.Errorf("piece %d starts at %d, not after a sentence-final line: %q", i, p.start, text[p.start-10:p.start])
		}
		if p.from > p.start || p.to < p.end || i > 0 && ps[i-1].end != p.start {
			t.Errorf("piece %d: %+v", i, p)
		}
	}
	if len(ps) != 3 || ps[1].start != 1906 || ps[2].start != 1958 {
		t.Errorf("pieces %+v, want cuts after \"Ende.\" (1906) and the blank line (1958)", ps)
	}
	if ps := cutPieces(strings.Repeat("kein Umbruch ", 100), 100, 30); len(ps) != 1 {
		t.Errorf("text without line breaks: %d pieces", len(ps))
	}
}

// failWriter fails every write, as a full disk does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// A write error stops the run at once, also with -j 2 while a worker is
// blocked reading a slow standard input (it did not before: the run waited
// for every worker, so for the input to end).
func TestWriteErrorWhileReading(t *testing.T) {
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, `{"id":"a%d","text":"Er sagte drei Worte, so der Minister."}`+"\n", i)
	}
	for _, jobs := range []string{"1", "2"} {
		in := &blockingReader{data: strings.NewReader(b.String()), reached: make(chan struct{}), closed: make(chan struct{})}
		var errb bytes.Buffer
		e := &env{stdin: in, stdout: failWriter{}, stderr: &errb}
		done := make(chan int, 1)
		go func() { done <- run([]string{"annotate", "--in", "jsonl", "-j", jobs}, e) }()
		select {
		case code := <-done:
			if code != 1 || !strings.Contains(errb.String(), "the disk is full") {
				t.Errorf("-j %s: exit %d, stderr %q", jobs, code, errb.String())
			}
		case <-time.After(10 * time.Second):
			t.Errorf("-j %s: the run did not stop at the write error while the input was still open", jobs)
		}
		close(in.closed)
	}
}
