package eval

import (
	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// QuotedOnly returns copies of the records without the speech spans of
// attributions that have no QUOTE: the CUE and SOURCE spans whose
// attribution id no QUOTE span of the same record carries. It adapts
// predictions to gold sets such as the Wikinews quotation corpus that mark
// only attributions with content („warnte vor einer Eskalation“, CUE +
// SOURCE without QUOTE in our scheme, is not annotated there). Spans
// without an attribution id (HEDGE, NUMBER) are kept. The input is not
// modified.
func QuotedOnly(recs []scheme.Record) []scheme.Record {
	out := make([]scheme.Record, len(recs))
	for i, r := range recs {
		quoted := map[int]bool{}
		for _, s := range r.Spans {
			if s.Label == annotate.LabelQuote {
				quoted[s.Attribution] = true
			}
		}
		spans := make([]scheme.RecordSpan, 0, len(r.Spans))
		for _, s := range r.Spans {
			if (s.Label == annotate.LabelCue || s.Label == annotate.LabelSource) && !quoted[s.Attribution] {
				continue
			}
			spans = append(spans, s)
		}
		r.Spans = spans
		out[i] = r
	}
	return out
}
