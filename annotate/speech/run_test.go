package speech

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
)

// TestLower: run.lower (with its ASCII shortcut) answers as the plain
// definition — equal, or equal with the first letter lower-cased — for
// every pair of a set of words and targets, targets in lower and upper
// case („Ergebnis“ in „zu dem Ergebnis kommen“).
func TestLower(t *testing.T) {
	tok, st := fixture(t)
	text := "nach Nach NACH nacht Ärger ärger Über über Ergebnis ergebnis É é ß x X @ ` [ { sagte Sagte"
	toks, sents := tok.Tokenize(text)
	r := newRun(st, newDoc(text, toks, sents))
	defer r.release()
	targets := append(strings.Fields(text), "", "nacH", "ärgeR")
	want := func(w, s string) bool {
		if w == s {
			return true
		}
		if len(w) != len(s) || len(w) == 0 {
			return false
		}
		c, n := utf8.DecodeRuneInString(w)
		d, m := utf8.DecodeRuneInString(s)
		return n == m && unicode.ToLower(c) == d && w[n:] == s[m:]
	}
	for i := range toks {
		for _, s := range targets {
			if got, w := r.lower(i, s), want(r.w(i), s); got != w {
				t.Errorf("lower(%q, %q) = %v, want %v", r.w(i), s, got, w)
			}
		}
	}
	if r.lower(-1, "nach") || r.lower(len(toks), "nach") {
		t.Error("lower outside the tokens")
	}
}

// TestSortQuoteIvs checks that sortQuoteIvs leaves ranges with one start
// in the order sort.Slice left them in (quoteIndex used sort.Slice; the
// running maximum of the ends depends on that order).
func TestSortQuoteIvs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		ivs := make([]quoteIv, n)
		for k := range ivs {
			ivs[k] = quoteIv{rng.IntN(1 + n/4), k} // many equal starts
		}
		want := slices.Clone(ivs)
		sort.Slice(want, func(x, y int) bool { return want[x].a < want[y].a })
		sortQuoteIvs(ivs)
		if !slices.Equal(ivs, want) {
			t.Fatalf("n=%d: sortQuoteIvs\n%v\nsort.Slice\n%v", n, ivs, want)
		}
	}
}

// TestFill: fill sets every element, for lengths around the powers of two.
func TestFill(t *testing.T) {
	for n := range 70 {
		s := make([]int32, n)
		fill(s, -1)
		for i, v := range s {
			if v != -1 {
				t.Fatalf("len %d: element %d is %d", n, i, v)
			}
		}
	}
}

// TestSentOf: newRun gives every token the sentence that holds it, for
// sentence lists that cut the tokens as the segmenter does and for lists
// that sentences has to repair (none, gaps, overlaps, bounds out of
// range), one document after the other through the stage's pool (run.sentOf
// is not cleared between documents: every element must be set).
func TestSentOf(t *testing.T) {
	tok, st := fixture(t)
	text := "Er sagte: „Ja.“ Sie sagte, es sei so. Dann ging er. Und sie blieb, sagte sie."
	toks, sents := tok.Tokenize(text)
	n := len(toks)
	lists := [][]annotate.Sentence{sents, nil,
		{{First: 0, Last: 3}, {First: 5, Last: 9}},
		{{First: 0, Last: 6}, {First: 4, Last: n}},
		{{First: 0, Last: n + 5}},
		{{First: 2, Last: 4}, {First: 4, Last: 1}},
	}
	for round := range 2 {
		for k, list := range lists {
			r := newRun(st, newDoc(text, toks, list))
			for i := range toks {
				if se := r.sent[r.sentOf[i]]; i < se.First || i >= se.Last {
					t.Errorf("round %d, list %d: token %d in sentence %d %+v", round, k, i, r.sentOf[i], se)
				}
			}
			r.release()
		}
	}
}

// TestPunctByte: isPunctByte answers as isPunct with a set of that one
// byte, for every token of a text with ASCII and other punctuation, and
// outside the tokens.
func TestPunctByte(t *testing.T) {
	tok, st := fixture(t)
	text := "Er sagte: „Ja, nein; (vielleicht) – oder — doch…?“ Ende. A/B, C-D! x … ..., :: « » ·"
	toks, sents := tok.Tokenize(text)
	r := newRun(st, newDoc(text, toks, sents))
	defer r.release()
	for i := -2; i < len(toks)+2; i++ {
		for b := byte(1); b < utf8.RuneSelf; b++ {
			if got, want := r.isPunctByte(i, b), r.isPunct(i, string(b)); got != want {
				t.Errorf("isPunctByte(%q, %q) = %v, want %v", r.w(i), b, got, want)
			}
		}
	}
}

// TestWordFacts: the word facts kept in the word cache (run.role,
// run.fact) answer as the lookups they stand for, at every token of the
// seed texts, asked twice (computed, then from the cache).
func TestWordFacts(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/seeds/*.txt")
	tok, st := fixture(t)
	texts := []string{"Der Polizeisprecher sagte der Nachrichtenagentur, die Kommunikationsberaterin verspricht Wissensstand."}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var seen [4]int // roles, singular verbs, genitive nouns, compounds
	for _, text := range texts {
		toks, sents := tok.Tokenize(text)
		r := newRun(st, newDoc(text, toks, sents))
		for pass := 0; pass < 2; pass++ {
			for j := -1; j <= len(toks); j++ {
				w := r.w(j)
				if got, want := r.role(j), st.lex.roleOf(w); got != want {
					t.Errorf("role(%q) = %v, want %v", w, got, want)
				}
				if got, want := r.singularAt(j), st.g.singularVerb(w); got != want {
					t.Errorf("singularAt(%q) = %v, want %v", w, got, want)
				}
				if got, want := r.genitiveAt(j), st.g.genitiveDer(w); got != want {
					t.Errorf("genitiveAt(%q) = %v, want %v", w, got, want)
				}
				if got, want := r.compoundAt(j), r.compoundNoun(w); got != want {
					t.Errorf("compoundAt(%q) = %v, want %v", w, got, want)
				}
				for k, ok := range []bool{r.role(j) != 0, r.singularAt(j), r.genitiveAt(j), r.compoundAt(j)} {
					if ok {
						seen[k]++
					}
				}
			}
		}
		r.release()
	}
	if slices.Contains(seen[:], 0) {
		t.Errorf("a fact never holds (roles, singular, genitive, compound): %v", seen)
	}
}
