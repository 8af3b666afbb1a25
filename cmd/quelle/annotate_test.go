package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs quelle with args and stdin, returning exit code, stdout and
// stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb})
	return code, out.String(), errb.String()
}

type outRecord struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Spans []struct {
		Label      string `json:"label"`
		Start, End int
		Text       string `json:"text"`
	} `json:"spans"`
	Tokens []struct {
		Start, End int
		Text       string `json:"text"`
	} `json:"tokens"`
	Sentences []struct{ Start, End int } `json:"sentences"`
	Meta      map[string]any             `json:"meta"`
}

// parseOut decodes JSONL output and checks that every span and token text
// equals the code-point slice of the record text.
func parseOut(t *testing.T, out string) []outRecord {
	t.Helper()
	var recs []outRecord
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var r outRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		cps := []rune(r.Text)
		for _, s := range r.Spans {
			if got := string(cps[s.Start:s.End]); got != s.Text {
				t.Errorf("%s: span [%d,%d) text %q, slice %q", r.ID, s.Start, s.End, s.Text, got)
			}
		}
		for _, tk := range r.Tokens {
			if got := string(cps[tk.Start:tk.End]); got != tk.Text {
				t.Errorf("%s: token [%d,%d) text %q, slice %q", r.ID, tk.Start, tk.End, tk.Text, got)
			}
		}
		recs = append(recs, r)
	}
	return recs
}

func TestAnnotateCorpusOrderAndJobs(t *testing.T) {
	code1, out1, err1 := runCLI(t, "", "annotate", "-j", "1", "--tokens", "../../corpus")
	code4, out4, _ := runCLI(t, "", "annotate", "-j", "4", "--tokens", "../../corpus")
	if code1 != 0 || code4 != 0 {
		t.Fatalf("exit %d/%d: %s", code1, code4, err1)
	}
	if out1 != out4 {
		t.Error("-j 1 and -j 4 outputs differ")
	}
	files, _ := filepath.Glob("../../corpus/*/*.txt")
	recs := parseOut(t, out1)
	if len(recs) != len(files) || len(files) == 0 {
		t.Fatalf("%d records for %d files", len(recs), len(files))
	}
	for i, f := range files {
		if want := strings.TrimSuffix(filepath.Base(f), ".txt"); recs[i].ID != want {
			t.Errorf("record %d id %q, want %q", i, recs[i].ID, want)
		}
	}
}

func TestAnnotateBadAndOddInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	odd := write("odd.txt", "\ufeffEr sagte 👍 zu „allem“: 12.000\r\nLeute\x00 \xff\xfe kamen, 3,5 Mio.")
	empty := write("empty.txt", "")
	code, out, errs := runCLI(t, "", "annotate", "--tokens", odd, empty)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "odd.txt: invalid UTF-8 at byte offset") {
		t.Errorf("no warning naming file and offset: %q", errs)
	}
	recs := parseOut(t, out)
	if len(recs) != 2 || recs[1].ID != "empty" || len(recs[1].Spans) != 0 {
		t.Fatalf("want 2 records, the second empty: %+v", recs)
	}
	if n := len([]rune(recs[0].Text)); n != len([]rune(strings.ToValidUTF8("\ufeffEr sagte 👍 zu „allem“: 12.000\r\nLeute\x00 ", "\ufffd")))+2+len([]rune(" kamen, 3,5 Mio.")) {
		t.Errorf("text has %d code points; invalid bytes must count one each", n)
	}
}

// TestAnnotateMalformedJSONL: a malformed line is named with file:line
// and skipped; the records around it are written; the run exits 1.
func TestAnnotateMalformedJSONL(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "in.jsonl")
	data := `{"id":"a","text":"Er sagte drei Worte.","source":"x","meta":{"k":1}}` + "\n\n" +
		`{"id":"b","text":"Zwei."}` + "\n" + `{"id":"c","text":` + "\n" + `{"id":"d","text":"nie"}` + "\n"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "annotate", "-j", "3", p)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errs, p+":4: malformed record") || !strings.Contains(errs, "1 error (see above); 3 documents written") {
		t.Errorf("error does not name file:line or the count: %q", errs)
	}
	recs := parseOut(t, out)
	if len(recs) != 3 || recs[0].ID != "a" || recs[1].ID != "b" || recs[2].ID != "d" {
		t.Fatalf("every readable record must be written, in order: %+v", recs)
	}
	if recs[0].Meta["k"] != float64(1) || recs[0].Meta["source"] != "x" {
		t.Errorf("meta not passed through: %v", recs[0].Meta)
	}
}

func TestAnnotateStdin(t *testing.T) {
	code, out, _ := runCLI(t, "Er sagte am 31. Oktober nichts.", "annotate")
	if recs := parseOut(t, out); code != 0 || len(recs) != 1 || recs[0].ID != "stdin" {
		t.Errorf("stdin text: exit %d, %s", code, out)
	}
	in := `{"id":"x","text":"a"}` + "\n" + `{"id":"y","text":"b"}`
	code, out, _ = runCLI(t, in, "annotate", "--in", "jsonl", "-")
	if recs := parseOut(t, out); code != 0 || len(recs) != 2 || recs[1].ID != "y" {
		t.Errorf("stdin jsonl: exit %d, %s", code, out)
	}
}

func TestAnnotateLongLine(t *testing.T) {
	text := strings.Repeat("Die Polizei meldete 12.000 Fälle, sagte er. ", 240000) // ~10 MB, one line
	dir := t.TempDir()
	p := filepath.Join(dir, "big.jsonl")
	line, _ := json.Marshal(map[string]string{"id": "big", "text": text})
	if err := os.WriteFile(p, append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "annotate", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r outRecord
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Text != text {
		t.Fatalf("10 MB record not round-tripped: %v", err)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{}, {"frobnicate"}, {"annotate", "--nope"}, {"annotate", "--in", "xml"},
		{"annotate", "-j", "0"}, {"annotate", "--tokenizer", "spacy", "-"}, {"version", "x"},
	} {
		if code, _, _ := runCLI(t, "", args...); code != 2 {
			t.Errorf("quelle %v: exit %d, want 2", args, code)
		}
	}
	if code, _, errs := runCLI(t, "", "annotate", "/does/not/exist.txt"); code != 1 || !strings.Contains(errs, "/does/not/exist.txt: not found") {
		t.Errorf("missing file: exit %d, want 1: %s", code, errs)
	}
	if code, out, _ := runCLI(t, "", "version"); code != 0 || !strings.HasPrefix(out, "quelle ") {
		t.Errorf("version: %d %q", code, out)
	}
	if code, out, _ := runCLI(t, "", "help", "annotate"); code != 0 || !strings.Contains(out, "--tokens") {
		t.Errorf("help annotate: %d %q", code, out)
	}
}
