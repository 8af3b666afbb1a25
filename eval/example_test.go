package eval_test

import (
	"fmt"
	"os"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/eval"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/scheme"
)

func value(x float64) *float64 { return &x }

// The prediction finds the cue and the number, but its SOURCE takes in the
// cue: no strict match, an overlap match.
func ExampleEvaluate() {
	text := "Laut Polizei kamen rund 300 Menschen."
	gold := []scheme.Record{{ID: "d1", Text: text, Spans: []scheme.RecordSpan{
		{Label: "CUE", Start: 0, End: 4, Text: "Laut", Lemma: "laut", Attribution: 1},
		{Label: "SOURCE", Start: 5, End: 12, Text: "Polizei", Attribution: 1},
		{Label: "NUMBER", Start: 24, End: 27, Text: "300", Value: value(300), Kind: "cardinal"},
	}}}
	pred := []scheme.Record{{ID: "d1", Text: text, Spans: []scheme.RecordSpan{
		{Label: "CUE", Start: 0, End: 4, Text: "Laut", Lemma: "laut", Attribution: 1},
		{Label: "SOURCE", Start: 0, End: 12, Text: "Laut Polizei", Attribution: 1},
		{Label: "NUMBER", Start: 24, End: 27, Text: "300", Value: value(300), Kind: "cardinal"},
	}}}
	r, err := eval.Evaluate(gold, pred, eval.Options{Labels: []string{"CUE", "SOURCE", "NUMBER"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	src, _ := r.Label("SOURCE")
	fmt.Printf("SOURCE F1: strict %.1f, overlap %.1f\n\n", src.Strict.F1, src.Overlap.F1)
	eval.WriteScores(os.Stdout, r)
	// Output:
	// SOURCE F1: strict 0.0, overlap 1.0
	//
	// 1 document, 3 gold spans, 3 predicted spans
	//
	// LABEL   MATCH    GOLD  PRED  TP  FP  FN      P      R     F1
	// CUE     strict      1     1   1   0   0  1.000  1.000  1.000
	// CUE     overlap     1     1   1   0   0  1.000  1.000  1.000
	// SOURCE  strict      1     1   0   1   1  0.000  0.000  0.000
	// SOURCE  overlap     1     1   1   0   0  1.000  1.000  1.000
	// NUMBER  strict      1     1   1   0   0  1.000  1.000  1.000
	// NUMBER  overlap     1     1   1   0   0  1.000  1.000  1.000
	// macro   strict                           0.667  0.667  0.667
	// macro   overlap                          1.000  1.000  1.000
	// macro: mean over CUE, SOURCE, NUMBER
	//
	// ATTRIBUTE        CORRECT  TOTAL  ACCURACY
	// CUE lemma              1      1     1.000
	// CUE attribution        1      1     1.000
	// NUMBER value           1      1     1.000
	// NUMBER kind            1      1     1.000
}

// Errors shows each false positive and false negative in its sentence.
func ExampleResult_Errors() {
	text := "Die Lage ist ernst. Experten schätzen, dass es etwa 3000 sind."
	gold := []scheme.Record{{ID: "d1", Text: text, Spans: []scheme.RecordSpan{
		{Label: "HEDGE", Start: 47, End: 51, Text: "etwa", Type: "approximator"},
	}}}
	pred := []scheme.Record{{ID: "d1", Text: text, Spans: []scheme.RecordSpan{
		{Label: "HEDGE", Start: 13, End: 18, Text: "ernst", Type: "epistemic", Rule: "hedges.tsv:12"},
	}}}
	r, _ := eval.Evaluate(gold, pred, eval.Options{Labels: []string{"HEDGE"}})
	tok, _ := annotate.NewGerman(lexicon.Default())
	eval.WriteErrors(os.Stdout, r.Errors(tok))
	// Output:
	// HEDGE: 1 false positive, 1 false negative, 0 attribute mismatches
	//
	//   FP  d1  13–18  "ernst"  rule hedges.tsv:12
	//       Die Lage ist ⟦ernst⟧.
	//   FN  d1  47–51  "etwa"
	//       Experten schätzen, dass es ⟦etwa⟧ 3000 sind.
}

// Cohen's kappa from a 2×2 table of tokens.
func ExampleTokenTable_Kappa() {
	t := eval.TokenTable{Both: 20, AOnly: 5, BOnly: 10, Neither: 15}
	fmt.Printf("%.2f\n", t.Kappa())
	// Output: 0.40
}
