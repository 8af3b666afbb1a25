package eval

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/quelle-nlp/quelle/scheme"
)

// counts is a label's expected strict and overlap counts.
type counts struct{ strict, overlap Counts }

func TestEvaluateCounts(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []scheme.Record
		want       map[string]counts // labels not listed: all zero
	}{
		{name: "both empty",
			gold: []scheme.Record{rec("d")}, pred: []scheme.Record{rec("d")}},
		{name: "empty prediction",
			gold: []scheme.Record{rec("d", span(cue, 0, 5))}, pred: []scheme.Record{rec("d")},
			want: map[string]counts{cue: {Counts{FN: 1}, Counts{FN: 1}}}},
		{name: "missing prediction document",
			gold: []scheme.Record{rec("d", span(cue, 0, 5))},
			want: map[string]counts{cue: {Counts{FN: 1}, Counts{FN: 1}}}},
		{name: "empty gold",
			gold: []scheme.Record{rec("d")}, pred: []scheme.Record{rec("d", span(cue, 0, 5))},
			want: map[string]counts{cue: {Counts{FP: 1}, Counts{FP: 1}}}},
		{name: "exact match",
			gold: []scheme.Record{rec("d", span(cue, 0, 5))}, pred: []scheme.Record{rec("d", span(cue, 0, 5))},
			want: map[string]counts{cue: {Counts{TP: 1}, Counts{TP: 1}}}},
		{name: "boundary differs: overlap only",
			gold: []scheme.Record{rec("d", span(quote, 0, 5))}, pred: []scheme.Record{rec("d", span(quote, 0, 6))},
			want: map[string]counts{quote: {Counts{FP: 1, FN: 1}, Counts{TP: 1}}}},
		{name: "one shared code point is an overlap",
			gold: []scheme.Record{rec("d", span(quote, 0, 5))}, pred: []scheme.Record{rec("d", span(quote, 4, 8))},
			want: map[string]counts{quote: {Counts{FP: 1, FN: 1}, Counts{TP: 1}}}},
		{name: "adjacent spans do not overlap",
			gold: []scheme.Record{rec("d", span(quote, 0, 5))}, pred: []scheme.Record{rec("d", span(quote, 5, 8))},
			want: map[string]counts{quote: {Counts{FP: 1, FN: 1}, Counts{FP: 1, FN: 1}}}},
		{name: "duplicates count once",
			gold: []scheme.Record{rec("d", span(cue, 0, 5), span(cue, 0, 5))},
			pred: []scheme.Record{rec("d", span(cue, 0, 5), span(cue, 0, 5), span(cue, 0, 5))},
			want: map[string]counts{cue: {Counts{TP: 1}, Counts{TP: 1}}}},
		{name: "one prediction over two gold spans matches one",
			gold: []scheme.Record{rec("d", span(quote, 0, 5), span(quote, 6, 10))},
			pred: []scheme.Record{rec("d", span(quote, 0, 10))},
			want: map[string]counts{quote: {Counts{FP: 1, FN: 2}, Counts{TP: 1, FN: 1}}}},
		{name: "two predictions in one gold span: one is a false positive",
			gold: []scheme.Record{rec("d", span(quote, 0, 5))},
			pred: []scheme.Record{rec("d", span(quote, 0, 3), span(quote, 3, 5))},
			want: map[string]counts{quote: {Counts{FP: 2, FN: 1}, Counts{TP: 1, FP: 1}}}},
		{name: "largest overlap first",
			// P1 [2,8) shares 2 with G1 [0,4) and 4 with G2 [4,10): it takes G2,
			// leaving G1 to P2 [0,3). Taking G1 first would leave G2 unmatched.
			gold: []scheme.Record{rec("d", span(quote, 0, 4), span(quote, 4, 10))},
			pred: []scheme.Record{rec("d", span(quote, 2, 8), span(quote, 0, 3))},
			want: map[string]counts{quote: {Counts{FP: 2, FN: 2}, Counts{TP: 2}}}},
		{name: "labels must agree",
			gold: []scheme.Record{rec("d", span(cue, 0, 5))}, pred: []scheme.Record{rec("d", span(source, 0, 5))},
			want: map[string]counts{cue: {Counts{FN: 1}, Counts{FN: 1}}, source: {Counts{FP: 1}, Counts{FP: 1}}}},
		{name: "summed over documents",
			gold: []scheme.Record{rec("a", span(number, 0, 2)), rec("b", span(number, 0, 2), span(number, 5, 7))},
			pred: []scheme.Record{rec("b", span(number, 0, 2)), rec("a", span(number, 0, 3))},
			want: map[string]counts{number: {Counts{TP: 1, FP: 1, FN: 2}, Counts{TP: 2, FN: 1}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Evaluate(tt.gold, tt.pred, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, ls := range r.Labels {
				want := tt.want[ls.Label]
				if ls.Strict.Counts != want.strict || ls.Overlap.Counts != want.overlap {
					t.Errorf("%s: strict %+v overlap %+v, want %+v %+v", ls.Label, ls.Strict.Counts, ls.Overlap.Counts, want.strict, want.overlap)
				}
			}
		})
	}
}

func TestCountsMetrics(t *testing.T) {
	tests := []struct {
		name     string
		c        Counts
		p, r, f1 float64
	}{
		{"both empty is perfect", Counts{}, 1, 1, 1},
		{"no predictions", Counts{FN: 3}, 0, 0, 0},
		{"no gold", Counts{FP: 2}, 0, 0, 0},
		{"no true positive", Counts{FP: 1, FN: 1}, 0, 0, 0},
		{"mixed", Counts{TP: 2, FP: 1, FN: 3}, 2.0 / 3, 0.4, 0.5},
		{"perfect", Counts{TP: 4}, 1, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tt.c.Metrics()
			if !near(m.Precision, tt.p) || !near(m.Recall, tt.r) || !near(m.F1, tt.f1) {
				t.Errorf("P/R/F1 = %v/%v/%v, want %v/%v/%v", m.Precision, m.Recall, m.F1, tt.p, tt.r, tt.f1)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestMacro(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred scheme.Record
		labels     []string
		p, r, f1   float64
	}{
		{"labels without spans are left out",
			rec("d", span(cue, 0, 5), span(number, 10, 12)), rec("d", span(cue, 0, 5)),
			[]string{cue, number}, 0.5, 0.5, 0.5},
		{"mean of per-label values, not F1 of means",
			rec("d", span(cue, 0, 5), span(number, 10, 12), span(number, 20, 22)),
			rec("d", span(cue, 0, 5), span(cue, 30, 35), span(number, 10, 12)),
			[]string{cue, number}, 0.75, 0.75, (2.0/3 + 2.0/3) / 2},
		{"nothing anywhere", rec("d"), rec("d"), []string{}, 1, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Evaluate([]scheme.Record{tt.gold}, []scheme.Record{tt.pred}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			m := r.Macro
			if !slices.Equal(m.Labels, tt.labels) || !near(m.Overlap.Precision, tt.p) || !near(m.Overlap.Recall, tt.r) || !near(m.Overlap.F1, tt.f1) {
				t.Errorf("macro %v P/R/F1 %v/%v/%v, want %v %v/%v/%v", m.Labels, m.Overlap.Precision, m.Overlap.Recall, m.Overlap.F1, tt.labels, tt.p, tt.r, tt.f1)
			}
		})
	}
}

func TestEvaluateLabels(t *testing.T) {
	gold := []scheme.Record{rec("d", span(cue, 0, 5), span(number, 10, 12))}
	r, err := Evaluate(gold, nil, Options{Labels: []string{number}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Labels) != 1 || r.Labels[0].Label != number {
		t.Fatalf("labels = %+v, want NUMBER only", r.Labels)
	}
	if _, ok := r.Label(cue); ok {
		t.Error("CUE scored although not selected")
	}
	if _, err := Evaluate(gold, nil, Options{Labels: []string{"SPEAKER"}}); !errors.Is(err, scheme.ErrUnknownLabel) {
		t.Errorf("unknown label: err = %v, want scheme.ErrUnknownLabel", err)
	}
}

func TestEvaluatePairing(t *testing.T) {
	tests := []struct {
		name             string
		gold, pred       []scheme.Record
		err              error
		missing, ignored []string
	}{
		{"prediction missing", []scheme.Record{rec("a"), rec("b")}, []scheme.Record{rec("a")}, nil, []string{"b"}, []string{}},
		{"prediction not in gold", []scheme.Record{rec("a")}, []scheme.Record{rec("a"), rec("z")}, nil, []string{}, []string{"z"}},
		{"text differs", []scheme.Record{rec("a")}, []scheme.Record{{ID: "a", Text: "x"}}, scheme.ErrTextMismatch, nil, nil},
		{"duplicate gold id", []scheme.Record{rec("a"), rec("a")}, nil, scheme.ErrDuplicateID, nil, nil},
		{"duplicate predicted id", []scheme.Record{rec("a")}, []scheme.Record{rec("a"), rec("a")}, scheme.ErrDuplicateID, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Evaluate(tt.gold, tt.pred, Options{})
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(r.Missing, tt.missing) || !slices.Equal(r.Ignored, tt.ignored) {
				t.Errorf("missing %v ignored %v, want %v %v", r.Missing, r.Ignored, tt.missing, tt.ignored)
			}
		})
	}
}

// TestOrderIndependent checks that neither document nor span order
// changes the scores.
func TestOrderIndependent(t *testing.T) {
	gold := []scheme.Record{rec("a", span(quote, 0, 4), span(quote, 4, 10)), rec("b", span(cue, 3, 5))}
	pred := []scheme.Record{rec("a", span(quote, 2, 8), span(quote, 0, 3)), rec("b", span(cue, 3, 6))}
	shuffled := []scheme.Record{rec("b", span(cue, 3, 6)), rec("a", span(quote, 0, 3), span(quote, 2, 8))}
	r1, err1 := Evaluate(gold, pred, Options{})
	r2, err2 := Evaluate(gold, shuffled, Options{})
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	for i := range r1.Labels {
		if r1.Labels[i].Strict.Counts != r2.Labels[i].Strict.Counts || r1.Labels[i].Overlap.Counts != r2.Labels[i].Overlap.Counts {
			t.Errorf("%s: %+v vs %+v", r1.Labels[i].Label, r1.Labels[i], r2.Labels[i])
		}
	}
}
