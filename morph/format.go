package morph

// The table file (data/table.bin) is written by Encode (called by the
// generator, internal/gen) and read in place: the lookups read the file's
// arrays where they lie, so opening the embedded table decodes nothing
// but its header, the reading sets and the particles. All integers are
// little-endian.
//
//	magic   "QMORPH2\n"
//	header  16 uint32: CRC-32C of every byte after the header, the hash
//	        seed (low, high), then 13 counts: forms, lemmas, lemma groups,
//	        analyses, tuples, set entries, sets, particles, hash bits, and
//	        the byte sizes of the source, form, lemma and particle texts
//	        (see header)
//
// Then the sections, in this order, each padded with zero bytes to a
// multiple of 4 (sections lists them with their element sizes):
//
//	source        the packages and versions the data comes from
//	words         all forms, concatenated in byte order
//	wordOff       uint32 × forms+1: form i is words[wordOff[i]:wordOff[i+1]]
//	flags         uint8 × forms: the is* bits of each form (flagVerb, …)
//	count         uint8 × forms: the number of analyses of each form
//	slots         uint32 × 2^hash bits: an open-addressing hash of the
//	              forms by wordHash with the seed, at most half full
//	              (2^hash bits > 2 × forms), no run of full slots longer
//	              than 8 × hash bits (maxRun):
//	              form index + 1 in the low bits (idxMask), a tag of the
//	              hash in the others (tagOf), 0 for an empty slot
//	grpOff        uint32 × forms+1: form i has lemma groups grpOff[i] to
//	              grpOff[i+1]-1, lemma by lemma in lemma order
//	grpLemma      uint32 × groups: the lemma of each group
//	grpSet        uint16 × groups: the reading set of each group
//	tuples        9 bytes × tuples: POS Form Tense Mood Person Number
//	              Gender Case HasParticle (the feature values of one
//	              Analysis)
//	setOff        uint32 × sets+1: set s is setTuple[setOff[s]:setOff[s+1]]
//	setTuple      uint16 × set entries: tuple indices in tuple order (the
//	              readings one form has for one lemma, e.g.
//	              nom/gen/dat/acc singular)
//	lemmaText     all lemmas, concatenated in byte order
//	lemmaAt       uint32 × lemmas+1: lemma i is lemmaText[lemmaAt[i]:lemmaAt[i+1]]
//	lemmaParticle uint16 × lemmas: the separable particle of each lemma
//	              (0 = none, else particle index)
//	particleText  the particles, concatenated (particle 0 is "")
//	particleAt    uint32 × particles+1
//	lemmaOff      uint32 × lemmas+1: the lemma index of Forms, lemma i's
//	              groups are those of the forms lemForm[lemmaOff[i]:lemmaOff[i+1]]
//	lemForm       uint32 × groups: forms in table order
//
// Everything is written in a fixed order from sorted input with a fixed
// seed, so regenerating from the same input gives identical bytes. The
// format limits: fewer than 2^32 bytes, fewer than 2^30 forms and 2^30
// analyses, at most 255 analyses per form, 65,536 reading sets and
// particles.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"math/bits"
	"strings"
)

// Magic starts every table file; the digit is the format version.
const Magic = "QMORPH2\n"

// Tuple is the feature part of an Analysis as stored in the table; it is
// exported for the generator (internal/gen).
type Tuple struct {
	POS         POS
	Form        VerbForm
	Tense       Tense
	Mood        Mood
	Person      uint8
	Number      Number
	Gender      Gender
	Case        Case
	HasParticle bool // the Analysis carries its lemma's separable particle
}

// TupleSize is the number of bytes a Tuple takes in the table file.
const TupleSize = 9

// Bytes encodes the tuple for the table file.
func (t Tuple) Bytes() [TupleSize]byte {
	var p byte
	if t.HasParticle {
		p = 1
	}
	return [TupleSize]byte{byte(t.POS), byte(t.Form), byte(t.Tense), byte(t.Mood), t.Person, byte(t.Number), byte(t.Gender), byte(t.Case), p}
}

func tupleFrom(b string) Tuple {
	return Tuple{POS(b[0]), VerbForm(b[1]), Tense(b[2]), Mood(b[3]), b[4], Number(b[5]), Gender(b[6]), Case(b[7]), b[8] != 0}
}

// header is the fixed part of the file after the magic.
type header struct {
	crc, seedLo, seedHi                                             uint32
	forms, lemmas, groups, analyses, tuples, setEntries, sets       uint32
	particles, hashBits, sourceBytes, wordBytes, lemmaBytes, pBytes uint32
}

// headerSize is the size of the magic and the header in bytes.
const headerSize = len(Magic) + 4*16

func (h *header) fields() []*uint32 {
	return []*uint32{&h.crc, &h.seedLo, &h.seedHi, &h.forms, &h.lemmas, &h.groups, &h.analyses,
		&h.tuples, &h.setEntries, &h.sets, &h.particles, &h.hashBits, &h.sourceBytes, &h.wordBytes,
		&h.lemmaBytes, &h.pBytes}
}

// The sections of the file, in file order.
const (
	secSource = iota
	secWords
	secWordOff
	secFlags
	secCount
	secSlots
	secGrpOff
	secGrpLemma
	secGrpSet
	secTuples
	secSetOff
	secSetTuple
	secLemmaText
	secLemmaAt
	secLemmaParticle
	secParticleText
	secParticleAt
	secLemmaOff
	secLemForm
	numSections
)

// sections returns the byte size of each section for the counts of h, or
// false if the sizes overflow (a corrupt header).
func (h *header) sections() ([numSections]uint64, bool) {
	n := func(x uint32) uint64 { return uint64(x) }
	var s [numSections]uint64
	s[secSource] = n(h.sourceBytes)
	s[secWords] = n(h.wordBytes)
	s[secWordOff] = 4 * (n(h.forms) + 1)
	s[secFlags] = n(h.forms)
	s[secCount] = n(h.forms)
	if h.hashBits > 31 {
		return s, false
	}
	s[secSlots] = 4 << h.hashBits
	s[secGrpOff] = 4 * (n(h.forms) + 1)
	s[secGrpLemma] = 4 * n(h.groups)
	s[secGrpSet] = 2 * n(h.groups)
	s[secTuples] = TupleSize * n(h.tuples)
	s[secSetOff] = 4 * (n(h.sets) + 1)
	s[secSetTuple] = 2 * n(h.setEntries)
	s[secLemmaText] = n(h.lemmaBytes)
	s[secLemmaAt] = 4 * (n(h.lemmas) + 1)
	s[secLemmaParticle] = 2 * n(h.lemmas)
	s[secParticleText] = n(h.pBytes)
	s[secParticleAt] = 4 * (n(h.particles) + 1)
	s[secLemmaOff] = 4 * (n(h.lemmas) + 1)
	s[secLemForm] = 4 * n(h.groups)
	return s, true
}

// pad4 rounds n up to a multiple of 4.
func pad4(n uint64) uint64 { return (n + 3) &^ 3 }

// Content is what a table holds, in the order the file stores it; the
// generator fills it and Encode lays it out.
type Content struct {
	Source string
	Tuples []Tuple    // in byte order of Tuple.Bytes
	Sets   [][]uint16 // tuple indices, each set in increasing order
	Lemmas []Lemma    // in byte order
	Forms  []FormGroups
}

// Lemma is a lemma of Content with its separable particle ("" for none).
type Lemma struct{ Lemma, Particle string }

// FormGroups is a form of Content with its readings: one group per
// lemma, in lemma order.
type FormGroups struct {
	Word   string
	Groups []Group
}

// Group is the readings of a form for one lemma: indices into
// Content.Lemmas and Content.Sets.
type Group struct{ Lemma, Set int }

// encodeSeed seeds the hash of the forms. It is fixed so that the file is
// the same each time; an input word cannot be chosen to collide with more
// forms than the longest run of full slots, which TestProbeLength bounds.
const encodeSeed = 0x6d6f7270685f7631

// Encode lays out c in the table format; Decode reads it back.
func Encode(c *Content) ([]byte, error) {
	if err := c.check(); err != nil {
		return nil, err
	}
	e := &encoder{c: c}
	e.numberParticles()
	if e.forms(); e.err != nil {
		return nil, e.err
	}
	e.hash()
	e.lemmaIndex()
	return e.write(), nil
}

// check tests c against the format's limits and its own indices.
func (c *Content) check() error {
	if len(c.Sets) > math.MaxUint16+1 || len(c.Forms) >= 1<<30 || len(c.Tuples) > math.MaxUint16+1 {
		return fmt.Errorf("morph: %d sets, %d forms, %d tuples: over the format's limits", len(c.Sets), len(c.Forms), len(c.Tuples))
	}
	for _, s := range c.Sets {
		for _, ti := range s {
			if int(ti) >= len(c.Tuples) {
				return fmt.Errorf("morph: set refers to tuple %d of %d", ti, len(c.Tuples))
			}
		}
	}
	for i, f := range c.Forms {
		if i > 0 && c.Forms[i-1].Word >= f.Word {
			return fmt.Errorf("morph: forms out of order at %q", f.Word)
		}
		for _, g := range f.Groups {
			if g.Lemma < 0 || g.Lemma >= len(c.Lemmas) || g.Set < 0 || g.Set >= len(c.Sets) {
				return fmt.Errorf("morph: form %q: group %v out of range", f.Word, g)
			}
		}
	}
	for i := 1; i < len(c.Lemmas); i++ {
		if c.Lemmas[i-1].Lemma >= c.Lemmas[i].Lemma {
			return fmt.Errorf("morph: lemmas out of order at %q", c.Lemmas[i].Lemma)
		}
	}
	return nil
}

// encoder holds the derived arrays of Encode.
type encoder struct {
	c         *Content
	particles []string // particle 0 is ""
	lemmaPart []uint16
	flags     []uint8
	count     []uint8
	groups    int
	analyses  int
	slots     []uint32
	hashBits  uint32
	lemmaOff  []uint32
	lemForm   []uint32
	err       error
}

// numberParticles numbers the distinct particles in lemma order.
func (e *encoder) numberParticles() {
	e.particles = []string{""}
	idx := map[string]uint16{"": 0}
	e.lemmaPart = make([]uint16, len(e.c.Lemmas))
	for i, l := range e.c.Lemmas {
		k, ok := idx[l.Particle]
		if !ok {
			if len(e.particles) > math.MaxUint16 {
				e.err = fmt.Errorf("morph: more than %d particles", math.MaxUint16+1)
				return
			}
			k = uint16(len(e.particles))
			idx[l.Particle] = k
			e.particles = append(e.particles, l.Particle)
		}
		e.lemmaPart[i] = k
	}
}

// forms computes each form's is* bits and number of analyses.
func (e *encoder) forms() {
	setFlags := make([]uint8, len(e.c.Sets))
	for s, ids := range e.c.Sets {
		as := make([]Analysis, len(ids))
		for k, ti := range ids {
			as[k] = analysis(e.c.Tuples[ti], "", "")
		}
		setFlags[s] = flagsOf(as)
	}
	e.flags = make([]uint8, len(e.c.Forms))
	e.count = make([]uint8, len(e.c.Forms))
	for i, f := range e.c.Forms {
		var fl uint8
		n := 0
		for _, g := range f.Groups {
			fl |= setFlags[g.Set]
			n += len(e.c.Sets[g.Set])
		}
		fl = formFlags(fl)
		if n > math.MaxUint8 {
			e.err = fmt.Errorf("morph: form %q has %d analyses, the format holds %d", f.Word, n, math.MaxUint8)
		}
		e.flags[i], e.count[i] = fl, uint8(n)
		e.groups += len(f.Groups)
		e.analyses += n
	}
	if e.analyses >= 1<<30 {
		e.err = fmt.Errorf("morph: %d analyses, the format holds fewer than %d", e.analyses, 1<<30)
	}
}

// hash fills the open-addressing table of the forms, at most half full.
func (e *encoder) hash() {
	n := len(e.c.Forms)
	for 1<<e.hashBits < 2*n+1 {
		e.hashBits++
	}
	size := 1 << e.hashBits
	e.slots = make([]uint32, size)
	idxMask := idxMaskOf(n)
	for i, f := range e.c.Forms {
		h := wordHash(encodeSeed, f.Word)
		j := h & uint64(size-1)
		for e.slots[j] != 0 {
			j = (j + 1) & uint64(size-1)
		}
		e.slots[j] = tagOf(h, idxMask) | uint32(i+1)
	}
}

// maxRun is the longest run of full slots Decode takes in a hash of
// 2^hashBits slots: a probe reads at most that many slots. Encode's
// tables, at most half full, have runs of about 2.5 × hashBits (44 for
// the embedded table's 19 bits; TestEncodeRuns).
func maxRun(hashBits uint32) int { return 8 * int(hashBits) }

// lemmaIndex lists, for each lemma, the forms of its groups in table
// order (a counting sort by lemma that keeps the forms' order).
func (e *encoder) lemmaIndex() {
	e.lemmaOff = make([]uint32, len(e.c.Lemmas)+1)
	for _, f := range e.c.Forms {
		for _, g := range f.Groups {
			e.lemmaOff[g.Lemma+1]++
		}
	}
	for i := 1; i < len(e.lemmaOff); i++ {
		e.lemmaOff[i] += e.lemmaOff[i-1]
	}
	next := append([]uint32(nil), e.lemmaOff[:len(e.c.Lemmas)]...)
	e.lemForm = make([]uint32, e.groups)
	for i, f := range e.c.Forms {
		for _, g := range f.Groups {
			e.lemForm[next[g.Lemma]] = uint32(i)
			next[g.Lemma]++
		}
	}
}

// write writes the header and the sections.
func (e *encoder) write() []byte {
	c := e.c
	var words, lemmas, parts strings.Builder
	wordOff := make([]uint32, 1, len(c.Forms)+1)
	grpOff := make([]uint32, 1, len(c.Forms)+1)
	var grpLemma []uint32
	var grpSet []uint16
	for _, f := range c.Forms {
		words.WriteString(f.Word)
		wordOff = append(wordOff, uint32(words.Len()))
		for _, g := range f.Groups {
			grpLemma = append(grpLemma, uint32(g.Lemma))
			grpSet = append(grpSet, uint16(g.Set))
		}
		grpOff = append(grpOff, uint32(len(grpLemma)))
	}
	lemmaAt := []uint32{0}
	for _, l := range c.Lemmas {
		lemmas.WriteString(l.Lemma)
		lemmaAt = append(lemmaAt, uint32(lemmas.Len()))
	}
	partAt := []uint32{0}
	for _, p := range e.particles {
		parts.WriteString(p)
		partAt = append(partAt, uint32(parts.Len()))
	}
	var tuples []byte
	for _, t := range c.Tuples {
		b := t.Bytes()
		tuples = append(tuples, b[:]...)
	}
	setOff := []uint32{0}
	var setTuple []uint16
	for _, s := range c.Sets {
		setTuple = append(setTuple, s...)
		setOff = append(setOff, uint32(len(setTuple)))
	}
	h := header{seedLo: uint32(encodeSeed & math.MaxUint32), seedHi: uint32(encodeSeed >> 32),
		forms: uint32(len(c.Forms)), lemmas: uint32(len(c.Lemmas)), groups: uint32(e.groups),
		analyses: uint32(e.analyses), tuples: uint32(len(c.Tuples)), setEntries: uint32(len(setTuple)),
		sets: uint32(len(c.Sets)), particles: uint32(len(e.particles)), hashBits: e.hashBits,
		sourceBytes: uint32(len(c.Source)), wordBytes: uint32(words.Len()), lemmaBytes: uint32(lemmas.Len()),
		pBytes: uint32(parts.Len())}
	secs := [numSections][]byte{
		secSource: []byte(c.Source), secWords: []byte(words.String()), secWordOff: le32s(wordOff),
		secFlags: e.flags, secCount: e.count, secSlots: le32s(e.slots), secGrpOff: le32s(grpOff),
		secGrpLemma: le32s(grpLemma), secGrpSet: le16s(grpSet), secTuples: tuples, secSetOff: le32s(setOff),
		secSetTuple: le16s(setTuple), secLemmaText: []byte(lemmas.String()), secLemmaAt: le32s(lemmaAt),
		secLemmaParticle: le16s(e.lemmaPart), secParticleText: []byte(parts.String()),
		secParticleAt: le32s(partAt), secLemmaOff: le32s(e.lemmaOff), secLemForm: le32s(e.lemForm),
	}
	return assemble(&h, &secs)
}

// assemble lays out a table file: the header (its checksum set from the
// body) and the sections, each padded to 4 bytes.
func assemble(h *header, secs *[numSections][]byte) []byte {
	size := uint64(0)
	for _, s := range secs {
		size = pad4(size + uint64(len(s)))
	}
	body := make([]byte, 0, size)
	for _, s := range secs {
		body = append(body, s...)
		for len(body)%4 != 0 {
			body = append(body, 0)
		}
	}
	h.crc = crc32.Checksum(body, crc32.MakeTable(crc32.Castagnoli))
	out := append([]byte(Magic), make([]byte, headerSize-len(Magic))...)
	for k, f := range h.fields() {
		binary.LittleEndian.PutUint32(out[len(Magic)+4*k:], *f)
	}
	return append(out, body...)
}

// le32s and le16s lay numbers out little-endian, as the file holds them.
func le32s(v []uint32) []byte {
	out := make([]byte, 0, 4*len(v))
	for _, x := range v {
		out = binary.LittleEndian.AppendUint32(out, x)
	}
	return out
}

func le16s(v []uint16) []byte {
	out := make([]byte, 0, 2*len(v))
	for _, x := range v {
		out = binary.LittleEndian.AppendUint16(out, x)
	}
	return out
}

// idxMaskOf returns the bits of a slot that hold a form index + 1 for a
// table of n forms; the others hold the tag. With all 32 bits needed
// there is no tag.
func idxMaskOf(n int) uint32 { return 1<<bits.Len32(uint32(n)) - 1 }

// tagOf returns the tag of a form whose wordHash is h: bits 32… of the
// hash (the slot position comes from its low bits) in the bits of a slot
// above the form index. A probe compares the form only when the tags
// agree, so a word that is not in the table (or a collision) costs no
// read of the forms' offsets and bytes.
func tagOf(h uint64, idxMask uint32) uint32 { return uint32(h>>32) &^ idxMask }

// errCorrupt is wrapped by every decoding error.
var errCorrupt = errors.New("corrupt morph table")
