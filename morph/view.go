package morph

import (
	"encoding/binary"
	"unsafe"
)

// view returns the section sec, little-endian uint16s or uint32s, as a
// []T. Where it can, it is a view of sec's bytes, so that opening the
// embedded table copies nothing; else (a big-endian machine, or bytes not
// aligned for T) a copy.
//
// The view is sound: p points to the len(sec) bytes of sec, of which the
// view covers size*n; a string's bytes are never written (and the table
// only reads its arrays: they are unexported), and they stay alive as
// long as the view, which points into the same object (the program's
// read-only data for the embedded table, the string Decode made
// otherwise); p is aligned for T (checked); and on a little-endian
// machine each T is its bytes in the order the file stores them.
func view[T uint16 | uint32](sec string) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	n := len(sec) / size
	if n == 0 {
		return nil
	}
	p := unsafe.StringData(sec)
	if littleEndian() && uintptr(unsafe.Pointer(p))%unsafe.Alignof(zero) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(p)), n)
	}
	out := make([]T, n)
	for i := range out {
		var v T
		for k := size - 1; k >= 0; k-- {
			v = v<<8 | T(sec[size*i+k])
		}
		out[i] = v
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
