package scheme

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
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
	if err != nil || doc.spansRaw == nil {
		return doc.Document, notes, nil, err
	}
	spans, replaced, n, err := decodeSpans(doc.spansRaw, doc.Text, replace)
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
	spansRaw []byte
}

// parseFields decodes everything of a record but its spans.
func parseFields(data []byte) (parsedDoc, []string, error) {
	fields, err := splitObject(data)
	if err != nil {
		return parsedDoc{}, nil, err
	}
	var notes []string
	valid := utf8.Valid(data)
	if !valid {
		notes = append(notes, invalidNote(data, fields))
	}
	doc := parsedDoc{Document: &annotate.Document{}}
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
			doc.spansRaw = f.raw
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
	esc := bytes.IndexByte(s, '\\')
	valid = valid || utf8.Valid(s)
	if esc < 0 && valid {
		return string(s), nil
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	if valid { // copy the runs between escapes
		for esc >= 0 {
			b.Write(s[:esc])
			next := unescape(&b, s, esc)
			s = s[next:]
			esc = bytes.IndexByte(s, '\\')
		}
		b.Write(s)
		return b.String(), nil
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			i = unescape(&b, s, i)
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			b.WriteRune(r)
			i += size
		}
	}
	return b.String(), nil
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

// sameText reports whether a span's text is got: the decoded *text, or,
// when raw (the JSON string) is given, raw decoded, which it sets *text to
// when they differ.
func sameText(got string, raw []byte, text *string) bool {
	if raw == nil {
		return got == *text
	}
	if body := raw[1 : len(raw)-1]; len(body) == len(got) && string(body) == got && bytes.IndexByte(body, '\\') < 0 {
		return true // got is valid UTF-8: so is body
	}
	*text, _ = decodeString(raw)
	return got == *text
}

// spanError is an input span that does not fit its document.
type spanError struct {
	kind error // ErrSpan or ErrUnknownLabel
	msg  string
}

func (e spanError) Error() string { return e.msg }

// spanKeys are the span fields of the scheme, the ones a kept span keeps.
var spanKeys = []string{"label", "start", "end", "text", "value", "kind", "type", "mode", "lemma", "attribution", "rule"}

// decodeSpans decodes the input's "spans": those of the labels in
// replace are counted and dropped, the others are converted to byte
// offsets and checked against the text.
func decodeSpans(raw []byte, text string, replace map[string]bool) ([]annotate.Span, map[string]int, []string, error) {
	if len(raw) == 0 || raw[0] != '[' {
		var objs []json.RawMessage
		if err := json.Unmarshal(raw, &objs); err != nil {
			return nil, nil, nil, errors.New(`"spans" must be a list of span objects`)
		}
		return nil, nil, nil, nil // null
	}
	var notes []string
	var replaced map[string]int
	var unknown map[string]bool
	recs := make([]RecordSpan, 0, len(raw)/128+1)
	raws := make([][]byte, 0, cap(recs)) // the raw "text" of each kept span read by fastSpan
	pos := make([]int, 0, cap(recs))     // the input index of each kept span, for messages
	strs := map[string]string{}
	for i, k := skipWS(raw, 1), 0; i < len(raw) && raw[i] != ']'; k++ {
		r, textRaw, end, ok := fastSpan(raw, i, strs)
		if !ok {
			end = skipValue(raw, i)
			r = RecordSpan{}
			if err := json.Unmarshal(raw[i:end], &r); err != nil {
				return nil, nil, nil, fmt.Errorf("span %d: %v", k, err)
			}
		}
		o := raw[i:end]
		if i = skipWS(raw, end); i < len(raw) && raw[i] == ',' {
			i = skipWS(raw, i+1)
		}
		if replace[r.Label] {
			if replaced == nil {
				replaced = map[string]int{}
			}
			replaced[r.Label]++
			continue
		}
		if !ok {
			members, err := splitMembers(o)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("span %d must be an object", k)
			}
			for _, m := range members {
				if !slices.Contains(spanKeys, m.key) {
					if unknown == nil {
						unknown = map[string]bool{}
					}
					unknown[m.key] = true
				}
			}
		}
		recs = append(recs, r)
		raws = append(raws, textRaw)
		pos = append(pos, k)
	}
	if len(unknown) > 0 {
		keys := make([]string, 0, len(unknown))
		for k := range unknown {
			keys = append(keys, fmt.Sprintf("%q", k))
		}
		sort.Strings(keys)
		notes = append(notes, fmt.Sprintf("span fields %s are not part of the scheme and are not kept", strings.Join(keys, ", ")))
	}
	if len(recs) == 0 {
		return nil, replaced, notes, nil
	}
	spans, err := spansToBytes(recs, raws, pos, text)
	return spans, replaced, notes, err
}

// fastSpan decodes the (valid JSON) span object at raw[i] as json.Unmarshal
// into a RecordSpan does, for the common case: every key one of the
// scheme's, written without escapes, and every value of its field's type
// (or null); integers without fraction or exponent. It returns the raw
// "text" string undecoded (nil if absent or null) and the end of the
// object. Anything else is left to encoding/json (ok false), which gives
// the same result or its error. Strings other than the text are interned
// in strs.
func fastSpan(raw []byte, i int, strs map[string]string) (r RecordSpan, textRaw []byte, end int, ok bool) {
	if raw[i] != '{' {
		return r, nil, 0, false
	}
	for i = skipWS(raw, i+1); i < len(raw) && raw[i] != '}'; {
		kEnd := skipString(raw, i)
		key := raw[i:kEnd]
		i = skipWS(raw, skipWS(raw, kEnd)+1) // past the colon
		vEnd := skipValue(raw, i)
		v := raw[i:vEnd]
		if i = skipWS(raw, vEnd); i < len(raw) && raw[i] == ',' {
			i = skipWS(raw, i+1)
		}
		var good bool
		switch string(key) {
		case `"label"`:
			good = fastString(v, &r.Label, strs)
		case `"text"`:
			switch {
			case string(v) == "null": // leaves it as it is
				good = true
			case v[0] == '"':
				textRaw, good = v, true
			}
		case `"kind"`:
			good = fastString(v, &r.Kind, strs)
		case `"type"`:
			good = fastString(v, &r.Type, strs)
		case `"mode"`:
			good = fastString(v, &r.Mode, strs)
		case `"lemma"`:
			good = fastString(v, &r.Lemma, strs)
		case `"rule"`:
			good = fastString(v, &r.Rule, strs)
		case `"start"`:
			good = fastInt(v, &r.Start)
		case `"end"`:
			good = fastInt(v, &r.End)
		case `"attribution"`:
			good = fastInt(v, &r.Attribution)
		case `"token_start"`, `"token_end"`: // not kept
			var n int
			good = fastInt(v, &n)
		case `"value"`:
			switch {
			case string(v) == "null":
				r.Value, good = nil, true
			case v[0] == '-' || v[0] >= '0' && v[0] <= '9':
				if f, err := strconv.ParseFloat(string(v), 64); err == nil {
					r.Value, good = &f, true
				}
			}
		}
		if !good {
			return r, nil, 0, false
		}
	}
	return r, textRaw, i + 1, true
}

// fastString sets *dst to the JSON string v; null leaves it as it is.
// The scheme's labels and attribute values are not allocated; other
// strings are interned in strs.
func fastString(v []byte, dst *string, strs map[string]string) bool {
	if string(v) == "null" {
		return true
	}
	if v[0] != '"' {
		return false
	}
	if c, ok := schemeString(v); ok {
		*dst = c
		return true
	}
	if s, ok := strs[string(v)]; ok {
		*dst = s
		return true
	}
	s, err := decodeString(v)
	if err != nil {
		return false
	}
	strs[string(v)] = s
	*dst = s
	return true
}

// schemeString returns the label or attribute value of the scheme that
// the JSON string v stands for, without allocating.
func schemeString(v []byte) (string, bool) {
	switch string(v) {
	case `"CUE"`:
		return annotate.LabelCue, true
	case `"SOURCE"`:
		return annotate.LabelSource, true
	case `"QUOTE"`:
		return annotate.LabelQuote, true
	case `"HEDGE"`:
		return annotate.LabelHedge, true
	case `"NUMBER"`:
		return annotate.LabelNumber, true
	case `"cardinal"`:
		return annotate.KindCardinal, true
	case `"ordinal"`:
		return annotate.KindOrdinal, true
	case `"fraction"`:
		return annotate.KindFraction, true
	case `"vague"`:
		return annotate.KindVague, true
	case `"epistemic"`:
		return annotate.TypeEpistemic, true
	case `"evidential"`:
		return annotate.TypeEvidential, true
	case `"approximator"`:
		return annotate.TypeApproximator, true
	case `"direct"`:
		return annotate.ModeDirect, true
	case `"indirect"`:
		return annotate.ModeIndirect, true
	}
	return "", false
}

// fastInt sets *dst to the JSON integer v (at most 18 digits, no fraction
// or exponent); null leaves it as it is.
func fastInt(v []byte, dst *int) bool {
	if string(v) == "null" {
		return true
	}
	neg := v[0] == '-'
	if neg {
		v = v[1:]
	}
	if len(v) == 0 || len(v) > 18 {
		return false
	}
	n := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	*dst = n
	return true
}

// spansToBytes checks spans with code-point offsets against text and
// converts them to byte offsets, in one pass over the text. A span whose
// raw JSON text (raws[i]) is given is checked against it.
func spansToBytes(recs []RecordSpan, raws [][]byte, pos []int, text string) ([]annotate.Span, error) {
	cps := make([]int, 0, 2*len(recs))
	for _, r := range recs {
		cps = append(cps, r.Start, r.End)
	}
	sort.Ints(cps)
	cps = slices.Compact(cps)
	byteAt := make([]int, len(cps)) // the byte offset of code point cps[k], or -1
	b, n := 0, 0
	for k, c := range cps {
		for n < c && b < len(text) {
			for c-n >= 8 && b+8 <= len(text) && load64(text, b)&0x8080808080808080 == 0 {
				b += 8
				n += 8
			}
			if n == c || b == len(text) {
				break
			}
			if text[b] < utf8.RuneSelf {
				b++
			} else {
				_, size := utf8.DecodeRuneInString(text[b:])
				b += size
			}
			n++
		}
		byteAt[k] = -1
		if n == c {
			byteAt[k] = b
		}
	}
	at := func(c int) int {
		k, _ := slices.BinarySearch(cps, c)
		return byteAt[k]
	}
	total := n + utf8.RuneCountInString(text[b:])
	out := make([]annotate.Span, len(recs))
	labels := annotate.AllLabels()
	for i, r := range recs {
		where := func() string { return fmt.Sprintf("span %d (%s %d:%d)", pos[i], r.Label, r.Start, r.End) }
		switch {
		case !slices.Contains(labels, r.Label):
			return nil, spanError{ErrUnknownLabel, fmt.Sprintf("%s: %v %q (the scheme has %s)", where(), ErrUnknownLabel, r.Label, strings.Join(labels, ", "))}
		case r.Start < 0 || r.End > total || r.Start >= r.End:
			return nil, spanError{ErrSpan, fmt.Sprintf("%s: offsets out of range (text has %d code points)", where(), total)}
		}
		b0, b1 := at(r.Start), at(r.End)
		if got := text[b0:b1]; !sameText(got, raws[i], &r.Text) {
			return nil, spanError{ErrSpan, fmt.Sprintf("%s: text %q is not text[%d:%d] = %q", where(), r.Text, r.Start, r.End, got)}
		}
		out[i] = annotate.Span{Label: r.Label, Start: b0, End: b1, Kind: r.Kind, Type: r.Type, Mode: r.Mode,
			Lemma: r.Lemma, Attribution: r.Attribution, Rule: r.Rule}
		if r.Value != nil {
			out[i].Value = *r.Value
		}
	}
	return out, nil
}
