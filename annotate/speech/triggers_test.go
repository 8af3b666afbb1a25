package speech

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/internal/benchdata"
)

// TestTriggers: frames starts only from the trigger words (cue forms,
// first words of phrase cues, „nach“) and finds what it finds when it
// tries every word, on the seed and dev articles and the bench corpus.
// It fails when a frame starts from a word wordInfo.trigger does not mark.
func TestTriggers(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/*/*.txt")
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if !testing.Short() {
		if p, err := benchdata.Path(); err == nil {
			if _, err := os.Stat(p); err == nil {
				texts = append(texts, benchdata.Articles(benchdata.Raw(t))...)
			}
		}
	}
	if len(texts) == 0 {
		t.Skip("corpus/ not found")
	}
	tok, st := fixture(t)
	spans := func(text string, all bool) []annotate.Span {
		toks, sents := tok.Tokenize(text)
		doc := newDoc(text, toks, sents)
		r := newRun(st, doc)
		r.allWords = all
		r.annotate()
		r.release()
		return doc.Spans
	}
	for k, text := range texts {
		if got, want := spans(text, false), spans(text, true); !reflect.DeepEqual(got, want) {
			t.Errorf("text %d: %d spans from the triggers, %d from every word", k, len(got), len(want))
		}
	}
}
