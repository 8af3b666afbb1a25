package format

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/eval"
	"github.com/quelle-nlp/quelle/scheme"
)

// docDiff is how one document's prediction differs from its gold record,
// exactly as quelle eval counts it: eval.Evaluate on the pair gives the
// false positives, false negatives and attribute errors (eval's error
// list), eval.AlignLabels the overlap-matched pairs whose boundaries differ.
type docDiff struct {
	pred   []*spanDiff // by predicted span index; nil: no difference
	missed []missedSpan
	counts diffCounts
}

// spanDiff is what is wrong with one predicted span.
type spanDiff struct {
	fp       bool
	matched  bool
	boundary bool
	gold     scheme.RecordSpan // the gold span it was matched to
	attrs    []attrDiff
}

type attrDiff struct{ name, gold, pred string }

// missedSpan is a gold span without a prediction: code points in span,
// bytes in start and end.
type missedSpan struct {
	span       scheme.RecordSpan
	start, end int
}

type spanKey struct {
	label      string
	start, end int
}

// diffDoc compares doc (annotated) with its gold record on labels.
func diffDoc(doc *annotate.Document, gold *scheme.Record, labels []string) (*docDiff, error) {
	if doc.Text != gold.Text {
		return nil, fmt.Errorf("document %q: %w", doc.ID, scheme.ErrTextMismatch)
	}
	pred := scheme.FromDocument(doc, false)
	res, err := eval.Evaluate([]scheme.Record{*gold}, []scheme.Record{pred}, eval.Options{Labels: labels})
	if err != nil {
		return nil, fmt.Errorf("document %q: %w", doc.ID, err)
	}
	rep := res.Errors(nil)
	index := map[spanKey]int{}
	for i, s := range pred.Spans {
		k := spanKey{s.Label, s.Start, s.End}
		if _, ok := index[k]; !ok {
			index[k] = i
		}
	}
	d := &docDiff{pred: make([]*spanDiff, len(pred.Spans))}
	at := func(label string, start, end int) *spanDiff {
		i, ok := index[spanKey{label, start, end}]
		if !ok {
			return &spanDiff{} // cannot happen: eval reports predicted spans
		}
		if d.pred[i] == nil {
			d.pred[i] = &spanDiff{}
		}
		return d.pred[i]
	}
	partner := map[spanKey]scheme.RecordSpan{}
	for _, p := range eval.AlignLabels(gold.Spans, pred.Spans, labels).Pairs {
		partner[spanKey{p.Pred.Label, p.Pred.Start, p.Pred.End}] = p.Gold
		if p.Gold.Start != p.Pred.Start || p.Gold.End != p.Pred.End {
			sd := at(p.Pred.Label, p.Pred.Start, p.Pred.End)
			sd.matched, sd.boundary, sd.gold = true, true, p.Gold
			d.counts.boundary++
		}
	}
	var missedCPs []int
	for _, e := range rep.Spans {
		if e.Kind == "FP" {
			at(e.Label, e.Start, e.End).fp = true
			d.counts.fp++
			continue
		}
		s := findSpan(gold.Spans, e.Label, e.Start, e.End)
		d.missed = append(d.missed, missedSpan{span: s})
		missedCPs = append(missedCPs, e.Start, e.End)
		d.counts.fn++
	}
	bytesOf := cpBytes(doc.Text, missedCPs)
	for i := range d.missed {
		d.missed[i].start, d.missed[i].end = bytesOf[d.missed[i].span.Start], bytesOf[d.missed[i].span.End]
	}
	for _, e := range rep.Attributes {
		sd := at(e.Label, e.PredStart, e.PredEnd)
		sd.matched, sd.gold = true, partner[spanKey{e.Label, e.PredStart, e.PredEnd}]
		sd.attrs = append(sd.attrs, attrDiff{e.Attribute, e.Gold, e.Pred})
		d.counts.attr++
	}
	return d, nil
}

// findSpan returns the first span with label and offsets.
func findSpan(spans []scheme.RecordSpan, label string, start, end int) scheme.RecordSpan {
	for _, s := range spans {
		if s.Label == label && s.Start == start && s.End == end {
			return s
		}
	}
	return scheme.RecordSpan{Label: label, Start: start, End: end}
}

// cpBytes maps code-point offsets into text to byte offsets in one pass.
func cpBytes(text string, cps []int) map[int]int {
	sorted := slices.Clone(cps)
	slices.Sort(sorted)
	m := make(map[int]int, len(sorted))
	pos, n := 0, 0
	for _, c := range sorted {
		for n < c && pos < len(text) {
			_, size := utf8.DecodeRuneInString(text[pos:])
			pos += size
			n++
		}
		m[c] = pos
	}
	return m
}
