package eval

import (
	"cmp"
	"slices"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// ErrorReport lists every false positive and false negative under overlap
// matching, and every attribute mismatch on matched pairs, grouped by label
// (report order), then by kind, document (gold order) and position.
type ErrorReport struct {
	Spans      []SpanError `json:"spans"`
	Attributes []AttrError `json:"attributes"`
}

// Context is the sentence around a span, plain and with the span marked
// ⟦like this⟧. A span crossing sentences gets all the sentences it touches.
type Context struct {
	Sentence string `json:"sentence"`
	Marked   string `json:"marked"`
}

// SpanError is a false positive (a prediction without an overlap match) or
// a false negative (a gold span without one). Offsets are code points.
type SpanError struct {
	Kind  string `json:"kind"` // "FP" or "FN"
	Label string `json:"label"`
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Rule  string `json:"rule,omitempty"` // provenance of a predicted span
	Context
}

// AttrError is an attribute on which an overlap-matched pair disagrees.
// Start, End and Text are the gold span's; Gold and Pred the two values.
type AttrError struct {
	Label     string `json:"label"`
	Attribute string `json:"attribute"`
	Doc       string `json:"doc"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	PredStart int    `json:"pred_start"`
	PredEnd   int    `json:"pred_end"`
	PredText  string `json:"pred_text"`
	Gold      string `json:"gold"`
	Pred      string `json:"pred"`
	Rule      string `json:"rule,omitempty"`
	Context
}

// Errors lists the result's errors. Sentences come from tok (quelle's
// German tokenizer, annotate.NewGerman); with a nil tok the context is
// the span alone.
func (r *Result) Errors(tok annotate.Tokenizer) *ErrorReport {
	rep := &ErrorReport{Spans: []SpanError{}, Attributes: []AttrError{}}
	for _, d := range r.docs {
		ctx := newContexter(d.text, tok)
		for _, s := range d.align.FP {
			rep.Spans = append(rep.Spans, spanError("FP", d.id, s, s.Rule, ctx))
		}
		for _, s := range d.align.FN {
			rep.Spans = append(rep.Spans, spanError("FN", d.id, s, "", ctx))
		}
		for _, m := range d.mismatches {
			m.Context = ctx.around(m.Start, m.End)
			rep.Attributes = append(rep.Attributes, m)
		}
	}
	slices.SortStableFunc(rep.Spans, func(a, b SpanError) int {
		return cmp.Or(cmp.Compare(labelRank(a.Label), labelRank(b.Label)), -cmp.Compare(a.Kind, b.Kind))
	})
	slices.SortStableFunc(rep.Attributes, func(a, b AttrError) int {
		return cmp.Compare(labelRank(a.Label), labelRank(b.Label))
	})
	return rep
}

func spanError(kind, doc string, s scheme.RecordSpan, rule string, ctx contexter) SpanError {
	return SpanError{Kind: kind, Label: s.Label, Doc: doc, Start: s.Start, End: s.End, Text: s.Text,
		Rule: rule, Context: ctx.around(s.Start, s.End)}
}

// cpRange is a range of code points.
type cpRange struct{ start, end int }

// contexter finds the sentences around spans of one document.
type contexter struct {
	runes []rune
	sents []cpRange
}

func newContexter(text string, tok annotate.Tokenizer) contexter {
	c := contexter{runes: []rune(text)}
	if tok != nil {
		_, sents := tok.Tokenize(text)
		ranges := make([][2]int, len(sents))
		for i, s := range sents {
			ranges[i] = [2]int{s.Start, s.End}
		}
		c.sents = codePoints(text, ranges)
	}
	return c
}

// codePoints converts byte ranges into text to code-point ranges.
func codePoints(text string, ranges [][2]int) []cpRange {
	offs := make([]int, 0, 2*len(ranges))
	for _, r := range ranges {
		offs = append(offs, r[0], r[1])
	}
	m := scheme.NewOffsetMap(text, offs, scheme.CodePoints)
	out := make([]cpRange, len(ranges))
	for i, r := range ranges {
		out[i] = cpRange{m.At(r[0]), m.At(r[1])}
	}
	return out
}

// around returns the sentences touched by [start, end).
func (c contexter) around(start, end int) Context {
	n := len(c.runes)
	start, end = min(max(start, 0), n), min(max(end, 0), n) // in-memory records are not validated
	end = max(start, end)
	from, to := start, end
	for _, s := range c.sents {
		if s.start < end && start < s.end {
			from, to = min(from, s.start), max(to, s.end)
		}
	}
	return Context{
		Sentence: string(c.runes[from:to]),
		Marked:   string(c.runes[from:start]) + "⟦" + string(c.runes[start:end]) + "⟧" + string(c.runes[end:to]),
	}
}
