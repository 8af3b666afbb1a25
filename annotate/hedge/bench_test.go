package hedge_test

import (
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/internal/benchdata"
)

// The stage's cost is measured against the tokenizer's: BenchmarkTokenize
// is the German tokenizer alone, BenchmarkHedgeStage the hedge stage alone
// on documents already tokenized and holding their NUMBER spans. The
// stage's share of tokenizer time is the ratio of the two ns/op.

func BenchmarkTokenize(b *testing.B) {
	text := benchdata.Raw(b)
	docs := benchdata.Articles(text)
	f := newFixture(b)
	benchdata.TokenizeOnly(b, text, docs, f.tok.Tokenize)
}

func BenchmarkHedgeStage(b *testing.B) {
	text := benchdata.Raw(b)
	f := newFixture(b)
	var docs []*annotate.Document
	for _, d := range benchdata.Articles(text) {
		doc := &annotate.Document{Text: d}
		doc.Tokens, doc.Sentences = f.tok.Tokenize(d)
		f.numbers.Annotate(doc)
		docs = append(docs, doc)
	}
	n := make([]int, len(docs))
	for i, d := range docs {
		n[i] = len(d.Spans)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	hedges := 0
	for b.Loop() {
		hedges = 0
		for i, d := range docs {
			d.Spans = d.Spans[:n[i]]
			f.hedge.Annotate(d)
			hedges += len(d.Spans) - n[i]
		}
	}
	b.ReportMetric(float64(hedges), "hedges")
}

// BenchmarkHedgeShare interleaves the two in one loop (the tokenizer over
// every article, then the stage over the same articles) and reports the
// stage's time as a percentage of the tokenizer's, which shifts less with
// the machine's load than two separate benchmarks.
func BenchmarkHedgeShare(b *testing.B) {
	text := benchdata.Raw(b)
	f := newFixture(b)
	articles := benchdata.Articles(text)
	docs := make([]*annotate.Document, len(articles))
	n := make([]int, len(docs))
	for i, d := range articles {
		docs[i] = &annotate.Document{Text: d}
		docs[i].Tokens, docs[i].Sentences = f.tok.Tokenize(d)
		f.numbers.Annotate(docs[i])
		n[i] = len(docs[i].Spans)
	}
	b.SetBytes(int64(len(text)))
	tok, stage := benchdata.Share(b, len(articles), len(articles), func(_, _ int) {
		for _, d := range articles {
			f.tok.Tokenize(d)
		}
	}, func(_, _ int) {
		for i, d := range docs {
			d.Spans = d.Spans[:n[i]]
			f.hedge.Annotate(d)
		}
	})
	b.ReportMetric(100*float64(stage)/float64(tok), "%-of-tokenizer")
}
