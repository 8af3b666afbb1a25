package eval

import (
	"math/rand/v2"
	"slices"

	"github.com/quelle-nlp/quelle/scheme"
)

// DefaultResamples is the number of bootstrap resamples the CLI uses.
const DefaultResamples = 1000

// confidence is the level of every interval.
const confidence = 0.95

// pcgStream is the second PCG seed word; fixed so that Seed alone decides.
const pcgStream = 0x9e3779b97f4a7c15

// draws calls f with n resamples of nDocs document indices drawn with
// replacement. The generator is seeded with seed, so the sequence is
// reproducible.
func draws(nDocs, n int, seed uint64, f func(idx []int)) {
	rng := rand.New(rand.NewPCG(seed, pcgStream))
	idx := make([]int, nDocs)
	for range n {
		for i := range idx {
			idx[i] = rng.IntN(nDocs)
		}
		f(idx)
	}
}

// f1s returns, for the documents idx (repetitions allowed), the strict and
// overlap F1 of every label followed by the macro F1 over r.Macro.Labels.
func (r *Result) f1s(idx []int) (strict, overlap []float64) {
	n := len(r.Labels)
	strict, overlap = make([]float64, n+1), make([]float64, n+1)
	for k := range n {
		var s, o Counts
		for _, i := range idx {
			s.add(r.docs[i].strict[k])
			o.add(r.docs[i].overlap[k])
		}
		strict[k], overlap[k] = s.F1(), o.F1()
	}
	strict[n], overlap[n] = r.macroOf(strict[:n]), r.macroOf(overlap[:n])
	return strict, overlap
}

// macroOf averages the F1s of the labels in r.Macro.Labels.
func (r *Result) macroOf(f1 []float64) float64 {
	if len(r.Macro.Labels) == 0 {
		return 1
	}
	sum := 0.0
	for k, ls := range r.Labels {
		if slices.Contains(r.Macro.Labels, ls.Label) {
			sum += f1[k]
		}
	}
	return sum / float64(len(r.Macro.Labels))
}

// samples collects one column per label (plus macro) over the resamples.
type samples [][]float64

func (s samples) add(v []float64) {
	for k, x := range v {
		s[k] = append(s[k], x)
	}
}

func newSamples(n, resamples int) samples {
	s := make(samples, n)
	for k := range s {
		s[k] = make([]float64, 0, resamples)
	}
	return s
}

// bootstrap sets the F1 intervals of every label and of the macro average.
func (r *Result) bootstrap(n int, seed uint64) {
	strict, overlap := newSamples(len(r.Labels)+1, n), newSamples(len(r.Labels)+1, n)
	draws(len(r.docs), n, seed, func(idx []int) {
		s, o := r.f1s(idx)
		strict.add(s)
		overlap.add(o)
	})
	for k := range r.Labels {
		r.Labels[k].Strict.CI = interval(strict[k])
		r.Labels[k].Overlap.CI = interval(overlap[k])
	}
	m := len(r.Labels)
	r.Macro.Strict.CI, r.Macro.Overlap.CI = interval(strict[m]), interval(overlap[m])
	r.Bootstrap = &BootstrapInfo{Resamples: n, Seed: seed, Confidence: confidence}
}

// interval is the percentile interval of xs at the confidence level.
func interval(xs []float64) *Interval {
	sorted := slices.Sorted(slices.Values(xs))
	tail := (1 - confidence) / 2
	return &Interval{Low: quantile(sorted, tail), High: quantile(sorted, 1-tail)}
}

// quantile interpolates linearly between order statistics (R's type 7).
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	h := q * float64(len(sorted)-1)
	i := int(h)
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (h-float64(i))*(sorted[i+1]-sorted[i])
}

// Comparison is a paired bootstrap comparison of two prediction sets A and
// B on the same gold set.
type Comparison struct {
	Bootstrap BootstrapInfo `json:"bootstrap"`
	A         *Result       `json:"a"`
	B         *Result       `json:"b"`
	// Labels holds one row per label, then one labelled "macro".
	Labels []LabelDiff `json:"labels"`
}

// LabelDiff compares the F1 of A and B on one label.
type LabelDiff struct {
	Label   string `json:"label"`
	Strict  Diff   `json:"strict"`
	Overlap Diff   `json:"overlap"`
}

// Diff is the F1 difference B−A with its 95% interval over paired
// resamples and the fraction of resamples in which B scored higher.
type Diff struct {
	A       float64  `json:"f1_a"`
	B       float64  `json:"f1_b"`
	Delta   float64  `json:"delta"`
	CI      Interval `json:"delta_ci"`
	BBetter float64  `json:"p_b_better"`
}

// Compare scores a and b against gold and runs a paired bootstrap: each
// resample draws the same documents for both. opt.Bootstrap 0 means
// DefaultResamples.
func Compare(gold, a, b []scheme.Record, opt Options) (*Comparison, error) {
	if opt.Bootstrap <= 0 {
		opt.Bootstrap = DefaultResamples
	}
	ra, err := Evaluate(gold, a, opt)
	if err != nil {
		return nil, err
	}
	rb, err := Evaluate(gold, b, opt)
	if err != nil {
		return nil, err
	}
	c := &Comparison{Bootstrap: BootstrapInfo{Resamples: opt.Bootstrap, Seed: opt.Seed, Confidence: confidence}, A: ra, B: rb}
	c.diff(opt.Bootstrap, opt.Seed)
	return c, nil
}

// diff fills c.Labels from paired resamples.
func (c *Comparison) diff(n int, seed uint64) {
	m := len(c.A.Labels) + 1
	strict, overlap := newSamples(m, n), newSamples(m, n)
	if len(c.A.docs) > 0 {
		draws(len(c.A.docs), n, seed, func(idx []int) {
			sa, oa := c.A.f1s(idx)
			sb, ob := c.B.f1s(idx)
			strict.add(subtract(sb, sa))
			overlap.add(subtract(ob, oa))
		})
	}
	pointA := pointF1s(c.A)
	pointB := pointF1s(c.B)
	for k := range m {
		label := "macro"
		if k < len(c.A.Labels) {
			label = c.A.Labels[k].Label
		}
		c.Labels = append(c.Labels, LabelDiff{Label: label,
			Strict:  newDiff(pointA[0][k], pointB[0][k], strict[k]),
			Overlap: newDiff(pointA[1][k], pointB[1][k], overlap[k])})
	}
}

// pointF1s returns the strict and overlap F1 of every label, then macro.
func pointF1s(r *Result) [2][]float64 {
	var p [2][]float64
	for _, ls := range r.Labels {
		p[0] = append(p[0], ls.Strict.F1)
		p[1] = append(p[1], ls.Overlap.F1)
	}
	p[0] = append(p[0], r.Macro.Strict.F1)
	p[1] = append(p[1], r.Macro.Overlap.F1)
	return p
}

func newDiff(a, b float64, deltas []float64) Diff {
	d := Diff{A: a, B: b, Delta: b - a, CI: Interval{Low: b - a, High: b - a}}
	if len(deltas) == 0 {
		return d
	}
	d.CI = *interval(deltas)
	better := 0
	for _, x := range deltas {
		if x > 0 {
			better++
		}
	}
	d.BBetter = float64(better) / float64(len(deltas))
	return d
}

func subtract(b, a []float64) []float64 {
	d := make([]float64, len(a))
	for i := range a {
		d[i] = b[i] - a[i]
	}
	return d
}
