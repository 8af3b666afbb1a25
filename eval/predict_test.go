package eval

import (
	"testing"

	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/pipeline"
	"github.com/quelle-nlp/quelle/scheme"
)

// TestPredict checks that the workers' finishing order does not show in
// the output.
func TestPredict(t *testing.T) {
	p, err := pipeline.New(lexicon.Default(), pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var gold []scheme.Record
	for _, text := range []string{"Er sagte, es seien 3000.", "Laut Polizei kamen rund 300 Menschen.", "", "Zwölf Minister trafen sich am 31. Oktober 2024."} {
		for range 5 {
			gold = append(gold, scheme.Record{ID: string(rune('a' + len(gold))), Text: text})
		}
	}
	serial, parallel := Predict(p, gold, 1), Predict(p, gold, 8)
	for i := range gold {
		if serial[i].ID != gold[i].ID || serial[i].Text != gold[i].Text || !equalSpans(serial[i].Spans, parallel[i].Spans) {
			t.Errorf("record %d: %+v vs %+v", i, serial[i], parallel[i])
		}
	}
}

func equalSpans(a, b []scheme.RecordSpan) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if keyOf(a[i]) != keyOf(b[i]) {
			return false
		}
	}
	return true
}
