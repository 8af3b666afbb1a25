package eval

import (
	"errors"
	"slices"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/scheme"
)

func TestKappa(t *testing.T) {
	tests := []struct {
		name string
		t    TokenTable
		want float64
	}{
		// n=50, po=35/50=.7, pA=25/50=.5, pB=30/50=.6,
		// pe=.5·.6+.5·.4=.5, kappa=(.7−.5)/(1−.5)=.4
		{"hand-computed", TokenTable{Both: 20, AOnly: 5, BOnly: 10, Neither: 15}, 0.4},
		// n=100, po=.7, pA=.5, pB=.6, pe=.5, kappa=.4 (same margins, scaled)
		{"scaled table", TokenTable{Both: 40, AOnly: 10, BOnly: 20, Neither: 30}, 0.4},
		{"perfect agreement", TokenTable{Both: 3, Neither: 7}, 1},
		{"total disagreement", TokenTable{AOnly: 5, BOnly: 5}, -1},
		{"chance level", TokenTable{Both: 1, AOnly: 1, BOnly: 1, Neither: 1}, 0},
		{"expected agreement 1: nobody marks anything", TokenTable{Neither: 9}, 1},
		{"expected agreement 1: both mark everything", TokenTable{Both: 4}, 1},
		{"no tokens", TokenTable{}, 1},
		{"one annotator marks nothing", TokenTable{AOnly: 1, Neither: 7}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.t.Kappa(); !near(got, tt.want) {
				t.Errorf("Kappa = %v, want %v", got, tt.want)
			}
		})
	}
}

func german(t *testing.T) annotate.Tokenizer {
	t.Helper()
	tok, err := annotate.NewGerman(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestAgree(t *testing.T) {
	// Tokens: Peter sagte heute , dass es regnet . (8)
	text := "Peter sagte heute, dass es regnet."
	a := []scheme.Record{
		{ID: "d", Text: text, Spans: []scheme.RecordSpan{{Label: source, Start: 0, End: 5, Text: "Peter"}, {Label: cue, Start: 6, End: 11, Text: "sagte"}}},
		{ID: "onlyA", Text: "x"},
	}
	b := []scheme.Record{
		{ID: "onlyB", Text: "y"},
		{ID: "d", Text: text, Spans: []scheme.RecordSpan{{Label: cue, Start: 6, End: 17, Text: "sagte heute"}}},
	}
	ag, err := Agree(a, b, nil, german(t))
	if err != nil {
		t.Fatal(err)
	}
	if ag.Documents != 1 || !slices.Equal(ag.OnlyA, []string{"onlyA"}) || !slices.Equal(ag.OnlyB, []string{"onlyB"}) {
		t.Errorf("documents %d, only A %v, only B %v", ag.Documents, ag.OnlyA, ag.OnlyB)
	}
	want := map[string]struct {
		tokens              TokenTable
		kappa, strict, over float64
	}{
		// CUE: n=8, po=7/8, pA=1/8, pB=2/8, pe=2/64+42/64=44/64, kappa=(56−44)/(64−44)=.6
		cue: {TokenTable{Both: 1, BOnly: 1, Neither: 6}, 0.6, 0, 1},
		// SOURCE: po=7/8, pA=1/8, pB=0, pe=7/8, kappa=0
		source: {TokenTable{AOnly: 1, Neither: 7}, 0, 0, 0},
		quote:  {TokenTable{Neither: 8}, 1, 1, 1},
	}
	for _, l := range ag.Labels {
		w, ok := want[l.Label]
		if ok && (l.Tokens != w.tokens || !near(l.Kappa, w.kappa) || !near(l.Strict.F1, w.strict) || !near(l.Overlap.F1, w.over)) {
			t.Errorf("%s: tokens %+v kappa %v F1 %v/%v, want %+v %v %v/%v", l.Label, l.Tokens, l.Kappa, l.Strict.F1, l.Overlap.F1, w.tokens, w.kappa, w.strict, w.over)
		}
	}
	if !slices.Equal(ag.Macro.Labels, []string{cue, source}) || !near(ag.Macro.Kappa, 0.3) {
		t.Errorf("macro %+v, want kappa .3 over CUE, SOURCE", ag.Macro)
	}
}

func TestAgreeErrors(t *testing.T) {
	a := []scheme.Record{{ID: "d", Text: "eins"}}
	b := []scheme.Record{{ID: "d", Text: "zwei"}}
	if _, err := Agree(a, b, nil, german(t)); !errors.Is(err, scheme.ErrTextMismatch) {
		t.Errorf("different texts: err = %v", err)
	}
	if _, err := Agree(a, a, nil, nil); err == nil {
		t.Error("no tokenizer: no error")
	}
	if _, err := Agree(a, a, []string{"X"}, german(t)); !errors.Is(err, scheme.ErrUnknownLabel) {
		t.Errorf("unknown label: err = %v", err)
	}
}
