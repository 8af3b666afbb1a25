package eval

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// AttrScore is the accuracy of one attribute on overlap-matched pairs.
type AttrScore struct {
	Label     string `json:"label"`
	Attribute string `json:"attribute"`
	Correct   int    `json:"correct"`
	Total     int    `json:"total"`
	// Accuracy is Correct/Total, nil (null) when Total is 0.
	Accuracy *float64 `json:"accuracy"`
}

// verdict is the judgement of one attribute on one matched pair.
type verdict struct {
	scored, ok bool
	gold, pred string // the values, for error listings
}

// attrCheck scores one attribute of one label.
type attrCheck struct {
	label, name string
	judge       func(d *docResult, p Pair) verdict
}

// attrChecks is the table of scored attributes, in report order.
func attrChecks() []attrCheck {
	return []attrCheck{
		{annotate.LabelCue, "lemma", judgeString(func(s scheme.RecordSpan) string { return s.Lemma })},
		{annotate.LabelCue, "attribution", judgeAttribution},
		{annotate.LabelQuote, "mode", judgeString(func(s scheme.RecordSpan) string { return s.Mode })},
		{annotate.LabelHedge, "type", judgeString(func(s scheme.RecordSpan) string { return s.Type })},
		{annotate.LabelNumber, "value", judgeValue},
		{annotate.LabelNumber, "kind", judgeString(func(s scheme.RecordSpan) string { return s.Kind })},
	}
}

// scoreAttributes fills r.Attributes and each document's mismatches.
func (r *Result) scoreAttributes(labels []string) {
	r.Attributes = []AttrScore{}
	for _, c := range attrChecks() {
		if !slices.Contains(labels, c.label) {
			continue
		}
		s := AttrScore{Label: c.label, Attribute: c.name}
		for i := range r.docs {
			r.docs[i].judge(c, &s)
		}
		if s.Total > 0 {
			acc := float64(s.Correct) / float64(s.Total)
			s.Accuracy = &acc
		}
		r.Attributes = append(r.Attributes, s)
	}
}

// judge applies c to the document's matched pairs, counting into s and
// recording mismatches.
func (d *docResult) judge(c attrCheck, s *AttrScore) {
	for _, p := range d.align.Pairs {
		if p.Gold.Label != c.label {
			continue
		}
		v := c.judge(d, p)
		if !v.scored {
			continue
		}
		s.Total++
		if v.ok {
			s.Correct++
			continue
		}
		d.mismatches = append(d.mismatches, AttrError{
			Label: c.label, Attribute: c.name, Doc: d.id,
			Start: p.Gold.Start, End: p.Gold.End, Text: p.Gold.Text,
			PredStart: p.Pred.Start, PredEnd: p.Pred.End, PredText: p.Pred.Text,
			Gold: v.gold, Pred: v.pred, Rule: p.Pred.Rule,
		})
	}
}

// judgeString compares a string attribute; pairs whose gold value is
// empty are not scored.
func judgeString(get func(scheme.RecordSpan) string) func(*docResult, Pair) verdict {
	return func(_ *docResult, p Pair) verdict {
		g, pr := get(p.Gold), get(p.Pred)
		return verdict{scored: g != "", ok: g == pr, gold: g, pred: pr}
	}
}

func judgeValue(_ *docResult, p Pair) verdict {
	return verdict{scored: true, ok: SameValue(p.Gold.Value, p.Pred.Value), gold: formatValue(p.Gold.Value), pred: formatValue(p.Pred.Value)}
}

// SameValue reports whether two NUMBER values are equal: both null, or
// equal within 1e-9 relative to the larger magnitude.
func SameValue(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-9*max(math.Abs(*a), math.Abs(*b))
}

func formatValue(v *float64) string {
	if v == nil {
		return "null"
	}
	return strconv.FormatFloat(*v, 'g', -1, 64)
}

// judgeAttribution checks that a SOURCE of the predicted CUE's attribution
// overlaps a SOURCE of the gold CUE's attribution. Gold CUEs whose
// attribution has no SOURCE are not scored.
func judgeAttribution(d *docResult, p Pair) verdict {
	gs := sources(d.gold, p.Gold.Attribution)
	if len(gs) == 0 {
		return verdict{}
	}
	ps := sources(d.pred, p.Pred.Attribution)
	v := verdict{scored: true, gold: spanTexts(gs), pred: spanTexts(ps)}
	for _, g := range gs {
		for _, s := range ps {
			v.ok = v.ok || overlap(g, s) > 0
		}
	}
	return v
}

// sources returns the SOURCE spans of attribution id (none for id 0).
func sources(spans []scheme.RecordSpan, id int) []scheme.RecordSpan {
	var out []scheme.RecordSpan
	for _, s := range spans {
		if id != 0 && s.Label == annotate.LabelSource && s.Attribution == id {
			out = append(out, s)
		}
	}
	return out
}

func spanTexts(spans []scheme.RecordSpan) string {
	if len(spans) == 0 {
		return "(no SOURCE)"
	}
	texts := make([]string, len(spans))
	for i, s := range spans {
		texts[i] = s.Text
	}
	return strings.Join(texts, " | ")
}
