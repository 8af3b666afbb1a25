package format

import (
	"io"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
)

// BenchmarkEncode measures each writer's Encode on the seeds' gold
// documents (tokenized once beforehand), in MB/s of input text.
func BenchmarkEncode(b *testing.B) {
	docs := testDocs(b)
	size := 0
	for _, d := range docs {
		d.Tokens, d.Sentences = german(b).Tokenize(d.Text)
		size += len(d.Text)
	}
	for _, f := range Formats() {
		b.Run(f.Name, func(b *testing.B) {
			var w Writer
			switch f.Name {
			case "jsonl":
				w = &jsonlWriter{opt: Options{Out: io.Discard}}
			case "brat":
				w = &bratWriter{}
			case "webanno":
				w = &webannoWriter{}
			case "labelstudio":
				w = &lsWriter{}
			case "iob2":
				w = newIOB2Writer(Options{Labels: annotate.AllLabels()})
			case "html":
				w = &htmlWriter{opt: Options{Labels: annotate.AllLabels()}}
			}
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, d := range docs {
					if _, err := w.Encode(d); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
