package scheme

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
)

// stdJSON encodes v with encoding/json, HTML characters unescaped and no
// trailing newline: the reference for the hand-written encoder.
func stdJSON(t testing.TB, v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", "\x00\x1f\x7f", "\n\r\t", "<&>", "\u2028\u2029", "\xff\xfe ok", "„Zitat“ 👍", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := appendJSONString(nil, s)
		if want := stdJSON(t, s); !bytes.Equal(got, want) {
			t.Fatalf("appendJSONString(%q) = %s, encoding/json gives %s", s, got, want)
		}
	})
}

func TestRecordAppendJSON(t *testing.T) {
	doc := &annotate.Document{ID: "x<1>", Text: "„Er“ zahlte 3,5 Mio. und \xff Tausende.\n", Meta: []byte(`{"k":[1,2]}`)}
	doc.Spans = []annotate.Span{
		{Label: annotate.LabelNumber, Start: 16, End: 19, Value: 3.5, Kind: "cardinal", Rule: "digits"},
		{Label: annotate.LabelNumber, Start: 31, End: 39, Kind: "vague", Rule: "lexicon/data/x.txt:3"},
		{Label: annotate.LabelCue, Start: 8, End: 14, Lemma: "zahlen", Attribution: 2},
	}
	g, err := annotate.NewGerman(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	doc.Tokens, doc.Sentences = g.Tokenize(doc.Text)
	for _, withTokens := range []bool{false, true} {
		r := FromDocument(doc, withTokens)
		got := r.AppendJSON(nil)
		if want := stdJSON(t, r); !bytes.Equal(got, want) {
			t.Errorf("AppendJSON(tokens=%v)\n got: %s\nwant: %s", withTokens, got, want)
		}
		var back Record
		if err := json.Unmarshal(got, &back); err != nil {
			t.Fatal(err)
		}
		if back.Spans[1].Value != nil || back.Spans[0].Value == nil || *back.Spans[0].Value != 3.5 {
			t.Errorf("values did not round-trip: %+v", back.Spans)
		}
	}
}

func ExampleFromDocument() {
	// Byte offsets inside, code points at the edge: "„" is three bytes
	// but one code point.
	doc := &annotate.Document{ID: "x", Text: "„Ja“, sagte sie."}
	doc.Spans = []annotate.Span{{Label: annotate.LabelCue, Start: 10, End: 15, Lemma: "sagen", Attribution: 1, Rule: "example"}}
	r := FromDocument(doc, false)
	fmt.Println(r.Spans[0].Start, r.Spans[0].End, r.Spans[0].Text)
	// Output: 6 11 sagte
}

// TestAppendValue checks appendValue against strconv's 'g' format, whose
// output it must repeat byte for byte, around every boundary of its
// integer path.
func TestAppendValue(t *testing.T) {
	values := []float64{math.Copysign(0, -1), 0.5, -0.5, 2.5, 1e-7, 1e21, 1e6 - 0.5, 999999.5, 1.5e6,
		math.NaN(), math.Inf(1), math.Inf(-1), math.MaxFloat64, math.SmallestNonzeroFloat64, 1 << 62, -(1 << 63)}
	for n := -1_100_000; n <= 1_100_000; n++ {
		values = append(values, float64(n))
	}
	for _, v := range values {
		if got, want := string(appendValue(nil, v)), strconv.FormatFloat(v, 'g', -1, 64); got != want {
			t.Errorf("appendValue(%v) = %q, want %q", v, got, want)
		}
	}
}
