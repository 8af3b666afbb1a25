package format_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/format"
	"github.com/quelle-nlp/quelle/scheme"
)

// A run writes documents in brat's format and reads them back as scheme
// records: byte offsets inside, code points in the files.
func Example() {
	dir, _ := os.MkdirTemp("", "brat")
	defer os.RemoveAll(dir)
	doc := &annotate.Document{ID: "d1", Text: "„Ja“, sagte sie."}
	doc.Spans = []annotate.Span{
		{Label: annotate.LabelQuote, Start: 3, End: 5, Mode: annotate.ModeDirect, Attribution: 1},
		{Label: annotate.LabelCue, Start: 10, End: 15, Lemma: "sagen", Attribution: 1, Rule: "verbs"},
		{Label: annotate.LabelSource, Start: 16, End: 19, Attribution: 1},
	}
	w, _ := format.New("brat", format.Options{Dir: dir})
	enc, _ := w.Encode(doc) // on a worker
	w.Write(enc)            // in input order
	w.Close()               // annotation.conf, visual.conf
	ann, _ := os.ReadFile(filepath.Join(dir, "d1.ann"))
	fmt.Print(string(ann))
	format.Read("brat", dir, format.ReadOptions{}, func(r *scheme.Record) error {
		for _, s := range r.Spans {
			fmt.Println(s.Label, s.Start, s.End, s.Text, s.Attribution)
		}
		return nil
	})
	// Output:
	// T1	QUOTE 1 3	Ja
	// T2	CUE 6 11	sagte
	// T3	SOURCE 12 15	sie
	// A1	Mode T1 direct
	// R1	Content Arg1:T2 Arg2:T1
	// R2	Source Arg1:T2 Arg2:T3
	// #1	AnnotatorNotes T2	lemma=sagen; rule=verbs
	// QUOTE 1 3 Ja 1
	// CUE 6 11 sagte 1
	// SOURCE 12 15 sie 1
}
