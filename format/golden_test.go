package format

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGolden writes the seeds' gold documents and the special document
// (BOM, emoji, „quotes“, CRLF, a span inside a token) in every format and
// compares every file written with testdata/golden/FORMAT/.
func TestGolden(t *testing.T) {
	docs := testDocs(t)
	for _, f := range Formats() {
		t.Run(f.Name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), f.Name)
			writeAll(t, f.Name, dir, docs, Options{Tokens: f.Name == "jsonl"})
			golden := filepath.Join("testdata", "golden", f.Name)
			if *update {
				if err := os.RemoveAll(golden); err != nil {
					t.Fatal(err)
				}
				if err := os.CopyFS(golden, os.DirFS(dir)); err != nil {
					t.Fatal(err)
				}
				return
			}
			got, want := listFiles(t, dir), listFiles(t, golden)
			if !slices.Equal(got, want) {
				t.Fatalf("files %v, golden %v (run go test -update after checking the change)", got, want)
			}
			for _, name := range got {
				a, _ := os.ReadFile(filepath.Join(dir, name))
				b, _ := os.ReadFile(filepath.Join(golden, name))
				if !bytes.Equal(a, b) {
					t.Errorf("%s differs from the golden file:\n%s", name, firstDiff(string(a), string(b)))
				}
			}
		})
	}
}

func listFiles(t *testing.T, dir string) []string {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, rel)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}
