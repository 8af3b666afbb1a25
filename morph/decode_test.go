package morph

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// relayout splits the table data into its header and sections, lets
// change edit them, and lays the file out again (padding, checksum): a
// damaged table that only the checks behind the checksum can refuse.
// change must keep the header's counts and the sections' sizes agreeing.
func relayout(tb testing.TB, data []byte, change func(h *header, sec *[numSections][]byte)) []byte {
	tb.Helper()
	var h header
	for k, f := range h.fields() {
		*f = u32(string(data[len(Magic):]), k)
	}
	sizes, ok := h.sections()
	if !ok {
		tb.Fatal("header")
	}
	var sec [numSections][]byte
	p := uint64(headerSize)
	for k, n := range sizes {
		sec[k] = bytes.Clone(data[p : p+n])
		p = pad4(p + n)
	}
	change(&h, &sec)
	return assemble(&h, &sec)
}

// TestDecodeLargeValues: offsets and indices of 2^31 and more are refused
// (on a 32-bit machine too, where they are negative as an int: run with
// GOARCH=386), not accepted to panic later or panic in Decode.
func TestDecodeLargeValues(t *testing.T) {
	for name, c := range map[string]struct {
		sec, at int
		v       uint32
	}{
		"set end":             {secSetOff, 1, 0xffffffff},
		"set end 2^31":        {secSetOff, 1, 1 << 31},
		"particle end":        {secParticleAt, 1, 0xffffffff},
		"particle end 2^31":   {secParticleAt, 1, 1 << 31},
		"group lemma 2^31":    {secGrpLemma, 0, 1 << 31},
		"group lemma max":     {secGrpLemma, 0, 0xffffffff},
		"lemma index form":    {secLemForm, 0, 1 << 31},
		"lemma index form -1": {secLemForm, 0, 0xffffffff},
		"form offset end":     {secWordOff, 3, 1 << 31},
		"lemma offset end":    {secLemmaAt, 3, 0xffffffff},
	} {
		d := relayout(t, smallTable(t), func(_ *header, sec *[numSections][]byte) {
			binary.LittleEndian.PutUint32(sec[c.sec][4*c.at:], c.v)
		})
		if tb, err := decodeSafely(d); !errors.Is(err, errCorrupt) {
			t.Errorf("%s: error = %v, want a corrupt-table error", name, err)
			if tb != nil {
				useSafely(t, name, tb)
			}
		}
	}
}

// decodeSafely is Decode with a panic turned into an error.
func decodeSafely(d []byte) (tb *Table, err error) {
	defer func() {
		if r := recover(); r != nil {
			tb, err = nil, errors.New("panic")
		}
	}()
	return Decode(d)
}

// useSafely looks up every form of tb, reporting a panic.
func useSafely(t *testing.T, name string, tb *Table) {
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s: a lookup panics: %v", name, r)
		}
	}()
	useAll(tb)
}

// TestDecodeLimits: Decode refuses more reading sets or particles than
// the format holds (65,536: a group's set and a lemma's particle are
// uint16s), as Encode does, and takes as many.
func TestDecodeLimits(t *testing.T) {
	const limit = 1 << 16
	for _, n := range []uint32{limit, limit + 1} {
		for _, c := range []struct {
			name  string
			sec   int
			count func(h *header) *uint32
		}{
			{"sets", secSetOff, func(h *header) *uint32 { return &h.sets }},
			{"particles", secParticleAt, func(h *header) *uint32 { return &h.particles }},
		} {
			d := relayout(t, smallTable(t), func(h *header, sec *[numSections][]byte) {
				end := sec[c.sec][len(sec[c.sec])-4:]
				for k := c.count(h); *k < n; *k++ { // empty sets or particles
					sec[c.sec] = append(sec[c.sec], end...)
				}
			})
			if _, err := Decode(d); (err != nil) != (n > limit) {
				t.Errorf("%d %s: error = %v", n, c.name, err)
			}
		}
	}
}

// TestDecodeHash: Decode refuses a hash that does not find every form
// where it is, is more than half full, or has a run of full slots longer
// than maxRun (a probe would read it all), though each form is in it once.
func TestDecodeHash(t *testing.T) {
	for name, d := range map[string][]byte{
		"rotated slots": relayout(t, smallTable(t), func(_ *header, sec *[numSections][]byte) {
			s := sec[secSlots]
			sec[secSlots] = append(bytes.Clone(s[len(s)-4:]), s[:len(s)-4]...)
		}),
		"3 forms in 4 slots": relayout(t, smallTable(t), func(h *header, sec *[numSections][]byte) {
			h.hashBits = 2
			sec[secSlots] = le32s(slotsOf(sec, int(h.forms), h.hashBits))
		}),
		"one run": clusteredTable(t, 1000),
	} {
		if _, err := Decode(d); !errors.Is(err, errCorrupt) {
			t.Errorf("%s: error = %v, want a corrupt-table error", name, err)
		}
	}
}

// slotsOf lays out the hash of the forms of sec in 2^bits slots (as
// Encode does).
func slotsOf(sec *[numSections][]byte, n int, bits uint32) []uint32 {
	slots, mask := make([]uint32, 1<<bits), uint64(1)<<bits-1
	words, off := string(sec[secWords]), string(sec[secWordOff])
	for i := 0; i < n; i++ {
		h := wordHash(encodeSeed, words[u32(off, i):u32(off, i+1)])
		j := h & mask
		for slots[j] != 0 {
			j = (j + 1) & mask
		}
		slots[j] = tagOf(h, idxMaskOf(n)) | uint32(i+1)
	}
	return slots
}

// clusteredTable encodes n forms chosen so that they hash into the first
// 8 slots: one run of n full slots.
func clusteredTable(tb testing.TB, n int) []byte {
	size := uint64(1)
	for size < uint64(2*n+1) {
		size *= 2
	}
	var forms []FormGroups
	for k := 0; len(forms) < n; k++ {
		if w := "w" + strconv.Itoa(k); wordHash(encodeSeed, w)&(size-1) < 8 {
			forms = append(forms, FormGroups{Word: w})
		}
	}
	slices.SortFunc(forms, func(a, b FormGroups) int { return strings.Compare(a.Word, b.Word) })
	data, err := Encode(&Content{Source: "clustered", Forms: forms})
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// TestEncodeRuns: Decode takes Encode's tables of every hash size up to
// 2^18 slots, filled as far as Encode fills them, with room: their
// longest run of full slots is at most half of maxRun.
func TestEncodeRuns(t *testing.T) {
	for bits := uint32(2); bits <= 18; bits++ {
		n := (1<<bits - 1) / 2
		forms := make([]FormGroups, n)
		for i := range forms {
			forms[i].Word = fmt.Sprintf("f%010d", 7919*i)
		}
		data, err := Encode(&Content{Forms: forms})
		if err != nil {
			t.Fatal(err)
		}
		tb, err := Decode(data)
		if err != nil {
			t.Fatalf("%d forms: %v", n, err)
		}
		if tb.hdr.hashBits != bits {
			t.Fatalf("%d forms: %d hash bits, want %d", n, tb.hdr.hashBits, bits)
		}
		if r := longestRun(tb.slots); r > maxRun(bits)/2 {
			t.Errorf("%d forms in 2^%d slots: a run of %d, maxRun %d", n, bits, r, maxRun(bits))
		}
	}
}

// TestDefaultInPlace: on a little-endian machine Default's arrays are
// views of the embedded bytes, so that opening it copies nothing (a copy
// would be 12 MB at start-up).
func TestDefaultInPlace(t *testing.T) {
	if !littleEndian() {
		t.Skip("big-endian: the arrays are copies")
	}
	tb := Default()
	lo := uintptr(unsafe.Pointer(unsafe.StringData(tableData)))
	hi := lo + uintptr(len(tableData))
	for name, p := range map[string]unsafe.Pointer{
		"wordOff": unsafe.Pointer(&tb.wordOff[0]), "slots": unsafe.Pointer(&tb.slots[0]),
		"grpOff": unsafe.Pointer(&tb.grpOff[0]), "grpLemma": unsafe.Pointer(&tb.grpLemma[0]),
		"grpSet": unsafe.Pointer(&tb.grpSet[0]), "lemmaAt": unsafe.Pointer(&tb.lemmaAt[0]),
		"lemmaParticle": unsafe.Pointer(&tb.lemmaParticle[0]), "lemmaOff": unsafe.Pointer(&tb.lemmaOff[0]),
		"lemForm": unsafe.Pointer(&tb.lemForm[0]),
	} {
		if a := uintptr(p); a < lo || a >= hi {
			t.Errorf("%s is a copy, not a view of the embedded table", name)
		}
	}
}
