package morph

import (
	"fmt"
	"hash/crc32"
	"math"
	"math/bits"
	"strings"
	"sync/atomic"
)

// Decode reads a table in the format of data/table.bin (see format.go).
// Default opens the embedded table once; Decode is for tests and tools
// that ship their own table. Decode checks the whole table (its checksum,
// every offset and index, and the per-form counts and bits against the
// reading sets), so it returns an error, never panics, on malformed
// data, and no lookup on the table it returns can fail. It copies data.
func Decode(data []byte) (*Table, error) {
	t, err := open(string(data))
	if err != nil {
		return nil, err
	}
	if err := t.check(data); err != nil {
		return nil, err
	}
	return t, nil
}

// open reads the header of the table in s and points the table's
// sections into s; it checks only that the sections fit the file. The
// lookups then read s in place: opening costs the header, the reading
// sets and the particles, not the size of the table.
func open(s string) (*Table, error) {
	if !strings.HasPrefix(s, Magic) {
		if strings.HasPrefix(s, Magic[:6]) {
			return nil, fmt.Errorf("%w: format %q, this reader reads %q", errCorrupt, s[:min(len(s), len(Magic))], Magic)
		}
		return nil, fmt.Errorf("%w: missing magic %q", errCorrupt, Magic)
	}
	if len(s) < headerSize || uint64(len(s)) > math.MaxUint32 {
		return nil, fmt.Errorf("%w: %d bytes", errCorrupt, len(s))
	}
	var h header
	for k, f := range h.fields() {
		*f = u32(s[len(Magic):], k)
	}
	sizes, ok := h.sections()
	if !ok || h.forms >= 1<<30 || h.analyses >= 1<<30 || uint64(1)<<h.hashBits < 2*uint64(h.forms)+1 || uint64(h.analyses) > math.MaxUint8*uint64(h.forms) ||
		h.sets > math.MaxUint16+1 || h.particles > math.MaxUint16+1 {
		return nil, fmt.Errorf("%w: header", errCorrupt)
	}
	var sec [numSections]string
	p := uint64(headerSize)
	for k, n := range sizes {
		if n > uint64(len(s))-p {
			return nil, fmt.Errorf("%w: section %d of %d bytes at %d of %d", errCorrupt, k, n, p, len(s))
		}
		sec[k] = s[p : p+n]
		p = min(pad4(p+n), uint64(len(s)))
	}
	if p != uint64(len(s)) {
		return nil, fmt.Errorf("%w: %d bytes after the end", errCorrupt, uint64(len(s))-p)
	}
	t := &Table{source: sec[secSource], words: sec[secWords], wordOff: view[uint32](sec[secWordOff]), flags: sec[secFlags],
		count: sec[secCount], slots: view[uint32](sec[secSlots]), grpOff: view[uint32](sec[secGrpOff]),
		grpLemma: view[uint32](sec[secGrpLemma]), grpSet: view[uint16](sec[secGrpSet]), lemmaText: sec[secLemmaText],
		lemmaAt: view[uint32](sec[secLemmaAt]), lemmaParticle: view[uint16](sec[secLemmaParticle]),
		lemmaOff: view[uint32](sec[secLemmaOff]), lemForm: view[uint32](sec[secLemForm]),
		n: int(h.forms), nLemmas: int(h.lemmas), nAna: int(h.analyses), hdr: h}
	t.mask = 1<<h.hashBits - 1
	t.seed = uint64(h.seedHi)<<32 | uint64(h.seedLo)
	t.idxMask = idxMaskOf(t.n)
	if err := t.readSets(sec[secTuples], sec[secSetOff], sec[secSetTuple]); err != nil {
		return nil, err
	}
	if err := t.readParticles(sec[secParticleText], sec[secParticleAt]); err != nil {
		return nil, err
	}
	t.at = make([]atomic.Uint32, t.n)
	// A slab closed for want of room holds more than slabSize/2 analyses
	// (a form has at most 255, see slabSize), so this many slabs are
	// enough.
	t.slabs = make([]atomic.Pointer[[]Analysis], 2*t.nAna/slabSize+2)
	return t, nil
}

// set is one reading set of the table, expanded: the analyses without
// lemma, which of them carry the lemma's particle, and the is* bits.
type set struct {
	tmpl     []Analysis
	particle []int // indices into tmpl
	flags    uint8
}

// readSets expands the reading sets (a few hundred).
func (t *Table) readSets(tuples, setOff, setTuple string) error {
	nt := len(tuples) / TupleSize
	t.sets = make([]set, len(setOff)/4-1)
	for i := range t.sets {
		lo, hi := u32(setOff, i), u32(setOff, i+1)
		if lo > hi || uint64(hi) > uint64(len(setTuple)/2) {
			return fmt.Errorf("%w: set %d", errCorrupt, i)
		}
		st := &t.sets[i]
		st.tmpl = make([]Analysis, hi-lo)
		for k := range st.tmpl {
			ti := int(u16(setTuple, int(lo)+k))
			if ti >= nt {
				return fmt.Errorf("%w: set %d: tuple %d of %d", errCorrupt, i, ti, nt)
			}
			tu := tupleFrom(tuples[ti*TupleSize:])
			st.tmpl[k] = analysis(tu, "", "")
			if tu.HasParticle {
				st.particle = append(st.particle, k)
			}
		}
		st.flags = flagsOf(st.tmpl)
	}
	return nil
}

// readParticles reads the particles (a few hundred) as strings of the
// table's text.
func (t *Table) readParticles(text, at string) error {
	t.particles = make([]string, len(at)/4-1)
	for i := range t.particles {
		lo, hi := u32(at, i), u32(at, i+1)
		if lo > hi || uint64(hi) > uint64(len(text)) {
			return fmt.Errorf("%w: particle %d", errCorrupt, i)
		}
		t.particles[i] = text[lo:hi]
	}
	if len(t.particles) == 0 || t.particles[0] != "" {
		return fmt.Errorf("%w: particle 0 is not empty", errCorrupt)
	}
	return nil
}

// check tests the whole table, opened as t from data, so that no lookup
// can fail: the checksum, then each section's offsets and indices.
func (t *Table) check(data []byte) error {
	if crc32.Checksum(data[headerSize:], crc32.MakeTable(crc32.Castagnoli)) != t.hdr.crc {
		return fmt.Errorf("%w: checksum", errCorrupt)
	}
	h := &t.hdr
	for _, c := range []struct {
		name    string
		off     []uint32
		n, last int
	}{
		{"form offsets", t.wordOff, t.n, len(t.words)},
		{"group offsets", t.grpOff, t.n, int(h.groups)},
		{"lemma offsets", t.lemmaAt, t.nLemmas, len(t.lemmaText)},
		{"lemma index", t.lemmaOff, t.nLemmas, int(h.groups)},
	} {
		if err := checkOffsets(c.off, c.n, c.last); err != nil {
			return fmt.Errorf("%w: %s: %v", errCorrupt, c.name, err)
		}
	}
	for _, c := range []struct {
		name string
		idx  []uint32
		max  int
	}{
		{"group lemma", t.grpLemma, t.nLemmas},
		{"lemma index form", t.lemForm, t.n},
	} {
		if err := checkIndices(c.idx, c.max); err != nil {
			return fmt.Errorf("%w: %s: %v", errCorrupt, c.name, err)
		}
	}
	for _, c := range []struct {
		name string
		idx  []uint16
		max  int
	}{
		{"group set", t.grpSet, len(t.sets)},
		{"lemma particle", t.lemmaParticle, len(t.particles)},
	} {
		if err := checkIndices(c.idx, c.max); err != nil {
			return fmt.Errorf("%w: %s: %v", errCorrupt, c.name, err)
		}
	}
	for i := 1; i < t.nLemmas; i++ {
		if t.lemma(i-1) >= t.lemma(i) {
			return fmt.Errorf("%w: lemmas out of order at %q", errCorrupt, t.lemma(i))
		}
	}
	if err := t.checkForms(); err != nil {
		return err
	}
	return t.checkSlots()
}

// checkOffsets tests that off holds n+1 offsets from 0 to last, in order.
func checkOffsets(off []uint32, n, last int) error {
	prev := off[0]
	if prev != 0 {
		return fmt.Errorf("starts at %d", prev)
	}
	for i, o := range off[1 : n+1] {
		if o < prev {
			return fmt.Errorf("offset %d goes back", i+1)
		}
		prev = o
	}
	if uint64(prev) != uint64(last) {
		return fmt.Errorf("ends at %d, not %d", prev, last)
	}
	return nil
}

// checkIndices tests that each index in idx is below max.
func checkIndices[T uint16 | uint32](idx []T, max int) error {
	for i, v := range idx {
		if uint64(v) >= uint64(max) {
			return fmt.Errorf("%d: %d of %d", i, v, max)
		}
	}
	return nil
}

// checkForms tests each form's number of analyses and is* bits against
// its groups, and the total against the header.
func (t *Table) checkForms() error {
	total := 0
	for i := 0; i < t.n; i++ {
		var f uint8
		n := 0
		for _, si := range t.grpSet[t.grpOff[i]:t.grpOff[i+1]] {
			st := &t.sets[si]
			n += len(st.tmpl)
			f |= st.flags
		}
		f = formFlags(f)
		if n != int(t.count[i]) || f != t.flags[i] {
			return fmt.Errorf("%w: form %d has %d analyses (bits %x), the table says %d (%x)", errCorrupt, i, n, f, t.count[i], t.flags[i])
		}
		if total += n; total > t.nAna {
			break // the sum stays small (an int of 32 bits)
		}
	}
	if total != t.nAna {
		return fmt.Errorf("%w: %d analyses, header says %d", errCorrupt, total, t.nAna)
	}
	return nil
}

// checkSlots tests that the hash holds each form index once, that each
// form is found where it is (so forms are distinct), and that no run of
// full slots is longer than maxRun (so every probe ends, soon).
func (t *Table) checkSlots() error {
	seen := make([]bool, t.n)
	full := 0
	for j, s := range t.slots {
		if s == 0 {
			continue
		}
		i := int(s&t.idxMask) - 1
		if i < 0 || i >= t.n || seen[i] {
			return fmt.Errorf("%w: hash slot %d", errCorrupt, j)
		}
		seen[i] = true
		full++
	}
	if full != t.n {
		return fmt.Errorf("%w: hash holds %d of %d forms", errCorrupt, full, t.n)
	}
	if n, max := longestRun(t.slots), maxRun(t.hdr.hashBits); n > max {
		return fmt.Errorf("%w: hash has a run of %d full slots, more than %d", errCorrupt, n, max)
	}
	for i := 0; i < t.n; i++ {
		if t.find(t.Word(i)) != i {
			return fmt.Errorf("%w: hash does not find form %d", errCorrupt, i)
		}
	}
	return nil
}

// longestRun returns the number of slots of the longest run of full
// slots, going round the end.
func longestRun(slots []uint32) int {
	longest, run := 0, 0
	for j := 0; j < 2*len(slots); j++ {
		if slots[j%len(slots)] != 0 {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return min(longest, len(slots))
}

// slabSize is the number of analyses of one slab: forms are filled in the
// order they are first looked up, each into the room left in the last
// slab, so memory follows the vocabulary a program sees.
const slabSize = 1024

// A form's analyses (at most 255: count is a uint8) fit in half a slab,
// so a slab is closed for want of room only when more than half full.
const _ = uint(slabSize/2 - math.MaxUint8)

// fill writes the analyses of form i into a slab and returns its position
// + 1 (see Table.at). The groups were checked (Decode) or the table is
// the embedded one, which the tests check, so it cannot fail.
func (t *Table) fill(i int) uint32 {
	t.fillMu.Lock()
	defer t.fillMu.Unlock()
	if p := t.at[i].Load(); p != 0 {
		return p
	}
	n := int(t.count[i])
	if t.nSlabs == 0 || t.slabUsed+n > slabSize {
		t.newSlab()
		t.slabUsed = 0
	}
	off := t.slabUsed
	t.slabUsed += n
	s := (*t.slabs[t.nSlabs-1].Load())[off : off+n]
	return t.write(i, s, uint32((t.nSlabs-1)*slabSize+off)+1)
}

// newSlab adds a slab.
func (t *Table) newSlab() {
	s := make([]Analysis, slabSize)
	t.slabs[t.nSlabs].Store(&s)
	t.nSlabs++
}

// write writes the analyses of form i into dst and publishes p as its
// position.
func (t *Table) write(i int, dst []Analysis, p uint32) uint32 {
	a := 0
	for g := t.grpOff[i]; g < t.grpOff[i+1]; g++ {
		l := int(t.grpLemma[g])
		st := &t.sets[t.grpSet[g]]
		d := dst[a : a+len(st.tmpl)]
		copy(d, st.tmpl)
		lemma := t.lemma(l)
		for j := range d {
			d[j].Lemma = lemma
		}
		for _, j := range st.particle {
			d[j].Particle = t.particles[t.lemmaParticle[l]]
		}
		a += len(st.tmpl)
	}
	t.at[i].Store(p)
	return p
}

func analysis(tu Tuple, lemma, particle string) Analysis {
	a := Analysis{Lemma: lemma, POS: tu.POS, Form: tu.Form, Tense: tu.Tense, Mood: tu.Mood,
		Person: tu.Person, Number: tu.Number, Gender: tu.Gender, Case: tu.Case}
	if tu.HasParticle {
		a.Particle = particle
	}
	return a
}

// flagsOf computes the is* bits of analyses; formFlags then combines a
// form's sets.
// formFlags is the is* bits of a form from those of its reading sets
// (or-ed): a form that is also a third-person indicative is no
// Konjunktiv I for IsSubjunctive1 („sagen“: „sie sagen“ either way).
func formFlags(f uint8) uint8 {
	if f&flagIndic3 != 0 {
		f &^= flagSubj1
	}
	return f
}

func flagsOf(as []Analysis) uint8 {
	var f uint8
	for _, a := range as {
		switch a.POS {
		case Noun:
			f |= flagNoun
		case Verb:
			f |= flagVerb
			switch a.Form {
			case Finite:
				f |= flagFinite
				if a.Person == 3 && a.Mood == Subjunctive1 {
					f |= flagSubj1
				}
				if a.Person == 3 && a.Mood == Indicative {
					f |= flagIndic3
				}
			case Participle:
				f |= flagParticiple
			}
		}
	}
	return f
}

// wordHash hashes a form for the open-addressing table: 8 bytes at a
// time (the last 8 overlapping the others), or for short forms 4+4 or
// 1+1+1 bytes, folded in with a 64×64→128-bit multiply (as wyhash does).
// The seed is fixed in the table file (see encodeSeed).
func wordHash[S string | []byte](seed uint64, w S) uint64 {
	n := len(w)
	h := seed ^ uint64(n)*hashM1
	var last uint64
	switch {
	case n >= 8:
		for i := 0; i < n-8; i += 8 {
			h = mix(h^le64(w[i:]), hashM2)
		}
		last = le64(w[n-8:])
	case n >= 4:
		last = le32(w) | le32(w[n-4:])<<32
	case n > 0:
		last = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	return mix(h^last, hashM3)
}

// le64 reads 8 bytes of w little-endian (one load).
func le64[S string | []byte](w S) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// le32 reads 4 bytes of w little-endian (one load).
func le32[S string | []byte](w S) uint64 {
	_ = w[3]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
}

func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// Odd constants of wyhash.
const (
	hashM1 = 0xa0761d6478bd642f
	hashM2 = 0xe7037ed1a0b428db
	hashM3 = 0x8ebc6af09c88c6e3
)
