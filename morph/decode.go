package morph

import (
	"bytes"
	"fmt"
	"hash/maphash"
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
	r := &reader{b: data[len(Magic):]}
	t := &Table{source: string(r.str())}
	lemmaBytes := r.uint()
	tuples := readTuples(r)
	sets := readSets(r, len(tuples))
	particles := t.readLemmas(r, lemmaBytes)
	t.readForms(r, tuples, sets, particles)
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the end", errCorrupt, len(r.b))
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
	if n > len(r.b) {
		r.err = fmt.Errorf("%w: %d sets", errCorrupt, n)
		return nil
	}
	out := make([][]uint16, n)
	for i := range out {
		k := r.uint()
		if k > len(r.b) {
			r.err = fmt.Errorf("%w: set of %d", errCorrupt, k)
			return nil
		}
		s := make([]uint16, k)
		for j := range s {
			v := r.uint()
			if v >= nTuples {
				r.err = fmt.Errorf("%w: tuple %d of %d", errCorrupt, v, nTuples)
				return nil
			}
			s[j] = uint16(v)
		}
		out[i] = s
	}
	return out
}

// readLemmas fills t.lemmas (substrings of one string) and returns the
// particle of each lemma.
func (t *Table) readLemmas(r *reader, size int) []string {
	n := r.uint()
	if n > len(r.b) || size > 64*len(r.b) {
		r.err = fmt.Errorf("%w: %d lemmas of %d bytes", errCorrupt, n, size)
		return nil
	}
	arena := make([]byte, 0, size)
	off := make([]int, n+1)
	var particles []string
	pidx := map[string]string{}
	particles = make([]string, n)
	prev := 0
	for i := 0; i < n && r.err == nil; i++ {
		start := len(arena)
		arena = r.front(arena, prev)
		prev = start
		off[i+1] = len(arena)
		if p := r.str(); len(p) > 0 {
			s, ok := pidx[string(p)]
			if !ok {
				s = string(p)
				pidx[s] = s
			}
			particles[i] = s
		}
	}
	if r.err != nil {
		return nil
	}
	all := string(arena)
	t.lemmas = make([]string, n)
	for i := range t.lemmas {
		t.lemmas[i] = all[off[i]:off[i+1]]
		if i > 0 && t.lemmas[i-1] >= t.lemmas[i] {
			r.err = fmt.Errorf("%w: lemmas out of order at %q", errCorrupt, t.lemmas[i])
			return nil
		}
	}
	return particles
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
// group and computes the analysis offsets and is* bits, but leaves the
// Analysis values to fill (on first lookup of each form).
func (t *Table) readForms(r *reader, tuples []Tuple, setIDs [][]uint16, particles []string) {
	n, size, nAna := r.uint(), r.uint(), r.uint()
	if n > len(r.b) || size > 64*len(r.b) || nAna > 64*len(r.b) {
		r.err = fmt.Errorf("%w: %d forms of %d bytes, %d analyses", errCorrupt, n, size, nAna)
		return
	}
	t.sets = expandSets(tuples, setIDs)
	t.particles = particles
	t.groups = r.b
	var words strings.Builder
	words.Grow(size)
	off := make([]uint32, n+1)
	t.anaOff = make([]uint32, n+1)
	t.groupOff = make([]uint32, n)
	t.flags = make([]uint8, n)
	prev, total := 0, 0
	for i := 0; i < n && r.err == nil; i++ {
		start := words.Len()
		r.frontTo(&words, prev)
		prev = start
		off[i+1] = uint32(words.Len())
		t.groupOff[i] = uint32(len(t.groups) - len(r.b))
		k := r.uint()
		var f uint8
		for j := 0; j < k && r.err == nil; j++ {
			l, si := r.uint(), r.uint()
			if l >= len(t.lemmas) || si >= len(t.sets) {
				r.err = fmt.Errorf("%w: lemma %d, set %d", errCorrupt, l, si)
				return
			}
			total += len(t.sets[si].tmpl)
			f |= t.sets[si].flags
		}
		if total > nAna {
			r.err = fmt.Errorf("%w: more than %d analyses", errCorrupt, nAna)
			return
		}
		t.anaOff[i+1] = uint32(total)
		if f&flagIndic3 != 0 {
			f &^= flagSubj1
		}
		t.flags[i] = f
	}
	if r.err != nil {
		return
	}
	if total != nAna {
		r.err = fmt.Errorf("%w: %d analyses, header says %d", errCorrupt, total, nAna)
		return
	}
	t.nAna = nAna
	t.chunks = make([]atomic.Pointer[[]Analysis], (n+chunkForms-1)/chunkForms)
	t.ready = make([]atomic.Uint32, (n+31)/32)
	t.words = words.String()
	t.wordOff = off
}

// chunkForms is the number of forms whose analyses share one allocation.
// Chunks are allocated when the first of their forms is looked up, so a
// program pays (in memory and in garbage-collector work) only for the
// parts of the table it uses.
const chunkForms = 64

// fill writes the analyses of form i, allocating its chunk if needed. The
// groups were checked by readForms, so it cannot fail.
func (t *Table) fill(i int) {
	t.fillMu.Lock()
	defer t.fillMu.Unlock()
	if t.isReady(i) {
		return
	}
	c := i / chunkForms
	ch := t.chunks[c].Load()
	if ch == nil {
		lo, hi := c*chunkForms, min((c+1)*chunkForms, t.Len())
		s := make([]Analysis, t.anaOff[hi]-t.anaOff[lo])
		ch = &s
		t.chunks[c].Store(ch)
	}
	r := reader{b: t.groups[t.groupOff[i]:]}
	a := t.anaOff[i] - t.anaOff[c*chunkForms]
	for k := r.uint(); k > 0; k-- {
		l, si := r.uint(), r.uint()
		st := &t.sets[si]
		dst := (*ch)[a : a+uint32(len(st.tmpl))]
		copy(dst, st.tmpl)
		for j := range dst {
			dst[j].Lemma = t.lemmas[l]
		}
		for _, j := range st.particle {
			dst[j].Particle = t.particles[l]
		}
		a += uint32(len(st.tmpl))
	}
	w := &t.ready[i/32]
	w.Store(w.Load() | 1<<(i%32)) // writers are serialised by fillMu
}

func (t *Table) isReady(i int) bool { return t.ready[i/32].Load()&(1<<(i%32)) != 0 }

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
	t.seed = maphash.MakeSeed()
	for i := 0; i < n; i++ {
		h := maphash.String(t.seed, t.Word(i))
		j := h & t.mask
		for t.slots[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = uint32(i + 1)
	}
}
