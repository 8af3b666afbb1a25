package eval

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/quelle-nlp/quelle/scheme"
)

// mixedSet is 30 documents with two gold NUMBERs each; a third of the
// predictions are right, a third half right with a false positive, a
// third empty. QUOTE spans are right in every other document.
func mixedSet() (gold, pred []scheme.Record) {
	for i := range 30 {
		id := fmt.Sprintf("d%02d", i)
		gold = append(gold, rec(id, span(number, 0, 2), span(number, 10, 12), span(quote, 20, 30)))
		p := rec(id)
		switch i % 3 {
		case 0:
			p.Spans = []scheme.RecordSpan{span(number, 0, 2), span(number, 10, 12)}
		case 1:
			p.Spans = []scheme.RecordSpan{span(number, 0, 2), span(number, 40, 42)}
		}
		if i%2 == 0 {
			p.Spans = append(p.Spans, span(quote, 21, 30))
		}
		pred = append(pred, p)
	}
	return gold, pred
}

func TestBootstrapDeterministic(t *testing.T) {
	gold, pred := mixedSet()
	opt := Options{Bootstrap: 200, Seed: 7}
	r1, err1 := Evaluate(gold, pred, opt)
	r2, err2 := Evaluate(gold, pred, opt)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if !reflect.DeepEqual(r1.Labels, r2.Labels) || !reflect.DeepEqual(r1.Macro, r2.Macro) {
		t.Error("same seed, different intervals")
	}
	opt.Seed = 8
	r3, _ := Evaluate(gold, pred, opt)
	if ls1, _ := r1.Label(number); reflect.DeepEqual(ls1, r3.Labels[4]) {
		t.Error("seeds 7 and 8 give identical NUMBER intervals")
	}
	if r1.Bootstrap == nil || r1.Bootstrap.Resamples != 200 || r1.Bootstrap.Seed != 7 {
		t.Errorf("Bootstrap = %+v", r1.Bootstrap)
	}
}

func TestBootstrapContainsEstimate(t *testing.T) {
	gold, pred := mixedSet()
	r, err := Evaluate(gold, pred, Options{Bootstrap: 1000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, ls := range r.Labels {
		for name, m := range map[string]Metrics{"strict": ls.Strict, "overlap": ls.Overlap} {
			if m.CI == nil || !m.CI.Contains(m.F1) || m.CI.Low > m.CI.High {
				t.Errorf("%s %s: F1 %.3f, CI %+v", ls.Label, name, m.F1, m.CI)
			}
		}
	}
	if num, _ := r.Label(number); num.Overlap.CI.Low == num.Overlap.CI.High {
		t.Errorf("NUMBER interval is a point: %+v", num.Overlap.CI)
	}
	for name, a := range map[string]Average{"strict": r.Macro.Strict, "overlap": r.Macro.Overlap} {
		if a.CI == nil || !a.CI.Contains(a.F1) {
			t.Errorf("macro %s: F1 %.3f, CI %+v", name, a.F1, a.CI)
		}
	}
}

func TestNoBootstrap(t *testing.T) {
	gold, pred := mixedSet()
	r, err := Evaluate(gold, pred, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Bootstrap != nil || r.Labels[0].Overlap.CI != nil || r.Macro.Overlap.CI != nil {
		t.Error("intervals without resampling")
	}
}

func TestCompare(t *testing.T) {
	gold, pred := mixedSet()
	empty := make([]scheme.Record, len(gold))
	for i, g := range gold {
		empty[i] = rec(g.ID)
	}
	tests := []struct {
		name   string
		a, b   []scheme.Record
		label  string
		delta  float64
		ci     Interval
		better float64
	}{
		{"perfect B beats empty A", empty, gold, number, 1, Interval{1, 1}, 1},
		{"perfect B beats empty A on macro", empty, gold, "macro", 1, Interval{1, 1}, 1},
		{"same predictions", pred, pred, number, 0, Interval{0, 0}, 0},
		{"labels unused by both", empty, empty, cue, 0, Interval{0, 0}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Compare(gold, tt.a, tt.b, Options{Bootstrap: 100, Seed: 3})
			if err != nil {
				t.Fatal(err)
			}
			var d Diff
			for _, ld := range c.Labels {
				if ld.Label == tt.label {
					d = ld.Overlap
				}
			}
			if !near(d.Delta, tt.delta) || !near(d.CI.Low, tt.ci.Low) || !near(d.CI.High, tt.ci.High) || !near(d.BBetter, tt.better) {
				t.Errorf("%s: %+v, want delta %v CI %+v P(B>A) %v", tt.label, d, tt.delta, tt.ci, tt.better)
			}
		})
	}
}

func TestCompareInterval(t *testing.T) {
	gold, pred := mixedSet()
	empty := make([]scheme.Record, len(gold))
	for i, g := range gold {
		empty[i] = rec(g.ID)
	}
	c, err := Compare(gold, empty, pred, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if c.Bootstrap.Resamples != DefaultResamples {
		t.Errorf("resamples = %d, want the default %d", c.Bootstrap.Resamples, DefaultResamples)
	}
	for _, ld := range c.Labels {
		if d := ld.Overlap; !d.CI.Contains(d.Delta) || !near(d.Delta, d.B-d.A) {
			t.Errorf("%s: %+v", ld.Label, d)
		}
	}
}

func TestQuantile(t *testing.T) {
	xs := []float64{1, 2, 3, 4, 5}
	tests := []struct{ q, want float64 }{{0, 1}, {0.25, 2}, {0.5, 3}, {0.975, 4.9}, {1, 5}}
	for _, tt := range tests {
		if got := quantile(xs, tt.q); !near(got, tt.want) {
			t.Errorf("quantile(%v) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
