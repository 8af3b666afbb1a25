package hedge

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/internal/benchdata"
	"github.com/quelle-nlp/quelle/lexicon"
)

// TestMayBe checks phrase's screen run.mayBe against the lookup it saves:
// wherever token j is the word of a phrase's pword, mayBe says it may be.
func TestMayBe(t *testing.T) {
	s, g := stageAndTokenizer(t)
	var words []pword
	for _, e := range s.entries {
		for _, w := range e.words {
			if !w.gap && w.suffix == "" {
				words = append(words, w)
			}
		}
	}
	text := "Zu Ende. Unter Umständen, Über 30 Jahre. ÜBER Nacht. Bis zu zehn. „Laut Angaben …“ ẞ Etwa, Rund um. Nach Angaben der Polizei soll er es getan haben."
	doc := &annotate.Document{Text: text}
	doc.Tokens, doc.Sentences = g.Tokenize(text)
	sc := s.scratch(len(doc.Tokens))
	r := run{s: s, sc: sc, doc: doc, text: text, toks: doc.Tokens, last: len(doc.Tokens)}
	r.prepare()
	found := 0
	for j := range doc.Tokens {
		for _, w := range words {
			if r.id(j) == w.id {
				found++
				if !r.mayBe(j, w) {
					t.Errorf("token %d %q is word %d, mayBe says no", j, doc.Tokens[j].Text(text), w.id)
				}
			}
		}
	}
	if found == 0 {
		t.Error("no token is a phrase word: the test tests nothing")
	}
}

// TestMayHaveClass checks cls's screen run.mayHaveClass against the lookup
// it saves, on the bench corpus: every token whose word has a context
// class passes it.
func TestMayHaveClass(t *testing.T) {
	text := benchdata.Raw(t)
	s, g := stageAndTokenizer(t)
	classed := 0
	for _, a := range benchdata.Articles(text)[:300] {
		doc := &annotate.Document{Text: a}
		doc.Tokens, doc.Sentences = g.Tokenize(a)
		r := run{s: s, sc: s.scratch(len(doc.Tokens)), doc: doc, text: a, toks: doc.Tokens, last: len(doc.Tokens)}
		r.prepare()
		for j := range doc.Tokens {
			if id := r.id(j); id >= 0 && s.info[id].class != 0 {
				classed++
				if !r.mayHaveClass(j) {
					t.Errorf("token %q has class %d, mayHaveClass says no", doc.Tokens[j].Text(a), s.info[id].class)
				}
			}
		}
	}
	if classed == 0 {
		t.Error("no token has a class: the test tests nothing")
	}
}

// stageAndTokenizer returns the hedge stage and the German tokenizer on
// the embedded lexicon, for tests of the stage's internals.
func stageAndTokenizer(t *testing.T) (*Stage, *annotate.German) {
	t.Helper()
	lex := lexicon.Default()
	s, err := New(lex)
	if err != nil {
		t.Fatal(err)
	}
	g, err := annotate.NewGerman(lex)
	if err != nil {
		t.Fatal(err)
	}
	return s, g
}

// TestMayTrigger checks the second screen of screened against the
// lookup it saves: every hedge word and phrase start passes it as
// written and with its first letter upper-cased (lookup lower-cases a
// capital at the start of a sentence), and so does every token of the
// bench corpus that is one.
func TestMayTrigger(t *testing.T) {
	s, g := stageAndTokenizer(t)
	triggers := 0
	for w, id := range s.vocab {
		if s.info[id].entry < 0 && len(s.info[id].phrases) == 0 {
			continue
		}
		triggers++
		r, n := utf8.DecodeRuneInString(w)
		for _, v := range []string{w, string(unicode.ToUpper(r)) + w[n:]} {
			if !s.mayTrigger(v, 0, len(v)) {
				t.Errorf("%q (vocabulary word %q) does not pass mayTrigger", v, w)
			}
		}
	}
	if triggers == 0 {
		t.Fatal("no hedge word: the test tests nothing")
	}
	text := benchdata.Raw(t)
	found := 0
	for _, a := range benchdata.Articles(text)[:300] {
		doc := &annotate.Document{Text: a}
		doc.Tokens, doc.Sentences = g.Tokenize(a)
		r := run{s: s, sc: s.scratch(len(doc.Tokens)), doc: doc, text: a, toks: doc.Tokens, last: len(doc.Tokens)}
		r.prepare()
		for j, tk := range doc.Tokens {
			if id := r.id(j); id >= 0 && (s.info[id].entry >= 0 || len(s.info[id].phrases) > 0) {
				found++
				if !s.mayTrigger(a, tk.Start, tk.End) {
					t.Errorf("token %q is a hedge word or phrase start, mayTrigger says no", tk.Text(a))
				}
			}
		}
	}
	if found == 0 {
		t.Error("no token is a hedge word: the test tests nothing")
	}
}
