package main

import (
	"fmt"
	"hash/maphash"
)

// idSet remembers the document ids of a run, to report a duplicate where
// it enters. It keeps 64-bit hashes and positions (about 40 bytes per
// document), not the ids: two different ids are taken for the same with a
// probability of about n²/2⁶⁵ for n documents (10⁻⁸ for a million).
type idSet struct {
	seed  maphash.Seed
	seen  map[uint64]uint64 // hash → file index << 32 | line
	files []string          // the input files, in order
}

func newIDSet() *idSet { return &idSet{seed: maphash.MakeSeed(), seen: map[uint64]uint64{}} }

// add records id, read from file at line (0 for a text file); for an id
// seen before it returns where it was first seen.
func (s *idSet) add(id, file string, line int) (string, bool) {
	if n := len(s.files); n == 0 || s.files[n-1] != file {
		s.files = append(s.files, file)
	}
	h := maphash.String(s.seed, id)
	if pos, dup := s.seen[h]; dup {
		f, l := s.files[pos>>32], int(pos&0xffffffff)
		if l == 0 {
			return f, true
		}
		return fmt.Sprintf("%s:%d", f, l), true
	}
	s.seen[h] = uint64(len(s.files)-1)<<32 | uint64(uint32(line))
	return "", false
}
