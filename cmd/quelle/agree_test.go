package main

import (
	"encoding/json"
	"math"
	"testing"
)

func TestAgreeCommand(t *testing.T) {
	tests := []struct {
		name        string
		args        []string
		code        int
		out, errOut []string
	}{
		{"table", []string{evalGold, evalPredA}, 0,
			[]string{"3 shared documents (only in A: 0, only in B: 0)", "CUE     2  1      0.667       0.667   0.650      28"}, nil},
		{"labels", []string{"--labels", "HEDGE", evalGold, evalPredA}, 0, []string{"HEDGE  1  1      0.000       0.000  -0.037      28"}, nil},
		{"documents in one file only", []string{evalGold, evalPredB}, 0,
			[]string{"only in B: 1"}, []string{"documents only in B (1), not compared: d9"}},
		{"help", []string{"--help"}, 0, nil, []string{"usage: quelle agree"}},
		{"one file", []string{evalGold}, 2, nil, []string{"agree takes two files"}},
		{"unknown label", []string{"--labels", "X", evalGold, evalPredA}, 2, nil, []string{`unknown label "X"`}},
		{"malformed file", []string{evalGold, evalBad}, 1, nil, []string{"bad.jsonl:2:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, out, errw := evalEnv()
			if code := run(append([]string{"agree"}, tt.args...), e); code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errw)
			}
			checkOutput(t, "stdout", out.String(), tt.out, nil)
			checkOutput(t, "stderr", errw.String(), tt.errOut, nil)
		})
	}
}

func TestAgreeJSON(t *testing.T) {
	e, out, _ := evalEnv()
	if err := runAgree([]string{"--json", evalGold, evalPredA}, e); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Documents int
		OnlyA     []string `json:"only_a"`
		Labels    []struct {
			Label  string
			Kappa  float64
			Tokens struct {
				Both    int
				AOnly   int `json:"a_only"`
				BOnly   int `json:"b_only"`
				Neither int
			}
		}
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	// CUE: 28 tokens (12+9+7); A marks "sagte" and "Laut", B only "sagte".
	// po=27/28, pA=2/28, pB=1/28, pe=(2+26·27)/784=704/784,
	// kappa=(756−704)/(784−704)=0.65.
	cue := got.Labels[0]
	if got.Documents != 3 || got.OnlyA == nil || cue.Label != "CUE" || cue.Tokens.Both != 1 || cue.Tokens.AOnly != 1 ||
		cue.Tokens.BOnly != 0 || cue.Tokens.Neither != 26 || math.Abs(cue.Kappa-0.65) > 1e-12 {
		t.Errorf("unexpected JSON:\n%s", out)
	}
}
