package format

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// Writer encodes annotated documents in one format. A run calls Encode on
// its worker goroutines (concurrently, in any order), Write once per
// document in input order from one goroutine, and Close once at the end.
type Writer interface {
	// Encode encodes one annotated document. It only reads the writer's
	// configuration, so it is safe to call concurrently.
	Encode(doc *annotate.Document) (*Encoded, error)
	// Write writes one encoded document; documents arrive in input order.
	Write(e *Encoded) error
	// Close finishes the run: a trailer, configuration files. It does not
	// close Options.Out.
	Close() error
}

// Encoded is one document encoded by Writer.Encode, waiting for
// Writer.Write.
type Encoded struct {
	ID   string
	data []byte // stream formats: the bytes to write
	// files are the document's files (directory formats), by extension.
	files  []file
	counts labelCounts // spans written, per label
	notes  []string    // reported by Write through Options.Warn
	extra  any         // writer-specific (the HTML writer's diff counts)
}

// file is one per-document file of a directory format.
type file struct {
	ext  string // ".txt", ".ann", …
	data []byte
}

// Len returns the number of bytes the document encodes to.
func (e *Encoded) Len() int {
	n := len(e.data)
	for _, f := range e.files {
		n += len(f.data)
	}
	return n
}

// Options configure a writer.
type Options struct {
	// Out receives the stream formats' output (jsonl, iob2, a single HTML
	// page).
	Out io.Writer
	// Dir is the output directory of the directory formats (brat,
	// webanno, labelstudio, HTML pages with an index). It is created if
	// missing; files in it are replaced.
	Dir string
	// Labels are the labels the run writes, for configuration files, IOB2
	// columns, the HTML legend and the gold diff. Empty means all.
	Labels []string
	// Tokens adds tokens, sentences and per-span token_start/token_end to
	// JSONL records.
	Tokens bool
	// Gold, for the HTML writer, marks the differences between each
	// document and its gold record (same id) in place.
	Gold []scheme.Record
	// Tokenizer tokenizes documents that arrive without tokens (documents
	// read back by a Reader) for the formats that need tokens (webanno,
	// iob2, jsonl with Tokens). Nil leaves such documents untokenized,
	// which those formats report as an error.
	Tokenizer annotate.Tokenizer
	// Version names the producer (Label Studio's model_version, the HTML
	// footer).
	Version string
	// Warn receives reports that are not errors, e.g. WebAnno spans that
	// needed a token split. It is called from Write, in document order.
	Warn func(msg string)
}

// Info describes a format.
type Info struct {
	Name    string
	Summary string
	// Dir is true when the format writes a directory (--out DIR) rather
	// than a stream; the HTML writer does both (see WritesDir).
	Dir bool
	// Read is true when Read can read the format back.
	Read bool
}

// Formats lists the formats in the order the CLI documents them.
func Formats() []Info {
	return []Info{
		{"jsonl", "scheme JSONL (default); --tokens adds Prodigy-style tokens and token_start/token_end", false, true},
		{"brat", "brat standoff: ID.txt + ID.ann per document, annotation.conf, visual.conf", true, true},
		{"webanno", "WebAnno TSV 3.3 for INCEpTION: ID.tsv per document, UTF-16 offsets", true, true},
		{"labelstudio", "Label Studio: tasks.json (spans as predictions) + labeling-config.xml", true, true},
		{"iob2", "IOB2 token columns, one column per label, blank line between sentences", false, false},
		{"html", "self-contained HTML view (one page, or --out DIR: index + a page per document)", false, false},
	}
}

// Lookup returns the description of a format.
func Lookup(name string) (Info, bool) {
	i := slices.IndexFunc(Formats(), func(f Info) bool { return f.Name == name })
	if i < 0 {
		return Info{}, false
	}
	return Formats()[i], true
}

// Names returns the names of the formats, comma-separated (for usage
// messages); with readable set only those Read understands.
func Names(readable bool) string {
	var names []string
	for _, f := range Formats() {
		if !readable || f.Read {
			names = append(names, f.Name)
		}
	}
	return strings.Join(names, ", ")
}

// WritesDir reports whether format name writes into the directory path
// (true) or into a stream (false). HTML writes a single page to standard
// output or to a path ending in .html or .htm, and an index with one page
// per document into any other path.
func WritesDir(name, path string) bool {
	if name == "html" {
		lower := strings.ToLower(path)
		return path != "" && !strings.HasSuffix(lower, ".html") && !strings.HasSuffix(lower, ".htm")
	}
	f, _ := Lookup(name)
	return f.Dir
}

// ErrNeedsDir is returned by New for a directory format without
// Options.Dir.
var ErrNeedsDir = errors.New("writes a directory: give --out DIR")

// New returns the writer of format name.
func New(name string, opt Options) (Writer, error) {
	labels, err := normLabels(opt.Labels)
	if err != nil {
		return nil, err
	}
	opt.Labels = labels
	if opt.Warn == nil {
		opt.Warn = func(string) {}
	}
	if _, ok := Lookup(name); !ok {
		return nil, fmt.Errorf("unknown format %q (want %s)", name, Names(false))
	}
	if len(opt.Gold) > 0 && name != "html" {
		return nil, fmt.Errorf("a gold set is only shown by the html format, not %s", name)
	}
	dir := opt.Dir != "" && (name != "html" || WritesDir(name, opt.Dir))
	if f, _ := Lookup(name); f.Dir && !dir {
		return nil, fmt.Errorf("%s %w", name, ErrNeedsDir)
	}
	if !dir && opt.Out == nil {
		return nil, fmt.Errorf("%s: no output", name)
	}
	switch name {
	case "jsonl":
		return &jsonlWriter{opt: opt}, nil
	case "iob2":
		return newIOB2Writer(opt), nil
	case "brat":
		return newBratWriter(opt)
	case "webanno":
		return newWebannoWriter(opt)
	case "labelstudio":
		return newLabelStudioWriter(opt)
	default:
		return newHTMLWriter(opt, dir)
	}
}

// normLabels checks labels and puts them in the scheme's report order;
// empty means all.
func normLabels(labels []string) ([]string, error) {
	all := annotate.AllLabels()
	if len(labels) == 0 {
		return all, nil
	}
	for _, l := range labels {
		if !slices.Contains(all, l) {
			return nil, fmt.Errorf("unknown label %q", l)
		}
	}
	var out []string
	for _, l := range all {
		if slices.Contains(labels, l) {
			out = append(out, l)
		}
	}
	return out, nil
}

// labelCounts counts spans per label, in report order.
type labelCounts [5]int

func labelIndex(label string) int { return slices.Index(annotate.AllLabels(), label) }

func (c *labelCounts) add(label string) {
	if i := labelIndex(label); i >= 0 {
		c[i]++
	}
}

func (c *labelCounts) addAll(o labelCounts) {
	for i, n := range o {
		c[i] += n
	}
}

func countSpans(spans []annotate.Span) labelCounts {
	var c labelCounts
	for i := range spans {
		c.add(spans[i].Label)
	}
	return c
}

// ensureTokens tokenizes doc when it has text but no tokens.
func ensureTokens(doc *annotate.Document, tok annotate.Tokenizer) error {
	if len(doc.Tokens) > 0 || strings.TrimSpace(doc.Text) == "" {
		return nil
	}
	if tok == nil {
		return fmt.Errorf("document %q has no tokens", doc.ID)
	}
	doc.Tokens, doc.Sentences = tok.Tokenize(doc.Text)
	return nil
}
