// Package prose wraps prose/v2's English tokenizer and segmenter as the
// selectable baseline (--tokenizer prose). It lives in a package of its own
// so that only the CLI links prose and its models; the core, eval and beam
// never do.
package prose

import (
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/quelle-nlp/quelle/annotate"
)

// Tokenizer wraps prose/v2's English tokenizer and segmenter as a baseline.
// prose keeps no offsets, so its tokens and sentences are aligned back to
// the text: each is searched for from the end of the previous one. Tokens
// prose rewrote (and so cannot be found) are dropped.
type Tokenizer struct{}

// New returns the prose baseline tokenizer.
func New() *Tokenizer { return &Tokenizer{} }

// Name returns "prose".
func (p *Tokenizer) Name() string { return "prose" }

// Tokenize runs prose on text and aligns its output to byte offsets.
func (p *Tokenizer) Tokenize(text string) ([]annotate.Token, []annotate.Sentence) {
	doc, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, nil
	}
	var toks []annotate.Token
	pos := 0
	for _, t := range doc.Tokens() {
		if start, ok := align(text, pos, t.Text); ok {
			toks = append(toks, annotate.Token{Start: start, End: start + len(t.Text), Kind: annotate.GuessKind(t.Text)})
			pos = start + len(t.Text)
		}
	}
	var sents []annotate.Sentence
	pos, ti := 0, 0
	for _, s := range doc.Sentences() {
		st := strings.TrimSpace(s.Text)
		start, ok := align(text, pos, st)
		if !ok || st == "" {
			continue
		}
		end := start + len(st)
		first := ti
		for ti < len(toks) && toks[ti].Start < end {
			ti++
		}
		if ti > first {
			sents = append(sents, annotate.Sentence{Start: toks[first].Start, End: toks[ti-1].End, First: first, Last: ti})
		}
		pos = end
	}
	if ti < len(toks) {
		sents = append(sents, annotate.Sentence{Start: toks[ti].Start, End: toks[len(toks)-1].End, First: ti, Last: len(toks)})
	}
	return toks, sents
}

// align finds s in text at or after pos, looking no further than a short
// window past the next non-space text.
func align(text string, pos int, s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	window := text[pos:]
	if len(window) > len(s)+256 {
		window = window[:len(s)+256]
	}
	i := strings.Index(window, s)
	if i < 0 {
		return 0, false
	}
	return pos + i, true
}
