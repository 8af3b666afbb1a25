package speech

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/morph"
)

// phraseCue tries the non-verbal cues at token i and returns the number
// of tokens consumed (0: none).
func (r *run) phraseCue(i int) int {
	// („nach“ by its length first, without a call: most triggers are verbs)
	if t := &r.toks[i]; t.End-t.Start == len("nach") {
		if n := r.nachPhrase(i); n > 0 {
			return n
		}
	}
	next := -1 // the length of the next word, which rules out most phrases („der“ starts four)
	if i+1 < len(r.toks) {
		next = r.toks[i+1].End - r.toks[i+1].Start
	}
	in := r.info[i]
	if in == nil || in.nextLens&(1|lenBit(next)) == 0 {
		return 0 // no phrase of one word, none whose second word has the next word's length
	}
	for _, p := range in.phrases {
		n := len(p.words)
		if i+n > len(r.toks) || n > 1 && len(p.words[1]) != next {
			continue
		}
		ok := true
		for k := 1; k < n && ok; k++ {
			// the length and first letter first, without a call
			ok = r.maybeLower(i+k, p.words[k]) && r.lower(i+k, p.words[k])
		}
		if !ok {
			continue
		}
		var done bool
		switch p.frame {
		case frameBefore:
			done = r.prepFrame(i, p)
		case frameAfter:
			done = r.postpFrame(i, n, p)
		case frameBack:
			done = r.backFrame(i, p)
		case frameRelative:
			done = r.wonachFrame(i, p)
		case frameImpersonal:
			done = r.impersonalFrame(i, n, p)
		case frameSo:
			done = r.soFrame(i, p)
		case frameFinal:
			done = r.finalFrame(i, p)
		case frameWords:
			done = r.wordsFrame(i, n, p)
		case frameOpinion:
			done = r.opinionFrame(i, n, p)
		case frameWritten:
			done = r.writtenFrame(i, p)
		}
		if done {
			return n
		}
	}
	return 0
}

// hostClause returns the clause that hosts a prepositional cue at [x, y):
// the sentence, cut at colons and semicolons.
func (r *run) hostClause(x, y int) (int, int) {
	sf, sl := r.sentBounds(x)
	a := x
	for a > sf && a > x-maxReach && !r.isPunct(a-1, ":;") && !r.capStart(a) {
		a--
	}
	if a == sf && x >= r.afterDateline(sf) {
		a = r.afterDateline(sf) // „München – Die … ist nach eigenen Angaben …“
	}
	b := y
	for b < sl && b < y+maxReach && !r.isPunct(b, ":;") {
		if r.isPunctByte(b, ',') && r.inQ[b] < 0 && r.invertedCue(b+1) {
			// another report's inverted frame closes the clause: „So
			// konnte er nach eigenen Angaben auf … zugreifen, sagte er
			// NBC“ (speech-news n207)
			break
		}
		b++
	}
	r.steps += b - a
	// a main clause before a comma, without a conjunction, is a clause of
	// its own: „Kaum ein Politiker kann das behaupten, der Großteil der
	// Mittel kommt laut X …“ (speech-news n156) → the host starts after the
	// comma (after the phrase, a second main clause may go on reporting:
	// „Fließen sollen die Mittel demnach in Etappen, die Auszahlung soll
	// …“, n118)
	for k := x - 1; k > a+1; k-- {
		if r.isPunct(k, ",–—") && r.inQ[k] < 0 && r.v2Opening(k+1, x) && r.hasFiniteVerb(a, k) {
			a = k + 1
			break
		}
	}
	return a, b
}

// v2After reports a noun phrase from k followed by a lower-case finite verb
// before x: the Vorfeld and verb of a main clause („der Großteil der Mittel
// der Parteien kommt“), not a relative clause, whose verb comes last.
func (r *run) v2After(k, x int) bool {
	e := r.npAfter(k, x)
	return e > k+1 && e < x && r.plainFinite(e)
}

// relativeHost returns the relative clause inside [a, b) that holds the
// cue phrase [x, y): from the relative pronoun after a comma (also after
// a preposition) to its verb cluster at the end („… – einem Haus, dem sie
// laut eigenem Bekunden seit 30 Jahren regelmäßige Besuche abstatte“).
// It returns an empty range when the phrase stands in no relative clause.
func (r *run) relativeHost(a, x, y, b int) (int, int) {
	ra := -1
	for k := x - 1; k > a; k-- {
		r.steps++
		if r.isPunct(k, ",;:–—()") || r.inQ[k] >= 0 {
			if r.isPunctByte(k, ',') && r.tf[k+1]&wRelative != 0 && !r.isCap(k+1) {
				ra = k + 1
			} else if r.isPunctByte(k, ',') && r.tf[k+1]&(wSubord|wWh) != 0 && r.tf[k+1]&wPrep == 0 && !r.isCap(k+1) && k+1 < x-1 {
				// a dass/als/ob-clause after the main clause holds the
				// phrase: „Neu ist etwa, dass der Standort … laut Salzburger
				// Nachrichten ans Lager … geht“ (gold/dev d009), „…
				// insofern, als sie laut vorläufigem Endergebnis …“ (d003)
				ra = k + 1
			} else if r.isPunctByte(k, ',') && r.tf[k+1]&wPrep != 0 && k+2 < len(r.tf) && r.tf[k+2]&wRelative != 0 && !r.isCap(k+2) {
				ra = k + 1
			}
			break
		}
	}
	if ra < 0 {
		return 0, 0
	}
	for k := y; k < b; k++ {
		r.steps++
		if r.isPunct(k, ",;:–—()") {
			return 0, 0 // the relative clause goes on past its verb: leave it
		}
		if r.tf[k]&(wFinite|wAux|wModal) != 0 && !r.isCap(k) && r.tf[k]&wArticle == 0 {
			e := k + 1
			for e < b && r.isWord(e) && r.tf[e]&(wAux|wModal) != 0 && !r.isCap(e) {
				e++
			}
			if e < b && r.isWord(e) {
				return 0, 0 // more words after the verb: no verb-final clause
			}
			return ra, e
		}
	}
	return 0, 0
}

// hostQuote adds the host clause of a cue phrase [x, y) as an indirect
// QUOTE, minus the phrase when it stands at an edge.
func (r *run) hostQuote(at *att, x, y int, rule string) {
	a, b := r.hostClause(x, y)
	if ra, rb := r.relativeHost(a, x, y, b); rb > ra {
		a, b = ra, rb
	}
	if rule != ruleBack && r.hasFiniteVerb(a, x) {
		// a second main clause after a comma, without a conjunction, ends
		// the host of laut or nach Angaben: „Die Flüchtlinge bleiben laut
		// Köchl … im österreichischen System, der Asylantrag laufe in
		// Österreich weiter“ (speech-news n165, n099; „demnach“ covers
		// both: „Fließen sollen die Mittel demnach in Etappen, die
		// Auszahlung soll …“, n118)
		for k := y + 1; k < b; k++ {
			r.steps++
			if r.isPunctByte(k, ',') && r.inQ[k] < 0 && r.isDet(k+1) && r.v2After(k+1, b) {
				b = k
				break
			}
		}
	}
	for k := x - 1; k > a; k-- {
		r.steps++
		if r.isPunctByte(k, ',') && r.invertedCue(k+1) {
			// the phrase stands in another report's inverted frame: „Das
			// Problem sei …, erklärte der Premierminister demnach weiter“
			// → the reported clause before the frame
			r.addQuote(at, a, k, annotate.ModeIndirect, rule)
			return
		}
	}
	for k := y; k+1 < b; k++ {
		r.steps++
		if r.isPunctByte(k, ',') && r.invertedCue(k+1) && r.hasFiniteVerb(a, k) {
			// an inverted frame of another report after the phrase closes
			// the host clause: „103 Tiere leben laut den … Zahlen in
			// freier Wildbahn, berichtete die Naturschutzorganisation
			// WWF“ (speech-news n223; not after a Vorfeld without a
			// verb: „In einer Stellungnahme nach …, einem Sprecher der
			// PMF, beschuldigte dieser …“, Wikinews train wn83739)
			b = k
			break
		}
	}
	if r.lower(a, "wie") {
		// a wie-frame of another report opens the sentence: the host
		// starts after its comma („Wie US-Außenminister Antony Blinken
		// erklärte, befinden sich nach Schätzungen der US-Regierung …“,
		// gold/dev 004)
		for k := a + 2; k < x-1; k++ {
			r.steps++
			if r.isPunctByte(k, ',') {
				if r.tf[k-1]&(wFinite|wParticiple) != 0 && !r.isCap(k-1) && len(r.cues(k-1)) > 0 {
					a = k + 1
				}
				break
			}
		}
	}
	// strip a leading conjunction or punctuation
	lead := a
	for lead < x && (r.tf[lead]&wConj != 0 || !r.isWord(lead)) {
		lead++
	}
	tail := b
	for tail > y && !r.isWord(tail-1) {
		tail--
	}
	switch {
	case lead == x:
		r.addQuote(at, r.vorfeldEnd(r.afterInsert(y, b), b), b, annotate.ModeIndirect, rule)
	case tail == y:
		r.addQuote(at, a, x, annotate.ModeIndirect, rule)
	default:
		r.addQuote(at, a, b, annotate.ModeIndirect, rule)
	}
	if _, sl := r.sentBounds(x); b < sl && r.isPunctByte(b, ',') && r.isDet(b+1) {
		// the main clause after the host goes on reporting in
		// Konjunktiv I: a second QUOTE („…, der Asylantrag laufe in
		// Österreich weiter“, speech-news n165); in the indicative it is
		// the writer's („…, die große Mehrheit kommt aus …“, n099)
		e := b + 1
		for e < sl && e < b+1+maxReach && !r.isPunct(e, ",:;") {
			e++
		}
		if v := r.mainVerbFrom(b+1, b+1, e); v >= 0 && r.tf[v]&wSubj1 != 0 && e == sl {
			r.addQuote(at, b+1, e, annotate.ModeIndirect, rule)
		}
	}
}

// vorfeldEnd returns where the host clause of a cue phrase that opens it
// goes on after the phrase's noun phrase ending at y: at the finite verb,
// when only words without a comma or a verb stand between — the phrase
// with its attributes is the Vorfeld („Laut einer Meldung der dpa zur
// Präsentation des Bucusini … könnten auch Altersheime …“, „Gemäß einer
// Entscheidung des EuGH in einer Auseinandersetzung zwischen … ist der
// Weiterverkauf … rechtens“, speech-news n124, n152); y otherwise.
func (r *run) vorfeldEnd(y, b int) int {
	for j := y; j < b && j < y+maxNP; j++ {
		r.steps++
		switch {
		case r.inQ[j] >= 0 || !r.isWord(j):
			return y
		case r.tf[j]&(wFinite|wAux|wModal) != 0 && !r.isCap(j):
			if j > y && r.tf[j-1]&wPrep == 0 {
				return j
			}
			return y
		case r.tf[j]&(wSubord|wWh|wConj|wParticiple) != 0 && !r.isCap(j) && !r.is(j, "und") && !r.is(j, "oder"):
			return y // („und“, „oder“ join nouns: „zwischen dem Händler Usedsoft und Oracle“)
		}
	}
	return y
}

// prepFrame: „laut X“, „gemäß X“.
func (r *run) prepFrame(i int, p *phraseEntry) bool {
	_, sl := r.sentBounds(i)
	j := i + 1
	if p.lemma == "laut" && (r.isPunctByte(j, ',') || r.isWerden(j) || r.is(j, "geworden")) {
		return r.raisedFrame(i, sl, p)
	}
	if q := r.regionStartingAt(j); q >= 0 && r.regions[q].last-r.regions[q].first <= 4 {
		// laut „Welt“: a name in quotation marks
		at := r.newAtt(i, i+1, p.lemma, p.pos)
		r.addSource(at, r.regions[q].first, r.regions[q].last, rulePrep)
		r.hostQuote(at, i, r.regions[q].last+1, rulePrep)
		return true
	}
	if j >= sl || !(r.isDet(j) || r.isNounish(j) || r.isAdj(j) || r.nameLike(j)) {
		return false
	}
	e := r.npAfter(j, sl)
	if e == j && r.nameLike(j) {
		e = j + 1
	}
	if e == j || e <= i+1 {
		return false
	}
	at := r.newAtt(i, i+1, p.lemma, p.pos)
	if r.ownWords(j) {
		r.ownSubject(at, i, e) // „dem sie laut eigenem Bekunden …“
	} else {
		sa, sb := r.authorOf(j, e)
		r.addSource(at, sa, sb, rulePrep)
	}
	r.hostQuote(at, i, e, rulePrep)
	return true
}

// raisedFrame: the adjective „laut“ with „werden“ before a reported
// clause: „Vorwürfe werden laut, dass …“, „Erneut wurden Vorwürfe laut,
// die Angreifer sprächen …“ (Wikinews train wn45701, wn77549), „wurden in
// der SPÖ Zweifel laut, ob …“ (speech-news n128). CUE „laut“ (lemma „laut
// werden“), the dass/ob or Konjunktiv clause after the comma the QUOTE; the
// SOURCE is the group named by „in/aus/innerhalb X“ in the clause, else the
// noun phrase right before „laut“ (the voices: „Vorwürfe“).
func (r *run) raisedFrame(i, sl int, p *phraseEntry) bool {
	a, _ := r.clause(i)
	j := i + 1
	if r.isWerden(j) || r.is(j, "geworden") {
		j++ // „war Kritik laut geworden, dass …“
	} else {
		w := -1
		for k := i - 1; k >= a; k-- {
			r.steps++
			if r.isWerden(k) {
				w = k
				break
			}
		}
		if w < 0 {
			return false
		}
	}
	if !r.isPunctByte(j, ',') || j+2 >= sl {
		return false
	}
	c := j + 1
	dassOb := r.lower(c, "dass") || r.lower(c, "ob")
	if !dassOb && !r.konjClause(c, min(sl, c+maxClause)) {
		return false
	}
	at := r.newAtt(i, i+1, "laut werden", p.pos)
	lim := i
	if r.isNounish(i-1) && !r.isDet(i-2) {
		lim = i - 1 // the voices: „in der SPÖ Zweifel laut“
	}
	sa, sb := -1, -1
	for k := a; k+1 < lim; k++ {
		r.steps++
		if r.lower(k, "in") || r.lower(k, "aus") || r.lower(k, "innerhalb") {
			s := k + 1
			if r.is(s, "von") {
				s++
			}
			if e := r.npAfter(s, lim); e > s && (r.roleIn(s, e) || r.hasName(s, e)) {
				sa, sb = s, e
				break
			}
		}
	}
	switch {
	case sa >= 0:
	case r.isNounish(i - 1):
		if s := r.npBefore(i, a); s < i {
			sa, sb = s, i // „wurden Vorwürfe laut“
		}
	case r.isNounish(a) && r.tf[a]&wAdverb == 0:
		if e := r.npAfter(a, i); e > a && r.isWerden(e) {
			sa, sb = a, e // „Vorwürfe werden laut“
		}
	}
	if sa >= 0 {
		r.addSource(at, sa, sb, rulePrep)
	}
	end := r.reportEnd(c, sl)
	if dassOb {
		end = r.verbFinalEnd(c, end)
	}
	r.addQuote(at, c, end, annotate.ModeIndirect, rulePrep)
	return true
}

// nameLike reports a lower-case word that is a name or a site: „ndr.de“,
// „el-Baradei“, „verdi-Verhandlungsführer“.
func (r *run) nameLike(j int) bool {
	if j >= len(r.toks) {
		return false
	}
	k := r.toks[j].Kind
	if k == annotate.URL {
		return true
	}
	if k != annotate.Word || r.tf[j] != 0 {
		return false
	}
	w := r.w(j)
	return (strings.IndexByte(w, '.') >= 0 || strings.IndexByte(w, '-') >= 0) && !strings.HasSuffix(w, "-")
}

// authorOf returns the named author inside a document phrase: „Aussendung
// der Uni“ → „der Uni“, „Zschäpes Erklärung“ → „Zschäpes“; otherwise the
// phrase itself.
func (r *run) authorOf(a, b int) (int, int) {
	for k := a; k < b; k++ {
		if r.isNounish(k) {
			if k+1 < b && !r.isDet(a) && r.saxonGenitive(k) && r.s.lex.nouns[r.w(k+1)].flags&(nounDoc|nounReport) != 0 {
				return k, k + 1 // a name in the genitive: „laut Zschäpes Erklärung“
			}
			if n := r.s.lex.nouns[r.w(k)]; n != nil && n.flags&(nounDoc|nounReport) != 0 {
				g := k + 1
				if g < b && (r.is(g, "der") || r.is(g, "des") || r.is(g, "von") || r.is(g, "vom")) {
					s := g
					if r.is(g, "von") {
						s = g + 1
					}
					if e := r.npAfter(s, b); e > s {
						return s, e
					}
				}
			}
			if k+1 < b && r.isAdj(k+1) {
				continue // a dative in a participle attribute: „einer der APA vorliegenden Aufstellung des X“
			}
			break
		}
	}
	return a, b
}

// postpFrame: „X zufolge“.
func (r *run) postpFrame(i, n int, p *phraseEntry) bool {
	sf, _ := r.sentBounds(i)
	a := i
	for a > sf && a > i-maxNP && !r.isPunct(a-1, ",;:–—") {
		a-- // quotation marks may stand in the phrase: „dem „Figaro“ zufolge“
	}
	r.steps += i - a
	s := r.npBefore(i, a)
	if s == i && i-1 >= a && dativePronoun(r.w(i-1)) {
		s = i - 1 // „Ihnen zufolge“
	}
	if s == i {
		return false
	}
	at := r.newAtt(i, i+n, p.lemma, p.pos)
	sa, sb := r.authorOf(s, i)
	r.addSource(at, sa, sb, rulePrep)
	r.hostQuote(at, s, i+n, rulePrep)
	return true
}

// dativePronoun reports a personal pronoun that can stand before
// „zufolge“.
func dativePronoun(w string) bool {
	switch w {
	case "ihm", "ihr", "ihnen", "Ihm", "Ihr", "Ihnen":
		return true
	}
	return false
}

// backFrame: „Demnach …“ continues the last attribution that names a
// speaker and is no report inside another one's QUOTE (§1.4.6), or else
// the last attribution. It looks back over the attributions of the
// sentence and the three before, at most maxBack of them (an endless
// sentence of „…, demnach …“ made the look-back quadratic).
func (r *run) backFrame(i int, p *phraseEntry) bool {
	var last *att
	if len(r.atts) > 0 {
		last = r.atts[len(r.atts)-1]
	}
	si := int(r.sentOf[i])
	for k := len(r.atts) - 1; k >= 0 && k >= len(r.atts)-maxBack && si-r.atts[k].sent <= 3; k-- {
		r.steps++
		if a := r.atts[k]; len(r.root(a).sources) > 0 && !r.innerReport(a, k) {
			last = a
			break
		}
	}
	at := r.newAtt(i, i+1, p.lemma, p.pos)
	if last != nil && si-last.sent <= 3 {
		at.link = last
	} else if x, y := r.prevSpeaker(si); y > x {
		r.addSource(at, x, y, ruleBack) // „Die ÖWA hat die Zahlen veröffentlicht. … kommt demnach …“ (np.go)
	}
	r.hostQuote(at, i, i+1, ruleBack)
	return true
}

// innerReport reports an attribution a (at index k of r.atts) whose cue
// lies inside the QUOTE of an attribution of the three before it.
func (r *run) innerReport(a *att, k int) bool {
	if len(a.cues) == 0 {
		return false
	}
	c := a.cues[0]
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		r.steps++
		for _, q := range r.atts[m].quotes {
			if q.start <= c.start && c.end <= q.end {
				return true
			}
		}
	}
	return false
}

// wonachFrame: „die Meldung, wonach …“, „Gerüchte, wonach …“.
func (r *run) wonachFrame(i int, p *phraseEntry) bool {
	sf, sl := r.sentBounds(i)
	if i-1 <= sf || !r.isPunctByte(i-1, ',') {
		return false
	}
	s := r.npBefore(i-1, sf)
	if p.lemma != "wonach" && !r.reportNounIn(s, i-1) {
		// „Standards, nach denen …“: a relative „nach“/„laut“ is a cue
		// only after a report („Umfragen, nach denen …“)
		return false
	}
	at := r.newAtt(i, i+1, p.lemma, p.pos)
	if s < i-1 {
		r.addSource(at, s, i-1, ruleWonach)
	}
	r.addQuote(at, i+1, r.verbFinalEnd(i+1, sl), annotate.ModeIndirect, ruleWonach)
	return true
}

// reportNounIn reports a report or document noun in the phrase [a, b).
func (r *run) reportNounIn(a, b int) bool {
	for k := a; k < b; k++ {
		if r.reportNounAt(k) {
			return true
		}
	}
	return false
}

// reportNounAt reports a report or document noun at k, also as the last
// part of a compound („Meinungsumfragen“ → „Umfragen“).
func (r *run) reportNounAt(k int) bool {
	return r.nounFlagAt(k, nounDoc|nounReport)
}

// nounFlagAt reports a noun of speech-nouns.txt with one of the flags in
// mask at k, also as the last part of a compound.
func (r *run) nounFlagAt(k int, mask nounFlags) bool {
	if k < 0 || !r.isWord(k) {
		return false
	}
	w := r.w(k)
	for off := 0; off < len(w)-3; off++ {
		if off > 0 && !utf8.RuneStart(w[off]) {
			continue
		}
		c := w[off:]
		if off > 0 {
			ru, n := utf8.DecodeRuneInString(c)
			c = string(unicode.ToUpper(ru)) + c[n:]
		}
		if n := r.s.lex.nouns[c]; n != nil && n.flags&mask != 0 {
			return true
		}
	}
	return false
}

// impersonalFrame: „…, heißt es (in einer Erklärung des X).“, „Es heißt,
// …“, „In der Erklärung heißt es: …“, „Darin hieß es, …“.
func (r *run) impersonalFrame(i, n int, p *phraseEntry) bool {
	sf, sl := r.sentBounds(i)
	n0, m0 := len(r.atts), len(r.marked)
	at := r.newAtt(i, i+n, p.lemma, p.pos)
	_, b := r.clause(i + n - 1)
	// source: a document or seitens/aus/von phrase after the cue, or the Vorfeld
	r.impersonalSource(at, i, n, b, sf, p.lemma == "heißen")
	p0 := i - 1
	switch {
	case b < len(r.toks) && r.isPunctByte(b, ':'):
		if len(at.sources) == 0 && p0 > sf && r.isPunctByte(p0, ',') && (r.lower(sf, "in") || r.lower(sf, "im")) {
			// „In einer Pressemitteilung, die sein Büro … verbreitete,
			// hieß es: …“ (d006): the document before its relative clause
			if sa, sb := r.docSource(sf, p0); sb > sa {
				r.addSource(at, sa, sb, ruleImpersonal)
			}
		}
		r.complement(at, i+n-1, b, &verbEntry{frames: takesClause | takesQuote}, ruleImpersonal)
	case r.docVorfeld(at, sf, p0, b):
		// „In der Resolution, die … angenommen wurde, heißt es, dass …“
		r.complement(at, i+n-1, b, &verbEntry{frames: takesClause | takesQuote}, ruleImpersonal)
	case p0 > sf && (r.isPunctByte(p0, ',') || r.toks[p0].Kind == annotate.Quote):
		// the quote before: „…“, heißt es / …, heißt es
		c := p0
		if r.isPunctByte(c, ',') {
			c--
		}
		if q := r.regionEndingAt(c); q >= 0 {
			r.addRegionQuote(at, q, ruleImpersonal)
		} else {
			r.addQuote(at, r.quoteStart(p0, sf), p0, r.modeOf(r.quoteStart(p0, sf), p0), ruleImpersonal)
		}
		r.secondPart(at, b, b, sl, false)
	default:
		if !r.complement(at, i+n-1, b, &verbEntry{frames: takesClause | takesQuote}, ruleImpersonal) && r.nearSentenceStart(i) {
			// „Es heißt natürlich St. Leonhard“, „Seither hieß es in der
			// Austrian Bowl immer Vikings vs. Raiders“: no reported words
			// before or after, a name or a state, no report (§1.1)
			r.dropAtts(n0, m0)
			return false
		}
	}
	return true
}

// nearSentenceStart reports a token i with at most one word before it
// in its sentence („Seither hieß es …“, „Es heißt …“).
func (r *run) nearSentenceStart(i int) bool {
	sf, _ := r.sentBounds(i)
	return i <= sf+1
}

// finalFrame: „heißt“ closing a wie-clause or a relative clause opened
// by a preposition, with „es“ in it: „…, wie es am Donnerstag in einer
// Aussendung der OECD heißt“ (SOURCE the document's author, QUOTE the
// host clause), „chinesischer Medien, in denen es auch heißt, dass …“
// (SOURCE the noun before the comma, QUOTE the content after the cue).
func (r *run) finalFrame(i int, p *phraseEntry) bool {
	a, b := r.clause(i)
	if a+2 > i || r.lastWord(a, b) != i {
		return false
	}
	wie := r.lower(a, "wie")
	rel := r.tf[a]&wPrep != 0 && r.tf[a+1]&wRelative != 0 && a > 0 && r.isPunctByte(a-1, ',')
	if !wie && !rel {
		return false
	}
	es := -1
	for j := a + 1; j < i && es < 0; j++ {
		if r.is(j, "es") {
			es = j
		}
	}
	if es < 0 {
		return false
	}
	at := r.newAtt(i, i+1, p.lemma, p.pos)
	if !wie && !r.complement(at, i, b, &verbEntry{frames: takesClause | takesQuote}, ruleImpersonal) {
		r.atts = r.atts[:len(r.atts)-1] // „…, in dem es unter anderem heißt:“ and nothing after it
		return false
	}
	for j := es + 1; j < i; j++ {
		if r.is(j, "in") || r.is(j, "im") {
			if sa, sb := r.docSource(j, i); sb > sa {
				r.addSource(at, sa, sb, ruleImpersonal)
				break
			}
		}
	}
	if wie {
		r.hostQuote(at, a, i+1, ruleImpersonal)
		return true
	}
	if sf, _ := r.sentBounds(i); len(at.sources) == 0 {
		if x := r.npBefore(a-1, sf); x < a-1 {
			r.addSource(at, x, a-1, ruleImpersonal)
		}
	}
	return true
}

// wordsFrame: „mit den Worten“ with a quote or clause after it makes the
// verb of its clause a report, whatever verb it is: „Enders schloss sich
// dieser Einschätzung mit den Worten an: „…““ (CUE „schloss“, lemma
// anschließen), „hatte die Ausführung mit den Worten abgelehnt: …“ (CUE
// the participle), „trat dem Vorwurf mit den Worten entgegen, das Gericht
// sei …“. A verb that is a cue already keeps its own frame; without a
// verb in the clause („Mit den Worten „…“, richtete er …“) the phrase is
// the CUE.
func (r *run) wordsFrame(i, n int, p *phraseEntry) bool {
	a, b := r.clause(i)
	if b < len(r.toks) && r.toks[b].Kind == annotate.Quote && r.regionStartingAt(b) >= 0 {
		b++ // „mit den Worten „…““: the quote belongs to the phrase
	}
	for k := i + n; k < b; k++ {
		if len(r.cues(k)) > 0 && !r.isCap(k) {
			return false // „wird mit den Worten zitiert“: the verb after it is a cue of its own
		}
	}
	fin := r.firstFinite(a, i)
	if fin < 0 {
		// back over an inserted clause or name: „trat dem Vorwurf, das
		// Gericht sei nicht legitim, mit den Worten entgegen“
		sf, _ := r.sentBounds(i)
		x := i
		for x > sf && x > i-maxClause && !r.isPunct(x-1, ":;") {
			x--
		}
		r.steps += i - x
		if x > sf || r.tf[x]&(wSubord|wWh) == 0 {
			fin = r.firstFinite(x, i)
		}
	}
	v := fin
	aux := fin >= 0 && r.tf[fin]&(wAux|wModal) != 0
	if k := r.lastWord(i+n, b); k >= i+n && r.tf[k]&wParticiple != 0 && (r.tf[k]&wFinite == 0 || aux) {
		v = k // „hatte … mit den Worten abgelehnt“
	}
	if v >= 0 && r.cov[v] {
		return false // a cue of its own („zitierte X mit den Worten“) or inside a quote
	}
	var at *att
	if v < 0 {
		at = r.newAtt(i, i+n, p.lemma, p.pos)
	} else {
		at = r.newAtt(v, v+1, r.verbLemma(v, r.lastWord(i+n, b)), p.pos)
	}
	if !r.complement(at, i+n-1, b, &verbEntry{frames: takesClause | takesQuote}, ruleWords) {
		r.atts = r.atts[:len(r.atts)-1]
		return false
	}
	if fin >= 0 {
		r.coordinatedSubject(at, fin, i, ruleWords)
	}
	return true
}

// writtenFrame: a verb that reports what a document says, with the
// content after it: „In einem Jahresbericht des Ministeriums steht, dass
// …“, „Darin steht unter anderem: „…““ (SOURCE the document or its named
// author, or „Darin“; without a document no cue: „Im Mittelpunkt steht,
// dass …“), and the participle of impersonal „heißen“ with „es“ and an
// auxiliary („In einer Erklärung hatte es geheißen: „…““, „Am Vormittag
// hatte es zunächst geheißen, die Opposition hätte …“; a document is
// optional, as for „hieß es“).
func (r *run) writtenFrame(i int, p *phraseEntry) bool {
	a, b := r.clause(i)
	if b >= len(r.toks) || !r.isPunct(b, ":,") && r.toks[b].Kind != annotate.Quote {
		return false // no content after the clause („Das Auto steht in der Garage.“)
	}
	heissen := p.lemma == "heißen"
	if heissen {
		es, aux := false, false
		for j := a; j < i; j++ {
			es = es || r.is(j, "es")
			aux = aux || r.tf[j]&wAux != 0
		}
		if !es || !aux {
			return false
		}
	}
	sa, sb := -1, -1
	for j := a; j < b && sa < 0; j++ {
		switch {
		case j == i:
		case r.lower(j, "darin"):
			sa, sb = j, j+1
		case r.lower(j, "in") || r.lower(j, "im"):
			if x, y := r.docSource(j, b); y > x {
				sa, sb = x, y
			}
		}
	}
	if sa < 0 && !heissen {
		return false
	}
	at := r.newAtt(i, i+1, p.lemma, p.pos)
	fr := takesClause // „steht, …“: no indicative main clause after a comma
	if heissen {
		fr |= takesQuote
	}
	if !r.complement(at, i, b, &verbEntry{frames: fr}, ruleImpersonal) {
		r.atts = r.atts[:len(r.atts)-1]
		return false
	}
	if sa >= 0 {
		r.addSource(at, sa, sb, ruleImpersonal)
	}
	return true
}

// opinionFrame: „X ist (auch) der Meinung / Ansicht, dass …“: the noun
// phrase is the CUE (lemma „der Meinung sein“), anchored on the noun so
// that forms of sein never become cue forms; it needs a finite form of
// sein before it in its clause and a content clause after it.
func (r *run) opinionFrame(i, n int, p *phraseEntry) bool {
	a, b := r.clause(i)
	sein := -1
	haben := strings.HasSuffix(p.lemma, " haben") // „den Eindruck haben“
	for j := i - 1; j >= a && j >= i-4; j-- {
		if (haben && isHaben(r.w(j)) || !haben && isSein(r.w(j))) && r.tf[j]&wFinite != 0 {
			sein = j
			break
		}
	}
	if sein < 0 || r.lastWord(i+n, b) >= i+n {
		return false // „Er war der Meinung seines Vaters“: no clause follows the noun
	}
	if haben && r.bareMan(a, b) {
		return false // „Man hat das Gefühl, dass …“: nobody's impression
	}
	at := r.newAtt(i, i+n, p.lemma, p.pos)
	if !r.complement(at, i+n-1, b, &verbEntry{frames: takesClause}, ruleOpinion) {
		r.atts = r.atts[:len(r.atts)-1]
		return false
	}
	x := a
	for x < sein && (!r.isWord(x) || r.tf[x]&wConj != 0 || r.focusParticle(x)) {
		x++
	}
	switch {
	case x < sein && (r.is(sein-1, "und") || r.is(sein-1, "oder")):
		// „McNamara spielte die Idee herunter und ist der Meinung, …“
		if v := r.firstFinite(x, sein-1); v >= 0 {
			r.coordinatedSubject(at, v, sein-1, ruleOpinion)
		}
	case x+1 == sein && r.subjectPronoun(x):
		r.addSource(at, x, sein, ruleOpinion) // „Wir sind der Meinung, …“
	case x < sein && r.vorfeldSubject(x, sein):
		if se := r.npAfter(x, sein); se > x {
			r.addSource(at, x, se, ruleOpinion)
		}
	default:
		// „Daher ist auch der Minister der Ansicht, …“
		if k := r.skipAdverbs(sein+1, i); k < i && r.npAfter(k, i) > k {
			r.addSource(at, k, r.npAfter(k, i), ruleOpinion)
		}
	}
	return true
}

// isHaben reports a finite form of haben, the verb of „den Eindruck
// haben“ and „das Gefühl haben“ (opinion frames).
func isHaben(w string) bool {
	switch w {
	case "habe", "hat", "haben", "hatte", "hatten", "hätte", "hätten", "Habe", "Hat", "Haben", "Hatte", "Hatten", "Hätte", "Hätten":
		return true
	}
	return false
}

// verbLemma returns the lemma of verb v from morph, with the separable
// particle at k when v has a reading with it („schloss … an“ →
// anschließen); the word itself when morph has no verb reading.
func (r *run) verbLemma(v, k int) string {
	lemma := r.w(v)
	found := false
	for _, an := range r.s.g.t.Analyze(r.w(v)) {
		if an.POS != morph.Verb {
			continue
		}
		if an.Particle != "" && k > v && an.Particle == r.w(k) {
			return an.Lemma
		}
		if an.Particle == "" && !found {
			lemma, found = an.Lemma, true
		}
	}
	return lemma
}

// docVorfeld reports a Vorfeld „in DOC“ whose relative clause or
// apposition ends at the comma p0 before „heißt es“, with the content
// after the comma at b: „In der Resolution, die … angenommen wurde,
// heißt es, dass …“. The document's author becomes the SOURCE when the
// cue has none yet.
func (r *run) docVorfeld(at *att, sf, p0, b int) bool {
	if p0 <= sf || !r.isPunctByte(p0, ',') || b >= len(r.toks) || !r.isPunctByte(b, ',') || !(r.lower(sf, "in") || r.lower(sf, "im")) {
		return false
	}
	sa, sb := r.docSource(sf, p0)
	if sb <= sa {
		return false
	}
	if len(at.sources) == 0 {
		r.addSource(at, sa, sb, ruleImpersonal)
	}
	return true
}

func (r *run) impersonalSource(at *att, i, n, b, sf int, heissen bool) {
	for j := i + n; j < b; j++ {
		switch {
		case heissen && (r.is(j, "seitens") || r.is(j, "aus") || r.is(j, "von") || r.is(j, "vom")):
			if e := r.npAfter(j+1, b); e > j+1 {
				r.addSource(at, j+1, e, ruleImpersonal)
				return
			}
		case r.is(j, "darin") || r.is(j, "dort"):
			r.addSource(at, j, j+1, ruleImpersonal)
			return
		case r.is(j, "in") || r.is(j, "im") || r.is(j, "beim"):
			if sa, sb := r.docSource(j, b); sb > sa && !r.is(j, "beim") {
				r.addSource(at, sa, sb, ruleImpersonal)
				return
			}
			if e := r.npAfter(j+1, b); heissen && !r.is(j, "in") && e > j+1 && r.institution(j+1, e) {
				// the speakers' institution: „hieß es im Innenministerium
				// zur APA“, „heißt es im BMI“ (speech-news n166), like
				// „seitens X“
				r.addSource(at, j+1, e, ruleImpersonal)
				return
			}
		}
	}
	// Vorfeld: „Darin heißt es“, „In der Erklärung heißt es“
	a, _ := r.clause(i)
	if a < i && a >= sf {
		switch {
		case r.lower(a, "darin") || r.lower(a, "dort") || r.lower(a, "hier"):
			r.addSource(at, a, a+1, ruleImpersonal)
		case r.lower(a, "in") || r.lower(a, "im"):
			if sa, sb := r.docSource(a, i); sb > sa {
				r.addSource(at, sa, sb, ruleImpersonal)
			} else if e := r.npAfter(a+1, i); heissen && e == i && r.institution(a+1, e) {
				// the speakers' circle or institution as the whole
				// Vorfeld: „In Sicherheitskreisen hieß es, …“ (speech-news
				// n260), as after the cue („hieß es im Innenministerium“)
				r.addSource(at, a+1, e, ruleImpersonal)
			}
		case heissen && (r.lower(a, "seitens") || r.lower(a, "von") || r.lower(a, "vom")) && a+1 < i:
			// „Seitens des steirischen Landesenergieversorgers hieß es
			// am Dienstag, …“, as after the cue
			if e := r.npAfter(a+1, i); e == i {
				r.addSource(at, a+1, e, ruleImpersonal)
			}
		}
	}
}

// institution reports a noun phrase [a, e) that names a group or
// institution: a listed group noun („Innenministerium“) or an upper-case
// abbreviation („BMI“).
func (r *run) institution(a, e int) bool {
	for k := a; k < e; k++ {
		if r.groupNoun(k) || r.isWord(k) && isUpperWord(r.w(k)) && len(r.w(k)) > 1 {
			return true
		}
	}
	return false
}

// docSource reads „in DOC“ starting at the preposition j, up to lim: the
// document's author when it is named (a genitive „des Ministeriums“, a
// name „Bans“, or „vom X“ inside a participle attribute: „in einer vom
// EU-Außenbeauftragten veröffentlichten Erklärung“), else the document
// noun phrase.
func (r *run) docSource(j, lim int) (int, int) {
	k := -1
	for m := j + 1; m < lim && m <= j+12; m++ {
		if r.isNounish(m) && r.docPhrase(m, m+1) {
			k = m
			break
		}
		if r.isFinal(m) || r.isPunct(m, ",:;") {
			break
		}
	}
	if k < 0 {
		return 0, 0
	}
	if g := k + 1; g < lim && (r.is(g, "des") || r.is(g, "der")) {
		if e := r.npAfter(g, lim); e > g+1 {
			return g, e
		}
	}
	if g := k + 1; g < lim && r.isNounish(g) && strings.HasSuffix(r.w(g), "s") {
		return g, g + 1 // „Erklärung Bans“
	}
	if k-1 > j && r.saxonGenitive(k-1) && !r.isDet(k-2) && !r.isAdj(k-2) {
		return k - 1, k // a name in the genitive before the document: „in Zschäpes Erklärung“
	}
	for m := j + 1; m < k; m++ {
		if r.is(m, "vom") || r.is(m, "von") {
			if e := r.npCore(m+1, k); e > m+1 {
				return m + 1, e
			}
		}
	}
	end := k + 1
	if g := k + 1; g+1 < lim && r.is(g, "im") && r.mediaNoun(g+1) {
		// the venue belongs to the document: „in einer viel beachteten
		// Studie im Fachblatt Current Biology“ (speech-news n005)
		if e := r.npCore(g+1, lim); e > g+1 {
			end = e
		}
	}
	s := j + 1
	if r.is(j, "im") || r.is(j, "Im") {
		// „im internen Expertenpapier“ → „internen Expertenpapier“: the
		// adjectives after the fused article stay
		for m := j + 1; m < k; m++ {
			if !r.isAdj(m) {
				s = k
				break
			}
		}
	}
	return s, end
}

// docPhrase reports a noun phrase whose head is a document noun.
func (r *run) docPhrase(a, b int) bool {
	for k := a; k < b; k++ {
		if r.isNounish(k) {
			w := r.w(k)
			if n := r.s.lex.nouns[w]; n != nil && n.flags&(nounDoc|nounReport) != 0 {
				return true
			}
			var buf [64]byte
			lw := appendLower(buf[:0], w) // strings.ToLower(w) without allocating
			for _, s := range []string{"erklärung", "mitteilung", "bericht", "stellungnahme", "interview", "schreiben", "brief"} {
				if hasSuffix(lw, s) {
					return true
				}
			}
			// a compound of a listed document noun: „Positionspapier“
			for _, s := range r.s.lex.docSuf {
				if len(lw) > len(s)+2 && hasSuffix(lw, s) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// soFrame: quotative „…, so Stoltenberg.“, „…, so der Minister weiter.“
func (r *run) soFrame(i int, p *phraseEntry) bool {
	sf, sl := r.sentBounds(i)
	if i-1 <= sf || !r.isPunct(i-1, ",–") || i+1 >= sl {
		return false
	}
	dash := r.isPunct(i-1, "–")
	j := i + 1
	if !(r.isDet(j) || r.isNounish(j) || r.subjectPronoun(j) || r.nameLike(j)) || r.tf[j]&wFinite != 0 && !r.isCap(j) {
		return false
	}
	e := r.npAfter(j, sl)
	if e == j && r.nameLike(j) {
		e = r.npAfter(j+1, sl)
		if e == j+1 {
			e = j + 1
		}
	}
	if e == j {
		return false
	}
	// the frame ends the sentence or the clause („so X weiter“, „so X am
	// Montag“, „so das Ergebnis einer gestern vorgestellten Studie“): no
	// finite verb follows in its clause
	k := r.skipAdverbs(e, sl)
	if dash {
		// parenthetical „… – so Canny –, trotzdem …“: the dash closes the
		// frame and the quote is the host clause around it
		if !r.isPunct(k, "–") {
			return false
		}
		at := r.newAtt(i, i+1, p.lemma, p.pos)
		sa, sb := r.authorOf(j, e) // „so der Vorwurf der römischen Staatsanwaltschaft“ (n127)
		r.addSource(at, sa, sb, ruleSo)
		r.hostQuote(at, i-1, k+1, ruleSo)
		return true
	}
	m := k
	for ; m < sl && m < k+maxClause && !r.isPunct(m, ",;:"); m++ {
		if r.tf[m]&wFinite != 0 && !r.isCap(m) {
			return false
		}
	}
	at := r.newAtt(i, i+1, p.lemma, p.pos)
	sa, sb := r.authorOf(j, e) // „so der Vorwurf der römischen Staatsanwaltschaft“ (n127)
	r.addSource(at, sa, sb, ruleSo)
	defer r.soColon(at, m, sl)
	c := i - 2
	if q := r.regionEndingAt(c); q >= 0 {
		g := r.regions[q]
		if int(r.sentOf[g.open]) == int(r.sentOf[i]) && g.open > sf && r.mixedStart(g) {
			r.useRegion(q)
			r.addQuote(at, r.quoteStart(g.open, sf), g.last, annotate.ModeIndirect, ruleSo)
		} else {
			r.addRegionQuote(at, q, ruleSo)
		}
	} else {
		qa := r.quoteStart(i-1, sf)
		mode := r.modeOf(qa, i-1)
		if mode == annotate.ModeDirect {
			qa = r.extendDirectBack(qa)
		}
		r.addQuote(at, qa, i-1, mode, ruleSo)
		if k+1 < sl && r.isPunctByte(k, ',') && r.regionStartingAt(k+1) < 0 && r.tf[k+1]&wRelative == 0 &&
			(r.tf[k+1]&wFinite != 0 && !r.isCap(k+1) || !r.hasFinite(qa, i-1) || r.closesBracket(k+1, sl)) {
			// „Sein Rivale McCain, so Obama weiter, würde massiv Spenden
			// … erhalten“: the frame interrupts the host clause, whose
			// second part is a QUOTE of the same attribution; after
			// indirect speech only in Konjunktiv („…, es sei kein Problem,
			// so X, bewirkte aber das Gegenteil“ goes on in the writer's words)
			e := r.reportEnd(k+1, sl)
			if c := r.directAfterColon(k+1, e); c > k+1 {
				// „Immerhin, so der Sozialarbeiter, sei der Sudanese seit
				// fünf Jahren im Asylverfahren: Das sind fünf Jahre
				// erzwungener Untätigkeit, sagte Spindler“: the mode
				// changes at the colon, the words after it are the next
				// frame's (speech-news n208)
				e = c
			}
			if mode == annotate.ModeDirect || r.konjSentence(k+1, e) || r.subj2Sentence(k+1, e) || r.closesBracket(k+1, sl) {
				if mode == annotate.ModeDirect && !r.hasFinite(qa, i-1) && r.konjSentence(k+1, e) {
					// a verbless first part and a Konjunktiv I second part
					// are one reported clause: indirect („Immerhin, so der
					// Sozialarbeiter, sei der Sudanese …“, n208)
					mode = annotate.ModeIndirect
					for q := range at.quotes {
						at.quotes[q].mode = mode
					}
				}
				r.addQuote(at, k+1, e, mode, ruleSo)
			}
		}
	}
	return true
}

// soColon adds the words after a colon that closes a so-frame as a
// second QUOTE of its attribution (as after an inverted cue, §1.6): „…, so
// die Sprecherin am Dienstag: Ja, der Verbund ist ausgestiegen …“.
func (r *run) soColon(at *att, m, sl int) {
	if m+1 >= sl || !r.isPunctByte(m, ':') || r.inQ[m] >= 0 {
		return
	}
	if q := r.regionStartingAt(m + 1); q >= 0 {
		if !r.regions[q].used {
			r.addRegionQuote(at, q, ruleSo)
		}
		return
	}
	e := sl
	for e > m+1 && r.toks[e-1].Kind == annotate.Punct {
		e--
	}
	if e > m+1 {
		r.addQuote(at, m+1, e, r.modeOf(m+1, e), ruleSo)
	}
}

// closesBracket reports a segment from k to the next comma that holds no
// finite verb and ends in a participle or infinitive: the rest of a
// clause whose finite verb came before an inserted frame („Alles in allem
// sei es für alle Parteien, so der OSZE-Bericht, möglich gewesen, …“).
func (r *run) closesBracket(k, sl int) bool {
	e := k
	for e < sl && e < k+maxClause && !r.isPunct(e, ",;:") {
		if r.tf[e]&wFinite != 0 && r.tf[e]&wParticiple == 0 && !r.isCap(e) {
			return false
		}
		e++
	}
	l := r.lastWord(k, e)
	return l >= 0 && !r.isCap(l) && (r.tf[l]&wParticiple != 0 || r.isZuInf(l) || r.is(l, "sein") || r.is(l, "werden") || r.is(l, "haben"))
}

// nachPhrase: „nach Angaben (der Polizei)“, „nach eigenen Angaben“, „Nach
// ihren Worten“, „nach Polizeiangaben“.
func (r *run) nachPhrase(i int) int {
	if !(r.maybeLower(i, "nach") && r.lower(i, "nach")) {
		return 0
	}
	_, sl := r.sentBounds(i)
	if r.nachPostposition(i) {
		return 1
	}
	j := i + 1
	poss := -1
	evidential := false // „nach ersten Berichten“, „nach bisher unbestätigten Berichten“
	for n := 0; n < 3 && j < sl; n++ {
		if r.tf[j]&wPossessive != 0 || r.saxonGenitive(j) {
			poss = j
			j++
			continue
		}
		if ev := r.s.lex.nachAdj[r.w(j)]; ev || r.isDet(j) || r.isAdj(j) {
			evidential = evidential || ev
			j++
			continue
		}
		break
	}
	if j >= sl || !r.isCap(j) {
		return 0
	}
	w := r.w(j)
	ent := r.s.lex.nouns[w]
	compound := false
	if evidential && ent != nil && ent.flags&nounReport != 0 {
		// „nach ersten Untersuchungen“: a report noun after a nach-adjective
	} else if ent == nil || ent.flags&(nounNach|nounNachNamed) == 0 {
		ent = r.nachSuffix(w)
		if ent == nil {
			return 0
		}
		compound = true
	}
	if ent.flags&nounNach == 0 && !compound && !evidential && !r.namedAfter(j+1, sl) {
		return 0 // „nach Berichten über …“: after the reports
	}
	at := r.newAtt(i, j+1, ent.lemma, ent.pos)
	end := j + 1
	switch {
	case r.ownReport(i, j):
		r.ownSubject(at, i, j+1)
	case compound:
		r.addSource(at, j, j+1, ruleNach)
	case poss >= 0:
		r.addSource(at, poss, poss+1, ruleNach)
	case end < sl && (r.is(end, "der") || r.is(end, "des") || r.is(end, "von") || r.is(end, "vom") || r.genitiveDet(end) || r.genitiveAdj(end) || r.ausSpeaker(end, sl)):
		s := end
		if r.is(end, "von") || r.is(end, "aus") {
			s = end + 1
		}
		if e := r.npAfter(s, sl); e > s {
			r.addSource(at, s, e, ruleNach)
			end = r.overRelative(e, sl)
		}
	case ent.flags&nounDoc == 0 && r.originAdj(i+1, j) >= 0:
		// an adjective of origin names the source inside the phrase, as a
		// compound does („nach Polizeiangaben“): „nach nordkoreanischen
		// Angaben“ → SOURCE „nordkoreanischen“ (not „nach offiziellen
		// Angaben“)
		x := r.originAdj(i+1, j)
		r.addSource(at, x, x+1, ruleNach)
	}
	r.hostQuote(at, i, end, ruleNach)
	return j + 1 - i
}

// originAdj returns the first adjective of origin in [a, b), or -1: a
// lower-case adjective in -isch („nordkoreanischen“, „israelischen“,
// „US-amerikanischen“), which names a country, people or institution.
func (r *run) originAdj(a, b int) int {
	for j := a; j < b; j++ {
		if !r.isAdj(j) {
			continue
		}
		w := r.w(j)
		for _, suf := range [...]string{"ischen", "ischer", "ischem", "ische", "yschen", "yscher", "yschem", "ysche"} { // („libyschen“)
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 && !mannerIsch(w[:len(w)-len(suf)]) {
				return j
			}
		}
	}
	return -1
}

// mannerIsch reports the stem of a common adjective in -isch that names
// a kind or manner, not an origin („nach technischer Analyse“, „nach
// medizinischen Erkenntnissen“).
func mannerIsch(stem string) bool {
	switch stem {
	case "techn", "polit", "medizin", "statist", "jurist", "prakt", "theoret", "krit", "typ", "klin",
		"chem", "physikal", "log", "empir", "histor", "ökonom", "wissenschaftl", "psycholog", "biolog",
		"ökolog", "strateg", "takt", "automat", "systemat", "realist", "optimist", "pessimist", "skept":
		return true
	}
	return false
}

// ownReport reports „eigenen“ in the phrase [a, b): „nach eigenen Angaben“.
func (r *run) ownReport(a, b int) bool {
	for j := a; j < b; j++ {
		if r.lower(j, "eigenen") || r.lower(j, "eigener") || r.lower(j, "eigenem") {
			return true
		}
	}
	return false
}

// subjectSource adds the subject of the clause as the SOURCE of „nach
// eigenen Angaben“ at x: the Vorfeld noun phrase before the finite verb
// („Die Nato hat nach eigenen Angaben …“).
func (r *run) subjectSource(at *att, x, y int) {
	a, hb := r.hostClause(x, x+1)
	for a < x && (r.tf[a]&wConj != 0 || r.focusParticle(a)) {
		a++
	}
	if a >= x {
		// the phrase is the Vorfeld („Nach eigenen Angaben hat das
		// Unternehmen einen Werbepartner gefunden“): the subject follows
		// the finite verb
		if y < hb && r.tf[y]&wFinite != 0 && !r.isCap(y) {
			s := r.skipAdverbs(y+1, hb)
			if se := r.npAfter(s, hb); se > s && !r.obliqueNP(s) {
				r.addSource(at, s, se, ruleNach)
			}
		}
		return
	}
	if !(r.isDet(a) || r.isNounish(a)) || r.tf[a]&wPrep != 0 {
		// an adverbial Vorfeld („im Jahr 2004 war die Gruppe nach eigener
		// Aussage dann am Ziel“): the subject right after the finite verb
		for f := a + 1; f < x && f < a+maxNP; f++ {
			if r.tf[f]&wFinite != 0 && !r.isCap(f) {
				s := r.skipAdverbs(f+1, x)
				if se := r.npAfter(s, x); se > s && se == x {
					r.addSource(at, s, se, ruleNach)
				}
				return
			}
		}
		return
	}
	e := r.npAfter(a, x)
	if e > a && e < x && r.tf[e]&wFinite != 0 {
		subj := r.vorfeldSubject(a, e)
		if !subj || r.quantity(a) {
			// an object or adverbial before the verb: the subject may
			// follow it („Zwei Millionen Euro hat die FPÖ nach eigenen Angaben …“)
			s := r.skipAdverbs(e+1, x)
			if se := r.npAfter(s, x); se > s && se == x {
				r.addSource(at, s, se, ruleNach)
				return
			}
		}
		if subj {
			r.addSource(at, a, e, ruleNach)
		}
	}
}

// quantity reports a number or number word at j.
func (r *run) quantity(j int) bool {
	var buf [64]byte
	return r.toks[j].Kind == annotate.Number || r.s.lex.quantity[string(appendLower(buf[:0], r.w(j)))]
}

// saxonGenitive reports a name in the genitive before a noun:
// „nach Andrejews Worten“.
func (r *run) saxonGenitive(j int) bool {
	w := r.w(j)
	return r.isNounish(j) && len(w) > 2 && w[len(w)-1] == 's' && j+1 < len(r.toks) && r.isNounish(j+1) && r.s.lex.nouns[r.w(j+1)] != nil
}

// nachPostposition: „eigenen Angaben nach“, „seiner Meinung nach“.
func (r *run) nachPostposition(i int) bool {
	n := i - 1
	if n < 0 || !r.isWord(n) {
		return false
	}
	ent := r.s.lex.nouns[r.w(n)]
	if ent == nil || ent.flags&nounNach == 0 {
		return false
	}
	f, _ := r.sentBounds(i)
	a := n
	poss := -1
	for a > f && (r.isDet(a-1) || r.isAdj(a-1) || r.saxonGenitive(a-1)) {
		a--
		if r.tf[a]&wPossessive != 0 || r.saxonGenitive(a) {
			poss = a
		}
	}
	at := r.newAtt(a, i+1, ent.lemma, ent.pos)
	switch {
	case r.ownReport(a, i):
		r.subjectSource(at, a, i+1)
	case poss >= 0:
		r.addSource(at, poss, poss+1, ruleNach)
	}
	r.hostQuote(at, a, i+1, ruleNach)
	return true
}

// nachSuffix matches compounds ending in a nach-noun: „Polizeiangaben“,
// „UN-Schätzungen“.
func (r *run) nachSuffix(w string) *nounEntry {
	var buf [64]byte
	lw := appendLower(buf[:0], w) // strings.ToLower(w) without allocating
	for _, n := range r.s.lex.nachSuf {
		if len(lw) > len(n.noun)+2 && lastByteOf(lw, n.noun) && hasSuffix(lw, n.noun) {
			return n
		}
	}
	return nil
}

// lastByteOf reports that w ends in the last byte of s (or s is empty):
// hasSuffix's first test, without a call (most words end in another).
func lastByteOf(w []byte, s string) bool {
	return len(s) == 0 || len(w) > 0 && w[len(w)-1] == s[len(s)-1]
}

// leadColon returns the colon among the first six tokens of the sentence
// f..l when only words and hyphens (no finite verb, preposition,
// subordinator or conjunction, except a subject pronoun) stand before it,
// or -1: the candidate speaker of a colon frame or interview turn.
func (r *run) leadColon(f, l int) int {
	if !r.colonIn(f, min(l, f+6)) {
		return -1
	}
	for j := f; j < l && j <= f+5; j++ {
		if r.isPunctByte(j, ':') {
			return j
		}
		if !r.isWord(j) && !r.isPunctByte(j, '-') || r.tf[j]&(wFinite|wPrep|wSubord|wConj) != 0 && !r.subjectPronoun(j) {
			return -1
		}
	}
	return -1
}

// colonFrames: „Expertin: …“, interview turns and headline frames
// („USA: …“): SOURCE + QUOTE, no CUE. The speaker is a short noun phrase
// without a verb at the start of a sentence (turnColon: not „7. März: …“,
// „1. Tag: …“, which are dates and list items); turns are the sentences
// that open with one (speakerColons).
func (r *run) colonFrames(turns []turn) {
	for _, t := range turns {
		si, col := t.si, t.col
		f, l := r.sent[si].First, r.sent[si].Last
		if r.covered(col+1, l) {
			continue
		}
		if (r.isDet(f) || col-f >= 2 && r.tf[f] == 0 && !isUpperWord(r.w(f))) && !r.namedSpeaker(f, col) {
			// „Die Konsequenz: …“, „Die Summe: …“: a common noun, no
			// speaker (§1.6); also an adjective and a noun without an
			// article: „Mögliche Nachteile: …“ (speech-news n220), „Neue
			// Verhandlungen: …“, „Tätowierte Sportler: …“ (Wikinews train
			// wn43924, wn81706)
			continue
		}
		q := r.regionStartingAt(col + 1)
		if q < 0 && !r.hasFinite(col+1, l) && !r.headlineFrame(f, col, l) {
			continue // „Stand: 27.02.2005“, „Die Bilanz: 41 Verhaftungen“: a table row
		}
		r.colonAttribution(si, f, col, col, l, q, r.modeOfColon, ruleColon)
	}
}

// colonAttribution adds a colon frame's attribution in sentence si: the
// SOURCE sa..sb and, as QUOTE, the quotation region q after the colon or,
// without one (q < 0), the rest of the sentence col+1..l in the mode that
// mode gives it.
func (r *run) colonAttribution(si, sa, sb, col, l, q int, mode func(a, b int) string, rule string) {
	at := r.att(si)
	r.addSource(at, sa, sb, rule)
	if q >= 0 {
		r.addRegionQuote(at, q, rule)
	} else {
		r.addQuote(at, col+1, l, mode(col+1, l), rule)
	}
	r.atts = append(r.atts, at)
}

// nextColonSentence returns the first sentence from sentence si on that
// holds a colon (run.colons), or len(r.sent): the colon frames pass over
// the others, most sentences, without looking at them.
func (r *run) nextColonSentence(si int) int {
	if si >= len(r.sent) {
		return len(r.sent)
	}
	k, _ := slices.BinarySearch(r.colons, int32(r.sent[si].First))
	if k == len(r.colons) {
		return len(r.sent)
	}
	return max(si, int(r.sentOf[r.colons[k]]))
}

// verbColonFrames: a speaker's clause with a verb that reports nothing
// by itself frames the quote after its colon (GUIDELINES §1.6): „Für die
// Wahl zeigte sich Hofer zuversichtlich: Ich glaube, …“, „…, ließ Kickl
// nicht gelten: Jetzt geht es …“ → SOURCE + QUOTE, no CUE. The content is
// a quotation in marks, or, in a document that lost its marks, a clause
// in the first person.
func (r *run) verbColonFrames() {
	for si := r.nextColonSentence(0); si < len(r.sent); si = r.nextColonSentence(si + 1) {
		f, l := r.sent[si].First, r.sent[si].Last
		if !r.colonIn(f+2, min(l, f+maxClause+1)) {
			continue
		}
		col := -1
		for j := f + 2; j < l && j <= f+maxClause; j++ {
			if r.isPunctByte(j, ':') && r.inQ[j] < 0 {
				col = j
				break
			}
		}
		if col < 0 || col+2 >= l || r.covered(f, col+1) {
			continue
		}
		q := r.regionStartingAt(col + 1)
		switch {
		case q >= 0:
			if !r.speechLike(q) || r.regions[q].used {
				continue
			}
		case r.toks[col+1].Kind == annotate.Quote || !r.hasFinite(col+1, min(l, col+12)):
			continue
		case r.konj1Main(col+1, l):
			// a main clause in Konjunktiv I reports the speaker's words
			// (§1.6, mode indirect): „Der Independent ging noch einen
			// Schritt weiter: Corbyn müsse seine Strategie … ändern“
		case r.hasMarks || !r.firstPerson(col+1, l):
			continue // unmarked: only the speaker's own words („Ich glaube, …“)
		}
		if r.quoteAt(si, col+1) {
			continue // „…: Ich nehme an, …, antwortete er“: another frame's quote
		}
		sa, sb := r.colonSpeaker(f, col)
		if sb <= sa {
			continue
		}
		r.colonAttribution(si, sa, sb, col, l, q, r.modeOf, ruleColonVerb)
	}
}

// konj1Main reports a clause [a, l) whose main verb is in Konjunktiv I.
func (r *run) konj1Main(a, l int) bool {
	v := r.mainVerbFrom(a, a, l)
	return v >= 0 && r.tf[v]&wSubj1 != 0 && !r.isCap(v) && !r.attributiveSubj1(v, a)
}

// quoteAt reports a QUOTE of an attribution of sentence si that starts
// at token x.
func (r *run) quoteAt(si, x int) bool {
	for k := len(r.atts) - 1; k >= 0 && r.atts[k].sent >= si; k-- {
		r.steps++
		for _, q := range r.atts[k].quotes {
			if q.start == r.toks[x].Start {
				return true
			}
		}
	}
	return false
}

// colonSpeaker finds the subject of the main clause [f, col) before a
// colon: the Vorfeld noun phrase before the finite verb, or the noun
// phrase after it („zeigte sich Hofer“). It must name a speaker: a
// pronoun, a role or a name.
func (r *run) colonSpeaker(f, col int) (int, int) {
	fin := -1
	for j := f + 1; j < col; j++ {
		if r.tf[j]&wFinite == 0 || r.isCap(j) || r.inQ[j] >= 0 {
			continue
		}
		a, _ := r.clause(j)
		if r.focusParticle(a) && a+1 < j {
			a++ // „Auch wenn es Risiken gebe, sieht Nowotny …“
		}
		if r.tf[a]&(wSubord|wWh) != 0 || r.tf[a]&wRelative != 0 && a > f {
			// „Den Einwand, dass X … unterstütze, ließ Kickl …“; an
			// article that opens the sentence opens no relative clause
			continue
		}
		fin = j
		break
	}
	if fin < 0 {
		return 0, 0
	}
	vs := f
	for vs < fin && (r.tf[vs]&wConj != 0 || r.focusParticle(vs)) {
		vs++
	}
	if vs < fin && r.vorfeldSubject(vs, fin) && r.npAfter(vs, fin) == fin && r.namedSpeaker(vs, fin) {
		return vs, fin
	}
	after := r.skipAdverbs(fin+1, col)
	if r.is(after, "sich") {
		after = r.skipAdverbs(after+1, col)
	}
	se := r.npAfter(after, col)
	if se > after && (r.is(after, "er") || r.is(after, "sie") || r.namedSpeaker(after, se)) {
		return after, se
	}
	return 0, 0
}

// namedSpeaker reports a noun phrase [a, b) whose nouns include a role
// of a speaker (speech-roles.txt) or, without an article or as the one
// word after it, a name: a
// capitalised word that the morph tables know neither as a noun nor in
// lower case („Hofer“, „Teamchef Jean Todt“; not „Derzeit“, „Die
// Hauptverantwortung“).
func (r *run) namedSpeaker(a, b int) bool {
	if !r.speakerHead(a, b) {
		return false
	}
	det := r.isDet(a)
	for k := a; k < b; k++ {
		if !r.isNounish(k) || r.toks[k].Kind != annotate.Word {
			continue
		}
		if rk := r.role(k); rk == rolePerson || rk == roleGroup || rk == roleMedia {
			return true
		}
		if !det && r.tf[k] == 0 && !r.s.g.isNoun(r.w(k)) && !r.lowerWordAtStart(k) {
			return true
		}
	}
	// an article and one word morph does not know: the name of a paper
	// or a firm („Der Independent ging noch einen Schritt weiter: …“)
	return det && b == a+2 && r.tf[a+1] == 0 && r.isCap(a+1) && !r.s.g.isNoun(r.w(a+1)) && !r.lowerWordAtStart(a+1) && !nounSuffix(r.w(a+1))
}

// nounSuffix reports a word with the ending of a German common noun, as
// compounds morph does not list have („Hauptverantwortung“,
// „Strafgesetzbuch“).
func nounSuffix(w string) bool {
	for _, s := range [...]string{"ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "buch", "gesetz", "recht", "amt", "rat", "chen", "nis", "ment"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func (r *run) modeOfColon(a, b int) string {
	for j := a; j < b; j++ {
		if r.tf[j]&wSubj1 != 0 && r.inQ[j] < 0 {
			return annotate.ModeIndirect
		}
	}
	return annotate.ModeDirect
}

// hasNumber reports a number or ordinal token in [a, b).
func (r *run) hasNumber(a, b int) bool {
	for j := a; j < b; j++ {
		if k := r.toks[j].Kind; k == annotate.Number || k == annotate.Ordinal {
			return true
		}
	}
	return false
}

// headlineFrame reports a verbless colon frame that is a headline's
// report („Kiew: Nordkoreanische Soldaten in Region Kursk“): the speaker
// [f, col) is a name or has a speaker's role, and the content (col, l)
// has more words than numbers („Ghana - Australien: 1:1 (1:1)“ and
// „Partei: 28.56 % Sitze 7“ are results).
func (r *run) headlineFrame(f, col, l int) bool {
	role := r.bareName(f, col)
	for j := f; j < col && !role; j++ {
		role = r.speakerRole(j)
	}
	if !role {
		return false
	}
	words, nums := 0, 0
	for j := col + 1; j < l; j++ {
		switch r.toks[j].Kind {
		case annotate.Word:
			words++
		case annotate.Number, annotate.Ordinal:
			nums++
		}
	}
	return words > nums
}
