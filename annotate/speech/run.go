package speech

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
)

// run is the scratch state of one Annotate call.
type run struct {
	s    *Stage
	doc  *annotate.Document
	text string
	toks []annotate.Token
	sent []annotate.Sentence

	tf        []wflags    // per token: word classes
	info      []*wordInfo // per token: lexicon entry of the word, or nil
	cov       []bool      // per token: inside a span found so far
	inSrc     []bool      // per token: inside a SOURCE found so far
	pb        []byte      // per token: the byte of a one-byte ASCII punctuation token, punctOther for other punctuation, else 0
	pc        []uint8     // per token: pcFinal, pcBoundary, pcEdge (isFinal, isBoundary, clauseEdge)
	sentOf    []int32     // per token: sentence index
	inQ       []int32     // per token: quote region index, -1 outside
	paraSt    []bool      // per token: first token of a paragraph
	marks     []int       // the quotation marks and paragraph starts (quotes), from classify
	colons    []int32     // the colons (run.pb ':'), in token order, from classify (colonIn)
	colonAt   int         // colonIn: the index in colons of the first colon at or after the last call's start
	lastColon int         // the last colon's token, -1 without one (colonIn)
	trig      []bool      // per token: a word the frames start from (wordInfo.trigger)
	trigs     []int32     // the tokens with trig set, in order: trigs[:nTrig] (frames)
	nTrig     int
	trigAt    int // nextTrigger: the index in trigs of the next trigger

	scratch *scratch // the slices above, from the stage's pool

	// marked logs every mark the frames set (a run of tokens that came
	// into cov or inSrc, a region that came into use), so that
	// attributions dropped after they were built give their marks back
	// (dropAtts).
	marked []markLog

	regions  []region
	atts     []*att
	nAtt     int  // attributions handed out by att
	joined   int  // the particle token of the verb being placed („bekannt gab“), or -1
	hasMarks bool // the document pairs quotation marks around at least one utterance (not only names)
	allWords bool // tests: frames tries every word, not only the triggers (TestTriggers)
	steps    int  // tokens looked at by the scanning helpers (TestLinearWork)

	purpose purposeMemo // purposeComma's last answer (frames.go)
}

// region is a paired quotation: the marks at tokens open and close
// (close == -1 when the quote runs to the paragraph end), the quoted
// words at tokens [first, last).
type region struct {
	open, close int
	first, last int
	used        bool
}

// att is one attribution under construction.
type att struct {
	cues    []span
	sources []span
	quotes  []span
	sent    int  // sentence of the cue (or first span)
	link    *att // the attribution this one continues („demnach“), or nil
	id      int  // the attribution id given by emit, 0 before
}

// span is a labelled byte range.
type span struct {
	label      string
	start, end int
	lemma      string
	mode       string
	rule       string
	dropped    bool // lost to an overlapping span of its label (emit)
}

func newRun(s *Stage, doc *annotate.Document) *run {
	n := len(doc.Tokens)
	sc, _ := s.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	r := &sc.run
	*r = run{s: s, doc: doc, text: doc.Text, toks: doc.Tokens, sent: sentences(doc.Sentences, doc.Tokens), joined: -1,
		scratch: sc, atts: sc.atts[:0], regions: sc.regions[:0], marked: sc.marked[:0]}
	sc.ints = resize(sc.ints, 2*n) // (inQ and sentOf are set below, every element)
	r.sentOf, r.inQ = sc.ints[:n], sc.ints[n:2*n]
	sc.tf = grow(sc.tf, n)
	r.tf = sc.tf[:n]
	sc.info = grow(sc.info, n)
	r.info = sc.info[:n]
	sc.bools = grow(sc.bools, 4*n)
	r.paraSt, r.cov, r.inSrc, r.trig = sc.bools[:n], sc.bools[n:2*n], sc.bools[2*n:3*n], sc.bools[3*n:4*n]
	sc.pb = grow(sc.pb, 2*n)
	r.pb, r.pc = sc.pb[:n], sc.pb[n:2*n]
	if len(sc.words.slots) == 0 {
		sc.words.reset(wordCacheMin) // classify probes the table without lookup
	}
	fill(r.inQ, -1)
	sentOf := r.sentOf
	for si, se := range r.sent {
		if f, l := se.First, min(se.Last, n); f < l {
			for k, seg := 0, sentOf[f:l]; k < len(seg); k++ {
				seg[k] = int32(si)
			}
		}
	}
	r.classify()
	return r
}

// sentences returns sents when they cut the tokens into consecutive
// sentences (in order, the first from token 0, each from the last one's
// end, the last to the end; empty ones may come between), which the steps
// rely on (every token has a sentence, every bound is a token index).
// Other lists — none (a user's tokenizer that returns no sentences),
// gaps, overlaps, bounds out of range — are repaired: each sentence keeps
// the tokens after the previous one's end, the tokens in a gap and after
// the last sentence form a sentence of their own.
func sentences(sents []annotate.Sentence, toks []annotate.Token) []annotate.Sentence {
	n, at, ok := len(toks), 0, true
	for _, se := range sents {
		if se.First != at || se.Last < se.First || se.Last > n {
			ok = false
			break
		}
		at = se.Last
	}
	if ok && at == n {
		return sents
	}
	out := make([]annotate.Sentence, 0, len(sents)+1)
	add := func(f, l int) {
		if f < l {
			out = append(out, annotate.Sentence{Start: toks[f].Start, End: toks[l-1].End, First: f, Last: l})
		}
	}
	at = 0
	for _, se := range sents {
		f, l := max(se.First, at), min(se.Last, n)
		if f >= l {
			continue
		}
		add(at, f) // a gap before the sentence
		add(f, l)
		at = l
	}
	add(at, n)
	return out
}

// classify fills the per-token slices paraSt, pb, pc, info, tf and trig:
// the paragraph starts, the punctuation bytes and classes and the words'
// entries and classes (from the scratch state's word cache).
//
// Its loops over the tokens keep few values live and make no call on
// their common path (Go keeps no register across a call, and a value
// live across one is stored at every step): every token's classes, then
// the words. What is rare — paragraph starts, quotation marks, colons,
// sentence starts — is found and handled from lists.
func (r *run) classify() {
	paras := r.scratch.paras[:0]
	if r.classifyTokens() {
		paras = paraStartsInOrder(r.text, r.toks, r.paraSt, paras)
	} else {
		paras = paraStartsScan(r.text, r.toks, r.paraSt, paras)
	}
	r.scratch.paras = paras
	r.marksAndUnits()
	r.unitStarts()
	r.classifyWords()
}

// paraStartsInOrder is paraStarts for tokens in text order (each starts
// at or after the end of the one before), which classify learns from
// classifyTokens.
func paraStartsInOrder(text string, toks []annotate.Token, paraSt []bool, paras []int32) []int32 {
	if len(toks) == 0 {
		return paras
	}
	paraSt[0] = true
	paras = append(paras, 0)
	lo := 0 // the tokens before lo start at or before the last newline
	for p := newlineFrom(text, 0); p < len(text); {
		hi := len(toks)
		for lo < hi { // the first token that starts after p
			if m := int(uint(lo+hi) >> 1); toks[m].Start <= p {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo == len(toks) {
			return paras
		}
		if lo > 0 && toks[lo-1].End > p {
			p = newlineFrom(text, p+1) // a newline inside token lo-1
			continue
		}
		if lo > 0 { // (the first token is marked already)
			paraSt[lo] = true
			paras = append(paras, int32(lo))
		}
		p = newlineFrom(text, toks[lo].Start)
	}
	return paras
}

// paraStartsScan is paraStarts for tokens in any order: a token starts a
// paragraph when the first newline after the end of the last token that
// had one before its end comes before its start.
func paraStartsScan(text string, toks []annotate.Token, paraSt []bool, paras []int32) []int32 {
	nl := newlineFrom(text, 0) // the first newline after the previous token
	for i := range toks {
		t := &toks[i]
		paraSt[i] = i == 0 || nl < t.Start
		if paraSt[i] {
			paras = append(paras, int32(i))
		}
		if nl < t.End {
			nl = newlineFrom(text, t.End)
		}
	}
	return paras
}

// pcUnit is a private bit of run.pc that classify sets and reads: a token
// that opens a sentence, a paragraph, follows a quotation mark or a colon
// (where a verb may be capitalised).
const pcUnit uint8 = 1 << 7

// classifyTokens fills pb and pc (but pcUnit) and lists the quotation
// marks and colons, which are rare, in run.scratch.events. It reports
// whether the tokens are in text order (each starts at or after the end
// of the one before; paraStarts). Its loop keeps few values live and
// makes no call on its common path.
func (r *run) classifyTokens() (inOrder bool) {
	text, toks := r.text, r.toks
	n := len(toks)
	pb, pc := r.pb[:n], r.pc[:n]
	ev := r.scratch.events
	if cap(ev) < n {
		ev = make([]int32, n)
	}
	ev = ev[:n]
	k := 0
	inOrder, prevEnd := true, math.MinInt
	for i := range toks {
		t := &toks[i]
		start, end := t.Start, t.End
		if start < prevEnd {
			inOrder = false
		}
		prevEnd = end
		var c uint8
		switch t.Kind {
		case annotate.Punct:
			b := byte(punctOther)
			if end-start == 1 {
				if x := text[start]; x != 0 && x < utf8.RuneSelf {
					b = x
				}
			}
			pb[i] = b
			c = punctClass(b, text[start:end])
			if b == ':' {
				ev[k] = int32(i)
				k++
			}
		case annotate.Quote:
			c = pcBoundary | pcEdge
			ev[k] = int32(i)
			k++
		case annotate.Word, annotate.Abbrev, annotate.Number, annotate.Ordinal:
			if start >= end {
				// an empty token (a tokenizer of the library's user): no letter
			} else if x := text[start]; x < utf8.RuneSelf {
				if 'A' <= x && x <= 'Z' {
					c = pcCap
				}
			} else if isUpperRuneStart(text[start:end]) {
				c = pcCap
			}
		}
		pc[i] = c
	}
	r.scratch.events = ev[:k]
	return inOrder
}

// marksAndUnits collects the quotation marks and paragraph starts in
// token order (run.marks) and the colons (run.colons), and sets pcUnit
// on the first token, the paragraph starts and the tokens after a
// quotation mark or colon, from the lists of classifyTokens and
// paraStarts.
func (r *run) marksAndUnits() {
	sc, n, pc := r.scratch, len(r.toks), r.pc
	paras, ev := sc.paras, sc.events
	marks, colons := sc.marks[:0], sc.colons[:0]
	if n > 0 {
		pc[0] |= pcUnit
	}
	for _, p := range paras {
		pc[p] |= pcUnit
	}
	for _, e := range ev {
		if int(e)+1 < n {
			pc[e+1] |= pcUnit
		}
		if r.pb[e] == ':' {
			colons = append(colons, e)
			continue
		}
		// a quotation mark: after the paragraph starts before it
		for len(paras) > 0 && paras[0] <= e {
			if paras[0] < e {
				marks = append(marks, int(paras[0]))
			}
			paras = paras[1:]
		}
		marks = append(marks, int(e))
	}
	for _, p := range paras {
		marks = append(marks, int(p))
	}
	r.marks, sc.marks = marks, marks
	r.colons, sc.colons = colons, colons
	r.lastColon = -1
	if len(colons) > 0 {
		r.lastColon = int(colons[len(colons)-1])
	}
}

// colonIn reports a colon among the tokens [a, b): the scans for a colon
// frame skip the sentences without one. The index of the first colon at
// or after a is kept for the next call (run.colonAt): the scans go
// through the sentences in order, so it mostly holds for the next
// sentence too, and a binary search finds it otherwise. It is small
// enough to be inlined: a range after the last colon (every range of a
// document without one) is answered without a call.
func (r *run) colonIn(a, b int) bool {
	return a <= r.lastColon && r.colonFrom(a, b)
}

// colonFrom is colonIn for a range that does not start after the last
// colon.
func (r *run) colonFrom(a, b int) bool {
	c, k := r.colons, r.colonAt
	if k > len(c) || k > 0 && int(c[k-1]) >= a || k < len(c) && int(c[k]) < a {
		k, _ = slices.BinarySearch(c, int32(max(a, 0)))
		r.colonAt = k
	}
	return k < len(c) && int(c[k]) < b
}

// unitStarts sets pcUnit on the first token of each sentence (the
// sentence that newRun gave the token).
func (r *run) unitStarts() {
	for si, se := range r.sent {
		if f := se.First; uint(f) < uint(len(r.pc)) && r.sentOf[f] == int32(si) {
			r.pc[f] |= pcUnit
		}
	}
}

// classifyWords fills info, tf and trig of the word tokens. A word of one
// to sixteen bytes found in the first slot of the word cache, with its
// classes known, is classified here; every other word in classifyWord.
func (r *run) classifyWords() {
	text, toks := r.text, r.toks
	n := len(toks)
	pc, info, tf := r.pc[:n], r.info[:n], r.tf[:n]
	g, c := r.s.g, &r.scratch.words
	if cap(r.scratch.trigs) < n {
		r.scratch.trigs = make([]int32, n)
	}
	r.trigs, r.nTrig = r.scratch.trigs[:n], 0
	for i := range toks {
		t := &toks[i]
		kind := t.Kind
		if kind != annotate.Word && kind != annotate.Abbrev {
			continue
		}
		start, end := t.Start, t.End
		m := end - start
		if uint(m-1) >= 16 || end+8 > len(text) {
			// empty, longer than sixteen bytes, or too near the end of
			// the text for the eight-byte loads below
			r.classifyWord(i)
			continue
		}
		// wordKey written out for a word of one to sixteen bytes: its
		// first eight bytes and the next eight, zero-padded (the loads
		// stay inside text, checked above; a shift by (64 - 8m) & 63
		// needs no guard for shifts of 64 bits or more)
		head := le64(text[start : start+8])
		var tail uint64
		h := g.hashSeed ^ uint64(m)
		if m <= 8 {
			head &= ^uint64(0) >> ((64 - 8*uint(m)) & 63)
			h = mix(head^hashM1, h)
		} else {
			tail = le64(text[start+8:start+16]) & (^uint64(0) >> ((128 - 8*uint(m)) & 63))
			h = mix(mix(head^hashM1, h)^hashM1, tail^hashM2)
		}
		// verbs are written in lower case except at the start of a
		// sentence, a quote or a colon frame („äußerte“ is lower
		// case); closed-class words are no verbs
		upper := pc[i]&pcCap != 0
		verb := kind == annotate.Word && (!upper || pc[i]&pcUnit != 0)
		if !g.maybeInfo(h) && (!verb || !upper && !g.maybeVerbHash(h)) {
			// not in the lexicons, and a noun or name, or a lower-case
			// word that is no verb form: no classes (verbFlags asks
			// the verb filter of a lower-case word too)
			continue
		}
		e := &c.slots[h&uint64(len(c.slots)-1)]
		if e.head != head || int(e.len) != m || e.bits == 0 ||
			m > 8 && c.tail8(e) != tail ||
			verb && e.bits&(slotClosed|slotVerb) == 0 {
			r.classifyWord(i)
			continue
		}
		f := e.flags
		if verb && e.bits&slotClosed == 0 {
			f |= e.verb
		}
		if f&wSubj1 != 0 {
			r.classifyWord(i)
			continue
		}
		if e.info != 0 {
			info[i] = &g.infos[e.info-1]
			if e.bits&slotTrigger != 0 {
				r.addTrigger(i)
			}
		}
		tf[i] = f
	}
}

// classifyWord fills info, tf and trig of word token i (classifyWords'
// slow path: a word the cache has to look up or to ask morph about).
func (r *run) classifyWord(i int) {
	g, c := r.s.g, &r.scratch.words
	w := r.w(i)
	head, h := wordKey(g.hashSeed, w)
	upper := r.pc[i]&pcCap != 0
	verb := r.toks[i].Kind == annotate.Word && (!upper || r.pc[i]&pcUnit != 0)
	if !g.maybeInfo(h) && (!verb || !upper && !g.maybeVerbHash(h)) {
		return
	}
	e := c.lookup(g, w, head, h)
	if e.info != 0 {
		r.info[i] = &g.infos[e.info-1]
		if e.bits&slotTrigger != 0 {
			r.addTrigger(i)
		}
	}
	f := e.flags
	if verb && e.bits&slotClosed == 0 {
		f |= c.verbOf(g, e, w)
	}
	if f&wSubj1 != 0 {
		f = r.personalForm(i, f)
	}
	r.tf[i] = f
}

// addTrigger marks word i as a trigger (run.trig, run.trigs).
func (r *run) addTrigger(i int) {
	r.trig[i] = true
	r.trigs[r.nTrig] = int32(i)
	r.nTrig++
}

// personalForm clears the Konjunktiv I reading (in f) of a verb at i
// whose form is also the first person singular indicative when „ich“
// stands next to it („Ich glaube, …“, „Das hoffe ich“: not reported
// speech; „ich sei“ stays), and of a verb right after a comparative „als“
// („als lege er nur eine Pause ein“: unreal comparison, not a report).
// classify calls it for each word with that reading.
func (r *run) personalForm(i int, f wflags) wflags {
	// (maybeLower first: no call for most words)
	if r.maybeLower(i-1, "als") && r.lower(i-1, "als") ||
		!(r.maybeLower(i, "sei") && r.lower(i, "sei")) && (r.maybeLower(i-1, "ich") && r.lower(i-1, "ich") || r.maybeLower(i+1, "ich") && r.lower(i+1, "ich")) {
		return f &^ wSubj1
	}
	return f
}

// scratch holds the per-token slices of a run, reused across documents
// through Stage.pool (no per-document allocation of the big slices).
type scratch struct {
	ints   []int32
	tf     []wflags
	info   []*wordInfo
	bools  []bool
	pb     []byte
	words  wordCache
	marks  []int   // run.marks
	colons []int32 // run.colons
	paras  []int32 // the paragraph starts (paraStarts)
	events []int32 // the quotation marks and colons (classifyTokens)
	trigs  []int32 // run.trigs
	turns  []turn  // interviewTurns
	refs   []ref   // emit's spans
	ids    []int   // emit's attribution ids

	marked  []markLog // run.marked
	run     run       // the run itself (newRun)
	atts    []*att    // run.atts
	regions []region  // run.regions
	attPool []*att    // run.att hands out attPool[:run.nAtt]
	sentCov []bool    // per sentence (sentSlices)
	sentAtt []*att    // per sentence (sentSlices)
	sentQuo []bool    // per sentence (sentSlices)
	attQuo  []bool    // per sentence: an attribution of it has a QUOTE (quotedAtts)
	ivs     []quoteIv // quoteIndex
	qStarts []int     // quoteIndex
	qMaxEnd []int     // quoteIndex

	closing [maxClause]int32 // particlesFound's closing words (no array to clear per verb)
}

// quoteIv is the byte range [a, b) of a QUOTE span (quoteIndex).
type quoteIv struct{ a, b int }

// sortQuoteIvs sorts ivs by start. It makes the comparisons and swaps
// sort.Slice made before (both are the same pattern-defeating quicksort),
// so ranges with one start keep their order, without sort.Slice's
// allocations.
func sortQuoteIvs(ivs []quoteIv) {
	slices.SortFunc(ivs, func(x, y quoteIv) int { return cmp.Compare(x.a, y.a) })
}

// sentSlices returns three zeroed slices with one element per sentence,
// from the scratch state (continuations): covered, its report, quoted.
func (r *run) sentSlices() ([]bool, []*att, []bool) {
	sc := r.scratch
	n := len(r.sent)
	sc.sentCov, sc.sentAtt, sc.sentQuo = grow(sc.sentCov, n), grow(sc.sentAtt, n), grow(sc.sentQuo, n)
	return sc.sentCov, sc.sentAtt, sc.sentQuo
}

// quotedAtts marks, per sentence, whether an attribution of that sentence
// has a QUOTE: one walk over the attributions, so that each can ask about
// the sentences before it in constant time.
func (r *run) quotedAtts() []bool {
	sc := r.scratch
	sc.attQuo = grow(sc.attQuo, len(r.sent))
	for _, a := range r.atts {
		if len(a.quotes) > 0 && a.sent >= 0 && a.sent < len(sc.attQuo) {
			sc.attQuo[a.sent] = true
		}
	}
	return sc.attQuo
}

// fill sets every element of s to v: one element, then copies of the
// part already filled, doubling it (copy moves whole blocks of bytes,
// where a loop stores one element per step).
func fill[T any](s []T, v T) {
	if len(s) == 0 {
		return
	}
	s[0] = v
	for k := 1; k < len(s); k *= 2 {
		copy(s[k:], s[:k])
	}
}

// resize returns s with length n, its elements as they were: for a slice
// whose every element the caller sets.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// grow returns s with length n and every element zero.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// release returns the scratch slices to the pool; the run must not be
// used afterwards.
func (r *run) release() {
	sc, pool := r.scratch, &r.s.pool
	clear(r.atts)
	clear(sc.sentAtt)
	sc.atts, sc.regions, sc.marked = r.atts[:0], r.regions[:0], r.marked[:0]
	*r = run{} // drop the document
	pool.Put(sc)
}

// att returns a new attribution of sentence sent. Attributions are
// reused from run to run (with the capacity of their span slices), so a
// document allocates none once the pool has warmed up.
func (r *run) att(sent int) *att {
	sc := r.scratch
	if r.nAtt == len(sc.attPool) {
		sc.attPool = append(sc.attPool, &att{})
	}
	a := sc.attPool[r.nAtt]
	r.nAtt++
	*a = att{cues: a.cues[:0], sources: a.sources[:0], quotes: a.quotes[:0], sent: sent}
	return a
}

// adverb reports a frame adverb at token j (grammar.isAdverb): for a word
// from the classes classify gave it, without a lookup.
func (r *run) adverb(j int) bool {
	if k := r.toks[j].Kind; k == annotate.Word || k == annotate.Abbrev {
		return r.tf[j]&wAdverb != 0
	}
	return r.s.g.isAdverb(r.w(j))
}

// isUpperStart reports a word whose first letter is upper case (false
// for an empty word, which a user's tokenizer may make).
func isUpperStart(w string) bool {
	if w == "" || w[0] >= utf8.RuneSelf {
		return isUpperRuneStart(w)
	}
	return w[0]-'A' <= 'Z'-'A' // byte arithmetic: below 'A' wraps round
}

// isUpperRuneStart is isUpperStart for a word starting with a multi-byte
// rune (kept apart so that isUpperStart is inlined).
func isUpperRuneStart(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}

// newlineFrom returns the position of the first newline in text at or
// after byte from, or len(text).
func newlineFrom(text string, from int) int {
	if k := strings.IndexByte(text[from:], '\n'); k >= 0 {
		return from + k
	}
	return len(text)
}

// particleReading reports a reading of word i in morph as a separable
// verb with particle p („fand“: stattfinden, p = „statt“).
func (r *run) particleReading(i int, p string) bool {
	if in := r.info[i]; in != nil && len(in.cues) > 0 {
		return slices.Contains(in.particles, p)
	}
	for _, an := range r.s.g.t.Analyze(r.w(i)) {
		if an.Particle != "" && p == an.Particle {
			return true
		}
	}
	return false
}

// cues returns the cue forms of token i.
func (r *run) cues(i int) []cueForm {
	if in := r.info[i]; in != nil {
		return in.cues
	}
	return nil
}

// w returns the text of token i.
// The rules look at neighbours of a token without checking that there is
// one; outside the document w is "" and isWord and isCap are false.
func (r *run) w(i int) string {
	if uint(i) >= uint(len(r.toks)) {
		return ""
	}
	t := r.toks[i]
	return r.text[t.Start:t.End]
}

func (r *run) isWord(i int) bool {
	if uint(i) >= uint(len(r.toks)) {
		return false
	}
	k := r.toks[i].Kind
	return k == annotate.Word || k == annotate.Abbrev || k == annotate.Number || k == annotate.Ordinal
}

// isCap reports a word token starting with an upper-case letter (set by
// classify).
func (r *run) isCap(i int) bool { return uint(i) < uint(len(r.pc)) && r.pc[i]&pcCap != 0 }

func (r *run) is(i int, s string) bool {
	if uint(i) >= uint(len(r.toks)) {
		return false
	}
	t := r.toks[i]
	return t.End-t.Start == len(s) && r.text[t.Start:t.End] == s
}

// punctOther is run.pb of a punctuation token that is not one ASCII byte.
const punctOther = 0xff

// isPunct reports a punctuation token equal to one of the bytes in set.
// It is small enough to be inlined: a word is answered from run.pb.
func (r *run) isPunct(i int, set string) bool {
	return uint(i) < uint(len(r.pb)) && r.pb[i] != 0 && r.punctIn(i, set)
}

// isPunctByte is isPunct for a set of one ASCII byte b other than NUL
// („,“, „:“): run.pb holds that byte for such a token and never for
// another, so the test is one comparison, inlined without a call.
func (r *run) isPunctByte(i int, b byte) bool {
	return uint(i) < uint(len(r.pb)) && r.pb[i] == b
}

// punctIn is isPunct for a punctuation token.
func (r *run) punctIn(i int, set string) bool {
	if b := r.pb[i]; b != punctOther {
		if len(set) == 1 {
			return set[0] == b
		}
		// an ASCII byte never occurs inside a multi-byte rune of set; the
		// sets are short, a loop costs less than the call of IndexByte
		for k := 0; k < len(set); k++ {
			if set[k] == b {
				return true
			}
		}
		return false
	}
	w := r.w(i)
	// one rune of set: UTF-8 is self-synchronising, so a whole rune
	// found in set is one of its runes
	return utf8.RuneCountInString(w) == 1 && strings.Contains(set, w)
}

// Token classes the scanners ask at every step, computed once by
// classify (run.pc).
const (
	pcFinal    uint8 = 1 << iota // . ! ? … (isFinal)
	pcBoundary                   // , ; : ( ) – — [ ] and quotation marks (isBoundary)
	pcEdge                       // , ; : – — and quotation marks (clauseEdge)
	pcCap                        // a word starting with an upper-case letter (isCap)
)

// punctClass returns the classes of a punctuation token w whose run.pb is
// b: those of isPunct(i, ".!?…"), isPunct(i, ",;:()–—[]") and
// isPunct(i, ",;:–—"), decided by one switch on the byte rather than three
// searches of the sets.
func punctClass(b byte, w string) uint8 {
	switch b {
	case '.', '!', '?':
		return pcFinal
	case ',', ';', ':':
		return pcBoundary | pcEdge
	case '(', ')', '[', ']':
		return pcBoundary
	case punctOther:
		switch w {
		case "…":
			return pcFinal
		case "–", "—":
			return pcBoundary | pcEdge
		}
	}
	return 0
}

// isBoundary reports tokens that end a clause: , ; : ( ) – — and
// quotation marks.
func (r *run) isBoundary(i int) bool { return uint(i) < uint(len(r.pc)) && r.pc[i]&pcBoundary != 0 }

// clauseEdge is isBoundary without brackets: a bracket inside a clause
// holds an apposition or an aside („die Deutsche Presse-Agentur (dpa)“).
func (r *run) clauseEdge(i int) bool { return uint(i) < uint(len(r.pc)) && r.pc[i]&pcEdge != 0 }

// nameMark reports a quotation mark of a name or title inside a clause:
// a short region after an article, possessive or preposition that does
// not read like speech („wie die „Bild“-Zeitung berichtete“).
func (r *run) nameMark(i int) bool {
	q := r.shortRegionAt(i)
	if q < 0 {
		return false
	}
	g := r.regions[q]
	if g.open == 0 || !r.isWord(g.open-1) || r.tf[g.open-1]&(wArticle|wPossessive|wPrep) == 0 {
		return false
	}
	return !r.speechLike(q)
}

func (r *run) isFinal(i int) bool { return uint(i) < uint(len(r.pc)) && r.pc[i]&pcFinal != 0 }

// sentence bounds of token i, as token indexes [first, last).
func (r *run) sentBounds(i int) (int, int) {
	if len(r.sent) == 0 {
		return 0, len(r.toks)
	}
	se := r.sent[r.sentOf[i]]
	return se.First, se.Last
}

// Bounds that keep every frame's work constant per token, so that the
// stage runs in linear time on any input (one endless sentence, a document
// of quotation marks): a clause is at most maxClause tokens to each side
// of its cue, a reported clause or host clause at most maxReach tokens.
const (
	maxClause = 60
	maxReach  = 300
	maxNP     = 15
	maxBack   = 20 // attributions a „Demnach“ looks back over (backFrame)
)

// clause returns the clause around token i: tokens [a, b) between
// boundaries within the sentence.
func (r *run) clause(i int) (int, int) {
	f, l := r.sentBounds(i) // (0 <= f, l <= len(r.pc))
	pc := r.pc
	a, lo := i, max(f, i-maxClause)
	for a > lo && pc[a-1]&pcEdge == 0 { // !clauseEdge(a-1)
		a--
	}
	b, hi := i+1, min(l, i+maxClause)
	for b < hi && pc[b]&(pcEdge|pcFinal) == 0 { // !clauseEdge(b) && !isFinal(b)
		b++
	}
	r.steps += b - a
	return a, b
}

// lastWord returns the last word token in [a, b), or -1.
func (r *run) lastWord(a, b int) int {
	for j := b - 1; j >= a; j-- {
		r.steps++
		if r.isWord(j) {
			return j
		}
	}
	return -1
}

// lower reports whether word i equals s ignoring the case of the first
// letter (s is lower case).
func (r *run) lower(i int, s string) bool {
	if uint(i) >= uint(len(r.toks)) {
		return false
	}
	t := r.toks[i]
	if t.End-t.Start != len(s) {
		return false
	}
	w := r.text[t.Start:t.End]
	if len(w) == 0 {
		return true
	}
	if c := w[0]; c < utf8.RuneSelf && s[0] < utf8.RuneSelf {
		// ASCII first letters (most calls): no rune decoding
		if c != s[0] && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c == s[0] && w[1:] == s[1:]
	}
	if w == s {
		return true
	}
	c, n := utf8.DecodeRuneInString(w)
	d, m := utf8.DecodeRuneInString(s)
	return n == m && unicode.ToLower(c) == d && w[n:] == s[m:]
}

// maybeLower reports whether word j has the length of s and, when s
// starts with an ASCII byte, a first byte equal to it up to the case of a
// letter: a necessary condition of lower(j, s) (lower compares words of
// the same length, and only a one-byte first letter of the word can match
// an ASCII one). Inlined, it costs no call, and for a constant s the
// tests of s fold away (TestMaybeLower).
func (r *run) maybeLower(j int, s string) bool {
	if uint(j) >= uint(len(r.toks)) {
		return false
	}
	t := &r.toks[j]
	return t.End-t.Start == len(s) && (len(s) == 0 || s[0] >= utf8.RuneSelf || r.text[t.Start]|0x20 == s[0]|0x20)
}

// tokAt returns the first token that starts at or after byte c (the
// first token of a span that starts at c), len(r.toks) when there is none.
func (r *run) tokAt(c int) int {
	k, _ := slices.BinarySearchFunc(r.toks, c, func(t annotate.Token, c int) int { return cmp.Compare(t.Start, c) })
	return k
}

// spanToks returns the tokens [x, y) of span s: x is tokAt(s.start), y
// the first token from x on that ends after s.
func (r *run) spanToks(s span) (x, y int) {
	x = r.tokAt(s.start)
	y = x
	for y < len(r.toks) && r.toks[y].End <= s.end {
		y++
	}
	return x, y
}
