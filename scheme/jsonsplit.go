package scheme

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"unicode/utf8"
)

// field is one top-level member of a JSON object: its decoded key and its
// raw value.
type field struct {
	key   string
	raw   []byte
	spans *rawSpans // the top-level "spans", read by scanSpans
}

// splitObject splits a line holding one JSON object into its members
// without decoding the values, in one pass over the bytes that also
// validates the whole line as encoding/json's json.Valid does (the same
// grammar, the same nesting limit; invalid UTF-8 is accepted, as there).
// valid reports whether the line is valid UTF-8 (outside strings, valid
// JSON is ASCII).
func splitObject(data []byte) (fields []field, valid bool, err error) {
	i := skipWS(data, 0)
	bad := false
	if i < len(data) && data[i] == '{' {
		out, end := scanMembers(data, i, &bad)
		if end >= 0 && skipWS(data, end) == len(data) {
			return out, !bad, nil
		}
		return nil, false, errors.New("not valid JSON")
	}
	if end := validValue(data, i, 0, &bad); end < 0 || skipWS(data, end) != len(data) {
		return nil, false, errors.New("not valid JSON")
	}
	return nil, false, errors.New("not a JSON object")
}

// scanMembers validates the object at data[i] == '{' and returns its
// members and its end, or an end of -1 if it is not valid JSON. Invalid
// UTF-8 sets *bad.
func scanMembers(data []byte, i int, bad *bool) ([]field, int) {
	out := make([]field, 0, 4)
	i = skipWS(data, i+1)
	if i < len(data) && data[i] == '}' {
		return out, i + 1
	}
	for {
		if i >= len(data) || data[i] != '"' {
			return nil, -1
		}
		kEnd := validString(data, i, bad)
		if kEnd < 0 {
			return nil, -1
		}
		key := decodeKey(data[i:kEnd])
		i = skipWS(data, kEnd)
		if i >= len(data) || data[i] != ':' {
			return nil, -1
		}
		i = skipWS(data, i+1)
		var vEnd int
		var spans *rawSpans
		if key == "spans" && i < len(data) && data[i] == '[' {
			spans, vEnd = scanSpans(data, i, bad)
		} else {
			vEnd = validValue(data, i, 1, bad)
		}
		if vEnd < 0 {
			return nil, -1
		}
		if key == "spans" && spans == nil {
			spans = &rawSpans{raw: data[i:vEnd]}
		}
		out = append(out, field{key: key, raw: data[i:vEnd], spans: spans})
		i = skipWS(data, vEnd)
		if i >= len(data) {
			return nil, -1
		}
		switch data[i] {
		case ',':
			i = skipWS(data, i+1)
		case '}':
			return out, i + 1
		default:
			return nil, -1
		}
	}
}

// maxDepth is encoding/json's limit on nested arrays and objects.
const maxDepth = 10000

// validValue returns the end of the valid JSON value that starts at
// data[i] inside depth open arrays and objects, or -1.
func validValue(data []byte, i, depth int, bad *bool) int {
	var open []byte // the arrays and objects open inside this value
	for {
		// a value starts at i
		if i >= len(data) {
			return -1
		}
		switch c := data[i]; c {
		case '{', '[':
			if depth+len(open)+1 > maxDepth {
				return -1
			}
			open = append(open, c)
			i = skipWS(data, i+1)
			if i < len(data) && data[i] == c+2 { // '}' or ']'
				open = open[:len(open)-1]
				i++
				break
			}
			if c == '{' {
				if i = validKey(data, i, bad); i < 0 {
					return -1
				}
			}
			continue
		case '"':
			i = validString(data, i, bad)
		case 't':
			i = literal(data, i, "true")
		case 'f':
			i = literal(data, i, "false")
		case 'n':
			i = literal(data, i, "null")
		default:
			i = validNumber(data, i)
		}
		if i < 0 {
			return -1
		}
		// after a value: close what it ends, or go on to the next one
		next := false
		for !next {
			if len(open) == 0 {
				return i
			}
			i = skipWS(data, i)
			if i >= len(data) {
				return -1
			}
			top := open[len(open)-1]
			switch c := data[i]; {
			case c == ',':
				i = skipWS(data, i+1)
				if top == '{' {
					if i = validKey(data, i, bad); i < 0 {
						return -1
					}
				}
				next = true
			case c == top+2:
				open = open[:len(open)-1]
				i++
			default:
				return -1
			}
		}
	}
}

// validKey checks `"key" :` at i and returns the start of the value
// after it (white space skipped), or -1.
func validKey(data []byte, i int, bad *bool) int {
	if i >= len(data) || data[i] != '"' {
		return -1
	}
	if i = validString(data, i, bad); i < 0 {
		return -1
	}
	i = skipWS(data, i)
	if i >= len(data) || data[i] != ':' {
		return -1
	}
	return skipWS(data, i+1)
}

// validString returns the end of the valid JSON string at data[i] == '"',
// or -1: no control character, only JSON's escapes. A byte that is not
// valid UTF-8 sets *bad.
func validString(data []byte, i int, bad *bool) int {
	for i++; i < len(data); i++ {
		for i+8 <= len(data) { // eight plain ASCII bytes at a time
			if m := stringStops(binary.LittleEndian.Uint64(data[i:])); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i >= len(data) {
			break
		}
		c := data[i]
		if c >= utf8.RuneSelf {
			if c >= 0xC2 && c <= 0xDF && i+1 < len(data) && data[i+1]&0xC0 == 0x80 {
				i++ // a valid two-byte sequence (ä, ö, ü, ß, é, …)
				continue
			}
			if c == 0xE2 && i+2 < len(data) && data[i+1]&0xC0 == 0x80 && data[i+2]&0xC0 == 0x80 {
				i += 2 // a valid sequence of E2 (quotation marks, dashes, €, …)
				continue
			}
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				*bad = true
			}
			i += size - 1
			continue
		}
		if plainByte[c] {
			continue
		}
		switch {
		case c == '"':
			return i + 1
		case c < 0x20:
			return -1
		}
		// a backslash
		if i+1 >= len(data) {
			return -1
		}
		switch data[i+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			i++
		case 'u':
			if i+6 > len(data) || !isHex(data[i+2]) || !isHex(data[i+3]) || !isHex(data[i+4]) || !isHex(data[i+5]) {
				return -1
			}
			i += 5
		default:
			return -1
		}
	}
	return -1
}

// Masks for looking at eight bytes at once: lo has 1 in each byte, hi the
// top bit of each byte.
const (
	lo = 0x0101010101010101
	hi = 0x8080808080808080
)

// stringStops marks (with the top bit of the byte) the first byte of w, a
// little-endian word of eight bytes of a JSON string, that validString
// has to look at: not ASCII, a control character, '"' or '\\'. The bytes
// before it are plain ASCII; the bits after it mean nothing.
func stringStops(w uint64) uint64 {
	return (w | (w - 0x20*lo) | (w ^ '"'*lo - lo) | (w ^ '\\'*lo - lo)) & hi
}

// quoteOrBackslash marks the first byte of w that is '"' or '\\' (the bits
// after it mean nothing).
func quoteOrBackslash(w uint64) uint64 {
	q, b := w^'"'*lo, w^'\\'*lo
	return ((q-lo)&^q | (b-lo)&^b) & hi
}

// plainByte holds the bytes that stand for themselves inside a JSON
// string: all but control characters, '"' and '\\'.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// literal returns the end of lit at data[i], or -1.
func literal(data []byte, i int, lit string) int {
	if len(data)-i < len(lit) || string(data[i:i+len(lit)]) != lit {
		return -1
	}
	return i + len(lit)
}

// validNumber returns the end of the JSON number at data[i], or -1:
// -? (0 | [1-9][0-9]*) (\.[0-9]+)? ([eE][+-]?[0-9]+)?
func validNumber(data []byte, i int) int {
	if i < len(data) && data[i] == '-' {
		i++
	}
	switch {
	case i >= len(data):
		return -1
	case data[i] == '0':
		i++
	case data[i] >= '1' && data[i] <= '9':
		i = digits(data, i+1)
	default:
		return -1
	}
	if i < len(data) && data[i] == '.' {
		j := digits(data, i+1)
		if j == i+1 {
			return -1
		}
		i = j
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		j := digits(data, i)
		if j == i {
			return -1
		}
		i = j
	}
	return i
}

func digits(data []byte, i int) int {
	for i < len(data) && data[i] >= '0' && data[i] <= '9' {
		i++
	}
	return i
}

// decodeKey decodes a (valid) JSON string used as a key, as
// encoding/json does; the keys of the scheme are not allocated.
func decodeKey(raw []byte) string {
	switch string(raw) {
	case `"id"`:
		return "id"
	case `"text"`:
		return "text"
	case `"spans"`:
		return "spans"
	case `"meta"`:
		return "meta"
	case `"label"`:
		return "label"
	case `"start"`:
		return "start"
	case `"end"`:
		return "end"
	}
	s, _ := decodeString(raw)
	return s
}

// splitMembers is splitObject for data already known to be valid JSON.
func splitMembers(data []byte) ([]field, error) {
	i := skipWS(data, 0)
	if i >= len(data) || data[i] != '{' {
		return nil, errors.New("not a JSON object")
	}
	var out []field
	i = skipWS(data, i+1)
	for i < len(data) && data[i] != '}' {
		kEnd := skipString(data, i)
		key := decodeKey(data[i:kEnd])
		i = skipWS(data, kEnd)
		i = skipWS(data, i+1) // the colon
		vEnd := skipValue(data, i)
		out = append(out, field{key: key, raw: data[i:vEnd]})
		i = skipWS(data, vEnd)
		if i < len(data) && data[i] == ',' {
			i = skipWS(data, i+1)
		}
	}
	return out, nil
}

func skipWS(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the end of the string starting at data[i] == '"'.
func skipString(data []byte, i int) int {
	for i++; i < len(data); i++ {
		for i+8 <= len(data) { // eight bytes without '"' or '\\' at a time
			if m := quoteOrBackslash(binary.LittleEndian.Uint64(data[i:])); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i >= len(data) {
			break
		}
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return i
}

// skipValue returns the end of the (valid) JSON value starting at i.
func skipValue(data []byte, i int) int {
	if i >= len(data) {
		return i
	}
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		depth := 0
		for ; i < len(data); i++ {
			switch data[i] {
			case '"':
				i = skipString(data, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
		}
		return i
	}
	for i < len(data) && data[i] != ',' && data[i] != '}' && data[i] != ']' && data[i] != ' ' && data[i] != '\t' && data[i] != '\n' && data[i] != '\r' {
		i++
	}
	return i
}
