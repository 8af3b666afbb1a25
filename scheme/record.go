package scheme

import (
	"encoding/json"
	"sort"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
)

// Record is a document in the scheme's JSONL form: code-point offsets,
// span texts, attributes by label. It is what quelle writes and what the
// gold files and the scorer read.
type Record struct {
	ID        string          `json:"id"`
	Text      string          `json:"text"`
	Spans     []RecordSpan    `json:"spans"`
	Tokens    []RecordToken   `json:"tokens,omitempty"`
	Sentences []RecordRange   `json:"sentences,omitempty"`
	Meta      json.RawMessage `json:"meta,omitempty"`
}

// RecordSpan is a span with code-point offsets. Value is nil for a vague
// NUMBER (written as null).
type RecordSpan struct {
	Label       string   `json:"label"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	TokenStart  *int     `json:"token_start,omitempty"` // with tokens: first token, inclusive (Prodigy)
	TokenEnd    *int     `json:"token_end,omitempty"`   // with tokens: last token, inclusive
	Text        string   `json:"text"`
	Value       *float64 `json:"value,omitempty"`
	Kind        string   `json:"kind,omitempty"`
	Type        string   `json:"type,omitempty"`
	Mode        string   `json:"mode,omitempty"`
	Lemma       string   `json:"lemma,omitempty"`
	Attribution int      `json:"attribution,omitempty"`
	Rule        string   `json:"rule,omitempty"`
}

// RecordToken is a token with code-point offsets; ID (its index) and WS
// (followed by white space) are Prodigy's and spaCy's.
type RecordToken struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	Quote string `json:"quote,omitempty"`
	ID    int    `json:"id"`
	WS    bool   `json:"ws"`
}

// RecordRange is a sentence with code-point offsets.
type RecordRange struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// MarshalJSON writes the span's fields in the scheme's order and only the
// attributes of its label; a NUMBER always has "value" (null if vague).
func (s RecordSpan) MarshalJSON() ([]byte, error) { return s.appendJSON(nil), nil }

func (s *RecordSpan) appendJSON(b []byte) []byte { return s.appendJSONText(b, false) }

// appendJSONText is appendJSON; plain says that the text needs no
// escaping (valid UTF-8 without any byte that JSON escapes), so it is
// copied as it is.
func (s *RecordSpan) appendJSONText(b []byte, plain bool) []byte {
	b = append(b, `{"label":`...)
	b = appendJSONString(b, s.Label)
	b = appendOffsets(append(b, ','), s.Start, s.End)
	if s.TokenStart != nil {
		b = append(b, `,"token_start":`...)
		b = strconv.AppendInt(b, int64(*s.TokenStart), 10)
	}
	if s.TokenEnd != nil {
		b = append(b, `,"token_end":`...)
		b = strconv.AppendInt(b, int64(*s.TokenEnd), 10)
	}
	b = append(b, `,"text":`...)
	if plain {
		b = append(append(append(b, '"'), s.Text...), '"')
	} else {
		b = appendJSONString(b, s.Text)
	}
	switch s.Label {
	case annotate.LabelNumber:
		b = append(b, `,"value":`...)
		if s.Value == nil {
			b = append(b, "null"...)
		} else {
			b = appendValue(b, *s.Value)
		}
		b = appendField(b, "kind", s.Kind)
	case annotate.LabelHedge:
		b = appendField(b, "type", s.Type)
	case annotate.LabelQuote:
		b = appendField(b, "mode", s.Mode)
	case annotate.LabelCue:
		b = appendField(b, "lemma", s.Lemma)
	}
	if s.Attribution != 0 {
		b = append(b, `,"attribution":`...)
		b = strconv.AppendInt(b, int64(s.Attribution), 10)
	}
	b = appendField(b, "rule", s.Rule)
	return append(b, '}')
}

// appendField appends ,"key":"value" unless value is empty.
func appendField(b []byte, key, value string) []byte {
	if value == "" {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return appendJSONString(b, value)
}

// AppendJSON appends the record as one line of JSON (no newline), the same
// as encoding/json would write it (HTML characters not escaped), but
// without reflection.
func (r *Record) AppendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, r.ID)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, r.Text)
	b = append(b, `,"spans":[`...)
	for i, s := range r.Spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = s.appendJSON(b)
	}
	b = append(b, ']')
	if r.Tokens != nil {
		b = r.appendTokens(b)
	}
	if len(r.Meta) > 0 {
		b = append(b, `,"meta":`...)
		b = append(b, r.Meta...)
	}
	return append(b, '}')
}

func (r *Record) appendTokens(b []byte) []byte {
	b = append(b, `,"tokens":[`...)
	for i, t := range r.Tokens {
		if i > 0 {
			b = append(b, ',')
		}
		b = t.appendJSON(b)
	}
	b = append(b, `],"sentences":[`...)
	for i, s := range r.Sentences {
		if i > 0 {
			b = append(b, ',')
		}
		b = s.appendJSON(b)
	}
	return append(b, ']')
}

// appendJSON appends the token as a JSON object (AppendJSON and the
// Encoder share it).
func (t RecordToken) appendJSON(b []byte) []byte {
	b = appendOffsets(append(b, '{'), t.Start, t.End)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, t.Text)
	b = appendField(b, "kind", t.Kind)
	b = appendField(b, "quote", t.Quote)
	b = append(b, `,"id":`...)
	b = strconv.AppendInt(b, int64(t.ID), 10)
	b = append(b, `,"ws":`...)
	b = strconv.AppendBool(b, t.WS)
	return append(b, '}')
}

// appendJSON appends the range as a JSON object.
func (s RecordRange) appendJSON(b []byte) []byte {
	b = appendOffsets(append(b, '{'), s.Start, s.End)
	return append(b, '}')
}

// recordToken converts token i of text (FromDocument and the Encoder share
// it); at converts byte offsets.
func recordToken(text string, t annotate.Token, i int, at func(int) int) RecordToken {
	return RecordToken{Start: at(t.Start), End: at(t.End), Text: text[t.Start:t.End], Kind: t.Kind.String(), Quote: t.Quote.String(),
		ID: i, WS: t.End < len(text) && isSpaceAt(text, t.End)}
}

// appendOffsets appends the fields "start" and "end".
func appendOffsets(b []byte, start, end int) []byte {
	b = append(b, `"start":`...)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, `,"end":`...)
	return strconv.AppendInt(b, int64(end), 10)
}

// appendValue appends a NUMBER's value as strconv.AppendFloat(b, v, 'g',
// -1, 64) does (as encoding/json would write it). Most values are whole
// numbers below a million in magnitude, which that format writes as
// integers (from 1e6 on it writes an exponent, "1e+06"); they are written
// by strconv.AppendInt, much cheaper than the float path. -0 keeps its
// sign there, so it goes to AppendFloat.
func appendValue(b []byte, v float64) []byte {
	if n := int(v); float64(n) == v && n > -1e6 && n < 1e6 && n != 0 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	return strconv.AppendFloat(b, v, 'g', -1, 64)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string. Like encoding/json it
// writes each invalid UTF-8 byte as \ufffd (so offsets counted with one
// code point per invalid byte stay exact) and escapes U+2028 and U+2029;
// unlike it, it leaves <, > and & alone.
func appendJSONString(b []byte, s string) []byte {
	b = appendStringBody(append(b, '"'), s)
	return append(b, '"')
}

// appendStringBody appends s escaped as the inside of a JSON string (see
// appendJSONString). Escaping s in pieces gives the same bytes as escaping
// it whole as long as no piece boundary splits a valid UTF-8 sequence.
func appendStringBody(b []byte, s string) []byte {
	// Labels, attribute values, rules and most ids are plain ASCII: one
	// pass finds that out (eight bytes at a time), where validating and
	// escaping take two.
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if stringStops(load64(s, i)) != 0 {
			return appendMixedBody(b, s)
		}
	}
	for ; i < len(s); i++ {
		if !plainASCII[s[i]] {
			return appendMixedBody(b, s)
		}
	}
	return append(b, s...)
}

// plainASCII marks the bytes that a JSON string holds as they are and
// that are UTF-8 by themselves: ASCII but control characters, '"' and
// '\\'.
var plainASCII = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendMixedBody is appendStringBody for a string that is not plain
// ASCII.
func appendMixedBody(b []byte, s string) []byte {
	if utf8.ValidString(s) {
		return appendValidBody(b, s)
	}
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			b = appendEscapedByte(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			if r == utf8.RuneError {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, `\u202`...)
				b = append(b, hexDigits[r&0xf])
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, s[start:]...)
}

// appendValidBody is appendStringBody for valid UTF-8: one table look-up
// a byte, and a closer look only at ASCII that needs escaping and at 0xE2,
// the first byte of U+2028 and U+2029.
func appendValidBody(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !escapeFirst[c] {
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			b = appendEscapedByte(b, c)
			start = i + 1
			continue
		}
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) { // U+2028, U+2029
			b = append(b, s[start:i]...)
			b = append(b, `\u202`...)
			b = append(b, hexDigits[s[i+2]&0xf])
			i += 2
			start = i + 1
		}
	}
	return append(b, s[start:]...)
}

// escapeFirst marks the bytes appendValidBody looks at: ASCII control
// characters, '"', '\\' and 0xE2.
var escapeFirst = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'], t[0xE2] = true, true, true
	return t
}()

func appendEscapedByte(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
}

// FromDocument converts a document to its scheme form. Byte offsets become
// code points in one pass over the text (an invalid byte counts as one
// code point, U+FFFD, as JSON encoding writes it). withTokens adds tokens
// and sentences, and to each span the first and last token it overlaps
// (token_start, token_end; none when it overlaps no token).
func FromDocument(d *annotate.Document, withTokens bool) Record {
	offs := make([]int, 0, 2*len(d.Spans)+2*len(d.Tokens))
	for _, s := range d.Spans {
		offs = append(offs, s.Start, s.End)
	}
	if withTokens {
		for _, t := range d.Tokens {
			offs = append(offs, t.Start, t.End)
		}
	}
	conv := NewOffsetMap(d.Text, offs, CodePoints)
	r := Record{ID: d.ID, Text: d.Text, Spans: make([]RecordSpan, 0, len(d.Spans)), Meta: d.Meta}
	vals := make([]float64, 0, len(d.Spans)) // at most one per span: append never moves it, so the pointers stay valid
	for i := range d.Spans {
		s := &d.Spans[i]
		rs := RecordSpan{
			Label: s.Label, Start: conv.At(s.Start), End: conv.At(s.End), Text: d.Text[s.Start:s.End],
			Kind: s.Kind, Type: s.Type, Mode: s.Mode, Lemma: s.Lemma,
			Attribution: s.Attribution, Rule: s.Rule,
		}
		if s.HasValue() {
			vals = append(vals, s.Value)
			rs.Value = &vals[len(vals)-1]
		}
		r.Spans = append(r.Spans, rs)
	}
	if withTokens {
		addTokenIndexes(r.Spans, d)
		r.Tokens = make([]RecordToken, len(d.Tokens))
		for i, t := range d.Tokens {
			r.Tokens[i] = recordToken(d.Text, t, i, conv.At)
		}
		r.Sentences = make([]RecordRange, len(d.Sentences))
		for i, s := range d.Sentences {
			r.Sentences[i] = RecordRange{Start: conv.At(s.Start), End: conv.At(s.End)}
		}
	}
	return r
}

// addTokenIndexes sets token_start and token_end of each span (spans[i]
// is d.Spans[i]): the first and last token it overlaps, by binary search
// (tokens are in text order).
func addTokenIndexes(spans []RecordSpan, d *annotate.Document) {
	idx := make([]int, 0, 2*len(spans))
	for i, s := range d.Spans {
		first := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].End > s.Start })
		last := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= s.End }) - 1
		if first > last {
			continue
		}
		idx = append(idx, first, last) // one backing array: the pointers stay valid
		spans[i].TokenStart, spans[i].TokenEnd = &idx[len(idx)-2], &idx[len(idx)-1]
	}
}

// isSpaceAt reports whether a white-space character starts at byte i.
func isSpaceAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

// Unit counts the units of one rune of encoded length size in an offset
// system.
type Unit func(r rune, size int) int

// CodePoints counts Unicode code points; an invalid byte is one (U+FFFD).
func CodePoints(rune, int) int { return 1 }

// UTF16 counts UTF-16 code units (INCEpTION, UIMA, JavaScript).
func UTF16(r rune, _ int) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// OffsetMap converts byte offsets into another unit. It is built for a set
// of offsets in one pass over the text; At looks them up.
type OffsetMap struct {
	bytes []int
	units []int
}

// NewOffsetMap prepares the conversion of offs (byte offsets into text, in
// any order, duplicates allowed).
func NewOffsetMap(text string, offs []int, unit Unit) *OffsetMap {
	sorted := append([]int(nil), offs...)
	sort.Ints(sorted)
	m := &OffsetMap{}
	pos, n := 0, 0
	for _, o := range sorted {
		if len(m.bytes) > 0 && m.bytes[len(m.bytes)-1] == o {
			continue
		}
		for pos < o && pos < len(text) {
			r, size := utf8.DecodeRuneInString(text[pos:])
			n += unit(r, size)
			pos += size
		}
		m.bytes = append(m.bytes, o)
		m.units = append(m.units, n)
	}
	return m
}

// At returns the converted offset of byte offset b, which must have been
// given to NewOffsetMap.
func (m *OffsetMap) At(b int) int {
	i := sort.SearchInts(m.bytes, b)
	if i < len(m.bytes) && m.bytes[i] == b {
		return m.units[i]
	}
	return -1
}
