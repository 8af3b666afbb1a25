package format

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// ToDocument turns a scheme record into a document with byte offsets, for
// the writers (quelle convert). Tokens and sentences are not taken over:
// writers that need them tokenize afresh. A NUMBER must have a value
// unless its kind is vague (annotate.Span.HasValue), and every span must
// lie inside the text.
func ToDocument(rec *scheme.Record) (*annotate.Document, error) {
	offs := cpToByte(rec.Text)
	doc := &annotate.Document{ID: rec.ID, Text: rec.Text, Meta: rec.Meta, Spans: make([]annotate.Span, 0, len(rec.Spans))}
	for i, s := range rec.Spans {
		if s.Start < 0 || s.End < s.Start || s.End >= len(offs) {
			return nil, fmt.Errorf("document %q: span %d (%s %d:%d) is outside the text (%d code points)", rec.ID, i, s.Label, s.Start, s.End, len(offs)-1)
		}
		sp := annotate.Span{Label: s.Label, Start: offs[s.Start], End: offs[s.End], Kind: s.Kind, Type: s.Type,
			Mode: s.Mode, Lemma: s.Lemma, Attribution: s.Attribution, Rule: s.Rule}
		if s.Value != nil {
			sp.Value = *s.Value
		}
		if s.Label == annotate.LabelNumber && sp.HasValue() != (s.Value != nil) {
			return nil, fmt.Errorf("document %q: span %d (NUMBER %d:%d): a NUMBER has a value unless its kind is vague (kind %q)", rec.ID, i, s.Start, s.End, s.Kind)
		}
		doc.Spans = append(doc.Spans, sp)
	}
	return doc, nil
}

// cpToByte returns the byte offset of every code point of text, and
// len(text) at the end (an invalid byte counts as one code point).
func cpToByte(text string) []int {
	offs := make([]int, 0, len(text)+1)
	for i := 0; i < len(text); {
		offs = append(offs, i)
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return append(offs, len(text))
}

// unitIndex maps offsets in some unit (code points, UTF-16) to bytes.
type unitIndex struct {
	bytes []int // bytes[u] is the byte offset of unit u, -1 inside a character
}

func newUnitIndex(text string, unit scheme.Unit) unitIndex {
	ix := unitIndex{bytes: make([]int, 0, len(text)+1)}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		ix.bytes = append(ix.bytes, i)
		for range unit(r, size) - 1 {
			ix.bytes = append(ix.bytes, -1)
		}
		i += size
	}
	ix.bytes = append(ix.bytes, len(text))
	return ix
}

// byteAt returns the byte offset of unit offset u, or false when u is out
// of range or inside a character.
func (ix unitIndex) byteAt(u int) (int, bool) {
	if u < 0 || u >= len(ix.bytes) || ix.bytes[u] < 0 {
		return 0, false
	}
	return ix.bytes[u], true
}

// len returns the text's length in units.
func (ix unitIndex) len() int { return len(ix.bytes) - 1 }

// unitMap converts the byte offsets of spans (and tokens) to a unit.
func unitMap(doc *annotate.Document, unit scheme.Unit, tokens []annotate.Token) *scheme.OffsetMap {
	offs := make([]int, 0, 2*len(doc.Spans)+2*len(tokens))
	for _, s := range doc.Spans {
		offs = append(offs, s.Start, s.End)
	}
	for _, t := range tokens {
		offs = append(offs, t.Start, t.End)
	}
	return scheme.NewOffsetMap(doc.Text, offs, unit)
}

// isSpeech reports whether label takes part in attributions.
func isSpeech(label string) bool {
	return label == annotate.LabelCue || label == annotate.LabelSource || label == annotate.LabelQuote
}

// link is one relation from a group's anchor span to another member.
type link struct {
	from, to int // span indexes
	kind     string
}

// relationName names the relation to a member by its label.
func relationName(label string) string {
	switch label {
	case annotate.LabelSource:
		return "Source"
	case annotate.LabelQuote:
		return "Content"
	}
	return "Cue"
}

// attributionLinks returns the relations that express the spans'
// attribution ids: within each group (same non-zero id) the anchor (the
// first CUE, else the first SOURCE, else the first QUOTE) is linked to
// every other member, in span order.
func attributionLinks(spans []annotate.Span) []link {
	groups := map[int][]int{}
	var ids []int
	for i, s := range spans {
		if !isSpeech(s.Label) || s.Attribution == 0 {
			continue
		}
		if groups[s.Attribution] == nil {
			ids = append(ids, s.Attribution)
		}
		groups[s.Attribution] = append(groups[s.Attribution], i)
	}
	var links []link
	for _, id := range ids {
		members := groups[id]
		anchor := members[0]
		for _, label := range []string{annotate.LabelCue, annotate.LabelSource} {
			if j := slices.IndexFunc(members, func(m int) bool { return spans[m].Label == label }); j >= 0 {
				anchor = members[j]
				break
			}
		}
		for _, m := range members {
			if m != anchor {
				links = append(links, link{anchor, m, relationName(spans[m].Label)})
			}
		}
	}
	return links
}

// assignAttributions sets the attribution ids of spans from relations
// (pairs of span indexes): spans joined by relations form one attribution,
// every CUE, SOURCE and QUOTE belongs to one (alone if unrelated), and the
// attributions are numbered 1, 2, … in the order of their first span.
// spans must be in their final order. Relations touching other labels are
// returned as ignored.
func assignAttributions(spans []scheme.RecordSpan, rels [][2]int) (ignored [][2]int) {
	parent := make([]int, len(spans))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, r := range rels {
		if !isSpeech(spans[r[0]].Label) || !isSpeech(spans[r[1]].Label) {
			ignored = append(ignored, r)
			continue
		}
		a, b := find(r[0]), find(r[1])
		parent[max(a, b)] = min(a, b)
	}
	ids := map[int]int{}
	for i := range spans {
		spans[i].Attribution = 0
		if !isSpeech(spans[i].Label) {
			continue
		}
		root := find(i)
		if ids[root] == 0 {
			ids[root] = len(ids) + 1
		}
		spans[i].Attribution = ids[root]
	}
	return ignored
}

// sortSpans puts record spans in the pipeline's order (start, end, label).
func sortSpans[S any](spans []S, key func(*S) (int, int, string)) {
	slices.SortStableFunc(spans, func(a, b S) int {
		as, ae, al := key(&a)
		bs, be, bl := key(&b)
		return cmp.Or(cmp.Compare(as, bs), cmp.Compare(ae, be), cmp.Compare(al, bl))
	})
}

// fileStem turns a document id into a portable file name: letters,
// digits, '-', '_' and '.' are kept, anything else becomes '_'; a leading
// '.' is replaced too. Readers map stems back to ids through the original
// documents (ReadOptions.Original).
func fileStem(id string) string {
	var b strings.Builder
	for i, r := range id {
		ok := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.' && i > 0
		if ok && r != utf8.RuneError {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}

// dirOut writes per-document files into a directory, refusing a second
// document with the same file name (nothing is overwritten in one run).
type dirOut struct {
	dir   string
	taken map[string]string // file stem → document id
}

func newDirOut(dir string) (*dirOut, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &dirOut{dir: dir, taken: map[string]string{}}, nil
}

// stem claims the file stem of document id.
func (d *dirOut) stem(id string) (string, error) {
	s := fileStem(id)
	if prev, dup := d.taken[s]; dup {
		return "", fmt.Errorf("documents %q and %q would both be written to %s: document ids must be unique", prev, id, filepath.Join(d.dir, s+".*"))
	}
	d.taken[s] = id
	return s, nil
}

// write writes one file atomically (a temporary file renamed into place).
func (d *dirOut) write(name string, data []byte) error {
	return writeFileAtomic(filepath.Join(d.dir, name), data)
}

func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".quelle-*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
	}
	return werr
}

// formatValue writes a NUMBER value exactly and without exponent.
func formatValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// parseValue reads a NUMBER value written by formatValue (or any Go float
// syntax), refusing NaN and infinities, which JSON cannot carry.
func parseValue(s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err == nil && (v != v || v > 1.7976931348623157e308 || v < -1.7976931348623157e308) {
		err = fmt.Errorf("%q is not a finite number", s)
	}
	return v, err
}
