package scheme

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
)

// Input spans are read in two steps. splitObject, validating the record,
// reads the "spans" array into a rawSpans on the way (scanSpans): offsets
// as written (code points), labels and the scheme's attribute values set,
// every other string left where it is in the line (spanRefs). Once the
// text is known, decodeSpans drops the spans of the labels the run
// writes, converts the offsets of the others to bytes, checks them and
// decodes their strings, all into one string.

// rawSpans is the "spans" value of a record as splitObject reads it.
type rawSpans struct {
	raw   []byte // the value as written
	array bool   // it is a list, read into spans and refs
	spans []annotate.Span
	refs  []spanRefs
}

// strRef locates a JSON string (quotes included) in the line; end 0 means
// absent.
type strRef struct{ start, end int }

// The string attributes a span keeps undecoded until decodeSpans.
const (
	refKind = iota
	refType
	refMode
	refLemma
	refRule
	nRefs
)

// spanRefs is what scanSpan leaves of a span undecoded. It holds no
// pointer, so the collector has nothing to scan in it.
type spanRefs struct {
	pos  int    // the span's index in the input list, for messages
	text strRef // its "text"
	attr [nRefs]strRef
	// obj is set when the span is left to encoding/json: its object (or
	// whatever other value stands in the list).
	obj strRef
}

// spanKeys are the span fields of the scheme, the ones a kept span keeps.
var spanKeys = []string{"label", "start", "end", "text", "value", "kind", "type", "mode", "lemma", "attribution", "rule"}

// scanSpans validates the list at data[i] == '[' and reads its spans;
// invalid UTF-8 sets *bad. It returns the end of the list, or -1 if it is
// not valid JSON.
func scanSpans(data []byte, i int, bad *bool) (*rawSpans, int) {
	start := i
	rs := &rawSpans{array: true}
	if i = skipWS(data, i+1); i < len(data) && data[i] == ']' {
		rs.raw = data[start : i+1]
		return rs, i + 1
	}
	n := (len(data)-i)/128 + 1 // about one span per 128 bytes (quelle writes 137)
	rs.spans, rs.refs = make([]annotate.Span, 0, n), make([]spanRefs, 0, n)
	for k := 0; ; k++ {
		var s annotate.Span
		ref := spanRefs{pos: k}
		end, ok := scanSpan(data, i, &s, &ref, bad)
		if end < 0 {
			return nil, -1
		}
		if !ok {
			if end = validValue(data, i, 2, bad); end < 0 {
				return nil, -1
			}
			s, ref = annotate.Span{}, spanRefs{pos: k, obj: strRef{i, end}}
		}
		rs.spans = append(rs.spans, s)
		rs.refs = append(rs.refs, ref)
		if i = skipWS(data, end); i >= len(data) {
			return nil, -1
		}
		switch data[i] {
		case ',':
			i = skipWS(data, i+1)
		case ']':
			rs.raw = data[start : i+1]
			return rs, i + 1
		default:
			return nil, -1
		}
	}
}

// scanSpan reads the span object at data[i] into s and ref, validating
// it, as json.Unmarshal into a RecordSpan does, for the common case: every
// key one of the scheme's, written without escapes, and every value of its
// field's type (or null); integers without fraction or exponent. The label
// and the scheme's attribute values are set in s; the text and other
// strings are left in ref. It returns the end of the object; ok false
// leaves anything else to encoding/json, and an end of -1 says that the
// line is not valid JSON.
func scanSpan(data []byte, i int, s *annotate.Span, ref *spanRefs, bad *bool) (end int, ok bool) {
	if i >= len(data) || data[i] != '{' {
		return 0, false
	}
	if i = skipWS(data, i+1); i < len(data) && data[i] == '}' {
		return i + 1, true
	}
	for {
		k, kEnd := spanKey(data, i)
		if k == keyOther {
			return 0, false
		}
		if i = skipWS(data, kEnd); i >= len(data) || data[i] != ':' {
			return 0, false
		}
		if i = skipWS(data, i+1); i >= len(data) {
			return 0, false
		}
		vEnd, good := scanSpanValue(data, i, k, s, ref, bad)
		if vEnd < 0 || !good {
			return vEnd, false
		}
		if i = skipWS(data, vEnd); i >= len(data) {
			return 0, false
		}
		switch data[i] {
		case ',':
			i = skipWS(data, i+1)
		case '}':
			return i + 1, true
		default:
			return 0, false
		}
	}
}

// The keys of a span object that scanSpan reads.
const (
	keyOther = iota
	keyLabel
	keyStart
	keyEnd
	keyText
	keyValue
	keyKind
	keyType
	keyMode
	keyLemma
	keyAttribution
	keyRule
	keyTokenStart
	keyTokenEnd
)

// spanKey returns the key at data[i] (quotes included, no escapes) and
// its end, or keyOther.
func spanKey(data []byte, i int) (int, int) {
	if i+2 >= len(data) || data[i] != '"' {
		return keyOther, 0
	}
	var k int
	var want string
	switch data[i+1] {
	case 'l':
		k, want = keyLabel, `"label"`
		if data[i+2] == 'e' {
			k, want = keyLemma, `"lemma"`
		}
	case 's':
		k, want = keyStart, `"start"`
	case 'e':
		k, want = keyEnd, `"end"`
	case 't':
		switch data[i+2] {
		case 'e':
			k, want = keyText, `"text"`
		case 'y':
			k, want = keyType, `"type"`
		default:
			k, want = keyTokenStart, `"token_start"`
			if i+7 < len(data) && data[i+7] == 'e' {
				k, want = keyTokenEnd, `"token_end"`
			}
		}
	case 'v':
		k, want = keyValue, `"value"`
	case 'k':
		k, want = keyKind, `"kind"`
	case 'm':
		k, want = keyMode, `"mode"`
	case 'a':
		k, want = keyAttribution, `"attribution"`
	case 'r':
		k, want = keyRule, `"rule"`
	default:
		return keyOther, 0
	}
	if len(data)-i < len(want) || string(data[i:i+len(want)]) != want {
		return keyOther, 0
	}
	return k, i + len(want)
}

// scanSpanValue validates the value of key k at data[i] and sets it as
// json.Unmarshal would; good false leaves the span to encoding/json, and
// an end of -1 says that the value is not valid JSON.
func scanSpanValue(data []byte, i, k int, s *annotate.Span, ref *spanRefs, bad *bool) (end int, good bool) {
	c := data[i]
	switch k {
	case keyStart, keyEnd, keyAttribution, keyTokenStart, keyTokenEnd:
		if c >= '0' && c <= '9' {
			return scanInt(data, i, k, s)
		}
	case keyLabel, keyKind, keyType, keyMode:
		if c == '"' {
			if v, n := schemePrefix(data[i:]); n > 0 {
				switch k {
				case keyLabel:
					s.Label = v
				case keyKind:
					s.Kind, ref.attr[refKind] = v, strRef{}
				case keyType:
					s.Type, ref.attr[refType] = v, strRef{}
				case keyMode:
					s.Mode, ref.attr[refMode] = v, strRef{}
				}
				return i + n, true
			}
		}
	}
	switch {
	case c == '"':
		end = validString(data, i, bad)
	case c == 'n':
		end = literal(data, i, "null")
	case c == '-' || c >= '0' && c <= '9':
		end = validNumber(data, i)
	default:
		return 0, false
	}
	if end < 0 {
		return -1, false
	}
	return end, setSpanField(s, ref, k, data[i:end], i)
}

// scanInt reads the non-negative integer at data[i] (a digit) into field
// k of s, for the common case: at most 18 digits, no leading zero, no
// fraction or exponent (anything else is left to encoding/json).
func scanInt(data []byte, i, k int, s *annotate.Span) (int, bool) {
	n, j := 0, i
	for ; j < len(data) && data[j] >= '0' && data[j] <= '9'; j++ {
		n = n*10 + int(data[j]-'0')
	}
	if j-i > 18 || data[i] == '0' && j-i > 1 || j < len(data) && (data[j] == '.' || data[j] == 'e' || data[j] == 'E') {
		return 0, false
	}
	switch k {
	case keyStart:
		s.Start = n
	case keyEnd:
		s.End = n
	case keyAttribution:
		s.Attribution = n
	}
	return j, true
}

// schemePrefix returns the label or attribute value of the scheme that
// data starts with as a JSON string, and the string's length (0 for
// none).
func schemePrefix(data []byte) (string, int) {
	end := bytes.IndexByte(data[1:min(len(data), 16)], '"')
	if end < 0 {
		return "", 0
	}
	v, ok := schemeString(data[:end+2])
	if !ok {
		return "", 0
	}
	return v, end + 2
}

// setSpanField sets field k to the valid JSON value v found at offset at
// of the line, as json.Unmarshal would; false if v is not of the field's
// type.
func setSpanField(s *annotate.Span, ref *spanRefs, k int, v []byte, at int) bool {
	switch k {
	case keyLabel:
		return fastLabel(v, &s.Label)
	case keyText:
		return fastRef(v, at, &ref.text)
	case keyKind:
		return fastAttr(v, at, &s.Kind, &ref.attr[refKind])
	case keyType:
		return fastAttr(v, at, &s.Type, &ref.attr[refType])
	case keyMode:
		return fastAttr(v, at, &s.Mode, &ref.attr[refMode])
	case keyLemma:
		return fastAttr(v, at, &s.Lemma, &ref.attr[refLemma])
	case keyRule:
		return fastAttr(v, at, &s.Rule, &ref.attr[refRule])
	case keyStart:
		return fastInt(v, &s.Start)
	case keyEnd:
		return fastInt(v, &s.End)
	case keyAttribution:
		return fastInt(v, &s.Attribution)
	case keyTokenStart, keyTokenEnd: // not kept
		var n int
		return fastInt(v, &n)
	case keyValue:
		return fastFloat(v, &s.Value)
	}
	return false
}

// fastRef sets *ref to the JSON string v at raw offset at; null leaves it
// as it is.
func fastRef(v []byte, at int, ref *strRef) bool {
	switch {
	case string(v) == "null":
	case v[0] == '"':
		*ref = strRef{at, at + len(v)}
	default:
		return false
	}
	return true
}

// fastAttr sets a string attribute from the JSON string v at raw offset
// at: a value of the scheme in *dst, anything else in *ref for decoding
// later (the other one cleared, so the last value given wins); null
// leaves it as it is.
func fastAttr(v []byte, at int, dst *string, ref *strRef) bool {
	if c, ok := schemeString(v); ok {
		*dst, *ref = c, strRef{}
		return true
	}
	if string(v) != "null" {
		*dst = ""
	}
	return fastRef(v, at, ref)
}

// fastLabel sets *dst to the JSON string v; null leaves it as it is. The
// scheme's labels are not allocated.
func fastLabel(v []byte, dst *string) bool {
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
	s, err := decodeString(v)
	*dst = s
	return err == nil
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

// fastFloat sets *dst to the JSON number v, 0 for null (a *float64 set to
// nil).
func fastFloat(v []byte, dst *float64) bool {
	switch {
	case string(v) == "null":
		*dst = 0
		return true
	case v[0] != '-' && (v[0] < '0' || v[0] > '9'):
		return false
	}
	var n int
	if len(v) <= 16 && fastInt(v, &n) { // exact in a float64
		*dst = float64(n)
		if n == 0 && v[0] == '-' {
			*dst = math.Copysign(0, -1)
		}
		return true
	}
	f, err := strconv.ParseFloat(string(v), 64)
	*dst = f
	return err == nil
}

// decodeSpans decodes the input's "spans" (rs, read from line): those of
// the labels in replace are counted and dropped, the others are converted
// to byte offsets and checked against the text, which must be valid UTF-8
// (as decodeStr makes it). valid says that the line is valid UTF-8.
func decodeSpans(line []byte, rs *rawSpans, text string, replace map[string]bool, valid bool) ([]annotate.Span, map[string]int, []string, error) {
	if !rs.array {
		var objs []json.RawMessage
		if err := json.Unmarshal(rs.raw, &objs); err != nil {
			return nil, nil, nil, errors.New(`"spans" must be a list of span objects`)
		}
		return nil, nil, nil, nil // null
	}
	var notes []string
	var replaced map[string]int
	var unknown map[string]bool
	var texts map[int]string                 // the text of each span decoded by encoding/json, by index
	spans, refs := rs.spans[:0], rs.refs[:0] // the kept ones, in place
	for k, s := range rs.spans {
		ref := rs.refs[k]
		var fbText string
		if ref.obj.end > 0 {
			var r RecordSpan
			if err := json.Unmarshal(line[ref.obj.start:ref.obj.end], &r); err != nil {
				return nil, nil, nil, fmt.Errorf("span %d: %v", k, err)
			}
			s, fbText = spanOf(r), r.Text
		}
		if replace[s.Label] {
			if replaced == nil {
				replaced = map[string]int{}
			}
			replaced[s.Label]++
			continue
		}
		if ref.obj.end > 0 {
			members, err := splitMembers(line[ref.obj.start:ref.obj.end])
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
			if texts == nil {
				texts = map[int]string{}
			}
			texts[len(spans)] = fbText
		}
		spans = append(spans, s)
		refs = append(refs, ref)
	}
	if len(unknown) > 0 {
		keys := make([]string, 0, len(unknown))
		for k := range unknown {
			keys = append(keys, fmt.Sprintf("%q", k))
		}
		sort.Strings(keys)
		notes = append(notes, fmt.Sprintf("span fields %s are not part of the scheme and are not kept", strings.Join(keys, ", ")))
	}
	if len(spans) == 0 {
		return nil, replaced, notes, nil
	}
	sd := spanDecoder{line: line, text: text, valid: valid, spans: spans, refs: refs, texts: texts}
	if err := sd.toBytes(); err != nil {
		return nil, replaced, notes, err
	}
	sd.setStrings()
	return spans, replaced, notes, nil
}

// spanOf is the span of r, offsets unconverted.
func spanOf(r RecordSpan) annotate.Span {
	s := annotate.Span{Label: r.Label, Start: r.Start, End: r.End, Kind: r.Kind, Type: r.Type, Mode: r.Mode,
		Lemma: r.Lemma, Attribution: r.Attribution, Rule: r.Rule}
	if r.Value != nil {
		s.Value = *r.Value
	}
	return s
}

// spanDecoder converts the spans of one record to byte offsets, checks
// them and decodes their strings.
type spanDecoder struct {
	line  []byte // the record, which the refs point into
	text  string
	valid bool // line is valid UTF-8
	spans []annotate.Span
	refs  []spanRefs
	texts map[int]string // texts of the spans encoding/json decoded
}

// cpKey is a code-point offset to convert: span i's start (2i) or end
// (2i+1).
type cpKey struct{ cp, at int }

// toBytes checks the spans' labels, offsets and texts and converts their
// offsets to bytes, in one pass over the text. The first span in input
// order with a problem is the error.
func (sd *spanDecoder) toBytes() error {
	labels := annotate.AllLabels()
	total := -1
	bad, badErr := len(sd.spans), error(nil)
	for i := range sd.spans {
		s := &sd.spans[i]
		if !slices.Contains(labels, s.Label) {
			bad, badErr = i, spanError{ErrUnknownLabel, fmt.Sprintf("%s: %v %q (the scheme has %s)", sd.where(i), ErrUnknownLabel, s.Label, strings.Join(labels, ", "))}
			break
		}
		if s.Start < 0 || s.Start >= s.End {
			bad, badErr = i, sd.rangeError(i, &total)
			break
		}
	}
	keys := make([]cpKey, 0, 2*bad)
	for i, s := range sd.spans[:bad] {
		keys = append(keys, cpKey{s.Start, 2 * i}, cpKey{s.End, 2*i + 1})
	}
	slices.SortFunc(keys, func(a, b cpKey) int { return cmp.Compare(a.cp, b.cp) })
	byteAt := make([]int, 2*bad) // byte offset of each start and end, -1 past the text
	b, n := 0, 0
	for _, k := range keys {
		b, n = advance(sd.text, b, n, k.cp)
		byteAt[k.at] = b
		if n < k.cp {
			byteAt[k.at] = -1
		}
	}
	for i := range bad {
		if byteAt[2*i+1] < 0 { // the end is past the text
			return sd.rangeError(i, &total)
		}
		if err := sd.checkText(i, byteAt[2*i], byteAt[2*i+1]); err != nil {
			return err
		}
		sd.spans[i].Start, sd.spans[i].End = byteAt[2*i], byteAt[2*i+1]
	}
	return badErr
}

// where names span i in messages.
func (sd *spanDecoder) where(i int) string {
	s := &sd.spans[i]
	return fmt.Sprintf("span %d (%s %d:%d)", sd.refs[i].pos, s.Label, s.Start, s.End)
}

// rangeError is the error of span i whose offsets are out of range;
// *total caches the text's length in code points.
func (sd *spanDecoder) rangeError(i int, total *int) error {
	if *total < 0 {
		*total = countCP(sd.text)
	}
	return spanError{ErrSpan, fmt.Sprintf("%s: offsets out of range (text has %d code points)", sd.where(i), *total)}
}

// checkText checks that span i's text is text[b0:b1].
func (sd *spanDecoder) checkText(i, b0, b1 int) error {
	got := sd.text[b0:b1]
	ref := sd.refs[i]
	var want string
	if ref.obj.end > 0 {
		want = sd.texts[i]
	} else if ref.text.end > 0 {
		body := sd.line[ref.text.start+1 : ref.text.end-1]
		if len(body) == len(got) && string(body) == got && bytes.IndexByte(body, '\\') < 0 {
			return nil // got is valid UTF-8: so is body
		}
		want, _ = decodeStr(sd.line[ref.text.start:ref.text.end], sd.valid)
	}
	if got == want {
		return nil
	}
	return spanError{ErrSpan, fmt.Sprintf("%s: text %q is not text[%d:%d] = %q", sd.where(i), want, sd.spans[i].Start, sd.spans[i].End, got)}
}

// setStrings decodes the string attributes fastSpan left in the refs,
// all into one string.
func (sd *spanDecoder) setStrings() {
	size, n := 0, 0
	for _, r := range sd.refs {
		for _, a := range r.attr {
			if a.end > 0 {
				size += a.end - a.start - 2
				n++
			}
		}
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(size)
	offs := make([]int, 0, n+1) // where each decoded string starts in b, in order, and the end
	for _, r := range sd.refs {
		for _, a := range r.attr {
			if a.end > 0 {
				offs = append(offs, b.Len())
				appendDecoded(&b, sd.line[a.start+1:a.end-1], sd.valid)
			}
		}
	}
	offs = append(offs, b.Len())
	all := b.String()
	k := 0
	for i, r := range sd.refs {
		s := &sd.spans[i]
		for j, a := range r.attr {
			if a.end == 0 {
				continue
			}
			v := all[offs[k]:offs[k+1]]
			k++
			switch j {
			case refKind:
				s.Kind = v
			case refType:
				s.Type = v
			case refMode:
				s.Mode = v
			case refLemma:
				s.Lemma = v
			case refRule:
				s.Rule = v
			}
		}
	}
}

// advance moves from byte b, the start of code point n of text (valid
// UTF-8), to code point cp ≥ n, and returns its byte offset and cp; at the
// end of the text it returns len(text) and the number of code points,
// which is then less than cp.
func advance(text string, b, n, cp int) (int, int) {
	for b+8 <= len(text) { // eight bytes at a time
		w := load64(text, b)
		starts := ^(w &^ (w << 1)) & hi // the top bit of each byte that starts a sequence
		k := bits.OnesCount64(starts)
		if n+k <= cp {
			b, n = b+8, n+k
			continue
		}
		for range cp - n { // the (cp-n)th start in w, counting from 0
			starts &= starts - 1
		}
		return b + bits.TrailingZeros64(starts)/8, cp
	}
	for b < len(text) {
		if text[b]&0xC0 != 0x80 {
			if n == cp {
				break
			}
			n++
		}
		b++
	}
	return b, n
}

// countCP returns the number of code points of text (valid UTF-8).
func countCP(text string) int {
	_, n := advance(text, 0, 0, len(text)+1)
	return n
}
