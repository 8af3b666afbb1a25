package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/format"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/scheme"
)

const convertUsage = `usage: quelle convert --from FORMAT [--to FORMAT] [--original FILE] [-o OUT] PATH

Converts annotations between formats; by default it brings the files of an
annotation tool (corrected in brat, INCEpTION or Label Studio) back into
scheme JSONL, e.g. as gold:

  quelle annotate --format brat -o ann/ corpus/          pre-annotate
  (correct ann/ in brat)
  quelle convert --from brat --original pre.jsonl ann/ > gold.jsonl

PATH is a file or a folder of the --from format. With --original (the scheme
JSONL of the documents as quelle annotated them, or any JSONL with their id
and text) every document must keep exactly its original text: a changed
text is an error naming the document, never a silent shift; ids and meta
come from the originals. WebAnno TSV does not store the text between
sentences: without --original it is rebuilt with spaces (a warning says so).

flags:
`

// convertFlags are the flags of quelle convert.
type convertFlags struct {
	from, to, original, out, gold string
	tokens                        bool
}

func runConvert(args []string, e *env) error {
	f, path, err := parseConvert(args, e)
	if err != nil {
		return err
	}
	rep := newReporter(e.stderr, "convert")
	var originals []scheme.Record
	if f.original != "" {
		if originals, err = scheme.Read(f.original); err != nil {
			return err
		}
	}
	dir, outPath := "", f.out
	if format.WritesDir(f.to, f.out) {
		dir, outPath = f.out, ""
	}
	out, err := openOutput(outPath, e.stdout)
	if err != nil {
		return err
	}
	if dir != "" {
		out.name = dir
	}
	w, err := newConvertWriter(f, out, dir, rep)
	if err != nil {
		return err
	}
	n := 0
	err = format.Read(f.from, path, format.ReadOptions{Originals: originals, Warn: rep.note}, func(rec *scheme.Record) error {
		doc, err := format.ToDocument(rec)
		if err != nil {
			return err
		}
		enc, err := w.Encode(doc)
		if err != nil {
			return err
		}
		n++
		return out.writeError(w.Write(enc))
	})
	if cerr := w.Close(); err == nil && cerr != nil {
		err = out.writeError(cerr)
	}
	if err != nil {
		out.abort()
		return err
	}
	if err := out.commit(); err != nil {
		return err
	}
	rep.note(fmt.Sprintf("%s converted from %s to %s (%s)", plural(n, "document"), f.from, f.to, out.name))
	return nil
}

func parseConvert(args []string, e *env) (*convertFlags, string, error) {
	fs := pflag.NewFlagSet("convert", pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	f := &convertFlags{}
	fs.StringVar(&f.from, "from", "", "format of PATH: "+format.Names(true)+" (required)")
	fs.StringVar(&f.to, "to", "jsonl", "format to write: "+format.Names(false))
	fs.StringVar(&f.original, "original", "", "scheme JSONL file or folder of the original documents: texts are checked, ids and meta restored")
	fs.StringVarP(&f.out, "out", "o", "", "write to this file (replaced only when the conversion succeeds), or into this folder for a folder format")
	fs.StringVar(&f.gold, "gold", "", "with --to html: gold JSONL to mark the differences from")
	fs.BoolVar(&f.tokens, "tokens", false, "with --to jsonl: add tokens, sentences and token_start/token_end (quelle's tokenizer)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), convertUsage)
		fs.PrintDefaults()
		fmt.Fprintln(fs.Output(), "\nformats:"+formatUsage())
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return nil, "", errHelp
		}
		return nil, "", usagef("%v", err)
	}
	if info, ok := format.Lookup(f.from); !ok || !info.Read {
		return nil, "", usagef("--from must be one of %s, not %q", format.Names(true), f.from)
	}
	if fs.NArg() != 1 {
		return nil, "", usagef("convert takes one PATH (a file or a folder of --from %s files)", f.from)
	}
	if err := checkFormat(f.to, f.out, f.gold, f.tokens); err != nil {
		return nil, "", usagef("%s", replaceFlag(err.Error()))
	}
	return f, fs.Arg(0), nil
}

// replaceFlag words checkFormat's messages for convert.
func replaceFlag(msg string) string { return strings.ReplaceAll(msg, "--format", "--to") }

// newConvertWriter makes the writer of --to; documents read back have no
// tokens, so it tokenizes with quelle's German tokenizer where needed.
func newConvertWriter(f *convertFlags, out *output, dir string, rep *reporter) (format.Writer, error) {
	tok, err := annotate.NewGerman(lexicon.Default())
	if err != nil {
		return nil, err
	}
	opt := format.Options{Tokens: f.tokens, Tokenizer: tok, Version: version, Warn: rep.note}
	if dir != "" {
		opt.Dir = dir
	} else {
		opt.Out = out.w
	}
	if f.gold != "" {
		if opt.Gold, err = scheme.Read(f.gold); err != nil {
			return nil, err
		}
	}
	return format.New(f.to, opt)
}
