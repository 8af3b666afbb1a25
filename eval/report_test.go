package eval

import (
	"strings"
	"testing"
)

func TestWriters(t *testing.T) {
	gold, pred := mixedSet()
	r, err := Evaluate(gold, pred, Options{Bootstrap: 50, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compare(gold, pred, gold, Options{Bootstrap: 50, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	ag, err := Agree(gold, pred, nil, german(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		write func(*strings.Builder) error
		want  []string
	}{
		{"scores", func(b *strings.Builder) error { return WriteScores(b, r) },
			[]string{"LABEL   MATCH    GOLD  PRED  TP  FP  FN      P      R     F1  95% CI\n",
				"NUMBER  overlap    60    40  30  10  30  0.750  0.500  0.600  [", "95% CI: percentile bootstrap over documents, 50 resamples, seed 1"}},
		{"errors", func(b *strings.Builder) error { return WriteErrors(b, r.Errors(nil)) },
			[]string{"QUOTE: 0 false positives, 15 false negatives, 0 attribute mismatches", "  FN  d01  20–30  \"abcdefghij\"\n      ⟦abcdefghij⟧\n"}},
		{"no errors", func(b *strings.Builder) error { return WriteErrors(b, &ErrorReport{}) }, []string{"no errors\n"}},
		{"comparison", func(b *strings.Builder) error { return WriteComparison(b, c) },
			[]string{"LABEL   MATCH     F1 A   F1 B       Δ  95% CI            P(B>A)", "NUMBER  overlap  0.600  1.000  +0.400  [+", "macro   overlap"}},
		{"agreement", func(b *strings.Builder) error { return WriteAgreement(b, ag) },
			[]string{"30 shared documents (only in A: 0, only in B: 0)", "LABEL    A   B  F1 STRICT  F1 OVERLAP  KAPPA  TOKENS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, b.String())
				}
			}
		})
	}
}

func TestSigned(t *testing.T) {
	for x, want := range map[float64]string{0.5: "+0.500", -0.25: "-0.250", 0: "0.000", -0.0001: "0.000", 0.0001: "0.000"} {
		if got := signed(x); got != want {
			t.Errorf("signed(%v) = %q, want %q", x, got, want)
		}
	}
}
