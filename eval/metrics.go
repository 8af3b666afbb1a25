package eval

// Counts are the true positives, false positives and false negatives of
// one label under one kind of matching.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

func (c *Counts) add(d Counts) {
	c.TP += d.TP
	c.FP += d.FP
	c.FN += d.FN
}

// empty reports a label with neither gold nor predicted spans.
func (c Counts) empty() bool { return c.TP+c.FP+c.FN == 0 }

// Precision is TP/(TP+FP): 0 without predictions, 1 if there are no gold
// spans either.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP, c.empty()) }

// Recall is TP/(TP+FN): 0 without gold spans, 1 if there are no
// predictions either.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN, c.empty()) }

// F1 is the harmonic mean of precision and recall, 2TP/(2TP+FP+FN): 0 when
// TP is 0, 1 when there are neither gold nor predicted spans.
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN, c.empty()) }

func ratio(n, d int, empty bool) float64 {
	if d == 0 {
		if empty {
			return 1
		}
		return 0
	}
	return float64(n) / float64(d)
}

// Metrics are a label's counts and scores under one kind of matching.
type Metrics struct {
	Counts
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// CI is the 95% bootstrap interval of F1; nil without resampling.
	CI *Interval `json:"f1_ci,omitempty"`
}

// Metrics computes precision, recall and F1 from the counts.
func (c Counts) Metrics() Metrics {
	return Metrics{Counts: c, Precision: c.Precision(), Recall: c.Recall(), F1: c.F1()}
}

// Average is a macro average over labels.
type Average struct {
	Precision float64   `json:"precision"`
	Recall    float64   `json:"recall"`
	F1        float64   `json:"f1"`
	CI        *Interval `json:"f1_ci,omitempty"`
}

// Interval is a confidence interval.
type Interval struct {
	Low  float64 `json:"low"`
	High float64 `json:"high"`
}

// Contains reports whether x lies in the interval (bounds included, with a
// tolerance for rounding).
func (iv Interval) Contains(x float64) bool {
	const eps = 1e-12
	return iv.Low-eps <= x && x <= iv.High+eps
}
