package morph

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

//go:embed data/table.bin
var tableData []byte

// Table maps German word forms to their analyses and lemmas to their
// forms. It is immutable and safe for concurrent use.
type Table struct {
	source  string
	words   string   // all forms, concatenated in byte order
	wordOff []uint32 // form i is words[wordOff[i]:wordOff[i+1]]
	anaOff  []uint32 // form i has the analyses anaOff[i] to anaOff[i+1]-1
	nAna    int
	flags   []uint8  // per form: the is* bits
	slots   []uint32 // open-addressing hash: form index + 1, 0 = empty
	mask    uint64
	seed    maphash.Seed
	// Lemmas, sorted: lemma i is lemmaText[lemmaAt[i]:lemmaAt[i+1]], and
	// its separable particle particles[lemmaParticle[i]] ("" for none).
	// Analysis.Lemma and Particle point into these strings; the table
	// holds no per-lemma pointer.
	lemmaText     string
	lemmaAt       []uint32
	lemmaParticle []uint16
	particles     []string

	// Lazy filling: form i's analyses are written by fill the first time
	// it is looked up, into a slab shared with the forms looked up before
	// and after it, so that only the forms a program uses take memory
	// (and garbage-collector work). at[i] is 0 until then, and then 1 +
	// the position of the analyses (slab*slabSize + offset); it is stored
	// (under fillMu) after the analyses are written and read atomically,
	// so a reader that sees it sees the analyses.
	at       []atomic.Uint32
	slabs    []atomic.Pointer[[]Analysis]
	slabUsed int      // analyses used in the last slab (under fillMu)
	nSlabs   int      // slabs allocated (under fillMu)
	groups   []byte   // the forms' lemma groups in the table file
	groupOff []uint32 // form i's groups start at groups[groupOff[i]]
	sets     []set
	fillMu   sync.Mutex

	// The lemma index for Forms, built on first use: the lemma groups of
	// the forms (lemma, reading set) ordered by lemma, then form. Group g
	// of lemma i is entry lemmaOff[i]+g of lemForm (its form), lemAna
	// (the index of its first analysis) and lemSet (its reading set).
	byLemmaOnce sync.Once
	lemmaOff    []uint32
	lemForm     []uint32
	lemAna      []uint32
	lemSet      []uint32
}

const (
	flagVerb uint8 = 1 << iota
	flagFinite
	flagParticiple
	flagSubj1
	flagNoun
	flagIndic3
)

var (
	defaultOnce  sync.Once
	defaultTable *Table
	defaultErr   error
)

// Default returns the table embedded in the package, decoded on first use
// (about 824,000 analyses of 244,000 forms; see the package doc for the
// cost). It panics only if the embedded data is corrupt, which the tests
// rule out.
func Default() *Table {
	defaultOnce.Do(func() { defaultTable, defaultErr = Decode(tableData) })
	if defaultErr != nil {
		panic("morph: embedded table: " + defaultErr.Error())
	}
	return defaultTable
}

// Source names the packages and versions the table was generated from.
func (t *Table) Source() string { return t.source }

// Len returns the number of distinct word forms in the table.
func (t *Table) Len() int { return len(t.wordOff) - 1 }

// Lemmas returns the number of lemmas in the table.
func (t *Table) Lemmas() int { return len(t.lemmaAt) - 1 }

// lemma returns lemma i.
func (t *Table) lemma(i int) string { return t.lemmaText[t.lemmaAt[i]:t.lemmaAt[i+1]] }

// Analyses returns the number of analyses (form-reading pairs) in the table.
func (t *Table) Analyses() int { return t.nAna }

// Analyze returns the analyses of word as written (case-sensitive), or
// nil. The slice is shared with the table: callers must not modify it.
// Analyze does not allocate.
func (t *Table) Analyze(word string) []Analysis {
	i := t.find(word)
	if i < 0 {
		return nil
	}
	return t.analyses(i)
}

// analyses returns the analyses of form i, filling them on first use.
func (t *Table) analyses(i int) []Analysis {
	p := t.at[i].Load()
	if p == 0 {
		p = t.fill(i)
	}
	p--
	lo := p % slabSize
	hi := lo + t.anaOff[i+1] - t.anaOff[i]
	return (*t.slabs[p/slabSize].Load())[lo:hi:hi]
}

// AnalyzeFold handles a word that may be capitalised only because it
// starts a sentence: exact holds the analyses of word as written, folded
// those of word with its first letter lower-cased (nil if the first letter
// is not upper-case). "Sagen" gives exact = the noun "Sage" (plural),
// folded = the verb "sagen". It does not allocate for words up to 64 bytes.
func (t *Table) AnalyzeFold(word string) (exact, folded []Analysis) {
	exact = t.Analyze(word)
	var buf [64]byte
	if lw, ok := lowerFirst(buf[:0], word); ok {
		if i := t.findBytes(lw); i >= 0 {
			folded = t.analyses(i)
		}
	}
	return exact, folded
}

// lowerFirst appends word with its first letter lower-cased to dst; ok is
// false when the first letter is not upper-case.
func lowerFirst(dst []byte, word string) ([]byte, bool) {
	r, n := utf8.DecodeRuneInString(word)
	if r == utf8.RuneError || !unicode.IsUpper(r) {
		return nil, false
	}
	dst = utf8.AppendRune(dst, unicode.ToLower(r))
	return append(dst, word[n:]...), true
}

// IsVerb reports whether word (as written) is a form of a verb.
func (t *Table) IsVerb(word string) bool { return t.flag(word, flagVerb) }

// IsNoun reports whether word (as written) is a form of a noun.
func (t *Table) IsNoun(word string) bool { return t.flag(word, flagNoun) }

// IsFiniteVerb reports whether word can be a finite verb form, with or
// without a separable particle ("sagt", "teilte", "mitteilte", "sei").
func (t *Table) IsFiniteVerb(word string) bool { return t.flag(word, flagFinite) }

// IsParticiple reports whether word can be a past participle
// ("gesagt", "mitgeteilt", "worden").
func (t *Table) IsParticiple(word string) bool { return t.flag(word, flagParticiple) }

// IsSubjunctive1 reports whether word can be a 3rd-person Konjunktiv I
// form and is not also a 3rd-person indicative form of any verb: true for
// "sei", "seien", "habe", "werde", "könne", "sage", "teile"; false for
// "sagen" (= indicative "sie sagen") and "sagt".
func (t *Table) IsSubjunctive1(word string) bool { return t.flag(word, flagSubj1) }

func (t *Table) flag(word string, f uint8) bool {
	i := t.find(word)
	return i >= 0 && t.flags[i]&f != 0
}

// Word returns form i of the table in byte order (0 ≤ i < Len()).
func (t *Table) Word(i int) string { return t.words[t.wordOff[i]:t.wordOff[i+1]] }

// find returns the index of word, or -1.
func (t *Table) find(word string) int {
	h := maphash.String(t.seed, word)
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s == 0 {
			return -1
		}
		i := s - 1
		if t.words[t.wordOff[i]:t.wordOff[i+1]] == word {
			return int(i)
		}
	}
}

func (t *Table) findBytes(word []byte) int {
	h := maphash.Bytes(t.seed, word)
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s == 0 {
			return -1
		}
		i := s - 1
		if t.words[t.wordOff[i]:t.wordOff[i+1]] == string(word) {
			return int(i)
		}
	}
}

// Forms returns every form of lemma with its analysis, in the table's
// order (forms in byte order). For a separable verb it includes the
// main-clause stems with Particle set ("teilte" + "mit"), the verb-final
// forms ("mitteilte"), the participle ("mitgeteilt") and the zu-infinitive
// ("mitzuteilen"). It returns nil for an unknown lemma. The first call
// builds a lemma index (a few milliseconds); the result is a new slice.
func (t *Table) Forms(lemma string) []Form {
	t.byLemmaOnce.Do(t.indexLemmas)
	n := t.Lemmas()
	i := sort.Search(n, func(i int) bool { return t.lemma(i) >= lemma })
	if i == n || t.lemma(i) != lemma {
		return nil
	}
	lo, hi := t.lemmaOff[i], t.lemmaOff[i+1]
	n = 0
	for g := lo; g < hi; g++ {
		n += len(t.sets[t.lemSet[g]].tmpl)
	}
	out := make([]Form, 0, n)
	for g := lo; g < hi; g++ {
		f := int(t.lemForm[g])
		as := t.analyses(f)
		a := t.lemAna[g] - t.anaOff[f]
		for _, an := range as[a : a+uint32(len(t.sets[t.lemSet[g]].tmpl))] {
			out = append(out, Form{Word: t.Word(f), Analysis: an})
		}
	}
	return out
}

// indexLemmas builds the lemma index: one entry per lemma group of a form
// (not per analysis, of which there are almost three times as many),
// sorted by lemma with a counting sort that keeps the forms' order.
func (t *Table) indexLemmas() {
	// per group in table order: lemma, form, first analysis, set (about
	// 1.2 groups per form)
	groups := make([]uint32, 0, 4*(t.Len()+t.Len()/4))
	t.lemmaOff = make([]uint32, t.Lemmas()+1)
	for f := 0; f < t.Len(); f++ {
		r := reader{b: t.groups[t.groupOff[f]:]}
		a := t.anaOff[f]
		for k := r.uint(); k > 0; k-- {
			l, si := r.uint(), r.uint()
			groups = append(groups, uint32(l), uint32(f), a, uint32(si))
			t.lemmaOff[l+1]++
			a += uint32(len(t.sets[si].tmpl))
		}
	}
	for i := 1; i < len(t.lemmaOff); i++ {
		t.lemmaOff[i] += t.lemmaOff[i-1]
	}
	n := len(groups) / 4
	next := append([]uint32(nil), t.lemmaOff[:t.Lemmas()]...)
	t.lemForm, t.lemAna, t.lemSet = make([]uint32, n), make([]uint32, n), make([]uint32, n)
	for g := 0; g < len(groups); g += 4 {
		p := next[groups[g]]
		next[groups[g]]++
		t.lemForm[p], t.lemAna[p], t.lemSet[p] = groups[g+1], groups[g+2], groups[g+3]
	}
}

// errCorrupt is wrapped by every decoding error.
var errCorrupt = errors.New("corrupt morph table")

type reader struct {
	b   []byte
	err error
}

func (r *reader) uint() int {
	b := r.b
	switch {
	case r.err != nil:
	case len(b) > 0 && b[0] < 0x80: // one byte, the common case
		r.b = b[1:]
		return int(b[0])
	case len(b) > 1 && b[1] < 0x80: // two (lemmas and sets are numbered up to 2^21 in three)
		r.b = b[2:]
		return int(b[0]&0x7f) | int(b[1])<<7
	case len(b) > 2 && b[2] < 0x80:
		r.b = b[3:]
		return int(b[0]&0x7f) | int(b[1]&0x7f)<<7 | int(b[2])<<14
	}
	return r.uintSlow()
}

func (r *reader) uintSlow() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 || v > 1<<31 {
		r.err = fmt.Errorf("%w: bad number at %d bytes from the end", errCorrupt, len(r.b))
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.b) {
		r.err = fmt.Errorf("%w: truncated", errCorrupt)
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

func (r *reader) str() []byte { return r.bytes(r.uint()) }

// frontTo reads a front-coded string and appends it to w; prevStart is
// where the previous string starts in w.
func (r *reader) frontTo(w *strings.Builder, prevStart int) {
	shared := r.uint()
	suffix := r.str()
	if r.err != nil {
		return
	}
	if prevStart+shared > w.Len() {
		r.err = fmt.Errorf("%w: bad prefix length", errCorrupt)
		return
	}
	w.WriteString(w.String()[prevStart : prevStart+shared])
	w.Write(suffix)
}

// front reads a front-coded string: the first shared bytes of prev, then
// a suffix; it appends the result to arena.
func (r *reader) front(arena []byte, prevStart int) []byte {
	shared := r.uint()
	suffix := r.str()
	if r.err != nil {
		return arena
	}
	if prevStart+shared > len(arena) {
		r.err = fmt.Errorf("%w: bad prefix length", errCorrupt)
		return arena
	}
	arena = append(arena, arena[prevStart:prevStart+shared]...)
	return append(arena, suffix...)
}
