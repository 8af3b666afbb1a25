package main

import (
	"strings"

	"github.com/spf13/pflag"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/annotate/prose"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/pipeline"
)

// pipelineFlags are the flags that configure the annotation pipeline,
// shared by annotate and eval.
type pipelineFlags struct {
	tokenizer string
	layers    string
	lexicon   string
}

// addPipelineFlags registers --tokenizer, --layers and --lexicon on fs.
func addPipelineFlags(fs *pflag.FlagSet) *pipelineFlags {
	pf := &pipelineFlags{}
	fs.StringVar(&pf.tokenizer, "tokenizer", "german", "tokenizer: german (ours) or prose (English baseline)")
	fs.StringVar(&pf.layers, "layers", "all", "comma-separated layers to write: numbers, speech, hedge or all (the layers they need run too)")
	fs.StringVar(&pf.lexicon, "lexicon", "", "directory whose files override the embedded lexicon")
	return pf
}

// lex returns the lexicon the flags select.
func (pf *pipelineFlags) lex() (*lexicon.Lexicon, error) {
	if pf.lexicon == "" {
		return lexicon.Default(), nil
	}
	return lexicon.Dir(pf.lexicon)
}

// pipeline builds the pipeline the flags describe. A layer or tokenizer
// name that does not exist, or an empty --layers, is a usage error.
func (pf *pipelineFlags) pipeline() (*annotate.Pipeline, error) {
	lex, opt, err := pf.plan()
	if err != nil {
		return nil, err
	}
	return pipeline.New(lex, opt)
}

// plan checks the flags and loads the lexicon they name: the arguments of
// pipeline.New, which reads the lexicon into stages and takes most of the
// start-up time.
func (pf *pipelineFlags) plan() (*lexicon.Lexicon, pipeline.Options, error) {
	var layers []string
	for _, l := range strings.Split(pf.layers, ",") {
		if l = strings.TrimSpace(l); l != "" {
			layers = append(layers, l)
		}
	}
	known := []string{annotate.LayerNumbers, annotate.LayerSpeech, annotate.LayerHedge}
	opt := pipeline.Options{Layers: layers}
	if len(layers) == 0 {
		return nil, opt, usagef("--layers is empty: name layers (%s) or all", strings.Join(known, ", "))
	}
	if _, err := annotate.SelectLayers(layers, known); err != nil {
		return nil, opt, usageError{"--layers: " + err.Error()}
	}
	switch pf.tokenizer {
	case "german":
	case "prose":
		opt.Tokenizer = prose.New()
	default:
		return nil, opt, usagef("--tokenizer: unknown tokenizer %q (want german or prose)", pf.tokenizer)
	}
	lex, err := pf.lex()
	return lex, opt, err
}
