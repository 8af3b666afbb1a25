package speech

// Sources inside „nach“-phrases: genitives after a reporting noun and a
// relative clause after the source.

// genitiveDet reports a determiner that opens a genitive after a
// reporting noun besides „der“/„des“: „nach Angaben einer russischen
// Quelle“, „nach Ansicht eines Sprechers“, „nach Angaben dieser Gruppe“
// (eighth round).
func (r *run) genitiveDet(j int) bool {
	switch r.w(j) {
	case "eines", "einer", "dieser", "dieses", "jener", "jenes", "mehrerer", "zweier", "dreier":
		return j+1 < len(r.toks) && (r.isCap(j+1) || r.isAdj(j+1))
	}
	return false
}

// overRelative returns the token after a relative clause set off by
// commas right after a SOURCE that ends at e („Nach Angaben eines
// Experten, der vom TV-Kanal befragt wurde, würde dies …“ → „würde“), or
// e when none follows or it runs to the sentence end sl. The clause
// ends at a comma after its verb („von Kongress-, Militär-, und …“ goes on).
func (r *run) overRelative(e, sl int) int {
	if e+1 >= sl || !r.isPunctByte(e, ',') || r.tf[e+1]&wRelative == 0 || r.isCap(e+2) {
		return e
	}
	for k := e + 2; k < sl && k < e+maxClause; k++ {
		r.steps++
		if r.isPunctByte(k, ',') && r.tf[k-1]&(wFinite|wParticiple|wAux|wModal) != 0 {
			return k + 1 // the relative clause ends with its verb
		}
		if r.isFinal(k) || r.isPunct(k, ":;") {
			break
		}
	}
	return e
}

// genitiveAdj reports a genitive plural without article after a reporting
// noun: an adjective in -er before a noun („nach Berichten britischer
// Tageszeitungen“).
func (r *run) genitiveAdj(j int) bool {
	w := r.w(j)
	return j+1 < len(r.toks) && len(w) > 3 && w[len(w)-2:] == "er" && !r.isCap(j) && r.isWord(j) &&
		r.tf[j]&(wArticle|wPronoun|wPrep|wFinite|wAux|wModal|wConj|wSubord|wRelative) == 0 && r.isCap(j+1)
}

// namedAfter reports a named source after the noun of a „nach“-phrase
// that is a cue only with one (speech-nouns.txt nach-named: „nach
// Berichten der bulgarischen Presse“, „nach Berichten britischer
// Tageszeitungen“; not „nach Berichten über die Entsendung“).
func (r *run) namedAfter(k, sl int) bool {
	return k < sl && (r.is(k, "der") || r.is(k, "des") || r.is(k, "von") || r.is(k, "vom") || r.genitiveDet(k) || r.genitiveAdj(k))
}

// ausSpeaker reports „aus“ at j before the speakers' circle, institution
// or place, which a nach-phrase names like a genitive (GUIDELINES §1.3:
// after „aus“ the noun phrase without the preposition): „nach Angaben aus
// Justizkreisen“ (speech-news n281), „Nach Angaben aus Khartum“ (Wikinews
// train wn27575); not a time („aus dem Jahr 2010“).
func (r *run) ausSpeaker(j, lim int) bool {
	if !r.is(j, "aus") || j+1 >= lim || r.isTemporal(j+1) || r.isDet(j+1) && r.isTemporal(j+2) {
		return false
	}
	e := r.npAfter(j+1, lim)
	return e > j+1 && (r.institution(j+1, e) || r.hasName(j+1, e))
}
