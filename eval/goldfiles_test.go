package eval

import (
	"path/filepath"
	"testing"
	"unicode"

	"github.com/quelle-nlp/quelle/scheme"
)

// TestGoldSpansAtWordEdges checks every reported-speech span of the gold
// files: it starts and ends at a word edge, not inside a word. Annotators
// compute offsets with their own scripts, and a search for a short string
// such as „er“ finds it inside the verb before it („versichert er“); the
// span's text still reads „er“, so only its position shows the mistake.
// NUMBER spans are exempt („5.000er-Marke“ marks the number inside a word).
func TestGoldSpansAtWordEdges(t *testing.T) {
	files, err := filepath.Glob("../gold/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../gold/speech-news/*.jsonl")
	agreement, _ := filepath.Glob("../gold/speech-news/agreement/*.jsonl")
	files = append(append(files, more...), agreement...)
	if len(files) < 5 {
		t.Fatalf("found only %d gold files", len(files))
	}
	for _, f := range files {
		recs, err := scheme.Read(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			text := []rune(r.Text)
			for _, s := range r.Spans {
				if s.Label != "CUE" && s.Label != "SOURCE" && s.Label != "QUOTE" {
					continue
				}
				if insideWord(text, s.Start) || insideWord(text, s.End) {
					// (no span text: the held-out files are read too)
					t.Errorf("%s: %s: %s %d–%d starts or ends inside a word", f, r.ID, s.Label, s.Start, s.End)
				}
			}
		}
	}
}

// insideWord reports whether code-point offset i falls between two letters
// or digits of text.
func insideWord(text []rune, i int) bool {
	if i <= 0 || i >= len(text) {
		return false
	}
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return word(text[i-1]) && word(text[i])
}
