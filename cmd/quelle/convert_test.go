package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/scheme"
)

// schemeJSONL reads a scheme file and writes it as quelle writes JSONL.
func schemeJSONL(t *testing.T, path string) string {
	t.Helper()
	recs, err := scheme.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	var b []byte
	for i := range recs {
		b = append(recs[i].AppendJSON(b), '\n')
	}
	return string(b)
}

// TestConvertRoundTrip takes every gold document to each tool's format and
// back with quelle convert: the JSONL must be identical.
func TestConvertRoundTrip(t *testing.T) {
	for _, gold := range []string{"../../gold/dev.jsonl", "../../gold/test.jsonl"} {
		want := schemeJSONL(t, gold)
		for _, f := range []string{"brat", "webanno", "labelstudio", "jsonl"} {
			t.Run(filepath.Base(gold)+"/"+f, func(t *testing.T) {
				out := filepath.Join(t.TempDir(), f)
				if f == "jsonl" {
					out += ".jsonl"
				}
				if code, _, stderr := runCLI(t, "", "convert", "--from", "jsonl", "--to", f, "-o", out, gold); code != 0 {
					t.Fatalf("to %s: exit %d: %s", f, code, stderr)
				}
				code, got, stderr := runCLI(t, "", "convert", "--from", f, "--original", gold, out)
				if code != 0 {
					t.Fatalf("from %s: exit %d: %s", f, code, stderr)
				}
				if got != want {
					t.Errorf("jsonl → %s → jsonl differs:\n%s", f, firstLineDiff(got, want))
				}
			})
		}
	}
}

func firstLineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return "got:  " + a + "\nwant: " + b
		}
	}
	return ""
}

// TestConvertChangedText: a text changed in the tool's files is an error
// naming the document, in every format that carries the text.
func TestConvertChangedText(t *testing.T) {
	gold := "../../gold/test.jsonl"
	dir := t.TempDir()
	for _, f := range []string{"brat", "labelstudio", "webanno"} {
		out := filepath.Join(dir, f)
		if code, _, stderr := runCLI(t, "", "convert", "--from", "jsonl", "--to", f, "-o", out, gold); code != 0 {
			t.Fatal(stderr)
		}
	}
	recs, err := scheme.Read(gold)
	if err != nil {
		t.Fatal(err)
	}
	id := recs[0].ID
	edit := func(path, old, new string) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), old) {
			t.Fatalf("%s has no %q", path, old)
		}
		if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// brat: one character more in the text; Label Studio: the task's text;
	// WebAnno: a token's form.
	firstWord := strings.Fields(recs[0].Text)[0]
	edit(filepath.Join(dir, "brat", id+".txt"), firstWord, firstWord+"x")
	edit(filepath.Join(dir, "labelstudio", "tasks.json"), `"text":"`+firstWord, `"text":"`+firstWord+"x")
	edit(filepath.Join(dir, "webanno", id+".tsv"), "\t"+firstWord+"\t", "\t"+firstWord+"x\t")
	for _, f := range []string{"brat", "labelstudio", "webanno"} {
		code, out, stderr := runCLI(t, "", "convert", "--from", f, "--original", gold, filepath.Join(dir, f))
		if code != 1 || !strings.Contains(stderr, id) || !strings.Contains(stderr, "text differs from the original") || out != "" {
			t.Errorf("%s: exit %d, stdout %d bytes, stderr %q; want exit 1, nothing written and an error naming %s", f, code, len(out), stderr, id)
		}
	}
}

func TestConvertUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"convert", "x"}, "--from must be one of"},
		{[]string{"convert", "--from", "iob2", "x"}, "--from must be one of"},
		{[]string{"convert", "--from", "brat"}, "one PATH"},
		{[]string{"convert", "--from", "brat", "a", "b"}, "one PATH"},
		{[]string{"convert", "--from", "brat", "--to", "webanno", "x"}, "--to webanno writes a folder"},
		{[]string{"convert", "--from", "brat", "--to", "brat", "--gold", "g", "-o", "d", "x"}, "--gold"},
		{[]string{"convert", "--from", "brat", "--to", "nope", "x"}, "--to must be one of"},
	} {
		code, _, stderr := runCLI(t, "", tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
}

// TestConvertWebannoWithoutOriginal: the text is rebuilt, and a note says
// so.
func TestConvertWebannoWithoutOriginal(t *testing.T) {
	out := filepath.Join(t.TempDir(), "tsv")
	if code, _, stderr := runCLI(t, "", "convert", "--from", "jsonl", "--to", "webanno", "-o", out, "../../gold/test.jsonl"); code != 0 {
		t.Fatal(stderr)
	}
	code, got, stderr := runCLI(t, "", "convert", "--from", "webanno", out)
	if code != 0 || !strings.Contains(stderr, "rebuilt with spaces") || strings.Count(got, "\n") != 10 {
		t.Errorf("exit %d, %d records, stderr %q", code, strings.Count(got, "\n"), stderr)
	}
}

// TestAnnotateFormats runs quelle annotate with every --format on the
// seeds and checks what each writes.
func TestAnnotateFormats(t *testing.T) {
	dir := t.TempDir()
	seeds := "../../corpus/seeds"
	files, _ := filepath.Glob(seeds + "/*.txt")
	for _, tc := range []struct {
		format, out string
		files       []string // expected below out (folder formats)
	}{
		{"brat", "brat", []string{"annotation.conf", "visual.conf", "000_3ee6496f0a9e0860.ann", "000_3ee6496f0a9e0860.txt"}},
		{"webanno", "tsv", []string{"000_3ee6496f0a9e0860.tsv"}},
		{"labelstudio", "ls", []string{"tasks.json", "labeling-config.xml"}},
		{"html", "view", []string{"index.html", "docs/000_3ee6496f0a9e0860.html"}},
		{"html", "view.html", nil},
		{"iob2", "out.iob2", nil},
	} {
		out := filepath.Join(dir, tc.out)
		code, stdout, stderr := runCLI(t, "", "annotate", "--format", tc.format, "-o", out, seeds)
		if code != 0 || stdout != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %s", tc.format, code, stdout, stderr)
			continue
		}
		for _, f := range tc.files {
			if _, err := os.Stat(filepath.Join(out, f)); err != nil {
				t.Errorf("%s: %v", tc.format, err)
			}
		}
		if tc.files == nil {
			data, err := os.ReadFile(out)
			if err != nil || len(data) == 0 {
				t.Errorf("%s: %v, %d bytes", tc.format, err, len(data))
			}
			if tc.format == "iob2" && strings.Count(string(data), "# doc = ") != len(files) {
				t.Errorf("iob2: %d documents, want %d", strings.Count(string(data), "# doc = "), len(files))
			}
		}
	}
	for _, tc := range [][]string{
		{"annotate", "--format", "brat", seeds},
		{"annotate", "--format", "iob2", "--gold", "../../gold/dev.jsonl", seeds},
		{"annotate", "--format", "webanno", "--tokens", "-o", dir, seeds},
	} {
		if code, _, _ := runCLI(t, "", tc...); code != 2 {
			t.Errorf("%v: exit %d, want 2", tc, code)
		}
	}
}
