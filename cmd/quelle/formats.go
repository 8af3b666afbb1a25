package main

import (
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/format"
	"github.com/quelle-nlp/quelle/scheme"
)

// The output formats of quelle annotate other than JSONL (--format), and
// the writer side of quelle convert. JSONL keeps its own encoder (the
// run's jsonlEncoder, which streams huge records); every other format is a
// format.Writer: workers Encode, and the worker holding the next record Writes in input
// order, and the run's end Closes it (trailer, configuration files).

// formatUsage lists the formats for flag help.
func formatUsage() string {
	var b strings.Builder
	for _, f := range format.Formats() {
		fmt.Fprintf(&b, "\n  %-12s %s", f.Name, f.Summary)
	}
	return b.String()
}

// checkFormat validates --format with -o, --gold and --tokens.
func checkFormat(name, out, gold string, tokens bool) error {
	info, ok := format.Lookup(name)
	switch {
	case !ok:
		return usagef("--format must be one of %s, not %q", format.Names(false), name)
	case gold != "" && name != "html":
		return usagef("--gold marks the differences from gold in the HTML view: use it with --format html")
	case tokens && name != "jsonl":
		return usagef("--tokens adds tokens to JSONL records; --format %s has its own token layout", name)
	case info.Dir && out == "":
		return usagef("--format %s writes a folder (a file per document and its configuration): give -o DIR", name)
	}
	if format.WritesDir(name, out) {
		if st, err := os.Stat(out); err == nil && !st.IsDir() {
			return usagef("-o %s: --format %s writes a folder, and %s is a file", out, name, out)
		}
	}
	return nil
}

// formatWriter feeds a format.Writer from the annotate run. Its reports
// (e.g. WebAnno spans that needed a token split) go to the run's notes:
// the first ten, then a count.
type formatWriter struct {
	w       format.Writer
	notes   func(string)
	noted   int
	version string
}

const maxFormatNotes = 10

// newFormatWriter makes the writer of --format name, writing to out (a
// stream format) or into the folder dir (a folder format; dir is "" for a
// stream).
func newFormatWriter(name string, out io.Writer, dir string, labels []string, gold string, tok annotate.Tokenizer, note func(string)) (*formatWriter, error) {
	fw := &formatWriter{notes: note}
	opt := format.Options{Labels: labels, Tokenizer: tok, Version: version, Warn: fw.warn}
	if dir != "" {
		opt.Dir = dir
	} else {
		opt.Out = out
	}
	if gold != "" {
		recs, err := scheme.Read(gold)
		if err != nil {
			return nil, err
		}
		opt.Gold = recs
	}
	w, err := format.New(name, opt)
	if err != nil {
		return nil, err
	}
	fw.w = w
	return fw, nil
}

func (fw *formatWriter) warn(msg string) {
	fw.noted++
	if fw.noted <= maxFormatNotes {
		fw.notes(msg)
	}
}

// encode encodes an annotated document (on a worker).
func (fw *formatWriter) encode(doc *annotate.Document) (*format.Encoded, error) {
	return fw.w.Encode(doc)
}

// write writes an encoded document (in input order).
func (fw *formatWriter) write(e *format.Encoded) error { return fw.w.Write(e) }

// appendRecord is not used: with a format writer, workers call encode.
func (fw *formatWriter) appendRecord(b []byte, _ *annotate.Document, _ bool) []byte { return b }

// stream writes a document too large for a worker to encode (see
// annotator.work): its tokens and sentences, which the run computes piece
// by piece, are collected and the document is encoded and written here.
func (fw *formatWriter) stream(doc *annotate.Document, spans scheme.Spans, toks iter.Seq[annotate.Token], sents iter.Seq[annotate.Sentence]) error {
	if _, whole := spans.(scheme.SpanSlice); !whole {
		doc.Spans = make([]annotate.Span, spans.Len())
		for i := range doc.Spans {
			doc.Spans[i] = spans.At(i)
		}
	}
	doc.Tokens, doc.Sentences = doc.Tokens[:0], doc.Sentences[:0]
	for t := range toks {
		doc.Tokens = append(doc.Tokens, t)
	}
	for s := range sents {
		// sentences computed piece by piece index their piece's tokens
		s.First = sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= s.Start })
		s.Last = sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= s.End })
		doc.Sentences = append(doc.Sentences, s)
	}
	e, err := fw.w.Encode(doc)
	if err != nil {
		return err
	}
	return fw.w.Write(e)
}

// close finishes the format's output; nil-safe.
func (fw *formatWriter) close() error {
	if fw == nil {
		return nil
	}
	err := fw.w.Close()
	if fw.noted > maxFormatNotes {
		fw.notes(fmt.Sprintf("%d more such notes not shown", fw.noted-maxFormatNotes))
	}
	return err
}

// dropOutputDir leaves out of the inputs the files in the output folder of
// a folder format (brat's .txt copies of an earlier run), with a note.
func dropOutputDir(ins []scheme.Input, dir string, note func(string)) []scheme.Input {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ins
	}
	kept := ins[:0:0]
	dropped := 0
	for _, in := range ins {
		p, err := filepath.Abs(in.Path)
		if in.Path != "-" && err == nil && strings.HasPrefix(p, abs+string(filepath.Separator)) {
			dropped++
			continue
		}
		kept = append(kept, in)
	}
	if dropped > 0 {
		note(fmt.Sprintf("%s in the output folder %s not read (quelle never reads its own output)", plural(dropped, "file"), dir))
	}
	return kept
}
