package numbers

import (
	"math"

	"github.com/quelle-nlp/quelle/annotate"
)

// This file collects the NUMBER spans of one Annotate call and adds them
// to the document in one step (one allocation).

// add records a NUMBER span; flush adds the recorded spans to the document.
func (r *numberRun) add(start, end int, value float64, kind, rule string) {
	if kind == KindVague {
		value = 0
	} else if !finite(value) {
		return // a numeral beyond float64 ("2" and 400 zeros) gets no span
	}
	if r.npend == len(r.pend) {
		r.flush()
	}
	r.pend[r.npend] = annotate.Span{Label: annotate.LabelNumber, Start: start, End: end, Value: value, Kind: kind, Rule: rule}
	r.npend++
}

// flush appends the pending spans to doc.Spans, with one allocation if
// they do not fit.
func (r *numberRun) flush() {
	pend := r.pend[:r.npend]
	spans := r.doc.Spans
	if cap(spans)-len(spans) < len(pend) {
		grown := make([]annotate.Span, len(spans), 2*len(spans)+len(pend)) // amortised: pend holds 32
		copy(grown, spans)
		spans = grown
	}
	r.doc.Spans = append(spans, pend...)
	r.npend = 0
}

// emit records the span of a combined numeral.
func (r *numberRun) emit(c combo) {
	rule := c.pos
	if rule == "" {
		rule = c.rule
	}
	end := r.toks[c.end-1].End
	if last := c.end - 1; r.toks[last].Kind == annotate.Word && r.atom(last).abbr && r.dotAfter(last) {
		end++ // "10 Mill." where the tokenizer left the dot alone
	}
	r.add(r.toks[c.start].Start, end, c.value, c.kind, rule)
}

// finite reports a value JSON can hold.
func finite(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }

// emitPieces records the NUMBERs of a digit token that starts at byte base.
func (r *numberRun) emitPieces(base int, p *digitParse) {
	for _, pc := range p.pieces[:p.n] {
		tag := pieceTags[pc.tag]
		r.add(base+int(pc.start), base+int(pc.end), pc.value, tag.kind, tag.rule)
	}
}
