package speech

import "github.com/quelle-nlp/quelle/annotate"

// maxTurn is how many sentences one interview turn may run over.
const maxTurn = 15

// interviewTurns reads an interview layout (GUIDELINES §1.6): sentences
// opened by a speaker and a colon („STANDARD: Was ist ein Newsgame?“,
// „Bösch: Ein Newsgame ist …“), at least three of them, one speaker
// named more than once. Each turn is one attribution whose QUOTE runs
// over the turn's sentences up to the next turn (one direct QUOTE: none
// of the writer's words stand between them), also over the reports
// inside the answer („Bösch: Es gibt Leute, die sagen, …“: the inner
// report keeps its CUE and SOURCE). Outside an interview nothing changes.
// The turns are speakerColons' sentences.
func (r *run) interviewTurns(turns []turn) {
	if len(turns) < 3 || !r.repeatedSpeaker(turns) {
		return
	}
	for k, t := range turns {
		last := min(len(r.sent), t.si+maxTurn)
		if k+1 < len(turns) {
			last = min(last, turns[k+1].si)
		}
		r.addTurn(t, last)
	}
}

// turn is a sentence si opened by a speaker and the colon at token col.
type turn struct{ si, col int }

// speakerColons returns the sentences that open with a speaker's noun
// phrase and a colon (turnColon), in order: colonFrames and
// interviewTurns start from them, and most sentences have none.
func (r *run) speakerColons() []turn {
	turns := r.scratch.turns[:0] // reused from document to document
	for si := r.nextColonSentence(0); si < len(r.sent); si = r.nextColonSentence(si + 1) {
		if col := r.turnColon(si); col > 0 {
			turns = append(turns, turn{si, col})
		}
	}
	r.scratch.turns = turns
	return turns
}

// turnColon returns the colon of a sentence that opens with a speaker's
// noun phrase (the speaker test of colonFrames), or -1.
func (r *run) turnColon(si int) int {
	f, l := r.sent[si].First, r.sent[si].Last
	col := r.leadColon(f, l)
	if col <= f || col+1 >= l || r.npAfter(f, col) != col || !r.speakerHead(f, col) || r.subjectPronoun(f) || r.hasNumber(f, col) {
		return -1
	}
	return col
}

// repeatedSpeaker reports a speaker that opens two turns.
func (r *run) repeatedSpeaker(turns []turn) bool {
	for k := 1; k < len(turns) && k < 4; k++ {
		a := turns[k]
		for _, b := range turns[:k] {
			if r.text[r.toks[r.sent[a.si].First].Start:r.toks[a.col].Start] == r.text[r.toks[r.sent[b.si].First].Start:r.toks[b.col].Start] {
				return true
			}
		}
	}
	return false
}

// addTurn makes turn t one attribution whose QUOTE runs from its colon
// to the end of sentence last-1: the colon frame's attribution when
// colonFrames built one, else a new one.
func (r *run) addTurn(t turn, last int) {
	f := r.sent[t.si].First
	end := r.sent[last-1].Last
	var at *att
	for k := len(r.atts) - 1; k >= 0 && at == nil; k-- {
		r.steps++
		a := r.atts[k]
		if a.sent == t.si && len(a.cues) == 0 && len(a.sources) == 1 && a.sources[0].rule == ruleColon {
			at = a
		}
	}
	if at == nil {
		at = r.att(t.si)
		r.addSource(at, f, t.col, ruleColon)
		r.atts = append(r.atts, at)
	}
	at.quotes = at.quotes[:0]
	if q := r.regionStartingAt(t.col + 1); q >= 0 && last == t.si+1 {
		r.addRegionQuote(at, q, ruleColon)
		return
	}
	l := r.sent[t.si].Last
	mode := annotate.ModeDirect
	if r.modeOfColon(t.col+1, l) == annotate.ModeIndirect && last == t.si+1 {
		mode = annotate.ModeIndirect
	}
	r.addQuote(at, t.col+1, end, mode, ruleColon)
}
