package speech

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
)

// Noun phrases of sources. German capitalises nouns and names, so inside a
// sentence a capitalised word is a noun or a name; the frames only need to
// find where a speaker's noun phrase starts and ends.

// isDet reports an article, determiner or possessive.
func (r *run) isDet(i int) bool {
	return uint(i) < uint(len(r.tf)) && r.tf[i]&(wArticle|wPossessive) != 0
}

// isAdj reports a lower-case word that can be an attributive adjective
// or participle ("frühere", "zuständigen", "russischen").
func (r *run) isAdj(i int) bool {
	if !r.isWord(i) || r.isCap(i) || r.tf[i]&(wPrep|wSubord|wConj|wAdverb|wArticle|wPossessive|wPronoun) != 0 {
		return false
	}
	return adjSuffix(r.w(i)) > 0
}

// adjSuffix returns the length of an adjective's ending of w (-e, -en,
// -er, -es, -em), 0 when it has none (isAdj, adjEnding,
// adjectiveEnding).
func adjSuffix(w string) int {
	n := len(w)
	if n == 0 {
		return 0
	}
	if w[n-1] == 'e' {
		return 1
	}
	if n >= 2 && w[n-2] == 'e' {
		switch w[n-1] {
		case 'n', 'r', 's', 'm':
			return 2
		}
	}
	return 0
}

// isNounish reports a capitalised word or number that can be part of a
// noun phrase: not a verb form used at sentence start, not a closed-class
// word written with a capital.
func (r *run) isNounish(i int) bool {
	if uint(i) >= uint(len(r.toks)) {
		return false
	}
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
	case "er", "sie", "ich", "wir", "man", "Er", "Sie", "Ich", "Wir", "Man", "du":
		return true
	case "ihr":
		// before a noun or adjective a possessive: „sagte ihr Sprecher“
		return i+1 >= len(r.toks) || !r.isNounish(i+1) && !r.isAdj(i+1)
	}
	return false
}

// npAfter reads a noun phrase starting at token i and not crossing lim.
// It returns the tokens [i, end) or end == i when there is none: a
// pronoun, or determiner + adjectives + capitalised words, with a
// genitive or von/aus phrase, a bracketed abbreviation and an appositive
// name.
func (r *run) npAfter(i, lim int) int {
	if i < lim && r.domain(i) {
		return i + 1 // a web site as the speaker: „Wie tagesschau.de berichtete“
	}
	if i >= lim || !r.isWord(i) {
		return i
	}
	if r.subjectPronoun(i) {
		return i + 1
	}
	j := r.npCore(i, lim)
	if e := r.partitive(i, lim); e > i {
		if !r.is(i+1, "der") {
			return e // „erklärte einer von ihnen“
		}
		j = e // „einer der Hacker“, with its genitive and apposition
	}
	if j == i {
		return i
	}
	// genitive or identifying PP: "des Innenministeriums", "von der Polizei", "aus Seoul"
	for n := 0; n < 2 && j < lim; n++ {
		switch {
		case r.is(j, "des") || r.is(j, "der") || r.is(j, "eines") || r.is(j, "einer") || r.is(j, "aller"):
			if n == 0 && (r.bareName(i, j) || r.nameEnd(i, j)) && r.mediaDative(j, lim) {
				break
			}
			if k := r.npCore(j, lim); k > j+1 && (!r.is(j, "der") || r.genitiveHead(j+1, k)) {
				j = k
				continue
			}
		case r.is(j, "im") && j+1 < lim && r.officeNoun(j-1, true) && r.groupHead(j+1, lim) > j+1:
			// the office or body a role belongs to: „des Staatssekretärs
			// im Berliner Arbeitsministerium“, „des Senats im Kanzleramt“
			// (speech-news n130, n169)
			j = r.groupHead(j+1, lim)
			continue
		case r.is(j, "gegen") && j+1 < lim && !r.isDet(j+1) && r.groupNoun(j-1):
			// an institution's remit: „der UN-Kommission gegen
			// Straffreiheit in Guatemala“ (n156), like „für“
			if k := r.npCore(j+1, lim); k > j+1 {
				j = k
				continue
			}
		case r.is(j, "in") && j+1 < lim && r.isCap(j+1) && !r.isDet(j+1) && (r.groupNoun(j-1) || n > 0 && isUpperWord(r.w(j-1)) && len(r.w(j-1)) > 2 && !r.s.g.isNoun(r.w(j+1))) && !r.isTemporal(j+1) && r.s.lex.nouns[r.w(j+1)] == nil:
			// the seat of an organisation: „das Auswärtige Amt in Berlin“
			if k := r.npCore(j+1, lim); k == j+2 {
				j = k
				continue
			}
		case n == 0 && r.is(j, "in") && j == i+1 && j+2 <= lim && r.bareGroupIn(i, j, lim):
			// a bare plural and its place right before the verb or
			// the clause end: „wie Medien in Skopje meldeten“, „wie
			// Versuche in Panama zeigten“ (speech-news n232, n212)
			j += 2
			continue
		case r.is(j, "für") && j+1 < lim && !r.isDet(j+1) && r.officeNoun(j-1, false):
			// the remit in an institution's or office's name: „des
			// UN-Hochkommissariats für Menschenrechte“, „der EU-Kommissar
			// für Energie“ (not „sagte er für die Zeitung“)
			if k := r.npCore(j+1, lim); k > j+1 {
				j = k
				continue
			}
		case (r.is(j, "von") || r.is(j, "aus") || r.is(j, "vom")) && !r.quantityPhrase(j+1, lim) && !r.isTemporal(j+1) && !(r.isDet(j+1) && r.isTemporal(j+2)):
			// (nor a time: „nach Angaben der Polizei vom Dienstag“,
			// „aus Justizkreisen vom Montag“, speech-news n281, Wikinews
			// train wn46721)
			// not a quantity: „sprachen die Freiheitlichen von 82 … Wahlkarten“
			// (a year stays: „der französische Weltmeister von 1998“)
			if k := r.npCore(j+1, lim); k > j+1 {
				j = k
				continue
			}
		}
		break
	}
	// a title with its own article after a medium: „die Zeitung Die Welt“
	if j+1 < lim && j > i && r.isCap(j) && r.tf[j]&wArticle != 0 && r.isNounish(j+1) && r.tf[j+1] == 0 && r.mediaNoun(j-1) {
		j += 2
	}
	// bracketed abbreviation: "(BWB)", „die Deutsche Presse-Agentur (dpa)“
	if j+2 < lim && r.isPunctByte(j, '(') && r.isPunctByte(j+2, ')') && r.abbrevOf(i, j, j+1) {
		j += 3
	}
	// coordinated speakers form one SOURCE: „Die USA und Südkorea“,
	// „Gerald Schneeweiß und Kollegen“ (GUIDELINES §1.3)
	if j+1 < lim && (r.is(j, "und") || r.is(j, "sowie")) {
		if k := r.npCore(j+1, lim); k > j+1 {
			j = k
			if k < lim && (r.is(k, "des") || r.is(k, "eines")) {
				// the second noun's genitive: „Der ehemalige Gouverneur
				// von Florida und Bruder des früheren Präsidenten George
				// W. Bush“ (speech-news n277)
				if g := r.npCore(k, lim); g > k+1 {
					j = g
				}
			}
			if j+2 < lim && r.isPunctByte(j, '(') && r.isPunctByte(j+2, ')') && r.abbrevOf(i, j, j+1) {
				j += 3 // „der Kommission für Menschenrechte und Nationale Versöhnung (CCDHRN)“ (n117)
			}
		}
	}
	// „Forscher um Robert Losey“, „Das Team um Anita Zaidi“ (speech-news
	// n248, Wikinews train wn4174): a group named by its leader
	if j+2 < lim && j > i && r.is(j, "um") && (r.speakerRole(j-1) || r.is(j-1, "Team")) && r.isCap(j+1) {
		if k := r.npCore(j+1, lim); k > j+1 && r.hasName(j+1, k) {
			j = k
		}
	}
	// appositive (title +) name: ", Maria Sacharowa" before the clause
	// end; a comma that ends the clause may open it („…, erklärte die
	// Sprecherin des Ministeriums, Maria Sacharowa.“)
	if k := r.rolePlaceName(i, j, lim); k > j {
		j = k // „Der Klubchef im Gemeinderat, Arno Grünbacher“: the place phrase before the appositive name
	}
	alim := lim
	if j == lim && j < len(r.toks) && r.isPunctByte(j, ',') {
		_, alim = r.sentBounds(j)
		alim = min(alim, j+6)
	}
	if j+1 < alim && r.isPunctByte(j, ',') && r.isCap(j+1) {
		k := j + 1
		for k < alim && (r.isNounish(k) || r.toks[k].Kind == annotate.Abbrev) && k-j <= 4 {
			k++
		}
		if k > j+1 && (k >= alim || k >= len(r.toks) || r.isPunct(k, ",:") || r.isFinal(k)) && (!r.bareName(i, j) || r.hasName(j+1, k)) {
			// after a bare name only an appositive name counts: „Josef
			// Kalina, SPÖ-naher Kommunikationsberater“ → „Josef Kalina“
			// (GUIDELINES §1.3)
			j = k
		}
	}
	return j
}

// rolePlaceName returns the end of a phrase with a preposition after a
// role ending at j when an appositive name follows its comma: „Der
// Klubchef im Gemeinderat, Arno Grünbacher“ (speech-news n168), „die
// US-Delegationsleiterin beim Klimagipfel, Sharon Hayes“, „Der
// BBC-Korrespondent in Mexiko-Stadt, Will Grant“ (Wikinews train wn45695,
// wn72093): the role's place belongs to the SOURCE with the name (§1.3);
// j when there is none. The comma may close the clause (lim).
func (r *run) rolePlaceName(i, j, lim int) int {
	if j <= i || j+3 >= len(r.toks) || j >= lim || r.isCap(j) || r.tf[j]&wPrep == 0 || !r.speakerRole(j-1) {
		return j
	}
	k := r.npCore(j+1, lim)
	if k == j+1 || k-j > 6 || k >= len(r.toks) || !r.isPunctByte(k, ',') {
		return j
	}
	_, sl := r.sentBounds(k)
	m := k + 1
	for m < sl && m-k <= 4 && r.isCap(m) && (r.isNounish(m) || r.toks[m].Kind == annotate.Abbrev) {
		m++
	}
	if m == k+1 || !r.hasName(k+1, m) || m < sl && !r.isPunct(m, ",:(") && !r.isFinal(m) {
		return j
	}
	return k
}

// groupHead returns the end of a noun phrase from j whose last word is a
// listed group („Berliner Arbeitsministerium“, „Kanzleramt“), or j.
func (r *run) groupHead(j, lim int) int {
	k := r.npCore(j, lim)
	if k > j && r.groupNoun(k-1) {
		return k
	}
	return j
}

// nameParticle reports a lower-case particle inside a foreign name
// („Staffan de Mistura“, „Abdalla al Badri“, „Thomas de Maizière“).
func nameParticle(w string) bool {
	switch w {
	case "de", "van", "al", "da", "di", "del", "dos", "bin", "ibn", "el", "ten", "ter", "le", "la", "du", "zu",
		"of", "for": // English names: „Movement for Democratic Change“, „Bank of America“
		return true
	}
	return false
}

// capParticle reports a capitalised name particle, which starts a new
// name inside a clause („forderte Kickl Van der Bellen auf“).
func capParticle(w string) bool {
	switch w {
	case "Van", "Von", "De", "Di", "Da", "Al", "El", "Le", "La", "Du":
		return true
	}
	return false
}

// npCore reads determiner, adjectives and capitalised words from i.
func (r *run) npCore(i, lim int) int {
	j := i
	lim = min(lim, i+maxNP)
	if j < lim && r.isWord(j) && r.isDet(j) {
		j++
		if j+2 < lim && r.tf[j]&wAdverb != 0 && !r.isCap(j) && r.isAdj(j+1) && r.isNounish(j+2) {
			// an adverb before the attribute: „den damals geltenden
			// Bestimmungen“ (speech-news n242)
			j++
		} else if j+2 < lim && r.tf[j]&wPrep != 0 && !r.isCap(j) {
			// a participle attribute with a short phrase: „einer am
			// Dienstag veröffentlichten Pressemitteilung“
			k := r.npCore(j+1, min(lim, j+4))
			if k > j+1 && k+2 < lim && r.tf[k]&wPrep != 0 && !r.isCap(k) {
				// two phrases in the attribute: „den am Mittwoch von der
				// Regierung präsentierten Zahlen“ (speech-news n223)
				if k2 := r.npCore(k+1, min(lim, k+4)); k2 > k+1 && k2+1 < lim && r.isAdj(k2) && r.isNounish(k2+1) {
					k = k2
				}
			}
			if k > j+1 && k+1 < lim && r.isAdj(k) && r.isNounish(k+1) {
				j = k
			} else if k > j+1 && k+2 < lim && r.isAdj(k) && r.isAdj(k+1) && r.isNounish(k+2) {
				j = k // and a second adjective: „Ein am Mittwoch veröffentlichter interner Untersuchungsbericht“
			}
		} else if j+3 < lim && (r.is(j, "der") || r.is(j, "dem")) && r.isNounish(j+1) && r.isAdj(j+2) && strings.HasSuffix(r.w(j+2), "en") && r.isNounish(j+3) {
			j += 2 // a dative and a participle attribute: „einer der APA vorliegenden Aufstellung“
		}
	}
	head := false
	if j == i && j+2 < lim && (r.is(j, "van") || r.is(j, "de")) && (r.isCap(j+1) || r.is(j+1, "der") && r.isCap(j+2)) && !r.isCap(j) {
		// a name that starts with a particle: „sagt van der Marel“
		j++
		if r.is(j, "der") {
			j++
		}
	}
	for j < lim {
		switch {
		case head && r.quantityPhrase(j, lim) && r.isCap(j+1) && (r.s.g.isNoun(r.w(j+1)) || r.quantity(j+1)):
			// a number and a noun after the head open the clause's next
			// phrase: „nach Angaben der Beobachtungsstelle 18 Zivilisten
			// getötet“ (not a name: „Bayer 04 Leverkusen“)
		case head && j > i && capParticle(r.w(j)):
			// a second name: „Kickl Van der Bellen“
		case !head && r.isCap(j) && r.adjectiveAtStart(j, lim): // (isCap inline: no call for most words)
			// an adjective or quantifier capitalised at the sentence start:
			// „Zahlreiche rechtsgerichtete Politiker“ (speech-news n275)
			j++
			continue
		case head && j >= i+2 && r.toks[j-2].Kind == annotate.Number && r.measureAdjective(i, j, lim): // (as above)
			// a measure before its adjective: „8000 Jahre alte Funde“
			// (speech-news n248), „der 330 Seiten starke Bericht“
			// (Wikinews train wn27312)
			j++
			continue
		case r.isNounish(j) || r.toks[j].Kind == annotate.Abbrev && r.isCap(j) || (head || j > i) && r.nameLike(j) && !r.numberAdjective(j, lim, head):
			head = true
			j++
			continue
		case !head && j > i && r.isDet(j-1) && r.isWord(j) && !r.isCap(j) && len(r.w(j)) <= 4 && r.s.lex.role(r.w(j)) == roleMedia:
			// an agency written in lower case: „einer Meldung der dpa“
			head = true
			j++
			continue
		case head && j+1 < lim && nameParticle(r.w(j)) && r.isCap(j-1) && r.isNounish(j+1) && r.tf[j-1]&wArticle == 0 &&
			!(r.is(j, "zu") && r.s.g.isNoun(r.w(j+1))):
			// „Staffan de Mistura“, „Karl-Theodor zu Guttenberg“; „zu“
			// before a common noun is a preposition: „sagte der
			// Generalsekretär zu Beginn“
			j += 2
			continue
		case head && j > i && j+1 < lim && r.isAdj(j) && strings.HasSuffix(r.w(j-1), "s") && r.isCap(j-1) &&
			(j-1 == i || !r.isDet(j-2)) && r.isNounish(j+1) && r.speakerRole(j+1):
			// a genitive name before its noun: „Mitterlehners früherer Chef“
			j++
			continue
		case j == i && !head && r.particleName(j, lim) > j:
			j = r.particleName(j, lim) // „sagt van der Marel“
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

// hasName reports a name among [a, b): a capitalised word that is no
// listed role, no noun the morph tables know, alone or as the last part
// of a compound („Kommunikationsberater“), and no adjective compound
// („SPÖ-naher“).
func (r *run) hasName(a, b int) bool {
	for k := a; k < b; k++ {
		if !r.isCap(k) || r.toks[k].Kind != annotate.Word || r.tf[k] != 0 {
			continue
		}
		w := r.w(k)
		if r.s.g.isNoun(w) || r.role(k) != 0 || r.compoundAt(k) { // (morph first: most capitalised words are nouns it knows)
			continue
		}
		if h := strings.LastIndexByte(w, '-'); h >= 0 && h+1 < len(w) && w[h+1] >= 'a' && w[h+1] <= 'z' {
			continue
		}
		return true
	}
	return false
}

// compoundNoun reports a word whose last part (at least five letters,
// capitalised) is a noun the morph tables know: „Kommunikationsberater“.
func (r *run) compoundNoun(w string) bool {
	var buf [64]byte
	for i := 1; i+5 <= len(w); i++ {
		if !utf8.RuneStart(w[i]) || len(w)-i+1 > len(buf) {
			continue
		}
		c, n := utf8.DecodeRuneInString(w[i:])
		u := unicode.ToUpper(c)
		m := utf8.EncodeRune(buf[:], u)
		m += copy(buf[m:], w[i+n:])
		r.steps++
		if r.s.g.isNoun(string(buf[:m])) {
			return true
		}
	}
	return false
}

// genitiveHead reports whether the noun phrase [a, k) after „der“ can be
// a genitive: its first noun is feminine or plural in the genitive, or
// unknown („der Wissensstand“ is none; „der Uni“, „der Nachrichtenagentur
// Reuters“ are). A name particle before „der“ („Van der Bellen“) keeps it.
func (r *run) genitiveHead(a, k int) bool {
	if a >= 2 && (capParticle(r.w(a-2)) || nameParticle(r.w(a-2))) {
		return true
	}
	for m := a; m < k; m++ {
		if r.isCap(m) && r.toks[m].Kind == annotate.Word {
			return r.genitiveAt(m)
		}
	}
	return true
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
		if !r.isCap(k) && r.tf[k]&(wFinite|wAux|wModal) != 0 && k > lim && !r.isDet(k-1) && !r.isAdj(k-1) {
			// a verb, not an attributive adjective: „vergangenen Samstag
			// starben behördlichen Angaben zufolge“ (not „den erwarteten
			// Angaben zufolge“)
			break
		}
		if r.isNounish(k) || r.isAdj(k) || r.is(k, "-") || r.toks[k].Kind == annotate.Abbrev || r.nameLike(k) {
			j = k
			continue
		}
		if r.is(k, "und") && k-1 > lim && r.isNounish(k-1) && r.isNounish(j) {
			j = k // coordinated sources: „Berichten der Fernsehsender Sky News und BBC zufolge“
			continue
		}
		// a name in quotation marks („dem „Figaro“ zufolge“) or a
		// bracketed abbreviation („des Verbandes (VDR) zufolge“)
		if q := r.regionEndingAt(k); q >= 0 && r.regions[q].open > lim && r.regions[q].last-r.regions[q].first <= 4 {
			j = r.regions[q].open
			continue
		}
		if r.isPunctByte(k, ')') && k-2 > lim && r.isPunctByte(k-2, '(') && isUpperWord(r.w(k-1)) {
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

// speakerHead reports whether the words [a, b) can name a speaker: a
// subject pronoun comes before any noun that is not a listed role, and a
// single adverb-like capitalised word („Tatsächlich“) is none.
func (r *run) speakerHead(a, b int) bool {
	for k := a; k < b; k++ {
		if r.subjectPronoun(k) {
			return true
		}
		if r.isNounish(k) {
			if r.role(k) == roleNone || b-a == 1 && adverbLike(r.w(k)) {
				return false
			}
		}
	}
	return b > a
}

// speakerRole reports a noun listed as a person or group role.
func (r *run) speakerRole(j int) bool {
	k := r.role(j)
	return k == rolePerson || k == roleGroup || k == roleMedia
}

// bareName reports a noun phrase [a, b) of capitalised words without a
// determiner or a listed role: a person's or organisation's name.
func (r *run) bareName(a, b int) bool {
	if b <= a || r.isDet(a) {
		return false
	}
	for k := a; k < b; k++ {
		if !r.isCap(k) || r.speakerRole(k) {
			return false
		}
	}
	return true
}

// nameEnd reports a noun phrase [a, b) that ends in a name after its
// role („Regierungssprecher Steffen Seibert“, „der Minister Max Huber“):
// a genitive can follow a role, not a name, so „der Zeitung“ after it is
// the addressee.
func (r *run) nameEnd(a, b int) bool {
	k := b - 1
	return k > a && r.isCap(k) && r.isWord(k) && !r.speakerRole(k) && !r.s.g.isNoun(r.w(k)) && (r.isCap(k-1) || r.speakerRole(k-1))
}

// mediaDative reports „der (französischen) Zeitung …“ at j: after a bare
// name this is the dative addressee of the cue („sagte Coeure der
// französischen Zeitung Le Monde“), not a genitive of the speaker.
func (r *run) mediaDative(j, lim int) bool {
	if !r.is(j, "der") {
		return false
	}
	for k := j + 1; k < lim && k < j+4; k++ {
		if r.isNounish(k) || r.isWord(k) && !r.isCap(k) && r.s.lex.role(r.w(k)) == roleMedia {
			return r.role(k) == roleMedia // (also „der dpa“)
		}
		if !r.isAdj(k) {
			return false
		}
	}
	return false
}

// domain reports a web address written as a name („tagesschau.de“,
// „Spiegel.de“): a URL token, or a word ending in a dot and two to four
// lower-case letters.
func (r *run) domain(i int) bool {
	k := r.toks[i].Kind
	if k == annotate.URL {
		return true
	}
	if k != annotate.Word {
		return false
	}
	w := r.w(i)
	// the dot stands three to five bytes before the end: those bytes
	// first, without a search of the word (npAfter asks every phrase)
	if n := len(w); n < 4 || w[n-3] != '.' && w[n-4] != '.' && (n < 6 || w[n-5] != '.') {
		return false
	}
	d := strings.LastIndexByte(w, '.')
	if d < 1 || len(w)-d-1 < 2 || len(w)-d-1 > 4 {
		return false
	}
	for _, c := range w[d+1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// quantityPhrase reports a number followed by a word at j: „82
// verschwundenen Wahlkarten“, not „1998“ alone.
func (r *run) quantityPhrase(j, lim int) bool {
	return j+1 < lim && r.toks[j].Kind == annotate.Number && r.isWord(j+1)
}

// abbrevOf reports whether the bracketed word at k abbreviates the noun
// phrase [a, b): an upper-case word („(BWB)“), or a short lower-case one
// after an organisation or medium („die Deutsche Presse-Agentur (dpa)“).
// A listed party is read as one too, so that what follows the noun phrase
// stays where it is; addSource leaves it out of the span (partyBracket).
func (r *run) abbrevOf(a, b, k int) bool {
	if !r.isWord(k) {
		return false
	}
	w := r.w(k)
	if r.isCap(k) {
		return isUpperWord(w)
	}
	if len(w) < 2 || len(w) > 4 || !isLowerASCII(w) {
		return false
	}
	for x := a; x < b; x++ {
		if r.isCap(x) {
			if k := r.role(x); k == roleGroup || k == roleMedia {
				return true
			}
		}
	}
	return false
}

// partyBracket reports a listed party in brackets at j: „(ÖVP)“.
func (r *run) partyBracket(j int) bool {
	var buf [64]byte
	return j+2 < len(r.toks) && r.isPunctByte(j, '(') && r.isPunctByte(j+2, ')') && r.isWord(j+1) && r.s.lex.party[string(appendLower(buf[:0], r.w(j+1)))]
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// mediaNoun reports a noun listed as a medium at j („Zeitung“,
// „Nachrichtenagentur“).
func (r *run) mediaNoun(j int) bool {
	return j >= 0 && r.isCap(j) && r.role(j) == roleMedia
}

// groupNoun reports a listed group at j, also in the genitive („des
// Kraftfahrt-Bundesamtes in Flensburg“).
func (r *run) groupNoun(j int) bool {
	return r.officeNoun(j, true)
}

// officeNoun reports a listed person role or group at j (only a group
// with groups), also in the genitive („des Bundesministeriums“, „des
// Kommissars“).
func (r *run) officeNoun(j int, groups bool) bool {
	want := roleBit(roleGroup) | roleBit(roleMedia)
	if !groups {
		want |= roleBit(rolePerson)
	}
	return r.roleAt(j, want)
}

// personRole reports a noun listed as a person's role at j, also in the
// genitive („eines Sprechers“).
func (r *run) personRole(j int) bool {
	return r.roleAt(j, roleBit(rolePerson))
}

// roleBit is the bit of role kind k in a set of kinds (roleAt).
func roleBit(k roleKind) uint8 { return 1 << k }

// roleAt reports a capitalised word at j listed in speech-roles.txt with a
// kind in want, as it stands or without a genitive ending -s/-es.
func (r *run) roleAt(j int, want uint8) bool {
	if j < 0 || !r.isCap(j) {
		return false
	}
	var buf [64]byte
	w := appendLower(buf[:0], r.w(j)) // strings.ToLower without allocating
	for _, cut := range []string{"", "s", "es"} {
		if hasSuffix(w, cut) && len(w)-len(cut) >= 3 && want&roleBit(roleIn(r.s.lex, w[:len(w)-len(cut)])) != 0 {
			return true
		}
	}
	return false
}

// numberAdjective reports a word with a number and a hyphen before an
// adjective ending („64-jährige“, „28-seitigen“) that stands before another
// adjective or a noun: an attribute, not a name, at the start of a noun
// phrase („Die 64-jährige deutsche Bundeskanzlerin“, Wikinews train
// wn82713; „in der 28-seitigen Klagsschrift“, speech-news n259).
func (r *run) numberAdjective(j, lim int, head bool) bool {
	if head || j+1 >= lim || !r.isAdj(j) {
		return false
	}
	w := r.w(j) // (not empty: isAdj saw an ending)
	return w[0] >= '0' && w[0] <= '9' && (r.isAdj(j+1) || r.isNounish(j+1))
}

// adjectiveAtStart reports a word at j that opens the sentence with an
// adjective ending, before a lower-case adjective and a noun: „Zahlreiche
// rechtsgerichtete Politiker“ (speech-news n275), „Mehrere namhafte
// Experten“. The morph tables read such a word as a noun too (a
// nominalised adjective); read as a noun with a genitive after it
// („Studenten verschiedener Universitäten“) the phrase is the same.
func (r *run) adjectiveAtStart(j, lim int) bool {
	if j+2 >= lim || !r.isCap(j) || r.tf[j] != 0 {
		return false
	}
	if j > 0 && !r.isFinal(j-1) && !r.paraSt[j] && r.toks[j-1].Kind != annotate.Quote {
		return false // (asked first: most capitalised words stand inside the sentence)
	}
	return r.isAdj(j+1) && r.isNounish(j+2) && r.adjectiveEnding(j)
}

// adjectiveEnding reports a word ending like an inflected adjective.
func (r *run) adjectiveEnding(j int) bool {
	w := r.w(j)
	return len(w) > 3 && adjSuffix(w) > 0
}

// measureAdjective reports an adjective at j after a number and its unit
// that open the noun phrase [i, j) (after an article or not), before the
// noun: „8000 Jahre alte Funde“, „der 330 Seiten starke Bericht“.
func (r *run) measureAdjective(i, j, lim int) bool {
	if j+1 >= lim || j < i+2 || r.toks[j-2].Kind != annotate.Number || !r.isCap(j-1) || !r.isAdj(j) || !r.isNounish(j+1) {
		return false // (the number first: most noun phrases have none)
	}
	return j-2 == i || j-3 == i && r.isDet(i)
}

// timePhrase returns the end of an adverbial noun phrase of time at j
// (accusative, without a preposition): „vergangenes Jahr“, „letzte Woche“,
// „diesen Montag“, „Ende Mai“, „Mitte 2015“; j when there is none. Before
// a subject after the verb it is passed over like an adverb („…, enthüllte
// vergangenes Jahr die Initiative Heimat ohne Hass“, speech-news n265).
func (r *run) timePhrase(j, lim int) int {
	if j+2 > lim || !r.isWord(j) {
		return j
	}
	switch r.w(j) {
	case "vergangene", "vergangenes", "vergangenen", "letzte", "letztes", "letzten", "vorige", "voriges", "vorigen",
		"diese", "dieses", "diesen", "jeden", "jede", "jedes", "nächste", "nächstes", "nächsten", "kommende", "kommendes", "kommenden":
		if r.isCap(j+1) && r.isTemporal(j+1) {
			return j + 2
		}
	case "Ende", "Anfang", "Mitte", "Beginn":
		if r.isTemporal(j+1) && r.isCap(j+1) || r.toks[j+1].Kind == annotate.Number {
			return j + 2
		}
	}
	return j
}

// leadAdverb returns the end of an adverbial of focus or example that
// opens the Vorfeld [j, fin) before a noun phrase: „Unter anderem
// Mercedes-Motorsportchef Toto Wolff hatte … kritisiert“ (speech-news
// n221), „Insbesondere die französische „L’Alliance pour la Planète“ …
// hatten dazu aufgerufen“ (Wikinews train wn37764); j when there is none.
// The noun phrase after it is the speaker.
func (r *run) leadAdverb(j, fin int) int {
	if j >= fin {
		return j
	}
	e := j
	switch {
	case j+1 < fin && (r.maybeLower(j, "unter") && r.lower(j, "unter") && r.is(j+1, "anderem") || r.maybeLower(j, "zum") && r.lower(j, "zum") && r.is(j+1, "Beispiel") || r.maybeLower(j, "vor") && r.lower(j, "vor") && r.is(j+1, "allem") || r.maybeLower(j, "allen") && r.lower(j, "allen") && r.is(j+1, "voran")):
		e = j + 2
	case r.exampleWord(j):
		e = j + 1
	default:
		return j
	}
	if e >= fin || !(r.isDet(e) || r.isNounish(e) || r.isAdj(e) || r.regionStartingAt(e) >= 0) {
		return j
	}
	return e
}

// exampleWord reports „insbesondere“, „beispielsweise“, „namentlich“,
// „vornehmlich“, „vorwiegend“ or „hauptsächlich“ at j, also capitalised
// (what lower matches, in one switch).
func (r *run) exampleWord(j int) bool {
	switch r.w(j) {
	case "insbesondere", "Insbesondere", "beispielsweise", "Beispielsweise", "namentlich", "Namentlich",
		"vornehmlich", "Vornehmlich", "vorwiegend", "Vorwiegend", "hauptsächlich", "Hauptsächlich":
		return true
	}
	return false
}

// agentCut returns where the speaker's noun phrase [x, y) of a cue phrase
// (laut, nach Angaben, zufolge) ends before a „von“ phrase that is the
// agent of its host clause's passive: a form of werden before the phrase
// and a participle after it („Insgesamt wurden … nach Angaben des
// Bundeskanzleramtes von den EU-Staaten 1,153 Milliarden Euro versprochen“,
// speech-news n118; „sie wurde laut Kurier von Straches Pinnwand
// ausgesperrt“, n265); y otherwise. After a person's role or name the
// phrase identifies the speaker and stays („laut einem Sprecher von
// Siemens“, „laut Moritz Wohlrab von der Hilfsorganisation“).
func (r *run) agentCut(x, y int) int {
	v := -1
	for j := x + 1; j < y; j++ {
		if r.is(j, "von") || r.is(j, "vom") {
			v = j
			break
		}
	}
	if v < 0 || r.personRole(v-1) || r.nameEnd(x, v) {
		return y
	}
	a, b := r.clause(x)
	werden := false
	for j := a; j < x && !werden; j++ {
		werden = r.isWerden(j)
	}
	if !werden {
		return y
	}
	for j := y; j < b && j < y+maxClause; j++ {
		r.steps++
		if r.tf[j]&wParticiple != 0 && !r.isCap(j) && (j+1 >= b || !r.isCap(j+1)) {
			return v // (a participle before a noun is an attribute: „die präsentierten Zahlen“)
		}
	}
	return y
}

// openApposition returns the start of a speaker's noun phrase that opens
// the sentence before the comma at vs-1 when the Vorfeld [vs, fin) after
// it is an apposition whose closing comma is missing: a name and a role
// („Stephen Singer, ein Klimaexperte vom WWF erklärte, …“, „Rob Mueller,
// Klub-Sekretär der Buitenboys sagte …“, Wikinews train wn45695, wn74419,
// wn60475, wn70915, wn71489, wn75225, wn45213) or a role and a name („Ein
// Sprecher der Polizei, Commander Randy Henderson sagte …“, wn13380);
// -1 otherwise. The SOURCE is the name, or the role with its appositive
// name (GUIDELINES §1.3).
func (r *run) openApposition(vs, fin int) int {
	if vs < 2 || vs >= fin || !r.isPunctByte(vs-1, ',') {
		return -1
	}
	sf, _ := r.sentBounds(vs - 1)
	sf = r.afterDateline(sf)
	for sf < vs-1 && r.tf[sf]&wConj != 0 {
		sf++
	}
	if sf >= vs-1 || r.npAfter(sf, vs-1) != vs-1 {
		return -1
	}
	if e := r.npAfter(vs, fin); e != fin && !r.ppsTo(e, fin) || e == vs {
		return -1
	}
	if r.subjectPronoun(sf) || r.subjectPronoun(vs) {
		return -1
	}
	name := r.bareName(sf, vs-1) && r.hasName(sf, vs-1)
	role := r.roleIn(vs, fin) || r.isDet(vs)
	if name && role || !name && r.roleIn(sf, vs-1) && r.bareName(r.skipTitle(vs, fin), fin) && r.hasName(vs, fin) {
		return sf
	}
	return -1
}

// skipTitle returns j after a leading role word of [j, fin) („Commander
// Randy Henderson“ → „Randy Henderson“).
func (r *run) skipTitle(j, fin int) int {
	for j < fin && r.speakerRole(j) {
		j++
	}
	return j
}

// bareGroupIn reports a bare plural noun at i (no article, no name) with
// „in“ at j and one capitalised place name after it that ends the clause
// at lim: the place tells which group speaks („Medien in Skopje“); after
// a determiner or a name the place is where it was said („sagte der
// EZB-Rat in Alpbach“, GUIDELINES §1.3).
func (r *run) bareGroupIn(i, j, lim int) bool {
	if j+2 != lim && !(j+2 < len(r.toks) && r.isPunct(j+2, ",.;:")) || !r.isNounish(i) || !r.s.g.pluralReading(r.w(i)) || !r.isCap(j+1) || r.isTemporal(j+1) {
		return false
	}
	return r.toks[j+1].Kind == annotate.Word && r.role(j+1) == 0
}

// prevSpeaker returns the subject of the sentence before sentence si when
// it names a speaker — a person, group or medium, a name or a document —
// for a „demnach“ that points back to no report (GUIDELINES §1.5: it is a
// CUE in that source's attribution): „Wien – Die Österreichische
// Webanalyse (ÖWA) hat die Zugriffszahlen für März veröffentlicht. Bei den
// Dachangeboten kommt derStandard.at demnach im März auf …“ (speech-news
// n225), „Im Stabilitätsprogramm schlüsselt das Finanzministerium die
// Auswirkungen … auf (siehe Tabelle): Demnach …“ (n250, the same sentence).
// It returns an empty range when there is none.
func (r *run) prevSpeaker(si int) (int, int) {
	for _, s := range [2]int{si, si - 1} {
		if s < 0 || s >= len(r.sent) {
			continue
		}
		f, l := r.sent[s].First, r.sent[s].Last
		if s == si {
			// the words before a colon that ends the lead-in of the
			// sentence („…: Demnach …“)
			c := -1
			for j := f; j < l && j < f+maxReach; j++ {
				if r.isPunctByte(j, ':') {
					c = j
				}
				if r.lower(j, "demnach") {
					break
				}
			}
			if c < 0 {
				continue
			}
			l = c
		}
		f = r.afterDateline(f)
		v := r.mainVerb(f, l)
		if v <= f || r.tf[v]&(wSubj1|wSubj2) != 0 || s < si && !r.presents(f, l) {
			continue
		}
		if r.vorfeldSubject(f, v) && r.npAfter(f, v) == v {
			if r.speakerNP(f, v) {
				return f, v
			}
			continue
		}
		k := r.skipReflexive(v+1, l)
		if e := r.npAfter(k, l); e > k && !r.obliqueNP(k) && r.isDet(k) && r.speakerNP(k, e) {
			return k, e
		}
	}
	return 0, 0
}

// presents reports a sentence [f, l) that presents findings a „demnach“
// can point back to: it has a cue word („hat die Zugriffszahlen
// veröffentlicht“, n225) or a noun of a document, a report or data. „Der
// Mann ist gestorben. Demnach stieg die Zahl der Toten.“ or „Die Firma hat
// einen Gewinn erzielt. Demnach …“ give „demnach“ no SOURCE (review of
// the thirteenth round).
func (r *run) presents(f, l int) bool {
	for j := f; j < l && j < f+maxReach; j++ {
		r.steps++
		if in := r.info[j]; in != nil && len(in.cues) > 0 || r.isNounish(j) && r.nounFlagAt(j, nounDoc|nounReport|nounData) {
			return true
		}
	}
	return false
}

// speakerNP reports a noun phrase [a, b) with an article that can name a
// speaker: a listed person, group or medium, a name or a document („Die
// Österreichische Webanalyse (ÖWA)“, „Das Bundeskartellamt“, „Der
// gefälschte Lebenslauf“). A bare name is left: the sentence before
// „demnach“ may report figures about a person („Santorum hatte hier 8,5
// Prozent erhalten … Demnach waren Romney 22 … zugesprochen worden“,
// Wikinews train wn72118).
func (r *run) speakerNP(a, b int) bool {
	return r.isDet(a) && (r.roleIn(a, b) || r.hasName(a, b) || r.docPhrase(a, b))
}
