package format

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// ErrTextChanged marks a document whose text differs from its original:
// its offsets cannot be trusted, so it is an error, never a silent shift.
var ErrTextChanged = errors.New("text differs from the original")

// ErrNotOriginal marks a document that is not among the originals.
var ErrNotOriginal = errors.New("not among the original documents")

// ReadOptions configure Read.
type ReadOptions struct {
	// Originals are the documents as quelle annotated them (scheme
	// records, e.g. the JSONL that was exported). When given, every
	// document read must be one of them (matched by id, or by the file
	// name its id was written to) and have exactly its text; the
	// original's id and meta are kept and documents come in the originals'
	// order. WebAnno TSV does not store the text between sentences, so it
	// needs them to give back the exact text.
	Originals []scheme.Record
	// Warn receives problems that are not errors (an ignored brat event,
	// a Label Studio task without an annotation). Nil discards them.
	Warn func(msg string)
}

// Read reads the files of format name at path (a file or a directory)
// and calls fn with each document as a scheme record, spans in the
// pipeline's order (start, end, label). Offsets are converted to code
// points and every span's text is taken from the document text.
func Read(name, path string, opt ReadOptions, fn func(*scheme.Record) error) error {
	if opt.Warn == nil {
		opt.Warn = func(string) {}
	}
	orig, err := newOriginals(opt.Originals)
	if err != nil {
		return err
	}
	rd := &reading{opt: opt, orig: orig, fn: fn, seen: map[string]string{}}
	switch name {
	case "jsonl":
		return rd.jsonl(path)
	case "brat":
		return rd.brat(path)
	case "webanno":
		return rd.webanno(path)
	case "labelstudio":
		return rd.labelStudio(path)
	}
	return fmt.Errorf("cannot read format %q (readable: %s)", name, Names(true))
}

// reading is one Read call.
type reading struct {
	opt  ReadOptions
	orig *originals
	fn   func(*scheme.Record) error
	seen map[string]string // document id → where it was read
}

// originals indexes the original documents by id and by file stem.
type originals struct {
	recs   []scheme.Record
	byID   map[string]int
	byStem map[string]int
}

func newOriginals(recs []scheme.Record) (*originals, error) {
	if len(recs) == 0 {
		return nil, nil
	}
	o := &originals{recs: recs, byID: map[string]int{}, byStem: map[string]int{}}
	for i := range recs {
		if _, dup := o.byID[recs[i].ID]; dup {
			return nil, fmt.Errorf("originals: %w %q", scheme.ErrDuplicateID, recs[i].ID)
		}
		o.byID[recs[i].ID] = i
		o.byStem[fileStem(recs[i].ID)] = i
	}
	return o, nil
}

// find returns the index of the original of id (or file stem id).
func (o *originals) find(id string) (int, bool) {
	if i, ok := o.byID[id]; ok {
		return i, true
	}
	i, ok := o.byStem[id]
	return i, ok
}

// order sorts items (with the ids they name) into the originals' order;
// ids that are not originals go last, in their own order.
func orderByOriginals[T any](o *originals, items []T, id func(T) string) {
	if o == nil {
		return
	}
	pos := func(t T) int {
		if i, ok := o.find(id(t)); ok {
			return i
		}
		return len(o.recs)
	}
	slices.SortStableFunc(items, func(a, b T) int { return pos(a) - pos(b) })
}

// original returns the original of the document read from where with id,
// or nil without originals.
func (rd *reading) original(id, where string) (*scheme.Record, error) {
	if rd.orig == nil {
		return nil, nil
	}
	i, ok := rd.orig.find(id)
	if !ok {
		return nil, fmt.Errorf("%s: document %q: %w", where, id, ErrNotOriginal)
	}
	return &rd.orig.recs[i], nil
}

// checkText compares a document's text with its original's.
func checkText(id, where, text, orig string) error {
	if text == orig {
		return nil
	}
	cp, line := 0, 1
	i := 0
	for i < len(text) && i < len(orig) && text[i] == orig[i] {
		if text[i] == '\n' {
			line++
		}
		if utf8.RuneStart(text[i]) {
			cp++
		}
		i++
	}
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return fmt.Errorf("%s: document %q: %w at code point %d (line %d): %q here, %q in the original",
		where, id, ErrTextChanged, cp, line, excerpt(text, i), excerpt(orig, i))
}

// excerpt returns up to 20 bytes of s from i, cut at a character boundary.
func excerpt(s string, i int) string {
	i = min(i, len(s))
	j := min(i+20, len(s))
	for j < len(s) && !utf8.RuneStart(s[j]) {
		j++
	}
	return s[i:j]
}

// finish completes a record read from where: it checks it against its
// original (text; id and meta taken over), fills span texts from the text,
// sorts the spans and checks them, then hands it on.
func (rd *reading) finish(rec *scheme.Record, where string) error {
	if o, err := rd.original(rec.ID, where); err != nil {
		return err
	} else if o != nil {
		if err := checkText(o.ID, where, rec.Text, o.Text); err != nil {
			return err
		}
		rec.ID = o.ID
		if len(rec.Meta) == 0 {
			rec.Meta = o.Meta
		}
	}
	if first, dup := rd.seen[rec.ID]; dup {
		return fmt.Errorf("%s: document %q: %w (first read from %s): read one annotator's files at a time", where, rec.ID, scheme.ErrDuplicateID, first)
	}
	rd.seen[rec.ID] = where
	if err := fillSpans(rec); err != nil {
		return fmt.Errorf("%s: %w", where, err)
	}
	return rd.fn(rec)
}

// fillSpans sets span texts from the code points of the text and checks
// what the scheme demands of each span.
func fillSpans(rec *scheme.Record) error {
	offs := cpToByte(rec.Text)
	n := len(offs) - 1
	for i := range rec.Spans {
		s := &rec.Spans[i]
		if !slices.Contains(annotate.AllLabels(), s.Label) {
			return fmt.Errorf("document %q: %w %q", rec.ID, scheme.ErrUnknownLabel, s.Label)
		}
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			return fmt.Errorf("document %q: %s span %d:%d: %w: offsets out of range (text has %d code points)", rec.ID, s.Label, s.Start, s.End, scheme.ErrSpan, n)
		}
		s.Text = rec.Text[offs[s.Start]:offs[s.End]]
		if attr := foreignAttribute(s); attr != "" {
			return fmt.Errorf("document %q: %s %d:%d %q: %w: a %s has no %s", rec.ID, s.Label, s.Start, s.End, s.Text, scheme.ErrSpan, s.Label, attr)
		}
		if s.Label == annotate.LabelNumber && (s.Value != nil) == (s.Kind == annotate.KindVague) {
			return fmt.Errorf("document %q: NUMBER %d:%d %q: %w: a NUMBER has a value unless its kind is vague (kind %q)", rec.ID, s.Start, s.End, s.Text, scheme.ErrSpan, s.Kind)
		}
	}
	if rec.Spans == nil {
		rec.Spans = []scheme.RecordSpan{}
	}
	return nil
}

// jsonl reads scheme JSONL (a file or a directory of *.jsonl).
func (rd *reading) jsonl(path string) error {
	recs, err := scheme.Read(path)
	if err != nil {
		return err
	}
	orderByOriginals(rd.orig, recs, func(r scheme.Record) string { return r.ID })
	for i := range recs {
		recs[i].Tokens, recs[i].Sentences = nil, nil
		for j := range recs[i].Spans {
			recs[i].Spans[j].TokenStart, recs[i].Spans[j].TokenEnd = nil, nil
		}
		if err := rd.finish(&recs[i], path); err != nil {
			return err
		}
	}
	return nil
}

// filesBelow lists the files with suffix ext at path (the file itself, or
// every such file below the directory, in lexical order).
func filesBelow(path, ext string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ext) {
			files = append(files, p)
		}
		return err
	})
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("%s: no *%s files", path, ext)
	}
	slices.Sort(files)
	return files, err
}

// foreignAttribute names an attribute the span's label does not have.
func foreignAttribute(s *scheme.RecordSpan) string {
	switch {
	case s.Lemma != "" && s.Label != annotate.LabelCue:
		return "lemma"
	case s.Mode != "" && s.Label != annotate.LabelQuote:
		return "mode"
	case s.Type != "" && s.Label != annotate.LabelHedge:
		return "type"
	case s.Kind != "" && s.Label != annotate.LabelNumber:
		return "kind"
	case s.Value != nil && s.Label != annotate.LabelNumber:
		return "value"
	case s.Attribution != 0 && !isSpeech(s.Label):
		return "attribution"
	}
	return ""
}
