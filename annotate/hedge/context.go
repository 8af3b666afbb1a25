package hedge

import (
	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/morph"
)

// approx decides an approximator over the tokens [i, j): it must stand
// directly before a number (not an ordinal: „bis zu 3. Mai“; not a vague
// quantity: „Berichte über Tausende Soldaten“), before a
// determiner + fraction („etwa die Hälfte“), for approx-quant before a
// quantifier („fast alle“), for approx-bound before an indefinite article
// and a noun („mehr als einer Woche“). „nicht etwa“ and „wie etwa“ are no
// hedges.
func (r *run) approx(i, j int, rule ruleID) outcome {
	if r.has(i-1, cApproxBlock) || j >= r.last {
		return oNone
	}
	if kind, ok := r.number(j); ok {
		if kind == annotate.KindOrdinal || kind == annotate.KindVague {
			return oNone
		}
		return oNumber
	}
	if r.has(j, cDeterminer) {
		if kind, ok := r.number(j + 1); ok && kind == annotate.KindFraction {
			return oFraction
		}
	}
	switch {
	case rule == rApproxQuant && r.has(j, cQuantifier):
		return oQuantifier
	case rule == rApproxBound && r.has(j, cIndefinite) && j+1 < r.last && r.isWord(j+1) && r.upper(j+1):
		return oIndefinite
	}
	return oNone
}

// year decides „um“: an approximator only before a cardinal written like a
// year (four digits, 1000–2199) that no unit or currency follows
// („um 1330“; not „um 5.000 Dollar“, „um 100 Stimmen“).
func (r *run) year(i int) outcome {
	j := i + 1
	kind, ok := r.number(j)
	if !ok || kind != annotate.KindCardinal || r.toks[j].Kind != annotate.Number || r.has(j+1, cUnit) {
		return oNone
	}
	t := r.tok(j)
	if len(t) != 4 || t[0] < '1' || t[0] > '2' || (t[0] == '2' && t[1] > '1') {
		return oNone
	}
	for k := 0; k < 4; k++ {
		if t[k] < '0' || t[k] > '9' {
			return oNone
		}
	}
	return oYear
}

// possible decides „möglich“: a hedge when said of an event or a claim
// („Eine Einigung sei möglich“, „für möglich, dass …“); not after „wie“,
// „wenn“, not negated in its clause („kein Zugang ist möglich“), not in a
// conditional clause or before one („nur möglich, wenn …“), not in
// „möglich machen/werden“, and not for feasibility, where a zu-infinitive
// follows („möglich, die Arten zu unterscheiden“).
func (r *run) possible(i int) outcome {
	if r.has(i-1, cPossibleBlock) || r.has(i+1, cMake) {
		return oNone
	}
	if cs := r.clauseStart(i); cs < i && r.has(cs, cConditional) {
		return oNone
	}
	cs := r.clauseStart(i)
	for k := cs; k < i; k++ {
		if r.has(k, cNegation) {
			return oNone
		}
	}
	for k := i + 1; k < r.last && k <= i+2; k++ {
		if r.tok(k) == "," {
			if r.has(k+1, cConditional) || (!r.has(k+1, cContent) && r.zuInfinitive(k+1, r.clauseEnd(k+1))) {
				return oNone
			}
			break
		}
	}
	return oPredicate
}

// zuInfinitive reports whether the tokens [from, to) hold a zu-infinitive
// („zu unterscheiden“, „abzuwarten“).
func (r *run) zuInfinitive(from, to int) bool {
	for k := from; k < to; k++ {
		if !r.isWord(k) {
			continue
		}
		w := r.tok(k)
		if w == "zu" && k+1 < to && r.isWord(k+1) && r.infinitive(k+1) {
			return true
		}
		for _, a := range r.s.morph.Analyze(w) {
			if a.Form == morph.ZuInfinitive {
				return true
			}
		}
	}
	return false
}

// particle decides „wohl“: a modal particle, but not the noun „Wohl“
// (capitalised inside a sentence, or after a determiner), not „sehr wohl“,
// „wohl aber“, „wohl oder übel“, „wohl bekannt“, „sich wohl fühlen“.
func (r *run) particle(i int) outcome {
	if (r.upper(i) && i > r.first && !r.boundary(i-1)) || r.has(i-1, cNounMarker) {
		return oNone
	}
	if r.has(i-1, cParticleBlockBefore) || r.has(i+1, cParticleBlockAfter) {
		return oNone
	}
	return oParticle
}

// firstPerson decides a belief verb („glaube“, „denke“): a hedge with
// „ich“ / „wir“ before it and a content clause after it („Ich glaube,
// dass …“, „Wir glauben, es …“), or in a parenthetical („…, glaube ich,
// …“). Not „glaube an“ (believe in), not third person (a CUE only).
func (r *run) firstPerson(i int) outcome {
	if r.has(i+1, cBeliefBlock) {
		return oNone
	}
	if r.has(i-1, cFirstPerson) {
		for k := i + 1; k < r.last && k <= i+3; k++ {
			if r.tok(k) == "," || r.has(k, cContent) {
				return oClause
			}
			if r.boundary(k) {
				break
			}
		}
		return oNone
	}
	if r.has(i+1, cFirstPerson) && r.boundary(i+2) {
		return oParenthetical
	}
	return oNone
}

// firstPersonParticle decides a separable belief verb („nehme … an“):
// „ich“ / „wir“ next to the verb, and the particle within three words,
// closing the frame before a comma, a colon or „dass“. The span takes the
// particle when it follows the verb directly. It returns the token after
// the span.
func (r *run) firstPersonParticle(i int) (outcome, int) {
	if !r.has(i-1, cFirstPerson) && !r.has(i+1, cFirstPerson) {
		return oNone, 0
	}
	for k := i + 1; k < r.last && k <= i+3; k++ {
		if r.boundary(k) {
			break
		}
		if r.has(k, cVerbParticle) && (r.boundary(k+1) || r.has(k+1, cContent)) {
			if k == i+1 {
				return oClause, k + 1
			}
			return oClause, i + 1
		}
	}
	return oNone, 0
}

// estimate decides „schätzen“: an estimate with a content clause right
// after the verb („Experten schätzen, dass …“) or an amount in its clause
// („auf 5 Millionen geschätzt“); not „schätzen“ = appreciate.
func (r *run) estimate(i int) outcome {
	if i+1 < r.last && r.tok(i+1) == "," {
		return oClause
	}
	cs, ce := r.clauseStart(i), r.clauseEnd(i)
	for k := cs; k < ce; k++ {
		if r.has(k, cAmountPrep) {
			if _, ok := r.number(k + 1); ok {
				return oAmount
			}
		}
	}
	return oNone
}

// seem decides „scheinen“: a hedge unless something shines in the clause
// („Die Sonne scheint“).
func (r *run) seem(i int) outcome {
	cs, ce := r.clauseStart(i), r.clauseEnd(i)
	for k := cs; k < ce; k++ {
		if r.has(k, cLight) {
			return oNone
		}
	}
	return oSeem
}
