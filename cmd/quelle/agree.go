package main

import (
	"errors"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/eval"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/scheme"
)

const agreeUsage = `usage: quelle agree [flags] A.jsonl B.jsonl

Inter-annotator agreement between two annotation files (or directories) on
the documents both contain: F1 strict and overlap per label with A as gold,
and Cohen's kappa per label over the tokens of quelle's German tokenizer.

flags:
`

func runAgree(args []string, e *env) error {
	fs := pflag.NewFlagSet("agree", pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	asJSON := fs.Bool("json", false, "write JSON instead of a table")
	labelList := fs.String("labels", "", "comma-separated labels to compare (default all)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), agreeUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return errHelp
		}
		return usagef("%v", err)
	}
	if fs.NArg() != 2 {
		return usagef("agree takes two files: A.jsonl B.jsonl")
	}
	labels, err := eval.ParseLabels(*labelList)
	if err != nil {
		return usagef("--labels: %v", err)
	}
	ag, err := agreeFiles(fs.Arg(0), fs.Arg(1), labels)
	if err != nil {
		return err
	}
	warnAgree(e, ag)
	if *asJSON {
		return writeEvalJSON(e.stdout, ag)
	}
	return eval.WriteAgreement(e.stdout, ag)
}

// agreeFiles reads both files and compares them.
func agreeFiles(pathA, pathB string, labels []string) (*eval.Agreement, error) {
	a, err := scheme.Read(pathA)
	if err != nil {
		return nil, err
	}
	b, err := scheme.Read(pathB)
	if err != nil {
		return nil, err
	}
	tok, err := annotate.NewGerman(lexicon.Default())
	if err != nil {
		return nil, err
	}
	return eval.Agree(a, b, labels, tok)
}

func warnAgree(e *env, ag *eval.Agreement) {
	if len(ag.OnlyA) > 0 {
		fmt.Fprintf(e.stderr, "quelle agree: warning: documents only in A (%d), not compared: %s\n", len(ag.OnlyA), shortIDList(ag.OnlyA))
	}
	if len(ag.OnlyB) > 0 {
		fmt.Fprintf(e.stderr, "quelle agree: warning: documents only in B (%d), not compared: %s\n", len(ag.OnlyB), shortIDList(ag.OnlyB))
	}
}
