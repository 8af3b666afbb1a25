package hedge

// vocabTable finds the vocabulary id of a word: a static hash table built
// once at load time, cheaper per lookup than a Go map (a multiply-mix of
// at most two 8-byte loads instead of the runtime's string hash, and one
// probe of a pointer-free slot array that is at most a quarter full). It
// is immutable after newVocabTable.
type vocabTable struct {
	slots []vocabSlot // a power of two; n == 0 marks an empty slot
	words string      // the words, one after another
}

// vocabSlot is one word of the table: words[off : off+n] and its id.
type vocabSlot struct {
	off uint32
	n   uint32
	id  int32
}

// newVocabTable builds the table of vocab (word → id, the ids 0 … len-1).
func newVocabTable(vocab map[string]int32) vocabTable {
	size := 16
	for size < 4*len(vocab) {
		size *= 2
	}
	t := vocabTable{slots: make([]vocabSlot, size)}
	// insert in id order (ids are dense), so that the table's layout, and
	// with it the cost of a lookup, is the same in every run
	byID := make([]string, len(vocab))
	for w, id := range vocab {
		byID[id] = w
	}
	var words []byte
	for id, w := range byID {
		if w == "" {
			continue // no token is empty
		}
		j := vocabHash(w) & uint64(size-1)
		for t.slots[j].n != 0 {
			j = (j + 1) & uint64(size-1)
		}
		t.slots[j] = vocabSlot{off: uint32(len(words)), n: uint32(len(w)), id: int32(id)}
		words = append(words, w...)
	}
	t.words = string(words)
	return t
}

// find returns the id of w, or false when w is no vocabulary word.
func (t *vocabTable) find(w string) (int32, bool) {
	mask := uint64(len(t.slots) - 1)
	for j := vocabHash(w) & mask; ; j = (j + 1) & mask {
		s := &t.slots[j]
		if s.n == 0 {
			return noID, false
		}
		if int(s.n) == len(w) && t.words[s.off:s.off+s.n] == w {
			return s.id, true
		}
	}
}

// vocabHash hashes w from its length and its first and last (up to) eight
// bytes; words that differ only in their middle share a hash and are told
// apart by the comparison in find.
func vocabHash(w string) uint64 {
	var h uint64
	switch n := len(w); {
	case n >= 8:
		h = load8(w) ^ load8(w[n-8:])*0xff51afd7ed558ccd
	case n >= 4:
		lo := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
		hi := uint64(w[n-4]) | uint64(w[n-3])<<8 | uint64(w[n-2])<<16 | uint64(w[n-1])<<24
		h = lo | hi<<32
	case n > 0:
		h = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h = (h ^ uint64(len(w))<<56) * 0x9e3779b97f4a7c15
	return h ^ h>>32
}

// load8 reads the first eight bytes of w (at least eight) little-endian.
func load8(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}
