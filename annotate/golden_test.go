package annotate

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGoldenSeeds compares the tokens and sentences of the seed articles
// with testdata/golden/NAME.tokens.tsv. Run with -update after an intended
// change and review the diff.
func TestGoldenSeeds(t *testing.T) {
	g := newTestGerman(t)
	files, _ := filepath.Glob("../corpus/seeds/*.txt")
	if len(files) == 0 {
		t.Fatal("no seed texts in ../corpus/seeds")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		toks, sents := g.Tokenize(text)
		got := renderTokens(text, toks, sents)
		golden := filepath.Join("testdata", "golden", strings.TrimSuffix(filepath.Base(f), ".txt")+".tokens.tsv")
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -run Golden -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s; run go test ./annotate -run Golden -update and review the diff\n%s", f, golden, firstDiff(got, want))
		}
	}
}

// renderTokens writes one line per token: sentence number, byte start,
// byte end, kind (and quote role), text; a blank line between sentences.
func renderTokens(text string, toks []Token, sents []Sentence) []byte {
	var b bytes.Buffer
	b.WriteString("# sentence\tstart\tend\tkind\ttext (byte offsets)\n")
	for si, s := range sents {
		if si > 0 {
			b.WriteByte('\n')
		}
		for _, tk := range toks[s.First:s.Last] {
			kind := tk.Kind.String()
			if tk.Kind == Quote {
				kind += ":" + tk.Quote.String()
			}
			fmt.Fprintf(&b, "%d\t%d\t%d\t%s\t%s\n", si+1, tk.Start, tk.End, kind, text[tk.Start:tk.End])
		}
	}
	return b.Bytes()
}

func firstDiff(got, want []byte) string {
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) && i < len(wl); i++ {
		if gl[i] != wl[i] {
			return fmt.Sprintf("line %d\n got: %s\nwant: %s", i+1, gl[i], wl[i])
		}
	}
	return fmt.Sprintf("lengths differ: %d vs %d lines", len(gl), len(wl))
}
