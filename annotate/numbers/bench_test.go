package numbers

import (
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/internal/benchdata"
)

// benchNews returns the bench corpus (1 013 DER STANDARD articles, 2.7 MB,
// one per line) as one string and as its articles; the benchmarks skip when
// it is missing.
func benchNews(b *testing.B) (string, []string) {
	b.Helper()
	text := benchdata.Raw(b)
	return text, benchdata.Articles(text)
}

// BenchmarkNumbersTokenizeOnly is the baseline: the German tokenizer alone,
// article by article.
func BenchmarkNumbersTokenizeOnly(b *testing.B) {
	text, docs := benchNews(b)
	g, _ := newNumberFixture(b)
	benchdata.TokenizeOnly(b, text, docs, g.Tokenize)
}

// BenchmarkNumbersTokenizeAndAnnotate is the tokenizer plus the NUMBER
// stage, article by article; compare with BenchmarkNumbersTokenizeOnly for
// the stage's share.
func BenchmarkNumbersTokenizeAndAnnotate(b *testing.B) {
	text, docs := benchNews(b)
	g, n := newNumberFixture(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	spans := 0
	for b.Loop() {
		spans = 0
		for _, d := range docs {
			spans += len(annotateNumbers(g, n, d).Spans)
		}
	}
	b.ReportMetric(float64(spans), "spans")
}

// tokenizedNews returns the bench corpus, its articles tokenized, and their
// number of tokens.
func tokenizedNews(b *testing.B) (string, []*annotate.Document, int) {
	text, docs := benchNews(b)
	g, _ := newNumberFixture(b)
	tokenized := make([]*annotate.Document, len(docs))
	tokens := 0
	for i, d := range docs {
		doc := &annotate.Document{Text: d}
		doc.Tokens, doc.Sentences = g.Tokenize(d)
		tokenized[i] = doc
		tokens += len(doc.Tokens)
	}
	return text, tokenized, tokens
}

// BenchmarkNumbersStage times the NUMBER stage alone on the tokenized
// articles.
func BenchmarkNumbersStage(b *testing.B) {
	text, tokenized, tokens := tokenizedNews(b)
	_, n := newNumberFixture(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range tokenized {
			doc.Spans = doc.Spans[:0]
			n.Annotate(doc)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkNumbersStageOneDocument runs the stage on the whole corpus as a
// single 2.7 MB document (a cache-hostile worst case).
func BenchmarkNumbersStageOneDocument(b *testing.B) {
	text, _ := benchNews(b)
	g, n := newNumberFixture(b)
	doc := &annotate.Document{Text: text}
	doc.Tokens, doc.Sentences = g.Tokenize(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		doc.Spans = doc.Spans[:0]
		n.Annotate(doc)
	}
}

// BenchmarkNumbersOverhead times tokenizer and NUMBER stage article by
// article in one loop and reports the stage's time as a percentage of the
// tokenizer's ("%stage"). Interleaving per article keeps both equally hot
// and equally exposed to noise from other processes.
func BenchmarkNumbersOverhead(b *testing.B) { numbersOverhead(b, 1) }

// BenchmarkNumbersOverheadBatched is BenchmarkNumbersOverhead with the
// tokenizer run over 32 articles before the stage runs over the same 32,
// the way a pipeline that batches documents would call them: each keeps
// its code and tables warmer, so both get faster.
func BenchmarkNumbersOverheadBatched(b *testing.B) { numbersOverhead(b, 32) }

// numbersOverhead times the tokenizer and the NUMBER stage over batches of
// size articles and reports the stage's share.
func numbersOverhead(b *testing.B, size int) {
	text, docs := benchNews(b)
	g, n := newNumberFixture(b)
	b.SetBytes(int64(len(text)))
	batch := make([]*annotate.Document, 0, size)
	tok, stage := benchdata.Share(b, len(docs), size, func(lo, hi int) {
		batch = batch[:0]
		for _, d := range docs[lo:hi] {
			doc := &annotate.Document{Text: d}
			doc.Tokens, doc.Sentences = g.Tokenize(d)
			batch = append(batch, doc)
		}
	}, func(_, _ int) {
		for _, doc := range batch {
			n.Annotate(doc)
		}
	})
	b.ReportMetric(100*float64(stage)/float64(tok), "%stage")
	b.ReportMetric(float64(tok)/float64(b.N)/1e6, "tok-ms/op")
	b.ReportMetric(float64(stage)/float64(b.N)/1e6, "stage-ms/op")
}

// BenchmarkNumbersScreen times the stage's scan for candidate tokens
// (numberRun.candidate) alone, on the tokenized articles: the part of the
// stage that visits every token.
func BenchmarkNumbersScreen(b *testing.B) {
	text, tokenized, tokens := tokenizedNews(b)
	_, n := newNumberFixture(b)
	b.SetBytes(int64(len(text)))
	found := 0
	for b.Loop() {
		found = 0
		for _, doc := range tokenized {
			r := numberRun{words: n.words, text: doc.Text, toks: doc.Tokens}
			for i := r.candidate(0, len(doc.Tokens)); i < len(doc.Tokens); i = r.candidate(i+1, len(doc.Tokens)) {
				found++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(tokens), "ns/token")
	b.ReportMetric(float64(found), "candidates")
}
