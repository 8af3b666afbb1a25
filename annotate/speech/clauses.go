package speech

import "github.com/quelle-nlp/quelle/annotate"

// mainClauseIn reports a main clause among the clauses of [qs, e): a
// clause that does not open with a subordinator or w-word and whose
// finite verb is not its last word (verb second: „Uwe Böhnhardt war
// jedoch strikt dagegen, da er …“), or that opens with its finite verb
// after a fronted clause („Wenn das … reicht, gibt es …, wo …“). A
// fronted adverbial or relative clause alone („Während …“, „Was den Fall
// betrifft“, „die den Täter suchte“) has its verb last and is none.
//
// Before an inverted cue („…, sagte X“) such a clause is reported words,
// not the Vorfeld of the cue.
func (r *run) mainClauseIn(qs, e int) bool {
	for k := qs; k < e && k < qs+maxReach; {
		j := k
		for j < e && !r.clauseEdge(j) && !r.isFinal(j) {
			j++
		}
		r.steps += j - k + 1
		if r.mainClause(k, j) {
			return true
		}
		k = j + 1
	}
	return false
}

// mainClause reports that the clause [k, j) is a main clause (see
// mainClauseIn).
func (r *run) mainClause(k, j int) bool {
	for k < j && (r.tf[k]&wConj != 0 || r.toks[k].Kind == annotate.Quote) {
		k++ // „und“, „aber“
	}
	if k >= j || r.tf[k]&(wSubord|wWh) != 0 {
		return false
	}
	last := r.lastWord(k, j)
	for m := k; m < j; m++ {
		if r.tf[m]&wFinite == 0 || r.isCap(m) || r.inQ[m] >= 0 {
			continue
		}
		return m == k || m < last
	}
	return false
}

// subjectAfter reports a noun phrase after the finite verb fin in its
// clause (fin, b): the subject of an inverted cue („…, sagte die
// Angeklagte“), not „ist … im Protokoll, …, vermerkt, dass …“.
func (r *run) subjectAfter(fin, b int) bool {
	sa := r.skipReflexive(fin+1, b)
	return r.npAfter(sa, b) > sa
}

// otherSense reports a word of the cue's not-words („!Geschichte“) in its
// clause [a, b): the verb is used in another sense, an idiom that reports
// nothing („schrieb damit Geschichte“, „zu 15 Jahren Arbeitslager
// verurteilt“, „der viele Opfer gefordert hat“).
func (r *run) otherSense(e *verbEntry, a, b int) bool {
	if len(e.notWords) == 0 {
		return false
	}
	r.steps += b - a
	for j := a; j < b; j++ {
		for _, w := range e.notWords {
			if r.w(j) == w {
				return true
			}
		}
	}
	return false
}
