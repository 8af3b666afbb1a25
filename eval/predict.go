package eval

import (
	"sync"

	"github.com/quelle-nlp/quelle/annotate"
)

// Predict runs the pipeline on the texts of gold (their spans are not
// looked at) with the given number of goroutines and returns one record
// per document, in gold order whatever order the workers finish in.
func Predict(p *annotate.Pipeline, gold []annotate.Record, workers int) []annotate.Record {
	out := make([]annotate.Record, len(gold))
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

func predictOne(p *annotate.Pipeline, rec *annotate.Record) annotate.Record {
	doc := &annotate.Document{ID: rec.ID, Text: rec.Text, Meta: rec.Meta}
	p.Annotate(doc)
	return doc.Record(false)
}
