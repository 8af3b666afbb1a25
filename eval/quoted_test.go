package eval

import (
	"testing"

	"github.com/quelle-nlp/quelle/scheme"
)

func TestQuotedOnly(t *testing.T) {
	in := []scheme.Record{{ID: "a", Spans: []scheme.RecordSpan{
		{Label: "CUE", Start: 0, End: 1, Attribution: 1},
		{Label: "SOURCE", Start: 2, End: 3, Attribution: 1},
		{Label: "QUOTE", Start: 4, End: 5, Attribution: 1},
		{Label: "CUE", Start: 6, End: 7, Attribution: 2},
		{Label: "SOURCE", Start: 8, End: 9, Attribution: 2},
		{Label: "HEDGE", Start: 10, End: 11},
		{Label: "NUMBER", Start: 12, End: 13},
	}}}
	out := QuotedOnly(in)
	var got []string
	for _, s := range out[0].Spans {
		got = append(got, s.Label)
	}
	want := []string{"CUE", "SOURCE", "QUOTE", "HEDGE", "NUMBER"}
	if len(got) != len(want) {
		t.Fatalf("QuotedOnly kept %v, want %v", got, want)
	}
	for k := range want {
		if got[k] != want[k] || out[0].Spans[k].Attribution == 2 {
			t.Fatalf("QuotedOnly kept %v, want %v (attribution 2 dropped)", got, want)
		}
	}
	if len(in[0].Spans) != 7 {
		t.Errorf("QuotedOnly modified its input: %d spans left", len(in[0].Spans))
	}
}
