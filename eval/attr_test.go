package eval

import (
	"testing"

	"github.com/quelle-nlp/quelle/scheme"
)

// with sets attributes on a span.
func with(s scheme.RecordSpan, f func(*scheme.RecordSpan)) scheme.RecordSpan {
	f(&s)
	return s
}

func num(start, end int, v *float64, kind string) scheme.RecordSpan {
	return with(span(number, start, end), func(s *scheme.RecordSpan) { s.Value, s.Kind = v, kind })
}

func attrib(s scheme.RecordSpan, id int) scheme.RecordSpan {
	return with(s, func(s *scheme.RecordSpan) { s.Attribution = id })
}

func lemma(s scheme.RecordSpan, l string) scheme.RecordSpan {
	return with(s, func(s *scheme.RecordSpan) { s.Lemma = l })
}

func TestAttributes(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred scheme.Record
		want       map[string][2]int // "LABEL attribute" → correct, total
	}{
		{"number values",
			rec("d", num(0, 2, ptr(3), "cardinal"), num(3, 5, ptr(3), "cardinal"), num(6, 8, nil, "vague"), num(9, 11, nil, "vague"), num(12, 14, ptr(0), "cardinal")),
			rec("d", num(0, 2, ptr(3.0000000001), "cardinal"), num(3, 6, ptr(3.1), "cardinal"), num(6, 8, nil, "vague"), num(9, 11, ptr(1000), "cardinal"), num(12, 14, ptr(0), "ordinal")),
			map[string][2]int{"NUMBER value": {3, 5}, "NUMBER kind": {3, 5}}},
		{"unmatched spans are not scored",
			rec("d", num(0, 2, ptr(3), "cardinal")), rec("d", num(5, 7, ptr(4), "ordinal")),
			map[string][2]int{"NUMBER value": {0, 0}, "NUMBER kind": {0, 0}}},
		{"hedge type and quote mode",
			rec("d", with(span(hedge, 0, 4), func(s *scheme.RecordSpan) { s.Type = "approximator" }),
				with(span(quote, 10, 20), func(s *scheme.RecordSpan) { s.Mode = "direct" })),
			rec("d", with(span(hedge, 0, 4), func(s *scheme.RecordSpan) { s.Type = "epistemic" }),
				with(span(quote, 11, 20), func(s *scheme.RecordSpan) { s.Mode = "direct" })),
			map[string][2]int{"HEDGE type": {0, 1}, "QUOTE mode": {1, 1}}},
		{"cue lemma: empty gold lemma is skipped",
			rec("d", lemma(span(cue, 0, 5), "sagen"), lemma(span(cue, 10, 15), ""), lemma(span(cue, 20, 25), "laut")),
			rec("d", lemma(span(cue, 0, 5), "sagen"), lemma(span(cue, 10, 15), "meinen"), lemma(span(cue, 20, 25), "zufolge")),
			map[string][2]int{"CUE lemma": {1, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Evaluate([]scheme.Record{tt.gold}, []scheme.Record{tt.pred}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range r.Attributes {
				want, ok := tt.want[a.Label+" "+a.Attribute]
				if ok && (a.Correct != want[0] || a.Total != want[1]) {
					t.Errorf("%s %s: %d/%d, want %d/%d", a.Label, a.Attribute, a.Correct, a.Total, want[0], want[1])
				}
				if (a.Accuracy == nil) != (a.Total == 0) {
					t.Errorf("%s %s: accuracy %v with total %d", a.Label, a.Attribute, a.Accuracy, a.Total)
				}
			}
		})
	}
}

func TestAttribution(t *testing.T) {
	gold := rec("d", attrib(span(source, 0, 5), 1), attrib(span(cue, 6, 11), 1), attrib(span(cue, 20, 25), 2))
	tests := []struct {
		name   string
		pred   scheme.Record
		labels []string
		want   [2]int
	}{
		{"source of the same attribution overlaps (ids need not agree)",
			rec("d", attrib(span(source, 0, 4), 7), attrib(span(cue, 6, 11), 7), attrib(span(cue, 20, 25), 8)), nil, [2]int{1, 1}},
		{"predicted cue linked to another attribution",
			rec("d", attrib(span(source, 0, 4), 7), attrib(span(cue, 6, 11), 9)), nil, [2]int{0, 1}},
		{"predicted source does not overlap",
			rec("d", attrib(span(source, 30, 35), 7), attrib(span(cue, 6, 11), 7)), nil, [2]int{0, 1}},
		{"predicted cue without attribution",
			rec("d", span(source, 0, 5), span(cue, 6, 11)), nil, [2]int{0, 1}},
		{"SOURCE spans count even when only CUE is scored",
			rec("d", attrib(span(source, 2, 5), 3), attrib(span(cue, 6, 11), 3)), []string{cue}, [2]int{1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Evaluate([]scheme.Record{gold}, []scheme.Record{tt.pred}, Options{Labels: tt.labels})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range r.Attributes {
				if a.Attribute == "attribution" && (a.Correct != tt.want[0] || a.Total != tt.want[1]) {
					t.Errorf("attribution %d/%d, want %d/%d", a.Correct, a.Total, tt.want[0], tt.want[1])
				}
			}
		})
	}
}

func TestSameValue(t *testing.T) {
	tests := []struct {
		a, b *float64
		want bool
	}{
		{nil, nil, true},
		{nil, ptr(0), false},
		{ptr(0), ptr(0), true},
		{ptr(1.0 / 3), ptr(0.3333333333), true},
		{ptr(1.0 / 3), ptr(0.333), false},
		{ptr(12000), ptr(12000.00000001), true},
		{ptr(2.7e9), ptr(2.7e9 + 1), true},   // 3.7e-10 relative
		{ptr(2.7e9), ptr(2.7e9 + 10), false}, // 3.7e-9 relative
	}
	for _, tt := range tests {
		if got := SameValue(tt.a, tt.b); got != tt.want {
			t.Errorf("SameValue(%s, %s) = %v", formatValue(tt.a), formatValue(tt.b), got)
		}
	}
}
