package pipeline_test

import (
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/annotate/prose"
	"github.com/quelle-nlp/quelle/internal/benchdata"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/pipeline"
	"github.com/quelle-nlp/quelle/scheme"
)

// BenchmarkTokenizeProse tokenizes and segments the bench corpus (tiled to
// QUELLE_BENCH_MB, default 20) with prose/v2, given the whole text as one
// document (per article prose is about 50× slower, as it reloads its model
// for every document). It is here, beside BenchmarkPipeline, so that
// scripts/bench.sh measures both in one run.
func BenchmarkTokenizeProse(b *testing.B) {
	whole, _ := benchdata.Tiled(b, 20)
	p := prose.New()
	b.SetBytes(int64(len(whole)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		p.Tokenize(whole)
	}
}

// BenchmarkPipeline runs the whole pipeline (all layers) and builds each
// document's scheme record (code-point offsets), article by article, on one
// goroutine.
func BenchmarkPipeline(b *testing.B) {
	whole, articles := benchdata.Tiled(b, 20)
	p, err := pipeline.New(lexicon.Default(), pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(whole)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, a := range articles {
			doc := &annotate.Document{ID: "bench", Text: a}
			p.Annotate(doc)
			_ = scheme.FromDocument(doc, false)
		}
	}
}
