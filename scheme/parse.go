package scheme

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
)

// parseRecord decodes one JSONL record of quelle annotate's input.
//
//   - "id" and "text" are required strings.
//   - "spans" of the labels in replace (the labels the run writes) are
//     counted and dropped; the others are checked against the text
//     (code-point offsets, text slices, scheme labels) and kept in the
//     document, which the pipeline passes through.
//   - "tokens" and "sentences" are dropped: they are recomputed (and
//     written with --tokens).
//   - "meta" and every other field are passed through in Meta, in their
//     original order. No key is ever written twice: when a top-level field
//     and a key of "meta" share a name, the value in "meta" is kept; when
//     a key repeats at the same level, its last value is kept (as most
//     JSON readers do). Each such case is reported in the notes.
//
// Invalid UTF-8 anywhere in the line, and escaped lone UTF-16 surrogates
// in id or text, are read as U+FFFD (one per invalid byte, so code-point
// offsets stay what they were) and reported in the notes.
func parseRecord(data []byte, replace map[string]bool) (*annotate.Document, []string, map[string]int, error) {
	doc, notes, err := parseFields(data)
	if err != nil || doc.spans == nil {
		return doc.Document, notes, nil, err
	}
	spans, replaced, n, err := decodeSpans(data, doc.spans, doc.Text, replace, doc.valid)
	notes = append(notes, n...)
	if err != nil {
		return nil, notes, nil, err
	}
	doc.Spans = spans
	return doc.Document, notes, replaced, nil
}

// parsedDoc is a document with its spans not yet decoded.
type parsedDoc struct {
	*annotate.Document
	spans *rawSpans // nil without "spans"
	valid bool      // the record is valid UTF-8
}

// parseFields decodes everything of a record but its spans.
func parseFields(data []byte) (parsedDoc, []string, error) {
	fields, valid, err := splitObject(data)
	if err != nil {
		return parsedDoc{}, nil, err
	}
	var notes []string
	if !valid {
		notes = append(notes, invalidNote(data, fields))
	}
	doc := parsedDoc{Document: &annotate.Document{}, valid: valid}
	var parts []metaPart
	seen := map[string]int{}
	for _, f := range fields {
		if seen[f.key]++; seen[f.key] == 2 && (f.key == "id" || f.key == "text" || f.key == "spans") {
			notes = append(notes, fmt.Sprintf("%q is given twice: the last value is kept", f.key))
		}
		switch f.key {
		case "id":
			if doc.ID, err = decodeStr(f.raw, valid); err != nil {
				return doc, notes, errors.New(`"id" must be a string`)
			}
			notes = appendSurrogateNote(notes, "id", f.raw)
		case "text":
			if doc.Text, err = decodeStr(f.raw, valid); err != nil {
				return doc, notes, errors.New(`"text" must be a string`)
			}
			notes = appendSurrogateNote(notes, "text", f.raw)
		case "spans":
			doc.spans = f.spans
		case "tokens", "sentences":
		case "meta":
			p, err := metaObject(f.raw)
			if err != nil {
				return doc, notes, err
			}
			parts = append(parts, p...)
		default:
			parts = append(parts, metaPart{key: f.key, raw: f.raw})
		}
	}
	if seen["id"] == 0 || seen["text"] == 0 {
		return doc, notes, errors.New(`record needs "id" and "text"`)
	}
	doc.Meta, notes = buildMeta(parts, valid, notes)
	return doc, notes, nil
}

// metaPart is one key of the output meta object: a top-level field, or a
// key of the input's "meta" object (inner holds that object's members
// verbatim, on the first of its keys).
type metaPart struct {
	key    string
	raw    []byte
	inMeta bool
	inner  []byte // the verbatim members of the "meta" object this key starts
}

// metaObject splits a "meta" value into its keys.
func metaObject(raw []byte) ([]metaPart, error) {
	raw = bytes.TrimSpace(raw)
	if string(raw) == "null" {
		return nil, nil
	}
	if len(raw) < 2 || raw[0] != '{' {
		return nil, errors.New(`"meta" must be an object`)
	}
	members, err := splitMembers(raw)
	if err != nil {
		return nil, err
	}
	parts := make([]metaPart, len(members))
	for i, m := range members {
		parts[i] = metaPart{key: m.key, raw: m.raw, inMeta: true}
	}
	if len(parts) > 0 {
		parts[0].inner = bytes.TrimSpace(raw[1 : len(raw)-1])
	}
	return parts, nil
}

// buildMeta writes the meta object. Without repeated keys and with valid
// UTF-8 it is the input's bytes: top-level fields as "key":value, the
// members of "meta" verbatim. Otherwise each kept key is written as
// "key":value in the place of its kept value.
func buildMeta(parts []metaPart, valid bool, notes []string) ([]byte, []string) {
	if len(parts) == 0 {
		return nil, notes
	}
	winner, dupNotes := winners(parts)
	notes = append(notes, dupNotes...)
	var b []byte
	b = append(b, '{')
	if winner == nil {
		for _, p := range parts {
			switch {
			case !p.inMeta:
				b = appendMember(b, p.key, p.raw)
			case p.inner != nil:
				if len(p.inner) > 0 {
					b = append(b, ',')
					b = append(b, p.inner...)
				}
			}
		}
	} else {
		for i, p := range parts {
			if winner[i] {
				b = appendMember(b, p.key, p.raw)
			}
		}
	}
	if len(b) == 1 {
		return nil, notes
	}
	b[1] = '{' // drop the leading comma
	b = append(b[1:], '}')
	if !valid && !utf8.Valid(b) {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return b, notes
}

// appendMember appends ,"key":value. The key is written as encoding/json
// writes it (HTML characters escaped), as quelle always has.
func appendMember(b []byte, key string, raw []byte) []byte {
	k, _ := json.Marshal(key)
	b = append(b, ',')
	b = append(b, k...)
	b = append(b, ':')
	return append(b, raw...)
}

// winners marks the kept part of every key, or returns nil when no key
// repeats: a key of "meta" beats a top-level field of the same name, and
// at the same level the last value wins.
func winners(parts []metaPart) ([]bool, []string) {
	last := make(map[string]int, len(parts))
	dup := false
	for i, p := range parts {
		j, ok := last[p.key]
		if ok {
			dup = true
		}
		if !ok || p.inMeta || !parts[j].inMeta {
			last[p.key] = i
		}
	}
	if !dup {
		return nil, nil
	}
	keep := make([]bool, len(parts))
	var notes []string
	reported := map[string]bool{}
	for i, p := range parts {
		w := last[p.key]
		keep[i] = w == i
		if w == i || reported[p.key] {
			continue
		}
		reported[p.key] = true
		switch {
		case parts[w].inMeta && !p.inMeta:
			notes = append(notes, fmt.Sprintf(`%q is given both as a field and in "meta": the value in "meta" is kept`, p.key))
		case p.inMeta:
			notes = append(notes, fmt.Sprintf(`%q is given twice in "meta": the last value is kept`, p.key))
		default:
			notes = append(notes, fmt.Sprintf("%q is given twice: the last value is kept", p.key))
		}
	}
	return keep, notes
}

// decodeString decodes a JSON string as encoding/json does (invalid UTF-8
// bytes and lone surrogates become U+FFFD), allocating the result once.
func decodeString(raw []byte) (string, error) { return decodeStr(raw, false) }

// decodeStr is decodeString; valid says that raw is known to be valid
// UTF-8.
func decodeStr(raw []byte, valid bool) (string, error) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", errors.New("not a string")
	}
	s := raw[1 : len(raw)-1]
	valid = valid || utf8.Valid(s)
	if valid && bytes.IndexByte(s, '\\') < 0 {
		return string(s), nil
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	appendDecoded(&b, s, valid)
	return b.String(), nil
}

// appendDecoded writes the body s of a JSON string decoded (invalid UTF-8
// bytes and lone surrogates become U+FFFD); valid says that s is valid
// UTF-8.
func appendDecoded(b *strings.Builder, s []byte, valid bool) {
	if valid { // copy the runs between escapes
		for esc := bytes.IndexByte(s, '\\'); esc >= 0; esc = bytes.IndexByte(s, '\\') {
			b.Write(s[:esc])
			s = s[unescape(b, s, esc):]
		}
		b.Write(s)
		return
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			i = unescape(b, s, i)
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			b.WriteRune(r)
			i += size
		}
	}
}

// unescape writes the escape sequence at s[i] (valid JSON) and returns the
// index after it.
func unescape(b *strings.Builder, s []byte, i int) int {
	switch c := s[i+1]; c {
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case 'u':
		r := hex4(s[i+2:])
		if utf16.IsSurrogate(r) {
			if i+12 <= len(s) && s[i+6] == '\\' && s[i+7] == 'u' {
				if dec := utf16.DecodeRune(r, hex4(s[i+8:])); dec != utf8.RuneError {
					b.WriteRune(dec)
					return i + 12
				}
			}
			r = utf8.RuneError
		}
		b.WriteRune(r)
		return i + 6
	default: // " \ /
		b.WriteByte(c)
	}
	return i + 2
}

// hex4 decodes four hex digits (valid JSON guarantees them).
func hex4(s []byte) rune {
	var r rune
	for _, c := range s[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		default:
			c = c - 'A' + 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// appendSurrogateNote reports the first escaped lone surrogate of a string.
func appendSurrogateNote(notes []string, name string, raw []byte) []string {
	for i := 0; i+1 < len(raw); i++ {
		k := bytes.IndexByte(raw[i:], '\\')
		if k < 0 {
			break
		}
		if i += k; i+1 >= len(raw) {
			break
		}
		if raw[i+1] != 'u' {
			i++
			continue
		}
		r := hex4(raw[i+2:])
		if !utf16.IsSurrogate(r) {
			i += 5
			continue
		}
		if i+12 <= len(raw) && raw[i+6] == '\\' && raw[i+7] == 'u' && utf16.DecodeRune(r, hex4(raw[i+8:])) != utf8.RuneError {
			i += 11
			continue
		}
		return append(notes, fmt.Sprintf("%q holds an unpaired UTF-16 surrogate (%s): read as U+FFFD", name, raw[i:i+6]))
	}
	return notes
}

// invalidNote names the first invalid UTF-8 byte of a line and the field
// it is in.
func invalidNote(data []byte, fields []field) string {
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		off += size
	}
	where := "in a key"
	for _, f := range fields {
		start := cap(data) - cap(f.raw)
		if off >= start && off < start+len(f.raw) {
			where = fmt.Sprintf("in %q", f.key)
		}
	}
	return fmt.Sprintf("invalid UTF-8 at byte offset %d of the line, %s: each invalid byte is read as U+FFFD", off, where)
}

// spanError is an input span that does not fit its document.
type spanError struct {
	kind error // ErrSpan or ErrUnknownLabel
	msg  string
}

func (e spanError) Error() string { return e.msg }
