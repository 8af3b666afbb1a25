package speech

import (
	"cmp"
	"slices"
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
)

// maxGap is how many sentences a Konjunktiv I continuation may lie after
// the last report it continues.
const maxGap = 8

// continuations adds the sentences that go on reporting the last
// speaker without a cue of their own: Konjunktiv I sentences (indirect),
// further quotes in quotation marks, and first-person sentences right
// after unmarked direct speech (direct).
func (r *run) continuations() {
	r.sortAtts()
	cov, bySent, quoted := r.sentSlices()
	qs, qe := r.quoteIndex()
	quotedAt := r.quotedAtts()
	for _, a := range r.atts {
		if r.reportedReport(a, quotedAt) {
			continue // „Sie habe ihm ein Auto versprochen“: inside the continuation
		}
		for _, l := range [][]span{a.cues, a.sources, a.quotes} {
			for _, s := range l {
				r.coverSentences(cov, s.start, s.end)
			}
		}
		for _, s := range a.quotes {
			r.coverSentences(quoted, s.start, s.end)
		}
		if a.sent >= 0 && a.sent < len(bySent) && len(a.cues)+len(a.quotes) > 0 && !r.nestedReport(a, qs, qe) {
			bySent[a.sent] = a
		}
	}
	var last *att
	lastSent := -1
	for si, se := range r.sent {
		if r.reportInContinuation(bySent[si], last, si, lastSent, quoted[si]) {
			// „Demnach hatte ihn X gebeten. Sie habe ihm ein Auto
			// versprochen.“: a report with noun-phrase content in
			// Konjunktiv I goes on with the last report's content
			if r.addQuote(last, se.First, se.Last, annotate.ModeIndirect, ruleContinuation) {
				lastSent = si
			}
			continue
		}
		if b := bySent[si]; b != nil && last != nil && !r.hasMarks && si > lastSent && si <= lastSent+2 && r.ownSpeaker(last) && r.firstPersonReport(b, se.First, se.Last) {
			// „Ich hoffe, dass da heute eine gute Lösung herauskommt.“
			// right after a named speaker's words, marks lost: the
			// speaker's own report inside their words keeps CUE and
			// SOURCE, and the sentence goes on with the speaker's QUOTE
			// (GUIDELINES §1.4.6; gold/dev d009, speech-news n135, n136)
			b.quotes = b.quotes[:0]
			f, l := se.First, se.Last
			if r.extendDirect(last, f, l) || r.addQuote(last, f, l, annotate.ModeDirect, ruleContDirect) {
				lastSent = si
			}
			continue
		}
		if bySent[si] != nil {
			last, lastSent = bySent[si], si
		}
		if cov[si] || last == nil || si-lastSent > maxGap || se.Last <= se.First {
			continue
		}
		f, l := se.First, se.Last
		switch {
		case (r.konjSentence(f, l) || si == lastSent+1 && (hasIndirect(last) || r.hasMarks) && r.subj2Sentence(f, l) && !r.firstSpeaker(f, l)) && r.konjStart(f, l) >= 0:
			k := r.labelLead(r.konjStart(f, l), l)
			if c := r.directAfterColon(k, l); c > k {
				// „Es gelte, … nicht zu vergessen: Man ist als Dirigent
				// eine Art Brücke …“: the mode changes at the colon, a
				// new QUOTE starts (GUIDELINES §1.4.5)
				if r.addQuote(last, k, c, annotate.ModeIndirect, ruleContinuation) {
					r.addQuote(last, c+1, l, annotate.ModeDirect, ruleContDirect)
					lastSent = si
				}
			} else if r.addQuote(last, k, r.contEnd(k, l), annotate.ModeIndirect, ruleContinuation) {
				lastSent = si
			}
		case r.regionStartingAt(f) >= 0 && !r.regions[r.regionStartingAt(f)].used && r.speechLike(r.regionStartingAt(f)):
			if r.addRegionQuote(last, r.regionStartingAt(f), ruleContDirect) {
				lastSent = si
			}
		case si == lastSent+1 && r.colonLead(f, l) && r.ownSpeaker(last):
			// „Denn: Derzeit sind ganz klar andere Staaten gefordert.“,
			// „Nur: …“, „Und: …“: the writer's word and colon, then the
			// speaker's next words (GUIDELINES §1.4.5, d002)
			q := r.regionStartingAt(f + 2)
			switch {
			case q >= 0 && !r.regions[q].used && r.speechLike(q):
				if r.addRegionQuote(last, q, ruleContDirect) {
					lastSent = si
				}
			case q < 0 && !r.hasMarks:
				if r.addQuote(last, f+2, l, r.modeOf(f+2, l), ruleContDirect) {
					lastSent = si
				}
			}
		case !r.hasMarks && si <= lastSent+2 && r.firstPerson(f, l) && r.ownSpeaker(last):
			if r.extendDirect(last, f, l) || r.bridgeDirect(last, si) || r.addQuote(last, r.firstAfterColon(r.labelLead(f, l), l), l, annotate.ModeDirect, ruleContDirect) {
				lastSent = si
			}
		case !r.hasMarks && si == lastSent+1 && r.reasonOpener(f, l) && r.ownSpeaker(last) && lastDirect(last):
			// „Aber man muss …“, „Denn die Kandidatur … ist …“, „Vielmehr
			// sind Ihre …“ right after the speaker's unmarked words: the
			// speaker goes on arguing (GUIDELINES §1.4.5, thirteenth round)
			if r.extendDirect(last, f, l) || r.addQuote(last, f, r.contEnd(f, l), annotate.ModeDirect, ruleContDirect) {
				lastSent = si
			}
		case !r.hasMarks && si == lastSent+1 && r.plainShort(f, l) && r.ownSpeaker(last) && r.colonDirectEnds(last, si-1):
			// a short plain sentence right after the speaker's unmarked
			// words introduced by a colon goes on with them
			if r.extendDirect(last, f, l) {
				lastSent = si
			}
		}
	}
}

// firstPersonReport reports an attribution whose SOURCE is a first-person
// subject pronoun („Ich“, „Wir“) opening sentence [f, l) and whose QUOTEs
// lie in that sentence: „Ich hoffe, dass …“, „Ich glaubte, jetzt müsste
// ich erfrieren“.
func (r *run) firstPersonReport(a *att, f, l int) bool {
	if len(a.sources) != 1 || len(a.quotes) == 0 || a.link != nil {
		return false
	}
	k := f
	if r.tf[k]&wConj != 0 {
		k++ // „Aber ich hoffe …“
	}
	if k >= l || r.toks[k].Start != a.sources[0].start || r.toks[k].End != a.sources[0].end || r.tf[k]&wFirstPerson == 0 || r.tf[k]&wPronoun == 0 {
		return false
	}
	for _, q := range a.quotes {
		if q.start < r.toks[f].Start || q.end > r.toks[l-1].End {
			return false
		}
	}
	return true
}

// directAfterColon returns the colon (or a dash before first-person words)
// in the unmarked sentence part [k, l) after which an indicative main
// clause follows a Konjunktiv one: the
// speaker's own words after their reported ones („Daher müsse man aber
// auch damit rechnen, dass …: Es ist ein Vorteil, …“, speech-news n102;
// n106, n172), or -1.
func (r *run) directAfterColon(k, l int) int {
	if r.hasMarks {
		return -1
	}
	for c := k + 2; c < l-2 && c < k+maxReach; c++ {
		r.steps++
		dash := r.isPunct(c, "–—")
		if !r.isPunctByte(c, ':') && !dash || r.conjColon(c, k) || dash && !r.firstSpeaker(c+1, l) {
			continue // (after a dash only the speaker's „ich“/„wir“ shows the change: „– Husch-Pfusch ist das Letzte, was wir brauchen“, n234)
		}
		if !r.konjSentence(k, c) || r.tf[c-1]&(wSubord|wConj) != 0 {
			return -1 // („…, weil: Fast alle sind sich einig, …“: one sentence, gold/dev d001)
		}
		v := r.mainVerb(c+1, l)
		if v < 0 || r.tf[v]&(wSubj1|wSubj2) != 0 || r.konjSentence(c+1, l) {
			return -1
		}
		for j := c + 1; j < l; j++ {
			if thirdPerson(r.w(j)) {
				return -1 // „In diesem Fall wird er erst recht ÖVP-Chef bleiben“: the writer on the speaker
			}
		}
		return c
	}
	return -1
}

// extendDirect extends an unmarked direct QUOTE of a that ends right
// before sentence [f, l), with only the sentence's final mark between, over
// that sentence: consecutive direct sentences with none of the writer's
// words between them form one QUOTE (GUIDELINES §1.4.5; speech-news n108,
// n122).
func (r *run) extendDirect(a *att, f, l int) bool {
	if f == 0 || !r.isPunct(f-1, ".!?…") {
		return false
	}
	end := r.toks[f-1].Start
	for k := range a.quotes {
		q := &a.quotes[k]
		if q.mode != annotate.ModeDirect || q.end != end || strings.IndexByte(r.text[end:r.toks[f].Start], '\n') >= 0 {
			continue
		}
		y := l
		for y > f && (r.isPunct(y-1, ".,:;!?…–—-") || r.toks[y-1].Kind == annotate.Quote) {
			y--
		}
		if y <= f {
			return false
		}
		r.mark(f, y)
		q.end = r.toks[y-1].End
		return true
	}
	return false
}

// firstAfterColon returns where a first-person continuation starts in
// [f, l): after a colon whose lead-in has no first-person word, the
// writer's („Eine Schreckensherrschaft … präsentiert sich dem Zuschauer,
// und eine Biografie des Größenwahns: Ich bin Pablo Emilio Escobar
// Gaviria.“, speech-news n239); f otherwise.
func (r *run) firstAfterColon(f, l int) int {
	for c := f + 1; c < l-1 && c < f+maxReach; c++ {
		r.steps++
		if r.tf[c]&wFirstPerson != 0 && r.inQ[c] < 0 {
			return f
		}
		if r.isPunctByte(c, ':') && r.inQ[c] < 0 && r.firstPerson(c+1, l) {
			return c + 1
		}
	}
	return f
}

// labelLead returns where a continuation sentence starting at f begins
// after a verbless label and its colon, the writer's words („Sein
// Argument: Österreich habe …“, speech-news n102; „Frühstücks
// Schlussfolgerung: Wir müssen …“, n015); f when there is none.
func (r *run) labelLead(f, l int) int {
	for c := f + 1; c < l && c <= f+6; c++ {
		if r.isPunctByte(c, ':') {
			if c+1 < l && !r.hasFiniteVerb(f, c) && r.hasFiniteVerb(c+1, l) {
				return c + 1
			}
			return f
		}
		if r.toks[c].Kind == annotate.Quote || r.isBoundary(c) {
			return f
		}
	}
	return f
}

// bridgeDirect extends an unmarked direct QUOTE of a that ends sentence
// si-2 over an indicative sentence si-1 without spans and over the
// first-person sentence si: a sentence between two of the speaker's own is
// theirs (GUIDELINES §1.5: „Wir wissen, dass … Das ist brandgefährlich,
// denn das passiert in Europa. Wir brauchen aber einen Islam europäischer
// Prägung“, speech-news n135).
func (r *run) bridgeDirect(a *att, si int) bool {
	if si < 2 {
		return false
	}
	mid := r.sent[si-1]
	f, l := mid.First, mid.Last
	if l <= f || r.paraSt[f] || r.paraSt[r.sent[si].First] || r.covered(f, l) || r.konjSentence(f, l) || r.afterDateline(f) != f {
		return false
	}
	if !r.extendDirect(a, f, l) {
		return false
	}
	return r.extendDirect(a, r.sent[si].First, r.sent[si].Last)
}

// colonDirectEnds reports a direct QUOTE of a after a cue and its colon
// that ends sentence si („Der Oberst sagte: Wir haben … Dies ist keine
// Grauzone.“); a colon frame without a cue („Kiew: …“) heads the
// writer's text.
func (r *run) colonDirectEnds(a *att, si int) bool {
	se := r.sent[si]
	end := r.toks[se.Last-1].Start
	for _, q := range a.quotes {
		if q.mode != annotate.ModeDirect || q.end > end || q.end < r.toks[se.First].Start || q.rule == ruleColon || len(a.cues) == 0 {
			continue
		}
		k := r.tokAt(q.start)
		if k > 0 && r.isPunctByte(k-1, ':') {
			return true
		}
	}
	return false
}

// colonLead reports a sentence [f, l) that opens with one conjunction or
// adverb and a colon („Denn:“, „Nur:“, „Und:“) before a clause.
func (r *run) colonLead(f, l int) bool {
	return l-f > 3 && r.isPunctByte(f+1, ':') && r.isWord(f) && r.tf[f]&(wConj|wAdverb) != 0 && r.hasFinite(f+2, l)
}

// nestedReport reports an attribution whose cue stands inside quotation
// marks or inside another report's QUOTE (qs, qe: quoteIndex) without a
// quote of its own: a report inside another speaker's words („„Wir sind
// überzeugt, dass …“, sagte er“; „…, heißt es, die Zusammenarbeit zeige,
// dass …“). The sentences after it continue the outer speaker, not the
// inner one.
func (r *run) nestedReport(a *att, qs, qe []int) bool {
	if len(a.cues) == 0 {
		return false
	}
	c := a.cues[0].start
	if inQuoteSpan(qs, qe, c) && !ownQuoteAt(a, c) {
		return true // its own quote, if any, is inside the outer one and lost to it
	}
	if len(a.quotes) > 0 {
		return false
	}
	k := r.tokAt(c)
	return k < len(r.toks) && r.inQ[k] >= 0
}

func hasIndirect(a *att) bool {
	for _, q := range a.quotes {
		if q.mode == annotate.ModeIndirect {
			return true
		}
	}
	return false
}

// subj2Sentence reports a sentence whose first finite verb outside
// quotation marks is Konjunktiv II („Die Verantwortlichen müssten …“):
// right after indirect speech it goes on reporting.
func (r *run) subj2Sentence(f, l int) bool {
	if r.tf[f]&(wSubord|wWh) != 0 && r.opensSubclause(f, l) {
		// a fronted adverbial clause: the main clause's verb decides
		// („Während ein kurzfristiger Einfluss als unwahrscheinlich galt,
		// wären langfristige Effekte als wahrscheinlich angesehen worden“,
		// speech-news n153)
		if v := r.mainVerb(f, l); v >= 0 {
			return r.tf[v]&wSubj2 != 0 && !strings.HasPrefix(strings.ToLower(r.w(v)), "möcht")
		}
	}
	for j := f; j < l && j < f+8; j++ {
		if r.inQ[j] >= 0 {
			continue
		}
		if r.tf[j]&wFinite != 0 && !r.isCap(j) || r.tf[j]&(wAux|wModal) != 0 {
			// „möchte“ is used as a present tense („Im Tobelhaus möchte
			// man nun … aufnehmen“): the writer's words
			return r.tf[j]&wSubj2 != 0 && !strings.HasPrefix(strings.ToLower(r.w(j)), "möcht")
		}
	}
	return false
}

// konjSentence reports a sentence whose finite verb outside quotation
// marks is in Konjunktiv I (not „es sei denn“, „sei es“).
func (r *run) konjSentence(f, l int) bool {
	tf := r.tf
	for j := f; j < l; j++ {
		for j < l && tf[j]&wSubj1 == 0 { // (most words)
			j++
		}
		if j == l {
			r.steps += l - f
			return false
		}
		if r.inQ[j] >= 0 || r.isCap(j) && j != f {
			continue
		}
		if r.lower(j, "sei") && (r.is(j+1, "denn") || r.is(j+1, "es") && (j == f || r.isPunctByte(j-1, ',')) || r.is(j-1, "Gott")) {
			continue
		}
		if r.attributiveSubj1(j, f) {
			continue // „Täglich werden deutsche Regierungsnetze …“: an adjective
		}
		// the tokens looked at, not the sentence's length: it stops at
		// the first verb
		r.steps += j + 1 - f
		return true
	}
	r.steps += max(l-f, 0)
	return false
}

// attributiveSubj1 reports a Konjunktiv I form at j that is an adjective
// before its noun: after a finite verb, a determiner or a preposition and
// before a capitalised word („werden deutsche Regierungsnetze“, „drohen
// lange Gefängnisstrafen“: deutschen, langen). A verb in that place has
// its subject before it („die Regierung habe Fehler gemacht“).
func (r *run) attributiveSubj1(j, f int) bool {
	if j <= f || j+1 >= len(r.toks) || !r.isCap(j+1) || r.inQ[j+1] >= 0 {
		return false
	}
	// (an article opening the sentence is capitalised: „Keine klare Aussage
	// … gab es“, speech-news n168)
	return r.tf[j-1]&(wFinite|wArticle|wPossessive|wPrep) != 0 && (!r.isCap(j-1) || j-1 == f && r.tf[j-1]&wArticle != 0 && r.tf[j]&(wAux|wModal) == 0) || r.participleStem(j) // „so genannte Nationale …“
}

// firstPerson reports a first-person word („ich“, „wir“, „unser“ …) in [f, l).
func (r *run) firstPerson(f, l int) bool { return r.anyFlag(f, l, wFirstPerson) }

// coverSentences marks the sentences that bytes [a, b) touch.
func (r *run) coverSentences(cov []bool, a, b int) {
	sent := r.sent
	i, hi := 0, len(sent) // the first sentence that ends after a (sort.Search written out)
	for i < hi {
		if m := int(uint(i+hi) >> 1); sent[m].End > a {
			hi = m
		} else {
			i = m + 1
		}
	}
	for ; i < len(sent) && sent[i].Start < b; i++ {
		r.steps++
		cov[i] = true
	}
}

// covered reports whether tokens [x, y) overlap a span found so far.
func (r *run) covered(x, y int) bool {
	r.steps += y - x
	for j := x; j < y; j++ {
		if r.cov[j] {
			return true
		}
	}
	return false
}

type ref struct {
	s *span
	a *att
}

// emit resolves overlaps between spans of one label, merges attributions
// that share a SOURCE span, numbers the attributions and appends the
// spans to the document.
func (r *run) emit() {
	all := r.scratch.refs[:0]
	for _, a := range r.atts {
		r.thirdPersonSpeaker(a)
		for _, l := range [][]span{a.cues, a.sources, a.quotes} {
			for k := range l {
				all = append(all, ref{&l[k], a})
			}
		}
	}
	slices.SortStableFunc(all, func(x, y ref) int {
		p, q := x.s, y.s
		if c := cmp.Compare(p.start, q.start); c != 0 {
			return c
		}
		if c := cmp.Compare(q.end, p.end); c != 0 {
			return c
		}
		return strings.Compare(p.label, q.label)
	})
	for _, label := range []string{annotate.LabelQuote, annotate.LabelCue, annotate.LabelSource} {
		var prev *ref
		for k := range all {
			x := &all[k]
			if x.s.label != label || x.s.dropped {
				continue
			}
			if prev != nil && x.s.start < prev.s.end {
				if label == annotate.LabelSource && x.s.start == prev.s.start && x.s.end == prev.s.end && r.root(x.a) != r.root(prev.a) {
					r.root(x.a).link = r.root(prev.a) // one speaker, coordinated cues
				}
				if x.s.end-x.s.start > prev.s.end-prev.s.start ||
					x.s.start == prev.s.start && x.s.end == prev.s.end && hostRank(prev.s.rule) < hostRank(x.s.rule) {
					// (a clause that is another report's QUOTE leaves the
					// wie-frame only CUE + SOURCE, GUIDELINES §1.4.2, and so
					// a laut- or nach-phrase inside it, §1.4.6: „So konnte
					// er nach eigenen Angaben … zugreifen, sagte er NBC“,
					// speech-news n207)
					prev.s.dropped = true
					prev = x
				} else {
					x.s.dropped = true
				}
				continue
			}
			prev = x
		}
	}
	// the spans are appended to the document and sorted there (no copy)
	base := len(r.doc.Spans)
	ids := 0
	for _, x := range all {
		if x.s.dropped {
			continue
		}
		a := r.root(x.a)
		if a.id == 0 {
			ids++
			a.id = ids
		}
		r.doc.Spans = append(r.doc.Spans, annotate.Span{Label: x.s.label, Start: x.s.start, End: x.s.end,
			Lemma: x.s.lemma, Mode: x.s.mode, Attribution: a.id, Rule: x.s.rule})
	}
	out := r.doc.Spans[base:]
	// ids follow the (start, end, label) order of each attribution's first span
	slices.SortStableFunc(out, func(p, q annotate.Span) int {
		if c := cmp.Compare(p.Start, q.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(p.End, q.End); c != 0 {
			return c
		}
		return strings.Compare(p.Label, q.Label)
	})
	renum := grow(r.scratch.ids, ids+1) // id → new id, 0: not yet numbered
	n := 0
	for k := range out {
		id := out[k].Attribution
		if renum[id] == 0 {
			n++
			renum[id] = n
		}
		out[k].Attribution = renum[id]
	}
	r.scratch.ids = renum
	clear(all) // drop the pointers into this run
	r.scratch.refs = all[:0]
}

// hostRank ranks the rules of two QUOTEs over the same clause: the
// host clause of a wie-frame (0) gives way to that of a cue phrase (laut,
// zufolge, nach Angaben: 1), and that to any other frame (2).
func hostRank(rule string) int {
	switch rule {
	case ruleWie:
		return 0
	case rulePrep, ruleNach:
		return 1
	}
	return 2
}

// root returns the attribution that a's chain of links ends in (the one
// whose id a's spans take). It points every attribution on the way at it,
// so that a chain of „Demnach“ sentences, each continuing the one before,
// is walked once and not once per sentence.
func (r *run) root(a *att) *att {
	x := a
	for x.link != nil {
		r.steps++
		x = x.link
	}
	for a.link != nil && a.link != x {
		a, a.link = a.link, x
	}
	return x
}

// reasonOpener reports a statement [f, l) that opens with „Aber“, „Denn“
// or „Vielmehr“ before its finite verb or subject and ends in a full stop
// or an exclamation mark (not a question, the writer's „Aber will X
// überhaupt?“): after a speaker's unmarked words it goes on with their
// argument (speech-news n121, n206, n265).
func (r *run) reasonOpener(f, l int) bool {
	if l-f < 4 || r.inQ[f] >= 0 || !(r.w(f) == "Aber" || r.w(f) == "Denn" || r.w(f) == "Vielmehr") || r.isPunct(f+1, ",:") {
		return false
	}
	return !r.isPunctByte(l-1, '?') && !r.konjSentence(f, l) && !r.subj2Sentence(f, l)
}

// lastDirect reports an attribution whose last QUOTE is direct.
func lastDirect(a *att) bool {
	return len(a.quotes) > 0 && a.quotes[len(a.quotes)-1].mode == annotate.ModeDirect
}
