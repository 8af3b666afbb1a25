package morph

import (
	_ "embed"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

//go:embed data/table.bin
var tableData string

// Table maps German word forms to their analyses and lemmas to their
// forms. It is immutable and safe for concurrent use.
//
// Its arrays are the sections of the table file (see format.go), read in
// place (view); for the embedded table they lie in the program's
// read-only data, so opening it copies nothing.
type Table struct {
	hdr     header
	source  string
	words   string   // all forms, concatenated in byte order
	wordOff []uint32 // form i is words[wordOff[i]:wordOff[i+1]]
	flags   string   // per form: the is* bits
	count   string   // per form: the number of analyses
	slots   []uint32 // open-addressing hash; form index + 1 in the bits idxMask (0 = empty), a tag in the others
	n       int      // forms
	nAna    int
	mask    uint64
	idxMask uint32 // the bits of a slot that hold the form index + 1; the others hold the tag (tagOf)
	seed    uint64 // of wordHash
	// Lemmas, sorted: lemma i is lemmaText[lemmaAt[i]:lemmaAt[i+1]], and
	// its separable particle particles[lemmaParticle[i]] ("" for none).
	// Analysis.Lemma and Particle point into these strings.
	lemmaText     string
	lemmaAt       []uint32
	lemmaParticle []uint16
	nLemmas       int
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

	// The lemma index of Forms: the forms of lemma i's groups are
	// lemForm[lemmaOff[i]:lemmaOff[i+1]], in table order.
	lemmaOff []uint32
	lemForm  []uint32
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

// Default returns the table embedded in the package, opened on first use
// (about 844,000 analyses of 250,000 forms, read in place; see the package
// doc for the cost). Opening checks the header and that the sections fit
// the file, not the sections' contents: TestEmbeddedTable checks those
// (Decode) on the same bytes. It panics only if the embedded data is
// corrupt, which the tests rule out.
func Default() *Table {
	defaultOnce.Do(func() { defaultTable, defaultErr = open(tableData) })
	if defaultErr != nil {
		panic("morph: embedded table: " + defaultErr.Error())
	}
	return defaultTable
}

// Source names the packages and versions the table was generated from.
func (t *Table) Source() string { return t.source }

// Len returns the number of distinct word forms in the table.
func (t *Table) Len() int { return t.n }

// Lemmas returns the number of lemmas in the table.
func (t *Table) Lemmas() int { return t.nLemmas }

// lemma returns lemma i.
func (t *Table) lemma(i int) string {
	return t.lemmaText[t.lemmaAt[i]:t.lemmaAt[i+1]]
}

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
	hi := lo + uint32(t.count[i])
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

// AppendParticles appends to dst the distinct separable particles of
// the analyses of word (Analysis.Particle, in the order of Analyze; ""
// is none) and returns it. It reads the form's reading sets, as Forms
// does, without filling its analyses for Analyze.
func (t *Table) AppendParticles(dst []string, word string) []string {
	i := t.find(word)
	if i < 0 {
		return dst
	}
	n := len(dst)
	for g := t.grpOff[i]; g < t.grpOff[i+1]; g++ {
		if len(t.sets[t.grpSet[g]].particle) == 0 {
			continue
		}
		if p := t.particles[t.lemmaParticle[t.grpLemma[g]]]; p != "" && !slices.Contains(dst[n:], p) {
			dst = append(dst, p)
		}
	}
	return dst
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
func (t *Table) Word(i int) string {
	return t.words[t.wordOff[i]:t.wordOff[i+1]]
}

// find returns the index of word, or -1.
func (t *Table) find(word string) int { return findIn(t, word) }

// findBytes is find for a word in bytes (no string is made of it).
func (t *Table) findBytes(word []byte) int { return findIn(t, word) }

// findIn returns the index of word among t's forms, or -1: it probes the
// hash slots from the word's hash until it finds the form or an empty slot.
func findIn[S string | []byte](t *Table, word S) int {
	h := wordHash(t.seed, word)
	tag, idx := tagOf(h, t.idxMask), t.idxMask
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

// Forms returns every form of lemma with its analysis, in the table's
// order (forms in byte order). For a separable verb it includes the
// main-clause stems with Particle set ("teilte" + "mit"), the verb-final
// forms ("mitteilte"), the participle ("mitgeteilt") and the zu-infinitive
// ("mitzuteilen"). It returns nil for an unknown lemma. The result is a
// new slice.
func (t *Table) Forms(lemma string) []Form {
	n := t.Lemmas()
	l := sort.Search(n, func(i int) bool { return t.lemma(i) >= lemma })
	if l == n || t.lemma(l) != lemma {
		return nil
	}
	forms := t.lemForm[t.lemmaOff[l]:t.lemmaOff[l+1]]
	n = 0
	lemmaForms(forms, func(f int) { t.lemmaSets(f, l, func(st *set) { n += len(st.tmpl) }) })
	out := make([]Form, 0, n)
	lem, particle := t.lemma(l), t.particles[t.lemmaParticle[l]]
	lemmaForms(forms, func(f int) {
		w := t.Word(f)
		t.lemmaSets(f, l, func(st *set) {
			k := len(out)
			for _, an := range st.tmpl {
				an.Lemma = lem
				out = append(out, Form{Word: w, Analysis: an})
			}
			for _, j := range st.particle {
				out[k+j].Particle = particle
			}
		})
	})
	return out
}

// lemmaForms calls fn for each form of a lemma's entries of the lemma
// index, once per form.
func lemmaForms(forms []uint32, fn func(f int)) {
	for g, f := range forms {
		if g == 0 || f != forms[g-1] { // a form lists a lemma once, but be safe
			fn(int(f))
		}
	}
}

// lemmaSets calls fn with the reading set of each lemma group of form f
// whose lemma is l. (Forms builds its analyses from the sets, as write
// does, without filling the form's analyses for Analyze.)
func (t *Table) lemmaSets(f, l int, fn func(st *set)) {
	for g := t.grpOff[f]; g < t.grpOff[f+1]; g++ {
		if int(t.grpLemma[g]) == l {
			fn(&t.sets[t.grpSet[g]])
		}
	}
}
