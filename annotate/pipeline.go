package annotate

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// Stage adds the spans of one layer to a tokenized document. A stage is
// immutable after construction and safe for concurrent use. Stages live in
// packages of their own below annotate/ and never import each other: a
// stage that builds on another layer declares it in Needs and reads that
// layer's spans from the document.
type Stage interface {
	// Layer names the layer the stage produces (LayerNumbers, …).
	Layer() string
	// Labels lists the labels the stage writes.
	Labels() []string
	// Needs lists the layers whose spans the stage reads; the pipeline
	// runs them first, whether or not they were selected.
	Needs() []string
	// Annotate appends the stage's spans to doc.Spans. When it runs,
	// doc.Spans holds the spans of the layers it needs (in no particular
	// order).
	Annotate(doc *Document)
}

// Pipeline tokenizes, segments and annotates documents. It is immutable
// after NewPipeline and safe for concurrent use by several goroutines.
type Pipeline struct {
	tok    Tokenizer
	stages []Stage
	// keep holds the labels of the selected layers: the spans of layers
	// that run only because another layer needs them are dropped.
	keep map[string]bool
	// keepsAll says that every stage's labels are in keep (the stages
	// that run are all selected), so no span of a stage is dropped
	keepsAll bool
}

// NewPipeline builds a pipeline that runs the stages of the selected
// layers (empty or "all" means every stage's layer) and of the layers they
// need, each stage after the layers it needs. Only the labels of the
// selected layers are written.
func NewPipeline(tok Tokenizer, stages []Stage, layers []string) (*Pipeline, error) {
	byLayer := map[string]Stage{}
	var names []string
	for _, st := range stages {
		if _, dup := byLayer[st.Layer()]; dup {
			return nil, fmt.Errorf("two stages produce layer %q", st.Layer())
		}
		byLayer[st.Layer()] = st
		names = append(names, st.Layer())
	}
	selected, err := SelectLayers(layers, names)
	if err != nil {
		return nil, err
	}
	p := &Pipeline{tok: tok, keep: map[string]bool{}}
	state := map[string]int{} // 0 unvisited, 1 in progress, 2 done
	var visit func(layer, from string) error
	visit = func(layer, from string) error {
		st, ok := byLayer[layer]
		switch {
		case !ok:
			return fmt.Errorf("layer %q needs layer %q, which no stage produces", from, layer)
		case state[layer] == 1:
			return fmt.Errorf("layers %q and %q need each other", from, layer)
		case state[layer] == 2:
			return nil
		}
		state[layer] = 1
		for _, need := range st.Needs() {
			if err := visit(need, layer); err != nil {
				return err
			}
		}
		state[layer] = 2
		p.stages = append(p.stages, st)
		return nil
	}
	for _, layer := range selected {
		if err := visit(layer, layer); err != nil {
			return nil, err
		}
		for _, l := range byLayer[layer].Labels() {
			p.keep[l] = true
		}
	}
	p.keepsAll = true
	for _, st := range p.stages {
		for _, l := range st.Labels() {
			p.keepsAll = p.keepsAll && p.keep[l]
		}
	}
	return p, nil
}

// SelectLayers resolves a --layers list against the known layer names:
// empty, "" and "all" mean all of them. The result keeps known's order.
func SelectLayers(layers, known []string) ([]string, error) {
	want := map[string]bool{}
	for _, l := range layers {
		l = strings.ToLower(strings.TrimSpace(l))
		switch {
		case l == "" || l == "all":
			for _, k := range known {
				want[k] = true
			}
		case slices.Contains(known, l):
			want[l] = true
		default:
			return nil, fmt.Errorf("unknown layer %q (want %s or all)", l, strings.Join(known, ", "))
		}
	}
	var out []string
	for _, k := range known {
		if want[k] || len(want) == 0 {
			out = append(out, k)
		}
	}
	return out, nil
}

// Tokenizer returns the pipeline's tokenizer.
func (p *Pipeline) Tokenizer() Tokenizer { return p.tok }

// Stages returns the layers the pipeline runs, in the order it runs them.
func (p *Pipeline) Stages() []string {
	out := make([]string, len(p.stages))
	for i, st := range p.stages {
		out[i] = st.Layer()
	}
	return out
}

// Labels returns the labels the pipeline writes, sorted.
func (p *Pipeline) Labels() []string {
	var out []string
	for l := range p.keep {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Annotate tokenizes doc and runs every stage on it. Spans come out sorted
// by start, then end, then label.
//
// Spans already in doc (read from the input) are replaced when their label
// is one the pipeline writes (Labels) and kept otherwise: a gold file
// annotated with --layers numbers keeps its CUE, SOURCE, QUOTE and HEDGE
// spans and gets fresh NUMBER spans. The kept spans are set aside while
// the stages run, so a stage never sees them.
//
// With a tokenizer that has TokenizeInto (German), the tokens and sentences
// are written into the storage of doc.Tokens and doc.Sentences: a caller
// that annotates one document after another can hand the last one's slices
// to the next (quelle annotate's workers do) and the tokenizer allocates
// nothing once they have grown.
func (p *Pipeline) Annotate(doc *Document) {
	if ti, ok := p.tok.(intoTokenizer); ok {
		doc.Tokens, doc.Sentences = ti.TokenizeInto(doc.Text, doc.Tokens, doc.Sentences)
	} else {
		doc.Tokens, doc.Sentences = p.tok.Tokenize(doc.Text)
	}
	var kept []Span
	for _, s := range doc.Spans {
		if !p.keep[s.Label] {
			kept = append(kept, s)
		}
	}
	// room for the spans of a typical news text (one in 86 bytes), so
	// that the stages' appends do not regrow the slice again and again
	if want := len(doc.Text)/64 + 8; cap(doc.Spans) < want {
		doc.Spans = make([]Span, 0, want)
	}
	doc.Spans = doc.Spans[:0]
	for _, st := range p.stages {
		st.Annotate(doc)
	}
	doc.Spans = append(p.selected(doc.Spans), kept...)
	SortSpans(doc.Spans)
}

// intoTokenizer is a Tokenizer that can write into given slices.
type intoTokenizer interface {
	TokenizeInto(text string, toks []Token, sents []Sentence) ([]Token, []Sentence)
}

// SortSpans sorts spans by start, then end, then label, keeping the order
// of equal spans. A Span is fifteen words, so it sorts keys of one word
// (start, end and index, see spanKey) and then moves every span once;
// spans in order already (one stage's) cost one pass.
func SortSpans(spans []Span) {
	if spansInOrder(spans) {
		return
	}
	if len(spans) > 1<<keyIndexBits {
		sortSpansStable(spans)
		return
	}
	var buf [128]uint64 // no allocation for a typical document
	keys := buf[:0]
	if len(spans) > len(buf) {
		keys = make([]uint64, 0, len(spans))
	}
	for i := range spans {
		k, ok := spanKey(&spans[i], i)
		if !ok {
			sortSpansStable(spans)
			return
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	sortLabels(spans, keys)
	permute(spans, keys)
}

// keyIndexBits and keyOffsetBits are the widths of spanKey's parts.
const (
	keyIndexBits  = 16
	keyOffsetBits = 24
)

// spanKey packs span i's start, end and index into one word, in that
// order from the high bits down, so that keys sort as the spans do but
// for the label; ok is false when a part does not fit (offsets from
// 16 MB on; SortSpans then sorts the spans themselves).
func spanKey(s *Span, i int) (uint64, bool) {
	const maxOffset = 1<<keyOffsetBits - 1
	if uint(s.Start) > maxOffset || uint(s.End) > maxOffset {
		return 0, false
	}
	return uint64(s.Start)<<(keyOffsetBits+keyIndexBits) | uint64(s.End)<<keyIndexBits | uint64(i), true
}

// keyIndex returns the span index in a spanKey.
func keyIndex(k uint64) int { return int(k & (1<<keyIndexBits - 1)) }

// sortLabels orders the keys of spans with the same start and end (in
// index order after sorting) by label, keeping the index order of equal
// labels: a stable sort of each such group, so that a record with many
// spans over the same words still sorts in n log n.
func sortLabels(spans []Span, keys []uint64) {
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j]>>keyIndexBits == keys[i]>>keyIndexBits {
			j++
		}
		if j-i > 1 {
			slices.SortStableFunc(keys[i:j], func(a, b uint64) int {
				return strings.Compare(spans[keyIndex(a)].Label, spans[keyIndex(b)].Label)
			})
		}
		i = j
	}
}

// spansInOrder reports whether spans are sorted as SortSpans sorts them.
func spansInOrder(spans []Span) bool {
	for i := 1; i < len(spans); i++ {
		a, b := &spans[i-1], &spans[i]
		if a.Start != b.Start {
			if a.Start > b.Start {
				return false
			}
			continue
		}
		if a.End > b.End || a.End == b.End && a.Label > b.Label {
			return false
		}
	}
	return true
}

// permute puts spans in the order of keys (position k gets the span that
// was at keyIndex(keys[k])), following each cycle of the permutation
// once, so that every span moves once. It marks the keys it has done
// with done.
func permute(spans []Span, keys []uint64) {
	const done = math.MaxUint64
	for k := range keys {
		if keys[k] == done || keyIndex(keys[k]) == k {
			continue
		}
		first := spans[k]
		j := k
		for {
			from := keyIndex(keys[j])
			keys[j] = done
			if from == k {
				spans[j] = first
				break
			}
			spans[j] = spans[from]
			j = from
		}
	}
}

// sortSpansStable is SortSpans for any offsets, sorting the spans
// themselves.
func sortSpansStable(spans []Span) {
	slices.SortStableFunc(spans, func(a, b Span) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(a.End, b.End); c != 0 {
			return c
		}
		return strings.Compare(a.Label, b.Label)
	})
}

// selected drops, in place, the spans of labels that were not selected.
func (p *Pipeline) selected(spans []Span) []Span {
	if p.keepsAll {
		return spans // no map lookup per span
	}
	out := spans[:0]
	for _, s := range spans {
		if p.keep[s.Label] {
			out = append(out, s)
		}
	}
	return out
}
