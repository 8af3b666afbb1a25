package pipeline_test

import (
	"testing"
	"time"

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
	cpu := cpuTime()
	for range b.N {
		p.Tokenize(whole)
	}
	reportCPU(b, cpuTime()-cpu)
}

// BenchmarkPipeline runs the whole pipeline (all layers) and writes each
// document's scheme record (code-point offsets, JSONL, as quelle annotate
// does), article by article, on one goroutine, handing each document's
// token slices to the next as quelle annotate's workers do.
func BenchmarkPipeline(b *testing.B) {
	whole, articles := benchdata.Tiled(b, 20)
	p, err := pipeline.New(lexicon.Default(), pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(whole)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	var line []byte
	var toks []annotate.Token
	var sents []annotate.Sentence
	for range b.N {
		for _, a := range articles {
			// the last document's token slices handed on, as quelle
			// annotate's workers do
			doc := &annotate.Document{ID: "bench", Text: a, Tokens: toks, Sentences: sents}
			p.Annotate(doc)
			line = scheme.AppendDocument(line[:0], doc, false)
			toks, sents = doc.Tokens, doc.Sentences
		}
	}
	reportCPU(b, cpuTime()-cpu)
}

// reportCPU reports the CPU time (user + system) per op beside the wall
// time, when the system measures it. On a machine shared with other work
// wall time includes the time the benchmark waited for a core; CPU time
// does not, so it compares runs made under different loads (quelle
// annotate's CPU time is what /usr/bin/time calls user + sys).
func reportCPU(b *testing.B, cpu time.Duration) {
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkStages measures each part of the pipeline alone on the bench
// corpus (one article per document, one goroutine): the tokenizer, each
// stage given the spans of the layers it needs (computed beforehand), and
// the JSONL record (scheme.AppendDocument). Their times are the parts'
// shares of BenchmarkPipeline; allocs/op shows what each part allocates.
func BenchmarkStages(b *testing.B) {
	articles := benchdata.Articles(benchdata.Raw(b))
	size := 0
	for _, a := range articles {
		size += len(a)
	}
	lex := lexicon.Default()
	tok, err := annotate.NewGerman(lex)
	if err != nil {
		b.Fatal(err)
	}
	stages, err := pipeline.Stages(lex)
	if err != nil {
		b.Fatal(err)
	}
	// Run every stage once, in an order its needs allow, and keep the
	// spans each layer adds to each document.
	docs := make([]*annotate.Document, len(articles))
	layerSpans := map[string][][]annotate.Span{}
	for i, a := range articles {
		docs[i] = &annotate.Document{ID: "bench", Text: a}
		docs[i].Tokens, docs[i].Sentences = tok.Tokenize(a)
	}
	var order []annotate.Stage
	for len(order) < len(stages) {
		for _, st := range stages {
			ready := layerSpans[st.Layer()] == nil
			for _, n := range st.Needs() {
				ready = ready && layerSpans[n] != nil
			}
			if !ready {
				continue
			}
			spans := make([][]annotate.Span, len(docs))
			for i, d := range docs {
				from := len(d.Spans)
				st.Annotate(d)
				spans[i] = d.Spans[from:len(d.Spans):len(d.Spans)]
			}
			layerSpans[st.Layer()] = spans
			order = append(order, st)
		}
	}
	b.Run("tokenize", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		// each document's token slices handed to the next, as
		// Pipeline.Annotate and quelle annotate's workers do
		var toks []annotate.Token
		var sents []annotate.Sentence
		for b.Loop() {
			for _, a := range articles {
				toks, sents = tok.TokenizeInto(a, toks, sents)
			}
		}
	})
	for _, st := range order {
		b.Run(st.Layer(), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			// the needed layers, the document and its spans made once,
			// so that allocs/op counts the stage's own allocations
			needs := st.Needs()
			var given []annotate.Span
			var doc annotate.Document
			for b.Loop() {
				for i, d := range docs {
					given = given[:0]
					for _, n := range needs {
						given = append(given, layerSpans[n][i]...)
					}
					doc = annotate.Document{ID: d.ID, Text: d.Text, Tokens: d.Tokens, Sentences: d.Sentences, Spans: given}
					st.Annotate(&doc)
					given = doc.Spans
				}
			}
		})
	}
	b.Run("encode", func(b *testing.B) {
		// the spans in the order Pipeline.Annotate leaves them (the
		// stages above appended them layer by layer)
		for _, d := range docs {
			annotate.SortSpans(d.Spans)
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		var line []byte
		for b.Loop() {
			for _, d := range docs {
				line = scheme.AppendDocument(line[:0], d, false)
			}
		}
	})
}
