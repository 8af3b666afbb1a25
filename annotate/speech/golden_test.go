package speech

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden runs the stage on the seed articles of corpus/seeds and
// compares the spans with testdata/golden/NAME.speech.tsv (go test
// -run TestGolden -update rewrites them after a deliberate change).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../../corpus/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("corpus/seeds not found")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := annotateText(t, string(text))
			var b strings.Builder
			b.WriteString("label\tstart\tend\tattribution\tlemma/mode\trule\ttext\n")
			for _, s := range doc.Spans {
				fmt.Fprintf(&b, "%s\t%d\t%d\t%d\t%s%s\t%s\t%s\n", s.Label, s.Start, s.End, s.Attribution, s.Lemma, s.Mode, s.Rule,
					strings.ReplaceAll(doc.Text[s.Start:s.End], "\n", "⏎"))
			}
			path := filepath.Join("testdata", "golden", name+".speech.tsv")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if b.String() != string(want) {
				t.Errorf("spans differ from %s (byte offsets); run go test -run TestGolden -update after checking the change\ngot:\n%s", path, b.String())
			}
		})
	}
}

// TestConcurrent: one Stage annotates documents from several goroutines
// with the same result as one after the other (run with -race).
func TestConcurrent(t *testing.T) {
	texts := []string{
		"„Das ist ein klares Handspiel“, sagte Andreasen, „ich bin normal ein fairer Spieler.“",
		"Laut Polizei wurden drei Menschen verletzt. Es sei ruhig, hieß es.",
		"Die Polizei teilte mit, dass drei Menschen verletzt wurden. Demnach seien alle außer Gefahr.",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = strings.Join(describe(annotateText(t, s)), "\n")
	}
	done := make(chan error, 8*len(texts))
	for range 8 {
		for i, s := range texts {
			go func() {
				if got := strings.Join(describe(annotateText(t, s)), "\n"); got != want[i] {
					done <- fmt.Errorf("concurrent run differs for %q:\n%s", s, got)
					return
				}
				done <- nil
			}()
		}
	}
	for range 8 * len(texts) {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
