package main

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// evalEnv is an env writing into buffers.
func evalEnv() (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errw bytes.Buffer
	return &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errw}, &out, &errw
}

const (
	evalGold  = "testdata/eval/gold.jsonl"
	evalPredA = "testdata/eval/pred_a.jsonl" // d2: CUE, HEDGE wrong, NUMBER value wrong; d1: QUOTE too long
	evalPredB = "testdata/eval/pred_b.jsonl" // gold plus a document d9 not in gold
	evalBad   = "testdata/eval/bad.jsonl"
)

func TestEvalCommand(t *testing.T) {
	g, a := "--gold="+evalGold, "--pred="+evalPredA
	tests := []struct {
		name        string
		args        []string
		code        int
		out, errOut []string // substrings expected
		notOut      []string
	}{
		{name: "scores", args: []string{g, a}, code: 0,
			out: []string{"3 documents, 9 gold spans, 8 predicted spans", "QUOTE   strict      1     1   0   1   1  0.000",
				"QUOTE   overlap     1     1   1   0   0  1.000", "NUMBER value           2      3     0.667", "1000 resamples, seed 1"}},
		{name: "errors", args: []string{g, a, "--errors"}, code: 0,
			out: []string{"HEDGE: 1 false positive, 1 false negative", `FP  d2  13–18  "kamen"  rule test:1`,
				"Laut Polizei kamen ⟦rund⟧ 300 Menschen nach Köln.", "value  d2  24–27  \"300\"  gold 300, pred 30  rule numbers:digits"}},
		{name: "labels restrict scores and errors", args: []string{g, a, "--labels", "number,hedge", "--errors"}, code: 0,
			out: []string{"HEDGE   overlap", "NUMBER  overlap"}, notOut: []string{"CUE", "QUOTE"}},
		{name: "no bootstrap", args: []string{g, a, "--bootstrap", "0"}, code: 0, notOut: []string{"95% CI"}},
		{name: "fail-under met", args: []string{g, a, "--fail-under", "NUMBER=1,SOURCE=0.9,QUOTE=1"}, code: 0},
		{name: "fail-under missed names every label", args: []string{g, a, "--fail-under", "HEDGE=0.5, CUE=0.7 ,NUMBER=0.5"}, code: 1,
			out:    []string{"HEDGE   overlap"},
			errOut: []string{"below --fail-under: HEDGE overlap F1 0.0000 < 0.5000; CUE overlap F1 0.6667 < 0.7000\n"}},
		{name: "fail-under strict", args: []string{g, a, "--match", "strict", "--fail-under", "QUOTE=0.5"}, code: 1,
			errOut: []string{"QUOTE strict F1 0.0000 < 0.5000"}},
		{name: "fail-under on macro", args: []string{g, a, "--fail-under", "macro=0.7"}, code: 0},
		{name: "fail-under on strict macro", args: []string{g, a, "--fail-under", "MACRO=0.7", "--match=strict"}, code: 1,
			errOut: []string{"macro strict F1 0.5333 < 0.7000"}},
		{name: "prediction not in gold", args: []string{g, "--pred", evalPredB}, code: 0,
			errOut: []string{"predicted documents not in the gold set (1), ignored: d9"}},
		{name: "gold without prediction", args: []string{"--gold", evalPredB, a}, code: 0,
			out: []string{"4 documents", "(1 document without prediction)"}, errOut: []string{"gold documents without prediction (1), scored as predicting nothing: d9"}},
		{name: "pipeline on gold texts", args: []string{g, "--layers", "numbers"}, code: 0, out: []string{"3 documents, 9 gold spans"}},
		{name: "compare", args: []string{g, "--compare", evalPredA, evalPredB}, code: 0,
			out: []string{"P(B>A)", "HEDGE   overlap  0.000  1.000  +1.000"}, errOut: []string{"B: predicted documents not in the gold set (1)"}},
		{name: "compare, files as two flags", args: []string{g, "--compare", evalPredA, "--compare", evalPredB, "--bootstrap", "10"}, code: 0,
			out: []string{"10 resamples"}},
		{name: "help", args: []string{"--help"}, code: 0, errOut: []string{"usage: quelle eval --gold FILE|DIR", "--fail-under"}},
		{name: "malformed gold", args: []string{"--gold", evalBad, a}, code: 1,
			errOut: []string{"bad.jsonl:2: invalid character", `bad.jsonl:3: span 0 (NUMBER 20:25): text "zwölfe" is not text[20:25] = "zwölf"`}},
		{name: "missing file", args: []string{"--gold", "testdata/eval/none.jsonl"}, code: 1, errOut: []string{"none.jsonl"}},
		{name: "no gold", args: []string{a}, code: 2, errOut: []string{"--gold is required"}},
		{name: "unknown label", args: []string{g, a, "--labels", "CUE,SPEAKER"}, code: 2, errOut: []string{`unknown label "SPEAKER"`}},
		{name: "bound without value", args: []string{g, a, "--fail-under", "CUE"}, code: 2, errOut: []string{`"CUE" is not LABEL=F1`}},
		{name: "bound above 1", args: []string{g, a, "--fail-under", "CUE=80"}, code: 2},
		{name: "bound on unscored label", args: []string{g, a, "--labels", "NUMBER", "--fail-under", "CUE=0.5"}, code: 2,
			errOut: []string{`"CUE" is not a scored label`}},
		{name: "bad match", args: []string{g, a, "--match", "fuzzy"}, code: 2},
		{name: "negative bootstrap", args: []string{g, a, "--bootstrap=-1"}, code: 2},
		{name: "stray argument", args: []string{g, a, "extra.jsonl"}, code: 2},
		{name: "compare needs two files", args: []string{g, "--compare", evalPredA}, code: 2},
		{name: "compare and pred", args: []string{g, a, "--compare", evalPredA, evalPredB}, code: 2},
		{name: "pipeline flags with pred", args: []string{g, a, "--layers", "numbers"}, code: 2},
		{name: "unknown flag", args: []string{g, "--gloden"}, code: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, out, errw := evalEnv()
			if code := run(append([]string{"eval"}, tt.args...), e); code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errw)
			}
			checkOutput(t, "stdout", out.String(), tt.out, tt.notOut)
			checkOutput(t, "stderr", errw.String(), tt.errOut, nil)
		})
	}
}

func checkOutput(t *testing.T, name, got string, want, notWant []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q:\n%s", name, w, got)
		}
	}
	for _, w := range notWant {
		if strings.Contains(got, w) {
			t.Errorf("%s has %q:\n%s", name, w, got)
		}
	}
}

// evalOut mirrors the parts of the --json output the test looks at.
type evalOut struct {
	Gold, Pred string
	Documents  int
	Missing    []string `json:"missing_predictions"`
	Labels     []struct {
		Label           string
		Gold, Pred      int
		Strict, Overlap struct {
			TP, FP, FN        int
			Precision, Recall float64
			F1                float64
			CI                *struct{ Low, High float64 } `json:"f1_ci"`
		}
	}
	Macro struct {
		Labels  []string
		Overlap struct{ F1 float64 }
	}
	Attributes []struct {
		Label, Attribute string
		Correct, Total   int
		Accuracy         *float64
	}
	Bootstrap struct{ Resamples int }
	Errors    struct {
		Spans      []struct{ Kind, Label, Doc, Text, Rule, Marked string }
		Attributes []struct{ Attribute, Gold, Pred string }
	}
}

func TestEvalJSON(t *testing.T) {
	e, out, _ := evalEnv()
	if err := runEval([]string{"--gold", evalGold, "--pred", evalPredA, "--json", "--errors"}, e); err != nil {
		t.Fatal(err)
	}
	var got evalOut
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	q := got.Labels[2]
	if got.Gold != evalGold || got.Pred != evalPredA || got.Documents != 3 || got.Missing == nil || q.Label != "QUOTE" ||
		q.Strict.TP != 0 || q.Overlap.TP != 1 || q.Overlap.CI == nil || got.Bootstrap.Resamples != 1000 {
		t.Errorf("unexpected JSON:\n%s", out)
	}
	if math.Abs(got.Macro.Overlap.F1-(2.0/3+1+1+0+1)/5) > 1e-12 || len(got.Macro.Labels) != 5 {
		t.Errorf("macro = %+v", got.Macro)
	}
	if len(got.Errors.Spans) != 3 || got.Errors.Spans[1].Rule != "test:1" || got.Errors.Spans[1].Marked != "Laut Polizei ⟦kamen⟧ rund 300 Menschen nach Köln." {
		t.Errorf("errors.spans = %+v", got.Errors.Spans)
	}
	if a := got.Errors.Attributes; len(a) != 1 || a[0].Gold != "300" || a[0].Pred != "30" {
		t.Errorf("errors.attributes = %+v", a)
	}
	for _, a := range got.Attributes {
		if a.Label == "HEDGE" && a.Accuracy != nil {
			t.Errorf("HEDGE type accuracy %v with no matched pair, want null", *a.Accuracy)
		}
	}
}

func TestEvalCompareJSON(t *testing.T) {
	e, out, _ := evalEnv()
	if err := runEval([]string{"--gold", evalGold, "--compare", evalPredA, evalPredB, "--json", "--bootstrap", "100"}, e); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Bootstrap struct{ Resamples int }
		A, B      struct{ Documents int }
		Labels    []struct {
			Label   string
			Overlap struct {
				A       float64 `json:"f1_a"`
				B       float64 `json:"f1_b"`
				Delta   float64
				BBetter float64 `json:"p_b_better"`
			}
		}
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	last := got.Labels[len(got.Labels)-1]
	if got.Bootstrap.Resamples != 100 || got.A.Documents != 3 || last.Label != "macro" || last.Overlap.B != 1 || last.Overlap.Delta <= 0 {
		t.Errorf("unexpected JSON:\n%s", out)
	}
}
