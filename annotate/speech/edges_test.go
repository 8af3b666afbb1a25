package speech

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
)

// TestDocumentEdges runs the stage on texts whose cue or clause word is
// the first or the last token, where rules look at a neighbour that is not
// there (each of these once ended in an index out of range).
func TestDocumentEdges(t *testing.T) {
	for _, text := range []string{
		"Er teilte es mit und",              // closingWords: „und“ last
		"wies nach oder",                    // the same with „oder“
		"Er kam, der das erklärt",           // namingRelative: the cue last
		"Es gibt einen Mann, der es betont", // the same
		", die berichten generalsekretär beraten",
		"Er kommt, demnach",   // hostQuote: the phrase last
		"zu sprechen",         // unattributedInfinitive: the cue second
		"Er sagte, er habe ,", // konjStart: the comma last
		"Die Zahl sei gestiegen, heißt es laut",
		"und",
		"sagte ,",
	} {
		annotateText(t, text) // a panic fails the test
	}
}

// TestEmptyTokens gives the stage tokens of length zero, which a tokenizer
// of the library's user may make (ours never does): at the end of the
// text, where reading their first byte once ran past it (review, fourth
// session), and in the middle.
func TestEmptyTokens(t *testing.T) {
	tok, st := fixture(t)
	for _, kind := range []annotate.TokenKind{annotate.Word, annotate.Number, annotate.Punct, annotate.Abbrev} {
		text := "Er sagte, es sei gut."
		toks, sents := tok.Tokenize(text)
		n := len(text)
		toks = append(toks, annotate.Token{Start: n, End: n, Kind: kind})
		toks = append(toks[:2:2], append([]annotate.Token{{Start: 2, End: 2, Kind: kind}}, toks[2:]...)...)
		sents[len(sents)-1].Last = len(toks)
		if r := annotateSafely(st, newDoc(text, toks, sents)); r != nil {
			t.Fatalf("kind %v: panic: %v", kind, r)
		}
	}
}

// annotateSafely runs the stage on doc and returns what it panicked with,
// or nil.
func annotateSafely(st *Stage, doc *annotate.Document) (panicked any) {
	defer func() { panicked = recover() }()
	st.Annotate(doc)
	return nil
}

// TestEmptyTokenEverywhere puts an empty word token, as a user's tokenizer
// may make one, before every token of sentences that reach many rules
// (cue phrases, inverted frames, noun phrases with number adjectives,
// continuations): the stage must not panic on any of them.
func TestEmptyTokenEverywhere(t *testing.T) {
	tok, st := fixture(t)
	for _, text := range []string{
		"Sie bestatteten sie mit Grabbeigaben, wie 8000 Jahre alte Funde aus Sibirien zeigen. Die 64-jährige deutsche Kanzlerin sagte, es sei gut.",
		"Laut Polizei wurde niemand verletzt, so der Sprecher. Er habe nichts gesehen: Das ist alles.",
		"Die Regierung teilte am Montag mit, dass die Preise steigen. „Wir sind bereit“, sagte Minister Peter Müller, der neue Chef.",
	} {
		toks0, sents0 := tok.Tokenize(text)
		for p := range toks0 {
			toks := slices.Clone(toks0)
			at := toks[p].Start
			toks = slices.Insert(toks, p, annotate.Token{Start: at, End: at, Kind: annotate.Word})
			sents := slices.Clone(sents0)
			for k := range sents {
				if sents[k].First > p {
					sents[k].First++
				}
				if sents[k].Last > p {
					sents[k].Last++
				}
			}
			if r := annotateSafely(st, newDoc(text, toks, sents)); r != nil {
				t.Fatalf("%q, empty word before token %d: panic: %v", text, p, r)
			}
		}
	}
}

// TestSentenceLists gives the stage tokens with sentence lists that do not
// cut them into consecutive sentences — none (a user's tokenizer that
// returns none made extendDirectBack panic), half the tokens, overlapping,
// reversed, out of range — and with sentences the stage should take as
// they are: no list may make it panic, and a list repaired from
// consecutive sentences gives the same spans as the list itself.
func TestSentenceLists(t *testing.T) {
	tok, st := fixture(t)
	for _, text := range []string{
		"Wien – Die Lage ist ernst, sagte der Minister.",
		"Er sagte: „Das ist gut.“ Sie meinte, dass er komme. Demnach stieg die Zahl.",
		"„Wir sind bereit“, sagte Minister Peter Müller. Laut Polizei wurde niemand verletzt, so der Sprecher.",
	} {
		toks, sents := tok.Tokenize(text)
		n := len(toks)
		tk := func(f, l int) annotate.Sentence {
			return annotate.Sentence{Start: toks[f].Start, End: toks[l-1].End, First: f, Last: l}
		}
		lists := map[string][]annotate.Sentence{
			"none":         nil,
			"half":         {tk(0, n/2)},
			"second half":  {tk(n/2, n)},
			"overlapping":  {tk(0, n/2+2), tk(n/2, n)},
			"reversed":     {tk(n/2, n), tk(0, n/2)},
			"out of range": {{Start: 0, End: len(text), First: 0, Last: n + 5}},
			"negative":     {{Start: 0, End: len(text), First: -3, Last: n}},
			"empty last":   append(slices.Clone(sents), annotate.Sentence{Start: len(text), End: len(text), First: n, Last: n}),
		}
		for name, list := range lists {
			if r := annotateSafely(st, newDoc(text, toks, list)); r != nil {
				t.Errorf("%q, sentences %s: panic: %v", text, name, r)
			}
		}
		want := describe(annotateText(t, text))
		d := newDoc(text, toks, append(slices.Clone(sents), annotate.Sentence{First: n, Last: n + 1}))
		st.Annotate(d)
		if got := describe(d); !slices.Equal(got, want) {
			t.Errorf("%q with a sentence past the end: %v, want %v", text, got, want)
		}
	}
}

// TestRandomWordRuns annotates many short runs of cue words, function
// words and punctuation in random order (a fixed seed, so a failure
// repeats): no run may make the stage panic, and every span stays inside
// the text. Runs this short put every rule's cue near a document edge.
func TestRandomWordRuns(t *testing.T) {
	words := strings.Fields(`sagte sagt teilte mit und oder der die das es er Er Es Die zu sprechen demnach laut
		Laut zufolge nach Nach Angaben so habe sei seien wurde wird werden worden als bezeichnet , . : ; „ “ " –
		( ) dass ob wie Wie heißt hieß betont erklärt erklärte wies hin zurück Polizei Minister von seitens Bis
		heute aber Worten mit den Meinung ist man soll berichten berichtete kam gibt einen Mann Sprecher
		Regierung habe gesagt hatte mitgeteilt bekannt gab bestätigte warnte vor wonach gemäß Aussagen zitiert`)
	rng := rand.New(rand.NewPCG(17, 4))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	var b strings.Builder
	for range n {
		b.Reset()
		for k := rng.IntN(12); k >= 0; k-- {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		text := b.String()
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("%q: panic: %v", text, r)
				}
			}()
			doc := annotateText(t, text)
			for _, sp := range doc.Spans {
				if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
					t.Fatalf("%q: span %+v out of range", text, sp)
				}
			}
		}()
	}
}
