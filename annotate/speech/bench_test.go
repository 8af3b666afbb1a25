package speech

import (
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/internal/benchdata"
)

// BenchmarkTokenize is the baseline: the German tokenizer alone over the
// bench corpus (../shared/bench/news_de.txt), article by article.
func BenchmarkTokenize(b *testing.B) {
	text := benchdata.Raw(b)
	docs := benchdata.Articles(text)
	tok, _ := fixture(b)
	benchdata.TokenizeOnly(b, text, docs, tok.Tokenize)
}

// BenchmarkSpeech is the speech stage alone on tokenized articles;
// its time divided by BenchmarkTokenize's is the stage's share of
// tokenizer time.
func BenchmarkSpeech(b *testing.B) {
	text := benchdata.Raw(b)
	tok, st := fixture(b)
	var docs []*annotate.Document
	for _, d := range benchdata.Articles(text) {
		toks, sents := tok.Tokenize(d)
		docs = append(docs, newDoc(d, toks, sents))
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	spans := 0
	for b.Loop() {
		spans = 0
		for _, d := range docs {
			d.Spans = d.Spans[:0]
			st.Annotate(d)
			spans += len(d.Spans)
		}
	}
	b.ReportMetric(float64(spans), "spans")
}
