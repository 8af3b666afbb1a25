package speech

import (
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
)

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
		if r.mainClause(k, j, k == qs) {
			return true
		}
		k = j + 1
	}
	return false
}

// mainClause reports that the clause [k, j) is a main clause (see
// mainClauseIn). The first clause of a sentence may be short, its verb
// last („Wir gewinnen“); after a comma a clause with its verb last is a
// relative or subordinate clause („das koscherem Fleisch sehr ähnlich
// ist“).
func (r *run) mainClause(k, j int, first bool) bool {
	for k < j && (r.tf[k]&wConj != 0 || r.toks[k].Kind == annotate.Quote || r.focusParticle(k) && k+1 < j && r.tf[k+1]&wSubord != 0) {
		k++ // „und“, „aber“; „auch“ before „wenn“
	}
	if k >= j {
		return false
	}
	// „als“, „seit“, „während“ … before an article may open a phrase, not
	// a clause: „Als einfacher Abgeordneter wäre sein Einfluss dahin“,
	// „Seit dem Angriff können wir …“; then only verb second counts
	phrase := r.tf[k]&(wSubord|wWh) != 0 && (r.lower(k, "als") || k+1 < j && r.tf[k+1]&wArticle != 0 && r.tf[k+1]&wWh == 0 ||
		// „Seit Juni ist die Kamera ausgefallen“: a preposition before a
		// noun without article (Wikinews train wn29022), or before a bare
		// noun and a finite verb: „Seit Jahresbeginn seien … gelangt,
		// führte Tusk aus“ (speech-news n232)
		r.tf[k]&wPrep != 0 && k+1 < j && r.isCap(k+1) && r.tf[k+1]&(wPronoun|wFinite|wAux|wModal) == 0 ||
		k+2 < j && r.tf[k]&wPrep != 0 && r.isNounish(k+1) && r.tf[k+1] == 0 && r.tf[k+2]&wFinite != 0 && !r.isCap(k+2))
	if r.tf[k]&(wSubord|wWh) != 0 && !phrase {
		return false
	}
	last := r.lastWord(k, j)
	if !first {
		// after a comma the verbs that close the clause are one cluster
		// („…, kein Geld mehr geben würde, sagte Kurz“, speech-news n135):
		// an infinitive read as a finite form before the clause-final
		// verb is no verb second
		for last > k && !r.isCap(last-1) && r.inQ[last-1] < 0 && r.tf[last]&(wAux|wModal) != 0 && r.tf[last-1]&(wFinite|wParticiple) != 0 && strings.HasSuffix(r.w(last-1), "en") {
			last--
		}
	}
	for m := k; m < j; m++ {
		if r.tf[m]&wFinite == 0 || r.isCap(m) || r.inQ[m] >= 0 {
			continue
		}
		if phrase {
			return m < last
		}
		return m == k || m < last || first && r.tf[k]&wRelative == 0 || first && m == k+1
	}
	return false
}

// subjectAfter reports a noun phrase after the finite verb fin in its
// clause (fin, b): the subject of an inverted cue („…, sagte die
// Angeklagte“), not „ist … im Protokoll, …, vermerkt, dass …“.
func (r *run) subjectAfter(fin, b int) bool {
	sa := r.skipReflexive(fin+1, b)
	// (an article before a name in quotation marks, which ends the
	// clause: „…, das teilte das „Space Telescope Science Institute“
	// mit“, Wikinews train wn29022)
	return r.npAfter(sa, b) > sa || sa+1 == b && r.isDet(sa) && r.regionStartingAt(b) >= 0
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
	for _, w := range e.notWords {
		// „!für+“: the word before an adjective („erklärte die Diskussion
		// für beendet“)
		base, adj := strings.CutSuffix(w, "+")
		if adj = adj && base != ""; !adj {
			base = w
		}
		for j := a; j < b; j++ {
			if r.is(j, base) && (!adj || r.adjectiveAfter(j+1, b)) {
				return true
			}
		}
	}
	return false
}

// adjectiveAfter reports a lower-case word at j < b that is no closed-class
// word (article, pronoun, preposition …): an adjective or participle
// („für beendet“, not „für die Regierung“, „für Astronomie“).
func (r *run) adjectiveAfter(j, b int) bool {
	return j < b && r.isWord(j) && !r.isCap(j) && r.tf[j]&closedClasses == 0
}

// unattributedInfinitive reports an infinitive cue whose clause attributes
// its content to nobody: a modal passive with „sich lassen“ („Das lässt
// sich nur mit einem Szenario erklären“, „ließ sich kaum bestätigen,
// dass …“), a zu-infinitive with a form of sein („Es sei zu begrüßen,
// dass …“), in a purpose or manner clause („Um herauszufinden, ob …“) or
// without a content clause after it („dazu eignet, Sachverhalte zu
// erklären“). What „ist zu hören / lesen / finden / erfahren“ reports
// was said by someone („Aus der Regierung ist zu hören, …“). „Er wird erklären, dass …“ and „kündigte an, zu prüfen,
// ob …“ stay cues.
func (r *run) unattributedInfinitive(i, a, b int, c cueForm) bool {
	if (c.form == formParticiple || r.tf[i]&wParticiple != 0) && r.is(i+1, "zu") && (r.is(i+2, "werden") || r.is(i+2, "sein")) {
		// a passive or perfect zu-infinitive: „um … bestätigt zu
		// werden“, „aus der Gemeinschaft ausgeschlossen zu werden.“
		return r.purposeClause(a) || !r.contentFollows(b)
	}
	if c.form == formParticiple {
		return false
	}
	zu := c.form == formZuInfinitive || c.form != formParticiple && r.is(i-1, "zu")
	evaluated := r.is(i-1, "zu") && r.isWord(i-2) && !r.isCap(i-2) && predicative(r.w(i-2)) // „war es wichtig zu betonen, dass“
	if zu && !perceived(c.entry.lemma) && (isSein(r.w(i+1)) || c.form == formFinite && !evaluated && r.seinIn(a, b)) {
		// „Wobei zu bemerken ist, dass …“, „Ist das Prinzip … zu
		// kritisieren oder …“: the writer's remark (not „ist zu hören, …“)
		return true
	}
	if c.form == formFinite && zu {
		return !r.contentFollows(b) // „Sachverhalte zu erklären“: no finite verb, no content
	}
	if c.form == formFinite && !((i+1 == b || i+2 == b && r.lassenForm(i+1)) && r.sichLassen(a, b)) {
		// (an infinitive that looks finite, also before a verb-final „lässt“:
		// „Was sich über sie sagen lässt, …“)
		return false
	}
	if r.sichLassen(a, b) {
		return true
	}
	if !zu {
		return false
	}
	if r.lower(a, "um") || r.lower(a, "ohne") || r.lower(a, "statt") || r.lower(a, "anstatt") {
		return true
	}
	for j := a; j < b && !perceived(c.entry.lemma) && !evaluated; j++ {
		if isSein(r.w(j)) {
			return true
		}
	}
	return !r.contentFollows(b)
}

// lassenForm reports a lower-case form of lassen at j.
func (r *run) lassenForm(j int) bool {
	switch r.w(j) {
	case "lässt", "ließ", "ließe", "ließen", "lassen", "lasse":
		return true
	}
	return false
}

// sichLassen reports „sich“ and a form of lassen in the clause [a, b).
func (r *run) sichLassen(a, b int) bool {
	sich, lassen := false, false
	r.steps += b - a
	for j := a; j < b; j++ {
		switch r.w(j) {
		case "sich":
			sich = true
		case "lässt", "ließ", "ließe", "ließen", "lassen", "lasse", "Lässt", "Ließ", "Ließe":
			lassen = true
		}
	}
	return sich && lassen
}

// perceived reports a verb of perceiving what was said: with a form of
// sein and a zu-infinitive it still reports („ist zu hören, …“).
func perceived(lemma string) bool {
	switch lemma {
	case "hören", "lesen", "finden", "erfahren", "vernehmen":
		return true
	}
	return false
}

// contentFollows reports reported content right after the clause end b:
// a colon, a quotation, or a comma before a dass/ob/w-clause, a clause
// in Konjunktiv („ist zu hören, man wolle …“) or a main clause.
func (r *run) contentFollows(b int) bool {
	if b+1 >= len(r.toks) {
		return false
	}
	if r.isPunctByte(b, ':') || r.toks[b].Kind == annotate.Quote {
		return true
	}
	_, sl := r.sentBounds(b)
	if !r.isPunctByte(b, ',') {
		return false
	}
	_, cb := r.clause(b + 1)
	return r.lower(b+1, "dass") || r.lower(b+1, "ob") || r.tf[b+1]&wWh != 0 ||
		r.konjClause(b+1, min(sl, b+1+maxClause)) || r.v2Clause(b+1, cb)
}

// seinIn reports a form of sein in [a, b).
func (r *run) seinIn(a, b int) bool {
	for j := a; j < b; j++ {
		r.steps++
		if isSein(r.w(j)) {
			return true
		}
	}
	return false
}

// predicative reports a word with an adjective ending („wichtig“,
// „unerlässlich“, „realistisch“), not an adverb („jedenfalls“).
func predicative(w string) bool {
	for _, x := range []string{"ig", "lich", "isch", "bar", "sam", "haft"} {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}

// particleName reads a name that opens with lower-case particles at j
// („van der Marel“, „de Mistura“, „von der Leyen“) and returns the token
// after its particles, at the capitalised name, or j when there is none.
// The name must be no noun of the morph tables („von der Regierung“ is a
// phrase).
func (r *run) particleName(j, lim int) int {
	k := j
	switch {
	case nameParticle(r.w(j)) && !r.is(j, "zu"):
		k++
	case r.is(j, "von") && (r.is(j+1, "der") || r.is(j+1, "den")):
		k += 2
	default:
		return j
	}
	if k < lim && !r.isCap(k) && (r.is(k, "der") || r.is(k, "den") || nameParticle(r.w(k))) {
		k++
	}
	if k >= lim || !r.isCap(k) || r.tf[k] != 0 || r.s.g.isNoun(r.w(k)) {
		return j
	}
	return k
}

// afterDateline returns the first token after a dateline that opens the
// sentence at sf („München – Die mutmaßliche …“, „Garching/Heidelberg –
// …“): up to four capitalised words or slashes and a dash. Without one it
// returns sf. The dateline is no part of a reported clause.
func (r *run) afterDateline(sf int) int {
	for j := sf; j < len(r.toks) && j <= sf+4; j++ {
		switch {
		case r.isPunct(j, "–—") && j > sf && j+1 < len(r.toks) && r.isWord(j+1):
			return j + 1
		case r.isCap(j) || r.isPunctByte(j, '/'):
			continue
		}
		return sf
	}
	return sf
}

// ownWords reports „eigenem“, „eigenen“ or „eigener“ at j: „laut eigenem
// Bekunden“, whose speaker is the subject of the clause.
func (r *run) ownWords(j int) bool {
	return r.lower(j, "eigenem") || r.lower(j, "eigenen") || r.lower(j, "eigener")
}

// ownSubject adds the subject of the clause of an own-words cue at x
// („nach eigenen Angaben“, „laut eigenem Bekunden“): a subject pronoun
// right before it („dem sie laut eigenem Bekunden …“), else the Vorfeld
// noun phrase (subjectSource).
func (r *run) ownSubject(at *att, x, y int) {
	if x > 0 && r.subjectPronoun(x-1) && !r.is(x-1, "man") && !r.is(x-1, "Man") {
		r.addSource(at, x-1, x, ruleNach)
		return
	}
	if x > 1 && r.isPunctByte(x-2, ',') && r.tf[x-1]&wRelative != 0 && (r.is(x-1, "der") || r.is(x-1, "die") || r.is(x-1, "das")) {
		// the relative pronoun is the subject: „von dem Hacker Marcel
		// Lazar enthüllt, der nach eigenen Angaben … eindringen konnte“
		r.addSource(at, x-1, x, ruleNach)
		return
	}
	r.subjectSource(at, x, y)
}

// passiveDoc adds the document of an agentless passive cue as its SOURCE:
// „Im Oktober wurde in einer viel beachteten Studie behauptet, dass …“,
// „Denn im internen Expertenpapier wird festgehalten, dass …“ (GUIDELINES
// §1.3: a document is the SOURCE when no author is named). The
// document is a „in“/„im“ phrase in the cue's clause [a, i).
func (r *run) passiveDoc(at *att, a, i int) {
	for j := a; j < i; j++ {
		if !(r.maybeLower(j, "in") && r.lower(j, "in")) && !(r.maybeLower(j, "im") && r.lower(j, "im")) {
			continue
		}
		k := j + 1
		for k < i && k <= j+6 && !r.isNounish(k) {
			k++
		}
		if k >= i || !r.isNounish(k) {
			continue
		}
		if sa, sb := r.docSource(j, i); sb > sa && r.docPhrase(k, k+1) {
			r.addSource(at, sa, sb, ruleVorfeld)
			return
		}
		if r.docCompound(r.w(k)) {
			s := j + 1
			if r.lower(j, "im") {
				s = k
				for s > j+1 && r.isAdj(s-1) {
					s-- // „im internen Expertenpapier“ → „internen Expertenpapier“
				}
			}
			r.addSource(at, s, k+1, ruleVorfeld)
			return
		}
	}
}

// docCompound reports a compound whose last part is a document noun of
// speech-nouns.txt („Expertenpapier“, „Positionspapier“).
func (r *run) docCompound(w string) bool {
	var buf [64]byte
	for k := 3; k+4 < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			continue
		}
		// upperFirst(w[k:]) on the stack (w[k] is an ASCII letter)
		part := append(append(buf[:0], w[k]-('a'-'A')), w[k+1:]...)
		if n := r.s.lex.nouns[string(part)]; n != nil && n.flags&nounDoc != 0 {
			return true
		}
	}
	return false
}

// relativeWo reports „wo“ after a noun and a comma at k: a relative
// clause of place („in Gegenden, wo viele Muslime leben“), not an
// indirect question.
func (r *run) relativeWo(k int) bool {
	return k >= 2 && r.lower(k, "wo") && r.isPunctByte(k-1, ',') && r.isNounish(k-2) && r.toks[k-2].Kind == annotate.Word
}

// reportInContinuation reports a sentence si whose only report, a, has
// noun-phrase content (no QUOTE anywhere in the sentence) and whose verb
// is in Konjunktiv I, right after the report last: the sentence goes on
// with last's content, and a keeps its CUE and SOURCE inside it
// (GUIDELINES §1.4.6, §1.5).
func (r *run) reportInContinuation(a, last *att, si, lastSent int, quoted bool) bool {
	if a == nil || last == nil || a == last || quoted || len(a.quotes) > 0 || si-lastSent > 2 || len(last.quotes) == 0 {
		return false
	}
	se := r.sent[si]
	return r.konjSentence(se.First, se.Last)
}

// unmarkedSecondPart reports a main clause at k after an inverted frame
// inside unmarked direct speech: „Wir haben keine Zeit für Geschwätz,
// schrieb er, Leute leiden in diesem Land …“ (the quote goes on after
// the frame).
func (r *run) unmarkedSecondPart(at *att, k, sl int) bool {
	if len(at.quotes) == 0 || at.quotes[0].mode != annotate.ModeDirect || r.hasMarks {
		return false
	}
	_, cb := r.clause(k)
	return r.v2Clause(k, min(cb, sl))
}

// colonQuoteEnd returns the end of the content after a colon that starts
// at from: the sentence end, or the comma before an inserted frame that
// consists of a cue and its speaker only („…: Wir haben keine Zeit für
// Geschwätz, schrieb er, Leute leiden …“; not „…: Nachdem …, gibt die
// Staatsanwaltschaft den Beginn … bekannt“).
func (r *run) colonQuoteEnd(from, sl int) int {
	end := min(sl, from+maxReach)
	for j := from + 1; j+2 < end; j++ {
		r.steps++
		if !r.isPunctByte(j, ',') || !r.invertedCue(j+1) {
			continue
		}
		_, cb := r.clause(j + 1)
		if e := r.npAfter(j+2, cb); e > j+2 && e == cb {
			return j
		}
	}
	return end
}

// partitive reads a pronoun with a partitive „von“ phrase at i: „einer
// von ihnen“, „eine der Frauen“ is read by npCore; here „einer von
// ihnen“, „keiner von uns“, „jeder von den Anwesenden“. It returns i
// when there is none.
func (r *run) partitive(i, lim int) int {
	switch r.w(i) {
	case "einer", "eine", "Einer", "Eine", "keiner", "Keiner", "jeder", "Jeder", "beide", "Beide", "viele", "Viele", "einige", "Einige":
	default:
		return i
	}
	if i+2 < lim && r.is(i+1, "der") {
		// a genitive plural: „einer der Hacker“, „eine der Forscherinnen“
		// (speech-news n155)
		if e := r.npCore(i+1, lim); e > i+2 && (e >= lim || !r.isAdj(e) && r.toks[e].Kind != annotate.Number) {
			return e // (not „einer der APA vorliegenden Aufstellung“: a dative)
		}
	}
	if i+2 >= lim || !r.is(i+1, "von") {
		return i
	}
	switch r.w(i + 2) {
	case "ihnen", "uns", "euch":
		return i + 3
	}
	if e := r.npCore(i+2, lim); e > i+2 {
		return e
	}
	return i
}

// relativeAfterNoun reports a relative clause at k after a noun and a
// comma, or after the noun and the cue i („Das musste ein Mädchen
// erfahren, das man ins Gefängnis schicken wollte“): no content of a cue. An article before a noun opens a reported clause („sagte der
// Minister, die Lage sei ernst“).
func (r *run) relativeAfterNoun(i, k int) bool {
	n := k - 2
	if n == i && n > 0 {
		n-- // the noun before the cue: „ein Mädchen erfahren, das …“
	}
	if !(n >= 0 && k+1 < len(r.toks) && r.tf[k]&wRelative != 0 && r.isPunctByte(k-1, ',') &&
		r.isNounish(n) && r.toks[n].Kind == annotate.Word && !r.isNounish(k+1) && !r.isAdj(k+1) && r.isWord(k+1)) {
		return false
	}
	_, cb := r.clause(k)
	last := r.lastWord(k, cb)
	// verb last, after at least two words: „…, der … stattzugeben“ and „…, das stimmt“ are none
	return last > k+1 && r.tf[last]&wFinite != 0 && !r.isCap(last)
}

// hasModal reports a modal verb in [a, b).
func (r *run) hasModal(a, b int) bool { return r.anyFlag(a, b, wModal) }

// anyFlag reports a token in [a, b) with one of the word flags f.
func (r *run) anyFlag(a, b int, f wflags) bool {
	r.steps += b - a
	for j := a; j < b; j++ {
		if r.tf[j]&f != 0 {
			return true
		}
	}
	return false
}

// ichClause reports „ich“ as the only subject pronoun of [a, b): a
// Konjunktiv I form in -e is then the first person's indicative, also
// away from „ich“ („Ich hatte super Beine, fühlte mich sehr gut und habe
// mich an meinen Plan gehalten“).
func (r *run) ichClause(a, b int) bool {
	ich := false
	r.steps += b - a
	for j := a; j < b; j++ {
		switch r.w(j) {
		case "ich", "Ich":
			ich = true
		case "er", "Er", "sie", "Sie", "es", "Es", "man", "Man":
			return false
		}
	}
	return ich
}

// firstSingular reports a verb form in -e that is also the first person
// singular indicative („habe“, „komme“; not „sei“).
func (r *run) firstSingular(j int) bool {
	w := r.w(j)
	return strings.HasSuffix(w, "e") && w != "sei" && w != "Sei"
}

// adverbDa reports „Da“ right before the finite verb at fin: the adverb
// that opens a main clause („Da plädiert Taschner für …“, „Da habe ich mir
// gesagt: …“, „Da müssen wir klarmachen, dass …“, speech-news n262, n278,
// n204), not the subordinator, whose clause puts its subject first („Da
// er …“).
func (r *run) adverbDa(a, fin int) bool { return fin == a+1 && r.lower(a, "da") }

// v2Opening reports a main clause opening at k, before the cue phrase at
// x, with one phrase before its finite verb: a noun phrase with an article
// (v2After), a subject pronoun, an adverb or a prepositional phrase
// („…, daraufhin ließ Strache laut Ö24 …“, „…, sie wurde laut Kurier …“,
// „… – gegen ihn ermittelten laut Wiener Zeitung …“, speech-news n265,
// n272). The host clause of the phrase starts there (GUIDELINES §4,
// twelfth round: a complete main clause before a comma is the writer's).
func (r *run) v2Opening(k, x int) bool {
	if k >= x || r.isCap(k) && !r.isDet(k) && !r.subjectPronoun(k) {
		return false // (a capitalised word after a comma is a name or noun: a list)
	}
	e := k
	switch {
	case r.isDet(k):
		return r.v2After(k, x)
	case r.subjectPronoun(k) || r.is(k, "es"):
		e = k + 1
	case r.tf[k]&wAdverb != 0 && r.tf[k]&(wSubord|wWh|wRelative|wConj) == 0:
		e = k + 1
	case r.tf[k]&wPrep != 0 && r.tf[k]&(wSubord|wWh) == 0 && k+1 < x:
		if objectPronoun(r.w(k + 1)) {
			e = k + 2 // „gegen ihn“
		} else if m := r.npAfter(k+1, x); m > k+1 {
			e = m
		}
	}
	return e > k && e < x && r.plainFinite(e)
}

// plainFinite reports a lower-case finite verb, auxiliary or modal at j
// that is read neither as an article nor as a participle: the verb in
// second place (v2After, v2Opening, afterInsert).
func (r *run) plainFinite(j int) bool {
	return r.tf[j]&(wFinite|wAux|wModal) != 0 && !r.isCap(j) && r.tf[j]&(wArticle|wParticiple) == 0
}

// afterInsert returns where the host clause goes on after a relative
// clause or an apposition that follows a cue phrase opening it at y: at
// the finite verb after the closing comma, since the phrase with its
// insertion is the Vorfeld („Laut Dokumenten, die der Wiener Zeitung
// vorliegen, kaufte der Gutachter …“, speech-news n272; „Laut einem
// Artikel von „BBC News“, der sich auf die Daten der IADB beruft, leben
// …“, Wikinews train; „Nach Angaben von Peter Beck, dem Dekan, befanden
// sich …“, Wikinews train wn66494); y otherwise.
func (r *run) afterInsert(y, b int) int {
	if y+2 >= b || !r.isPunctByte(y, ',') || !(r.tf[y+1]&wRelative != 0 && !r.isCap(y+1) || r.isDet(y+1)) {
		return y
	}
	for k := y + 2; k+1 < b && k < y+maxClause; k++ {
		r.steps++
		if r.isPunct(k, ";:–—") || r.inQ[k] >= 0 && r.regionStartingAt(k) < 0 && r.toks[k].Kind != annotate.Quote {
			return y
		}
		if r.isPunctByte(k, ',') {
			if r.plainFinite(k + 1) {
				return k + 1
			}
			return y
		}
	}
	return y
}

// closingDashFrame reports a wie-frame at a (the „wie“) after a dash that
// ends the sentence (b: the end of its clause, sl: of the sentence): the
// clause before the dash is what the frame reports, as after a comma
// („Bei der großen Pendlerpauschale stieg der Anteil … von 37,6 auf 43,7
// Prozent – wie diese Grafik zeigt.“, speech-news n147; „…, er habe einen
// Flüchtling illegal beschäftigt – wie der STANDARD damals berichtete.“,
// n208). A frame between two dashes is inserted and left alone.
func (r *run) closingDashFrame(a, b, sl int) bool {
	return a > 0 && r.isPunct(a-1, "–—") && (b >= sl || r.isFinal(b))
}

// insertedRelative returns the comma that closes a relative clause
// opened at j (a relative pronoun right after a comma that follows a noun
// or a closing bracket) and ended by its verb, with the sentence going on
// after it; j when there is none. A zu-infinitive report runs over it
// („hat angekündigt, das Osteuropageschäft (CEE), das derzeit noch zur Bank
// Austria (BA) ressortiert, abzuziehen und …“, speech-news n240).
func (r *run) insertedRelative(j, sl int) int {
	if r.tf[j]&wRelative == 0 || j < 2 || !(r.isCap(j-2) && r.isWord(j-2) || r.isPunctByte(j-2, ')')) {
		return j
	}
	for e := j + 2; e+1 < sl && e < j+maxClause; e++ {
		r.steps++
		if r.isFinal(e) || r.isPunct(e, ":;") {
			return j
		}
		if r.isPunctByte(e, ',') {
			if r.isWord(e-1) && !r.isCap(e-1) && r.isWord(e+1) { // the verb ends the relative clause („ressortiert“: not in morph)
				return e
			}
			return j
		}
	}
	return j
}
