package scheme

import (
	"cmp"
	"io"
	"iter"
	"math"
	"math/bits"
	"slices"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
)

// Encoder writes documents as scheme JSONL records to an io.Writer in
// pieces of about 32 KB, so that a record is never held whole in memory:
// the text is escaped piece by piece, and tokens and sentences can come
// from iterators that compute them as they go (EncodeSeq). Its bytes are
// exactly those of FromDocument(doc, tokens).AppendJSON plus a newline.
//
// An Encoder is not safe for concurrent use; after a write error every
// call returns that error.
type Encoder struct {
	w      io.Writer
	tokens bool
	buf    []byte
	err    error
	chunk  int // the write size (flushAt; tests make it small)
	// validText says that the text is known to be valid UTF-8
	// (AppendValidDocument)
	validText bool
}

// flushAt is the buffer size at which the encoder writes.
const flushAt = 32 << 10

// NewEncoder returns an encoder writing to w; withTokens adds tokens and
// sentences to each record.
func NewEncoder(w io.Writer, withTokens bool) *Encoder {
	return &Encoder{w: w, tokens: withTokens, buf: make([]byte, 0, flushAt+4<<10), chunk: flushAt}
}

// Spans gives the encoder a document's spans by index, so that a caller
// can keep them in a form of its own (a huge document's spans packed in
// blocks, say). SpanSlice adapts a slice.
type Spans interface {
	Len() int
	At(i int) annotate.Span
}

// SpanSlice is a slice of spans as Spans.
type SpanSlice []annotate.Span

// Len returns the number of spans.
func (s SpanSlice) Len() int { return len(s) }

// At returns span i.
func (s SpanSlice) At(i int) annotate.Span { return s[i] }

// Encode writes doc's record, with doc.Tokens and doc.Sentences if the
// encoder writes tokens.
func (e *Encoder) Encode(doc *annotate.Document) error {
	return e.EncodeSeq(doc, SpanSlice(doc.Spans), slices.Values(doc.Tokens), slices.Values(doc.Sentences))
}

// EncodeSeq writes the record of doc's id, text and meta with the spans,
// tokens and sentences given (byte offsets into doc.Text), so that a
// caller can keep spans in a form of its own and compute tokens and
// sentences piece by piece. Spans (in the order given, which should be
// the pipeline's) are converted in passes over the text; tokens and
// sentences in one pass when they come in text order, as tokenizers
// produce them (any other order is converted correctly, but each step back
// rescans the text from its start). The iterators are not called when the
// encoder does not write tokens.
func (e *Encoder) EncodeSeq(doc *annotate.Document, spans Spans, toks iter.Seq[annotate.Token], sents iter.Seq[annotate.Sentence]) error {
	if e.err != nil {
		return e.err
	}
	e.buf = e.buf[:0]
	e.record(doc, spans, toks, sents)
	e.flush()
	return e.err
}

// AppendDocument appends doc's record and a newline to b: the bytes an
// Encoder writes for doc (and FromDocument(doc, withTokens).AppendJSON),
// built in one pass without the Record, for documents small enough to
// hold whole.
func AppendDocument(b []byte, doc *annotate.Document, withTokens bool) []byte {
	return appendDocument(b, doc, withTokens, false)
}

// AppendValidDocument is AppendDocument for a document whose text is known
// to be valid UTF-8, so that the text is not checked once more (a pass
// over it). The text of every JSONL record Pending.Document decodes is
// (invalid bytes become U+FFFD); Pending.ValidText says so. Given invalid
// UTF-8, the record would carry the invalid bytes and wrong code-point
// offsets: when in doubt, use AppendDocument.
func AppendValidDocument(b []byte, doc *annotate.Document, withTokens bool) []byte {
	return appendDocument(b, doc, withTokens, true)
}

// appendDocument is AppendDocument; valid says that doc.Text is known to
// be valid UTF-8.
func appendDocument(b []byte, doc *annotate.Document, withTokens, valid bool) []byte {
	n := 2*len(doc.ID) + len(doc.Text) + len(doc.Text)/16 + len(doc.Meta) + 64
	for i := range doc.Spans {
		n += 128 + doc.Spans[i].End - doc.Spans[i].Start
	}
	if withTokens {
		n += 64*len(doc.Tokens) + 32*len(doc.Sentences)
	}
	e := Encoder{tokens: withTokens, buf: slices.Grow(b, n), chunk: math.MaxInt, validText: valid}
	e.record(doc, SpanSlice(doc.Spans), slices.Values(doc.Tokens), slices.Values(doc.Sentences))
	return e.buf
}

// record appends doc's record and a newline to e.buf, flushing it when
// it reaches e.chunk.
func (e *Encoder) record(doc *annotate.Document, spans Spans, toks iter.Seq[annotate.Token], sents iter.Seq[annotate.Sentence]) {
	e.buf = append(e.buf, `{"id":`...)
	e.buf = appendJSONString(e.buf, doc.ID)
	e.buf = append(e.buf, `,"text":"`...)
	var esc []int32 // where the text needs escaping, when plain
	plain := len(doc.Text) <= math.MaxInt32
	if plain {
		esc, plain = escapeOffsets(doc.Text, e.validText)
	}
	if plain {
		e.plainText(doc.Text, esc)
	} else {
		e.text(doc.Text)
	}
	e.buf = append(e.buf, `","spans":[`...)
	e.spans(doc.Text, spans, toks, esc, plain)
	e.buf = append(e.buf, ']')
	if e.tokens {
		e.tokenList(doc.Text, toks, sents, plain)
	}
	if len(doc.Meta) > 0 {
		e.buf = append(e.buf, `,"meta":`...)
		e.buf = append(e.buf, doc.Meta...)
	}
	e.buf = append(e.buf, '}', '\n')
}

// text escapes s in pieces cut where no valid UTF-8 sequence is split.
func (e *Encoder) text(s string) {
	for len(s) > 0 && e.err == nil {
		cut := len(s)
		if cut > e.chunk {
			cut = safeCut(s, e.chunk)
		}
		e.buf = appendStringBody(e.buf, s[:cut])
		s = s[cut:]
		e.maybeFlush()
	}
}

// plainText writes valid UTF-8 whose escapes are at the offsets esc:
// the runs between them are copied as they are.
func (e *Encoder) plainText(s string, esc []int32) {
	prev := 0
	for _, o := range esc {
		e.rawRun(s[prev:o])
		if c := s[o]; c < utf8.RuneSelf {
			e.buf = appendEscapedByte(e.buf, c)
			prev = int(o) + 1
		} else { // U+2028 or U+2029
			e.buf = append(e.buf, `\u202`...)
			e.buf = append(e.buf, hexDigits[s[o+2]&0xf])
			prev = int(o) + 3
		}
	}
	e.rawRun(s[prev:])
}

// rawRun copies s, which needs no escaping, in pieces.
func (e *Encoder) rawRun(s string) {
	for len(s) > 0 && e.err == nil {
		cut := min(len(s), e.chunk)
		e.buf = append(e.buf, s[:cut]...)
		s = s[cut:]
		e.maybeFlush()
	}
}

// safeCut returns a position near i (0 < i < len(s)) where s can be cut
// without splitting a valid UTF-8 sequence: the start of a sequence, or a
// byte preceded by three continuation bytes (which no valid sequence can
// include, as a sequence has at most three).
func safeCut(s string, i int) int {
	for k := i; k > 0 && k > i-4; k-- {
		if utf8.RuneStart(s[k]) {
			return k
		}
	}
	if i >= 4 {
		return i
	}
	for k := i + 1; k < len(s); k++ {
		if utf8.RuneStart(s[k]) || k >= 4 {
			return k
		}
	}
	return len(s)
}

// spans writes the spans. Their offsets are converted in passes over the
// text in offset order, which costs 12 bytes per span and nothing when
// they are in order (the starts of a pipeline's spans are).
// With tokens, each span gets the first and last token it overlaps, found
// in one pass over toks.
func (e *Encoder) spans(text string, spans Spans, toks iter.Seq[annotate.Token], esc []int32, plainOK bool) {
	n := spans.Len()
	if plainOK && !e.tokens && startsInOrder(spans) {
		e.spansInOrder(text, spans, esc)
		return
	}
	startB, endB := make([]int, n), make([]int, n)
	for i := range n {
		s := spans.At(i)
		startB[i], endB[i] = s.Start, s.End
	}
	starts, ends := codePoints(text, startB, endB, plainOK)
	var first, last []int
	if e.tokens && n > 0 {
		first, last = tokenRanges(startB, endB, toks)
	}
	for i := range n {
		var tokStart, tokEnd *int
		if first != nil && first[i] <= last[i] {
			tokStart, tokEnd = &first[i], &last[i]
		}
		s := spans.At(i)
		e.span(i, text, &s, starts(i), ends(i), tokStart, tokEnd, esc, plainOK)
	}
}

// spansInOrder writes spans whose starts are in order, in valid UTF-8
// text whose escapes are at esc (plainOK), without tokens: one cursor
// converts the starts, and each end is its start plus the code points of
// the span's text, which the record holds anyway. So the conversion costs
// no more than writing the spans' texts, and allocates nothing. A
// SpanSlice is read in place, not span by span through Spans.At (a
// Span is fifteen words).
func (e *Encoder) spansInOrder(text string, spans Spans, esc []int32) {
	c := cpCursor{text: text, valid: true}
	if ss, ok := spans.(SpanSlice); ok {
		for i := range ss {
			e.spanInOrder(i, text, &ss[i], &c, esc)
		}
		return
	}
	for i := range spans.Len() {
		s := spans.At(i)
		e.spanInOrder(i, text, &s, &c, esc)
	}
}

// spanInOrder writes span i for spansInOrder, converting its start with
// the cursor c.
func (e *Encoder) spanInOrder(i int, text string, s *annotate.Span, c *cpCursor, esc []int32) {
	start := c.at(s.Start)
	e.span(i, text, s, start, start+startBytes(text[s.Start:s.End]), nil, nil, esc, true)
}

// startsInOrder reports whether the spans' starts are in order.
func startsInOrder(spans Spans) bool {
	prev := 0
	if ss, ok := spans.(SpanSlice); ok {
		for i := range ss {
			if ss[i].Start < prev {
				return false
			}
			prev = ss[i].Start
		}
		return true
	}
	for i := range spans.Len() {
		s := spans.At(i).Start
		if s < prev {
			return false
		}
		prev = s
	}
	return true
}

// span writes span i of the record, s with the code-point offsets start
// and end and the token range given (nil: none). Its text is written as
// it is (plain) when plainOK (the document is valid UTF-8 with its
// escapes at esc) and no escape falls inside it.
func (e *Encoder) span(i int, text string, s *annotate.Span, start, end int, tokStart, tokEnd *int, esc []int32, plainOK bool) {
	rs := RecordSpan{
		Label: s.Label, Start: start, End: end, Text: text[s.Start:s.End],
		TokenStart: tokStart, TokenEnd: tokEnd,
		Kind: s.Kind, Type: s.Type, Mode: s.Mode, Lemma: s.Lemma,
		Attribution: s.Attribution, Rule: s.Rule,
	}
	v := s.Value
	if s.HasValue() {
		rs.Value = &v
	}
	if i > 0 {
		e.buf = append(e.buf, ',')
	}
	plain := false
	if plainOK {
		k, _ := slices.BinarySearch(esc, int32(s.Start))
		plain = k == len(esc) || int(esc[k]) >= s.End
	}
	e.buf = rs.appendJSONText(e.buf, plain)
	e.maybeFlush()
}

// escapeOffsets returns the offsets of the bytes of text at which
// appendStringBody writes an escape, if text is valid UTF-8 and they are
// few (at most one in 64 bytes); otherwise ok is false. valid says that
// text is known to be valid UTF-8 (it is not checked then).
func escapeOffsets(text string, valid bool) (offs []int32, ok bool) {
	if !valid && !utf8.ValidString(text) {
		return nil, false
	}
	limit := len(text)/64 + 1
	for i := 0; i < len(text); i++ {
		if i&7 == 0 { // skip eight bytes at a time that escapeFirst does not mark
			for i+8 <= len(text) && escapeStops(load64(text, i)) == 0 {
				i += 8
			}
			if i >= len(text) {
				break
			}
		}
		c := text[i]
		if !escapeFirst[c] {
			continue
		}
		if c >= utf8.RuneSelf && !(i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9)) {
			continue // 0xE2 not starting U+2028 or U+2029
		}
		if len(offs) == limit {
			return nil, false
		}
		offs = append(offs, int32(i))
	}
	return offs, true
}

// escapeStops is not zero when the eight bytes of w may hold a byte that
// escapeFirst marks: a control character, '"', '\\' or 0xE2. (It has no
// false negatives; a false positive only sends the bytes through the
// byte-wise check.)
func escapeStops(w uint64) uint64 {
	q, b, e := w^'"'*lo, w^'\\'*lo, w^0xE2*lo
	return ((w-0x20*lo)&^w | (q-lo)&^q | (b-lo)&^b | (e-lo)&^e) & hi
}

// codePoints converts two lists of byte offsets into code points with
// OffsetMap's semantics, in one pass over the text. Offsets in order
// (the starts of a pipeline's spans) are converted lazily as they are
// asked for, in order; a list out of order is sorted and converted at once
// and the results remembered. valid says that text is valid UTF-8.
func codePoints(text string, a, b []int, valid bool) (func(int) int, func(int) int) {
	aSorted, bSorted := slices.IsSorted(a), slices.IsSorted(b)
	if aSorted && bSorted {
		// one cursor each: both walk the text in order
		ca, cb := cpCursor{text: text, valid: valid}, cpCursor{text: text, valid: valid}
		return func(i int) int { return ca.at(a[i]) }, func(i int) int { return cb.at(b[i]) }
	}
	ia, ib := sortedIndex(a), sortedIndex(b)
	ca, cb := make([]int, len(a)), make([]int, len(b))
	c := cpCursor{text: text, valid: valid}
	for i, j := 0, 0; i < len(ia) || j < len(ib); {
		if j == len(ib) || i < len(ia) && a[ia[i]] <= b[ib[j]] {
			ca[ia[i]] = c.at(a[ia[i]])
			i++
		} else {
			cb[ib[j]] = c.at(b[ib[j]])
			j++
		}
	}
	return func(i int) int { return ca[i] }, func(i int) int { return cb[i] }
}

// sortedIndex returns the indexes of offs in order of offset.
func sortedIndex(offs []int) []int32 {
	idx := make([]int32, len(offs))
	for i := range idx {
		idx[i] = int32(i)
	}
	if !slices.IsSorted(offs) {
		slices.SortFunc(idx, func(a, b int32) int { return cmp.Compare(offs[a], offs[b]) })
	}
	return idx
}

// tokenRanges returns, for each span (given by its byte offsets), the
// index of the first token that ends after its start and of the last
// token that starts before its end (as FromDocument's binary searches),
// in one pass over tokens in text order.
func tokenRanges(starts, ends []int, toks iter.Seq[annotate.Token]) (first, last []int) {
	n := len(starts)
	first, last = make([]int, n), make([]int, n)
	byStart := order(starts)
	byEnd := order(ends)
	k, ps, pe := 0, 0, 0
	for t := range toks {
		for ; ps < n && t.End > starts[byStart(ps)]; ps++ {
			first[byStart(ps)] = k // the first token ending after the span's start
		}
		for ; pe < n && t.Start >= ends[byEnd(pe)]; pe++ {
			last[byEnd(pe)] = k - 1 // the token before the first one starting at or after its end
		}
		k++
	}
	for ; ps < n; ps++ {
		first[byStart(ps)] = k
	}
	for ; pe < n; pe++ {
		last[byEnd(pe)] = k - 1
	}
	return first, last
}

// order returns the permutation that sorts 0…n-1 by key (stably): the
// identity, without memory, when they are in order already.
func order(key []int) func(int) int {
	if slices.IsSorted(key) {
		return func(i int) int { return i }
	}
	idx := make([]int32, len(key))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return cmp.Compare(key[a], key[b]) })
	return func(i int) int { return int(idx[i]) }
}

// tokenList writes "tokens" and "sentences" as Record.AppendJSON does;
// valid says that text is valid UTF-8.
func (e *Encoder) tokenList(text string, toks iter.Seq[annotate.Token], sents iter.Seq[annotate.Sentence], valid bool) {
	e.buf = append(e.buf, `,"tokens":[`...)
	c := cpCursor{text: text, valid: valid}
	i := 0
	for t := range toks {
		if e.err != nil {
			return
		}
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = recordToken(text, t, i, c.at).appendJSON(e.buf)
		i++
		e.maybeFlush()
	}
	e.buf = append(e.buf, `],"sentences":[`...)
	c = cpCursor{text: text, valid: valid}
	i = 0
	for s := range sents {
		if e.err != nil {
			return
		}
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = RecordRange{Start: c.at(s.Start), End: c.at(s.End)}.appendJSON(e.buf)
		i++
		e.maybeFlush()
	}
	e.buf = append(e.buf, ']')
}

func (e *Encoder) maybeFlush() {
	if len(e.buf) >= e.chunk {
		e.flush()
	}
}

func (e *Encoder) flush() {
	if e.err == nil && len(e.buf) > 0 {
		_, e.err = e.w.Write(e.buf)
	}
	e.buf = e.buf[:0]
}

// load64 reads the eight bytes of s at i as one little-endian word (the
// compiler makes it one load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// cpCursor converts byte offsets into code points walking forward through
// the text, with the semantics of OffsetMap: an invalid byte counts as one
// code point, and an offset inside a sequence counts the whole sequence.
type cpCursor struct {
	text   string
	pos, n int
	valid  bool // text is valid UTF-8: count the bytes that start a sequence
}

// at returns the code-point offset of byte offset o.
func (c *cpCursor) at(o int) int {
	if o < c.pos {
		c.pos, c.n = 0, 0
	}
	end := min(o, len(c.text))
	if c.valid {
		c.countStarts(end)
		return c.n
	}
	for c.pos < end {
		// eight ASCII bytes at a time
		for c.pos+8 <= end && load64(c.text, c.pos)&0x8080808080808080 == 0 {
			c.pos += 8
			c.n += 8
		}
		if c.pos >= end {
			break
		}
		if c.text[c.pos] < utf8.RuneSelf {
			c.pos++
		} else {
			_, size := utf8.DecodeRuneInString(c.text[c.pos:])
			c.pos += size
		}
		c.n++
	}
	return c.n
}

// startBytes returns the number of bytes of s that start a UTF-8
// sequence: in valid UTF-8, the number of its code points.
func startBytes(s string) int { return len(s) - continuations(s) }

// continuations returns the number of bytes of s that continue a UTF-8
// sequence (10xxxxxx), counted eight at a time.
func continuations(s string) int {
	n, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		w := load64(s, i)
		n += bits.OnesCount64(w &^ (w << 1) & hi) // 1 in bit 7, 0 in bit 6
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n++
		}
	}
	return n
}

// countStarts moves to byte end (not before c.pos) of a valid UTF-8
// text, counting the bytes that start a sequence: in valid text, the code
// points before byte end are the sequences that start before it.
func (c *cpCursor) countStarts(end int) {
	c.n += end - c.pos - continuations(c.text[c.pos:end])
	c.pos = end
}
