package annotate

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// fakeStage writes one span of its label and records what it saw.
type fakeStage struct {
	layer, label string
	needs        []string
}

func (f fakeStage) Layer() string    { return f.layer }
func (f fakeStage) Labels() []string { return []string{f.label} }
func (f fakeStage) Needs() []string  { return f.needs }
func (f fakeStage) Annotate(doc *Document) {
	for _, n := range f.needs { // a needed layer's spans must be there already
		if !slices.ContainsFunc(doc.Spans, func(s Span) bool { return strings.EqualFold(s.Label, n) }) {
			return
		}
	}
	doc.Spans = append(doc.Spans, Span{Label: f.label, Start: 0, End: 1})
}

// TestPipelineOrdersByNeeds checks that stages run after the layers they
// need whatever order they are given in, that a selected layer pulls in
// what it needs, and that only the selected layers' labels are written.
func TestPipelineOrdersByNeeds(t *testing.T) {
	stages := []Stage{
		fakeStage{layer: "c", label: "C", needs: []string{"a", "b"}},
		fakeStage{layer: "b", label: "B"},
		fakeStage{layer: "a", label: "A", needs: []string{"b"}},
	}
	for _, tc := range []struct {
		layers     []string
		run, wrote string
	}{
		{nil, "b a c", "A B C"},
		{[]string{"all"}, "b a c", "A B C"},
		{[]string{""}, "b a c", "A B C"},
		{[]string{"c"}, "b a c", "C"},
		{[]string{"a"}, "b a", "A"},
		{[]string{"b", "B"}, "b", "B"},
	} {
		p, err := NewPipeline(stubTokenizer{}, stages, tc.layers)
		if err != nil {
			t.Fatalf("%v: %v", tc.layers, err)
		}
		doc := &Document{Text: "x"}
		p.Annotate(doc)
		var wrote []string
		for _, s := range doc.Spans {
			wrote = append(wrote, s.Label)
		}
		if got := strings.Join(p.Stages(), " "); got != tc.run {
			t.Errorf("%v: ran %q, want %q", tc.layers, got, tc.run)
		}
		if got := strings.Join(wrote, " "); got != tc.wrote {
			t.Errorf("%v: wrote %q, want %q", tc.layers, got, tc.wrote)
		}
	}
}

func TestPipelineDeclarationErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stages []Stage
		layers []string
		want   string
	}{
		{"unknown layer", []Stage{fakeStage{layer: "a", label: "A"}}, []string{"zahlen"}, `unknown layer "zahlen"`},
		{"missing need", []Stage{fakeStage{layer: "a", label: "A", needs: []string{"z"}}}, nil, `needs layer "z"`},
		{"cycle", []Stage{fakeStage{layer: "a", label: "A", needs: []string{"b"}}, fakeStage{layer: "b", label: "B", needs: []string{"a"}}}, nil, "need each other"},
		{"duplicate", []Stage{fakeStage{layer: "a", label: "A"}, fakeStage{layer: "a", label: "B"}}, nil, "two stages"},
	} {
		_, err := NewPipeline(stubTokenizer{}, tc.stages, tc.layers)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

// stubTokenizer makes one token of the whole text.
type stubTokenizer struct{}

func (stubTokenizer) Name() string { return "stub" }
func (stubTokenizer) Tokenize(text string) ([]Token, []Sentence) {
	return []Token{{Start: 0, End: len(text)}}, []Sentence{{Start: 0, End: len(text), First: 0, Last: 1}}
}

// TestSortSpansStable checks the order SortSpans promises on random
// spans with many ties: by start, end and label, and spans equal in all
// three in their input order (Rule holds the input position); also
// in sorted runs, as the stages append them, and with offsets or numbers
// of spans too large for its packed keys.
func TestSortSpansStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	labels := AllLabels()
	for _, n := range []int{0, 1, 2, 3, 20, 31, 256, 257, 1000, 1 << 16, 1<<16 + 1} {
		rounds := 20
		if n > 1000 {
			rounds = 2
		}
		for round := 0; round < rounds; round++ {
			base := 0
			if round%5 == 4 {
				base = 1<<24 - 4 // offsets beyond what SortSpans packs into a key
			}
			spans := make([]Span, n)
			for i := range spans {
				start := base + rng.IntN(8)
				spans[i] = Span{Start: start, End: start + rng.IntN(3), Label: labels[rng.IntN(len(labels))], Rule: strconv.Itoa(i)}
			}
			if round%2 == 1 { // sorted runs, as the stages append them
				for _, run := range [][]Span{spans[:n/3], spans[n/3 : n/2], spans[n/2:]} {
					slices.SortStableFunc(run, func(a, b Span) int {
						return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Label, b.Label))
					})
				}
			}
			SortSpans(spans)
			seen := make([]bool, n)
			for i, sp := range spans {
				pos, _ := strconv.Atoi(sp.Rule)
				if seen[pos] {
					t.Fatalf("n=%d round %d: span %d twice", n, round, pos)
				}
				seen[pos] = true
				if i == 0 {
					continue
				}
				p := spans[i-1]
				prev, _ := strconv.Atoi(p.Rule)
				c := cmp.Or(cmp.Compare(p.Start, sp.Start), cmp.Compare(p.End, sp.End), strings.Compare(p.Label, sp.Label))
				if c > 0 || c == 0 && prev > pos {
					t.Fatalf("n=%d round %d: %+v before %+v", n, round, p, sp)
				}
			}
		}
	}
}
