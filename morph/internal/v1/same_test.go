package v1

import (
	"slices"
	"testing"

	"github.com/quelle-nlp/quelle/morph"
)

// TestSameAsV1 checks that the QMORPH2 table answers every lookup the
// QMORPH1 table answered, the same: for every form of the old table, its
// analyses in order and the five predicates, and for every lemma its
// forms in order; and that both have the same forms, lemmas and counts.
func TestSameAsV1(t *testing.T) {
	old, err := Decode(TableData)
	if err != nil {
		t.Fatal(err)
	}
	tb := morph.Default()
	if old.Len() != tb.Len() || old.Lemmas() != tb.Lemmas() || old.Analyses() != tb.Analyses() || old.Source() != tb.Source() {
		t.Fatalf("sizes differ: %d/%d forms, %d/%d lemmas, %d/%d analyses, %q/%q", old.Len(), tb.Len(), old.Lemmas(), tb.Lemmas(), old.Analyses(), tb.Analyses(), old.Source(), tb.Source())
	}
	for i := range old.Len() {
		w := old.Word(i)
		if tb.Word(i) != w {
			t.Fatalf("form %d: %q, was %q", i, tb.Word(i), w)
		}
		if !slices.Equal(old.Analyze(w), tb.Analyze(w)) {
			t.Fatalf("Analyze(%q) = %v, was %v", w, tb.Analyze(w), old.Analyze(w))
		}
		oe, of := old.AnalyzeFold(w)
		ne, nf := tb.AnalyzeFold(w)
		if !slices.Equal(oe, ne) || !slices.Equal(of, nf) {
			t.Fatalf("AnalyzeFold(%q) differs", w)
		}
		if old.IsVerb(w) != tb.IsVerb(w) || old.IsNoun(w) != tb.IsNoun(w) || old.IsFiniteVerb(w) != tb.IsFiniteVerb(w) ||
			old.IsParticiple(w) != tb.IsParticiple(w) || old.IsSubjunctive1(w) != tb.IsSubjunctive1(w) || old.IsVerbAt(i) != tb.IsVerbAt(i) {
			t.Fatalf("predicates of %q differ", w)
		}
	}
	for l := range old.Lemmas() {
		lemma := old.Lemma(l)
		if !slices.Equal(old.Forms(lemma), tb.Forms(lemma)) {
			t.Fatalf("Forms(%q) differs", lemma)
		}
	}
	for _, w := range []string{"", "x", "Sagen", "sagenx", "Xsagen", "\xff", "äußerst", "Über"} {
		if !slices.Equal(old.Analyze(w), tb.Analyze(w)) {
			t.Fatalf("Analyze(%q) differs", w)
		}
	}
	t.Logf("%d forms, %d lemmas, %d analyses: the same", tb.Len(), tb.Lemmas(), tb.Analyses())
}
