package hedge_test

import (
	"fmt"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/pipeline"
)

// The stage runs inside the pipeline, after the numbers and speech layers
// it needs; --layers hedge writes only its spans.
func Example() {
	p, err := pipeline.New(lexicon.Default(), pipeline.Options{Layers: []string{annotate.LayerHedge}})
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := &annotate.Document{Text: "Laut dem Geheimdienst soll Nordkorea bereits etwa 3000 Soldaten geschickt haben. " +
		"Sie sollen an die Front geschickt werden."}
	p.Annotate(doc)
	for _, s := range doc.Spans {
		fmt.Printf("%s %q %s\n", s.Label, doc.Text[s.Start:s.End], s.Type)
	}
	// Output:
	// HEDGE "soll" evidential
	// HEDGE "etwa" approximator
}
