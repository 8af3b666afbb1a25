package scheme

import (
	"io"
	"iter"
	"slices"
	"sort"
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
	e.buf = append(e.buf[:0], `{"id":`...)
	e.buf = appendJSONString(e.buf, doc.ID)
	e.buf = append(e.buf, `,"text":"`...)
	e.text(doc.Text)
	e.buf = append(e.buf, `","spans":[`...)
	e.spans(doc.Text, spans, toks)
	e.buf = append(e.buf, ']')
	if e.tokens {
		e.tokenList(doc.Text, toks, sents)
	}
	if len(doc.Meta) > 0 {
		e.buf = append(e.buf, `,"meta":`...)
		e.buf = append(e.buf, doc.Meta...)
	}
	e.buf = append(e.buf, '}', '\n')
	e.flush()
	return e.err
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
func (e *Encoder) spans(text string, spans Spans, toks iter.Seq[annotate.Token]) {
	n := spans.Len()
	starts := codePoints(text, n, func(i int) int { return spans.At(i).Start })
	ends := codePoints(text, n, func(i int) int { return spans.At(i).End })
	var first, last []int
	if e.tokens && n > 0 {
		first, last = tokenRanges(spans, toks)
	}
	for i := range n {
		s := spans.At(i)
		rs := RecordSpan{
			Label: s.Label, Start: starts(i), End: ends(i), Text: text[s.Start:s.End],
			Kind: s.Kind, Type: s.Type, Mode: s.Mode, Lemma: s.Lemma,
			Attribution: s.Attribution, Rule: s.Rule,
		}
		v := s.Value
		if s.HasValue() {
			rs.Value = &v
		}
		if first != nil && first[i] <= last[i] {
			rs.TokenStart, rs.TokenEnd = &first[i], &last[i]
		}
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = rs.appendJSON(e.buf)
		e.maybeFlush()
	}
}

// codePoints converts the byte offsets off(0), …, off(n-1) into code
// points with OffsetMap's semantics. In order, it converts them lazily as
// they are asked for, in order, in one pass; otherwise it converts them
// all at once, in order of offset, and remembers the results.
func codePoints(text string, n int, off func(int) int) func(int) int {
	inOrder := true
	for i := 1; i < n && inOrder; i++ {
		inOrder = off(i-1) <= off(i)
	}
	if inOrder {
		c := cpCursor{text: text}
		return func(i int) int { return c.at(off(i)) }
	}
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	sort.Slice(idx, func(a, b int) bool { return off(int(idx[a])) < off(int(idx[b])) })
	cps := make([]int, n)
	c := cpCursor{text: text}
	for _, i := range idx {
		cps[i] = c.at(off(int(i)))
	}
	return func(i int) int { return cps[i] }
}

// tokenRanges returns, for each span, the index of the first token that
// ends after its start and of the last token that starts before its end
// (as FromDocument's binary searches), in one pass over tokens in text
// order.
func tokenRanges(spans Spans, toks iter.Seq[annotate.Token]) (first, last []int) {
	n := spans.Len()
	first, last = make([]int, n), make([]int, n)
	byStart := order(n, func(i int) int { return spans.At(i).Start })
	byEnd := order(n, func(i int) int { return spans.At(i).End })
	k, ps, pe := 0, 0, 0
	for t := range toks {
		for ; ps < n && t.End > spans.At(byStart(ps)).Start; ps++ {
			first[byStart(ps)] = k // the first token ending after the span's start
		}
		for ; pe < n && t.Start >= spans.At(byEnd(pe)).End; pe++ {
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

// order returns the permutation that sorts 0…n-1 by key: the identity,
// without memory, when they are in order already.
func order(n int, key func(int) int) func(int) int {
	inOrder := true
	for i := 1; i < n && inOrder; i++ {
		inOrder = key(i-1) <= key(i)
	}
	if inOrder {
		return func(i int) int { return i }
	}
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	sort.SliceStable(idx, func(a, b int) bool { return key(int(idx[a])) < key(int(idx[b])) })
	return func(i int) int { return int(idx[i]) }
}

// tokenList writes "tokens" and "sentences" as Record.AppendJSON does.
func (e *Encoder) tokenList(text string, toks iter.Seq[annotate.Token], sents iter.Seq[annotate.Sentence]) {
	e.buf = append(e.buf, `,"tokens":[`...)
	c := cpCursor{text: text}
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
	c = cpCursor{text: text}
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

// cpCursor converts byte offsets into code points walking forward through
// the text, with the semantics of OffsetMap: an invalid byte counts as one
// code point, and an offset inside a sequence counts the whole sequence.
type cpCursor struct {
	text   string
	pos, n int
}

// at returns the code-point offset of byte offset o.
func (c *cpCursor) at(o int) int {
	if o < c.pos {
		c.pos, c.n = 0, 0
	}
	for c.pos < o && c.pos < len(c.text) {
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
