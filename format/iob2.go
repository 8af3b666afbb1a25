package format

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/quelle-nlp/quelle/annotate"
)

// iob2Writer writes CoNLL-style token columns for token classifiers:
//
//	# columns = form CUE SOURCE QUOTE HEDGE NUMBER
//	# doc = d001
//	Laut	B-CUE	O	O	O	O
//
// one token per line, one IOB2 column per label (spans of different labels
// may overlap, so each label has its own column), a blank line after each
// sentence. A token is inside a span when they share a character; the
// first such token is B-, the others I-. Line breaks, tabs and the like
// inside a token's form are written as spaces.
type iob2Writer struct {
	opt    Options
	header bool
}

func newIOB2Writer(opt Options) *iob2Writer { return &iob2Writer{opt: opt} }

func (w *iob2Writer) Encode(doc *annotate.Document) (*Encoded, error) {
	if err := ensureTokens(doc, w.opt.Tokenizer); err != nil {
		return nil, err
	}
	tags := w.tags(doc)
	b := make([]byte, 0, 4*len(doc.Text)+64)
	b = append(b, "# doc = "...)
	b = append(b, oneLine(doc.ID)...)
	b = append(b, '\n')
	for _, s := range sentencesOf(doc) {
		for t := s.First; t < s.Last; t++ {
			tok := doc.Tokens[t]
			b = appendForm(b, doc.Text[tok.Start:tok.End])
			for c := range w.opt.Labels {
				b = append(b, '\t')
				b = append(b, tags[c][t]...)
			}
			b = append(b, '\n')
		}
		b = append(b, '\n')
	}
	return &Encoded{ID: doc.ID, data: b, counts: countSpans(doc.Spans)}, nil
}

// appendForm appends a token's form, white space inside it (which would
// break the columns) turned into single spaces.
func appendForm(b []byte, form string) []byte {
	if !strings.ContainsFunc(form, unicode.IsSpace) {
		return append(b, form...)
	}
	return append(b, strings.Join(strings.Fields(form), " ")...)
}

// tags returns, per label column, each token's tag.
func (w *iob2Writer) tags(doc *annotate.Document) [][]string {
	tags := make([][]string, len(w.opt.Labels))
	for c, label := range w.opt.Labels {
		col := make([]string, len(doc.Tokens))
		for i := range col {
			col[i] = "O"
		}
		begin, inside := "B-"+label, "I-"+label
		k := 0 // first token that may overlap the next span (spans are sorted by start)
		for _, s := range doc.Spans {
			if s.Label != label {
				continue
			}
			for k < len(doc.Tokens) && doc.Tokens[k].End <= s.Start {
				k++
			}
			for t := k; t < len(doc.Tokens) && doc.Tokens[t].Start < s.End; t++ {
				if t == k {
					col[t] = begin
				} else {
					col[t] = inside
				}
			}
		}
		tags[c] = col
	}
	return tags
}

// sentencesOf returns the document's sentences, or one sentence of all its
// tokens when it has none.
func sentencesOf(doc *annotate.Document) []annotate.Sentence {
	if len(doc.Sentences) > 0 || len(doc.Tokens) == 0 {
		return doc.Sentences
	}
	return []annotate.Sentence{{Start: doc.Tokens[0].Start, End: doc.Tokens[len(doc.Tokens)-1].End, First: 0, Last: len(doc.Tokens)}}
}

func (w *iob2Writer) Write(e *Encoded) error {
	if !w.header {
		w.header = true
		if _, err := fmt.Fprintf(w.opt.Out, "# columns = form %s\n", strings.Join(w.opt.Labels, " ")); err != nil {
			return err
		}
	}
	_, err := w.opt.Out.Write(e.data)
	return err
}

func (w *iob2Writer) Close() error { return nil }
