package eval

import (
	"reflect"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

func TestErrors(t *testing.T) {
	// Umlauts and an emoji before the spans: code points ≠ bytes.
	text := "Öl für 😀 Grüße. Dann sagte Anna: „Schön.“ Ende."
	gold := scheme.Record{ID: "d", Text: text, Spans: []scheme.RecordSpan{
		{Label: cue, Start: 21, End: 26, Text: "sagte", Lemma: "sagen"},
		{Label: number, Start: 3, End: 6, Text: "für", Value: ptr(4), Kind: "cardinal"},
	}}
	pred := scheme.Record{ID: "d", Text: text, Spans: []scheme.RecordSpan{
		{Label: cue, Start: 0, End: 2, Text: "Öl", Rule: "cues.tsv:3"},
		{Label: number, Start: 3, End: 6, Text: "für", Value: ptr(5), Kind: "cardinal", Rule: "numbers:words"},
	}}
	r, err := Evaluate([]scheme.Record{gold}, []scheme.Record{pred}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := r.Errors(german(t))
	want := &ErrorReport{
		Spans: []SpanError{
			{Kind: "FP", Label: cue, Doc: "d", Start: 0, End: 2, Text: "Öl", Rule: "cues.tsv:3",
				Context: Context{Sentence: "Öl für 😀 Grüße.", Marked: "⟦Öl⟧ für 😀 Grüße."}},
			{Kind: "FN", Label: cue, Doc: "d", Start: 21, End: 26, Text: "sagte",
				Context: Context{Sentence: "Dann sagte Anna: „Schön.“", Marked: "Dann ⟦sagte⟧ Anna: „Schön.“"}},
		},
		Attributes: []AttrError{
			{Label: number, Attribute: "value", Doc: "d", Start: 3, End: 6, Text: "für", PredStart: 3, PredEnd: 6, PredText: "für",
				Gold: "4", Pred: "5", Rule: "numbers:words",
				Context: Context{Sentence: "Öl für 😀 Grüße.", Marked: "Öl ⟦für⟧ 😀 Grüße."}},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Errors =\n%+v\nwant\n%+v", got, want)
	}
}

func TestErrorsContext(t *testing.T) {
	text := "Erster Satz. Zweiter Satz. Dritter Satz."
	tests := []struct {
		name       string
		start, end int
		tok        bool
		marked     string
	}{
		{"one sentence", 13, 20, true, "⟦Zweiter⟧ Satz."},
		{"across sentences", 7, 20, true, "Erster ⟦Satz. Zweiter⟧ Satz."},
		{"without tokenizer", 13, 20, false, "⟦Zweiter⟧"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tok annotate.Tokenizer
			if tt.tok {
				tok = german(t)
			}
			c := newContexter(text, tok)
			if got := c.around(tt.start, tt.end).Marked; got != tt.marked {
				t.Errorf("marked = %q, want %q", got, tt.marked)
			}
		})
	}
}
