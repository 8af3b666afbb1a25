package morph

import (
	"encoding/binary"
	"unsafe"
)

// view32 returns the section sec, little-endian uint32s, as a []uint32.
// Where it can, it is a view of sec's bytes, so that opening the embedded
// table copies nothing; else (a big-endian machine, or bytes not 4-byte
// aligned) a copy.
//
// The view is sound: p points to the len(sec) bytes of sec, of which the
// view covers 4*n; a string's bytes are never written (and the table
// only reads its arrays: they are unexported), and they stay alive as
// long as the view, which points into the same object (the program's
// read-only data for the embedded table, the string Decode made
// otherwise); p is aligned for uint32 (checked); and on a little-endian
// machine each uint32 is the four bytes in the order the file stores
// them.
func view32(sec string) []uint32 {
	n := len(sec) / 4
	if n == 0 {
		return nil
	}
	p := unsafe.StringData(sec)
	if littleEndian() && uintptr(unsafe.Pointer(p))%unsafe.Alignof(uint32(0)) == 0 {
		return unsafe.Slice((*uint32)(unsafe.Pointer(p)), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = u32(sec, i)
	}
	return out
}

// view16 is view32 for uint16s (the same proof, with 2 bytes).
func view16(sec string) []uint16 {
	n := len(sec) / 2
	if n == 0 {
		return nil
	}
	p := unsafe.StringData(sec)
	if littleEndian() && uintptr(unsafe.Pointer(p))%unsafe.Alignof(uint16(0)) == 0 {
		return unsafe.Slice((*uint16)(unsafe.Pointer(p)), n)
	}
	out := make([]uint16, n)
	for i := range out {
		out[i] = u16(sec, i)
	}
	return out
}

// littleEndian reports whether the machine stores numbers little-endian,
// as the table file does (a constant of the build).
func littleEndian() bool {
	b := [2]byte{1, 0}
	return binary.NativeEndian.Uint16(b[:]) == 1
}

// u32 returns the little-endian uint32 i of s.
func u32(s string, i int) uint32 {
	b := s[4*i : 4*i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// u16 returns the little-endian uint16 i of s.
func u16(s string, i int) uint16 {
	b := s[2*i : 2*i+2]
	return uint16(b[0]) | uint16(b[1])<<8
}
