package eval

import (
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// filler is a text long enough for the offsets in the tests.
var filler = strings.Repeat("abcdefghij", 10)

// span builds a span over filler; text is filled in.
func span(label string, start, end int) scheme.RecordSpan {
	return scheme.RecordSpan{Label: label, Start: start, End: end, Text: filler[start:end]}
}

// rec builds a record over filler.
func rec(id string, spans ...scheme.RecordSpan) scheme.Record {
	return scheme.Record{ID: id, Text: filler, Spans: spans}
}

func ptr(x float64) *float64 { return &x }

const (
	cue    = annotate.LabelCue
	source = annotate.LabelSource
	quote  = annotate.LabelQuote
	hedge  = annotate.LabelHedge
	number = annotate.LabelNumber
)
