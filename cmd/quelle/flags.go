package main

import (
	"strings"

	"github.com/spf13/pflag"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
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
	fs.StringVar(&pf.layers, "layers", "all", "comma-separated layers to run: "+strings.Join(annotate.AllLayers, ",")+" or all")
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

// pipeline builds the pipeline the flags describe.
func (pf *pipelineFlags) pipeline() (*annotate.Pipeline, error) {
	lex, err := pf.lex()
	if err != nil {
		return nil, err
	}
	var layers []string
	for _, l := range strings.Split(pf.layers, ",") {
		if l = strings.TrimSpace(l); l != "" {
			layers = append(layers, l)
		}
	}
	return annotate.New(lex, annotate.Options{Tokenizer: pf.tokenizer, Layers: layers})
}
