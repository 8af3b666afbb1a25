package annotate

import (
	"fmt"
	"sort"
	"strings"

	"github.com/quelle-nlp/quelle/lexicon"
)

// Stage adds the spans of one layer to a tokenized document. A stage is
// immutable after construction and safe for concurrent use.
type Stage interface {
	// Layer names the layer the stage produces (LayerNumbers, …).
	Layer() string
	// Annotate appends the stage's spans to doc.Spans.
	Annotate(doc *Document)
}

// Options configure a Pipeline.
type Options struct {
	// Tokenizer is "german" (default) or "prose".
	Tokenizer string
	// Layers selects the layers to run; empty means all.
	Layers []string
}

// AllLayers lists the layers in pipeline order.
var AllLayers = []string{LayerNumbers, LayerHedge, LayerSpeech}

// Pipeline tokenizes, segments and annotates documents. It is immutable
// after New and safe for concurrent use by several goroutines.
type Pipeline struct {
	tok    Tokenizer
	stages []Stage
}

// New builds a pipeline from the lexicon. Stages are wired here, in order.
func New(lex *lexicon.Lexicon, opt Options) (*Pipeline, error) {
	tok, err := NewTokenizer(lex, opt.Tokenizer)
	if err != nil {
		return nil, err
	}
	want, err := selectLayers(opt.Layers)
	if err != nil {
		return nil, err
	}
	p := &Pipeline{tok: tok}
	if want[LayerNumbers] {
		st, err := NewNumbers(lex)
		if err != nil {
			return nil, err
		}
		p.stages = append(p.stages, st)
	}
	// The hedge and speech layers are not implemented yet: selecting them
	// is valid and yields no spans.
	return p, nil
}

// NewTokenizer returns the tokenizer called name ("" means "german").
func NewTokenizer(lex *lexicon.Lexicon, name string) (Tokenizer, error) {
	switch name {
	case "", "german":
		return NewGerman(lex)
	case "prose":
		return NewProse(), nil
	}
	return nil, fmt.Errorf("unknown tokenizer %q (want german or prose)", name)
}

func selectLayers(layers []string) (map[string]bool, error) {
	want := map[string]bool{}
	if len(layers) == 0 {
		layers = AllLayers
	}
	for _, l := range layers {
		l = strings.ToLower(strings.TrimSpace(l))
		if l == "all" {
			for _, a := range AllLayers {
				want[a] = true
			}
			continue
		}
		ok := false
		for _, a := range AllLayers {
			ok = ok || a == l
		}
		if !ok {
			return nil, fmt.Errorf("unknown layer %q (want %s)", l, strings.Join(AllLayers, ", "))
		}
		want[l] = true
	}
	return want, nil
}

// Tokenizer returns the pipeline's tokenizer.
func (p *Pipeline) Tokenizer() Tokenizer { return p.tok }

// Annotate tokenizes doc and runs every stage on it. Spans come out sorted
// by start, then end, then label.
func (p *Pipeline) Annotate(doc *Document) {
	doc.Tokens, doc.Sentences = p.tok.Tokenize(doc.Text)
	doc.Spans = doc.Spans[:0]
	for _, st := range p.stages {
		st.Annotate(doc)
	}
	sort.SliceStable(doc.Spans, func(i, j int) bool {
		a, b := doc.Spans[i], doc.Spans[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Label < b.Label
	})
}
