package annotate

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"
	"unicode/utf8"
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
	Text        string   `json:"text"`
	Value       *float64 `json:"value,omitempty"`
	Kind        string   `json:"kind,omitempty"`
	Type        string   `json:"type,omitempty"`
	Mode        string   `json:"mode,omitempty"`
	Lemma       string   `json:"lemma,omitempty"`
	Attribution int      `json:"attribution,omitempty"`
	Rule        string   `json:"rule,omitempty"`
}

// RecordToken is a token with code-point offsets.
type RecordToken struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	Quote string `json:"quote,omitempty"`
}

// RecordRange is a sentence with code-point offsets.
type RecordRange struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// MarshalJSON writes the span's fields in the scheme's order and only the
// attributes of its label; a NUMBER always has "value" (null if vague).
func (s RecordSpan) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"label":`)
	writeJSONString(&b, s.Label)
	b.WriteString(`,"start":` + strconv.Itoa(s.Start) + `,"end":` + strconv.Itoa(s.End) + `,"text":`)
	writeJSONString(&b, s.Text)
	str := func(k, v string) {
		if v != "" {
			b.WriteString(`,"` + k + `":`)
			writeJSONString(&b, v)
		}
	}
	switch s.Label {
	case LabelNumber:
		b.WriteString(`,"value":`)
		if s.Value == nil {
			b.WriteString("null")
		} else {
			b.WriteString(strconv.FormatFloat(*s.Value, 'g', -1, 64))
		}
		str("kind", s.Kind)
	case LabelHedge:
		str("type", s.Type)
	case LabelQuote:
		str("mode", s.Mode)
	case LabelCue:
		str("lemma", s.Lemma)
	}
	if s.Attribution != 0 {
		b.WriteString(`,"attribution":` + strconv.Itoa(s.Attribution))
	}
	str("rule", s.Rule)
	b.WriteByte('}')
	return b.Bytes(), nil
}

func writeJSONString(b *bytes.Buffer, s string) {
	enc, _ := json.Marshal(s) // strings always marshal
	b.Write(enc)
}

// Record converts the document to its scheme form. Byte offsets become
// code points in one pass over the text (an invalid byte counts as one
// code point, U+FFFD, as JSON encoding writes it). withTokens adds tokens
// and sentences.
func (d *Document) Record(withTokens bool) Record {
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
	for _, s := range d.Spans {
		r.Spans = append(r.Spans, RecordSpan{
			Label: s.Label, Start: conv.At(s.Start), End: conv.At(s.End), Text: d.Text[s.Start:s.End],
			Value: s.Value, Kind: s.Kind, Type: s.Type, Mode: s.Mode, Lemma: s.Lemma,
			Attribution: s.Attribution, Rule: s.Rule,
		})
	}
	if withTokens {
		r.Tokens = make([]RecordToken, len(d.Tokens))
		for i, t := range d.Tokens {
			r.Tokens[i] = RecordToken{Start: conv.At(t.Start), End: conv.At(t.End), Text: d.Text[t.Start:t.End], Kind: t.Kind.String(), Quote: t.Quote.String()}
		}
		r.Sentences = make([]RecordRange, len(d.Sentences))
		for i, s := range d.Sentences {
			r.Sentences[i] = RecordRange{Start: conv.At(s.Start), End: conv.At(s.End)}
		}
	}
	return r
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
