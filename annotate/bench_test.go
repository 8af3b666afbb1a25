package annotate

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/lexicon"
)

// benchCorpus returns the bench corpus tiled to at least QUELLE_BENCH_MB
// megabytes (default 20) and split into articles at blank lines. The file
// is ../../shared/bench/news_de.txt or QUELLE_BENCH_FILE; the benchmark is
// skipped when it is missing.
func benchCorpus(b *testing.B) (whole string, articles []string) {
	b.Helper()
	path := os.Getenv("QUELLE_BENCH_FILE")
	if path == "" {
		path = "../../shared/bench/news_de.txt"
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("bench corpus: %v", err)
	}
	mb := 20
	if s := os.Getenv("QUELLE_BENCH_MB"); s != "" {
		if mb, err = strconv.Atoi(s); err != nil {
			b.Fatalf("QUELLE_BENCH_MB: %v", err)
		}
	}
	var sb strings.Builder
	for sb.Len() < mb<<20 {
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	whole = sb.String()
	for _, a := range strings.Split(whole, "\n\n") {
		if a = strings.TrimSpace(a); a != "" {
			articles = append(articles, a)
		}
	}
	return whole, articles
}

// BenchmarkTokenizeGerman tokenizes and segments the corpus article by
// article with quelle's German tokenizer, on one goroutine.
func BenchmarkTokenizeGerman(b *testing.B) {
	whole, articles := benchCorpus(b)
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

// BenchmarkTokenizeProse tokenizes and segments the same corpus with
// prose/v2, given the whole text as one document (per article prose is
// about 50× slower, as it reloads its model for every document).
func BenchmarkTokenizeProse(b *testing.B) {
	whole, _ := benchCorpus(b)
	p := NewProse()
	b.SetBytes(int64(len(whole)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		p.Tokenize(whole)
	}
}

// BenchmarkPipeline runs the whole pipeline (all layers) and the JSON
// encoding of each record, article by article, on one goroutine.
func BenchmarkPipeline(b *testing.B) {
	whole, articles := benchCorpus(b)
	p, err := New(lexicon.Default(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(whole)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, a := range articles {
			doc := &Document{ID: "bench", Text: a}
			p.Annotate(doc)
			_ = doc.Record(false)
		}
	}
}
