package v1

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

//go:embed table.bin
var TableData []byte

// Table maps German word forms to their analyses and lemmas to their
// forms. It is immutable and safe for concurrent use.
type Table struct {
	source  string
	words   string   // all forms, concatenated in byte order
	wordOff []uint32 // form i is words[wordOff[i]:wordOff[i+1]]
	anaOff  []uint32 // form i has the analyses anaOff[i] to anaOff[i+1]-1
	nAna    int
	flags   []uint8  // per form: the is* bits
	slots   []uint32 // open-addressing hash: form index + 1 in the bits idxMask (0 = empty), a tag in the others
	mask    uint64
	idxMask uint32 // the bits of a slot that hold the form index + 1; the others hold the tag (tagOf)
	seed    uint64 // of wordHash
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
	slabUsed int // analyses used in the last slab (under fillMu)
	nSlabs   int // slabs allocated (under fillMu)
	// The forms' lemma groups: form i has groups grpOff[i] to
	// grpOff[i+1]-1; group g is lemma grpLemma[g] with the reading set
	// sets[grpSet[g]].
	grpOff   []uint32
	grpLemma []uint32
	grpSet   []uint16
	sets     []set
	fillMu   sync.Mutex

	// The lemma index for Forms, built on first use: the forms of lemma
	// i's groups are lemForm[lemmaOff[i]:lemmaOff[i+1]], in table order.
	// (Until then lemmaOff[i+1] is the number of groups of lemma i.)
	byLemmaOnce sync.Once
	lemmaOff    []uint32
	lemForm     []uint32
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
	defaultOnce.Do(func() { defaultTable, defaultErr = Decode(TableData) })
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

// IsVerbAt reports whether form i, Word(i), is a form of a verb (0 ≤ i <
// Len()): IsVerb(Word(i)) without the lookup.
func (t *Table) IsVerbAt(i int) bool { return t.flags[i]&flagVerb != 0 }

func (t *Table) flag(word string, f uint8) bool {
	i := t.find(word)
	return i >= 0 && t.flags[i]&f != 0
}

// Word returns form i of the table in byte order (0 ≤ i < Len()).
func (t *Table) Word(i int) string { return t.words[t.wordOff[i]:t.wordOff[i+1]] }

// find returns the index of word, or -1.
func (t *Table) find(word string) int {
	h := wordHash(t.seed, word)
	tag, idx := t.tagOf(h), t.idxMask
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s == 0 {
			return -1
		}
		if i := s&idx - 1; s&^idx == tag && t.words[t.wordOff[i]:t.wordOff[i+1]] == word {
			return int(i)
		}
	}
}

func (t *Table) findBytes(word []byte) int {
	h := wordHash(t.seed, word)
	tag, idx := t.tagOf(h), t.idxMask
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s == 0 {
			return -1
		}
		if i := s&idx - 1; s&^idx == tag && t.words[t.wordOff[i]:t.wordOff[i+1]] == string(word) {
			return int(i)
		}
	}
}

// tagOf returns the tag of a form whose wordHash is h: bits 32… of the
// hash (the slot position comes from its low bits) in the bits of a slot
// above the form index. A probe compares the form only when the tags
// agree, so a word that is not in the table (or a collision) costs no
// read of the forms' offsets and bytes.
func (t *Table) tagOf(h uint64) uint32 { return uint32(h>>32) &^ t.idxMask }

// Forms returns every form of lemma with its analysis, in the table's
// order (forms in byte order). For a separable verb it includes the
// main-clause stems with Particle set ("teilte" + "mit"), the verb-final
// forms ("mitteilte"), the participle ("mitgeteilt") and the zu-infinitive
// ("mitzuteilen"). It returns nil for an unknown lemma. The first call
// builds a lemma index (a few milliseconds); the result is a new slice.
func (t *Table) Forms(lemma string) []Form {
	t.byLemmaOnce.Do(t.indexLemmas)
	n := t.Lemmas()
	l := sort.Search(n, func(i int) bool { return t.lemma(i) >= lemma })
	if l == n || t.lemma(l) != lemma {
		return nil
	}
	forms := t.lemForm[t.lemmaOff[l]:t.lemmaOff[l+1]]
	n = 0
	for g, f := range forms {
		if g == 0 || f != forms[g-1] { // a form lists a lemma once, but be safe
			t.lemmaGroups(int(f), l, func(_, m int) { n += m })
		}
	}
	out := make([]Form, 0, n)
	for g, f := range forms {
		if g == 0 || f != forms[g-1] {
			w, as := t.Word(int(f)), t.analyses(int(f))
			t.lemmaGroups(int(f), l, func(a, m int) {
				for _, an := range as[a : a+m] {
					out = append(out, Form{Word: w, Analysis: an})
				}
			})
		}
	}
	return out
}

// lemmaGroups calls fn for each lemma group of form f whose lemma is l,
// with the index of its first analysis among the form's and their number.
func (t *Table) lemmaGroups(f, l int, fn func(a, m int)) {
	a := 0
	for g := t.grpOff[f]; g < t.grpOff[f+1]; g++ {
		m := len(t.sets[t.grpSet[g]].tmpl)
		if int(t.grpLemma[g]) == l {
			fn(a, m)
		}
		a += m
	}
}

// indexLemmas builds the lemma index: lemForm lists, for each lemma group
// of a form (not per analysis, of which there are almost three times as
// many), its form, sorted by lemma with a counting sort that keeps the
// forms' order. readForms counted the groups of each lemma in lemmaOff.
func (t *Table) indexLemmas() {
	for i := 1; i < len(t.lemmaOff); i++ {
		t.lemmaOff[i] += t.lemmaOff[i-1]
	}
	next := append([]uint32(nil), t.lemmaOff[:t.Lemmas()]...)
	forms := make([]uint32, t.lemmaOff[t.Lemmas()])
	f, grpOff := 0, t.grpOff
	for g, l := range t.grpLemma {
		for uint32(g) >= grpOff[f+1] { // group g is of form f
			f++
		}
		forms[next[l]] = uint32(f)
		next[l]++
	}
	t.lemForm = forms
}

// errCorrupt is wrapped by every decoding error.
var errCorrupt = errors.New("corrupt morph table")

// reader reads the table file from b[p:]. An error sets err and moves p
// to the end, so every later read returns 0 and loops on it stop.
type reader struct {
	b   []byte
	p   int
	err error
}

// fail records the first error and stops reading.
func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.p = len(r.b)
}

// left returns the number of bytes still to read.
func (r *reader) left() int { return len(r.b) - r.p }

// uint reads a varint.
func (r *reader) uint() int {
	v, p := uvarint(r.b, r.p)
	if p < 0 {
		if v, p = uvarintSlow(r.b, r.p); p < 0 {
			r.fail(fmt.Errorf("%w: bad number at %d bytes from the end", errCorrupt, r.left()))
			return 0
		}
	}
	r.p = p
	return v
}

// uvarint decodes the varint at b[p:] and returns it with the position
// after it. It is the inlined fast path: it handles numbers below 2^21
// (three bytes) with three bytes left in b and returns the position -1
// for anything else; the caller then calls uvarintSlow.
func uvarint(b []byte, p int) (int, int) {
	if p >= 0 && p+2 < len(b) { // p is -1 after a bad number: it stays so
		c := int(b[p])
		if c < 0x80 {
			return c, p + 1
		}
		c = c&0x7f | int(b[p+1])<<7
		if c < 1<<14 {
			return c, p + 2
		}
		c = c&(1<<14-1) | int(b[p+2])<<14
		if c < 1<<21 {
			return c, p + 3
		}
	}
	return 0, -1
}

// uvarintSlow decodes any varint at b[p:]; the position is -1 (and stays
// -1) if the number is bad.
func uvarintSlow(b []byte, p int) (int, int) {
	if p < 0 || p >= len(b) {
		return 0, -1
	}
	v, n := binary.Uvarint(b[p:])
	if n <= 0 || v > 1<<31 {
		return 0, -1
	}
	return int(v), p + n
}

func (r *reader) bytes(n int) []byte {
	if n > r.left() {
		r.fail(fmt.Errorf("%w: truncated", errCorrupt))
		return nil
	}
	s := r.b[r.p : r.p+n]
	r.p += n
	return s
}

func (r *reader) str() []byte { return r.bytes(r.uint()) }
