// Package pipeline is the one place where quelle's stages are wired.
//
// The core (package annotate) defines the Stage interface and orders stages
// by what they declare; each stage lives in its own package below annotate/
// and never imports another stage. This package imports them all and hands
// them to annotate.NewPipeline. It is not below annotate/ because it is the
// only package allowed to import every stage: the CLI, eval's tests and the
// Beam pipeline build their pipelines here, so they all run the same thing.
package pipeline

import (
	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/annotate/hedge"
	"github.com/quelle-nlp/quelle/annotate/numbers"
	"github.com/quelle-nlp/quelle/annotate/speech"
	"github.com/quelle-nlp/quelle/lexicon"
)

// Options configure a pipeline.
type Options struct {
	// Layers selects the layers to write ("numbers", "speech", "hedge");
	// empty or "all" means all. The layers they need run too, but only the
	// selected layers' labels are written.
	Layers []string
	// Tokenizer replaces the German tokenizer (e.g. the prose baseline,
	// which only the CLI links). Nil means annotate.NewGerman.
	Tokenizer annotate.Tokenizer
}

// New builds the pipeline from the lexicon: the tokenizer and every stage.
// The lexicon errors of the tokenizer and of all stages come back together,
// so one run shows every broken line of every file.
func New(lex *lexicon.Lexicon, opt Options) (*annotate.Pipeline, error) {
	var errs lexicon.ErrorList
	tok := opt.Tokenizer
	if tok == nil {
		g, err := annotate.NewGerman(lex)
		errs.Add(err)
		tok = g
	}
	stages, err := Stages(lex)
	errs.Add(err)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return annotate.NewPipeline(tok, stages, opt.Layers)
}

// Labels returns the labels a pipeline New builds with opt writes, without
// building it (reading the lexicon into the stages and decoding the
// morphology table take most of quelle's start-up), so that a caller can
// start reading input meanwhile. What a stage's Layer, Labels and Needs
// return does not depend on its lexicon; TestLabels checks the result
// against New's.
func Labels(opt Options) ([]string, error) {
	p, err := annotate.NewPipeline(opt.Tokenizer, []annotate.Stage{&numbers.Stage{}, &speech.Stage{}, &hedge.Stage{}}, opt.Layers)
	if err != nil {
		return nil, err
	}
	return p.Labels(), nil
}

// Stages builds every stage from the lexicon, reporting the errors of all
// of them at once.
func Stages(lex *lexicon.Lexicon) ([]annotate.Stage, error) {
	var errs lexicon.ErrorList
	var out []annotate.Stage
	add := func(st annotate.Stage, err error) {
		if err != nil {
			errs.Add(err)
			return
		}
		out = append(out, st)
	}
	add(numbers.New(lex))
	add(speech.New(lex))
	add(hedge.New(lex))
	return out, errs.Err()
}
