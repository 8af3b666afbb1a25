package eval

import (
	"fmt"
	"slices"

	"github.com/quelle-nlp/quelle/scheme"
)

// Options configure Evaluate and Compare.
type Options struct {
	// Labels restricts scoring to these labels; empty means all.
	Labels []string
	// Bootstrap is the number of resamples for confidence intervals; 0
	// means no intervals (Compare uses DefaultResamples then).
	Bootstrap int
	// Seed seeds the resampling.
	Seed uint64
}

// Result is the score of a prediction set against a gold set.
type Result struct {
	// Documents is the number of gold documents scored.
	Documents int `json:"documents"`
	// Missing lists gold documents without a prediction (scored as
	// predicting nothing); Ignored lists predicted documents not in gold.
	Missing []string `json:"missing_predictions"`
	Ignored []string `json:"ignored_predictions"`
	// Labels holds one score per selected label, in report order.
	Labels     []LabelScore   `json:"labels"`
	Macro      Macro          `json:"macro"`
	Attributes []AttrScore    `json:"attributes"`
	Bootstrap  *BootstrapInfo `json:"bootstrap,omitempty"`

	docs []docResult
}

// LabelScore is the score of one label, summed over all documents.
type LabelScore struct {
	Label   string  `json:"label"`
	Gold    int     `json:"gold"` // gold spans (identical spans once)
	Pred    int     `json:"pred"` // predicted spans (identical spans once)
	Strict  Metrics `json:"strict"`
	Overlap Metrics `json:"overlap"`
}

// Macro is the macro average over the labels with at least one gold or
// predicted span.
type Macro struct {
	Labels  []string `json:"labels"`
	Strict  Average  `json:"strict"`
	Overlap Average  `json:"overlap"`
}

// BootstrapInfo describes the resampling behind the confidence intervals.
type BootstrapInfo struct {
	Resamples  int     `json:"resamples"`
	Seed       uint64  `json:"seed"`
	Confidence float64 `json:"confidence"`
}

// Label returns the score of label, if it was scored.
func (r *Result) Label(label string) (LabelScore, bool) {
	i := slices.IndexFunc(r.Labels, func(s LabelScore) bool { return s.Label == label })
	if i < 0 {
		return LabelScore{}, false
	}
	return r.Labels[i], true
}

// docResult is the matching of one document.
type docResult struct {
	id, text   string
	gold, pred []scheme.RecordSpan // all labels, deduplicated, sorted
	align      Alignment           // selected labels only
	strict     []Counts            // per selected label
	overlap    []Counts
	mismatches []AttrError
}

// Evaluate scores pred against gold (see the package documentation for
// the rules). Documents are paired by id; it fails on duplicate ids, on a
// prediction whose text differs from its gold text and on unknown labels
// in opt.Labels.
func Evaluate(gold, pred []scheme.Record, opt Options) (*Result, error) {
	labels, err := normLabels(opt.Labels)
	if err != nil {
		return nil, err
	}
	pairs, err := pairDocs(gold, pred)
	if err != nil {
		return nil, err
	}
	r := &Result{Documents: len(pairs.docs), Missing: pairs.missing, Ignored: pairs.ignored}
	for _, p := range pairs.docs {
		r.docs = append(r.docs, scoreDoc(p.gold, p.pred, labels))
	}
	r.tally(labels)
	r.scoreAttributes(labels)
	if opt.Bootstrap > 0 && len(r.docs) > 0 {
		r.bootstrap(opt.Bootstrap, opt.Seed)
	}
	return r, nil
}

// docPair is a gold document and its prediction (nil if there is none).
type docPair struct {
	gold *scheme.Record
	pred *scheme.Record
}

type pairing struct {
	docs             []docPair
	missing, ignored []string
}

// pairDocs pairs documents by id, in gold order.
func pairDocs(gold, pred []scheme.Record) (*pairing, error) {
	predByID, err := indexByID(pred, "predictions")
	if err != nil {
		return nil, err
	}
	goldByID, err := indexByID(gold, "gold")
	if err != nil {
		return nil, err
	}
	p := &pairing{missing: []string{}, ignored: []string{}}
	for i := range gold {
		g, pr := &gold[i], predByID[gold[i].ID]
		if pr != nil && pr.Text != g.Text {
			return nil, fmt.Errorf("document %q: %w", g.ID, scheme.ErrTextMismatch)
		}
		if pr == nil {
			p.missing = append(p.missing, g.ID)
		}
		p.docs = append(p.docs, docPair{g, pr})
	}
	for _, r := range pred {
		if goldByID[r.ID] == nil {
			p.ignored = append(p.ignored, r.ID)
		}
	}
	return p, nil
}

func indexByID(recs []scheme.Record, set string) (map[string]*scheme.Record, error) {
	m := make(map[string]*scheme.Record, len(recs))
	for i := range recs {
		if m[recs[i].ID] != nil {
			return nil, fmt.Errorf("%s: %w %q", set, scheme.ErrDuplicateID, recs[i].ID)
		}
		m[recs[i].ID] = &recs[i]
	}
	return m, nil
}

// scoreDoc matches one document; pred may be nil.
func scoreDoc(gold, pred *scheme.Record, labels []string) docResult {
	d := docResult{id: gold.ID, text: gold.Text, gold: dedupe(gold.Spans)}
	if pred != nil {
		d.pred = dedupe(pred.Spans)
	}
	d.align = AlignLabels(d.gold, d.pred, labels)
	d.strict, d.overlap = make([]Counts, len(labels)), make([]Counts, len(labels))
	for i, l := range labels {
		d.strict[i], d.overlap[i] = d.align.counts(l)
	}
	return d
}

// counts returns the strict and overlap counts of one label.
func (a Alignment) counts(label string) (strict, overlap Counts) {
	tp, fp, fn := countLabel(a.Pairs, label), countSpans(a.FP, label), countSpans(a.FN, label)
	stp := countLabel(a.Strict, label)
	strict = Counts{TP: stp, FP: tp + fp - stp, FN: tp + fn - stp}
	return strict, Counts{TP: tp, FP: fp, FN: fn}
}

func countLabel(pairs []Pair, label string) int {
	n := 0
	for _, p := range pairs {
		if p.Gold.Label == label {
			n++
		}
	}
	return n
}

func countSpans(spans []scheme.RecordSpan, label string) int {
	n := 0
	for _, s := range spans {
		if s.Label == label {
			n++
		}
	}
	return n
}

func ofLabels(spans []scheme.RecordSpan, labels []string) []scheme.RecordSpan {
	var out []scheme.RecordSpan
	for _, s := range spans {
		if slices.Contains(labels, s.Label) {
			out = append(out, s)
		}
	}
	return out
}

// tally sums the documents' counts into r.Labels and r.Macro.
func (r *Result) tally(labels []string) {
	r.Labels = make([]LabelScore, len(labels))
	for i, l := range labels {
		var s, o Counts
		for _, d := range r.docs {
			s.add(d.strict[i])
			o.add(d.overlap[i])
		}
		r.Labels[i] = LabelScore{Label: l, Gold: o.TP + o.FN, Pred: o.TP + o.FP, Strict: s.Metrics(), Overlap: o.Metrics()}
	}
	r.Macro = Macro{Labels: []string{}}
	var strict, overlap []Metrics
	for _, ls := range r.Labels {
		if !ls.Overlap.empty() {
			r.Macro.Labels = append(r.Macro.Labels, ls.Label)
			strict, overlap = append(strict, ls.Strict), append(overlap, ls.Overlap)
		}
	}
	r.Macro.Strict, r.Macro.Overlap = average(strict), average(overlap)
}

// average is the mean of the metrics; 1 for none (nothing to find).
func average(ms []Metrics) Average {
	if len(ms) == 0 {
		return Average{Precision: 1, Recall: 1, F1: 1}
	}
	var a Average
	for _, m := range ms {
		a.Precision += m.Precision
		a.Recall += m.Recall
		a.F1 += m.F1
	}
	n := float64(len(ms))
	return Average{Precision: a.Precision / n, Recall: a.Recall / n, F1: a.F1 / n}
}
