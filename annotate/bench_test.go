package annotate

import (
	"testing"

	"github.com/quelle-nlp/quelle/internal/benchdata"
	"github.com/quelle-nlp/quelle/lexicon"
)

// BenchmarkTokenizeGerman tokenizes and segments the bench corpus (tiled
// to QUELLE_BENCH_MB, default 20) article by article with quelle's German
// tokenizer, on one goroutine.
func BenchmarkTokenizeGerman(b *testing.B) {
	whole, articles := benchdata.Tiled(b, 20)
	g, err := NewGerman(lexicon.Default())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(whole)))
	b.ReportAllocs()
	b.ResetTimer()
	tokens := 0
	for range b.N {
		tokens = 0
		for _, a := range articles {
			toks, _ := g.Tokenize(a)
			tokens += len(toks)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
