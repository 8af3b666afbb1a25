package eval

import (
	"cmp"
	"slices"

	"github.com/quelle-nlp/quelle/scheme"
)

// Pair is a gold span and the predicted span matched to it.
type Pair struct {
	Gold, Pred scheme.RecordSpan
}

// Alignment is the matching of one document's predicted spans to its gold
// spans. All slices are ordered by start, end, label.
type Alignment struct {
	Strict []Pair              // label, start and end equal
	Pairs  []Pair              // overlap matches, one-to-one
	FP     []scheme.RecordSpan // predictions without an overlap match
	FN     []scheme.RecordSpan // gold spans without an overlap match
}

// Align matches pred to gold strictly and by overlap (see the package
// documentation). Spans are matched only to spans of the same label;
// identical (label, start, end) spans count once.
func Align(gold, pred []scheme.RecordSpan) Alignment {
	gold, pred = dedupe(gold), dedupe(pred)
	a := Alignment{Strict: matchStrict(gold, pred)}
	usedG, usedP := make([]bool, len(gold)), make([]bool, len(pred))
	for _, c := range candidates(gold, pred) {
		if !usedG[c.g] && !usedP[c.p] {
			usedG[c.g], usedP[c.p] = true, true
			a.Pairs = append(a.Pairs, Pair{gold[c.g], pred[c.p]})
		}
	}
	slices.SortFunc(a.Pairs, func(x, y Pair) int { return compareSpans(x.Gold, y.Gold) })
	a.FN = unused(gold, usedG)
	a.FP = unused(pred, usedP)
	return a
}

// AlignLabels is Align on the spans whose label is one of labels: the
// alignment Evaluate scores a document by.
func AlignLabels(gold, pred []scheme.RecordSpan, labels []string) Alignment {
	return Align(ofLabels(gold, labels), ofLabels(pred, labels))
}

type spanKey struct {
	label      string
	start, end int
}

func keyOf(s scheme.RecordSpan) spanKey { return spanKey{s.Label, s.Start, s.End} }

func compareSpans(a, b scheme.RecordSpan) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Label, b.Label))
}

// dedupe returns the spans sorted by start, end, label, keeping the first
// of identical (label, start, end) spans.
func dedupe(spans []scheme.RecordSpan) []scheme.RecordSpan {
	out := slices.Clone(spans)
	slices.SortStableFunc(out, compareSpans)
	return slices.CompactFunc(out, func(a, b scheme.RecordSpan) bool { return keyOf(a) == keyOf(b) })
}

func matchStrict(gold, pred []scheme.RecordSpan) []Pair {
	byKey := make(map[spanKey]scheme.RecordSpan, len(pred))
	for _, p := range pred {
		byKey[keyOf(p)] = p
	}
	var pairs []Pair
	for _, g := range gold {
		if p, ok := byKey[keyOf(g)]; ok {
			pairs = append(pairs, Pair{g, p})
		}
	}
	return pairs
}

// candidate is a possible overlap match: indices and shared code points.
type candidate struct{ g, p, size int }

// candidates lists overlapping same-label pairs, largest overlap first,
// then by gold index, then by predicted index (the spans are sorted, so
// the order is deterministic).
func candidates(gold, pred []scheme.RecordSpan) []candidate {
	var cs []candidate
	for i, g := range gold {
		for j, p := range pred {
			if n := overlap(g, p); n > 0 && g.Label == p.Label {
				cs = append(cs, candidate{i, j, n})
			}
		}
	}
	slices.SortFunc(cs, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.size, a.size), cmp.Compare(a.g, b.g), cmp.Compare(a.p, b.p))
	})
	return cs
}

// overlap returns the number of code points a and b share.
func overlap(a, b scheme.RecordSpan) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

func unused(spans []scheme.RecordSpan, used []bool) []scheme.RecordSpan {
	var out []scheme.RecordSpan
	for i, s := range spans {
		if !used[i] {
			out = append(out, s)
		}
	}
	return out
}
