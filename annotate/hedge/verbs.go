package hedge

import "github.com/quelle-nlp/quelle/morph"

// infinitive reports whether token k can be an infinitive (morph tables).
func (r *run) infinitive(k int) bool {
	for _, a := range r.s.morph.Analyze(r.tok(k)) {
		if a.Form == morph.Infinitive {
			return true
		}
	}
	return false
}

// participle reports whether token k can be a past participle.
func (r *run) participle(k int) bool {
	return r.has(k, cParticiple) || r.s.morph.IsParticiple(r.tok(k))
}

// seinPerfect reports whether the participle at token k forms its perfect
// with „sein“ („gewesen“, „geflohen“), so that participle + „sein“ is a
// perfect infinitive and not a state („vertreten sein“, „abgeschlossen
// sein“).
func (r *run) seinPerfect(k int) bool {
	if r.has(k, cParticiple) {
		return true
	}
	for _, a := range r.s.morph.Analyze(r.tok(k)) {
		if a.Form != morph.Participle {
			continue
		}
		if id, ok := r.s.table.find(a.Lemma); ok && r.s.info[id].class&cSeinPerfect != 0 {
			return true
		}
	}
	return false
}

// verbal reports whether token k can end a verbal complex: an infinitive,
// a participle or an auxiliary.
func (r *run) verbal(k int) bool {
	if k < r.first || k >= r.last || !r.isWord(k) || r.upper(k) {
		return false
	}
	return r.has(k, cPerfectAux|cPassiveAux) || r.infinitive(k) || r.participle(k)
}

// modal decides epistemic „könnte“ / „dürfte“. Not a hedge in a clause of
// condition or purpose („wenn …“, „damit …“), with a counterfactual
// „wäre/hätte“ earlier in the sentence or in its clause, in a „wie“-clause
// that no open question governs („ein Plan, wie … vonstattengehen könnte“),
// for ability („könnte sich leisten“), in a polite request („Könnten
// Sie …“), or as „dürfte nicht“ (= must not, a reported prohibition).
func (r *run) modal(i int) outcome {
	cs, ce := r.clauseStart(i), r.clauseEnd(i)
	if cs < i && r.has(cs, cConditional) {
		return oNone
	}
	if r.has(i+1, cPolite) || r.prohibition(i) {
		return oNone
	}
	for k := max(r.first, i-window); k < ce; k++ {
		if r.has(k, cCounterfactual) || (k > i && r.has(k, cAbility)) {
			return oNone
		}
	}
	if cs < i && r.has(cs, cManner) && !r.openQuestion(cs) {
		return oNone
	}
	return oEpistemic
}

// prohibition reports whether „dürfte(n) nicht“ at token i forbids:
// negated, with a passive complex („dürften nicht eingeschränkt werden“),
// the Konjunktiv II of permission in a reported demand.
func (r *run) prohibition(i int) bool {
	if r.tok(i)[0]|0x20 != 'd' || !r.has(i+1, cNegation) {
		return false
	}
	e, ok := r.complexEnd(i)
	return ok && r.has(e, cPassiveAux) && r.participle(e-1)
}

// openQuestion reports whether a word of class open-question stands in the
// sentence before token k („Fraglich ist, wie …“).
func (r *run) openQuestion(k int) bool {
	for j := max(r.first, k-window); j < k; j++ {
		if r.has(j, cOpenQuestion) {
			return true
		}
	}
	return false
}

// reportive decides reportive „soll/sollen“ (soll) and „will/wollen“
// (claim) from the verbal complex the modal governs. With a perfect
// infinitive („soll … geschickt haben“, „sollen … getötet worden sein“,
// „geflossen sein sollen“) both are hedges. „soll“ is one too with a
// stative verb of hearsay or evidence („sollen … zeigen“, „verbergen
// soll“). Passives and future actions („sollen … geschickt werden“,
// „soll … fließen“) are plans: no hedge; nor „hätte … führen sollen“.
func (r *run) reportive(m int, soll bool) outcome {
	if r.verbal(m-1) && (r.boundary(m+1) || r.conjunction(m+1)) {
		if r.infinitive(m-1) && !r.has(m-1, cPerfectAux|cPassiveAux) && r.ersatz(m) {
			return oNone
		}
		return r.complex(m-1, r.clauseStart(m-1), soll)
	}
	if e, ok := r.complexEnd(m); ok {
		return r.complex(e, m+1, soll)
	}
	return oNone
}

// complexEnd finds the last token of the verbal complex governed by the
// finite modal at m in a main clause: the complex closes the clause, after
// inserted material between commas if need be.
func (r *run) complexEnd(m int) (int, bool) {
	for k := m + 1; k < r.last && k <= m+window; {
		b := r.clauseEnd(k)
		if b-1 > m && r.verbal(b-1) {
			return b - 1, true
		}
		if b >= r.last || r.tok(b) != "," {
			break
		}
		k = b + 1
	}
	return 0, false
}

// conjunction reports whether token k is „und“ / „oder“ (a verb-final
// modal may be followed by a coordinated clause).
func (r *run) conjunction(k int) bool {
	t := r.tok(k)
	return t == "und" || t == "oder"
}

// ersatz reports whether a form of „haben“ stands before the verb-final
// modal at m in its clause: „hätte … führen sollen“ (Ersatzinfinitiv).
func (r *run) ersatz(m int) bool {
	for k := r.clauseStart(m); k < m; k++ {
		if r.has(k, cErsatzAux) {
			return true
		}
	}
	return false
}

// complex reads the verbal complex ending at token e (not before token
// from) and decides the reading of the modal.
func (r *run) complex(e, from int, soll bool) outcome {
	switch {
	case r.has(e, cPerfectAux):
		p := e - 1
		if p >= from && r.participle(p) && (r.tok(e) != "sein" || r.seinPerfect(p)) {
			return oPerfect
		}
		if soll && p >= from && r.has(p, cStative) {
			return oStative
		}
	case r.has(e, cPassiveAux):
		return oNone
	case soll && r.has(e, cStative):
		return oStative
	}
	return oNone
}
