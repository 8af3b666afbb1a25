package eval

import (
	"reflect"
	"testing"

	"github.com/quelle-nlp/quelle/scheme"
)

func TestAlign(t *testing.T) {
	type sp = scheme.RecordSpan
	tests := []struct {
		name          string
		gold, pred    []sp
		strict, pairs [][2]sp
		fp, fn        []sp
	}{
		{name: "tie in overlap size goes to the earlier gold span",
			gold: []sp{span(quote, 0, 4), span(quote, 6, 10)}, pred: []sp{span(quote, 2, 8)},
			pairs: [][2]sp{{span(quote, 0, 4), span(quote, 2, 8)}}, fn: []sp{span(quote, 6, 10)}},
		{name: "tie goes to the earlier prediction",
			gold: []sp{span(quote, 2, 8)}, pred: []sp{span(quote, 6, 10), span(quote, 0, 4)},
			pairs: [][2]sp{{span(quote, 2, 8), span(quote, 0, 4)}}, fp: []sp{span(quote, 6, 10)}},
		{name: "strict pair and overlap pair",
			gold: []sp{span(cue, 0, 5), span(cue, 10, 15)}, pred: []sp{span(cue, 0, 5), span(cue, 11, 15)},
			strict: [][2]sp{{span(cue, 0, 5), span(cue, 0, 5)}},
			pairs:  [][2]sp{{span(cue, 0, 5), span(cue, 0, 5)}, {span(cue, 10, 15), span(cue, 11, 15)}}},
		{name: "different labels never pair",
			gold: []sp{span(cue, 0, 5)}, pred: []sp{span(hedge, 0, 5)},
			fp: []sp{span(hedge, 0, 5)}, fn: []sp{span(cue, 0, 5)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Align(tt.gold, tt.pred)
			if !reflect.DeepEqual(pairList(a.Strict), tt.strict) || !reflect.DeepEqual(pairList(a.Pairs), tt.pairs) ||
				!reflect.DeepEqual(a.FP, tt.fp) || !reflect.DeepEqual(a.FN, tt.fn) {
				t.Errorf("Align = %+v", a)
			}
		})
	}
}

func pairList(ps []Pair) [][2]scheme.RecordSpan {
	var out [][2]scheme.RecordSpan
	for _, p := range ps {
		out = append(out, [2]scheme.RecordSpan{p.Gold, p.Pred})
	}
	return out
}
