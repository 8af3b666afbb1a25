package hedge

import (
	"cmp"
	"slices"
	"sort"

	"github.com/quelle-nlp/quelle/annotate"
)

// unnamed decides a hearsay phrase („Berichten zufolge“, „laut
// Medienberichten“, „nach Schätzungen“) over the tokens [i, end): a hedge
// unless a named source goes with it. A source is named when a possessive
// stands before the phrase („seinen Berichten zufolge“), when a genitive or
// „von“ follows a phrase that ends in its noun („nach Schätzungen der
// US-Regierung“), or when the speech layer links the phrase's CUE to a
// named SOURCE (see namedBySpeech).
func (r *run) unnamed(i, end int) outcome {
	if r.has(i-1, cPossessive) {
		return oNone
	}
	if r.upper(end-1) && (r.has(end, cGenitive) || r.genitiveAdjective(end)) {
		return oNone
	}
	if r.namedBySpeech(i, end) {
		return oNone
	}
	return oUnnamed
}

// genitiveAdjective reports whether a genitive plural without article
// starts at token k: an adjective in -er and a noun („nach Schätzungen
// französischer Behörden“).
func (r *run) genitiveAdjective(k int) bool {
	if k+1 >= r.last || !r.isWord(k) || r.upper(k) || !r.isWord(k+1) || !r.upper(k+1) {
		return false
	}
	t := r.tok(k)
	return len(t) > 3 && t[len(t)-2:] == "er"
}

// impersonal decides „heißt es“ / „Es heißt“ over the tokens [i, end): an
// evidential hedge when its own sentence names no source. A source is
// named by a prepositional phrase right after it („heißt es in der
// Erklärung“, „hieß es aus dem Ministerium“), by the prefield before it
// („Darin heißt es“, „In dem Bericht heißt es“, also across a relative
// clause: „In einer Mitteilung, die sein Büro verbreitete, hieß es“), or
// by the speech layer, when the CUE over the phrase has a SOURCE in the
// same sentence that is not an anonymous one („Berichten“, „Kreisen“).
// „Jetzt heißt es abwarten“ (an infinitive after it), „Was heißt es …“
// and „Es heißt X“ without a comma or colon (= it is called X) are no
// reports.
func (r *run) impersonal(i, end int) outcome {
	if r.has(end, cSourceAfter) {
		return oNone
	}
	if t := r.tok(i); (t == "es" || t == "Es") && !r.boundary(end) {
		return oNone // „Es heißt natürlich St. Leonhard“: a name, not a report
	}
	if end < r.last && r.isWord(end) && !r.upper(end) && r.infinitive(end) && !r.has(end, cSourceAfter) {
		return oNone
	}
	if r.prefieldSource(i) {
		return oNone
	}
	if r.namedBySpeech(i, end) {
		return oNone
	}
	return oUnnamed
}

// prefieldSource reports whether the clause before the phrase at token i
// names a source: it starts with a word of class source-before („Darin
// heißt es“, „in der es heißt“), or it is a relative clause after such a
// phrase.
func (r *run) prefieldSource(i int) bool {
	p := i - 1
	if p < r.first {
		return false
	}
	if !r.boundary(p) {
		cs := r.clauseStart(i)
		return r.has(cs, cSourceBefore|cMeaning)
	}
	if r.tok(p) != "," {
		return false
	}
	rel := r.clauseStart(p)
	if !r.has(rel, cRelative) || rel-1 < r.first || r.tok(rel-1) != "," {
		return false
	}
	return r.has(r.clauseStart(rel-1), cSourceBefore)
}

// speechIndex holds the speech layer's spans of a document, sorted.
type speechIndex struct {
	cues    []annotate.Span // by start
	sources []annotate.Span // by start
	byAttr  []annotate.Span // sources by attribution, then start
}

// speechSpans indexes the CUE and SOURCE spans on first use.
func (r *run) speechSpans() *speechIndex {
	if r.speech != nil {
		return r.speech
	}
	x := &r.sc.speech
	for _, sp := range r.doc.Spans[:r.nspans] {
		switch sp.Label {
		case annotate.LabelCue:
			x.cues = append(x.cues, sp)
		case annotate.LabelSource:
			x.sources = append(x.sources, sp)
		}
	}
	// slices' sorts run the same algorithms as sort.Slice and
	// sort.SliceStable without their reflection (and its allocations)
	byStart := func(a, b annotate.Span) int { return cmp.Compare(a.Start, b.Start) }
	slices.SortFunc(x.cues, byStart)
	slices.SortFunc(x.sources, byStart)
	x.byAttr = append(x.byAttr[:0], x.sources...)
	slices.SortStableFunc(x.byAttr, func(a, b annotate.Span) int { return cmp.Compare(a.Attribution, b.Attribution) })
	r.speech = x
	return x
}

// overlapping returns the spans of s (sorted by start, not overlapping each
// other) that share a byte with [start, end).
func overlapping(s []annotate.Span, start, end int) []annotate.Span {
	hi := sort.Search(len(s), func(k int) bool { return s[k].Start >= end })
	lo := hi
	for lo > 0 && s[lo-1].End > start {
		lo--
	}
	return s[lo:hi]
}

// namedBySpeech reports whether the speech layer names the source of the
// phrase over the tokens [from, to): a CUE overlapping the phrase has, in
// the same sentence, a SOURCE of its attribution that is not anonymous. A
// SOURCE inside the phrase is the phrase's own anonymous noun
// („Berichten“ in „Berichten zufolge“); one whose last word is of class
// anonymous („aus informierten Kreisen“, an over-long „Medienberichten
// Informationen“) names nobody either.
func (r *run) namedBySpeech(from, to int) bool {
	x := r.speechSpans()
	start, end := r.toks[from].Start, r.toks[to-1].End
	sentStart, sentEnd := r.toks[r.first].Start, r.toks[r.last-1].End
	for _, cue := range overlapping(x.cues, start, end) {
		if cue.Attribution == 0 {
			continue
		}
		k := sort.Search(len(x.byAttr), func(k int) bool { return x.byAttr[k].Attribution >= cue.Attribution })
		for ; k < len(x.byAttr) && x.byAttr[k].Attribution == cue.Attribution; k++ {
			src := x.byAttr[k]
			if src.Start < sentStart || src.End > sentEnd {
				continue
			}
			if (src.Start >= start && src.End <= end) || r.anonymous(src) {
				continue
			}
			return true
		}
	}
	return false
}

// anonymous reports whether a SOURCE span is an anonymous source: its last
// word is of class anonymous („Berichten“, „informierten Kreisen“).
func (r *run) anonymous(src annotate.Span) bool {
	text := r.text[src.Start:src.End]
	k := len(text)
	for k > 0 && text[k-1] != ' ' {
		k--
	}
	id, ok := r.s.table.find(text[k:])
	return ok && r.s.info[id].class&cAnonymous != 0
}
