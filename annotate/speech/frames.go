package speech

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/morph"
)

// Rule names written into Span.Rule for SOURCE and QUOTE spans; CUE spans
// carry the lexicon line that made them.
const (
	ruleInverted     = "frame-inverted"     // „…“, sagte X. / …, sagte X.
	ruleVorfeld      = "frame-vorfeld"      // X sagte, dass … / X sagte: „…“
	ruleWie          = "frame-wie"          // Wie X mitteilte, … / …, wie X mitteilte.
	ruleSubordinate  = "frame-subordinate"  // …, der darauf hinwies, dass …
	ruleNP           = "frame-np"           // X warnte vor einer Eskalation.
	rulePrep         = "frame-prep"         // laut X / X zufolge / gemäß X
	ruleNach         = "frame-nach"         // nach Angaben (der Polizei)
	ruleBack         = "frame-demnach"      // Demnach …
	ruleWonach       = "frame-wonach"       // die Meldung, wonach …
	ruleImpersonal   = "frame-heisst-es"    // …, heißt es. / In der Erklärung heißt es, …
	ruleSo           = "frame-so"           // …, so X.
	ruleColon        = "frame-colon"        // Expertin: …
	ruleColonVerb    = "frame-colon-verb"   // zeigte sich X zuversichtlich: …
	ruleWords        = "frame-worte"        // schloss sich X mit den Worten an: …
	ruleOpinion      = "frame-meinung"      // X ist der Meinung, dass …
	ruleContinuation = "continuation-konj1" // later Konjunktiv I sentences of the same report
	ruleContDirect   = "continuation-direct"
)

func (r *run) frames() {
	for i := r.nextTrigger(0); i < len(r.toks); i = r.nextTrigger(i + 1) {
		if n := r.phraseCue(i); n > 0 {
			i += n - 1
			continue
		}
		r.verbCue(i)
	}
	turns := r.speakerColons()
	r.colonFrames(turns)
	r.interviewTurns(turns)
	r.verbColonFrames()
}

// nextTrigger returns the first token from token from on that the frames
// start from (run.trig; every word when run.allWords), or len(r.toks).
// The frames go forward: from does not decrease from call to call, so the
// triggers before the last one returned are not looked at again.
func (r *run) nextTrigger(from int) int {
	if r.allWords {
		for i := from; i < len(r.toks); i++ {
			if r.trig[i] || r.isWord(i) {
				return i
			}
		}
		return len(r.toks)
	}
	for ; r.trigAt < r.nTrig; r.trigAt++ {
		if i := int(r.trigs[r.trigAt]); i >= from {
			return i
		}
	}
	return len(r.toks)
}

// newAtt starts an attribution with its cue span.
func (r *run) newAtt(cueA, cueB int, lemma, rule string) *att {
	a := r.att(int(r.sentOf[cueA]))
	r.mark(cueA, cueB)
	if cueB > cueA {
		a.cues = append(a.cues, span{label: annotate.LabelCue, start: r.toks[cueA].Start, end: r.toks[cueB-1].End, lemma: lemma, rule: rule})
	}
	r.atts = append(r.atts, a)
	return a
}

func (r *run) addSource(a *att, x, y int, rule string) {
	if x < 0 || y <= x {
		return
	}
	if rule == rulePrep || rule == ruleNach {
		y = r.agentCut(x, y) // „nach Angaben des Bundeskanzleramtes von den EU-Staaten … versprochen“ (np.go)
	}
	r.mark(x, y)
	r.setRuns(r.inSrc, logSrc, x, y)
	if y-3 > x && r.partyBracket(y-3) {
		y -= 3 // a party in brackets is no part of the SOURCE: „Hans Seitinger (ÖVP)“ (GUIDELINES §1.3)
	}
	a.sources = append(a.sources, span{label: annotate.LabelSource, start: r.toks[x].Start, end: r.toks[y-1].End, rule: rule})
}

// addQuote adds tokens [x, y) as a QUOTE, trimmed of edge punctuation and
// quotation marks.
func (r *run) addQuote(a *att, x, y int, mode, rule string) bool {
	for x < y && (r.toks[x].Kind == annotate.Punct && !r.isPunctByte(x, '(') || r.toks[x].Kind == annotate.Quote) {
		x++
	}
	for y > x && (r.isPunct(y-1, ".,:;!?…–—-") || r.toks[y-1].Kind == annotate.Quote || r.dots(y-1)) {
		y--
	}
	if y <= x {
		return false
	}
	if x+1 < y && r.writersConnective(x, rule) {
		x++
	}
	if o := r.trailingBracket(x, y); o > x {
		y = o // the writer's aside or source at the end: „… bewegen (RP Online).“ (gold/dev 004)
		for y > x && (r.isPunct(y-1, ".,:;!?…–—-") || r.toks[y-1].Kind == annotate.Quote) {
			y--
		}
	}
	r.mark(x, y)
	a.quotes = append(a.quotes, span{label: annotate.LabelQuote, start: r.toks[x].Start, end: r.toks[y-1].End, mode: mode, rule: rule})
	return true
}

// dots reports an ellipsis written with full stops („...“), the final
// mark of a sentence that a QUOTE leaves out like „.“ (speech-news n134).
func (r *run) dots(j int) bool {
	return r.pb[j] == punctOther && strings.Trim(r.w(j), ".") == ""
}

// trailingBracket returns the opening bracket of a bracket that closes the
// span [x, y) outside quotation marks, when words of the span stand before
// it, or -1: „… in Richtung der ukrainischen Grenze bewegen (RP Online)“,
// „… danach sogar noch mehr (siehe Tabelle)“ (speech-news n148).
func (r *run) trailingBracket(x, y int) int {
	if y-x < 4 || !r.isPunctByte(y-1, ')') || r.inQ[y-1] >= 0 {
		return -1
	}
	for k := y - 2; k > x+1 && k > y-maxNP-10; k-- {
		r.steps++
		switch {
		case r.isPunctByte(k, ')'):
			return -1
		case r.isPunctByte(k, '('):
			if y-1-k < 3 {
				return -1 // one word: an abbreviation or a party stays with its name („(GDL)“)
			}
			return k
		}
	}
	return -1
}

// writersConnective reports „Denn“ or „Und“ opening a sentence, outside
// quotation marks, at the start of a reported clause that a frame after
// it or inside it attributes („Denn die Säuglinge dürften …, schreiben
// die Forscher“, speech-news n129; „Und aus diesen Daten wollen die
// Forscher …, wie …“, d013): the conjunction links the writer's sentences
// and stays out of the QUOTE. A continuation keeps it (n026, n130).
func (r *run) writersConnective(x int, rule string) bool {
	switch rule {
	case ruleInverted, ruleSo, ruleWie, rulePrep, ruleNach, ruleImpersonal:
	default:
		return false
	}
	if !r.is(x, "Denn") && !r.is(x, "Und") || r.inQ[x] >= 0 || x > 0 && r.toks[x-1].Kind == annotate.Quote {
		return false
	}
	f, _ := r.sentBounds(x)
	return f == x
}

func (r *run) mark(x, y int) {
	r.steps += y - x
	r.setRuns(r.cov, logCov, x, y)
}

// setRuns sets marks[x:y] (run.cov or run.inSrc) and logs each run of
// tokens in it that were not set before as one entry of kind: a QUOTE
// of fifty words is one entry, not fifty.
func (r *run) setRuns(marks []bool, kind uint8, x, y int) {
	if y <= x {
		return
	}
	s := marks[x:y]
	for k := 0; k < len(s); k++ {
		if s[k] {
			continue
		}
		first := k
		for k < len(s) && !s[k] {
			s[k] = true
			k++
		}
		r.marked = append(r.marked, markLog{kind: kind, i: int32(x + first), n: int32(k - first)})
	}
}

// markLog is one entry of run.marked: tokens [i, i+n) came into cov or
// inSrc, or region i came into use (n = 1).
type markLog struct {
	kind uint8
	i, n int32
}

const (
	logCov uint8 = iota
	logSrc
	logRegion
)

// useRegion marks quote region q as used.
func (r *run) useRegion(q int) {
	if !r.regions[q].used {
		r.regions[q].used = true
		r.marked = append(r.marked, markLog{kind: logRegion, i: int32(q), n: 1})
	}
}

// dropAtts drops the attributions from index n on, built after the
// marks' log had length m, and gives their marks back: a frame that
// decides after building an attribution that it reports nothing leaves
// the words to the other rules („Die Erfahrung zeigt, dass es gut ist,
// wie er sagte“: the wie-frame keeps its QUOTE).
func (r *run) dropAtts(n, m int) {
	clear(r.atts[n:])
	r.atts = r.atts[:n]
	r.steps += len(r.marked) - m
	for _, x := range r.marked[m:] {
		switch x.kind {
		case logCov:
			clear(r.cov[x.i : x.i+x.n])
		case logSrc:
			clear(r.inSrc[x.i : x.i+x.n])
		case logRegion:
			r.regions[x.i].used = false
		}
	}
	r.marked = r.marked[:m]
}

// addRegionQuote adds quote region q as a direct QUOTE.
func (r *run) addRegionQuote(a *att, q int, rule string) bool {
	r.useRegion(q)
	g := &r.regions[q]
	return r.addQuote(a, g.first, g.last, annotate.ModeDirect, rule)
}

// verbCue tries the frames of a reporting verb at token i.
func (r *run) verbCue(i int) {
	cs := r.cues(i)
	if len(cs) == 0 || r.inSrc[i] {
		return // no cue, or a participle inside a speaker's phrase
	}
	if r.isCap(i) && (!r.initial(i) || r.s.g.isNoun(r.w(i))) {
		return // a noun („Hinweise“, „Angaben“), or a verb only at the start of a sentence
	}
	if r.attributive(i) {
		return // „seine erklärten Ziele“
	}
	if r.particleApart(i) {
		return // „bekannt gegeben“: the particle of the next verb, not bekennen
	}
	if r.tf[i]&wPossessive != 0 && i+1 < len(r.toks) && (r.isNounish(i+1) || r.isAdj(i+1)) {
		return // „Ich nehme meine Gitarre“: a possessive, not „meinen“
	}
	var found [16]bool
	anyParticle := r.particlesFound(i, cs, &found)
	if !anyParticle && !r.unsplitReading(i, cs) {
		return // every reading loses at the particle checks below, which need no clause
	}
	a, b := r.clause(i)
	a = r.overBracket(a, i)
	a = r.overDashes(a)
	a = r.overTitleColon(a, i, b)
	split := false
	if r.tf[i]&wParticiple != 0 { // (the form first: it costs no walk)
		if x := r.overNameApposition(a); x < a && r.auxIn(x, a) && !r.hasFinite(a, i) {
			// „wird der Sprecher, Max Huber, in der Zeitung zitiert“: an
			// apposition splits the participle's clause from its auxiliary
			a, split = x, true
		}
	}
	if r.aside(i) {
		return // „(Wikinews berichtete)“: an aside without content
	}
	b = r.skipInserts(i, b, cs)
	// the checks that depend on the clause alone are asked once, for the
	// first reading that gets to them
	var other lazyBool
	var sl speakerless
	withEnd := b // the clause end for the words of an idiom: over names in marks (overNames)
	if b < len(r.toks) && r.toks[b].Kind == annotate.Quote {
		withEnd = r.overNames(b)
	}
	for k, c := range cs {
		r.joined = -1
		if c.particle != "" && !(k < len(found) && found[k]) {
			if c.form != formFinite && c.form != formParticiple && c.form != formInfinitive || !r.particleBefore(i, b, c.particle) {
				continue
			}
			r.joined = i - 1 // „wie der Verband bekannt gab“
		}
		if c.particle == "" && anyParticle {
			continue // „gab … bekannt“ is not geben
		}
		if len(c.entry.with) > 0 && !r.hasWith(c.entry, a, withEnd) {
			continue // (before otherParticle, a walk: most idioms' words are missing)
		}
		if c.particle == "" && other.get(func() bool { return r.otherParticle(i, b) }) {
			continue // „fand … statt“ is not finden
		}
		if r.otherSense(c.entry, a, b) || r.unattributedInfinitive(i, a, b, c) {
			continue
		}
		if split && c.form != formParticiple {
			continue
		}
		if i > 0 && r.is(i-1, "zu") && r.purposeClause(a) {
			// „…, ohne auf einen spezifischen Vorfall zu verweisen, dass
			// …“: an infinitive in a purpose or manner clause (also read
			// as the finite „sie verweisen“) reports nothing
			continue
		}
		if c.form == formZuInfinitive && (r.purposeClause(a) || r.seinZu(i, a)) {
			continue // „Um herauszufinden, ob …“, „Es sei zu begrüßen, dass …“
		}
		if c.form == formInfinitive && !r.infinitiveCue(i, a, b) {
			continue
		}
		if c.form == formParticiple && !r.participleCue(i, a, b) && !(c.entry.frames&(seinPerfect|stateSein) != 0 && r.seinBefore(i, a, b)) {
			continue
		}
		if c.form == formParticiple && c.entry.frames&adjParticiple != 0 && r.stateParticiple(a, b) {
			continue // „war … bekannt geworden: …“, „als die Fälschung bekannt wurde“
		}
		if c.entry.frames&beliefVerb != 0 && r.bareMan(a, b) || sl.get(r, a, b).manModal {
			// „Bisher habe man angenommen, dass …“: a common belief,
			// „während man wohl davon ausgehen kann“: generic, nobody's report
			continue
		}
		if r.tf[i]&wParticiple != 0 && r.namingRelative(i, a, b) {
			continue // „Scheiben, die als Übergangsscheiben bezeichnet werden“: a term, no report
		}
		if c.entry.frames&learnVerb != 0 && !r.learnedFrom(i, a, b) {
			continue // „Er hatte erfahren, dass …“, „als sie erfahren mussten, dass …“: learning, no report
		}
		if c.entry.frames&namingVerb != 0 && (c.form == formParticiple && r.namingPassive(i, a, b) || r.bareMan(a, b)) {
			continue // „wie der Senator genannt wurde“, „wird deshalb Supraflüssigkeit genannt“, „so nennt man …“
		}
		if sl.get(r, a, b).nobody {
			continue // „niemand habe die Vorgehensweise beanstandet“, „sagt vorerst keiner der …“: nobody speaks
		}
		if c.form == formFinite && r.secondFinite(i, a, b) {
			continue // „scheint dies im Rollenverständnis begründet“: a participle, no finite verb
		}
		if c.form == formFinite && r.auxBefore(i, a) {
			continue // „konnte … nicht bestätigen“: the infinitive reading
		}
		if c.form == formFinite && r.lassenBefore(i, a) && r.lower(i, c.entry.verb) {
			continue // „ließ … verlauten“: the infinitive of a „lassen“ cue
		}
		if c.entry.frames&notReflexive != 0 && r.reflexive(i, a, b, c.form != formFinite || r.lastWord(i, b) == i) {
			// „zeigte sich Hofer zuversichtlich: …“, „…, zeigte sich X
			// verblüfft“: a frame that reports nothing by itself
			// (GUIDELINES §1.6): SOURCE + QUOTE, no CUE
			n := len(r.atts)
			if r.quoteFrame(i, a, b) && r.verbFrame(i, a, b, c) {
				r.dropCues(n)
				r.joined = -1
				return
			}
			continue
		}
		n, m := len(r.atts), len(r.marked)
		if r.verbFrame(i, a, b, c) {
			if n < len(r.atts) && r.bareCue(r.atts[n], i, a, b) {
				// a cue with neither SOURCE nor content: „könnte eine Rüge
				// ausgesprochen werden“, „weil Serbien nicht gewarnt worden
				// sei“, „ein Extremist, der … verantwortlich gemacht wird“
				r.dropAtts(n, m)
			} else if c.entry.frames&evidenceVerb != 0 && n < len(r.atts) && !r.evidenceSubject(r.atts[n]) {
				// „Der Modus Operandi zeigt, wie …“: a thing shows, nobody
				// reports
				r.dropAtts(n, m)
			}
			r.joined = -1
			return
		}
	}
	r.joined = -1
}

// lazyBool holds a test's answer once it has been asked (verbCue: a
// clause's test, the same for each reading of its verb).
type lazyBool struct{ known, v bool }

// get returns the answer, asking f the first time.
func (l *lazyBool) get(f func() bool) bool {
	if !l.known {
		l.known, l.v = true, f()
	}
	return l.v
}

// bareCue reports a verbal cue at i in clause [a, b) whose attribution
// has neither a SOURCE nor a QUOTE nor a link, in a clause that makes it
// report nothing (GUIDELINES §1.2.7, thirteenth round): with a modal (an
// agentless passive of a possibility or a plan: „Maximal können pro
// Verlag zwei Titel … vorgeschlagen werden“, „könnte eine Verwarnung
// oder eine Rüge ausgesprochen werden“), negated („weil Serbien vor dem
// Angriff nicht gewarnt worden sei“) or as a relative clause about its
// relative pronoun („ein Extremist, der für zwei Anschläge …
// verantwortlich gemacht wird“).
func (r *run) bareCue(at *att, i, a, b int) bool {
	if len(at.sources) > 0 || len(at.quotes) > 0 || at.link != nil {
		return false
	}
	return r.hasModal(a, b) || r.negated(i, a, b) || r.tf[a]&wRelative != 0 && a > 0 && r.isPunctByte(a-1, ',')
}

// evidenceSubject reports whether the SOURCE of attribution at can show
// a finding as a report (GUIDELINES §1.2.3, research-finding verbs): a
// person (a pronoun, a listed role or group, a name), a document or
// report, or data (speech-nouns.txt "data": „Die neuen Bilder zeigen,
// dass …“, „wie diese Grafik zeigt“), also as the last part of a compound
// („der Werbeklimaindex des Wifo“); a demonstrative „Dieser“/„Diese“ stands
// for a document named before („Dieser zeigt, dass …“). Not a thing („Der
// Modus Operandi zeigt, wie …“, „Weitere versteinerte Exkremente … zeigen,
// dass …“), „Das“/„es“ or no SOURCE at all.
func (r *run) evidenceSubject(at *att) bool {
	if len(at.sources) == 0 {
		return false
	}
	x, y := r.spanToks(at.sources[0])
	if y == x+1 {
		switch r.w(x) {
		case "Das", "das", "Dies", "dies", "es", "Es", "was":
			return false
		}
		if r.tf[x]&(wPronoun|wRelative) != 0 || r.is(x, "Dieser") || r.is(x, "Diese") {
			return true
		}
	}
	// the head: up to a preposition or a genitive article after the first
	// noun („die vertiefte militärische Zusammenarbeit des Landes mit
	// Nordkorea“ → „Zusammenarbeit“, not the name in its attribute)
	h, noun := x, false
	for ; h < y; h++ {
		r.steps++
		if noun && !r.isCap(h) && (r.tf[h]&wPrep != 0 || r.isDet(h)) {
			break
		}
		noun = noun || r.isNounish(h) && r.toks[h].Kind == annotate.Word
	}
	for k := x; k < h; k++ {
		if r.officeNoun(k, false) || r.nounFlagAt(k, nounDoc|nounReport|nounData) {
			return true
		}
	}
	// a capitalised word the tables do not know after an attributive
	// adjective is a noun, not a name („Weitere versteinerte Exkremente“)
	for k := x; k < h; k++ {
		if (k == x || !r.adjEnding(k-1)) && r.hasName(k, k+1) {
			return true
		}
	}
	return false
}

// adjEnding reports a lower-case word with an adjective's ending:
// „versteinerte“, „neuen“.
func (r *run) adjEnding(k int) bool {
	if r.isCap(k) || r.toks[k].Kind != annotate.Word {
		return false
	}
	w := r.w(k)
	n := adjSuffix(w)
	return n > 0 && len(w) > n+2
}

// nobodySubjectAt reports „niemand“ or „keiner“ at j as a noun phrase of
// its own in the clause that starts at a, not after a preposition and („keiner“) not
// before a noun or adjective („in keiner Weise“, „keiner Partei“): the
// subject that names nobody, so the clause attributes nothing (GUIDELINES
// §1.4.6, seventh round: „Niemand ahnte damals, wie …“), wherever it
// stands: „… und niemand habe die Vorgehensweise beanstandet“, „Machen
// wir, sagt vorerst keiner der … Radiomacher“, „weil niemand daran
// gedacht habe, dass …“.
func (r *run) nobodySubjectAt(j, a int) bool {
	switch {
	case r.lower(j, "niemand"):
	case r.lower(j, "keiner") && !r.isNounish(j+1) && !(r.isAdj(j+1) && r.isNounish(j+2)):
	default:
		return false
	}
	// („niemand anderes als der Kanzler“, „niemand Geringerer als …“ name somebody)
	return !(j > a && r.prepOnly(j-1) || r.is(j+1, "als") || r.is(j+2, "als"))
}

// speakerless holds what verbCue asks about the words of a cue's clause
// that name no speaker: generic „man“ with a modal (manModal) and a
// subject „niemand“ or „keiner“ (nobodySubjectAt), found in one walk
// over the clause when first asked.
type speakerless struct{ known, manModal, nobody bool }

// get returns the answers for clause [a, b), walking it the first time.
func (s *speakerless) get(r *run, a, b int) *speakerless {
	if !s.known {
		s.known = true
		s.manModal, s.nobody = r.speakerlessWords(a, b)
	}
	return s
}

// speakerlessWords walks clause [a, b) for speakerless. Generic „man“
// with a modal reports nothing: „während man bei den Kandidaten wohl
// davon ausgehen kann, dass …“ (tenth round: „Man darf davon ausgehen“),
// whatever follows „man“.
func (r *run) speakerlessWords(a, b int) (manModal, nobody bool) {
	r.steps += b - a
	man := false
	for j := max(a, 0); j < min(b, len(r.toks)); j++ {
		// the length and the first letter (maybeLower) rule out most
		// words before the full comparison
		switch {
		case r.maybeLower(j, "man"):
			man = man || r.lower(j, "man")
		case r.maybeLower(j, "keiner") || r.maybeLower(j, "niemand"):
			nobody = nobody || r.nobodySubjectAt(j, a)
		}
	}
	return man && r.hasModal(a, b), nobody
}

// quoteFrame reports a cue at i in clause [a, b) that stands between a
// quote and its speaker („…“, zeigte sich X) or before a colon.
func (r *run) quoteFrame(i, a, b int) bool {
	if b < len(r.toks) && r.isPunctByte(b, ':') {
		return true
	}
	return i == a && a > 0 && (r.isPunctByte(a-1, ',') || r.toks[a-1].Kind == annotate.Quote)
}

// dropCues removes the CUE spans of the attributions from index n on,
// and those attributions that have no SOURCE (impersonal „zeige sich,
// dass …“: no report).
func (r *run) dropCues(n int) {
	k := n
	for _, at := range r.atts[n:] {
		if len(at.sources) == 0 || at.link != nil {
			continue
		}
		at.cues = nil
		r.atts[k] = at
		k++
	}
	clear(r.atts[k:])
	r.atts = r.atts[:k]
}

// reflexive reports „sich“ within the three tokens after the verb i
// (before clause end b): „zeigte sich“, „zeigten sich die Forscher“; for
// a verb that closes its clause [a, b) (a participle, infinitive or
// verb-final form) within the six tokens before it: „Es hat sich
// herausgestellt, dass …“, „wenn sich herausstellen sollte, dass …“. A
// „sich“ after a preposition is no reflexive object („behauptet von sich
// selbst, …“).
func (r *run) reflexive(i, a, b int, last bool) bool {
	for j := i + 1; j < b && j <= i+3; j++ {
		if r.is(j, "sich") && !r.prepOnly(j-1) {
			return true
		}
	}
	for j := max(a, i-6); last && j < i; j++ {
		if r.is(j, "sich") && (j == a || !r.prepOnly(j-1)) {
			return true
		}
	}
	return false
}

// prepOnly reports a preposition at j that cannot open a clause („von“,
// „über“; not „bis“, which is a subordinator too).
func (r *run) prepOnly(j int) bool {
	return r.tf[j]&wPrep != 0 && r.tf[j]&(wSubord|wWh|wRelative) == 0
}

// skipInserts moves the clause end b of the cue at i past what stands
// between the cue and its content: an apposition after a noun („gab der
// Leiter, Andreas Huber, bekannt, dass …“) and a separable particle
// standing alone before the content („…, bekannt, dass …“).
func (r *run) skipInserts(i, b int, cs []cueForm) int {
	_, sl := r.sentBounds(i)
	for n := 0; n < 3 && b+1 < sl && r.isPunctByte(b, ',') && b > 0; n++ {
		e, lim := b+1, min(sl, b+maxNP)
		for e < lim && !r.clauseEdge(e) && !r.isFinal(e) {
			e++
		}
		r.steps += e - b
		if e < sl && r.isPunctByte(e, ':') && r.isNounish(b-1) && r.isCap(b+1) && r.npAfter(b+1, e) == e && !r.opensClause(b+1) {
			return e // „sagte Jon Bon Jovi, Gründer der Rockband: …“
		}
		if n > 0 && e < sl && r.isPunctByte(e, ':') && !r.opensClause(b+1) && !r.hasFinite(b+1, e) {
			// the rest of the clause after an apposition: „warnte der
			// Hauptgeschäftsführer …, Peter Hahn, die Politik in einem
			// Brief: „…““
			return e
		}
		if e >= sl || !r.isPunctByte(e, ',') {
			return b
		}
		switch {
		case r.isNounish(b-1) && r.isCap(b+1) && r.npAfter(b+1, e) == e && !r.opensClause(b+1) && !r.opensClause(e+1):
			b = e // apposition
		case r.isNounish(b-1) && r.tf[b+1]&wArticle != 0 && r.isNounish(b+2) && r.npAfter(b+1, e) == e && r.particleRest(e, sl, cs) > e:
			// an apposition with an article, when the rest of the clause
			// closes with the cue's particle: „ging Celebi, die Anwältin
			// der Frau, noch davon aus, dass …“
			b = e
		case e == b+2 && r.particleOf(b+1, cs):
			b = e
		case n > 0 && r.particleRest(b, sl, cs) == e:
			// the rest of the clause after an apposition: „geht Hashim
			// Thaçi …, Joachim Rücker, davon aus, dass …“
			b = e
		default:
			return b
		}
	}
	return b
}

// particleRest returns the end of the short segment after the comma at b
// when it closes with the separable particle of one of the cue forms cs
// and holds no finite verb or clause opening („, noch davon aus,“), else
// -1.
func (r *run) particleRest(b, sl int, cs []cueForm) int {
	e := b + 1
	for e < sl && e < b+7 && !r.clauseEdge(e) && !r.isFinal(e) {
		e++
	}
	r.steps += e - b
	if e >= sl || e == b+1 || !r.isPunctByte(e, ',') || !r.particleOf(e-1, cs) || r.opensClause(b+1) || r.hasFinite(b+1, e) {
		return -1
	}
	return e
}

// particleOf reports that word j is the separable particle of one of the
// cue forms cs.
func (r *run) particleOf(j int, cs []cueForm) bool {
	for _, c := range cs {
		if c.particle != "" && r.w(j) == c.particle {
			return true
		}
	}
	return false
}

// attributive reports a verb form used as an adjective: after an
// article or possessive and before a noun („Seine erklärten Ziele“).
func (r *run) attributive(i int) bool {
	if i > 0 && i+2 < len(r.toks) && r.isWord(i-1) && r.isDet(i-1) && !r.isCap(i-1) && r.isAdj(i+1) && r.isNounish(i+2) && r.isWord(i+2) {
		return true // an adverb before an adjective: „eine äußerst wichtige Etappe“
	}
	if i == 0 || i+1 >= len(r.toks) || !r.isNounish(i+1) || !r.isWord(i+1) {
		return false
	}
	if r.isWord(i-1) && r.isDet(i-1) {
		if !r.participleStem(i) {
			// an adjective that is also a verb form, between a lower-case
			// article and its noun: „wie das äußere Sonnensystem … aussah“
			// (not after a comma: „…, das teilte Feuerwehrsprecher X mit“)
			return !r.isCap(i-1) && r.tf[i-1]&wArticle != 0 && !(i > 1 && r.isPunctByte(i-2, ',')) && r.isAdj(i)
			// not „Das teilte Feuerwehrsprecher Axel Stüken mit“
		}
		if (r.is(i-1, "Das") || r.is(i-1, "Dies")) && r.initial(i-1) {
			// „Das erklärte Ziel … ist“ has its finite verb later; „Das
			// erklärte General X am Montag“ is the pronoun and the verb
			_, b := r.clause(i)
			for j := i + 1; j < b; j++ {
				if r.tf[j]&wFinite != 0 && !r.isCap(j) {
					return true
				}
			}
			return false
		}
		return true
	}
	if j := i - 1; j > 0 && r.tf[j]&wAdverb != 0 && !r.isCap(j) && r.isDet(j-1) && !r.isCap(j-1) && r.participleStem(i) {
		return true // „in der bereits erwähnten Videobotschaft“
	}
	// an extended attribute: „einer vom EU-Außenbeauftragten im Namen
	// der 27 Länder veröffentlichten Erklärung“, „einer am Sonntag
	// veröffentlichten Erklärung“
	for j := i - 1; j > 0 && j >= i-10; j-- {
		r.steps++
		if !r.isWord(j) || r.tf[j]&(wFinite|wSubord|wConj|wRelative) != 0 && !r.isCap(j) && !r.isDet(j) {
			return false
		}
		if r.isDet(j-1) && r.tf[j]&wPrep != 0 && !r.isCap(j) && r.isWord(j-1) {
			return true
		}
	}
	return false
}

// participleStem reports a word that is a participle with an adjective
// ending: „erklärten“ (erklärt), „gesagte“, not the preterite „teilte“ or
// „sagte“ (teilt, sagt are no participles). Only such a form can stand
// as an adjective after an article.
func (r *run) participleStem(i int) bool {
	if i < 0 || i >= len(r.toks) {
		return false
	}
	w := r.w(i)
	for _, end := range []string{"en", "em", "er", "es", "e"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok {
			continue
		}
		for _, an := range r.s.g.t.Analyze(stem) {
			if an.POS == morph.Verb && an.Form == morph.Participle {
				return true
			}
		}
	}
	return false
}

// initial reports a token that starts a sentence, a quote or a colon
// frame: where a verb may be written with a capital.
func (r *run) initial(i int) bool {
	f, _ := r.sentBounds(i)
	return i == f || i > 0 && (r.toks[i-1].Kind == annotate.Quote || r.isPunctByte(i-1, ':'))
}

// particlesFound sets found[k] for each reading k of the verb at i whose
// separable particle closes its clause („teilte … mit“), and reports
// whether one does. The words that may be the particle are found once
// (closingWords), and each reading's particle is compared with them
// („gab“ has seven readings: bekanntgeben, angeben, zugeben, …). cs is
// r.cues(i), whose readings with a particle wordInfo.particled marks.
func (r *run) particlesFound(i int, cs []cueForm, found *[16]bool) bool {
	var ks []int32
	scanned, some := false, false
	// the readings with a particle (wordInfo.particled), the others skipped without a look
	for m := r.info[i].particled; m != 0; m &= m - 1 {
		k := bits.TrailingZeros16(m)
		p := cs[k].particle
		if !scanned {
			ks, scanned = r.closingWords(i, &r.scratch.closing), true
		}
		found[k] = r.wordIn(ks, p)
		some = some || found[k]
	}
	return some
}

// unsplitReading reports a reading of the verb at i that may pass
// verbCue's particle checks when no reading's particle closes the clause:
// one without a particle, or one whose particle may be written apart
// right before the verb (splitBefore). A verb without one („gab“ without
// a closing „bekannt“, „an“ or „zu“) is let go before its clause is
// found.
func (r *run) unsplitReading(i int, cs []cueForm) bool {
	for _, c := range cs {
		if c.particle == "" || r.splitBefore(i, c) {
			return true
		}
	}
	return false
}

// splitBefore reports the particle of reading c written apart right
// before the verb at i: particleBefore without its test of the clause
// end, for the forms that verbCue lets take it.
func (r *run) splitBefore(i int, c cueForm) bool {
	return (c.form == formFinite || c.form == formParticiple || c.form == formInfinitive) && c.particle != "zu" && r.w(i-1) == c.particle
}

// closingWords returns the words after the verb at i, in its clause,
// that may be its separable particle (filling buf; a clause has fewer
// than maxClause of them).
//
// The particle closes the clause: it is the last word before a comma,
// colon or the sentence end, or before „und“/„oder“ and a second finite
// verb; commas of inserted phrases („teilte heute,
// Freitag, die Behörde mit“) are passed over until a subordinate clause
// or a colon starts.
func (r *run) closingWords(i int, buf *[maxClause]int32) []int32 {
	n := 0
	_, sl := r.sentBounds(i)
	for j, hi := i+1, min(sl, len(r.toks), i+maxClause-1); j <= hi; j++ {
		end := j == sl || j == len(r.toks) || r.isBoundary(j) || r.isFinal(j)
		if !end {
			if j > i+1 && r.secondVerbAt(j) {
				// „weisen die Vorwürfe zurück und sprechen von …“: a second
				// verb follows; the words after it are its own („sagte der
				// Minister und kündigte … an“: „an“ is no particle of sagte)
				buf[n] = int32(j - 1)
				return buf[:n+1]
			}
			continue
		}
		if k := r.lastWord(i+1, j); k > i {
			buf[n] = int32(k)
			n++
		}
		if j < sl && j < len(r.toks) && r.toks[j].Kind == annotate.Quote && (r.nameRegionMark(j) || r.predicateMark(j)) {
			continue // „teilte das „Space Telescope Science Institute“ mit“, „wies … als „haltlos“ zurück“
		}
		if j >= sl || j >= len(r.toks) || !r.isPunct(j, ",()–") || j+1 < sl && r.opensClause(j+1) {
			break
		}
	}
	return buf[:n]
}

// wordIn reports word w at one of the tokens ks.
func (r *run) wordIn(ks []int32, w string) bool {
	for _, k := range ks {
		if r.w(int(k)) == w {
			return true
		}
	}
	return false
}

// overNames extends a clause end b over names in quotation marks („im
// Gespräch mit dem „Münchner Merkur“ von einem Erfolg“), for the checks
// that look for a word of the cue in its clause.
func (r *run) overNames(b int) int {
	for n := 0; n < 4 && b < len(r.toks) && r.toks[b].Kind == annotate.Quote && r.nameRegionMark(b); n++ {
		_, sl := r.sentBounds(b)
		e := b + 1
		for e < sl && e < b+maxClause && (!r.clauseEdge(e) || e == b+1) && !r.isFinal(e) {
			if r.toks[e].Kind == annotate.Quote && r.nameRegionMark(e) && e > b+1 {
				break
			}
			e++
		}
		r.steps += e - b
		if e == b+1 {
			return b
		}
		b = e
	}
	return b
}

// nameRegionMark reports a quotation mark of a short region without a
// lower-case word: a name or title in marks.
func (r *run) nameRegionMark(j int) bool {
	q := r.shortRegionAt(j)
	return q >= 0 && !r.hasLowerWord(r.regions[q].first, r.regions[q].last)
}

// opensClause reports a subordinator, w-word or relative pronoun at j
// that starts a clause (a relative pronoun followed by a noun is an
// article: „die Bundeswettbewerbsbehörde“).
func (r *run) opensClause(j int) bool {
	if j >= len(r.toks) {
		return false
	}
	if r.tf[j]&(wSubord|wWh) != 0 {
		return true
	}
	return r.tf[j]&wRelative != 0 && j+1 < len(r.toks) && !r.isNounish(j+1) && !r.isAdj(j+1)
}

// aside reports a verb that closes a short bracketed aside: „(Wikinews
// berichtete)“.
func (r *run) aside(i int) bool {
	if !r.isPunctByte(i+1, ')') {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if r.isPunctByte(j, '(') {
			return true
		}
		if !r.isWord(j) {
			return false
		}
	}
	return false
}

// particleBefore reports the particle p written apart just before a
// verb that ends its clause: „wie der Verband am Montag bekannt gab“.
func (r *run) particleBefore(i, b int, p string) bool {
	return i > 0 && p != "zu" && r.w(i-1) == p && i+1 == b
}

// particleApart reports a word at i that is the separable particle of a
// cue form right after it that closes its clause („hat bekannt gegeben,
// dass …“).
func (r *run) particleApart(i int) bool {
	if i+1 >= len(r.toks) {
		return false
	}
	w := r.w(i)
	for _, c := range r.cues(i + 1) {
		if c.particle != "" && c.particle == w {
			// (the word first: most words are no particle of the next
			// one, and the clause costs a walk over it; the readings with
			// this particle all get the same answer)
			_, b := r.clause(i + 1)
			return r.particleBefore(i+1, b, c.particle)
		}
	}
	return false
}

// secondVerbAt reports „und“ or „oder“ at j before a lower-case finite
// verb: a second main clause of the same subject starts there. The
// scans of a clause ask it at every token: the class of the next word
// is tested first, as most words are followed by no finite verb.
func (r *run) secondVerbAt(j int) bool {
	return j+1 < len(r.tf) && r.tf[j+1]&wFinite != 0 && r.andBeforeVerb(j)
}

// andBeforeVerb is the rest of secondVerbAt (kept apart so that
// secondVerbAt is inlined).
func (r *run) andBeforeVerb(j int) bool {
	return !r.isCap(j+1) && (r.is(j, "und") || r.is(j, "oder"))
}

// cueFirst returns the first token of the CUE span of the verb at i: the
// particle before it when they are written apart („bekannt gab“).
func (r *run) cueFirst(i int) int {
	if i > 0 && r.joined == i-1 {
		return i - 1
	}
	return i
}

// otherParticle reports that the clause of the verb at i (up to its
// first boundary b) closes with the separable particle of another verb of
// the same form that is no cue („fand … statt“: stattfinden).
func (r *run) otherParticle(i, b int) bool {
	for j := i + 2; j < b; j++ {
		if r.secondVerbAt(j) {
			b = j // „sagte X und kündigte … an“: the particle of the second verb
			break
		}
	}
	k := r.lastWord(i+1, b)
	if k <= i || r.adverb(k) {
		return false // „sagte weiter“ keeps sagen: weiter is an adverb
	}
	return r.particleReading(i, r.w(k))
}

// hasWith checks the other words of a multi-word cue in the clause.
func (r *run) hasWith(e *verbEntry, a, b int) bool {
	a, b = max(a, 0), min(b, len(r.toks))
	// the words of an idiom stand together, in their order: „stellt … in
	// Frage“, not „in Österreich eine Frage stellen“ (thirteenth round,
	// bench corpus); one word is a run of one
	return len(e.with) == 0 || r.withRun(e.with, a, b)
}

// withRun reports the words ws one after the other somewhere in [a, b).
func (r *run) withRun(ws []string, a, b int) bool {
	if n := b - a - len(ws) + 1; n > 0 {
		r.steps += n
	}
	last := ws[len(ws)-1]
	for j := a + len(ws) - 1; j < b; j++ {
		if r.toks[j].End-r.toks[j].Start != len(last) {
			continue // (the last word's length rules out most places: „Schluss“, „Protokoll“, not „zu“)
		}
		s, k := j-len(ws)+1, 0
		for k < len(ws) && r.maybeLower(s+k, ws[k]) && r.lower(s+k, ws[k]) {
			k++
		}
		if k == len(ws) {
			return true
		}
	}
	return false
}

// withCut ends a speaker's noun phrase [sa, se) after an inverted cue
// before a word of the cue's idiom that it took in: „…, streute
// ORF-Moderatorin Barbara Rett Rosen“ → „ORF-Moderatorin Barbara Rett“.
func (r *run) withCut(e *verbEntry, sa, se int) int {
	for j := sa + 1; j < se && len(e.with) > 0; j++ {
		for _, w := range e.with {
			if r.lower(j, w) {
				return j
			}
		}
	}
	return se
}

// infinitiveCue accepts an infinitive only with a modal or werden in its
// clause („Er wird erklären, dass …“, „wie Forscher zeigen konnten“).
func (r *run) infinitiveCue(i, a, b int) bool {
	for j := a; j < b; j++ {
		if j != i && r.tf[j]&(wModal|wAux) != 0 {
			return true
		}
	}
	return false
}

// participleCue accepts a participle only with haben, sein or werden in
// its clause („hat … gesagt“, „wie mitgeteilt wurde“), not as an
// adjective or a particle („gab … bekannt“).
//
// With a form of sein alone it is a state, not a report („Die Ursache ist
// noch nicht bekannt“, „ist der Polizei bekannt“): „ist … berichtet
// worden“ needs worden.
func (r *run) participleCue(i, a, b int) bool {
	for j := a; j < b; j++ {
		if j != i && (r.tf[j]&wAux != 0 && !isSein(r.w(j)) || r.is(j, "worden") || r.is(j, "geworden")) {
			return true
		}
	}
	return false
}

// seinBefore reports a form of sein in the clause [a, b) of the
// participle at i: the perfect of a verb that takes sein („Ihre Mandantin
// sei davon ausgegangen, dass …“).
func (r *run) seinBefore(i, a, b int) bool {
	for j := max(a, 0); j < b && j < len(r.toks); j++ {
		r.steps++
		if j != i && r.tf[j]&wAux != 0 && isSein(r.w(j)) {
			return true
		}
	}
	return false
}

// stateParticiple reports a participle that is an adjective after a form
// of werden in the clause [a, b) („bekannt werden“: to become known), not
// a passive: it reports only a dass/ob/w-clause after it („Es wurde
// bekannt, dass …“) or in a wie-frame („Wie heute bekannt wurde, …“).
func (r *run) stateParticiple(a, b int) bool {
	werden := false
	for j := a; j < b && !werden; j++ {
		switch r.w(j) {
		case "wird", "werden", "wurde", "wurden", "würde", "würden", "werde", "worden", "geworden":
			werden = true
		}
	}
	if !werden || r.is(a, "wie") || r.is(a, "Wie") {
		return false
	}
	return !(b+1 < len(r.toks) && r.isPunctByte(b, ',') && r.tf[b+1]&(wSubord|wWh) != 0)
}

// isSein reports a finite form of sein.
func isSein(w string) bool {
	switch w {
	case "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "bin", "bist", "seid", "Ist", "Sind", "War", "Waren":
		return true
	}
	return false
}

// auxBefore reports an auxiliary or modal before i in its clause.
//
// An auxiliary before „und“ belongs to the first of two coordinated verbs
// („Podolski war anwesend und sagte, …“).
func (r *run) auxBefore(i, a int) bool {
	for j := i - 1; j >= a; j-- {
		if r.is(j, "und") || r.is(j, "oder") {
			return false
		}
		if r.tf[j]&(wAux|wModal) != 0 && !r.isCap(j) {
			return true
		}
	}
	return false
}

// purposeClause reports a clause opened by „um“, „ohne“ or „(an)statt“
// with a zu-infinitive: an adverbial, its verb reports nothing.
func (r *run) purposeClause(a int) bool {
	// (maybeLower first: no call for most words)
	return r.maybeLower(a, "um") && r.lower(a, "um") || r.maybeLower(a, "ohne") && r.lower(a, "ohne") ||
		r.maybeLower(a, "statt") && r.lower(a, "statt") || r.maybeLower(a, "anstatt") && r.lower(a, "anstatt")
}

// overApposition returns the token after the comma that ends an
// apposition from k when a purpose or manner clause follows it („sagte
// General X, Kommandant des Corps, ohne …“), else k.
func (r *run) overApposition(k, sl int) int {
	if e := r.npAfter(k, sl); e > k && e+1 < sl && r.isPunctByte(e, ',') && r.purposeClause(e+1) {
		return e + 1
	}
	return k
}

// purposeComma returns the first comma in [k, lim) that a purpose or
// manner clause follows („, ohne …“), or lim: a clause that
// overApposition can find starts after it, and most sentences hold none.
// The answer is kept (run.purpose): the frames ask about a sentence
// from tokens that go forward, so it is scanned about once.
func (r *run) purposeComma(k, lim int) int {
	p := &r.purpose
	if p.known && p.lim == lim && p.from <= k && k <= p.at {
		return p.at
	}
	end, at := lim, lim
	if p.known && p.lim == lim && k < p.from {
		end, at = p.from, p.at // [p.from, p.at) holds none
	}
	j := max(k, 0)
	for j < end && !(r.isPunctByte(j, ',') && r.purposeClause(j+1)) {
		j++
	}
	r.steps += j - k
	if j < end {
		at = j
	}
	*p = purposeMemo{known: true, from: k, lim: lim, at: at}
	return at
}

// purposeMemo is purposeComma's last answer: the first comma of a
// purpose clause in [from, lim) is at token at (lim for none).
type purposeMemo struct {
	known         bool
	from, lim, at int
}

// seinZu reports „ist/sei/war … zu begrüßen“ before the zu-infinitive at
// i: a modal passive, the writer's evaluation, no report.
func (r *run) seinZu(i, a int) bool {
	for j := i - 1; j >= a && j >= 0 && j > i-maxClause; j-- {
		r.steps++
		if r.tf[j]&wAux != 0 && isSein(r.w(j)) {
			return true
		}
	}
	return false
}

// lassenBefore reports a form of lassen before i in its clause („ließ der
// Pressedienst verlauten, dass …“): the verb at i is its infinitive, and
// the cue is „ließ“ (a multi-word line such as "verlauten lassen").
func (r *run) lassenBefore(i, a int) bool {
	for j := i - 1; j >= a && j >= 0 && j > i-maxClause; j-- {
		r.steps++
		switch r.w(j) {
		case "ließ", "ließen", "lässt", "lassen", "ließe", "lasse", "lasst", "ließt":
			return true
		}
	}
	return false
}

// finiteOf returns the finite verb of the clause [a, b) that goes with
// the cue at i: the cue itself when finite, else an auxiliary or modal.
func (r *run) finiteOf(i, a, b int, c cueForm) int {
	if c.form == formFinite {
		return i
	}
	for j := a; j < b; j++ {
		if j != i && r.tf[j]&(wAux|wModal) != 0 {
			return j
		}
	}
	for j := a; j < b; j++ {
		if j != i && r.tf[j]&wFinite != 0 && !r.isCap(j) {
			return j
		}
	}
	return -1
}

// negAdverb reports „nicht“, „nie“ or „niemals“ at j.
func (r *run) negAdverb(j int) bool {
	return r.is(j, "nicht") || r.is(j, "nie") || r.is(j, "niemals")
}

// keinWord reports a form of „kein“ that negates a noun phrase: „kein“,
// „keine“, „keinen“, „keinerlei“.
func (r *run) keinWord(j int) bool {
	return r.is(j, "kein") || r.is(j, "keine") || r.is(j, "keinen") || r.is(j, "keinerlei")
}

// negWord reports a negation at j: negAdverb or keinWord (negated,
// negatedNonCue, negatedNaming).
func (r *run) negWord(j int) bool {
	// each of the words starts with a lower-case n or k: the first byte
	// rules out most words without a call (the scans ask every token)
	if uint(j) >= uint(len(r.toks)) || r.toks[j].End == r.toks[j].Start {
		return false
	}
	if c := r.text[r.toks[j].Start]; c != 'n' && c != 'k' {
		return false
	}
	return r.negAdverb(j) || r.keinWord(j)
}

// negatedNonCue reports „konnte nicht bestätigen“, „wurde nicht
// mitgeteilt“: a negation with a modal or a passive that attributes no
// content.
func (r *run) negatedNonCue(a, b, fin int) bool {
	if fin < 0 || r.tf[fin]&wModal == 0 && !r.isWerden(fin) {
		return false // (the finite verb first: most clauses have neither, and it costs no walk)
	}
	for j := a; j < b; j++ {
		// („Die Polizei konnte weder bestätigen noch ausschließen, dass …“)
		if r.negWord(j) || r.is(j, "weder") {
			return true
		}
	}
	return false
}

// negated reports a negation of the verb at i in its clause [a, b): „nicht“
// (not „nicht nur“), „nie“, „niemals“, „kein…“, „weder“, within the
// conjunct of i („bestätigte … nicht und nannte sie …“: „nannte“ is not
// negated). A verb of confirming or disclosing (speech-verbs.txt
// "negated") reports nothing then (GUIDELINES §1.2.7: „Die Tests haben den
// Verdacht nicht bestätigt, dass …“, „hatte seinen Kandidaten noch nicht
// bekanntgegeben“).
func (r *run) negated(i, a, b int) bool {
	r.steps += b - a
	for j := i - 1; j > a; j-- {
		if r.is(j, "und") || r.is(j, "oder") || r.is(j, "sondern") || r.is(j, "aber") {
			a = j + 1
			break
		}
	}
	for j := a; j < b; j++ {
		if j > i && (r.is(j, "und") || r.is(j, "oder") || r.is(j, "sondern")) {
			break
		}
		if r.negWord(j) && !(r.is(j, "nicht") && r.is(j+1, "nur")) || r.is(j, "weder") {
			return true
		}
	}
	return false
}

// negatedNaming reports a negation of a verb of naming at i (negated
// holds): such a verb takes a predicate after its object, and a negation
// there belongs to the predicate („Der Minister nannte die Vorwürfe nicht
// gerechtfertigt“, „… nannte die Entscheidung keine gute Idee“ report).
// The verb is negated by „nicht“, „nie“, „niemals“ right before it („wollte
// er nicht nennen“, „nicht genannt“) or ending the clause („Einen Grund
// nannte er nicht“, „nannte die Namen nicht“), and by a „kein…“ object:
// after the verb with only pronouns between („nannte er keine Details“),
// before it with only its adjectives and noun between and no noun before
// („hat keine Namen genannt“).
func (r *run) negatedNaming(i, a, b int) bool {
	not, kein := r.negAdverb, r.keinWord
	if i > a && not(i-1) {
		return true
	}
	j := i - 1
	for ; j > a && j > i-5 && (r.isNounish(j) || r.isAdj(j)); j-- {
	}
	if j < i-1 && j >= a && kein(j) && (j == a || !r.isNounish(j-1)) {
		return true
	}
	pronouns := true
	for j := i + 1; j < b && j < i+maxClause; j++ {
		r.steps++
		switch {
		case not(j) && (j+1 >= b || !r.isWord(j+1)):
			return true
		case kein(j) && pronouns:
			return true
		}
		pronouns = pronouns && r.tf[j]&wPronoun != 0
	}
	return false
}

// questionBeforeNegated reports the mirror of negatedQuestion: an
// indirect question opening the sentence (from sf) before a negated cue
// in clause [a, b) after a comma: „In welcher Form Aslan seine Anfrage
// gestellt hat, geht aus dem Bericht nicht hervor“ (bench corpus), as
// „Wie viele es sind, wurde nicht mitgeteilt“ (GUIDELINES §1.2.7).
func (r *run) questionBeforeNegated(a, b, sf int) bool {
	if a <= sf+1 || !r.isPunctByte(a-1, ',') {
		return false
	}
	q := sf
	if r.tf[q]&wPrep != 0 && q+1 < a {
		q++ // „In welcher Form …“
	}
	if r.tf[q]&wWh == 0 && !r.lower(q, "ob") {
		return false
	}
	for j := a; j < b; j++ {
		if r.is(j, "nicht") || r.is(j, "nie") {
			return true
		}
	}
	return false
}

// negatedQuestion reports „erklärt nicht, was …“: a negated cue with an
// indirect question reports no content („bestritt nicht, dass“ does).
func (r *run) negatedQuestion(a, b int) bool {
	if b+1 >= len(r.toks) || !r.isPunctByte(b, ',') || r.tf[b+1]&wWh == 0 {
		return false
	}
	for j := a; j < b; j++ {
		if r.is(j, "nicht") {
			return true
		}
	}
	return false
}

func (r *run) isWerden(i int) bool {
	switch r.w(i) {
	case "wurde", "wurden", "wird", "werden", "worden", "Wurde", "Wird":
		return true
	}
	return false
}

// mediaNameEnd returns the end of „(article) medium Name“ inside the noun
// phrase [a, e) when a further name follows the medium's one-word name
// („die Nachrichtenagentur TASR Fico“ → „die Nachrichtenagentur TASR“);
// a otherwise.
func (r *run) mediaNameEnd(a, e int) int {
	m := a
	if r.isDet(m) {
		m++
	}
	for m < e && r.isAdj(m) {
		m++
	}
	if m+2 >= e || !r.mediaNoun(m) || r.tf[m+1] != 0 || !r.isCap(m+1) || r.s.g.isNoun(r.w(m+1)) {
		return a
	}
	for k := m + 2; k < e; k++ {
		if !r.isCap(k) || r.tf[k] != 0 || r.s.g.isNoun(r.w(k)) || r.role(k) != 0 {
			return a
		}
	}
	return m + 2
}

// quotedObject adds the object of an active „zitieren“ at k (after
// adverbs) as a second SOURCE: who is quoted speaks as much as who quotes
// („Die Nachrichtenagentur TASR zitierte Fico mit den Worten: …“).
func (r *run) quotedObject(at *att, k, lim int, rule string) {
	k = r.skipAdverbs(k, lim)
	if k >= lim || r.tf[k]&(wPrep|wSubord|wConj) != 0 || !r.isDet(k) && !r.isNounish(k) {
		return
	}
	if e := r.npAfter(k, lim); e > k {
		r.addSource(at, k, r.nameAfter(e), rule)
	}
}

// coordinatedSubject adds the subject of the first of two coordinated
// verbs at v as SOURCE: the noun phrase (with its apposition) that opens
// the sentence right before v, or the one right after v when v is the
// second constituent („… zogen die Demonstranten … und skandierten …“).
func (r *run) coordinatedSubject(at *att, v, fin int, rule string) {
	sf, _ := r.sentBounds(v)
	x := r.afterDateline(sf)
	for x < v && (r.tf[x]&wConj != 0 || r.focusParticle(x)) {
		x++
	}
	if x < v && r.vorfeldSubject(x, v) {
		if se := r.appositionAfter(r.npAfter(x, v), v); se > x && (se == v || se+1 == v && r.isPunctByte(se, ',')) {
			if r.isPunctByte(se-1, ',') {
				se--
			}
			r.addSource(at, x, se, rule)
			return
		}
	}
	if x < v && r.isPunctByte(v-1, ',') && r.vorfeldSubject(x, v) && r.subjectWithRelative(x, v-1) {
		if se := r.npAfter(x, v); se > x && r.isPunctByte(se, ',') {
			// the subject and its relative clause: „Die Wähler, die bisher
			// zögerten, scheuen das Risiko und sagen, …“
			r.addSource(at, x, se, rule)
			return
		}
	}
	if r.isPunctByte(v-1, ',') && !(x < v-1 && r.tf[x]&wSubord != 0 && r.segmentStart(v-1) == x) {
		// a verb after a comma shares a subject named further back; after
		// a fronted subordinate clause the subject follows the verb
		// („Als ein Fluggast zu Hilfe eilte, biss der Randalierer den
		// Fluggast und rief: …“)
		return
	}
	if k := r.skipAdverbs(v+1, fin); k < fin && !r.obliqueNP(k) {
		if se := r.npAfter(k, fin); se > k {
			r.addSource(at, k, r.nameAfter(se), rule)
		}
	}
}

// namingRelative reports a participle i in an agentless passive relative
// clause [a, b) with an „als“ predicate and nothing after it: „eine Art von
// Scheiben, die als Übergangsscheiben (transitional discs) bezeichnet
// werden, …“, „der Partikelstrom, der … als „Sonnenwind“ bezeichnet wird“
// names a term; nobody reports.
func (r *run) namingRelative(i, a, b int) bool {
	if a == 0 || !r.isPunctByte(a-1, ',') || r.tf[a]&wRelative == 0 || !r.isWerden(i+1) {
		return false
	}
	if b < len(r.toks) && (r.isPunctByte(b, ':') || r.toks[b].Kind == annotate.Quote) {
		return false
	}
	s := a + 1
	for j := a + 1; j < i; j++ {
		if r.is(j, "und") {
			s = j + 1 // „der von der Sonne ausgeht und als … bezeichnet wird“: the second verb's part
		}
	}
	als := false
	for j := s; j < i; j++ {
		switch {
		case r.is(j, "von") || r.is(j, "vom") || r.is(j, "seitens"):
			return false // an agent: „die von Experten als Risiko bezeichnet werden“
		case r.is(j, "als"):
			als = true
		}
	}
	return als
}

// namingPassive reports a participle i of a naming verb in an agentless
// passive in clause [a, b) without content after it that names a thing: in
// a wie-clause („„Uncle Ted“, wie der Senator genannt wurde“), with „so“
// („so wird die Registrierung auch genannt“) or with a bare noun right
// before the participle after an adverb or werden („wird deshalb
// Supraflüssigkeit genannt“). Nobody reports. An agent („von ihr genannt“),
// a content clause („Als Grund wurde genannt, dass …“) or a list of what
// was named („wurden Stress und Geschmack genannt“) keeps the report.
func (r *run) namingPassive(i, a, b int) bool {
	werden, so := r.isWerden(i+1), false
	for j := a; j < b; j++ {
		r.steps++
		switch {
		case r.lower(j, "von") || r.lower(j, "vom") || r.lower(j, "seitens"):
			return false
		case r.isWerden(j):
			werden = true
		case j < i && r.lower(j, "so"):
			so = true
		}
	}
	if !werden || r.contentFollows(r.overAux(i+1, b)) {
		return false
	}
	bare := i-2 > a && r.isCap(i-1) && r.isNounish(i-1) && (r.isWerden(i-2) || r.tf[i-2]&wAdverb != 0 && !r.isCap(i-2))
	return r.lower(a, "wie") || so || bare
}

// learnedFrom reports whether a verb of learning at i in clause [a, b)
// names where its content comes from, which makes it a report of what was
// said: an „aus“, „von“ or „vom“ phrase in the clause („erfuhr die APA aus
// Regierungskreisen“, „will aus Quellen erfahren haben“), a wie-clause
// („Wie der Standard erfuhr“) or the reported words before it („…, erfuhr
// die Nachrichtenagentur AFP“). Without one it is learning: „Er hatte
// erfahren, dass …“, „als sie erfahren mussten, dass …“.
func (r *run) learnedFrom(i, a, b int) bool {
	if r.lower(a, "wie") || a == i && a > 0 && r.isPunctByte(a-1, ',') {
		return true
	}
	for j := a; j < b; j++ {
		r.steps++
		if r.lower(j, "aus") || r.lower(j, "von") || r.lower(j, "vom") {
			return true
		}
	}
	return false
}

// overAux returns the position after the auxiliaries and modals from j on
// (before b): the end of a verb-final clause's verb group.
func (r *run) overAux(j, b int) int {
	for j < b && (r.isWerden(j) || r.tf[j]&(wAux|wModal) != 0) {
		j++
	}
	return j
}

// secondFinite reports a verb form at i that closes a main clause [a, b)
// whose finite verb stands before it („Die Schwierigkeiten liegen in den
// Gegensätzen begründet“, „scheint dies … begründet“): there it can only be
// a participle. Not in a clause opened by a subordinator, w-word or
// relative pronoun (also after a preposition), nor after a comma. With
// „und“/„oder“ before it or in a clause opened by a preposition only a
// form that is a participle too after a finite auxiliary counts, and not
// when „und“/„oder“ joins a second verb („ist informiert und betont,
// dass …“).
func (r *run) secondFinite(i, a, b int) bool {
	if r.lastWord(i, b) != i || r.tf[a]&(wSubord|wWh|wRelative) != 0 || r.tf[a]&wPrep != 0 && r.tf[a+1]&wRelative != 0 {
		return false
	}
	v := r.firstFinite(a, i)
	coord, verbCoord := r.tf[a]&wPrep != 0, false // a clause opened by a phrase: only the auxiliary case below
	for j := a + 1; j < i; j++ {
		r.steps++
		if r.is(j, ",") {
			return false
		}
		if r.is(j, "und") || r.is(j, "oder") {
			coord = true
			// „und“ before a word that opens no noun phrase may join a
			// second verb („ist informiert und betont, dass …“)
			verbCoord = verbCoord || !(r.isNounish(j+1) || r.isDet(j+1) || r.isAdj(j+1))
		}
	}
	if v > a && r.tf[v]&wAux != 0 && !r.isWerden(v) && r.tf[i]&wParticiple != 0 && !verbCoord {
		// a form that is a participle too, closing a main clause after
		// its auxiliary: the participle („Im Zentrum seien
		// Kostenminimierung und Gewinnmaximierung gestanden“: stehen, not
		// „sie gestanden“)
		return true
	}
	if coord {
		return false
	}
	return v > a && r.tf[v]&(wAux|wModal) == 0 && r.tf[v]&wParticiple == 0 && !r.isNounish(v+1) && !r.isDet(v-1)
}

// zuInfIn reports a zu-infinitive in [a, b).
func (r *run) zuInfIn(a, b int) bool {
	for j := a; j < b; j++ {
		r.steps++
		if r.isWord(j) && !r.isCap(j) && r.isZuInf(j) {
			return true
		}
	}
	return false
}

// roleIn reports a listed person or group role among the nouns of [a, b)
// („die Forscher“, „der Minister“).
func (r *run) roleIn(a, b int) bool {
	for k := a; k < b; k++ {
		if r.isCap(k) && r.toks[k].Kind == annotate.Word {
			if rk := r.role(k); rk == rolePerson || rk == roleGroup {
				return true
			}
		}
	}
	return false
}

// sentStart returns the first token of the sentence of token j.
func (r *run) sentStart(j int) int {
	f, _ := r.sentBounds(j)
	return f
}

// firstFinite returns the first lower-case finite verb in [a, b), or -1.
func (r *run) firstFinite(a, b int) int {
	for j := a; j < b; j++ {
		r.steps++
		if r.tf[j]&wFinite != 0 && !r.isCap(j) {
			return j
		}
	}
	return -1
}

// firstSubject returns the end of the subject that opens [vs, v) before
// the first verb v of two coordinated clauses („Dieser lehnt die
// Entsendung … ab und“); vs when there is none. A demonstrative alone
// before the verb is the subject (ninth round, GUIDELINES §4).
func (r *run) firstSubject(vs, v int) int {
	if !r.vorfeldSubject(vs, v) {
		return vs
	}
	if se := r.npAfter(vs, v); se > vs {
		return se
	}
	if v == vs+1 && r.isCap(vs) {
		return v
	}
	return vs
}

// coordVerb returns the finite verb of the first of two coordinated
// clauses [vs, b) („Dieser lehnt … ab und“, „Am Freitag lehnte er … ab
// und“), or -1 when [vs, b) opens with a subordinating word or when a
// comma, a bracket, quotation marks or a subordinating word come before
// its first finite verb (a clause of its own).
func (r *run) coordVerb(vs, b int) int {
	if r.tf[vs]&(wSubord|wRelative|wWh) != 0 {
		return -1
	}
	v := r.firstFinite(vs+1, b)
	if v >= 0 && r.inQ[v] >= 0 {
		return -1
	}
	for j := vs + 1; j < v; j++ {
		r.steps++
		if r.isPunct(j, ",;:()") || r.inQ[j] >= 0 || r.tf[j]&(wSubord|wRelative|wWh) != 0 {
			return -1
		}
	}
	return v
}

// bisPhrase reports „bis“ as a preposition at j, not a subordinator:
// before an adverb, a preposition, a number or a noun („Bis heute hat die
// Regierung nicht geantwortet, beklagte sich Kaske“).
func (r *run) bisPhrase(j int) bool {
	if !r.lower(j, "bis") || j+1 >= len(r.toks) {
		return false
	}
	return r.tf[j+1]&(wAdverb|wPrep) != 0 || r.toks[j+1].Kind == annotate.Number || r.isCap(j+1) ||
		r.lower(j+1, "heute") || r.lower(j+1, "jetzt") || r.lower(j+1, "dahin") || r.lower(j+1, "morgen") || r.lower(j+1, "gestern")
}

// overTitleColon moves the start a of a participle's clause back over a
// colon inside a title when [a, i) holds no finite verb and the clause
// before the colon holds the auxiliary: „Ekirch hatte … im Buch At Day’s
// Close: Night in Times Past argumentiert, dass …“.
func (r *run) overTitleColon(a, i, b int) int {
	if a < 2 || !r.isPunctByte(a-1, ':') || r.tf[i]&wParticiple == 0 || r.hasFiniteVerb(a, i) {
		return a
	}
	pa, _ := r.clause(a - 2)
	for j := pa; j < a-1; j++ {
		if r.tf[j]&wAux != 0 && !r.isCap(j) {
			return pa
		}
	}
	return a
}

// hasFiniteVerb reports a lower-case finite verb in [a, b).
func (r *run) hasFiniteVerb(a, b int) bool {
	for j := a; j < b; j++ {
		r.steps++
		if r.tf[j]&(wFinite|wAux|wModal) != 0 && !r.isCap(j) && r.tf[j]&wParticiple == 0 {
			return true
		}
	}
	return false
}

// overBracket moves a clause start a back out of a bracket that closes
// before the cue at i: a comma inside the bracket opens no clause
// („Patrick Kamanda von der Umwelt Behörde Ugandas (National Environment
// Management Authority, NEMA) sagte, …“ → the Vorfeld starts at
// „Patrick“).
func (r *run) overBracket(a, i int) int {
	for j := a; j < i; j++ {
		if r.isPunctByte(j, '(') {
			return a
		}
		if r.isPunctByte(j, ')') {
			for k := a - 1; k >= 0 && k > a-maxClause; k-- {
				r.steps++
				if r.isPunctByte(k, '(') {
					if k > 0 {
						na, _ := r.clause(k - 1)
						return na
					}
					return a
				}
				if r.isPunctByte(k, ')') || r.isFinal(k) {
					return a
				}
			}
			return a
		}
	}
	return a
}

// overDashes moves the clause start a of a cue back over an insertion
// between two dashes that ends right before it, to the start of the
// clause the insertion interrupts: „Entholzer – seit zwei Jahren
// Parteichef – kündigte … an“, „Die EU-Kommission werde die
// Bundesregierung – und nicht die Bank Austria – auffordern, …“. A single
// dash (a dateline „Wien – “, a pause) leaves a as it is, and so does an
// insertion with a comma, colon, quotation mark or finite verb in it.
func (r *run) overDashes(a int) int {
	if a < 3 || !r.isDash(a-1) {
		return a
	}
	f, _ := r.sentBounds(a - 1)
	for k := a - 2; k >= f && k > a-maxClause; k-- {
		r.steps++
		switch {
		case r.isDash(k):
			if k-1 < f || !r.isWord(k-1) {
				return a
			}
			na, _ := r.clause(k - 1)
			return na
		case r.isBoundary(k) || r.isFinal(k) || r.toks[k].Kind == annotate.Quote || r.tf[k]&wFinite != 0 && !r.isCap(k):
			return a // a clause of its own: „Wien – Für Nutzer … hat X … gesperrt – derStandard.at berichtete“
		}
	}
	return a
}

// isDash reports a dash token („–“, „—“).
func (r *run) isDash(i int) bool {
	return uint(i) < uint(len(r.toks)) && (r.w(i) == "–" || r.w(i) == "—")
}

// passiveCue reports a participle cue at i in a passive: with a finite
// form of werden at fin („wurde … mitgeteilt“) or a form of werden right
// after it („mitgeteilt werden“, „die bestätigt wurden“). A verb whose
// passive subject is the speaker („wird mit den Worten zitiert“) is none.
func (r *run) passiveCue(i, fin, b int, c cueForm) bool {
	if c.form != formParticiple && r.tf[i]&wParticiple == 0 || c.entry.frames&quotedSubject != 0 {
		return false
	}
	return fin >= 0 && fin != i && r.isWerden(fin) || i+1 < len(r.toks) && r.isWerden(i+1)
}

// passiveAgent adds the noun phrase after the first „von“, „vom“ or
// „seitens“ in [a, b) as the SOURCE of a passive cue; fin is the finite
// verb of a main clause before the cue (-1 for none: a verb-final clause).
func (r *run) passiveAgent(at *att, a, b, fin int, rule string) {
	for j := a; j < b; j++ {
		if j < fin && j-2 >= a && r.isDet(j-2) && r.isNounish(j-1) {
			// in the Vorfeld, „von“ after an article and its noun belongs
			// to that noun: „Der Regierung unter der Führung von X wird
			// vorgeworfen, …“ (the agent stands after the verb: „Das
			// Massaker von Srebrenica wurde vom Gerichtshof … erklärt“)
			continue
		}
		if r.maybeLower(j, "von") && r.lower(j, "von") || r.maybeLower(j, "vom") && r.lower(j, "vom") || r.maybeLower(j, "seitens") && r.lower(j, "seitens") {
			if j-2 >= a && r.isDet(j-2) && r.isNounish(j-1) && r.laterAgent(j+1, b) {
				// a noun's „von“ before the agent's: „wurden für die
				// Unterstützung von UN-Organisationen … von den EU-Staaten
				// 1,153 Milliarden Euro versprochen“
				continue
			}
			r.addSource(at, j+1, r.npAfter(j+1, b), rule)
			return
		}
	}
}

// phraseQuote returns the end (before the final mark) of words [a, sl)
// after a speech verb's colon that form one phrase without a verb:
// capitalised, two words or more, no comma or semicolon (a list:
// „erwartet: Kohlendioxid, Methan, …“); a when there is none.
func (r *run) phraseQuote(a, sl int) int {
	if a+1 >= sl || !r.isCap(a) || r.toks[a].Kind != annotate.Word {
		return a
	}
	n, e := 0, a
	for j := a; j < sl; j++ {
		r.steps++
		switch {
		case r.isPunct(j, ",;:()") || r.toks[j].Kind == annotate.Quote:
			return a
		case r.toks[j].Kind != annotate.Punct:
			n++
			e = j + 1
		}
	}
	if n < 2 {
		return a
	}
	return e
}

// sentenceSpeaker returns the first attribution of sentence si with a
// SOURCE and a cue before token i, or nil.
func (r *run) sentenceSpeaker(si, i int) *att {
	var first *att
	for k := len(r.atts) - 1; k >= 0 && r.atts[k].sent >= si; k-- {
		r.steps++
		a := r.atts[k]
		if a.sent == si && len(a.sources) > 0 && len(a.cues) > 0 && a.cues[0].end <= r.toks[i].Start {
			first = a
		}
	}
	return first
}

// nounCorrelate reports a pronominal adverb right before the comma at b
// that belongs to the noun of a prepositional phrase before it („in
// Anspielung darauf, dass …“, „mit Blick darauf, dass …“): the clause
// after the comma is that noun's, not the content of a cue.
func (r *run) nounCorrelate(b int) bool {
	if b < 3 || !r.isWord(b-1) || r.isCap(b-1) || !r.isCap(b-2) || !r.isNounish(b-2) || r.inSrc[b-2] || r.tf[b-3]&wPrep == 0 || r.isCap(b-3) {
		return false // (a noun of its own after a preposition: „in Anspielung“, „mit Blick“)
	}
	switch r.w(b - 1) {
	case "darauf", "darüber", "davon", "daran":
		return true // (not „dagegen“, „dazu“: „protestierte im Stadtrat dagegen, dass …“ is the verb's)
	}
	return false
}

// adverbV2 reports a subordinator form at k right before a finite verb:
// an adverb opening a main clause („Damit sei der Beschluss umgesetzt, sagt
// Steidl“), not a subordinate clause („damit er kommt“). Not before a
// participle („Wie berichtet, …“).
func (r *run) adverbV2(k int) bool {
	return k+1 < len(r.toks) && r.tf[k]&wSubord != 0 && r.tf[k]&wWh == 0 && r.isWord(k+1) && !r.isCap(k+1) &&
		r.tf[k+1]&wFinite != 0 && r.tf[k+1]&wParticiple == 0
}

// listTo reports the last members of a list of nouns [vs, fin): noun
// phrases joined by „und“/„oder“ up to the verb („Salzburg und dem
// Burgenland“).
func (r *run) listTo(vs, fin int) bool {
	k := r.npCore(vs, fin)
	if k == vs || k >= fin || !(r.is(k, "und") || r.is(k, "oder")) {
		return false
	}
	return r.npCore(k+1, fin) == fin
}

// numberClash reports a Vorfeld noun phrase [vs, fin) whose head noun is
// plural before a finite verb at fin that is singular: the Vorfeld is no
// subject. The noun phrase from vs ends at np (npAfter(vs, fin)).
func (r *run) numberClash(vs, fin, np int) bool {
	if np != fin || !r.singularAt(fin) {
		return false
	}
	for k := vs; k < fin; k++ {
		if k == vs && (r.isDet(k) || k+1 < fin && r.isCap(k+1) && r.isNounish(k+1)) {
			continue // an article, or an adjective capitalised at the start: „Kleine Verbesserungen“
		}
		if r.isCap(k) && r.toks[k].Kind == annotate.Word {
			return r.s.g.pluralNoun(r.w(k))
		}
	}
	return false
}

// laterAgent reports a „von“ or „vom“ in [j, b).
func (r *run) laterAgent(j, b int) bool {
	for ; j < b; j++ {
		r.steps++
		if r.lower(j, "von") || r.lower(j, "vom") {
			return true
		}
	}
	return false
}

// verbFrame places the cue at i in its frame and builds the attribution.
func (r *run) verbFrame(i, a, b int, c cueForm) bool {
	e := c.entry
	sf, _ := r.sentBounds(i)
	fin := r.finiteOf(i, a, b, c)
	if r.negatedNonCue(a, b, fin) || r.negatedQuestion(a, b) || r.questionBeforeNegated(a, b, sf) || e.frames&negNone != 0 && r.negated(i, a, b) && (e.frames&namingVerb == 0 || r.negatedNaming(i, a, b)) {
		return false
	}
	lemma := e.lemma
	if c.form == formParticiple && e.frames&stateSein != 0 && r.seinBefore(i, a, b) {
		// „Sie ist überzeugt, dass …“: a state named by the participle, cited
		// with its copula like „der Meinung sein“
		lemma = strings.ToLower(r.w(i)) + " sein"
	}
	if a == sf && r.tf[a]&wConj != 0 && a+1 < i && r.lower(a+1, "wie") {
		a++ // „Denn wie X berichtete, …“
	}
	if w := r.wieOverApposition(a, i); w >= 0 {
		a = w // „Wie die Mitarbeiterin, Arminda Thomas, mitteilte, …“
	} else if w := r.wieOverName(a, sf); w >= 0 {
		a = w // „Wie „heise online“ berichtet, …“
	}
	if r.frontedPhrase(a, i, b, c) {
		// „Als Grund nannte die NASA, …“, „Um 10:05 Uhr meldete X, …“:
		// a phrase with als/um in the Vorfeld of a main clause
		return r.vorfeldFrame(i, a, b, i, c, lemma)
	}
	if r.frontedPassive(a, i, fin, c) {
		// „Als Begründung wurde angegeben, …“: an agentless passive
		// after a phrase with als in the Vorfeld of a main clause
		return r.vorfeldFrame(i, a, b, fin, c, lemma)
	}
	if fin == a+1 && a > sf+1 && r.resumptiveDas(a) && r.subjectFollows(fin+1) && r.subjectAfter(fin, b) {
		// „Hopfner wird ihm nicht im Wege stehen, das hat er bereits
		// bekräftigt“, „…, das teilte das STSI mit“: a demonstrative
		// before the verb resumes the clause before it (speech-news
		// n215, Wikinews train wn29022)
		return r.invertedFrame(i, a+1, b, fin, c, lemma)
	}
	if fin == a+1 && a > sf+1 && r.soComma(a) && r.subjectFollows(fin+1) {
		// „Ein „Sieg“, so urteilte Romney“: quotative „so“ before an
		// inverted cue
		return r.invertedFrame(i, a+1, b, fin, c, lemma)
	}
	switch {
	case r.tf[a]&(wSubord|wWh) != 0 && !(r.tf[a]&wPrep != 0 && c.form == formFinite && r.lastWord(i+1, b) > i) && !r.adverbDa(a, fin) || a > sf && r.isPunctByte(a-1, ',') && r.opensClause(a) && (c.form != formFinite || fin != a),
		r.prepRelative(a, i, b, sf):
		// („Seit Jahren fordert der Staat …“: „seit“ opens a phrase, the
		// finite verb is not last, a main clause)
		return r.subordinateFrame(i, a, b, c, lemma)
	case fin == a || (fin < 0 && a == i):
		return r.invertedFrame(i, a, b, fin, c, lemma)
	case fin > a:
		return r.vorfeldFrame(i, a, b, fin, c, lemma)
	}
	return false
}

// prepRelative reports a relative clause [a, b) that opens with a
// preposition and a relative pronoun after a comma and ends at its verb i:
// „eine Beobachtung, von der nun das Max-Planck-Institut berichtet“.
func (r *run) prepRelative(a, i, b, sf int) bool {
	return a > sf && r.isPunctByte(a-1, ',') && r.tf[a]&wPrep != 0 && r.tf[a+1]&wRelative != 0 &&
		r.opensClause(a+1) && r.auxOnly(i+1, b)
}

// auxOnly reports that [x, b) holds no word but auxiliaries and modals:
// the verb cluster that closes a verb-final clause („bei dem sie gesagt
// hatte, …“).
func (r *run) auxOnly(x, b int) bool {
	for j := x; j < b; j++ {
		r.steps++
		if r.isWord(j) && (r.tf[j]&(wAux|wModal) == 0 || r.isCap(j)) {
			return false
		}
	}
	return true
}

// resumptiveDas reports a lower-case „das“ or „dies“ at j after a comma
// before a finite verb: a demonstrative in the Vorfeld, not a relative
// pronoun (whose clause puts its verb last).
func (r *run) resumptiveDas(j int) bool {
	return (r.is(j, "das") || r.is(j, "dies")) && r.isPunctByte(j-1, ',') && j+1 < len(r.toks) && !r.isCap(j+1) && r.tf[j+1]&(wFinite|wAux|wModal) != 0
}

// soComma reports a lower-case „so“ at j after a comma.
func (r *run) soComma(j int) bool {
	return !r.isCap(j) && r.is(j, "so") && r.isPunctByte(j-1, ',')
}

// subjectFollows reports that no participle or infinitive follows an
// inverted verb at j-1 („so wird gesagt“ is no inverted frame).
func (r *run) subjectFollows(j int) bool {
	return j < len(r.toks) && (r.isCap(j) || r.tf[j]&(wParticiple|wFinite) == 0)
}

// frontedPhrase reports „als“ or „um“ + a phrase before a finite cue that
// a subject follows: the main-clause verb, not the end of a subordinate
// clause („als er sagte, …“ ends at the cue).
func (r *run) frontedPhrase(a, i, b int, c cueForm) bool {
	if c.form != formFinite || !(r.maybeLower(a, "als") && r.lower(a, "als") || r.maybeLower(a, "um") && r.lower(a, "um")) || i-a < 2 || i-a > 8 {
		return false
	}
	for j := a + 1; j < i; j++ {
		if r.tf[j]&wFinite != 0 && !r.isCap(j) || r.subjectPronoun(j) {
			return false
		}
	}
	s := r.skipAdverbs(i+1, b)
	return s < b && r.npAfter(s, b) > s
}

// werdenBefore returns a form of werden right after a comma or a
// quotation mark before the
// token at o, within its clause and sentence (from sf), or -1.
func (r *run) werdenBefore(o, sf int) int {
	for k := o - 1; k > sf && o-k <= 8; k-- {
		if r.isPunctByte(k, ',') || r.toks[k].Kind == annotate.Quote {
			return -1
		}
		if r.isWerden(k) && (r.isPunctByte(k-1, ',') || r.toks[k-1].Kind == annotate.Quote) {
			return k
		}
	}
	return -1
}

// frontedPassive reports „als“ + a short phrase, a finite form of werden,
// adverbs at most and the cue's participle before a comma: „Als Begründung wurde angegeben, …“ is a main
// clause, not a clause with „als“ („als angegeben wurde, …“ has its finite
// verb last).
func (r *run) frontedPassive(a, i, fin int, c cueForm) bool {
	if c.form != formParticiple || !(r.maybeLower(a, "als") && r.lower(a, "als")) || fin < a+2 || fin-a > 6 || fin >= i || !r.isWerden(fin) {
		return false
	}
	if r.skipAdverbs(fin+1, i) != i || !r.isPunctByte(i+1, ',') {
		return false // „Als Termin wurde der 22. Oktober genannt.“: no content clause
	}
	for j := a + 1; j < fin; j++ {
		if r.tf[j]&wFinite != 0 && !r.isCap(j) || r.subjectPronoun(j) || r.isPunctByte(j, ',') {
			return false
		}
	}
	return true
}

// subordinateFrame: „Wie X mitteilte, …“, „…, wie X mitteilte.“,
// „…, der darauf hinwies, dass …“.
func (r *run) subordinateFrame(i, a, b int, c cueForm, lemma string) bool {
	sf, sl := r.sentBounds(i)
	if r.maybeLower(a, "wie") && r.lower(a, "wie") && r.backReference(a, i, b) {
		return false // „Wie berichtet, …“, „wie schon erwähnt“: the writer's own earlier text
	}
	if r.maybeLower(a, "wie") && r.lower(a, "wie") {
		s0 := r.skipAdverbs(a+1, i)
		if r.is(s0, "es") && s0+1 < i && (r.isDet(s0+1) || r.isCap(s0+1)) {
			s0++ // „es“ is the words reported: „wie es Microsoft in einem Blogbeitrag formuliert“ (n152)
		}
		e := i // the subject ends before the verb, or before „, in Luxemburg“
		if c := r.segmentStart(i) - 1; c > s0 && r.isPunctByte(c, ',') && r.tf[c+1]&wPrep != 0 && r.skipAdverbs(r.skipPPs(c+1, i), i) == i {
			e = c + 1
		}
		src := r.npAfter(s0, e)
		if r.isPunctByte(e-1, ',') && r.bareName(r.segmentStart(e-1), e-1) || !r.isPunctByte(e-1, ',') && src < e && r.isPunctByte(src, ',') && r.appositionTo(src+1, e) ||
			r.isPunctByte(e-1, ',') && src+1 < e-1 && r.isPunctByte(src, ',') && !r.bareName(s0, src) && r.appositionTo(src+1, e) && r.hasName(src+1, e-1) {
			// (also a title and name in commas after a partitive: „wie
			// einer der Hacker, der Berliner Künstler Julian Oliver,
			// betont“, n155)
			// „Wie die Mitarbeiterin seines Büros, Arminda Thomas,
			// mitteilte“: the noun phrase and its appositive name; an
			// apposition without a name stays outside („wie Konrad
			// Kogler, Generaldirektor für …, ausführte“ → „Konrad Kogler“)
			src = r.lastWord(s0, e) + 1
		}
		if q := r.regionStartingAt(s0); src == s0 && q >= 0 && r.regions[q].close >= 0 && r.regions[q].close < i {
			// a name in marks: „Wie „heise online“ berichtet“
			s0, src = r.regions[q].first, r.regions[q].last
		}
		if src == s0 && r.lower(s0, "aus") {
			s0++ // „Wie aus Unternehmenskreisen verlautete“
			src = r.npAfter(s0, i)
			if src > s0 {
				// a document's named author: „wie aus einer … Aufstellung
				// des Bundeskanzleramtes hervorgeht“ (GUIDELINES §1.3)
				s0, src = r.authorOf(s0, src)
			}
		}
		at := r.newAtt(r.cueFirst(i), i+1, lemma, c.entry.pos)
		if r.passiveCue(i, -1, b, c) {
			// „„Uncle Ted“, wie der Senator genannt wurde“: the subject
			// of a passive is who is named, not who names
			r.passiveAgent(at, s0, i, -1, ruleWie)
		} else {
			r.addSource(at, s0, src, ruleWie)
		}
		switch {
		case a == sf || a-1 == sf && (r.toks[a-1].Kind == annotate.Quote || r.tf[a-1]&wConj != 0):
			if r.isPunctByte(b, ',') {
				r.addQuote(at, b+1, r.reportEnd(b+1, sl), annotate.ModeIndirect, ruleWie)
			}
		case r.isPunctByte(a-1, ',') || r.closingDashFrame(a, b, sl):
			qa := r.quoteStart(a-1, sf)
			if q := r.regionEndingAt(a - 2); q >= 0 && r.regions[q].first <= qa+1 {
				r.addRegionQuote(at, q, ruleWie)
			} else {
				// words another report already quotes are not this
				// frame's: „verspricht, Politik … zu machen – mehr Fakten,
				// weniger Theater, wie er es formulierte“ (§1.4.6)
				for m := a - 2; m >= qa; m-- {
					if r.cov[m] {
						qa = m + 1
						break
					}
				}
				if qa < a-1 {
					r.addQuote(at, qa, a-1, annotate.ModeIndirect, ruleWie)
				}
			}
		}
		return true
	}
	nested := r.lower(a, "dass") || r.lower(a, "ob")
	if nested && !r.dassClauseReport(i, a, b, c) || r.lower(a, "als") && c.form != formFinite {
		return false
	}
	// relative or other subordinate clause: the subject follows the
	// subordinator; the content follows the clause.
	at := r.att(int(r.sentOf[i]))
	src := a
	var srcEnd int
	if r.tf[a]&wPrep != 0 && a+2 < i && r.tf[a+1]&wRelative != 0 {
		// a relative pronoun after a preposition is no subject; the
		// subject follows it: „eine Beobachtung, von der nun das
		// Max-Planck-Institut für Astronomie berichtet“
		src = r.skipAdverbs(a+2, i)
		srcEnd = r.npAfter(src, i)
	} else if r.tf[a]&wRelative != 0 && !r.isCap(a+1) && (!r.isDet(a+1) || r.obliqueNP(a+1) || indefiniteDet(r.w(a+1))) {
		// „der Firma Euryza, die den Vorwurf inzwischen bestätigte“; an
		// indefinite noun phrase after the pronoun is its object: „den
		// Verdächtigen, die alle Vorwürfe zurückweisen“ (speech-news
		// n226), „Kunden-Feedback, das eine Speicherung … verlangt habe“
		// (n107)
		srcEnd = a + 1
	} else {
		src = a + 1
		if r.focusParticle(src) && src+1 < i && (r.isDet(src+1) || r.isNounish(src+1)) {
			src++ // „was selbst der Rechnungshof (RH) bestätigt hat“ (speech-news n144)
		}
		srcEnd = r.npAfter(src, i)
	}
	if srcEnd == src+1 && r.lower(src, "man") && r.hasModal(a, b) {
		return false // generic „man“: „während man … davon ausgehen kann, dass …“
	}
	if !r.complement(at, i, b, c.entry, ruleSubordinate) && (nested || !r.npContent(c.entry, a, b)) {
		return false
	}
	r.mark(i, i+1)
	at.cues = append(at.cues, span{label: annotate.LabelCue, start: r.toks[r.cueFirst(i)].Start, end: r.toks[i].End, lemma: lemma, rule: c.entry.pos})
	switch {
	case r.passiveCue(i, -1, b, c):
		// a passive: its subject is what is reported, not who reports
		// („Details, die anschließend bestätigt wurden“); the agent
		// follows „von“ („die von der Polizei bestätigt wurden“)
		r.passiveAgent(at, a+1, i, -1, ruleSubordinate)
	case !r.obliqueNP(src):
		r.addSource(at, src, srcEnd, ruleSubordinate)
	}
	r.atts = append(r.atts, at)
	return true
}

// indefiniteDet reports an indefinite article or quantifier: the noun
// phrase it opens after a relative pronoun is rather the object than the
// subject.
func indefiniteDet(w string) bool {
	switch w {
	case "ein", "eine", "alle", "einige", "keine", "mehrere", "viele":
		return true
	}
	return false
}

// dassClauseReport reports a cue at i that closes a dass/ob-clause [a, b)
// inside another report's content and reports by itself (GUIDELINES
// §1.2, a report inside a QUOTE keeps its CUE and SOURCE): „…, dass der
// Nachbar Slowenien darum gebeten habe, von einem Zaun abzusehen“. The
// clause's subject is a noun phrase with an article, a capitalised word
// or a personal pronoun („dass äußere Kräfte …“ is an adjective), the
// verb is active, and its own content follows: a dass/ob-clause, a
// zu-infinitive or a colon. A main clause after the comma („Wenn bekannt
// ist, dass von ihnen Gefahr ausgeht, hätte man …“) is none.
func (r *run) dassClauseReport(i, a, b int, c cueForm) bool {
	for _, w := range [...]string{"es", "man", "nichts", "alles", "vieles", "etwas", "einiges"} {
		if r.lower(a+1, w) {
			return false // „dass nichts dafür spricht, dass …“: no speaker
		}
	}
	if r.passiveCue(i, -1, b, c) {
		return false
	}
	if !(r.isDet(a+1) || r.isCap(a+1) || r.tf[a+1]&wPronoun != 0) {
		return false
	}
	if b+1 >= len(r.toks) {
		return false
	}
	if r.isPunctByte(b, ':') {
		return true
	}
	if !r.isPunctByte(b, ',') {
		return false
	}
	_, cb := r.clause(b + 1)
	return r.lower(b+1, "dass") || r.lower(b+1, "ob") || r.zuClause(b+1, cb)
}

// backReference reports a wie-clause [a, b) that is a bare participle at i
// with at most lower-case adverbs before it and no auxiliary after it: „Wie
// berichtet, …“, „wie schon erwähnt“, „Wie ausführlich berichtet“, „wie
// erwartet“ point back to the writer's own text or expectation; nobody is
// reported. „Wie die Zeitung berichtet“ and „wie berichtet wurde“ stay
// frames.
func (r *run) backReference(a, i, b int) bool {
	if r.tf[i]&wParticiple == 0 || i+1 < b && (r.isWerden(i+1) || r.tf[i+1]&wAux != 0) {
		return false
	}
	for j := a + 1; j < i; j++ {
		r.steps++
		if !r.isWord(j) || r.isCap(j) || r.tf[j]&wAdverb == 0 && !adverbLike(r.w(j)) {
			return false // „wie ct berichtet“: a name
		}
	}
	return true
}

// wieOverApposition returns the „wie“ that opens the clause of a
// verb-final cue at i when an apposition in commas splits it („Wie die
// Mitarbeiterin seines Büros, Arminda Thomas, mitteilte, …“, „…, wie Alan
// Stern, Direktor des Missionsrats der NASA betont.“), else -1. The
// clause [a, i) of the cue holds no verb, and the one before it is „wie“
// and a noun phrase.
func (r *run) wieOverApposition(a, i int) int {
	// „…, Sprecher der UN-Büros in Birma, in Bangkok mitteilte“: only
	// phrases of place or time between the apposition and the verb
	if a < 2 || !r.isPunctByte(a-1, ',') {
		return -1 // (the comma first: it costs no walk)
	}
	pp := a < i && r.tf[a]&wPrep != 0 && r.skipAdverbs(r.skipPPs(a, i), i) == i
	if !pp && !r.appositionTo(a, i) {
		return -1
	}
	if a == i || pp { // „…, Arminda Thomas, mitteilte“: the apposition is the segment before
		x := r.segmentStart(a - 1)
		if x < 2 || x >= a-1 || !r.isPunctByte(x-1, ',') || !r.appositionTo(x, a) {
			return -1
		}
		a = x
	}
	w := r.segmentStart(a - 1)
	if !r.lower(w, "wie") || w+1 >= a-1 || r.hasFinite(w+1, a-1) || !r.isCap(w+1) && !r.isDet(w+1) {
		return -1
	}
	return w
}

// wieOverName returns the „wie“ that opens a clause whose subject holds a
// name in quotation marks, which cut the clause at a: „Wie „heise online“
// berichtet, …“, „wie die „Bild“-Zeitung in der Ausgabe … berichtete“,
// „Wie die Tageszeitung „The Guardian“ berichtete“; else -1. The marks
// must hold a short name, not speech.
func (r *run) wieOverName(a, sf int) int {
	j := a
	if j-2 > sf && r.is(j-1, "-") && r.toks[j-2].Kind == annotate.Quote {
		j-- // „„Bild“-Zeitung“
	}
	q := r.regionEndingAt(j - 1)
	if q < 0 || r.regions[q].last-r.regions[q].first > 6 || r.speechLike(q) {
		return -1
	}
	j = r.regions[q].open
	for w := j - 1; w >= sf && w >= j-6; w-- {
		r.steps++
		if r.lower(w, "wie") {
			if w == sf || r.isPunctByte(w-1, ',') || w-1 == sf && r.tf[sf]&wConj != 0 {
				return w
			}
			return -1
		}
		if !r.isWord(w) || r.tf[w]&wFinite != 0 && !r.isCap(w) {
			return -1
		}
	}
	return -1
}

// auxIn reports an auxiliary in tokens [a, b).
func (r *run) auxIn(a, b int) bool {
	for j := max(a, 0); j < b && j < len(r.toks); j++ {
		r.steps++
		if r.tf[j]&wAux != 0 && !r.isCap(j) {
			return true
		}
	}
	return false
}

// npMainClause reports tokens [x, p) that open with a determiner and a noun
// and have a finite verb within the next four words: a main clause that
// is the reported speech before an inverted cue („Die Gedanken zum
// Aufgeben waren sehr stark, berichtete Weiss darüber, dass …“), not the
// Vorfeld of the cue.
func (r *run) npMainClause(x, p int) bool {
	if x+2 >= p {
		return false
	}
	det := r.isDet(x) && r.isNounish(x+1)
	noun := r.isNounish(x) && r.tf[x]&(wWh|wSubord|wPrep|wAdverb|wArticle|wPronoun) == 0 && !adverbLike(r.w(x)) // „Erfahrung mit Flüchtlingen habe man …“
	if !det && !noun {
		return false
	}
	for j := x + 2; j < p && j <= x+5; j++ {
		if r.tf[j]&wFinite != 0 && !r.isCap(j) && r.tf[j]&wParticiple == 0 {
			return true
		}
	}
	return false
}

// fragmentBefore reports words [x, p) before the comma of a finite cue
// at fin that a subject pronoun or a person's name (a role and a name,
// or a name alone) follows (speakerAfter): the speaker stands after the
// verb, so the words before the comma are the quote, not a subject with
// its apposition („Keine Ahnung, sagte
// Vorstandschef Karl-Heinz Rummenigge“, „Das, verspricht Cook, werde
// …“, speech-news n215, n205, n239).
func (r *run) fragmentBefore(x, p, fin, b int, c cueForm) bool {
	// (not an object in the Vorfeld: „Den … Einspareffekt, … bezifferte
	// X“, nor one that ends in a name: „Der Vorsitzende …, Frank
	// Bsirske, würdigte Kluncker“, nor a phrase with a zu-infinitive)
	e := r.lastWord(x, p)
	if e < 0 || r.obliqueNP(x) || r.tf[x]&(wPrep|wSubord|wWh) != 0 || r.zuInfIn(x, p) || r.bareName(e, e+1) && r.hasName(e, e+1) || r.hasFiniteVerb(x, p) {
		return false
	}
	return r.speakerAfter(fin, b, c)
}

func (r *run) speakerAfter(fin, b int, c cueForm) bool {
	if c.form != formFinite || fin < 0 {
		return false
	}
	sa := r.skipReflexive(fin+1, b)
	if sa >= b {
		return false
	}
	if r.subjectPronoun(sa) && !r.is(sa, "Sie") {
		return true
	}
	if r.personAfter(sa, b) > sa {
		return true
	}
	e := r.npAfter(sa, b)
	return e == sa+1 && r.bareName(sa, e) && r.hasName(sa, e)
}

// appositionOnly reports tokens [x, p) without a finite verb and without
// quotation marks other than around a name: a subject and its apposition
// („Bill Keller, Chefredakteur der „New York Times“, bekräftigt …“).
func (r *run) appositionOnly(x, p int) bool {
	for j := x; j < p; j++ {
		r.steps++
		if r.tf[j]&wFinite != 0 && (!r.isCap(j) || j == x) {
			return false
		}
		if r.toks[j].Kind == annotate.Quote {
			q := r.regionStartingAt(j)
			if q < 0 || r.regions[q].close < 0 || r.regions[q].close >= p || r.speechLike(q) {
				return false
			}
			j = r.regions[q].close
		}
	}
	return true
}

// subjectWithRelative reports a Vorfeld [x, p) that is a noun phrase, a
// comma and a relative clause closed by its finite verb: „Hubert Primus,
// der bei Stiftung Warentest verantwortlich ist“ (p is the comma before
// the cue). A quoted sentence has its finite verb in second place.
func (r *run) subjectWithRelative(x, p int) bool {
	k := x
	for k < p && k < x+maxNP && !r.isPunctByte(k, ',') {
		k++
	}
	if k+1 >= p || k == x || r.hasFinite(x, k) || r.tf[k+1]&wRelative == 0 || r.isCap(k+1) {
		return false
	}
	e := r.lastWord(k+2, p)
	if e < 0 || r.tf[e]&wFinite == 0 || r.isCap(e) {
		return false
	}
	for j := k + 2; j < e; j++ {
		r.steps++
		switch {
		case r.isPunctByte(j, ',') && (r.isAdj(j-1) && r.isAdj(j+1) || r.is(j+1, "sondern")):
			// a list of adjectives or „nicht …, sondern …“ inside the
			// relative clause („der für die kleine, nationalistische
			// Partei antritt“, speech-news n156; „die nicht im innersten
			// Zirkel, sondern im direkten Kontakt … Politik machen“, n163)
		case r.tf[j]&wFinite != 0 && !r.isCap(j) && r.tf[j]&wParticiple == 0 && (r.is(j+1, "und") || r.is(j+1, "oder")):
			// two coordinated relative clauses: „der … antritt und …
			// mehrere Unternehmen gegründet hat“
		case r.tf[j]&wFinite != 0 && !r.isCap(j) && r.tf[j]&wParticiple == 0 || r.isPunct(j, ",;:"):
			return false
		}
	}
	return true
}

// overNameApposition returns the start of the clause segment before an
// appositive name in commas that ends right before a („…, Max Huber, in
// der Zeitung zitiert“), or a when there is none.
func (r *run) overNameApposition(a int) int {
	if a < 4 || !r.isPunctByte(a-1, ',') {
		return a
	}
	x := r.segmentStart(a - 1)
	if x < 2 || x >= a-1 || !r.isPunctByte(x-1, ',') || !r.bareName(x, a-1) {
		return a
	}
	return r.segmentStart(x - 1)
}

// segmentStart returns the first token of the comma-free segment that
// ends before token e (a comma), looking back at most maxNP tokens.
func (r *run) segmentStart(e int) int {
	w := e - 1
	for k := 0; w > 0 && k < maxNP && !r.clauseEdge(w-1) && !r.isFinal(w-1); k++ {
		w--
		r.steps++
	}
	return w
}

// appositionTo reports tokens [x, i) that can be an apposition before the
// verb at i: at most maxNP words, no finite verb or subordinator, a
// trailing comma allowed.
func (r *run) appositionTo(x, i int) bool {
	e := i
	if e > x && r.isPunctByte(e-1, ',') {
		e--
	}
	if e-x > maxNP {
		return false
	}
	for j := x; j < e; j++ {
		r.steps++
		if r.tf[j]&(wSubord|wFinite) != 0 && !r.isCap(j) || r.isPunct(j, ",;:.!?") || r.toks[j].Kind == annotate.Quote {
			return false
		}
	}
	return true
}

// reportEnd returns the end of a reported clause starting at from: the
// sentence end, or the comma before the inverted frame of another report
// („Ich nehme an, dass ich der Chef bin, antwortete er“).
func (r *run) reportEnd(from, sl int) int {
	end := min(sl, from+maxReach)
	for j := from + 1; j+2 < end; j++ {
		r.steps++
		if r.isPunctByte(j, ',') && (r.invertedCue(j+1) || r.soFrameAt(j+1) || r.wieFrameAt(j+1)) {
			return j
		}
	}
	return end
}

// verbFinalEnd returns where a verb-final reported clause (a dass/ob/w-
// clause or a zu-infinitive) starting at from and running to end gives
// way to the writer's main clause (GUIDELINES §1.4.2: „Er sagte, er bleibe
// im Amt, und verließ den Saal“): „und“ right before a finite verb with
// more words after it („… vorzubereiten und schloss einen Angriff nicht
// aus“), or a comma before an indicative main clause („… zu unterzeichnen,
// die Diakonie sprach von einem Symbol“). A verb-final clause has its
// finite verb last, so a finite verb that goes on opens a clause of its
// own.
func (r *run) verbFinalEnd(from, end int) int {
	for j := from + 2; j+2 < end; j++ {
		r.steps++
		if r.inQ[j] >= 0 {
			continue
		}
		if r.isWord(j) { // (the cases below start at a punctuation mark)
			if (r.is(j, "und") || r.is(j, "oder")) && r.v1Verb(j+1, end) {
				if r.isPunctByte(j-1, ',') {
					return j - 1
				}
				return j
			}
			continue
		}
		switch {
		case r.isPunctByte(j, ',') && (r.isDet(j+1) && r.indicativeMain(j+1, end) || r.v1Verb(j+1, end)):
			return j
		case r.isPunctByte(j, ',') && r.is(j+1, "was") && r.clauseVerbEnd(j-1) && r.indicativeEnd(j+2, end):
			// a sentential relative clause in the indicative comments on
			// the report: „…, die Aufständischen mit Waffen zu versorgen,
			// was Moskau bestreitet“ (speech-news n162), „…, was bisher
			// nicht bestätigt werden konnte“ (Wikinews train wn58846)
			return j
		case r.isPunctByte(j, ',') && r.is(j+1, "und") && r.isPunctByte(j+2, ':'):
			// „…, dass X informiert sei, und: Es ist Schengen-konform“:
			// the speaker's own words follow as a QUOTE of their own
			return j
		case r.isPunct(j, "–—") && r.clauseVerbEnd(j-1) && !r.is(j+1, "so") && r.tf[j+1]&(wSubord|wWh) == 0:
			// a dash after the clause's last verb starts the writer's
			// words: „…, dass es … Gas gibt – auch im Gas klafft …“ (not
			// an elaboration: „… umgehen zu wollen – so, dass …“)
			return j
		}
	}
	return end
}

// indicativeEnd reports a verb-final clause from k that ends before end
// (or the next comma) in a finite verb that is indicative, not Konjunktiv.
func (r *run) indicativeEnd(k, end int) bool {
	e := k
	for e < end && e < k+maxClause && !r.isBoundary(e) && !r.isFinal(e) {
		e++
	}
	v := r.lastWord(k, e)
	if v <= k || r.isCap(v) || r.tf[v]&(wFinite|wAux|wModal) == 0 || r.tf[v]&(wSubj1|wSubj2) != 0 {
		return false
	}
	// with a verb of speech that comments on the report („bestreitet“,
	// „zurückweist“, „abgelehnt worden war“), not an object clause
	// („…, in dem sie machen könnten, was sie wollten“, Wikinews dev wn77331)
	for j := k; j <= v; j++ {
		if !r.isCap(j) && r.tf[j]&wModal == 0 && len(r.cues(j)) > 0 {
			return true
		}
	}
	return false
}

// clauseVerbEnd reports a verb that closes a verb-final clause at j: a
// finite verb or a zu-infinitive („gibt“, „zu machen“, „vorzubereiten“).
func (r *run) clauseVerbEnd(j int) bool {
	if j < 0 || !r.isWord(j) || r.isCap(j) {
		return false
	}
	return r.tf[j]&(wFinite|wAux|wModal) != 0 || r.isZuInf(j) || j > 0 && r.is(j-1, "zu")
}

// v1Verb reports a finite verb at j that is no participle or infinitive
// and is followed by a lower-case word that is no verb: the verb of a
// clause whose subject is left out or follows („und schloss einen Angriff
// nicht aus“, „, beendete er die Beziehung“; not „und bleibe“, „und
// verkauft hätten“, „und gehen wollen“, nor an adjective before its noun:
// „, bestimmte Kommunikationstechniken zu benutzen“).
func (r *run) v1Verb(j, end int) bool {
	if j+1 >= end || !r.isWord(j) || r.isCap(j) || r.tf[j]&wFinite == 0 || r.tf[j]&wParticiple != 0 || r.tf[j]&(wSubj1|wSubj2) != 0 {
		return false
	}
	if r.isPunctByte(j+1, ':') && len(r.cues(j)) > 0 {
		return true // „…, dass …, und versprach: …“: a cue of its own with its colon
	}
	return r.isWord(j+1) && !r.isCap(j+1) && r.tf[j+1]&(wFinite|wParticiple|wConj) == 0 && !r.isZuInf(j+1)
}

// indicativeMain reports a main clause at k: an article and a noun, then
// a finite verb in the indicative with more words after it („die
// Diakonie sprach von einem Symbol“; not a relative clause „die Polizisten
// angriffen,“).
func (r *run) indicativeMain(k, end int) bool {
	j := k + 1
	for j < end && j < k+5 && (r.isAdj(j) || r.isNounish(j)) {
		j++
	}
	if j == k+1 || !r.isCap(j-1) {
		return false
	}
	if j < end && r.isDet(j) {
		// a genitive after the noun: „der Großteil der Mittel der
		// Parteien kommt …“ (speech-news n156)
		if e := r.npAfter(k, end); e > j && e < end && r.isCap(e-1) {
			j = e
		}
	}
	return j < end && r.v1Verb(j, end)
}

// soFrameAt reports quotative „so“ at i before its speaker and a comma or
// the sentence end („…, so US-Notenbankchef Ben Bernanke, …“): the frame
// of another report.
func (r *run) soFrameAt(i int) bool {
	if i+1 >= len(r.toks) || !r.is(i, "so") || !(r.isDet(i+1) || r.isCap(i+1) && r.tf[i+1]&wFinite == 0) {
		return false
	}
	e := r.npAfter(i+1, min(len(r.toks), i+1+maxNP))
	return e > i+1 && e < len(r.toks) && (r.isPunctByte(e, ',') || r.isFinal(e))
}

// invertedCue reports a lower-case finite cue verb at i followed by its
// subject: „sagte er“, „antwortete der Minister“.
func (r *run) invertedCue(i int) bool {
	if r.isCap(i) || !(r.subjectPronoun(i+1) || r.isDet(i+1) || r.isNounish(i+1)) {
		return false
	}
	for _, c := range r.cues(i) {
		if c.form == formFinite && c.particle == "" && c.entry.frames&takesQuote != 0 {
			return true
		}
	}
	return false
}

// quoteStart returns where a reported clause ending at token end (a
// comma) starts: the sentence start, or the token after the last colon
// or dash before it.
func (r *run) quoteStart(end, sf int) int {
	for j := end - 1; j > sf; j-- {
		r.steps++
		if r.isPunct(j, ":;") && !r.conjColon(j, sf) {
			return j + 1
		}
		if r.paraSt[j] || j <= end-maxReach || r.capStart(j) {
			return j // a headline without a final mark runs into the sentence
		}
	}
	if d := r.afterDateline(sf); d < end {
		return d // „Wien – Die Lage sei ernst, sagte X“
	}
	return sf
}

// conjColon reports a colon at j that only stresses a conjunction inside
// the speaker's sentence, after a comma: „Zuletzt habe man ein Konzept
// vorgelegt, aber: Bis heute hat die Regierung nicht geantwortet, beklagte
// sich Kaske“ (d002) is one reported sentence. A colon after a conjunction
// that opens the sentence („Nur: …“) still starts the quote.
func (r *run) conjColon(j, sf int) bool {
	if j-2 <= sf || !r.isPunctByte(j-2, ',') {
		return false
	}
	return r.lower(j-1, "aber") || r.lower(j-1, "und") || r.lower(j-1, "doch") || r.lower(j-1, "denn") || r.lower(j-1, "sondern")
}

// capStart reports a preposition written with a capital inside a
// sentence, right after a word: the real start of a sentence that a
// headline without a final mark runs into („Schuldenumstrukturierung Nach
// den Worten von EZB-Direktor Benoit Coeure …“). It is small enough to
// be inlined: a word in lower case costs no call (the walks that ask
// it go over whole clauses).
func (r *run) capStart(j int) bool {
	if uint(j) < uint(len(r.pc)) && r.pc[j]&pcCap != 0 {
		return r.capStartCap(j)
	}
	return false
}

// capStartCap is capStart for a capitalised word j.
func (r *run) capStartCap(j int) bool {
	if j == 0 || r.inQ[j] >= 0 || r.toks[j-1].Kind != annotate.Word || r.tf[j-1]&wPrep != 0 {
		return false
	}
	if r.tf[j]&wPrep != 0 {
		return true
	}
	if r.tf[j]&wArticle != 0 && r.tf[j]&wPossessive == 0 && (r.toks[j-1].Kind == annotate.Word && !r.isCap(j-1) || r.isCap(j-1) && r.tf[j-1]&closedClasses == 0 && j+1 < len(r.toks) && r.isCap(j+1) && r.s.g.isNoun(r.w(j-1)) && !r.speakerRole(j-1)) {
		// (after a role or medium the article opens its name: „die
		// Zeitung Die Welt“, eleventh round)
		// a capitalised article (not the polite „Ihrer“) after a word:
		// „Trinkgeld für Musiker Die Gelder aus dem Sonderfonds mussten
		// laut …“ (speech-news n242), „Vorschlag Der Bundesrat …“
		// (Wikinews dev wn8014)
		return true
	}
	switch r.w(j) {
	case "Er", "Ich", "Wir", "Aber":
		// a subject pronoun or „Aber“ is written with a capital only at
		// the start of a sentence: „Lob für Diskussion Er begrüßte …“
		return true
	}
	return false
}

// skipReflexive skips adverbs and a reflexive „sich“ after a finite verb
// at j-1 („äußerte sich der Minister“, „zeigte sich auch X“).
func (r *run) skipReflexive(j, lim int) int {
	j = r.skipAdverbs(j, lim)
	if j < lim && (r.is(j, "sich") || objectPronoun(r.w(j)) && j+1 < lim && (r.isDet(j+1) || r.isNounish(j+1))) {
		// also an object pronoun before the subject: „so charakterisierte
		// ihn der Gewerkschaftsfunktionär“, „sagte ihm der Minister“
		j = r.skipAdverbs(j+1, lim)
	}
	return j
}

// objectPronoun reports a personal pronoun that is never a subject.
func objectPronoun(w string) bool {
	switch w {
	case "ihn", "ihm", "ihnen", "mich", "mir", "dich", "dir", "uns", "euch":
		return true
	}
	return false
}

// skipPPs skips up to two prepositional phrases and adverbs before a
// subject („erklärte am Mittwoch das Auswärtige Amt“).
func (r *run) skipPPs(j, lim int) int {
	for n := 0; n < 2 && j < lim && r.tf[j]&wPrep != 0 && !r.isCap(j); n++ {
		k := r.npCore(j+1, lim)
		if k == j+1 {
			return j
		}
		j = r.skipAdverbs(k, lim)
	}
	return j
}

// ppsTo reports that [j, fin) holds nothing but one to three
// prepositional phrases (lower-case preposition and a noun phrase).
func (r *run) ppsTo(j, fin int) bool {
	if j >= fin {
		return false
	}
	for n := 0; n < 3 && j < fin; n++ {
		if r.tf[j]&wPrep == 0 || r.isCap(j) || j+1 >= fin || r.is(j, "gegenüber") || r.is(j, "vor") {
			return false // an addressee: „der Innenminister gegenüber Medien“
		}
		k := r.npAfter(j+1, fin)
		if k == j+1 {
			return false
		}
		j = k
	}
	return j == fin
}

// nominativeDer returns the end of a noun phrase at j that opens with
// „der“ and a masculine singular noun („der Papst“, „der neue Trainer“):
// a nominative, since a masculine dative takes „dem“ (the morph tables
// decide, genitiveHead); j when there is none.
func (r *run) nominativeDer(j, lim int) int {
	if j+1 >= lim || !r.is(j, "der") {
		return j
	}
	k := r.npAfter(j, lim)
	if k <= j+1 || r.genitiveHead(j+1, k) {
		return j
	}
	return k
}

// skipAdverbs skips adverbs after a verb („sagte dazu der Minister“,
// „schreibt etwa Kolumnist X“).
func (r *run) skipAdverbs(j, lim int) int {
	for n := 0; j < lim && n < 3; n++ {
		if (r.tf[j]&wAdverb != 0 || r.is(j, "sich")) && !r.isCap(j) {
			j++
			continue
		}
		e := r.exampleAdverb(j, lim)
		if e <= j {
			e = r.timePhrase(j, lim) // „enthüllte vergangenes Jahr die Initiative“ (np.go)
		}
		if e <= j {
			return j
		}
		j = e
	}
	return j
}

// exampleAdverb returns the end of an adverbial at j that marks an example
// („etwa“, „beispielsweise“, „zum Beispiel“, „unter anderem“), j when there
// is none. „etwa“ before a number approximates it and stays („sagten etwa
// 50 Prozent der Befragten“).
func (r *run) exampleAdverb(j, lim int) int {
	switch {
	case r.is(j, "beispielsweise"):
		return j + 1
	case r.is(j, "etwa") && j+1 < lim && !r.quantity(j+1):
		return j + 1
	case j+2 <= lim && (r.is(j, "zum") && r.is(j+1, "Beispiel") || r.is(j, "unter") && r.is(j+1, "anderem")):
		return j + 2
	}
	return j
}

// invertedFrame: the cue opens its clause after the reported words:
// „„…“, sagte X.“, „…, sagte X.“, „…, hatte X gesagt.“
func (r *run) invertedFrame(i, a, b, fin int, c cueForm, lemma string) bool {
	sf, sl := r.sentBounds(i)
	if fin < 0 {
		fin = i
	}
	// what precedes: a comma or a closing quotation mark
	p := a - 1
	if p > sf+1 && (r.soComma(p) || r.resumptiveDas(p)) {
		p-- // „…, so schätzen die Forscher“, „…, das hat er bekräftigt“
	}
	closing := -1
	switch {
	case p >= 0 && r.isPunctByte(p, ','):
		closing = r.regionEndingAt(p - 1)
		if closing >= 0 && r.nameMark(r.regions[closing].open) && r.isCap(r.regions[closing].first) {
			closing = -1 // „Chefredakteur der „New York Times“, bekräftigt …“: a name
		}
	case p >= 0 && r.toks[p].Kind == annotate.Quote:
		closing = r.regionEndingAt(p)
		if closing < 0 {
			return false
		}
		if !r.speechLike(closing) {
			if w := r.werdenBefore(r.regions[closing].open, sf); w >= 0 && c.entry.frames&quotedSubject != 0 {
				// „„…“, wird X in der Zeitung „Le Monde“ zitiert“: the
				// name in marks stands after the inverted verb
				return r.invertedFrame(i, w, b, w, c, lemma)
			}
			// „Die Zeitung „Yemen Observer“ berichtet, dass …“: a name in
			// marks inside the Vorfeld
			return r.vorfeldFrame(i, r.quoteStart(r.regions[closing].open, sf), b, fin, c, lemma)
		}
	case p > sf && r.isPunctByte(p, ')'):
		// „X (NEMA) sagte, …“: the bracket closes an apposition of the subject
		return r.vorfeldFrame(i, r.quoteStart(p, sf), b, fin, c, lemma)
	default:
		return false
	}
	if closing < 0 && p <= sf {
		return false
	}
	// where the reported words before the comma start: the tests below
	// and the QUOTE ask it, so it is found once
	qs := -1
	if closing < 0 {
		qs = r.quoteStart(p, sf)
	}
	if closing < 0 && r.freeRelative(qs, p) {
		// „Wer Gustavo Dudamel … erlebt hat, zweifelt nicht an …“: the
		// wer-clause is the verb's subject, no reported words (n106)
		return false
	}
	// „Nein, fügt Ali hinzu, wir werden …“: an answer word alone is the
	// speaker's first words, not a subject (speech-news n159)
	answer := closing < 0 && p == sf+1 && interjection(r.w(sf))
	if closing < 0 && !answer && r.appositionOnly(qs, p) && !r.fragmentBefore(qs, p, fin, b, c) && !r.interruptedNP(fin, b, sl, c) {
		// (interruptedNP: also a noun phrase that ends in a name before
		// „sagt er“: „Die Zukunft von Apple, sagt er …, liegt in
		// Diversität“, speech-news n205)
		// „Andres Granier, der Gouverneur von Tabasco, sagte …“: what
		// precedes is the subject with an apposition, not a quote
		return r.vorfeldFrame(i, qs, b, fin, c, lemma)
	}
	if closing < 0 && !answer && r.subjectWithRelative(qs, p) {
		// „Hubert Primus, der bei Stiftung Warentest … verantwortlich
		// ist, wies den Vorwurf zurück“: the subject and its relative clause
		return r.vorfeldFrame(i, qs, b, fin, c, lemma)
	}
	if closing < 0 {
		ca, _ := r.clause(p - 1)
		whole := false
		if s := qs + 1; ca != s && s < p && (r.tf[qs]&wConj != 0 || r.focusParticle(qs)) && r.tf[s]&wSubord != 0 && r.clauseVerbEnd(r.lastWord(s, p)) {
			// „Auch wenn Flüchtlinge, die in Griechenland stranden, …
			// verteilt werden sollen, hielt X fest, dass …“: one
			// adverbial clause up to its verb, over a relative clause
			ca, whole = s, true
		}
		if r.tf[ca]&(wSubord|wWh) != 0 && !r.lower(ca, "dass") && !r.lower(ca, "ob") && !r.lower(ca, "was") && !r.lower(ca, "wer") && !r.bisPhrase(ca) && !r.adverbV2(ca) &&
			(ca == qs || ca == qs+1 && (r.tf[qs]&wConj != 0 || r.focusParticle(qs))) && (whole || !(c.form == formFinite && r.subjectAfter(fin, b) && r.mainClauseIn(qs, p))) {
			// (only when the adverbial clause opens the sentence: „Uwe
			// Böhnhardt war dagegen, da er darin ein Risiko sah, sagte
			// die Angeklagte“ quotes the main clause before it)
			// „Während …, setzten die Taikonauten …“, „Wie X berichtete,
			// bezeichnete Y …“: an adverbial clause is the Vorfeld
			return r.vorfeldFrame(i, ca, b, fin, c, lemma)
		}
	}
	contentAfter := closing < 0 && b < len(r.toks) && (r.isPunctByte(b, ':') || r.isPunctByte(b, ',') && b+1 < sl && !r.nounCorrelate(b) &&
		(r.lower(b+1, "dass") || r.lower(b+1, "ob") || !r.konjClause(qs, p) && r.konjClause(b+1, min(sl, b+1+maxClause))))
	// „Die Gedanken … waren sehr stark, berichtete Weiss darüber, dass
	// …“: reported words before the cue and its content after it
	// (also before a colon: „Auch bei den Fußgängern zeigt der Trend nach
	// oben, berichtet das KFV: Eine Beobachtung … habe gezeigt, …“)
	both := contentAfter && c.form == formFinite && (r.lower(b+1, "dass") || r.isPunctByte(b, ':')) &&
		r.subjectAfter(fin, b) && r.mainClauseIn(qs, p)
	// „Das, verspricht Cook, werde sich heuer ändern“ (speech-news n205):
	// a fragment before the cue and its speaker, its finite verb after
	// them, is an interrupted quote, not a Vorfeld
	split := contentAfter && r.isPunctByte(b, ',') && b+1 < sl && r.tf[b+1]&wFinite != 0 && !r.isCap(b+1) && r.fragmentBefore(qs, p, fin, b, c)
	if contentAfter && !both && !answer && !split && !r.npMainClause(qs, p) {
		// „Was den Fall betrifft, betonte man, dass …“: the content
		// follows, so what precedes is the Vorfeld
		return r.vorfeldFrame(i, qs, b, fin, c, lemma)
	}
	if c.entry.frames&(takesQuote|takesClause) == 0 && !r.soComma(a-1) {
		// only noun-phrase content: no quote before it („Wer …, stellt ein
		// Risiko dar“), unless quotative so frames it („„…“, so
		// charakterisierte ihn X“)
		return false
	}
	// source after the verb (after the auxiliary for „hatte X gesagt“)
	sa := r.skipReflexive(fin+1, b)
	lim := b
	if c.form != formFinite && i > sa {
		lim = i
	}
	for j := sa + 1; j < lim; j++ {
		if r.secondVerbAt(j) {
			lim = j // „…, sagte der Minister und kündigte … an“
			break
		}
	}
	se := r.npAfter(sa, lim)
	if se == sa {
		sa = r.skipPPs(sa, lim)
		se = r.npAfter(sa, lim)
	}
	if se > sa {
		se = r.withCut(c.entry, sa, r.nameAfter(se))
	} else if sa < lim && r.isDet(sa) {
		se = r.detName(sa)
	} else if q := r.regionStartingAt(sa); q >= 0 && sa == r.skipReflexive(fin+1, b) && (r.regions[q].close < lim || sa == b && r.regions[q].close < sl) && r.isCap(r.regions[q].first) && r.regionWords(q) <= 4 && !r.speechLike(q) {
		// a name in marks: „…, zitiert „BBC News“ aus …“ (SOURCE
		// „BBC News“, and no QUOTE)
		r.useRegion(q)
		sa, se = r.regions[q].first, r.regions[q].last
	}
	aus := -1
	if se == sa && c.form == formFinite {
		aus = r.ausAfter(fin+1, b) // „…, verlautete am Montag aus Sicherheitskreisen“
	}
	if se == sa && closing < 0 && aus < 0 && !r.agentlessInverted(i, fin, b) {
		// „X streitet … nicht ab, verweist jedoch auf …“: a second verb of
		// the same subject, not an inverted frame
		return r.coordinated(i, a, b, c, lemma)
	}
	at := r.newAtt(r.cueFirst(i), i+1, lemma, c.entry.pos)
	switch {
	case r.passiveCue(i, fin, b, c):
		// „Erst dann kann das amtliche Ergebnis veröffentlicht werden“:
		// the subject of a passive is what is reported
		r.passiveAgent(at, sa, b, -1, ruleInverted)
	case aus >= 0:
		// no subject: the speakers behind „aus“ (GUIDELINES §1.3, seventh
		// round „Aus Militärkreisen verlautete, dass …“): „…, verlautete es
		// aus dem Innenministerium“
		if x, y := r.docSource(aus, b); y > x {
			r.addSource(at, x, y, ruleInverted)
		} else {
			r.addSource(at, aus+1, r.npAfter(aus+1, b), ruleInverted)
		}
	case !r.obliqueNP(sa):
		if c.entry.frames&quotedSubject != 0 && se > sa {
			if m := r.mediaNameEnd(sa, se); m > sa {
				// „…, zitierte die Nachrichtenagentur TASR Fico“: the
				// medium's name is one word, the next name is who is quoted
				r.addSource(at, sa, m, ruleInverted)
				r.addSource(at, m, se, ruleInverted)
				break
			}
		}
		r.addSource(at, sa, se, ruleInverted)
		if c.entry.frames&quotedSubject != 0 && se > sa {
			r.quotedObject(at, se, lim, ruleInverted) // „„…“, zitierte man Yolanda Alvarez“
		}
	}
	// the quote before
	if closing >= 0 {
		g := r.regions[closing]
		if int(r.sentOf[g.open]) == int(r.sentOf[i]) && g.open > sf && !r.isPunctByte(g.open-1, ':') && r.mixedStart(g) {
			// mixed quotation: the reported clause runs from its start to
			// the end of the quoted words
			r.useRegion(closing)
			r.addQuote(at, r.quoteStart(g.open, sf), g.last, annotate.ModeIndirect, ruleInverted)
		} else {
			r.addRegionQuote(at, closing, ruleInverted)
		}
	} else {
		qa := qs
		mode := r.modeOf(qa, p)
		if mode == annotate.ModeDirect {
			qa = r.extendDirectBack(qa)
		}
		if c := r.directAfterColon(qa, p); mode == annotate.ModeIndirect && c > qa {
			// the mode changes at a colon or dash: two QUOTEs („…, dann
			// müsse diese nachhaltig ausfallen – Husch-Pfusch ist das
			// Letzte, was wir brauchen, sagte Wolf“, speech-news n234)
			r.addQuote(at, qa, c, mode, ruleInverted)
			r.addQuote(at, c+1, p, annotate.ModeDirect, ruleInverted)
		} else {
			r.addQuote(at, qa, p, mode, ruleInverted)
		}
	}
	if both {
		r.complement(at, i, b, c.entry, ruleInverted)
		return true
	}
	// interrupted quote: „A“, sagte er, „B“ / Der Tod, heißt es, sei …
	r.secondPart(at, se, b, sl, closing >= 0)
	return true
}

// ausAfter returns the position of „aus“ + a noun phrase after an inverted
// finite verb at j-1 (before clause end b) with no subject between: only
// „es“, adverbs and phrases of time or place stand before it („verlautete
// es aus dem Innenministerium“, „verlautete am Montag aus
// Sicherheitskreisen“); -1 if there is none.
func (r *run) ausAfter(j, b int) int {
	if j < b && r.is(j, "es") {
		j++
	}
	for n := 0; n < 3 && j < b; n++ {
		j = r.skipAdverbs(j, b)
		if j+1 < b && r.is(j, "aus") && r.npAfter(j+1, b) > j+1 {
			return j
		}
		if j >= b || r.tf[j]&wPrep == 0 || r.isCap(j) {
			return -1
		}
		k := r.npCore(j+1, b)
		if k == j+1 {
			return -1
		}
		j = k
	}
	return -1
}

// interruptedNP reports an inverted cue at fin whose subject pronoun
// follows it and whose clause ends at b without content after it: the
// noun phrase before it is the first part of an interrupted quote, not
// the subject („Die Zukunft von Apple, sagt er …, liegt in Diversität“,
// „Ungefähr fünf Kilo, Schatz, sagt sie zufrieden“, speech-news n205,
// n239), unlike an object before content („Die Thaksin-Anhänger, …,
// warnte er, die Organisatoren verfolgten …“, Wikinews train wn56998) or
// a belief verb's question („All diese Drohungen, glauben Sie …“).
func (r *run) interruptedNP(fin, b, sl int, c cueForm) bool {
	if c.form != formFinite || c.entry.frames&takesQuote == 0 {
		return false
	}
	if b+1 < sl && r.isPunctByte(b, ',') && r.tf[b+1]&wFinite != 0 && !r.isCap(b+1) && r.tf[b+1]&(wSubord|wWh|wRelative) == 0 {
		// the sentence goes on with its finite verb after a frame that
		// holds only its speaker: what stands before the frame is its
		// first part, whoever speaks („Cruz, schreibt das Magazin Time,
		// bewegt sich dabei auf einem schmalen Grat“, speech-news n277;
		// „In zehn bis fünfzehn Jahren, so schätzen die Forscher, soll
		// …“, Wikinews train wn2240), not a subject whose verb has an
		// object („…, räumen die Wahrscheinlichkeit … ein, sehen aber …“, n116)
		// nor a second verb of the same speaker („Wahrscheinlich ja, glaubt
		// die Polizei, will aber nicht ausschließen, dass …“, bench
		// corpus), nor after a subject with an apposition („Der frühere …
		// Repräsentant …, Wolfgang Petritsch, begrüßte die Initiative, …“)
		sa := r.skipReflexive(fin+1, b)
		if se := r.npAfter(sa, b); se > sa && r.skipPPs(r.skipAdverbs(se, b), b) == b && !r.contrastAt(b+2) && r.oneCommaBefore(fin) {
			return true
		}
	}
	if c.entry.frames&beliefVerb != 0 || !r.subjectPronoun(r.skipReflexive(fin+1, b)) {
		return false
	}
	if b < sl && (r.isPunctByte(b, ':') || r.isPunctByte(b, ',') && (r.lower(b+1, "dass") || r.lower(b+1, "ob") || r.konjClause(b+1, min(sl, b+1+maxClause)) || r.isDet(b+1) && r.v2After(b+1, min(sl, b+1+maxClause)))) {
		return false
	}
	return true
}

// contrastAt reports a connective at j that joins a second verb to the
// subject of the first: „monierte aber“, „will jedoch …“.
func (r *run) contrastAt(j int) bool {
	return j < len(r.toks) && (r.is(j, "aber") || r.is(j, "jedoch") || r.is(j, "allerdings") || r.is(j, "zugleich") || r.is(j, "gleichzeitig"))
}

// oneCommaBefore reports exactly one comma between the start of the
// sentence and the cue at fin: one part stands before the frame.
func (r *run) oneCommaBefore(fin int) bool {
	sf, _ := r.sentBounds(fin)
	n := 0
	for j := sf; j < fin && n < 2; j++ {
		r.steps++
		if r.isPunctByte(j, ',') {
			n++
		}
	}
	return n == 1
}

// nameAfter extends a speaker's noun phrase ending at se over a name in
// quotation marks that the clause boundary cut off: „meldete die
// Nachrichtensite „Golem“, …“, „schrieb die „Bild“-Zeitung“.
func (r *run) nameAfter(se int) int {
	q := r.regionStartingAt(se)
	if q < 0 || r.regions[q].close < 0 || r.regions[q].last-r.regions[q].first > 4 || r.speechLike(q) || r.isWord(r.regions[q].first) && !r.isCap(r.regions[q].first) {
		return se
	}
	e := r.regions[q].close + 1
	if e+1 < len(r.toks) && r.is(e, "-") && r.isNounish(e+1) {
		e += 2
	}
	return e
}

// appositionAfter extends a noun phrase ending at se over an appositive
// name in commas („der Sprecher, Max Huber, …“), up to lim.
func (r *run) appositionAfter(se, lim int) int {
	if se+2 >= lim || !r.isPunctByte(se, ',') {
		return se
	}
	e := r.npAfter(se+1, lim)
	if e > se+1 && e < lim && r.isPunctByte(e, ',') && r.bareName(se+1, e) {
		return e
	}
	return se
}

// mixedStart reports quoted words that continue a reported clause begun
// before the opening mark: after a word („wäre "eine ernsthafte
// Eskalation"“) or after a comma with a lower-case word („eine
// Provokation, "welche die Sicherheit bedroht"“).
func (r *run) mixedStart(g region) bool {
	if r.isWord(g.open - 1) {
		return true
	}
	return r.isPunctByte(g.open-1, ',') && g.first < g.last && r.isWord(g.first) && !r.isCap(g.first)
}

// detName reads a determiner followed by a name in quotation marks and
// a bracketed abbreviation: „das „Space Telescope Science Institute“
// (STSI)“. It returns d when there is none.
func (r *run) detName(d int) int {
	e := r.nameAfter(d + 1)
	if e == d+1 {
		return d
	}
	if e+2 < len(r.toks) && r.isPunctByte(e, '(') && r.isPunctByte(e+2, ')') && isUpperWord(r.w(e+1)) {
		e += 3
	}
	return e
}

// coordinated adds a cue whose subject is that of the report before it
// in the same sentence („…, verweist jedoch darauf, dass …“): one
// attribution with two cues.
func (r *run) coordinated(i, a, b int, c cueForm, lemma string) bool {
	if len(r.atts) == 0 || r.atts[len(r.atts)-1].sent != int(r.sentOf[i]) {
		return false
	}
	prev := r.atts[len(r.atts)-1]
	at := r.att(int(r.sentOf[i]))
	at.link = r.root(prev)
	if !r.complement(at, i, b, c.entry, ruleVorfeld) && !r.npContent(c.entry, a, b) {
		return false
	}
	r.mark(i, i+1)
	at.cues = append(at.cues, span{label: annotate.LabelCue, start: r.toks[r.cueFirst(i)].Start, end: r.toks[i].End, lemma: lemma, rule: c.entry.pos})
	r.atts = append(r.atts, at)
	return true
}

// hasFinite reports a finite verb in [a, b) outside quotation marks.
func (r *run) hasFinite(a, b int) bool {
	r.steps += 2 * (b - a)
	for j := a; j < b; j++ {
		if r.tf[j]&wFinite != 0 && (!r.isCap(j) || j == a) {
			return true
		}
	}
	for j := a; j < b; j++ {
		if r.toks[j].Kind == annotate.Quote {
			return true
		}
	}
	return false
}

// secondPart adds the rest of an interrupted quote after a frame ending
// at clause end b.
func (r *run) secondPart(at *att, se, b, sl int, marked bool) {
	if b >= sl || !r.isPunctByte(b, ',') && r.toks[b].Kind != annotate.Quote {
		return
	}
	k := b
	if r.isPunctByte(k, ',') {
		k++
	}
	if q := r.regionStartingAt(k); q >= 0 {
		if !r.nameQuote(q) && !r.regions[q].used { // „… im Gespräch mit dem „Münchner Merkur““ is a name
			r.addRegionQuote(at, q, ruleInverted)
		}
		return
	}
	if marked || k >= sl || !r.isWord(k) {
		return
	}
	if r.tf[k]&wFinite != 0 && !r.isCap(k) || r.unmarkedSecondPart(at, k, sl) {
		mode := r.modeOf(k, sl)
		if r.addQuote(at, k, sl, mode, ruleInverted) && mode == annotate.ModeIndirect {
			for q := range at.quotes {
				at.quotes[q].mode = mode // „Der Tod, heißt es, sei …“: one reported clause
			}
		}
	}
}

// modeOf returns the mode of an unmarked reported clause [a, b):
// indirect for Konjunktiv I, dass/ob clauses and documents that use
// quotation marks elsewhere; direct otherwise (lost marks). It reads at
// most maxReach tokens of the clause: one endless sentence of reports
// („Insgesamt wurden nach Angaben des … versprochen, …“ repeated) gives
// each report a clause to the sentence end, and reading all of each was
// quadratic.
func (r *run) modeOf(a, b int) string {
	b = min(b, a+maxReach)
	r.steps += b - a
	if r.maybeLower(a, "dass") && r.lower(a, "dass") || r.maybeLower(a, "ob") && r.lower(a, "ob") || r.hasMarks && !r.ownFirstPerson(a, b) {
		return annotate.ModeIndirect
	}
	ich := r.ichClause(a, b)
	for j := a; j < b; j++ {
		if r.tf[j]&wSubj1 != 0 && r.inQ[j] < 0 && !(ich && r.firstSingular(j)) {
			return annotate.ModeIndirect
		}
	}
	if r.subj2Sentence(a, b) && !r.firstSpeaker(a, b) {
		// „Schon die nächsten Verhandlungen könnten eine Lösung bringen,
		// sagte X“: Konjunktiv II stands in for a Konjunktiv I that
		// would look like the indicative; a first-person object does not
		// make it the speaker's own words („Denn die Säuglinge dürften
		// diese Reize nicht mit uns in Verbindung bringen, berichten
		// britische Forscher“, speech-news n129)
		return annotate.ModeIndirect
	}
	return annotate.ModeDirect
}

// firstSpeaker reports a first-person word in [a, b) other than an
// object pronoun (uns, mir, mich): „ich“, „wir“, „unser“.
func (r *run) firstSpeaker(a, b int) bool {
	for j := a; j < b; j++ {
		if r.tf[j]&wFirstPerson != 0 && !r.lower(j, "uns") && !r.lower(j, "mir") && !r.lower(j, "mich") {
			return true
		}
	}
	return false
}

// extendDirectBack extends an unmarked direct quote starting at sentence
// start qa back over earlier sentences of the same paragraph that speak
// in the first person (the speaker's own words, marks lost).
func (r *run) extendDirectBack(qa int) int {
	for n := 0; n < 6; n++ {
		if r.paraSt[qa] || qa == 0 {
			return qa
		}
		ps := int(r.sentOf[qa-1])
		pf, pl := r.sent[ps].First, r.sent[ps].Last
		r.steps += pl - pf
		first := false
		for j := pf; j < pl; j++ {
			if r.tf[j]&wFirstPerson != 0 {
				first = true
			}
			if r.tf[j]&wSubj1 != 0 {
				return qa
			}
			if r.cov[j] && !r.ownReportAt(pf, j, pl) {
				return qa // a span of another report
			}
		}
		// a first-person sentence is the speaker's also when it holds a
		// cue word that built no report („Wir können uns nicht beklagen,
		// dass …“, speech-news n126; „Ich hätte die Arbeiten genauso gut
		// allein machen können.“, n208); a writer's first-person sentence
		// before Konjunktiv II with a first-person object is kept out by
		// the mode (modeOf: „Wir sollten diese Reaktion nicht allzu
		// persönlich nehmen. Denn die Säuglinge dürften …“, n129)
		if !first && !r.plainShort(pf, pl) || qa != r.sent[r.sentOf[qa]].First {
			return qa
		}
		qa = pf
	}
	return qa
}

// maxPlain is the most words a sentence without a first-person word may
// have to be taken for the speaker's before their unmarked direct words.
const maxPlain = 8

// plainShort reports a short sentence [f, l) ending in a full stop or an
// exclamation mark with no number, no name and no third-person pronoun
// („Eine coole Sache.“, „Darin liegt auch die Herausforderung.“,
// speech-news n004, n124): right before a speaker's unmarked direct words
// it is theirs, while the writer's sentences there carry the facts —
// names, numbers, „er“ for the speaker („Die Studie erschien im Fachblatt
// Biology Letters.“, „Der Venezolaner wird das Neujahrskonzert 2017
// dirigieren.“).
func (r *run) plainShort(f, l int) bool {
	if l-f < 2 || !r.isPunct(l-1, ".!") {
		return false
	}
	n := 0
	for j := f; j < l; j++ {
		switch r.toks[j].Kind {
		case annotate.Number:
			return false
		case annotate.Word:
			n++
			if n > maxPlain || thirdPerson(r.w(j)) {
				return false
			}
		case annotate.Punct:
			if r.isPunct(j, ":;(") {
				return false
			}
		default:
			return false
		}
	}
	return !r.hasName(f+1, l) && r.afterDateline(f) == f
}

// thirdPerson reports a third-person pronoun or possessive, with which
// the writer speaks of the speaker.
func thirdPerson(w string) bool {
	switch w {
	case "er", "sie", "ihn", "ihm", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres",
		"sein", "seine", "seiner", "seinen", "seinem", "seines",
		"Er", "Sie", "Ihn", "Ihm", "Ihr", "Ihre", "Ihrer", "Ihren", "Ihrem", "Ihres",
		"Sein", "Seine", "Seiner", "Seinen", "Seinem", "Seines":
		return true
	}
	return false
}

// ownReportAt reports a cue at j in sentence [pf, pl) whose SOURCE is in
// the first person („Ich hatte schon spekuliert, dass …“, „Viele von uns
// denken, dass …“): a report inside the speaker's own words, which the
// outer QUOTE takes in (GUIDELINES §1.4.6).
func (r *run) ownReportAt(pf, j, pl int) bool {
	for k := pf; k < pl && k <= j+2; k++ {
		if r.inSrc[k] && r.tf[k]&wFirstPerson != 0 {
			return true
		}
	}
	return false
}

// vorfeldFrame: the cue is the second constituent: „X sagte, dass …“,
// „Am Dienstag sagte X: „…““, „X hat gesagt, …“.
func (r *run) vorfeldFrame(i, a, b, fin int, c cueForm, lemma string) bool {
	if fin+1 < b && r.is(fin+1, "Sie") && r.inQ[fin] < 0 {
		return false // the reader addressed: „Die Liste finden Sie hier: …“
	}
	at := r.att(int(r.sentOf[i]))
	passive := c.form == formParticiple && (r.isWerden(fin) || i+1 < b && r.isWerden(i+1))
	// source
	vs := a
	if vs >= 2 && r.isPunctByte(vs-1, ',') && r.isAdj(vs-2) && r.isAdj(vs) && r.tf[vs-2]&(wFinite|wAux|wModal) == 0 {
		// the comma lists adjectives of one phrase, it opens no clause:
		// „Durch zellbiologische, molekulare und ökologische Methoden zeigten …“
		vs, _ = r.clause(vs - 2)
	}
	list := false // the Vorfeld ends in a list of nouns
	if vs >= 2 && r.isPunctByte(vs-1, ',') && r.isCap(vs-2) && r.isNounish(vs-2) && r.listTo(vs, fin) {
		// the comma lists nouns: „In den Anfragebeantwortungen zu
		// Oberösterreich, Salzburg und dem Burgenland ließ …“, „Die
		// Außenminister Frankreichs, Italiens und Österreichs erklärten …“
		vs, _ = r.clause(vs - 2)
		list = true
	}
	for j := vs + 1; j < fin; j++ {
		r.steps++
		if r.capStart(j) {
			vs = j // a headline runs into the sentence: „Lob für Diskussion Er begrüßte …“
		}
	}
	if k := r.coordClause(vs, fin); k > vs {
		vs = k // „Der Konflikt hat … heraufbeschworen und Polen fordert …“ (speech-news n162)
	}
	for vs < fin {
		lead := r.leadAdverb(vs, fin) // („Unter anderem X hatte …“, np.go)
		if r.tf[vs]&wConj == 0 && !r.focusParticle(vs) && lead <= vs {
			break
		}
		vs = max(vs+1, lead)
	}
	after := r.skipReflexive(fin+1, b)
	lim := b
	if c.form != formFinite && i > after {
		lim = i
	}
	// „es“ before the subject is the object, the words reported before:
	// „Ähnlich formulierte es SPÖ-Kandidat Rudolf Hundstorfer“
	esObj := after+1 < lim && r.is(after, "es") && (r.isDet(after+1) || r.isCap(after+1) && r.isNounish(after+1))
	if esObj {
		after++
	}
	// two coordinated verbs, the cue's after „und“/„oder“: v1 is the first
	coord := vs < fin && (r.is(fin-1, "und") || r.is(fin-1, "oder"))
	v1 := -1
	if coord && !passive {
		v1 = r.coordVerb(vs, fin-1)
	}
	// the end of the noun phrase that opens the Vorfeld: several cases
	// below ask it, so it is found once, when the first one does
	vsEnd := -1
	vorfeldNP := func() int {
		if vsEnd < 0 {
			vsEnd = r.npAfter(vs, fin)
		}
		return vsEnd
	}
	app := r.openApposition(vs, fin)
	switch {
	case app >= 0:
		// „Stephen Singer, ein Klimaexperte vom WWF erklärte, …“: the
		// apposition's closing comma is missing (np.go)
		x, y := app, vs-1
		if !r.bareName(x, y) {
			y = fin // a role and its appositive name: „Ein Sprecher der Polizei, Commander Randy Henderson“
		}
		r.addSource(at, x, y, ruleVorfeld)
	case vs < fin && r.tf[vs]&wFinite != 0 && !r.isCap(vs) && (r.is(fin-1, "und") || r.is(fin-1, "oder")):
		// a second verb of the sentence's subject: „Auch der frühere
		// Präsident, Mohammad Chātamī, unterstützte die Proteste und
		// sagte, …“: the Vorfeld is the first verb's clause, the subject
		// opens the sentence
		r.coordinatedSubject(at, vs, fin, ruleVorfeld)
	case c.form == formFinite && coord && vs > 0 && r.isPunctByte(vs-1, ',') && r.zuInfIn(vs, fin-1) && r.firstFinite(r.sentStart(vs), vs) >= 0:
		// „Kim warf der Regierung vor, eine Aggression vorzubereiten und
		// schloss …“: after a zu-infinitive the verb goes on with the
		// sentence's subject
		r.coordinatedSubject(at, r.firstFinite(r.sentStart(vs), vs), fin, ruleVorfeld)
	case v1 > vs && r.firstSubject(vs, v1) > vs:
		// the subject opens the sentence before the first of two
		// coordinated verbs: „Dieser lehnt die Entsendung … ab und hat
		// die Mission als Invasionsarmee bezeichnet“ → SOURCE „Dieser“
		r.addSource(at, vs, r.firstSubject(vs, v1), ruleVorfeld)
	case v1 > vs && !r.vorfeldSubject(vs, v1):
		// an adverbial before the first verb, the subject after it: „Am
		// Freitag lehnte er den Plan ab und sagte, …“ → SOURCE „er“, „Über
		// seinen Account hat Hasani einen Screenshot gepostet und fragt, …“
		// → SOURCE „Hasani“
		r.coordinatedSubject(at, v1, fin, ruleVorfeld)
	case passive && c.entry.frames&quotedSubject != 0:
		// „Sie wird mit den Worten zitiert: …“, „In der Zeitung wird
		// Huber zitiert, …“: the subject is the speaker
		if vs < fin && r.vorfeldSubject(vs, fin) {
			r.addSource(at, vs, vorfeldNP(), ruleVorfeld)
		} else if k := r.skipAdverbs(fin+1, lim); k < lim && !r.is(k, "mit") {
			r.addSource(at, k, r.appositionAfter(r.npAfter(k, lim), lim), ruleVorfeld)
		}
	case passive:
		// the agent: „wurde von X mitgeteilt“, „Seitens der
		// Staatsanwaltschaft wurde mitgeteilt“, „Von X wurde betont“
		v2 := -1
		if fin < i {
			v2 = fin // a main clause: „Die Bevölkerung in der Nähe von Bergen wurde gewarnt“
		}
		r.passiveAgent(at, vs, b, v2, ruleVorfeld)
		if len(at.sources) == 0 {
			r.passiveDoc(at, vs, i)
		}
	case after < lim && r.subjectPronoun(after) && !r.is(after, "sie") && !r.is(after, "Sie"):
		se := after + 1
		if r.is(after, "man") && (r.is(se, "im") || r.is(se, "in") || r.is(se, "bei") || r.is(se, "beim")) && se+1 < lim {
			// definite „man“ with its place (GUIDELINES §1.3, d003):
			// „betonte man im Büro der … Stadträtin Sandra Frauenberger“
			if k := r.npAfter(se+1, lim); k > se+1 && r.speakerPlace(se+1, k) {
				se = k
			}
		}
		r.addSource(at, after, se, ruleVorfeld)
	case vs < fin && !passive && r.nominativeDer(after, lim) > after:
		// „der“ + a masculine noun after the verb is the subject, the
		// Vorfeld an object: „Die katholische Kirche Kubas lobte der Papst
		// …“
		r.addSource(at, after, r.nominativeDer(after, lim), ruleVorfeld)
	case vs < fin && !passive && c.form == formFinite && r.numberClash(vs, fin, vorfeldNP()) && r.npAfter(after, lim) > after && !r.obliqueNP(after):
		// a plural object before a singular verb: „Kleine Verbesserungen
		// verspricht Microsoft bei der Zoom-Funktion“ → the subject follows
		r.addSource(at, after, r.nameAfter(r.npAfter(after, lim)), ruleVorfeld)
	case vs < fin && !passive && r.thingVorfeld(vs, r.finiteAt(vs, fin)) && r.personAfter(r.finiteAt(vs, fin)+1, lim) > r.finiteAt(vs, fin)+1:
		// a thing in the Vorfeld, a person's name right after the finite
		// verb: the name is the subject, the Vorfeld the object („Das
		// Beispiel hat Christoph Leitl landauf und landab erzählt“,
		// speech-news n158)
		k := r.finiteAt(vs, fin) + 1
		r.addSource(at, k, r.personAfter(k, lim), ruleVorfeld)
	case vs < fin && r.vorfeldSubject(vs, fin):
		se := vorfeldNP()
		if se == vs || r.ppsTo(se, fin) || list {
			// the Vorfeld is one phrase: prepositional phrases up to the
			// verb belong to the speaker („Bewohner am Standort der Fabrik
			// nahe der Kleinstadt Dmeir berichteten“, „betonte man im Büro
			// der … Stadträtin“)
			se = fin
		}
		r.addSource(at, vs, se, ruleVorfeld)
		if c.entry.frames&quotedSubject != 0 && !passive {
			r.quotedObject(at, after, lim, ruleVorfeld) // „Die Agentur zitierte Fico mit den Worten: …“
		}
	default:
		se := r.npAfter(after, lim)
		if se == after {
			after = r.skipPPs(after, lim)
			se = r.npAfter(after, lim)
		}
		if se == after && after == b {
			// an inserted day closes the clause: „teilte heute, Freitag,
			// die Bundeswettbewerbsbehörde (BWB) … mit“
			k := r.insertedDay(b)
			if k == b {
				k = r.insertedDash(b) // „Dies gab heute – nach … – Professor X bekannt“
			}
			if k > b {
				_, l := r.clause(k)
				after, se = k, r.npAfter(k, l)
			}
		}
		if se > after {
			se = r.nameAfter(se)
			se = r.beforeNPWord(c.entry, after, se)
			if r.ppsTo(se, lim) && r.docPronounContent(c.entry, vs, fin, after, lim) {
				se = lim // „Das zeigt eine Auswertung im Expertenbericht zur … Lesestudie PIRLS“: one phrase
			}
		} else if after < lim && r.isDet(after) {
			se = r.detName(after) // „teilte das „Space Telescope Science Institute“ mit“
		}
		if r.obliqueNP(after) && se > after {
			// „Danach bestätigte den Vorwurf auch die Polizei“: the object
			// first, the subject after it
			after = r.skipAdverbs(se, lim)
			se = r.npAfter(after, lim)
		}
		if !r.obliqueNP(after) {
			r.addSource(at, after, se, ruleVorfeld)
		}
	}
	if len(at.sources) == 0 {
		// „Aus Militärkreisen verlautete, dass …“, „Dies geht aus einer
		// Pressemitteilung des Konzerns hervor“: the speaker or document
		// behind „aus“ (GUIDELINES §1.3)
		r.ausSource(at, vs, fin, b)
	}
	if len(at.sources) == 0 && vs == fin && c.form == formFinite && fin > 0 && (r.is(fin-1, "und") || r.is(fin-1, "oder")) {
		// „X erklärte, dass …, und versprach: …“: the second cue of the
		// sentence's speaker, one attribution with the first
		at.link = r.sentenceSpeaker(at.sent, i)
	}
	if len(at.sources) == 0 && vs+1 < fin && r.lower(vs, "für") && r.npAfter(vs+1, fin) == fin && r.roleIn(vs+1, fin) {
		// the holder of a view before an impersonal cue: „Für die
		// Forscher leitet sich daraus ab, dass …“
		r.addSource(at, vs+1, fin, ruleVorfeld)
	}
	if passive && len(at.sources) == 0 && r.hasModal(a, b) {
		// an agentless passive with a modal reports nothing: „die
		// Leistungen können der Welt mitgeteilt werden“ (a possibility),
		// „Spar muss gedrängt werden, … zurückzunehmen“ (a demand)
		return false
	}
	if !r.complement(at, i, b, c.entry, ruleVorfeld) && !r.npContent(c.entry, a, b) && !r.pronounContent(c.entry, vs, fin) && !r.docPronounContent(c.entry, vs, fin, after, lim) &&
		!(esObj && c.entry.frames&takesQuote != 0 && len(at.sources) > 0) {
		return false
	}
	if r.genericMan(at, a, b) {
		return false
	}
	r.mark(i, i+1)
	at.cues = append(at.cues, span{label: annotate.LabelCue, start: r.toks[r.cueFirst(i)].Start, end: r.toks[i].End, lemma: lemma, rule: c.entry.pos})
	r.atts = append(r.atts, at)
	return true
}

// pronounContent reports a Vorfeld that is only „Das“ or „Dies“ before a
// verb that frames quotes: the pronoun stands for the content, CUE +
// SOURCE and no QUOTE (GUIDELINES §1.2.2: „Dies geht aus einer
// Pressemitteilung hervor“, „Das betonte der Minister“). Not with a
// modal („Das musste ein Mädchen erfahren, das …“: experience, no report).
func (r *run) pronounContent(e *verbEntry, vs, fin int) bool {
	return e.frames&takesQuote != 0 && fin == vs+1 && (r.is(vs, "Das") || r.is(vs, "Dies") || r.is(vs, "Dem") || r.is(vs, "Diesem")) && r.tf[fin]&wModal == 0
}

// docPronounContent reports „Das“/„Dies“ as the content of a verb that
// takes a content clause when a study or report follows the verb as its
// subject: „Das zeigt eine Auswertung im Expertenbericht zur
// Volksschul-Lesestudie PIRLS“, „Dies belegt eine Studie der Universität“.
func (r *run) docPronounContent(e *verbEntry, vs, fin, after, lim int) bool {
	if e.frames&takesClause == 0 || fin != vs+1 || !(r.is(vs, "Das") || r.is(vs, "Dies")) || r.tf[fin]&wModal != 0 || after >= lim || !r.isDet(after) {
		return false
	}
	return r.npAfter(after, lim) > after && r.reportNounIn(after, lim)
}

// obliqueNP reports a noun phrase at x that starts with an accusative or
// dative article („den Vorwurf“, „dem HSV“, „einen Bericht“): the object
// of the cue, never its subject.
func (r *run) obliqueNP(x int) bool {
	if x < 0 || x >= len(r.toks) {
		return false
	}
	switch r.w(x) {
	case "den", "dem", "einen", "einem", "Den", "Dem", "Einen", "Einem",
		// possessives and determiners in -en/-em are never nominative:
		// „…, nannte seinen Platzverweis „überzogen““
		"seinen", "seinem", "ihren", "ihrem", "meinen", "meinem", "unseren", "unserem", "deinen", "deinem",
		"euren", "eurem", "diesen", "diesem", "jenen", "jenem", "keinen", "keinem", "jeden", "jedem":
		return true
	}
	return false
}

// beforeNPWord cuts a speaker's noun phrase [x, se) before the last word that
// introduces the verb's noun-phrase content („spricht die Polizei von
// weniger Auseinandersetzungen“ → „die Polizei“).
func (r *run) beforeNPWord(e *verbEntry, x, se int) int {
	for j := se - 1; j > x; j-- { // the last one: „der Präsident von Frankreich von einem Erfolg“
		for _, w := range e.npWords {
			if r.w(j) == w {
				return j
			}
		}
	}
	return se
}

// ausSource adds the SOURCE of an „aus“ phrase in the Vorfeld [vs, fin)
// or right after the finite verb: the document's author or the document
// (docSource), else the noun phrase.
func (r *run) ausSource(at *att, vs, fin, b int) {
	j := -1
	switch {
	case vs < fin && r.lower(vs, "aus"):
		j = vs
	default:
		k := r.skipAdverbs(fin+1, b)
		if k < b && r.is(k, "aus") {
			j = k
		}
	}
	if j < 0 {
		return
	}
	lim := b
	if j < fin {
		lim = fin
	}
	if x, y := r.docSource(j, lim); y > x {
		r.addSource(at, x, y, ruleVorfeld)
		return
	}
	r.addSource(at, j+1, r.npAfter(j+1, lim), ruleVorfeld)
}

// npContent reports whether a verb with noun-phrase content is a cue
// in clause [a, b): it takes np, and one of its np-words (if it has any)
// stands there. Words written "!w" are not-words, checked for every frame
// by otherSense.
func (r *run) npContent(e *verbEntry, a, b int) bool {
	if e.frames&takesNP == 0 {
		return false
	}
	if e.frames&npNoSich != 0 && r.sichIn(a, b) {
		return false // „äußerte sich besorgt“, „hat sich zu X geäußert“: no content named
	}
	if len(e.npWords) == 0 {
		return true
	}
	if a > 1 && r.isPunctByte(a-1, ',') && r.isAdj(a-2) {
		// a comma between adjectives does not end the clause: „wird auf
		// die beinahe täglichen, zum Teil apokalyptischen Warnungen …
		// verwiesen“ (speech-news n116)
		a, _ = r.clause(a - 2)
	}
	for j := a; j < r.overNames(b); j++ {
		for _, w := range e.npWords {
			if r.maybeLower(j, w) && r.lower(j, w) { // also opening the sentence: „Von einer „gezielten Indiskredition“ sprach X“
				return true
			}
		}
	}
	return false
}

// sichIn reports „sich“ in the clause [a, b).
func (r *run) sichIn(a, b int) bool {
	for j := max(a, 0); j < b && j < len(r.toks); j++ {
		r.steps++
		if r.is(j, "sich") {
			return true
		}
	}
	return false
}

// genericMan reports generic „man“ with a modal („Man darf davon
// ausgehen“): no attribution.
func (r *run) genericMan(at *att, a, b int) bool {
	if len(at.sources) != 1 {
		return false
	}
	s := at.sources[0]
	if w := r.text[s.start:s.end]; w != "man" && w != "Man" {
		return false
	}
	for j := a; j < b; j++ {
		if r.tf[j]&wModal != 0 {
			return true
		}
	}
	// without a modal the report stands, but generic „man“ names no
	// speaker (§1.3): „Aber man betont auch, dass …“ → CUE + QUOTE;
	// „betonte man im Büro der Stadträtin“ keeps it (a place names who)
	for j := a; j+1 < b; j++ {
		if r.lower(j, "man") && r.toks[j].Start == s.start {
			if placeAfterMan(r.w(j + 1)) {
				return false
			}
		}
	}
	at.sources = at.sources[:0]
	return false
}

// bareMan reports generic „man“ in clause [a, b) that no place or group
// after it narrows to a speaker („geht man im Ministerium davon aus“
// names who).
func (r *run) bareMan(a, b int) bool {
	for j := a; j < b; j++ {
		if r.maybeLower(j, "man") && r.lower(j, "man") && !(j+1 < b && placeAfterMan(r.w(j+1))) { // (maybeLower: no call for most words)
			return true
		}
	}
	return false
}

// speakerPlace reports a noun phrase [a, b) after „man im/bei …“ that
// names where the speakers are: a listed role or group or a name („man im
// Büro der Stadträtin Sandra Frauenberger“, „man bei der Polizei“), not an
// occasion („verspricht man bei einem Kauf“, speech-news n114).
func (r *run) speakerPlace(a, b int) bool {
	for k := a; k < b; k++ {
		if r.officeNoun(k, false) {
			return true
		}
	}
	return r.hasName(a, b)
}

// placeAfterMan reports a preposition after „man“ that names where or
// among whom it was said („betonte man im Büro der Stadträtin“).
func placeAfterMan(w string) bool {
	for _, p := range [...]string{"im", "in", "bei", "beim", "auf", "seitens", "aus"} {
		if strings.EqualFold(w, p) {
			return true
		}
	}
	return false
}

// adverbLike reports a word with an adjective or adverb ending
// („Tatsächlich“, „Auffallend“, „Offenbar“): at the start of a sentence it
// is capitalised but no name.
func adverbLike(w string) bool {
	for _, s := range []string{"lich", "ig", "isch", "end", "bar", "sam", "haft", "weise", "mals", "dings", "falls", "erhin", "iell",
		"uell", "onell", "intern", "seits", "mäßig"} { // „Aktuell lässt sie …“, „Parteiintern warnen …“, „Andererseits …“ (thirteenth round; -onell, not -nell: „McConnell“, „Parnell“ are names)
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// focusParticle reports „auch“, „selbst“, „sogar“, „nur“ before a
// Vorfeld noun phrase („Auch der Minister sagte …“).
func (r *run) focusParticle(j int) bool {
	switch r.w(j) { // (what lower matches, in one switch: the Vorfeld scans ask every word)
	case "auch", "Auch", "selbst", "Selbst", "sogar", "Sogar", "nur", "Nur", "gerade", "Gerade":
		return true
	}
	return false
}

// vorfeldSubject reports whether the Vorfeld [vs, fin) can be the subject:
// it starts with a determiner, a name or noun, or a pronoun, not with a
// preposition, an adverb or a demonstrative standing alone.
func (r *run) vorfeldSubject(vs, fin int) bool {
	if fin == vs+3 && r.is(vs, "Von") && (r.is(vs+1, "der") || r.is(vs+1, "dem")) && r.isCap(vs+2) && r.tf[vs+2] == 0 && !r.s.g.isNoun(r.w(vs+2)) {
		return true // a name with a particle: „Von der Leyen betonte, …“
	}
	if r.tf[vs]&(wPrep|wAdverb|wSubord|wWh) != 0 {
		return false
	}
	if fin-vs == 1 {
		switch r.w(vs) {
		case "Das", "Dies", "Dem", "Es", "Dazu", "Darauf", "Daraufhin", "Was", "Dann",
			"das", "dies": // „…, das teilte das Institut mit“
			return false
		}
		if r.role(vs) == roleNone || r.toks[vs].Kind == annotate.Number {
			return false // a listed non-speaker („Konkret hatten die Freiheitlichen …“) or a year („1997 war … vorgeschlagen worden“)
		}
	}
	switch r.w(vs) {
	case "Dem", "Einem", "Des", "Eines", "Den", "Einen",
		"Ihren", "Ihrem", "Seinen", "Seinem", "Meinen", "Meinem", "Unseren", "Unserem",
		"Diesen", "Diesem", "Jenen", "Jenem", "Keinen", "Keinem", "Jeden", "Jedem":
		// no nominative: „Des Weiteren verwies X …“, „Ihren Widersacher
		// Jeremy Corbyn forderte May auf, …“
		return false
	case "Der", "Einer":
		if r.feminineMedia(vs+1, fin) {
			return false // a dative: „Der englischsprachigen Zeitung sagte Filep Karma: …“
		}
	}
	if (fin-vs == 1 || !r.isNounish(vs+1) && !r.isAdj(vs+1)) && (adverbLike(r.w(vs)) || r.lowerWordAtStart(vs)) && !(r.isDet(vs) && r.npAfter(vs, fin) > vs+1) {
		return false // „Tatsächlich ist …“, „Sinngemäß hofft X …“, „Stellvertretend für die EU empfahl X“
	}
	if fin-vs > 1 && r.tf[fin-1]&wPrep != 0 && !r.isCap(fin-1) {
		return false // a postposition closes it: „Insidern zufolge fordern die Gläubiger …“
	}
	if r.temporalPhrase(vs, fin) {
		return false // „Wenige Stunden nach dem Putsch erklärte X“, „Ende Januar verkündete X“
	}
	return r.isDet(vs) || r.isNounish(vs) || r.subjectPronoun(vs) || r.isAdj(vs)
}

// freeRelative reports a clause [x, p) opened by „Wer“ and closed by its
// finite verb: a free relative, the subject of the verb after the comma.
func (r *run) freeRelative(x, p int) bool {
	if !r.is(x, "Wer") && !r.is(x, "Wem") && !r.is(x, "Wen") {
		return false
	}
	e := r.lastWord(x, p)
	if e <= x || r.isCap(e) || r.tf[e]&(wFinite|wAux|wModal) == 0 {
		return false
	}
	for j := x + 1; j < e; j++ {
		r.steps++
		if r.isPunct(j, ",;:") || r.toks[j].Kind == annotate.Quote {
			return false
		}
		if j < e-1 && r.tf[j]&(wAux|wModal) != 0 && !r.isCap(j) {
			return false // a question: „Wer soll das bezahlen, fragte er“
		}
	}
	return true
}

// interjection reports an answer word that can stand alone as the
// speaker's words („Nein“, „Ja“).
func interjection(w string) bool {
	switch w {
	case "Nein", "Ja", "Jein", "Doch", "Klar", "Natürlich", "Sicher", "Richtig", "Genau", "Okay":
		return true
	}
	return false
}

// coordClause returns the start of a second main clause in the Vorfeld
// [vs, fin) of a finite cue: „und“/„aber“/„oder“ followed by a noun phrase
// that ends right at the cue, after a clause with a finite verb of its own
// („Der Konflikt hat die … Spannungen heraufbeschworen und Polen fordert
// …“ → the Vorfeld is „Polen“); vs when there is none.
func (r *run) coordClause(vs, fin int) int {
	for k := fin - 2; k > vs+1 && k > fin-maxNP; k-- {
		r.steps++
		if !(r.is(k, "und") || r.is(k, "aber") || r.is(k, "oder")) {
			continue
		}
		if r.npAfter(k+1, fin) == fin && r.tf[fin]&wFinite != 0 && r.hasFiniteVerb(vs, k) && !r.obliqueNP(k+1) &&
			r.isWord(k-1) && !r.isCap(k-1) && r.tf[k-1]&(wArticle|wPrep|wConj) == 0 && // the first clause ends in its verb
			fin+1 < len(r.toks) && r.isWord(fin+1) { // and the cue is second, not last („… und die Regierung auffordert, …“)
			return k + 1
		}
		return vs
	}
	return vs
}

// agentlessInverted reports an inverted passive cue without an agent
// that closes the sentence after reported words: „Der Prozess könne … ein
// halbes Jahr dauern, wird vermutet.“ (Wikinews dev wn18058), „…, wurde am
// Montag mitgeteilt.“ → CUE + QUOTE, no SOURCE (GUIDELINES §1.3).
func (r *run) agentlessInverted(i, fin, b int) bool {
	if fin < 0 || fin >= i || !r.isWerden(fin) || r.tf[i]&wParticiple == 0 || b < len(r.toks) && !r.isFinal(b) {
		return false
	}
	if r.skipPPs(r.skipAdverbs(fin+1, i), i) < i {
		return false
	}
	// the words before are reported: in Konjunktiv I (not a subject with a
	// relative clause: „Die Blauzungenkrankheit, die Wiederkäuer befällt,
	// wurde … nachgewiesen“, Wikinews train wn44338)
	sf, _ := r.sentBounds(fin)
	return fin-1 > sf && r.isPunctByte(fin-1, ',') && r.konjSentence(sf, fin-1)
}

// finiteAt returns the finite verb that closes the Vorfeld [vs, fin) of
// a participle or infinitive cue at fin (the auxiliary or modal in „Das
// Beispiel hat X erzählt“), or fin itself.
func (r *run) finiteAt(vs, fin int) int {
	for j := vs + 1; j < fin && j < vs+maxNP; j++ {
		r.steps++
		if r.tf[j]&(wAux|wModal) != 0 && !r.isCap(j) && !r.isAdj(j) {
			return j
		}
	}
	return fin
}

// thingVorfeld reports a Vorfeld [vs, fin) that is one noun phrase
// opened by an article or determiner whose case does not tell subject
// from object („das“, „die“, „eine“, „dieses“ …), with a common noun the
// morph tables know that is no listed role, group or medium, and no name:
// a thing, which speaks only in a document's frame.
func (r *run) thingVorfeld(vs, fin int) bool {
	switch r.w(vs) {
	case "Das", "Die", "Eine", "Dieses", "Diese", "Jenes", "Jene":
	default:
		return false
	}
	if r.npAfter(vs, fin) != fin || fin-vs < 2 {
		return false
	}
	for k := vs + 1; k < fin; k++ {
		if !r.isCap(k) {
			if r.isAdj(k) {
				continue
			}
			return false
		}
		w := r.w(k)
		if !r.s.g.isNoun(w) || r.speakerRole(k) || r.officeNoun(k, true) || r.docCompound(w) {
			return false
		}
	}
	return true
}

// personAfter returns the end of a person's name right after the finite
// verb at j: a bare name („Christoph Leitl“) or a role and a name
// („Finanzminister Hans Jörg Schelling“); j when there is none.
func (r *run) personAfter(j, lim int) int {
	e := r.npAfter(j, lim)
	if e < j+2 || !(r.bareName(j, e) || r.nameEnd(j, e)) || !r.hasName(j, e) {
		return j
	}
	for k := j; k < e; k++ {
		if r.isCap(k) && !r.speakerRole(k) && r.s.g.isNoun(r.w(k)) {
			return j // a common noun: „muss Anwendungsbenachrichtigungen melden“
		}
	}
	return e
}

// feminineMedia reports a phrase [j, fin) of adjectives and a feminine
// media noun (speech-roles.txt kind media: „Zeitung“, „Nachrichtenagentur“,
// „Zeitschrift“): after „Der“ it can only be a dative or genitive.
func (r *run) feminineMedia(j, fin int) bool {
	for k := j; k < fin && k < j+4; k++ {
		if r.isNounish(k) {
			var buf [64]byte
			w := appendLower(buf[:0], r.w(k)) // strings.ToLower without allocating
			return k == fin-1 && r.role(k) == roleMedia &&
				(hasSuffix(w, "zeitung") || hasSuffix(w, "agentur") || hasSuffix(w, "zeitschrift"))
		}
		if !r.isAdj(k) {
			return false
		}
	}
	return false
}

// temporalPhrase reports a Vorfeld noun phrase [vs, fin) whose first
// noun is a time expression: an adverbial, not the subject.
func (r *run) temporalPhrase(vs, fin int) bool {
	for j := vs; j < fin && j < vs+4; j++ {
		if j == vs+1 && r.isDet(vs) && r.tf[j]&wPrep != 0 && !r.isCap(j) {
			return false // a participle attribute: „Ein am Mittwoch veröffentlichter … Bericht“
		}
		if r.isNounish(j) && r.toks[j].Kind == annotate.Word {
			if j == vs && j+1 < fin && r.role(j) == roleNone {
				continue // „Erst vergangene Woche kündigte der Konzern an, …“
			}
			return r.isTemporal(j)
		}
	}
	return false
}

// isTemporal reports a noun of time (speech-roles.txt kind time) at j,
// lower-casing the word on the stack (no allocation per token).
func (r *run) isTemporal(j int) bool {
	var buf [64]byte
	return r.s.lex.temporal[string(appendLower(buf[:0], r.w(j)))]
}

// lowerWordAtStart reports a capitalised word that the morph table knows
// only in lower case: an adverb or adjective at the start of a sentence,
// not a noun or a name.
func (r *run) lowerWordAtStart(j int) bool { return r.fact(j, factLowerOnly) }

// lowerOnly is lowerWordAtStart for word w (morph).
func (g *grammar) lowerOnly(w string) bool {
	exact, folded := g.t.AnalyzeFold(w)
	return len(exact) == 0 && len(folded) > 0
}

// sichNear reports a reflexive use of the verb at i whose clause ends at
// b: „sich“ within three tokens after it or six before it in its clause
// (reflexive).
func (r *run) sichNear(i, b int) bool {
	a, _ := r.clause(i)
	return r.reflexive(i, a, b, true)
}

// complement finds the reported content after a cue whose clause ends at
// b: a colon and a quote, a dass/ob/w-clause, a zu-infinitive, a V2 clause
// in Konjunktiv, a quote in the clause. It reports whether it found one.
func (r *run) complement(at *att, i, b int, e *verbEntry, rule string) bool {
	if r.complementIn(at, i, b, e, rule) {
		return true
	}
	// (thirteenth round) a Konjunktiv I sentence after a verb of speech
	// whose clause holds no content: the continuation adds it
	return rule == ruleVorfeld && r.konjAfter(e, at, i, b)
}

// complementIn adds the content of the cue at i that stands in or right
// after its clause [.., b), as complement describes.
func (r *run) complementIn(at *att, i, b int, e *verbEntry, rule string) bool {
	_, sl := r.sentBounds(i)
	r.steps += b - i
	// a quote inside the cue's clause: „beteuert "Null-Toleranz-Politik"“
	for j := i + 1; j < b; j++ {
		if q := r.regionStartingAt(j); q >= 0 && e.frames&(takesQuote|takesNP) != 0 && (!r.nameQuote(q) || r.npWordQuote(e, q)) && !r.inSrc[r.regions[q].first] {
			return r.addRegionQuote(at, q, rule)
		}
	}
	if e.frames&takesClause != 0 && r.tf[i]&wParticiple != 0 && (r.tf[i]&wFinite == 0 || i > 0 && r.tf[i-1]&wAux != 0 && !r.isCap(i-1)) && r.zuAfter(i, b) {
		// „Philips hat angekündigt die Preise ab 1. Oktober zu erhöhen“:
		// a zu-infinitive after the participle without a comma; a form
		// that is finite too is a participle right after its auxiliary
		// („IT-Verantwortlichen wird geraten die Updates einzuspielen“,
		// speech-news n245: „geraten“ is also a finite form of geraten)
		return r.addQuote(at, i+1, b, annotate.ModeIndirect, rule)
	}
	if b >= len(r.toks) {
		return false
	}
	switch {
	case r.isPunctByte(b, ':'):
		if e.frames&(takesQuote|takesClause) == 0 {
			return false
		}
		if q := r.regionStartingAt(b + 1); q >= 0 {
			return r.addRegionQuote(at, q, rule)
		}
		if (e.frames&takesQuote == 0 || e.frames&beliefVerb != 0) && !r.sichNear(i, b) && !r.konjClause(b+1, min(sl, b+1+maxClause)) {
			// a verb that takes a content clause but frames no quote, or
			// a verb of belief (§1.2.3: a V2 clause only in Konjunktiv),
			// reports no unmarked indicative words after a colon
			// („haben die Zwitterwesen eine strategische Lösung gefunden:
			// Der Sex funktioniert …“):
			// „Solche Radiofrequenzsysteme können auf größere Distanz
			// Daten lesen: Ein Chip wird der Ware eingebaut …“ (n256);
			// not with „sich“, a frame of §1.6 („zeigte sich Hofer
			// zuversichtlich: Ich glaube, …“, gold/dev d004)
			return false
		}
		if b+1 < sl && r.hasFinite(b+1, sl) {
			// not a list without a verb: „Neben den Wasserteilchen werden
			// Spuren verschiedener Gase erwartet: Kohlendioxid, Methan, …“
			e := r.colonQuoteEnd(b+1, sl) // „…: Wir haben keine Zeit, schrieb er, …“
			return r.addQuote(at, b+1, e, r.modeOf(b+1, e), rule)
		}
		if pe := r.phraseQuote(b+1, sl); e.frames&takesQuote != 0 && pe > b+1 {
			// a phrase without a verb that is no list: „…, sagt Riha: Die
			// höhere Sicht der Dinge.“
			return r.addQuote(at, b+1, pe, annotate.ModeDirect, rule)
		}
	case r.toks[b].Kind == annotate.Quote:
		if q := r.regionStartingAt(b); q >= 0 && (e.frames&takesQuote != 0 && !r.nameQuote(q) || e.frames&takesNP != 0 && r.npWordQuote(e, q) || e.frames&takesNP != 0 && r.predicateMark(b)) && !r.inSrc[r.regions[q].first] {
			return r.addRegionQuote(at, q, rule)
		}
	case r.isPunctByte(b, ','):
		k := b + 1
		if q := r.regionStartingAt(k); q >= 0 && e.frames&takesQuote != 0 {
			return r.addRegionQuote(at, q, rule)
		}
		if e.frames&takesClause == 0 || k >= sl {
			return false
		}
		pk := k
		if r.purposeComma(k+1, sl-1) < sl-1 {
			pk = r.overApposition(k, sl)
		}
		if r.purposeClause(pk) {

			// „sagte General X, ohne auf einen Vorfall zu verweisen, dass
			// …“: the content follows an inserted purpose or manner clause
			if _, pe := r.clause(pk); pe+1 < sl && r.isPunctByte(pe, ',') && (r.lower(pe+1, "dass") || r.lower(pe+1, "ob")) {
				k = pe + 1
			}
		}
		_, cb := r.clause(k)
		if len(r.cues(k)) > 0 && !r.isCap(k) {
			return false // „…, sagte eine Sprecherin“: another report's frame („Beweise“ is a noun)
		}
		if r.coordinatedVerb(i, b) {
			return false // „hat einen Screenshot gepostet und fragt, wie …“: the second verb's content
		}
		if r.continuingRelative(i, b, k, cb) {
			return false // „Die Stoffe wurden festgestellt, was ein Hinweis ist, …“
		}
		if r.relativeAfterNoun(i, k) && !r.konjClause(k, min(sl, k+maxClause)) {
			return false // „Das musste ein Mädchen erfahren, das man …“
		}
		if ca, _ := r.clause(i); ca > 0 && r.tf[ca]&wRelative != 0 && r.isPunctByte(ca-1, ',') && r.tf[k]&wFinite != 0 && !r.isCap(k) {
			// „Nach Angaben eines Experten, der … befragt wurde, würde
			// dies …“: the verb after a relative clause goes on with the
			// clause around it
			return false
		}
		if r.nounCorrelate(b) && (r.lower(k, "dass") || r.lower(k, "daß") || r.lower(k, "ob")) {
			return false // „sagte Faymann in Anspielung darauf, dass …“: the noun's clause
		}
		switch {
		case r.maybeLower(k, "dass") && r.lower(k, "dass") || r.maybeLower(k, "daß") && r.lower(k, "daß") || r.maybeLower(k, "ob") && r.lower(k, "ob") || r.tf[k]&wWh != 0 && !(r.maybeLower(k, "wie") && r.lower(k, "wie")) && !r.relativeWo(k) || r.maybeLower(k, "wie") && r.lower(k, "wie") && !r.wieFrame(k, cb):
			e := r.verbFinalEnd(k, r.reportEnd(k, sl))
			if e+3 < sl && r.is(e+1, "und") && r.isPunctByte(e+2, ':') {
				r.addQuote(at, e+3, sl, r.modeOf(e+3, sl), rule)
			}
			return r.addQuote(at, k, e, annotate.ModeIndirect, rule)
		case r.finiteAfter(i, b):
			return false // „ich denke das sind …, das … umzuschütteln“
		case r.zuClause(k, cb) || (e.frames&beliefVerb == 0 || !r.isDet(k)) && r.zuReport(k, sl):
			return r.addQuote(at, k, r.verbFinalEnd(k, r.reportEnd(k, sl)), annotate.ModeIndirect, rule)
		case r.konjClause(k, cb) || r.konjAfterFront(k, cb, sl):
			return r.addQuote(at, k, r.verbFinalEnd(k, r.reportEnd(k, sl)), annotate.ModeIndirect, rule)
		case r.tf[k]&wRelative != 0 && r.inSrc[b-1] && r.verbLast(k+1, cb):
			return false // „erklärte Walter Salzburger, der am Zoologischen Institut forscht“: a relative clause
		case r.v2Clause(k, cb) && e.frames&takesQuote != 0 && e.frames&beliefVerb == 0:
			// (a verb of belief takes a V2 clause only in Konjunktiv, the
			// case above: „Ich glaube, die Künstler wollen …“ is none)
			return r.addQuote(at, k, r.reportEnd(k, sl), r.modeOf(k, sl), rule)
		case r.overOpening(cb) > cb && r.v2Clause(k, r.overOpening(cb)) && e.frames&takesQuote != 0:
			// mixed quotation (scheme §2): indirect
			return r.addQuote(at, k, r.reportEnd(k, sl), annotate.ModeIndirect, rule)
		}
	}
	return false
}

// coordinatedVerb reports „und“ or „oder“ after the cue i followed by a
// finite verb before the clause end b: a second verb that the content
// after b belongs to („Hasani hat einen Screenshot gepostet und fragt,
// wie oft …“).
func (r *run) coordinatedVerb(i, b int) bool {
	r.steps += b - i
	for j := i + 1; j+1 < b; j++ {
		if (r.is(j, "und") || r.is(j, "oder")) && r.tf[j+1]&wFinite != 0 && !r.isCap(j+1) && r.tf[j+1]&wParticiple == 0 {
			return true
		}
	}
	return false
}

// continuingRelative reports a „was“ or „wo“ clause (k, cb) in the
// indicative after the comma b that ends the clause of cue i, when that
// cue already has its content: it is passive („Die Stoffe wurden auch in
// der Luft festgestellt, was ein Hinweis darauf ist, …“) or more words
// follow it („kritisierte er die Rolle von X, was eine Reaktion … zur
// Folge hat“). The clause comments on the whole sentence (a continuing
// relative clause), it is no indirect question („bestätigen, was genau
// passiert ist“, „die Frage, wo …“ stay content).
func (r *run) continuingRelative(i, b, k, cb int) bool {
	if !(r.maybeLower(k, "was") && r.lower(k, "was")) && !(r.maybeLower(k, "wo") && r.lower(k, "wo")) || r.konjClause(k, cb) {
		return false
	}
	if r.lastWord(i, b) != i {
		return true
	}
	ca, _ := r.clause(i)
	for j := max(ca, 0); j < b; j++ {
		if r.isWerden(j) {
			return true
		}
	}
	return false
}

// zuAfter reports tokens (i, b) after a clause-final participle that end
// in a zu-infinitive and hold no finite verb: an extraposed content.
func (r *run) zuAfter(i, b int) bool {
	b = min(b, len(r.toks))
	e := r.lastWord(i+1, b)
	if e <= i+1 || !r.is(e-1, "zu") && !r.isZuInf(e) {
		return false
	}
	if e == i+2 && (r.is(e, "haben") || r.is(e, "sein") || r.is(e, "werden")) {
		return false // „gesagt zu haben, dass …“: the participle's own auxiliary
	}
	for j := i + 1; j < e; j++ {
		r.steps++
		if r.tf[j]&wFinite != 0 && !r.isCap(j) && r.tf[j]&wParticiple == 0 || r.toks[j].Kind == annotate.Quote {
			return false
		}
	}
	return true
}

// finiteAfter reports a finite verb after the cue i in its clause
// („ich denke das sind …“): the clause after the comma belongs to that
// verb, not to the cue.
func (r *run) finiteAfter(i, b int) bool {
	if i+2 >= b || r.tf[i+1]&(wArticle|wPronoun|wRelative) == 0 && !r.subjectPronoun(i+1) {
		return false
	}
	for j := i + 2; j < b && j <= i+3; j++ {
		if r.tf[j]&wFinite != 0 && r.tf[j]&wParticiple == 0 && !r.isCap(j) && !r.isAdj(j) {
			return true
		}
	}
	return false
}

// nameQuote reports a quotation that names something rather than quotes
// someone: governed by an article or a preposition („mit dem „Münchner
// Merkur““) and not sentence-like.
//
// Words in marks that start in lower case („warnte vor einem
// „populistischen Wahlkampf““) or follow „als“ („bezeichnete die Wahl als
// „Fest““) are the speaker's words, not a name.
func (r *run) nameQuote(q int) bool {
	g := r.regions[q]
	o := g.open
	if r.namedByNoun(q) {
		return true
	}
	if o <= 0 || !r.isWord(o-1) || r.tf[o-1]&(wArticle|wPrep) == 0 || r.speechLike(q) {
		return false
	}
	if r.lower(o-1, "als") || r.isDet(o-1) && r.lower(o-2, "als") || g.first < g.last && r.isWord(g.first) && !r.isCap(g.first) {
		return false // „bezeichnete er als einen „Akt des politischen Verbrechertums““
	}
	return true
}

// npWordQuote reports a quotation right after the word that introduces
// the noun-phrase content of the cue e („sprachen von „Panikverkäufen““):
// the speaker's words, also when capitalised.
func (r *run) npWordQuote(e *verbEntry, q int) bool {
	o := r.regions[q].open
	if o <= 0 || r.regions[q].close < 0 {
		return false
	}
	for _, w := range e.npWords {
		if r.w(o-1) == w {
			return true
		}
	}
	return false
}

// predicateMark reports the opening mark at j of a short quotation after
// „als“ (and an article): a quoted predicate inside the clause („wies alle
// Vorwürfe als „haltlos“ zurück“), which the clause goes on after.
func (r *run) predicateMark(j int) bool {
	q := r.shortRegionAt(j)
	if q < 0 {
		return false
	}
	o := r.regions[q].open
	return r.lower(o-1, "als") || o > 0 && r.isDet(o-1) && r.lower(o-2, "als")
}

// namedByNoun reports a quotation right after a common noun whose words
// are all capitalised, apart from articles, prepositions and
// conjunctions, and which has no finite verb: the name or title the noun
// introduces („im Fachmagazin „Public Library of Science““, „vor der
// Schlankheitspille „Reduce Weight““), not speech („nannte die
// Bewerbung „sehr respektabel““, „mit den Worten „Wir …““).
func (r *run) namedByNoun(q int) bool {
	g := r.regions[q]
	o := g.open
	if o <= 0 || !r.isCap(o-1) || !r.isNounish(o-1) || r.initial(o-1) || g.first >= g.last || !r.isCap(g.first) {
		return false
	}
	r.steps += g.last - g.first
	for j := g.first; j < g.last; j++ {
		if r.isWord(j) && !r.isCap(j) && r.toks[j].Kind == annotate.Word && r.tf[j]&(wArticle|wPrep|wConj) == 0 || r.tf[j]&wFinite != 0 || r.isFinal(j) {
			return false
		}
	}
	return true
}

// wieFrameAt reports „wie X … formulierte“ at k, closing the sentence or
// its clause: the frame of another report („…, mehr Fakten, weniger
// Theater, wie er es am Mittwoch formulierte.“).
func (r *run) wieFrameAt(k int) bool {
	if !r.is(k, "wie") {
		return false
	}
	_, cb := r.clause(k)
	return cb < len(r.toks) && (r.isFinal(cb) || r.isPunctByte(cb, ',')) && r.wieFrame(k, cb) && !r.hasFinite(k+1, cb-1)
}

// wieFrame reports a „wie X mitteilte“ clause [k, cb): it ends in a cue.
func (r *run) wieFrame(k, cb int) bool {
	for j := cb - 1; j > k && j >= cb-3; j-- {
		if len(r.cues(j)) > 0 {
			return true
		}
	}
	return false
}

// zuClause reports a zu-infinitive clause [k, cb).
func (r *run) zuClause(k, cb int) bool {
	if r.purposeClause(k) {
		return false // a purpose or manner clause: „gab Details bekannt, um die Verschlüsselung zu entschlüsseln“
	}
	for j := k; j < cb; j++ {
		if r.is(j, "zu") && j+1 < cb && r.isWord(j+1) && !r.isCap(j+1) && j+2 >= cb {
			return true
		}
		if j == cb-1 && r.isZuInf(j) {
			return true
		}
	}
	return false
}

// zuReport reports a zu-infinitive report that runs over commas
// („kündigte an, kurzfristig zurückzutreten als Chefin der CDU“, „…, mit
// allen Parteien, als auch der PCRM, verhandeln zu wollen“): a
// zu-infinitive before the sentence end or a subordinate clause.
func (r *run) zuReport(k, sl int) bool {
	if r.tf[k]&(wSubord|wWh) != 0 || r.tf[k]&wRelative != 0 && !r.isDet(k) { // „das Geschäft, das …, abzuziehen“: an article
		return false
	}
	for j := k; j < sl && j < k+maxClause; j++ {
		r.steps++
		if j > k && r.tf[j]&(wSubord|wWh|wRelative) != 0 && r.isPunctByte(j-1, ',') {
			if e := r.insertedRelative(j, sl); e > j {
				j = e // „das Osteuropageschäft (CEE), das … ressortiert, abzuziehen“
				continue
			}
			return false
		}
		if r.isWord(j) && !r.isCap(j) && r.isZuInf(j) {
			return true
		}
		if r.is(j, "zu") && j+2 < len(r.toks) && r.isWord(j+1) && !r.isCap(j+1) && (r.isBoundary(j+2) || r.isFinal(j+2)) {
			return true
		}
		if r.tf[j]&wFinite != 0 && !r.isCap(j) && !r.is(j+1, "zu") {
			// (an infinitive before „zu“ + modal is no finite verb:
			// „… Politik machen zu wollen“)
			return false
		}
	}
	return false
}

// konjAfterFront reports a V2 Konjunktiv clause whose fronted part holds
// commas: „erklärte, in den Ländern, in denen …, sei die Zahl gestiegen“.
// The first clause [k, cb) has no finite verb, and a later comma is
// followed by a finite verb in Konjunktiv I.
func (r *run) konjAfterFront(k, cb, sl int) bool {
	for j := k; j < cb; j++ {
		if r.tf[j]&wFinite != 0 && !r.isCap(j) {
			return false
		}
	}
	for j := cb; j+1 < sl && j < k+maxClause; j++ {
		r.steps++
		if r.isFinal(j) || r.isPunct(j, ":;") {
			return false
		}
		if r.isPunctByte(j, ',') && r.tf[j+1]&wSubj1 != 0 && !r.isCap(j+1) {
			return true
		}
	}
	return false
}

func (r *run) isZuInf(j int) bool { return r.fact(j, factZuInf) }

// zuInfinitive is isZuInf for word w (morph).
func (g *grammar) zuInfinitive(w string) bool {
	for _, a := range g.t.Analyze(w) {
		if a.Form == morphZuInf {
			return true
		}
	}
	// particle + zu + infinitive the table lacks: „voranzutreiben“
	if k := strings.Index(w, "zu"); k >= 2 && len(w) > k+4 && strings.HasSuffix(w, "n") {
		for _, a := range g.t.Analyze(w[k+2:]) {
			if a.Form == morph.Infinitive {
				return true
			}
		}
	}
	return false
}

// konjClause reports a clause with a finite verb in Konjunktiv I or II.
func (r *run) konjClause(k, cb int) bool {
	for j := k; j < cb && j < k+12; j++ {
		if r.tf[j]&(wSubj1|wSubj2) != 0 && !r.isCap(j) {
			return true
		}
	}
	return false
}

// v2Clause reports a main clause: a finite verb in second or third place
// after a subject pronoun or noun phrase.
func (r *run) v2Clause(k, cb int) bool {
	if r.isNounish(k) || r.isDet(k) {
		// „200 feste und 300 freie Mitarbeiter sollen …“
		j := k + 1
		for j < cb && j < k+10 && (r.tf[j]&wFinite == 0 || r.isCap(j)) && (r.isNounish(j) || r.isAdj(j) || r.isDet(j) || r.is(j, "und") || r.is(j, "oder")) {
			j++
		}
		if j > k+4 && j < cb && r.tf[j]&wFinite != 0 && !r.isCap(j) {
			return true
		}
	}
	for j := k + 1; j < cb && j <= k+4; j++ {
		if r.tf[j]&wFinite != 0 && !r.isCap(j) {
			return r.subjectPronoun(k) || r.isDet(k) || r.isNounish(k)
		}
	}
	return false
}

// verbLast reports a clause [x, cb) whose first finite verb is its last
// word, as in a relative clause („der am Zoologischen Institut forscht“).
func (r *run) verbLast(x, cb int) bool {
	e := r.lastWord(x, cb)
	for j := x; j >= 0 && j < cb && j <= e; j++ {
		r.steps++
		if r.tf[j]&wFinite != 0 && !r.isCap(j) && r.tf[j]&wParticiple == 0 {
			return j == e
		}
	}
	return false
}

// overOpening extends a clause end cb over an opening quotation mark
// whose quote goes on in lower case: in mixed quotation the finite verb
// may stand inside the marks („meinte, der Ehemann „konnte und wollte
// sich … nicht abfinden““).
func (r *run) overOpening(cb int) int {
	if cb >= len(r.toks) || r.toks[cb].Kind != annotate.Quote {
		return cb
	}
	q := r.regionStartingAt(cb)
	if q < 0 || r.regions[q].first >= r.regions[q].last || r.isCap(r.regions[q].first) {
		return cb
	}
	return r.regions[q].last
}

// sortAtts orders attributions by their first span.
func (r *run) sortAtts() {
	slices.SortStableFunc(r.atts, func(x, y *att) int { return cmp.Compare(x.first(), y.first()) })
}

func (a *att) first() int {
	// (each list by itself: sortAtts asks twice per comparison)
	return firstStart(a.quotes, firstStart(a.sources, firstStart(a.cues, -1)))
}

// firstStart returns the smallest start of the spans ss and m (-1: none).
func firstStart(ss []span, m int) int {
	for k := range ss {
		if s := ss[k].start; m < 0 || s < m {
			m = s
		}
	}
	return m
}

// insertedDash reads an insertion between dashes at b („– nach
// eingehenden Untersuchungen der Berliner Baustofftechnologen –“) without
// a finite verb and returns the token after the second dash, or b.
func (r *run) insertedDash(b int) int {
	if b >= len(r.toks) || !r.isPunct(b, "–") {
		return b
	}
	for k := b + 1; k < len(r.toks) && k <= b+maxNP+1 && int(r.sentOf[k]) == int(r.sentOf[b]); k++ {
		r.steps++
		switch {
		case r.isPunct(k, "–"):
			if k > b+1 && k+1 < len(r.toks) && int(r.sentOf[k+1]) == int(r.sentOf[b]) {
				return k + 1
			}
			return b
		case r.tf[k]&wFinite != 0 && !r.isCap(k), r.isFinal(k), r.isPunct(k, ",;:"):
			return b
		}
	}
	return b
}

// insertedDay reads „, Freitag,“ at the comma b and returns the token
// after the second comma, or b when there is none.
func (r *run) insertedDay(b int) int {
	if b+3 >= len(r.toks) || !r.isPunctByte(b, ',') || !r.isPunctByte(b+2, ',') || !r.isNounish(b+1) ||
		!r.isTemporal(b+1) || int(r.sentOf[b+3]) != int(r.sentOf[b]) {
		return b
	}
	return b + 3
}

// konjAfter reports a verb of speech at i whose sentence ends its clause
// b and names its speaker, right before a sentence in Konjunktiv I: that
// sentence is what the verb reports, and the continuation gives it to
// this attribution („Franziskus erwähnte den ecuadorianischen Vulkan
// Chimborazo als … Die Kirche werde allgemein mit dem Mond
// identifiziert, …“, speech-news n161; „Das Landgericht Augsburg beschrieb
// die 21 Monate … als wahres Martyrium. Hoeneß sei verleumdet, …“, n215;
// „Die ct warnt allerdings Serverbetreiber, die … setzen sollten.
// Andernfalls müsse man …“, n264). Only a verb of speech that takes
// both a clause and a quote (not „beantwortete einen Fragenkatalog“, an
// action, n014), not with „sich“ („äußert sich Mitterlehner zu …“,
// „bedankte sich für …“: n211, n246), only as the main verb of its sentence (the cue or its
// auxiliary) and with no other frame after it (not „Der Plan würde
// EU-Recht widersprechen, sagte X“, n154; „… haben sich … Fehler
// herausgestellt, so der … Klubchef“, gold/dev d003: another report's
// words). Tried by complement for a Vorfeld frame when its own clause
// holds no content.
func (r *run) konjAfter(e *verbEntry, at *att, i, b int) bool {
	if e.frames&(takesQuote|takesClause) != takesQuote|takesClause || e.frames&(beliefVerb|learnVerb) != 0 || len(at.sources) == 0 || r.inQ[i] >= 0 {
		return false
	}
	sf, sl := r.sentBounds(i)
	si := int(r.sentOf[i])
	if si+1 >= len(r.sent) || sl-b > maxReach {
		return false // (a sentence that goes on this far after the clause: no look to its end, which was quadratic)
	}
	// the next sentence before the cue's own: one in Konjunktiv I from its
	// first word is rare, and the tests of the cue's sentence scan it (only
	// the cues whose clause ends within maxReach of the sentence end get
	// here, so the next sentence is read a bounded number of times)
	f, l := r.sent[si+1].First, r.sent[si+1].Last
	if l <= f || r.regionStartingAt(f) >= 0 || !r.konjSentence(f, l) || r.konjStart(f, l) != f {
		return false
	}
	a, _ := r.clause(i)
	fin := r.mainVerb(sf, sl)
	if fin < sf || fin > i || r.sichIn(a, b) || r.tf[fin]&wModal != 0 || r.thingSpeaker(at) || r.zuInfIn(a, b) || b-2 > i && r.is(b-2, "zu") && !r.isCap(b-1) {
		// (learning, a modal: „sollen die Betroffenen niemals davon
		// erfahren“; a thing: „Jetzt droht ein Streik“, Wikinews train; a
		// zu-infinitive of its own: „Der Hersteller droht … in die roten
		// Zahlen zu rutschen“, bench corpus)
		return false
	}
	for j := b + 1; j < sl; j++ {
		r.steps++
		if r.trig[j] && (r.isPunctByte(j-1, ',') || r.soComma(j-1)) {
			return false
		}
	}
	return true
}

// thingSpeaker reports a single SOURCE of a that opens with an indefinite
// article and holds no listed role, group or medium: „ein Streik“, no
// speaker („ein Sprecher“ is one).
func (r *run) thingSpeaker(a *att) bool {
	if len(a.sources) != 1 {
		return false
	}
	x, y := r.spanToks(a.sources[0])
	if x >= len(r.toks) || !(r.is(x, "ein") || r.is(x, "eine") || r.is(x, "Ein") || r.is(x, "Eine")) {
		return false
	}
	return !r.roleIn(x, y)
}
