package speech

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
)

// buildFixture builds the tokenizer and the stage once per test binary.
var buildFixture = sync.OnceValues(func() (*fixtureSet, error) {
	tok, err := annotate.NewGerman(lexicon.Default())
	if err != nil {
		return nil, err
	}
	st, err := New(lexicon.Default())
	if err != nil {
		return nil, err
	}
	return &fixtureSet{tok, st}, nil
})

// fixtureSet is a tokenizer and the stage.
type fixtureSet struct {
	tok   *annotate.German
	stage *Stage
}

// fixture returns the tokenizer and the stage.
func fixture(t testing.TB) (*annotate.German, *Stage) {
	t.Helper()
	f, err := buildFixture()
	if err != nil {
		t.Fatal(err)
	}
	return f.tok, f.stage
}

// annotateText tokenizes text and runs the stage.
func annotateText(t testing.TB, text string) *annotate.Document {
	tok, st := fixture(t)
	toks, sents := tok.Tokenize(text)
	doc := &annotate.Document{Text: text, Tokens: toks, Sentences: sents}
	st.Annotate(doc)
	return doc
}

// describe renders the spans as "LABEL „text“ attr" lines, with the lemma
// of a CUE and the mode of a QUOTE; attribution ids are renumbered a, b, …
// in order of appearance so that the lines read like the guidelines.
func describe(doc *annotate.Document) []string {
	spans := append([]annotate.Span(nil), doc.Spans...)
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	names := map[int]string{}
	var out []string
	for _, s := range spans {
		n, ok := names[s.Attribution]
		if !ok {
			n = string(rune('a' + len(names)))
			names[s.Attribution] = n
		}
		attr := ""
		switch s.Label {
		case annotate.LabelCue:
			attr = " " + s.Lemma
		case annotate.LabelQuote:
			attr = " " + s.Mode
		}
		out = append(out, fmt.Sprintf("%s „%s“%s %s", s.Label, doc.Text[s.Start:s.End], attr, n))
	}
	return out
}

func newDoc(text string, toks []annotate.Token, sents []annotate.Sentence) *annotate.Document {
	return &annotate.Document{Text: text, Tokens: toks, Sentences: sents}
}

// frameCase is one row of the construction tables (TestFrames,
// TestNewsFrames, TestContinuationGuards): a sentence and the spans
// describe must give for it, in order.
type frameCase struct {
	name, text string
	want       []string
}

// runFrameCases annotates each case's text and compares describe's lines
// with the wanted ones.
func runFrameCases(t *testing.T, cases []frameCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(annotateText(t, tc.text))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", tc.text, strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}
