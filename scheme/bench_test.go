package scheme_test

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/internal/benchdata"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/pipeline"
	"github.com/quelle-nlp/quelle/scheme"
)

// benchRecords annotates the bench corpus (one record per article, all
// layers) and returns the records and their JSONL encoding.
func benchRecords(b *testing.B) ([]scheme.Record, []byte) {
	b.Helper()
	articles := benchdata.Articles(benchdata.Raw(b))
	p, err := pipeline.New(lexicon.Default(), pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	recs := make([]scheme.Record, len(articles))
	var jsonl []byte
	for i, a := range articles {
		doc := &annotate.Document{ID: "a" + strconv.Itoa(i), Text: a}
		p.Annotate(doc)
		recs[i] = scheme.FromDocument(doc, false)
		jsonl = append(recs[i].AppendJSON(jsonl), '\n')
	}
	return recs, jsonl
}

// BenchmarkEncode writes annotated records of the bench corpus as JSONL
// (the text dominates, as in real runs); MB/s counts output bytes.
func BenchmarkEncode(b *testing.B) {
	recs, jsonl := benchRecords(b)
	b.SetBytes(int64(len(jsonl)))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf = buf[:0]
		for i := range recs {
			buf = append(recs[i].AppendJSON(buf), '\n')
		}
	}
}

// BenchmarkDecodeInput reads the same JSONL as quelle annotate's input
// does: split into lines, each decoded into a Document (id, text, meta).
func BenchmarkDecodeInput(b *testing.B) {
	_, jsonl := benchRecords(b)
	b.SetBytes(int64(len(jsonl)))
	b.ReportAllocs()
	rd := &scheme.Reader{}
	ins := scheme.Inputs([]string{"-"}, scheme.FormatJSONL)
	for b.Loop() {
		rd.Stdin = bytes.NewReader(jsonl)
		err := rd.Read(ins, func(p *scheme.Pending) error {
			_, err := p.Document()
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeGold reads the same JSONL as quelle eval reads gold:
// every span decoded and checked against its text.
func BenchmarkDecodeGold(b *testing.B) {
	_, jsonl := benchRecords(b)
	b.SetBytes(int64(len(jsonl)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := scheme.Decode(bytes.NewReader(jsonl), "bench"); err != nil {
			b.Fatal(err)
		}
	}
}
