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
	_, recs, jsonl := benchDocuments(b)
	return recs, jsonl
}

// benchDocuments is benchRecords with the annotated documents.
func benchDocuments(b *testing.B) ([]*annotate.Document, []scheme.Record, []byte) {
	b.Helper()
	articles := benchdata.Articles(benchdata.Raw(b))
	p, err := pipeline.New(lexicon.Default(), pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*annotate.Document, len(articles))
	recs := make([]scheme.Record, len(articles))
	var jsonl []byte
	for i, a := range articles {
		doc := &annotate.Document{ID: "a" + strconv.Itoa(i), Text: a}
		p.Annotate(doc)
		docs[i] = doc
		recs[i] = scheme.FromDocument(doc, false)
		jsonl = append(recs[i].AppendJSON(jsonl), '\n')
	}
	return docs, recs, jsonl
}

// BenchmarkEncodeDocument writes annotated documents of the bench corpus
// as JSONL the way quelle annotate does (AppendDocument: offsets
// converted and the record written in one pass); MB/s counts output
// bytes.
func BenchmarkEncodeDocument(b *testing.B) {
	docs, _, jsonl := benchDocuments(b)
	b.SetBytes(int64(len(jsonl)))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf = buf[:0]
		for _, d := range docs {
			buf = scheme.AppendDocument(buf, d, false)
		}
	}
	if !bytes.Equal(buf, jsonl) {
		b.Fatal("AppendDocument differs from Record.AppendJSON")
	}
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
	decodeInput(b, jsonl)
}

// BenchmarkDecodeText reads the bench corpus as quelle annotate's input
// usually is: one record per article with only "id" and "text".
func BenchmarkDecodeText(b *testing.B) {
	var jsonl []byte
	for i, a := range benchdata.Articles(benchdata.Raw(b)) {
		r := scheme.Record{ID: "a" + strconv.Itoa(i), Text: a}
		jsonl = append(r.AppendJSON(jsonl), '\n')
	}
	decodeInput(b, jsonl)
}

// decodeInput times reading jsonl as quelle annotate's input: split into
// lines, each decoded into a Document.
func decodeInput(b *testing.B, jsonl []byte) {
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
