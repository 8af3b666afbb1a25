package format

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/scheme"
)

var (
	tokOnce sync.Once
	tok     *annotate.German
	tokErr  error
)

// german returns quelle's tokenizer.
func german(t testing.TB) annotate.Tokenizer {
	tokOnce.Do(func() { tok, tokErr = annotate.NewGerman(lexicon.Default()) })
	if tokErr != nil {
		t.Fatal(tokErr)
	}
	return tok
}

// goldRecords reads the whole gold set.
func goldRecords(t testing.TB) []scheme.Record {
	var all []scheme.Record
	for _, f := range []string{"../gold/dev.jsonl", "../gold/test.jsonl"} {
		recs, err := scheme.Read(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, recs...)
	}
	return all
}

// seedIDs are the gold documents made from corpus/seeds.
func seedRecords(t testing.TB) []scheme.Record {
	files, err := filepath.Glob("../corpus/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	want := map[string]bool{}
	for _, f := range files {
		want[strings.TrimSuffix(filepath.Base(f), ".txt")] = true
	}
	var out []scheme.Record
	for _, r := range goldRecords(t) {
		if want[r.ID] {
			out = append(out, r)
		}
	}
	if len(out) != len(files) {
		t.Fatalf("%d seed records in gold for %d seed files", len(out), len(files))
	}
	return out
}

// specialDoc is a document where byte, code-point and UTF-16 offsets all
// differ: a byte order mark, emoji, „quotes“ and CRLF line ends, with a
// span ("71" in "71-Jähriger") that does not align to quelle's tokens.
func specialDoc() *annotate.Document {
	text := "\uFEFFLaut Polizei 👍 wurden rund 3.500 Menschen verletzt, darunter ein 71-Jähriger.\r\n" +
		"„Die Lage ist ernst 😟“, sagte Innenministerin Faeser.\r\nTausende protestierten.\r\n"
	doc := &annotate.Document{ID: "special <1>", Text: text, Meta: []byte(`{"source":"test"}`)}
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		if i < 0 {
			panic(s)
		}
		return i, i + len(s)
	}
	add := func(sub string, s annotate.Span) {
		s.Start, s.End = at(sub)
		doc.Spans = append(doc.Spans, s)
	}
	add("Laut", annotate.Span{Label: annotate.LabelCue, Lemma: "laut", Attribution: 1, Rule: "speech-phrases.txt:3"})
	add("Polizei", annotate.Span{Label: annotate.LabelSource, Attribution: 1, Rule: "laut_np"})
	add("wurden rund 3.500 Menschen verletzt, darunter ein 71-Jähriger", annotate.Span{Label: annotate.LabelQuote, Mode: annotate.ModeIndirect, Attribution: 1, Rule: "laut_clause"})
	add("rund", annotate.Span{Label: annotate.LabelHedge, Type: annotate.TypeApproximator, Rule: "hedge-words.txt:9"})
	add("3.500", annotate.Span{Label: annotate.LabelNumber, Value: 3500, Kind: annotate.KindCardinal, Rule: "digits"})
	add("71", annotate.Span{Label: annotate.LabelNumber, Value: 71, Kind: annotate.KindCardinal, Rule: "digits; before-hyphen"})
	add("Die Lage ist ernst 😟", annotate.Span{Label: annotate.LabelQuote, Mode: annotate.ModeDirect, Attribution: 2, Rule: "quote_marks"})
	add("sagte", annotate.Span{Label: annotate.LabelCue, Lemma: "sagen", Attribution: 2, Rule: "speech-verbs.txt:1"})
	add("Innenministerin Faeser", annotate.Span{Label: annotate.LabelSource, Attribution: 2, Rule: "subject_np"})
	add("Tausende", annotate.Span{Label: annotate.LabelNumber, Kind: annotate.KindVague, Rule: "numbers.txt:40 [vague]|x"})
	sortDocSpans(doc)
	return doc
}

func sortDocSpans(doc *annotate.Document) {
	sortSpans(doc.Spans, func(s *annotate.Span) (int, int, string) { return s.Start, s.End, s.Label })
}

// testDocs are the seeds' gold documents and the special document.
func testDocs(t testing.TB) []*annotate.Document {
	var docs []*annotate.Document
	for _, r := range seedRecords(t) {
		d, err := ToDocument(&r)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return append(docs, specialDoc())
}

// records converts documents to scheme records (no tokens).
func records(docs []*annotate.Document) []scheme.Record {
	out := make([]scheme.Record, len(docs))
	for i, d := range docs {
		out[i] = scheme.FromDocument(d, false)
	}
	return out
}

// writeAll writes docs in format name into dir (or dir/out for stream
// formats) and returns the path written.
func writeAll(t testing.TB, name, dir string, docs []*annotate.Document, opt Options) (string, []string) {
	t.Helper()
	var warnings []string
	opt.Warn = func(m string) { warnings = append(warnings, m) }
	if opt.Tokenizer == nil {
		opt.Tokenizer = german(t)
	}
	if opt.Version == "" {
		opt.Version = "test"
	}
	var buf bytes.Buffer
	path := dir
	if info, _ := Lookup(name); info.Dir {
		opt.Dir = dir
	} else {
		opt.Out = &buf
		path = filepath.Join(dir, "out."+name)
	}
	w, err := New(name, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		// Encode may tokenize: work on a copy so the caller's documents stay as they are.
		c := *d
		c.Spans = append([]annotate.Span(nil), d.Spans...)
		e, err := w.Encode(&c)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if opt.Out != nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path, warnings
}

// readAll reads path in format name.
func readAll(t testing.TB, name, path string, opt ReadOptions) []scheme.Record {
	t.Helper()
	var out []scheme.Record
	if err := Read(name, path, opt, func(r *scheme.Record) error { out = append(out, *r); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

// jsonOf is the scheme JSONL of records, for exact comparisons.
func jsonOf(recs []scheme.Record) string {
	var b []byte
	for i := range recs {
		b = append(recs[i].AppendJSON(b), '\n')
	}
	return string(b)
}
