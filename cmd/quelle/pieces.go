package main

import (
	"iter"
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
)

// Huge documents are annotated in pieces, so that memory stays a small
// multiple of the document: a whole-document pipeline holds 24 bytes of
// token per 6 bytes of text, 4× the text before a single span is found.
//
// A document longer than pieceMin is cut after a blank line, or after a
// line ending in . ! or ?, about every pieceLen bytes: the German
// segmenter ends a sentence at both, and no token crosses a line break.
// Each piece is annotated with pieceCtx bytes of the text before and after
// it as context, and keeps the tokens, sentences and spans that start
// inside it; so the tokenizer's look-back (quote roles, "am 31.") and the
// stages see the same neighbourhood as in the whole document. Attribution
// ids are made unique across pieces and then numbered in order of first
// appearance, as in a whole document; an act of reporting that a cut
// divides keeps its links when both pieces see its spans in their context.
// What a stage would find only by looking further than pieceCtx across a
// cut is the one difference to annotating the document whole. A document
// without such line breaks is annotated whole.
const (
	streamMin = 1 << 20  // above this, the record is streamed as it is written, not built first
	pieceMin  = 8 << 20  // above this, the document is annotated in pieces
	pieceLen  = 4 << 20  // the length of a piece before its cut
	pieceCtx  = 16 << 10 // the context on each side of a piece
)

// piece is one piece of a document: text[from:to] is annotated, and what
// starts in [start, end) is kept.
type piece struct{ from, start, end, to int }

// cutPieces cuts text into pieces; it returns one piece for a text that
// has no cut.
func cutPieces(text string, length, ctx int) []piece {
	var ps []piece
	for start := 0; start < len(text); {
		end := len(text)
		if len(text)-start > length+length/2 {
			if c := nextCut(text, start+length, len(text)); c > 0 {
				end = c
			}
		}
		ps = append(ps, piece{start: start, end: end})
		start = end
	}
	for i := range ps {
		p := &ps[i]
		p.from = 0
		if p.start > ctx {
			// the context starts after a space or line break, so that no
			// word is cut (a token cut there would be far from the piece)
			p.from = p.start - ctx
			if sp := strings.IndexAny(text[p.from:p.start], " \n"); sp >= 0 {
				p.from += sp + 1
			}
		}
		p.to = len(text)
		if p.end+ctx < len(text) {
			// the context ends at a cut, or after a space or line break
			// when there is none near
			p.to = nextCut(text, p.end+ctx, p.end+2*ctx)
			if p.to < 0 {
				p.to = p.end + ctx
				if sp := strings.IndexAny(text[p.to:min(len(text), p.to+ctx)], " \n"); sp >= 0 {
					p.to += sp
				}
			}
		}
	}
	return ps
}

// nextCut returns the first position in [i, limit] that follows a blank
// line or a line ending in . ! or ?, or -1.
func nextCut(text string, i, limit int) int {
	for i < len(text) {
		nl := strings.IndexByte(text[i:], '\n')
		if nl < 0 || i+nl+1 > limit {
			return -1
		}
		i += nl + 1
		if lineEndsSentence(text, i-1) {
			return i
		}
	}
	return -1
}

// lineEndsSentence reports whether the line ending at the line break at
// nl is blank or ends in . ! or ? (white space aside).
func lineEndsSentence(text string, nl int) bool {
	for j := nl - 1; j >= 0; j-- {
		switch c := text[j]; c {
		case ' ', '\t', '\r':
			continue
		case '\n', '.', '!', '?':
			return true
		default:
			return false
		}
	}
	return true
}

// annotatePieces annotates a huge document piece by piece and returns its
// spans: the fresh spans of the labels the pipeline writes and the input
// spans of the other labels (doc.Spans), in the pipeline's order.
// doc.Tokens and doc.Sentences stay empty: writing computes them again
// with pieceTokens and pieceSentences.
func annotatePieces(pipe *annotate.Pipeline, doc *annotate.Document, ps []piece) *spanList {
	writes := map[string]bool{}
	for _, l := range pipe.Labels() {
		writes[l] = true
	}
	var foreign []annotate.Span
	for _, s := range doc.Spans {
		if !writes[s.Label] {
			foreign = append(foreign, s)
		}
	}
	annotate.SortSpans(foreign)
	out := newSpanList()
	type key struct {
		label      string
		start, end int
	}
	final := map[int]int{} // global attribution id → its number in order of first appearance
	base := 0              // the largest global attribution id given so far
	var tail map[key]int   // spans the previous piece found in its context after it: their global ids
	for _, p := range ps {
		sub := &annotate.Document{ID: doc.ID, Text: doc.Text[p.from:p.to], Source: doc.Source}
		pipe.Annotate(sub)
		ids := map[int]int{} // local attribution id → global
		for _, s := range sub.Spans {
			if s.Attribution != 0 {
				if g, ok := tail[key{s.Label, s.Start + p.from, s.End + p.from}]; ok {
					ids[s.Attribution] = g
				}
			}
		}
		global := func(local int) int {
			if local == 0 {
				return 0
			}
			g, ok := ids[local]
			if !ok {
				g = base + local
				ids[local] = g
			}
			return g
		}
		next := map[key]int{}
		top := base
		for _, s := range sub.Spans {
			s.Start += p.from
			s.End += p.from
			if s.Start < p.start {
				continue
			}
			g := global(s.Attribution)
			top = max(top, g)
			if s.Start >= p.end {
				if g != 0 {
					next[key{s.Label, s.Start, s.End}] = g
				}
				continue
			}
			if g != 0 {
				n, ok := final[g]
				if !ok {
					n = len(final) + 1 // as the speech stage numbers them in a whole document
					final[g] = n
				}
				s.Attribution = n
			}
			for len(foreign) > 0 && spanLess(&foreign[0], &s) {
				out.add(foreign[0])
				foreign = foreign[1:]
			}
			out.add(s)
		}
		base, tail = top, next
	}
	for _, s := range foreign {
		out.add(s)
	}
	return out
}

// spanLess is the pipeline's span order: start, end, label.
func spanLess(a, b *annotate.Span) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.End != b.End {
		return a.End < b.End
	}
	return a.Label < b.Label
}

// spanList holds a huge document's spans packed (56 bytes a span instead
// of 128: strings interned as small numbers) in blocks, so that the list
// never has to be copied as it grows. It implements scheme.Spans.
type spanList struct {
	blocks [][]packedSpan
	n      int
	strs   []string
	ids    map[string]uint32
}

type packedSpan struct {
	start, end             int
	value                  float64
	attribution            int32
	label, kind, typ, mode uint32
	lemma, rule            uint32
}

const spanBlock = 1 << 14

func newSpanList() *spanList { return &spanList{ids: map[string]uint32{}} }

func (l *spanList) intern(s string) uint32 {
	id, ok := l.ids[s]
	if !ok {
		id = uint32(len(l.strs))
		l.strs = append(l.strs, s)
		l.ids[s] = id
	}
	return id
}

func (l *spanList) add(s annotate.Span) {
	if l.n%spanBlock == 0 {
		l.blocks = append(l.blocks, make([]packedSpan, 0, spanBlock))
	}
	b := &l.blocks[len(l.blocks)-1]
	*b = append(*b, packedSpan{start: s.Start, end: s.End, value: s.Value, attribution: int32(s.Attribution),
		label: l.intern(s.Label), kind: l.intern(s.Kind), typ: l.intern(s.Type), mode: l.intern(s.Mode),
		lemma: l.intern(s.Lemma), rule: l.intern(s.Rule)})
	l.n++
}

// Len returns the number of spans.
func (l *spanList) Len() int { return l.n }

// At returns span i.
func (l *spanList) At(i int) annotate.Span {
	p := &l.blocks[i/spanBlock][i%spanBlock]
	return annotate.Span{Label: l.strs[p.label], Start: p.start, End: p.end, Value: p.value, Kind: l.strs[p.kind],
		Type: l.strs[p.typ], Mode: l.strs[p.mode], Lemma: l.strs[p.lemma], Attribution: int(p.attribution), Rule: l.strs[p.rule]}
}

// pieceTokens tokenizes a document piece by piece as it is iterated.
func pieceTokens(tok annotate.Tokenizer, text string, ps []piece) iter.Seq[annotate.Token] {
	return func(yield func(annotate.Token) bool) {
		for _, p := range ps {
			toks, _ := tok.Tokenize(text[p.from:p.to])
			for _, t := range toks {
				t.Start += p.from
				t.End += p.from
				if t.Start >= p.start && t.Start < p.end && !yield(t) {
					return
				}
			}
		}
	}
}

// pieceSentences segments a document piece by piece as it is iterated.
func pieceSentences(tok annotate.Tokenizer, text string, ps []piece) iter.Seq[annotate.Sentence] {
	return func(yield func(annotate.Sentence) bool) {
		for _, p := range ps {
			_, sents := tok.Tokenize(text[p.from:p.to])
			for _, s := range sents {
				s.Start += p.from
				s.End += p.from
				if s.Start >= p.start && s.Start < p.end && !yield(s) {
					return
				}
			}
		}
	}
}
