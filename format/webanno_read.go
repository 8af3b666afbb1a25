package format

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/quelle-nlp/quelle/scheme"
)

// webanno reads WebAnno TSV files: one .tsv file, or every *.tsv below a
// directory (an INCEpTION export keeps annotation/ID.tsv/USER.tsv: the
// document id is then the directory's name).
func (rd *reading) webanno(path string) error {
	files, err := filesBelow(path, ".tsv")
	if err != nil {
		return err
	}
	orderByOriginals(rd.orig, files, tsvDocID)
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		id := tsvDocID(name)
		o, err := rd.original(id, name)
		if err != nil {
			return err
		}
		var text *string
		if o != nil {
			text, id = &o.Text, o.ID
		} else {
			rd.opt.Warn(fmt.Sprintf("%s: WebAnno TSV does not keep the text between sentences: it is rebuilt with spaces (give the originals to get the exact text back)", name))
		}
		rec, err := parseWebanno(id, data, name, text)
		if err != nil {
			return err
		}
		if err := rd.finish(rec, name); err != nil {
			return err
		}
	}
	return nil
}

// tsvDocID is the document id of a TSV file: its name without .tsv, or
// that of its directory when the directory is named *.tsv (INCEpTION).
func tsvDocID(path string) string {
	if dir := filepath.Base(filepath.Dir(path)); strings.HasSuffix(dir, ".tsv") {
		return strings.TrimSuffix(dir, ".tsv")
	}
	return strings.TrimSuffix(filepath.Base(path), ".tsv")
}

// tsvColumn is where one of our layers' features is in a row.
type tsvColumn struct {
	layer   int // index into webannoLayers
	feature string
	col     int // field index in a token row
}

// tsvParser reads one TSV file.
type tsvParser struct {
	name   string
	cols   []tsvColumn
	ncols  int // feature columns of all layers
	layers []bool
	rows   []tsvRow
	// reconstructed text (UTF-16 length tracked) when there is no original
	text    strings.Builder
	textLen int
	sentTxt []string // #Text lines of the sentence being read
	anns    map[string]*tsvAnn
	order   []string // annotation keys in first-seen order
}

type tsvRow struct {
	line       int
	id         string
	begin, end int // UTF-16
	form       string
}

// tsvAnn is one span annotation being collected over its rows.
type tsvAnn struct {
	layer      int
	begin, end int
	features   map[string]string
	line       int
}

func (p *tsvParser) errf(line int, format string, args ...any) error {
	return &scheme.Error{File: p.name, Line: line, Msg: fmt.Sprintf(format, args...), Err: scheme.ErrSyntax}
}

// parseWebanno reads one document; text is the original text, or nil to
// rebuild it from the #Text lines.
func parseWebanno(id string, data []byte, name string, text *string) (*scheme.Record, error) {
	if !isUTF8(data) {
		return nil, fmt.Errorf("%s: not UTF-8", name)
	}
	p := &tsvParser{name: name, anns: map[string]*tsvAnn{}, layers: make([]bool, len(webannoLayers))}
	lines := strings.Split(strings.TrimPrefix(string(data), "\uFEFF"), "\n")
	if !strings.HasPrefix(lines[0], "#FORMAT=WebAnno TSV 3") {
		return nil, p.errf(1, "not WebAnno TSV 3 (no #FORMAT=WebAnno TSV 3.x line)")
	}
	for i, l := range lines[1:] {
		if err := p.line(strings.TrimSuffix(l, "\r"), i+2, text == nil); err != nil {
			return nil, err
		}
	}
	p.endSentence()
	full := p.text.String()
	if text != nil {
		full = *text
	}
	return p.record(id, full, text != nil)
}

// line reads one line of the file.
func (p *tsvParser) line(l string, n int, rebuild bool) error {
	switch {
	case strings.HasPrefix(l, "#T_SP="), strings.HasPrefix(l, "#T_CH="), strings.HasPrefix(l, "#T_RL="):
		if len(p.rows) > 0 {
			return p.errf(n, "layer declaration after the first token")
		}
		p.declare(l)
	case strings.HasPrefix(l, "#Text="):
		p.sentTxt = append(p.sentTxt, l[len("#Text="):])
	case l == "", strings.HasPrefix(l, "#"):
	default:
		return p.row(l, n, rebuild)
	}
	return nil
}

// declare reads a layer declaration: its features are the next columns.
func (p *tsvParser) declare(l string) {
	entries := strings.Split(l[len("#T_SP="):], "|")
	n := len(entries) - 1
	if strings.HasPrefix(l, "#T_SP=") && n == 0 {
		n = 1 // a span layer without features still has a column
	}
	li := layerByName(entries[0])
	if li >= 0 && !p.layers[li] {
		p.layers[li] = true
		for f, feat := range entries[1:] {
			p.cols = append(p.cols, tsvColumn{li, feat, 3 + p.ncols + f})
		}
	}
	p.ncols += n
}

// layerByName finds one of our layers by its full name, or by its last
// dotted part (a project that named the layers differently).
func layerByName(name string) int {
	short := name[strings.LastIndexByte(name, '.')+1:]
	for i, l := range webannoLayers {
		if l.name == name || strings.EqualFold(short, labelName(l.label)) {
			return i
		}
	}
	return -1
}

// endSentence places the sentence just read in the rebuilt text.
func (p *tsvParser) endSentence() { p.sentTxt = nil }

// row reads a token (or sub-token) row.
func (p *tsvParser) row(l string, n int, rebuild bool) error {
	f := strings.Split(l, "\t")
	if len(f) == 4+p.ncols && f[len(f)-1] == "" {
		f = f[:len(f)-1] // the trailing tab
	}
	if len(f) != 3+p.ncols {
		return p.errf(n, "%d columns, the header declares %d", len(f), 3+p.ncols)
	}
	b, e, ok := strings.Cut(f[1], "-")
	begin, err1 := strconv.Atoi(b)
	end, err2 := strconv.Atoi(e)
	if !ok || err1 != nil || err2 != nil || begin < 0 || end < begin {
		return p.errf(n, "bad offsets %q", f[1])
	}
	if p.sentTxt != nil {
		if rebuild {
			if err := p.place(begin, n); err != nil {
				return err
			}
		}
		p.endSentence()
	}
	r := tsvRow{line: n, id: f[0], begin: begin, end: end, form: f[2]}
	p.rows = append(p.rows, r)
	return p.cells(f, len(p.rows)-1, n)
}

// maxGap bounds the text between two sentences that a rebuilt text pads
// (the offsets of a TSV file are otherwise unchecked without the original).
const maxGap = 1 << 16

// place appends the sentence's #Text at UTF-16 offset begin of the
// rebuilt text, padding with spaces.
func (p *tsvParser) place(begin, n int) error {
	if begin < p.textLen {
		return p.errf(n, "sentence starts at %d, inside the previous one (ends at %d)", begin, p.textLen)
	}
	if begin-p.textLen > maxGap {
		return p.errf(n, "sentence starts at %d, %d units after the previous one: not plausible", begin, begin-p.textLen)
	}
	for ; p.textLen < begin; p.textLen++ {
		p.text.WriteByte(' ')
	}
	s := strings.Join(p.sentTxt, "\n")
	p.text.WriteString(s)
	for _, r := range s {
		p.textLen += scheme.UTF16(r, 0)
	}
	return nil
}

// cells reads our layers' cells of row ri.
func (p *tsvParser) cells(f []string, ri, n int) error {
	for _, c := range p.cols {
		cell := f[c.col]
		if cell == "_" {
			continue
		}
		for j, entry := range splitUnescaped(cell, '|') {
			value, id := splitID(entry)
			key := fmt.Sprintf("%d:%s", c.layer, id)
			if id == "" {
				key = fmt.Sprintf("%d:row%d.%d", c.layer, ri, j)
			}
			a := p.anns[key]
			if a == nil {
				a = &tsvAnn{layer: c.layer, begin: p.rows[ri].begin, end: p.rows[ri].end, features: map[string]string{}, line: n}
				p.anns[key] = a
				p.order = append(p.order, key)
			}
			a.begin, a.end = min(a.begin, p.rows[ri].begin), max(a.end, p.rows[ri].end)
			if _, seen := a.features[c.feature]; !seen && value != "*" && value != "_" {
				a.features[c.feature] = unescapeTSV(value)
			}
		}
	}
	return nil
}

// splitID splits "value[3]" into "value" and "3" (also "value[3_4]", a
// relation's reference, and "[3]" alone).
func splitID(entry string) (value, id string) {
	if !strings.HasSuffix(entry, "]") || strings.HasSuffix(entry, `\]`) {
		return entry, ""
	}
	i := strings.LastIndexByte(entry, '[')
	if i < 0 || i > 0 && entry[i-1] == '\\' {
		return entry, ""
	}
	return entry[:i], entry[i+1 : len(entry)-1]
}

// record checks the rows against the text and turns the annotations into
// spans with code-point offsets.
func (p *tsvParser) record(id, text string, original bool) (*scheme.Record, error) {
	ix := newUnitIndex(text, scheme.UTF16)
	byteOf := func(u, line int) (int, error) {
		b, ok := ix.byteAt(u)
		if !ok {
			if original {
				return 0, fmt.Errorf("%s:%d: document %q: %w: UTF-16 offset %d is not a character boundary of the original (%d units)", p.name, line, id, ErrTextChanged, u, ix.len())
			}
			return 0, p.errf(line, "UTF-16 offset %d is not a character boundary of the text (%d units)", u, ix.len())
		}
		return b, nil
	}
	for _, r := range p.rows {
		b0, err := byteOf(r.begin, r.line)
		if err != nil {
			return nil, err
		}
		b1, err := byteOf(r.end, r.line)
		if err != nil {
			return nil, err
		}
		if got := text[b0:b1]; got != r.form && got != unescapeTSV(r.form) {
			if original {
				return nil, fmt.Errorf("%s:%d: document %q: %w: token %s %q at %d-%d is %q in the original", p.name, r.line, id, ErrTextChanged, r.id, r.form, r.begin, r.end, got)
			}
			return nil, p.errf(r.line, "token %s %q at %d-%d, but the #Text there is %q", r.id, r.form, r.begin, r.end, got)
		}
	}
	rec := &scheme.Record{ID: id, Text: text}
	var offs []int
	for _, key := range p.order {
		a := p.anns[key]
		b0, err := byteOf(a.begin, a.line)
		if err != nil {
			return nil, err
		}
		b1, err := byteOf(a.end, a.line)
		if err != nil {
			return nil, err
		}
		s := scheme.RecordSpan{Label: webannoLayers[a.layer].label, Start: b0, End: b1}
		for feat, v := range a.features {
			if err := setFeature(&s, feat, v); err != nil {
				return nil, p.errf(a.line, "%s %s: %v", s.Label, feat, err)
			}
		}
		rec.Spans = append(rec.Spans, s)
		offs = append(offs, b0, b1)
	}
	m := scheme.NewOffsetMap(text, offs, scheme.CodePoints)
	for i := range rec.Spans {
		rec.Spans[i].Start, rec.Spans[i].End = m.At(rec.Spans[i].Start), m.At(rec.Spans[i].End)
	}
	sortSpans(rec.Spans, func(s *scheme.RecordSpan) (int, int, string) { return s.Start, s.End, s.Label })
	return rec, nil
}
