package speech

import (
	"sort"
	"strings"
)

// Continuation guards (eighth round, GUIDELINES §1.5 and §4).

// mainVerb returns the finite verb of the main clause of sentence [f, l):
// the first finite verb outside quotation marks that does not stand in a
// clause opened by a subordinator, a relative pronoun or a w-word
// („Ob es dazu ein Votum geben solle, war zunächst unklar“ → „war“;
// „Lediglich Personen, die … hätten, seien …“ → „seien“), or -1.
// Capitalised words are passed over, and so are adjectives that look like
// verb forms („deutsche Literatur“) and, unless nothing else follows, a
// preterite before a noun („beschädigte Hagelnetze“). It looks at most
// maxReach tokens.
func (r *run) mainVerb(f, l int) int {
	return r.mainVerbFrom(f, f, l)
}

// mainVerbFrom is mainVerb from token s of the sentence [f, l). A verb
// opening the sentence opens a conditional clause („Sollte jemand
// Zweifel haben, bleibe der Weg …“).
func (r *run) mainVerbFrom(s, f, l int) int {
	if s >= l {
		return -1 // nothing after the comma that ends the sentence
	}
	sub := r.tf[s]&(wSubord|wWh) != 0 && r.opensSubclause(s, l) || // „Ob …“, „Nachdem …“, not „Damit seien …“
		s == f && r.isCap(f) && r.tf[f]&(wFinite|wAux|wModal) != 0 && r.tf[f]&wParticiple == 0
	skipped := -1 // a preterite read as an adjective, the main verb if no other follows
	dashed := false
	for j := s; j < l && j < s+maxReach; j++ {
		r.steps++
		if r.inQ[j] >= 0 {
			continue
		}
		if r.isPunct(j, "–—") && !dashed {
			// a parenthesis between dashes is passed over: „Durch den
			// hohen Migrationsanteil – fast jeder vierte Wiener
			// Neustädter hat Migrationshintergrund – sei jedoch …“
			// (speech-news n144)
			dashed = true
			if k := r.closingDash(j, min(l, s+maxReach)); k > j {
				j = k
				continue
			}
		}
		if r.isPunct(j, ",;:–—") {
			sub = r.opensSubclause(j+1, l)
			continue
		}
		if r.tf[j]&(wFinite|wAux|wModal) == 0 {
			continue // (most words: no verb form, nothing below to test)
		}
		if r.isCap(j) || j > s && r.is(j-1, "zu") {
			continue // (an infinitive with „zu“: „Die Banken … zu beteiligen sei kein Thema“)
		}
		if !sub && (r.tf[j]&wFinite != 0 || r.tf[j]&(wAux|wModal) != 0) && r.tf[j]&wArticle == 0 && !r.adjectival(j) {
			if !r.attributiveForm(j) {
				return j
			}
			if skipped < 0 {
				skipped = j
			}
		}
	}
	return skipped
}

// closingDash returns the dash that closes a parenthesis opened by the
// dash at j, before lim and before the sentence's next comma-free clause
// end, or -1.
func (r *run) closingDash(j, lim int) int {
	for k := j + 1; k < lim; k++ {
		r.steps++
		switch {
		case r.isPunct(k, "–—"):
			return k
		case r.isPunct(k, ".;:!?"):
			return -1
		}
	}
	return -1
}

// opensSubclause reports whether token j opens a dependent clause: a
// subordinator, a w-word, a relative pronoun not followed by a noun (an
// article), or a preposition before a relative pronoun („in dem“).
func (r *run) opensSubclause(j, l int) bool {
	if j >= l {
		return false
	}
	switch {
	case r.tf[j]&wWh != 0:
		return true
	case r.tf[j]&wSubord != 0 && r.tf[j]&wPrep != 0:
		// „Während der Operation habe …“, „Um 10:05 Uhr meldete …“: a
		// preposition, unless a pronoun subject follows („Während er …“)
		// or an article that cannot follow the preposition („Während
		// ein kurzfristiger Einfluss … galt, …“, speech-news n153)
		return j+1 < l && (r.tf[j+1]&wPronoun != 0 || r.is(j+1, "ein") || r.is(j+1, "eine") || r.is(j+1, "die") || r.is(j+1, "das"))
	case r.tf[j]&wSubord != 0:
		// „Damit seien …“: an adverb before the finite verb
		return j+1 < l && r.tf[j+1]&(wFinite|wAux|wModal) == 0
	case r.tf[j]&wRelative != 0:
		return j+1 < l && !r.isCap(j+1) && !r.adjectiveBeforeNoun(j+1, l)
	case r.tf[j]&wPrep != 0:
		return j+1 < l && r.tf[j+1]&wRelative != 0 && j+2 < l && !r.isCap(j+2)
	}
	return false
}

// konjStart returns where the continuation in sentence [f, l) starts:
// f when its main clause is in Konjunktiv or has no finite verb known to
// morph, -1 when the main clause is indicative — the writer's sentence, whatever
// Konjunktiv its dependent clauses hold („Über die Frage, wer das sein
// könnte, will Kalina nicht spekulieren“; „Die erste Reaktion bestand in
// der Ankündigung, der Iran werde …“: a report of its own) — unless a
// second main clause in Konjunktiv I follows the comma after its verb:
// then that clause („…, konnte Katzian nicht bestätigen, vieles sei
// intensiv in Verhandlung“, GUIDELINES §1.2.7).
func (r *run) konjStart(f, l int) int {
	v := r.mainVerb(f, l)
	if v < 0 || r.tf[v]&(wSubj1|wSubj2) != 0 {
		return f // no main verb found (a form morph lacks: „handele“): as before
	}
	for j := v + 1; j < l && j < v+maxReach; j++ {
		r.steps++
		if r.inQ[j] >= 0 || !r.isPunctByte(j, ',') || r.tf[j-1]&(wFinite|wParticiple) == 0 || r.opensSubclause(j+1, l) {
			continue
		}
		if w := r.mainVerbFrom(j+1, f, l); w >= 0 && r.tf[w]&wSubj1 != 0 && !r.attributiveSubj1(w, j+1) {
			return j + 1
		}
		return -1
	}
	return -1
}

// quoteIndex collects the byte ranges of the QUOTE spans found so far,
// sorted by start, with the running maximum of their ends.
func (r *run) quoteIndex() (starts, maxEnd []int) {
	sc := r.scratch // the slices are reused from run to run
	ivs := sc.ivs[:0]
	for _, a := range r.atts {
		for _, q := range a.quotes {
			ivs = append(ivs, quoteIv{q.start, q.end})
		}
	}
	sortQuoteIvs(ivs)
	sc.ivs, sc.qStarts, sc.qMaxEnd = ivs, grow(sc.qStarts, len(ivs)), grow(sc.qMaxEnd, len(ivs))
	starts, maxEnd = sc.qStarts, sc.qMaxEnd
	m := 0
	for k, v := range ivs {
		starts[k] = v.a
		m = max(m, v.b)
		maxEnd[k] = m
	}
	return starts, maxEnd
}

// inQuoteSpan reports whether byte c lies inside one of the QUOTE spans
// of quoteIndex: a report made inside another speaker's reported clause
// („…, heißt es in der Erklärung, die Zusammenarbeit zeige …“).
func inQuoteSpan(starts, maxEnd []int, c int) bool {
	k := sort.SearchInts(starts, c+1) - 1 // last quote starting at or before c
	return k >= 0 && maxEnd[k] > c
}

// ownSpeaker reports an attribution with a SOURCE that is not the
// writer's first person: only a named speaker's report can go on in
// first-person sentences whose marks were lost. A report without a
// speaker (a passive, „heißt es“, generic „man“) or with „ich“/„wir“ as
// its speaker in an op-ed leaves the writer's own „ich“ and „wir“
// sentences alone.
func (r *run) ownSpeaker(a *att) bool {
	for _, x := range [2]*att{a, r.root(a)} {
		for _, s := range x.sources {
			if s.rule == ruleWonach {
				continue // „Behauptungen, wonach …“: a report noun, no speaker
			}
			k := r.tokAt(s.start)
			if k < len(r.toks) && r.tf[k]&wFirstPerson == 0 {
				return true
			}
		}
	}
	return false
}

// ownQuoteAt reports whether byte c lies in one of a's own QUOTE spans
// („Das Nutzen … sind laut Experten nicht illegal“: the whole clause).
func ownQuoteAt(a *att, c int) bool {
	for _, q := range a.quotes {
		if q.start <= c && c < q.end {
			return true
		}
	}
	return false
}

// attributiveForm reports an indicative preterite in -te/-ten before a
// capitalised word that is not its subject but an adjective before its
// noun („für durch Schneedruck beschädigte Hagelnetze seien …“), so that
// mainVerb reads on. A preterite main verb before its subject („nannte
// Müller …“) is passed over too; the verb after it decides.
func (r *run) attributiveForm(j int) bool {
	if r.tf[j]&(wSubj1|wSubj2|wAux|wModal) != 0 || j+1 >= len(r.toks) || !r.isCap(j+1) || r.inQ[j+1] >= 0 {
		return false
	}
	w := r.w(j)
	return len(w) > 4 && (w[len(w)-2:] == "te" || w[len(w)-3:] == "ten")
}

// adjectival reports a verb form with an adjective ending before a
// capitalised word: „deutsche Literatur“, „rumänische“ (read as Konjunktiv
// I of a verb in -en) are adjectives, not the main verb.
func (r *run) adjectival(j int) bool {
	if j+1 >= len(r.toks) || !r.isCap(j+1) {
		return false
	}
	w := strings.TrimRight(r.w(j), "nrs")
	w = strings.TrimSuffix(w, "e")
	for _, suf := range []string{"sch", "lich", "ig", "bar", "sam"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// adjectiveBeforeNoun reports an inflected adjective before a noun at j:
// „…, der schwierigen Situation …“ is an article, not a relative pronoun.
func (r *run) adjectiveBeforeNoun(j, l int) bool {
	if j+1 >= l || !r.isCap(j+1) || r.tf[j]&(wFinite|wAux|wModal|wPronoun|wArticle|wRelative|wPossessive|wPrep) != 0 {
		return false
	}
	w := r.w(j)
	for _, suf := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// reportedClauseReport reports an attribution whose QUOTEs follow its cue
// in its sentence, with at most one SOURCE and none in the first person
// (none at all, a pronoun, a noun phrase), right after another report
// with a QUOTE: „Er habe nur vorgeschlagen, dass …“ (gold/dev
// d006), „Bisher habe man angenommen, dass …“ (speech-news n026) report
// what the last speaker said; reportedReport then decides by the verb.
// quotedAt (quotedAtts) tells which sentences hold an attribution with a
// QUOTE.
func (r *run) reportedClauseReport(a *att, quotedAt []bool) bool {
	if len(a.sources) > 1 || a.sent < 0 || a.sent >= len(r.sent) || r.sent[a.sent].Last <= r.sent[a.sent].First || a.quotes[0].start < a.cues[0].end || a.quotes[len(a.quotes)-1].end > r.toks[r.sent[a.sent].Last-1].End {
		return false
	}
	if len(a.sources) == 1 {
		k := r.tokAt(a.sources[0].start)
		if k >= len(r.toks) || r.tf[k]&wFirstPerson != 0 {
			return false
		}
	}
	// a itself is in a.sent, so the two sentences before cannot be its own
	return a.sent >= 1 && quotedAt[a.sent-1] || a.sent >= 2 && quotedAt[a.sent-2]
}

// reportedReport reports an attribution without a QUOTE (noun-phrase
// content) in a sentence whose main verb is Konjunktiv I: a report that is
// itself reported („Demnach hatte ihn die Mutter eines Freundes gebeten.
// Sie habe ihm ein Auto versprochen.“, speech-news n013). It keeps its CUE
// and SOURCE, and the sentence still continues the last report
// (GUIDELINES §1.4.6, §1.5); it is no speaker for later sentences.
func (r *run) reportedReport(a *att, quotedAt []bool) bool {
	if len(a.cues) == 0 || a.sent < 0 || a.sent >= len(r.sent) {
		return false
	}
	if len(a.quotes) > 0 && !r.reportedClauseReport(a, quotedAt) {
		return false
	}
	se := r.sent[a.sent]
	if se.Last <= se.First {
		return false
	}
	v := r.mainVerb(se.First, se.Last)
	if v < 0 || r.tf[v]&wSubj1 == 0 || r.attributiveSubj1(v, se.First) {
		return false
	}
	// the cue is that Konjunktiv verb or its participle or infinitive
	// („habe … versprochen“), not an inverted frame of its own („…,
	// berichtete X“)
	c := a.cues[0].start
	k := r.tokAt(c)
	if k >= len(r.toks) {
		return false
	}
	if k == v {
		return true
	}
	if k < v || k > v+maxClause || r.tf[v]&(wAux|wModal) == 0 || r.tf[k]&wParticiple == 0 && r.tf[k]&wFinite != 0 && !r.clauseFinal(k) {
		return false
	}
	for j := v + 1; j < k; j++ {
		r.steps++
		if r.isPunct(j, "–—") {
			if e := r.closingDash(j, k); e > j {
				j = e // „werde die Bundesregierung – und nicht die Bank Austria – auffordern“ (speech-news n154)
				continue
			}
		}
		if r.clauseEdge(j) {
			return false // „…, berichtet der Independent“: a frame of its own
		}
	}
	return true
}

// clauseFinal reports a verb form at k that closes its clause: a
// punctuation mark or an auxiliary or modal follows („werde … auffordern,
// das zu rechtfertigen“, „habe … einschätzen können, wann …“). After a
// finite auxiliary of the same clause such a form is an infinitive.
func (r *run) clauseFinal(k int) bool {
	return k+1 >= len(r.toks) || r.isPunct(k+1, ",.;:!?–—") || r.tf[k+1]&(wAux|wModal) != 0 && !r.isCap(k+1)
}

// contEnd returns where a Konjunktiv continuation that starts at k in the
// sentence ending at l gives way to the writer's words: „und“ before an
// indicative finite verb with more words after it („Er übernehme viele
// Koordinationsaufgaben und packt an, wo Not am Mann ist“, speech-news
// n278), or a comma before an indicative main clause („Relevant sei das …
// keineswegs gewesen, zu fern schien damals die konkrete Möglichkeit …“,
// n279) — as a framed reported clause ends there (verbFinalEnd,
// GUIDELINES §1.4.2); l when there is none.
func (r *run) contEnd(k, l int) int {
	for j := k + 2; j+2 < l && j < k+maxReach; j++ {
		r.steps++
		if r.inQ[j] >= 0 {
			continue
		}
		switch {
		case (r.is(j, "und") || r.is(j, "oder")) && !r.isPunctByte(j-1, ',') && r.v1Verb(j+1, l):
			return j
		case r.isPunctByte(j, ',') && !r.opensSubclause(j+1, l) && r.tf[j+1]&wConj == 0 && r.mainBefore(k, j) && r.indicativeClause(j+1, l):
			return j
		}
	}
	return l
}

// mainBefore reports that the clause closed by the comma at j is the
// continuation's main clause from k: no subordinate clause stands between
// („Es könnte sein, dass …, schließlich verfügt die Lufthansa …“, speech-news
// n143: the speaker's reasoning goes on after a dependent clause).
func (r *run) mainBefore(k, j int) bool {
	for m := j - 1; m > k; m-- {
		if r.isPunct(m, ",;:–—") {
			return false
		}
	}
	return true
}

// indicativeClause reports a main clause from k whose finite verb is
// indicative and stands second, after one phrase (a word or a noun
// phrase), with more words after it.
func (r *run) indicativeClause(k, l int) bool {
	e := k
	for e < l && e < k+maxClause && !r.clauseEdge(e) && !r.isFinal(e) {
		e++
	}
	if !r.mainClause(k, e, false) {
		return false
	}
	v := r.mainVerbFrom(k, k, e)
	if v < 0 || v == k || v+1 >= e || r.tf[v]&(wSubj1|wSubj2) != 0 || r.isCap(v) || len(r.cues(v)) > 0 || r.attributiveForm(v) || r.adjectival(v) {
		return false
	}
	if n := r.npAfter(k, v); n != v && v-k > 2 {
		return false // more than one phrase before the verb: no verb second
	}
	return true
}
