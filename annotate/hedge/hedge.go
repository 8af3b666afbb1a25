package hedge

import (
	"slices"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/morph"
)

// Stage is the HEDGE stage. It is immutable after New and safe for
// concurrent use; Annotate keeps its per-document state on the stack.
type Stage struct {
	vocab   map[string]int32 // word form → id (index into info), for loading
	table   vocabTable       // the same, for the lookups per token
	info    []wordInfo
	entries []entry // hedge-words.txt and hedge-phrases.txt lines
	morph   *morph.Table
	// screen has the screenKey bit of every hedge word and phrase start
	screen [screenBits / 64]uint64
	// innerScreen has the innerKey bit of the same words (see mayTrigger)
	innerScreen [screenBits / 64]uint64
	// classScreen has the screenKey bit of every word with a context
	// class (see run.cls)
	classScreen [screenBits / 64]uint64
	// pool recycles the per-document scratch state (sync.Pool is safe
	// for concurrent use; the Stage's data never changes after New)
	pool sync.Pool
}

// New builds the HEDGE stage from the lexicon files hedge-*.txt and the
// morph tables. Errors name the file and line of every bad entry.
func New(lex *lexicon.Lexicon) (*Stage, error) {
	return load(lex, morph.Default())
}

// Layer returns annotate.LayerHedge.
func (s *Stage) Layer() string { return annotate.LayerHedge }

// Labels returns the one label the stage writes, HEDGE.
func (s *Stage) Labels() []string { return []string{annotate.LabelHedge} }

// Needs returns the layers the stage reads: NUMBER spans (approximators
// stand before numbers) and the speech layer's CUE and SOURCE spans
// („heißt es“ with a named source is no hedge).
func (s *Stage) Needs() []string { return []string{annotate.LayerNumbers, annotate.LayerSpeech} }

// Annotate appends a HEDGE span, with its type and the rule or lexicon
// line that produced it, for every hedge of doc. doc must be tokenized;
// the NUMBER and speech spans, if any, must be in doc.Spans.
func (s *Stage) Annotate(doc *annotate.Document) {
	sc := s.scratch(len(doc.Tokens))
	defer s.pool.Put(sc)
	r := run{s: s, sc: sc, doc: doc, text: doc.Text, toks: doc.Tokens, nspans: len(doc.Spans)}
	r.prepare()
	if len(doc.Sentences) == 0 {
		r.sentence(0, len(doc.Tokens))
	}
	for _, sent := range doc.Sentences {
		r.sentence(sent.First, sent.Last)
	}
}

// scratch is the per-document state that Annotate reuses from document to
// document (one goroutine owns it at a time), so that a document costs no
// allocation once the buffers have grown.
type scratch struct {
	ids    []uint16
	nums   []numRef
	speech speechIndex
}

// scratch returns scratch state from the stage's pool with a zeroed id
// slice for n tokens and no NUMBER or speech spans.
func (s *Stage) scratch(n int) *scratch {
	sc, ok := s.pool.Get().(*scratch)
	if !ok {
		sc = &scratch{}
	}
	if cap(sc.ids) >= n {
		sc.ids = sc.ids[:n]
		clear(sc.ids)
	} else {
		sc.ids = make([]uint16, n)
	}
	sc.nums = sc.nums[:0]
	sc.speech = speechIndex{cues: sc.speech.cues[:0], sources: sc.speech.sources[:0], byAttr: sc.speech.byAttr[:0]}
	return sc
}

// run is the state of one Annotate call.
type run struct {
	s      *Stage
	sc     *scratch
	doc    *annotate.Document
	text   string
	toks   []annotate.Token
	nspans int      // doc.Spans[:nspans] are the spans of other layers
	ids    []uint16 // vocabulary id + 2 per token: 0 = not looked up yet, 1 = none
	nums   []numRef
	first  int // the current sentence's tokens: [first, last)
	last   int
	speech *speechIndex // built on first use (in sc)
}

// numRef is a NUMBER span of the document.
type numRef struct {
	start int
	kind  string
}

// prepare collects the NUMBER spans and marks every token's vocabulary
// id as not looked up yet.
func (r *run) prepare() {
	r.ids = r.sc.ids
	for _, sp := range r.doc.Spans[:r.nspans] {
		if sp.Label == annotate.LabelNumber {
			r.sc.nums = append(r.sc.nums, numRef{start: sp.Start, kind: sp.Kind})
		}
	}
	r.nums = r.sc.nums
	slices.SortFunc(r.nums, func(a, b numRef) int { return a.start - b.start })
}

// noID is the id of a token that is no vocabulary word.
const noID int32 = -1

// id returns the vocabulary id of token i (noID if none), looking it up on
// first use: as written, or with its first letter lower-cased where the
// capital may be due to the position (see opens).
func (r *run) id(i int) int32 {
	if v := r.ids[i]; v != 0 {
		return int32(v) - 2
	}
	id := r.lookup(i)
	r.ids[i] = uint16(id + 2)
	return id
}

func (r *run) lookup(i int) int32 {
	t := r.toks[i]
	if t.Kind != annotate.Word && t.Kind != annotate.Abbrev {
		return noID
	}
	w := r.text[t.Start:t.End]
	if id, ok := r.s.table.find(w); ok {
		return id
	}
	if !r.opens(i) {
		return noID
	}
	var buf [64]byte
	if lw, ok := lowerFirst(buf[:0], w); ok {
		if id, ok := r.s.table.find(string(lw)); ok {
			return id
		}
	}
	return noID
}

// screenKey combines a word's length and the low five bits of its first
// and last bytes, so that a capital at the start of a sentence does not
// change it („Über“ and „über“, „In“ and „in“ get the same key: the bytes
// of A–Z and a–z differ in bit 5 only). A screen, it may let more words
// through than it must, never fewer; it takes no branch.
func screenKey(w string) uint32 {
	if len(w) == 0 {
		return 0
	}
	return screenKeyAt(w, 0, len(w))
}

// screenKeyAt is screenKey of text[start:end] (not empty) without making
// the string.
func screenKeyAt(text string, start, end int) uint32 {
	return uint32((end-start)&15)<<10 | uint32(text[start]&31)<<5 | uint32(text[end-1]&31)
}

// screenBits is the size of the candidate screen in bits.
const screenBits = 1 << 14

// opens reports whether token i may be capitalised only for its position:
// it starts the text or a line, or follows punctuation or a quotation mark
// („Fraglich ist …“, „„Vielleicht …“). A capital elsewhere makes a word a
// noun („Schienen“ is not „schienen“, „das Wohl“).
func (r *run) opens(i int) bool {
	if i == 0 {
		return true
	}
	prev := r.toks[i-1]
	if prev.Kind == annotate.Punct || prev.Kind == annotate.Quote || prev.Kind == annotate.Symbol {
		return true
	}
	for k := prev.End; k < r.toks[i].Start; k++ {
		if r.text[k] == '\n' {
			return true
		}
	}
	return false
}

// lowerFirst appends word with its first letter lower-cased to dst; ok is
// false when the first letter is not upper-case or the word is too long.
func lowerFirst(dst []byte, word string) ([]byte, bool) {
	c, n := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(c) || len(word) > cap(dst) {
		return nil, false
	}
	dst = utf8.AppendRune(dst, unicode.ToLower(c))
	return append(dst, word[n:]...), true
}

// sentence finds the hedges of the tokens [first, last).
func (r *run) sentence(first, last int) {
	r.first, r.last = first, last
	toks := r.toks[:last]
	for i := first; i < last; {
		if i = screened(toks, r.text, &r.s.screen, i); i == last {
			return
		}
		if t := &toks[i]; !r.s.mayTrigger(r.text, t.Start, t.End) {
			i++
			continue
		}
		id := r.id(i)
		if id < 0 {
			i++
			continue
		}
		if end, ok := r.phrase(i, id); ok {
			i = end
			continue
		}
		if e := r.s.info[id].entry; e >= 0 {
			if end, ok := r.word(i, &r.s.entries[e]); ok {
				i = end
				continue
			}
		}
		i++
	}
}

// screened returns the first token from i on that is a word or an
// abbreviation whose screen bit is set, or len(toks). Most tokens stop
// here, so it tests them without a branch but the one that ends the loop:
// the screen bit of any token (none is empty) and its kind combined.
func screened(toks []annotate.Token, text string, screen *[screenBits / 64]uint64, i int) int {
	const words = 1<<annotate.Word | 1<<annotate.Abbrev
	for ; i < len(toks); i++ {
		t := &toks[i]
		k := screenKeyAt(text, t.Start, t.End)
		if screen[k>>6]>>(k&63)&(words>>(t.Kind&31))&1 != 0 { // &31: no test of the shift
			return i
		}
	}
	return i
}

// mayTrigger is a second screen after screened, on other bytes of the
// token text[start:end]: false when it is no hedge word and no phrase
// start. Half the tokens that pass the first screen are no vocabulary
// word at all or one without a rule of its own („noch“, „als“,
// „werden“), and a lookup costs more. The key is the token's length and
// its second and second-to-last bytes, which lookup's lower-casing of
// the first letter leaves alone when that letter is ASCII; a token that
// starts with another byte, or is shorter than three bytes, always
// passes.
func (s *Stage) mayTrigger(text string, start, end int) bool {
	if end-start < 3 || text[start] >= utf8.RuneSelf {
		return true
	}
	k := innerKey(text, start, end)
	return s.innerScreen[k>>6]>>(k&63)&1 != 0
}

// innerKey combines the length of text[start:end] (at least three bytes)
// and the low five bits of its second and second-to-last bytes.
func innerKey(text string, start, end int) uint32 {
	return uint32((end-start)&15)<<10 | uint32(text[start+1]&31)<<5 | uint32(text[end-2]&31)
}

// emit appends a HEDGE over the tokens [from, to).
func (r *run) emit(from, to int, e *entry, o outcome) {
	r.doc.Spans = append(r.doc.Spans, annotate.Span{
		Label: annotate.LabelHedge,
		Start: r.toks[from].Start,
		End:   r.toks[to-1].End,
		Type:  e.typ,
		Rule:  e.prov[o],
	})
}

// phrase tries the phrases that start at token i (longest first) and
// emits the first one that matches and whose rule accepts it. It returns
// the token after the phrase.
func (r *run) phrase(i int, id int32) (int, bool) {
	for _, pi := range r.s.info[id].phrases {
		e := &r.s.entries[pi]
		if w := e.words[1]; !w.gap && w.suffix == "" && (i+1 >= r.last || !r.mayBe(i+1, w) || r.id(i+1) != w.id) {
			continue // the second word differs: match would fail there
		}
		end, ok := r.match(i+1, e.words[1:])
		if !ok {
			continue
		}
		if o := r.phraseRule(e, i, end); o != oNone {
			r.emit(i, end, e, o)
			return end, true
		}
	}
	return 0, false
}

// match matches words against the tokens from i on and returns the token
// after the match.
func (r *run) match(i int, words []pword) (int, bool) {
	if len(words) == 0 {
		return i, true
	}
	w := words[0]
	if w.gap {
		for skip := 0; skip <= maxGap && i+skip < r.last; skip++ {
			if skip > 0 && !r.isWord(i+skip-1) {
				break
			}
			if end, ok := r.match(i+skip, words[1:]); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i >= r.last || !r.wordMatches(i, w) {
		return 0, false
	}
	return r.match(i+1, words[1:])
}

func (r *run) wordMatches(i int, w pword) bool {
	if w.suffix == "" {
		return r.mayBe(i, w) && r.id(i) == w.id
	}
	if !r.isWord(i) {
		return false
	}
	t := r.tok(i)
	return len(t) > len(w.suffix) && t[len(t)-len(w.suffix):] == w.suffix && !containsByte(t, '-')
}

// mayBe is a screen for r.id(j) == w.id (w no gap, no suffix), cheaper
// than the lookup: token j can be w's word only if it is as long, since
// the lookup's lower-casing (lowerFirst) keeps the length of a word that
// starts with an ASCII byte.
func (r *run) mayBe(j int, w pword) bool {
	t := &r.toks[j]
	return t.End-t.Start == int(w.n) || t.Start < t.End && r.text[t.Start] >= utf8.RuneSelf
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

// phraseRule applies a phrase's context rule to the tokens [i, end).
func (r *run) phraseRule(e *entry, i, end int) outcome {
	switch e.rule {
	case rAlways:
		return oYes
	case rApprox, rApproxBound:
		return r.approx(i, end, e.rule)
	case rUnnamed:
		return r.unnamed(i, end)
	case rImpersonal:
		return r.impersonal(i, end)
	}
	return oNone
}

// word applies a single word's context rule at token i and emits the
// hedge; it returns the token after the span.
func (r *run) word(i int, e *entry) (int, bool) {
	end := i + 1
	var o outcome
	switch e.rule {
	case rAlways:
		o = oYes
	case rApprox, rApproxQuant, rApproxBound:
		o = r.approx(i, i+1, e.rule)
	case rApproxYear:
		o = r.year(i)
	case rPossible:
		o = r.possible(i)
	case rParticle:
		o = r.particle(i)
	case rModal:
		o = r.modal(i)
	case rReportive:
		o = r.reportive(i, true)
	case rClaim:
		o = r.reportive(i, false)
	case rFirstPerson:
		o = r.firstPerson(i)
	case rFirstPersonParticle:
		o, end = r.firstPersonParticle(i)
	case rEstimate:
		o = r.estimate(i)
	case rSeem:
		o = r.seem(i)
	}
	if o == oNone {
		return 0, false
	}
	r.emit(i, end, e, o)
	return end, true
}

// tok returns the text of token i.
func (r *run) tok(i int) string { return r.text[r.toks[i].Start:r.toks[i].End] }

// cls returns the context classes of token i (0 outside the sentence).
func (r *run) cls(i int) class {
	if i < r.first || i >= r.last || r.ids[i] == 0 && !r.mayHaveClass(i) {
		return 0
	}
	id := r.id(i)
	if id < 0 {
		return 0
	}
	return r.s.info[id].class
}

// mayHaveClass is a screen for a token not looked up yet: false when its
// screenKey is no word's with a context class. The key is the same for a
// word and its lower-cased form (lookup's lowerFirst) when the word starts
// with an ASCII byte (the case fold is bit 5, the length stays); a token
// that starts with another byte is always let through.
func (r *run) mayHaveClass(i int) bool {
	t := &r.toks[i]
	if t.Start >= t.End || r.text[t.Start] >= utf8.RuneSelf {
		return true
	}
	k := screenKeyAt(r.text, t.Start, t.End)
	return r.s.classScreen[k>>6]>>(k&63)&1 != 0
}

// has reports whether token i is in the sentence and in class c.
func (r *run) has(i int, c class) bool { return r.cls(i)&c != 0 }

// isWord reports whether token i is a word (letters, an abbreviation).
func (r *run) isWord(i int) bool {
	k := r.toks[i].Kind
	return k == annotate.Word || k == annotate.Abbrev
}

// boundary reports whether token i separates clauses: a quotation mark or
// punctuation other than % & § / and the like. Outside the sentence every
// position is a boundary.
func (r *run) boundary(i int) bool {
	if i < r.first || i >= r.last {
		return true
	}
	switch r.toks[i].Kind {
	case annotate.Quote:
		return true
	case annotate.Punct:
		switch r.tok(i) {
		case "%", "&", "§", "/", "'", "’", "*", "#":
			return false
		}
		return true
	}
	return false
}

// window bounds every scan around a candidate (tokens), so that the stage
// stays linear in the length of any input, however long its clauses.
const window = 40

// clauseStart returns the first token of the clause holding token i (at
// most window tokens back).
func (r *run) clauseStart(i int) int {
	for j := i; j > r.first && j > i-window; j-- {
		if r.boundary(j - 1) {
			return j
		}
	}
	return max(r.first, i-window)
}

// clauseEnd returns the token after the clause holding token i (at most
// window tokens on).
func (r *run) clauseEnd(i int) int {
	for j := i; j < r.last && j < i+window; j++ {
		if r.boundary(j) {
			return j
		}
	}
	return min(r.last, i+window)
}

// upper reports whether token i starts with an upper-case letter.
func (r *run) upper(i int) bool {
	c, _ := utf8.DecodeRuneInString(r.tok(i))
	return unicode.IsUpper(c)
}

// number returns the kind of the NUMBER span starting at token i.
func (r *run) number(i int) (string, bool) {
	if i < r.first || i >= r.last {
		return "", false
	}
	start := r.toks[i].Start
	k := sort.Search(len(r.nums), func(k int) bool { return r.nums[k].start >= start })
	if k < len(r.nums) && r.nums[k].start == start {
		return r.nums[k].kind, true
	}
	return "", false
}
