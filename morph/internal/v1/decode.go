package v1

import (
	"bytes"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"strings"
	"sync/atomic"
)

// Decode reads a table in the format of data/table.bin (see format.go).
// Default decodes the embedded table once; Decode is for tests and tools
// that ship their own table. It returns an error, never panics, on
// malformed data.
func Decode(data []byte) (*Table, error) {
	if !bytes.HasPrefix(data, []byte(Magic)) {
		return nil, fmt.Errorf("%w: missing magic %q", errCorrupt, Magic)
	}
	r := &reader{b: data, p: len(Magic)}
	t := &Table{source: string(r.str())}
	lemmaBytes := r.uint()
	tuples := readTuples(r)
	sets := readSets(r, len(tuples))
	t.readLemmas(r, lemmaBytes)
	t.readForms(r, tuples, sets)
	if r.err != nil {
		return nil, r.err
	}
	if r.left() != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the end", errCorrupt, r.left())
	}
	t.buildHash()
	return t, nil
}

func readTuples(r *reader) []Tuple {
	n := r.uint()
	raw := r.bytes(n * TupleSize)
	if r.err != nil {
		return nil
	}
	out := make([]Tuple, n)
	for i := range out {
		out[i] = tupleFrom(raw[i*TupleSize:])
	}
	return out
}

func readSets(r *reader, nTuples int) [][]uint16 {
	n := r.uint()
	if n > r.left() || n > math.MaxUint16+1 { // Table.grpSet holds a set index in 16 bits
		r.fail(fmt.Errorf("%w: %d sets", errCorrupt, n))
		return nil
	}
	out := make([][]uint16, n)
	for i := range out {
		k := r.uint()
		if k > r.left() {
			r.fail(fmt.Errorf("%w: set of %d", errCorrupt, k))
			return nil
		}
		s := make([]uint16, k)
		for j := range s {
			v := r.uint()
			if v >= nTuples {
				r.fail(fmt.Errorf("%w: tuple %d of %d", errCorrupt, v, nTuples))
				return nil
			}
			s[j] = uint16(v)
		}
		out[i] = s
	}
	return out
}

// readLemmas reads the lemmas into one string with their offsets, and
// their particles.
func (t *Table) readLemmas(r *reader, size int) {
	n := r.uint()
	if n > r.left() || size > 64*r.left() {
		r.fail(fmt.Errorf("%w: %d lemmas of %d bytes", errCorrupt, n, size))
		return
	}
	arena := make([]byte, 0, size)
	t.lemmaAt = make([]uint32, n+1)
	t.lemmaParticle = make([]uint16, n)
	t.particles = []string{""}
	pidx := map[string]uint16{"": 0}
	b, p, prev := r.b, r.p, 0
	for i := 0; i < n; i++ {
		var shared, m, q int
		if shared, q = uvarint(b, p); q < 0 {
			shared, q = uvarintSlow(b, p)
		}
		if m, p = uvarint(b, q); p < 0 {
			m, p = uvarintSlow(b, q)
		}
		if p < 0 || m > len(b)-p || prev+shared > len(arena) {
			r.fail(fmt.Errorf("%w: lemma %d", errCorrupt, i))
			return
		}
		prev, arena = len(arena), append(arena, arena[prev:prev+shared]...)
		arena = append(arena, b[p:p+m]...)
		t.lemmaAt[i+1] = uint32(len(arena))
		if m, q = uvarint(b, p+m); q < 0 {
			m, q = uvarintSlow(b, p+m)
		}
		p = q
		if p < 0 || m > len(b)-p {
			r.fail(fmt.Errorf("%w: particle of lemma %d", errCorrupt, i))
			return
		}
		if m == 0 { // no particle: lemmaParticle[i] stays 0
			continue
		}
		part := b[p : p+m]
		p += m
		k, ok := pidx[string(part)]
		if !ok {
			if len(t.particles) > math.MaxUint16 {
				r.fail(fmt.Errorf("%w: more than %d particles", errCorrupt, math.MaxUint16))
				return
			}
			k = uint16(len(t.particles))
			s := string(part)
			t.particles = append(t.particles, s)
			pidx[s] = k
		}
		t.lemmaParticle[i] = k
	}
	r.p = p
	t.lemmaText = string(arena)
	for i := 1; i < n; i++ {
		if t.lemma(i-1) >= t.lemma(i) {
			r.fail(fmt.Errorf("%w: lemmas out of order at %q", errCorrupt, t.lemma(i)))
			return
		}
	}
}

// set is one reading set of the table, expanded: the analyses without
// lemma, which of them carry the lemma's particle, and the is* bits.
type set struct {
	tmpl     []Analysis
	particle []int // indices into tmpl
	flags    uint8
}

func expandSets(tuples []Tuple, ids [][]uint16) []set {
	out := make([]set, len(ids))
	for i, s := range ids {
		st := &out[i]
		st.tmpl = make([]Analysis, len(s))
		for k, ti := range s {
			st.tmpl[k] = analysis(tuples[ti], "", "")
			if tuples[ti].HasParticle {
				st.particle = append(st.particle, k)
			}
		}
		st.flags = flagsOf(st.tmpl)
	}
	return out
}

// readForms reads the forms and their lemma groups. It checks every
// group and computes the analysis offsets, the is* bits and the number of
// groups of each lemma (for indexLemmas), but leaves the Analysis values
// to fill (on first lookup of each form).
func (t *Table) readForms(r *reader, tuples []Tuple, setIDs [][]uint16) {
	n, size, nAna := r.uint(), r.uint(), r.uint()
	if n > r.left() || size > 64*r.left() || nAna > 64*r.left() || nAna > 1<<30 {
		r.fail(fmt.Errorf("%w: %d forms of %d bytes, %d analyses", errCorrupt, n, size, nAna))
		return
	}
	if r.err != nil {
		return
	}
	t.sets = expandSets(tuples, setIDs)
	var words strings.Builder
	words.Grow(size)
	off := make([]uint32, n+1)
	t.anaOff = make([]uint32, n+1)
	t.grpOff = make([]uint32, n+1)
	t.grpLemma = make([]uint32, 0, n+n/4)
	t.grpSet = make([]uint16, 0, n+n/4)
	t.flags = make([]uint8, n)
	t.lemmaOff = make([]uint32, t.Lemmas()+1)
	b, p, prev, total := r.b, r.p, 0, 0
	for i := 0; i < n; i++ {
		var shared, m, q int
		if shared, q = uvarint(b, p); q < 0 {
			shared, q = uvarintSlow(b, p)
		}
		if m, p = uvarint(b, q); p < 0 {
			m, p = uvarintSlow(b, q)
		}
		if p < 0 || m > len(b)-p || prev+shared > words.Len() {
			r.fail(fmt.Errorf("%w: form %d", errCorrupt, i))
			return
		}
		start := words.Len()
		words.WriteString(words.String()[prev : prev+shared])
		words.Write(b[p : p+m])
		prev = start
		off[i+1] = uint32(words.Len())
		p += m
		var f uint8
		var k int
		if f, k, p = t.readGroups(b, p); p < 0 {
			r.fail(fmt.Errorf("%w: lemma groups of form %d", errCorrupt, i))
			return
		}
		t.grpOff[i+1] = uint32(len(t.grpLemma))
		total += k
		if total > nAna {
			r.fail(fmt.Errorf("%w: more than %d analyses", errCorrupt, nAna))
			return
		}
		t.anaOff[i+1] = uint32(total)
		if f&flagIndic3 != 0 {
			f &^= flagSubj1
		}
		t.flags[i] = f
	}
	r.p = p
	if total != nAna {
		r.fail(fmt.Errorf("%w: %d analyses, header says %d", errCorrupt, total, nAna))
		return
	}
	t.nAna = nAna
	t.at = make([]atomic.Uint32, n)
	// A slab closed for want of room holds more than slabSize/2 analyses
	// (larger sets of analyses get a slab of their own), so this many
	// slabs are enough.
	t.slabs = make([]atomic.Pointer[[]Analysis], 2*nAna/slabSize+2)
	t.words = words.String()
	t.wordOff = off
}

// readGroups reads the lemma groups of a form at b[p:], checks them,
// appends them to grpLemma and grpSet and counts them in lemmaOff. It
// returns the is* bits of the form's
// analyses, their number, and the position after the groups (-1 if they
// are bad).
func (t *Table) readGroups(b []byte, p int) (f uint8, n, end int) {
	k, q := uvarint(b, p)
	if q < 0 {
		k, q = uvarintSlow(b, p)
	}
	for p = q; k > 0 && p >= 0; k-- {
		var l, si int
		if l, q = uvarint(b, p); q < 0 {
			l, q = uvarintSlow(b, p)
		}
		if si, p = uvarint(b, q); p < 0 {
			si, p = uvarintSlow(b, q)
		}
		if uint(l) >= uint(len(t.lemmaOff)-1) || uint(si) >= uint(len(t.sets)) {
			return 0, 0, -1
		}
		t.lemmaOff[l+1]++
		t.grpLemma = append(t.grpLemma, uint32(l))
		t.grpSet = append(t.grpSet, uint16(si))
		st := &t.sets[si]
		n += len(st.tmpl)
		f |= st.flags
	}
	return f, n, p
}

// slabSize is the number of analyses of one slab: forms are filled in the
// order they are first looked up, each into the room left in the last
// slab, so memory follows the vocabulary a program sees.
const slabSize = 1024

// fill writes the analyses of form i into a slab and returns its position
// + 1 (see Table.at). The groups were checked by readForms, so it cannot
// fail.
func (t *Table) fill(i int) uint32 {
	t.fillMu.Lock()
	defer t.fillMu.Unlock()
	if p := t.at[i].Load(); p != 0 {
		return p
	}
	n := int(t.anaOff[i+1] - t.anaOff[i])
	if n > slabSize/2 { // a slab of its own
		s := t.newSlab(n)
		t.slabUsed = slabSize // the next form starts a new slab
		return t.write(i, s, uint32(t.nSlabs-1)*slabSize+1)
	}
	if t.nSlabs == 0 || t.slabUsed+n > slabSize {
		t.newSlab(slabSize)
		t.slabUsed = 0
	}
	off := t.slabUsed
	t.slabUsed += n
	s := (*t.slabs[t.nSlabs-1].Load())[off : off+n]
	return t.write(i, s, uint32((t.nSlabs-1)*slabSize+off)+1)
}

// newSlab adds a slab of n analyses.
func (t *Table) newSlab(n int) []Analysis {
	s := make([]Analysis, n)
	t.slabs[t.nSlabs].Store(&s)
	t.nSlabs++
	return s
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

// flagsOf computes the is* bits of analyses; the caller clears flagSubj1
// when flagIndic3 is set for the form as a whole.
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

// buildHash indexes the forms in an open-addressing table at most half full.
func (t *Table) buildHash() {
	n := t.Len()
	size := 1
	for size < 2*n+1 {
		size <<= 1
	}
	t.slots = make([]uint32, size)
	t.mask = uint64(size - 1)
	t.seed = rand.Uint64()
	t.idxMask = 1<<bits.Len32(uint32(n)) - 1 // the bits that n (index + 1) needs; all 32 leave no tag
	words, off := t.words, t.wordOff
	for i := 0; i < n; i++ {
		h := wordHash(t.seed, words[off[i]:off[i+1]])
		j := h & t.mask
		for t.slots[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = t.tagOf(h) | uint32(i+1)
	}
}

// wordHash hashes a form for the open-addressing table: 8 bytes at a
// time (the last 8 overlapping the others), or for short forms 4+4 or
// 1+1+1 bytes, folded in with a 64×64→128-bit multiply (as wyhash does),
// seeded per table so that no input can be chosen to collide.
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
