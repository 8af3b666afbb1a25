package eval

import (
	"sync"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// Predict runs the pipeline on the texts of gold (their spans are not
// looked at) with the given number of goroutines and returns one record
// per document, in gold order whatever order the workers finish in.
func Predict(p *annotate.Pipeline, gold []scheme.Record, workers int) []scheme.Record {
	out := make([]scheme.Record, len(gold))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Go(func() {
			for i := range jobs {
				out[i] = predictOne(p, &gold[i])
			}
		})
	}
	for i := range gold {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

func predictOne(p *annotate.Pipeline, rec *scheme.Record) scheme.Record {
	doc := &annotate.Document{ID: rec.ID, Text: rec.Text, Meta: rec.Meta}
	p.Annotate(doc)
	return scheme.FromDocument(doc, false)
}
