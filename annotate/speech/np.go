package speech

import (
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
)

// Noun phrases of sources. German capitalises nouns and names, so inside a
// sentence a capitalised word is a noun or a name; the frames only need to
// find where a speaker's noun phrase starts and ends.

// isDet reports an article, determiner or possessive.
func (r *run) isDet(i int) bool { return r.tf[i]&(wArticle|wPossessive) != 0 }

// isAdj reports a lower-case word that can be an attributive adjective
// or participle ("frühere", "zuständigen", "russischen").
func (r *run) isAdj(i int) bool {
	if !r.isWord(i) || r.isCap(i) || r.tf[i]&(wPrep|wSubord|wConj|wAdverb|wArticle|wPossessive|wPronoun) != 0 {
		return false
	}
	w := r.w(i)
	return strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er") ||
		strings.HasSuffix(w, "es") || strings.HasSuffix(w, "em")
}

// isNounish reports a capitalised word or number that can be part of a
// noun phrase: not a verb form used at sentence start, not a closed-class
// word written with a capital.
func (r *run) isNounish(i int) bool {
	if r.toks[i].Kind == annotate.Number || r.toks[i].Kind == annotate.Ordinal {
		return true
	}
	if !r.isCap(i) {
		return false
	}
	return r.tf[i]&(wPrep|wSubord|wConj|wAdverb|wArticle|wPossessive|wPronoun|wWh|wAux|wModal) == 0
}

// subjectPronoun reports er, sie, ich, wir, man, es (as subject).
func (r *run) subjectPronoun(i int) bool {
	switch r.w(i) {
	case "er", "sie", "ich", "wir", "man", "Er", "Sie", "Ich", "Wir", "Man", "ihr", "du":
		return true
	}
	return false
}

// npAfter reads a noun phrase starting at token i and not crossing lim.
// It returns the tokens [i, end) or end == i when there is none: a
// pronoun, or determiner + adjectives + capitalised words, with a
// genitive or von/aus phrase, a bracketed abbreviation and an appositive
// name.
func (r *run) npAfter(i, lim int) int {
	if i >= lim || !r.isWord(i) {
		return i
	}
	if r.subjectPronoun(i) {
		return i + 1
	}
	j := r.npCore(i, lim)
	if j == i {
		return i
	}
	// genitive or identifying PP: "des Innenministeriums", "von der Polizei", "aus Seoul"
	for n := 0; n < 2 && j < lim; n++ {
		switch {
		case r.is(j, "des") || r.is(j, "der") || r.is(j, "eines") || r.is(j, "einer"):
			if k := r.npCore(j, lim); k > j+1 {
				j = k
				continue
			}
		case r.is(j, "von") || r.is(j, "aus") || r.is(j, "vom"):
			if k := r.npCore(j+1, lim); k > j+1 {
				j = k
				continue
			}
		}
		break
	}
	// bracketed abbreviation: "(BWB)"
	if j+2 < lim && r.isPunct(j, "(") && r.isPunct(j+2, ")") && r.isCap(j+1) && isUpperWord(r.w(j+1)) {
		j += 3
	}
	// appositive (title +) name: ", Maria Sacharowa" before the clause end
	if j+1 < lim && r.isPunct(j, ",") && r.isCap(j+1) {
		k := j + 1
		for k < lim && (r.isNounish(k) || r.toks[k].Kind == annotate.Abbrev) && k-j <= 4 {
			k++
		}
		if k > j+1 && (k >= lim || k >= len(r.toks) || r.isPunct(k, ",:") || r.isFinal(k)) {
			j = k
		}
	}
	return j
}

// npCore reads determiner, adjectives and capitalised words from i.
func (r *run) npCore(i, lim int) int {
	j := i
	lim = min(lim, i+maxNP)
	if j < lim && r.isWord(j) && r.isDet(j) {
		j++
		// a participle attribute with a short phrase: „einer am Dienstag
		// veröffentlichten Pressemitteilung“
		if j+2 < lim && r.tf[j]&wPrep != 0 && !r.isCap(j) {
			if k := r.npCore(j+1, min(lim, j+4)); k > j+1 && k+1 < lim && r.isAdj(k) && r.isNounish(k+1) {
				j = k
			}
		}
	}
	head := false
	for j < lim {
		switch {
		case r.isNounish(j) || r.toks[j].Kind == annotate.Abbrev && r.isCap(j) || r.nameLike(j) && (head || j > i):
			head = true
			j++
			continue
		case r.isAdj(j) && !head:
			j++
			continue
		case r.toks[j].Kind == annotate.Quote && r.regionStartingAt(j) >= 0:
			// a name in quotation marks: „die „Süddeutsche Zeitung““
			g := r.regions[r.regionStartingAt(j)]
			if g.close < 0 || g.close >= lim || g.last-g.first > 4 || r.speechLike(r.regionStartingAt(j)) {
				break
			}
			head = true
			j = g.close + 1
			continue
		case (r.is(j, "-") || r.is(j, "&")) && head && j+1 < lim && r.isNounish(j+1):
			j++
			continue
		}
		break
	}
	r.steps += j - i + 1
	if !head {
		return i
	}
	return j
}

func isUpperWord(w string) bool {
	for _, c := range w {
		if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return len(w) > 1
}

// npBefore reads a noun phrase that ends just before token e, starting at
// or after lim: used for „X zufolge“ and „die Meldung, wonach“. It returns
// the first token, or e when there is none.
func (r *run) npBefore(e, lim int) int {
	j := e
	lim = max(lim, e-maxNP)
	r.steps += e - lim
	for j > lim {
		k := j - 1
		if r.isDet(k) {
			j = k
			if r.is(k, "des") || r.is(k, "der") || r.is(k, "eines") || r.is(k, "einer") {
				continue // a genitive: „Einer Erklärung des Verbandes zufolge“
			}
			break // the determiner starts the phrase: „Sarkozy dem „Figaro“ zufolge“
		}
		if r.isNounish(k) || r.isAdj(k) || r.is(k, "-") || r.toks[k].Kind == annotate.Abbrev || r.nameLike(k) {
			j = k
			continue
		}
		// a name in quotation marks („dem „Figaro“ zufolge“) or a
		// bracketed abbreviation („des Verbandes (VDR) zufolge“)
		if q := r.regionEndingAt(k); q >= 0 && r.regions[q].open > lim && r.regions[q].last-r.regions[q].first <= 4 {
			j = r.regions[q].open
			continue
		}
		if r.isPunct(k, ")") && k-2 > lim && r.isPunct(k-2, "(") && isUpperWord(r.w(k-1)) {
			j = k - 2
			continue
		}
		break
	}
	// the phrase must start at a determiner, adjective or noun, and contain a noun
	for j < e && !r.isNounish(j) && !r.isDet(j) && !r.isAdj(j) {
		j++
	}
	for k := j; k < e; k++ {
		if r.isNounish(k) {
			return j
		}
	}
	return e
}

// isNameLike reports a capitalised word that is not a listed non-speaker.
func (r *run) speakerHead(a, b int) bool {
	for k := a; k < b; k++ {
		if r.subjectPronoun(k) {
			return true
		}
		if r.isNounish(k) {
			if r.s.lex.role(strings.ToLower(r.w(k))) == roleNone || b-a == 1 && adverbLike(r.w(k)) {
				return false
			}
		}
	}
	return b > a
}
