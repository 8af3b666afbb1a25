package format

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// WebAnno TSV 3.3, the text format INCEpTION imports and exports
// ("WebAnno TSV v3.3"): a header naming the span layers and their
// features, then per sentence its #Text= line(s) and one row per token:
//
//	1-3	5-12	Polizei	1	*	_	…
//
// sentence-token, begin-end in UTF-16 code units (Java strings), the form,
// then one column per feature of each layer: "_" no annotation, "*" an
// annotation whose feature is empty, "value[N]" a value of annotation N
// (N appears when the annotation covers several tokens or is stacked),
// stacked annotations joined by "|", reserved characters escaped with "\".
//
// Spans in TSV are token-aligned. The writer exports quelle's tokens, split
// at every span edge that falls inside one (and with a token for any span
// edge in text no token covers), so no span is lost or shifted; each such
// span is reported through Options.Warn. Sentences are quelle's, split at
// line breaks, so a #Text= line never holds one.

// webannoLayer is one of quelle's custom span layers in INCEpTION.
type webannoLayer struct {
	label    string
	name     string   // the layer's name in the TSV header
	features []string // in header order
}

// webannoLayers are the layers, in header order; features are sorted by
// name, as INCEpTION exports them.
var webannoLayers = []webannoLayer{
	{annotate.LabelCue, "webanno.custom.Cue", []string{"attribution", "lemma", "rule"}},
	{annotate.LabelSource, "webanno.custom.Source", []string{"attribution", "rule"}},
	{annotate.LabelQuote, "webanno.custom.Quote", []string{"attribution", "mode", "rule"}},
	{annotate.LabelHedge, "webanno.custom.Hedge", []string{"hedgeType", "rule"}},
	{annotate.LabelNumber, "webanno.custom.Number", []string{"kind", "rule", "value"}},
}

// spanFeature returns the value of a span's feature ("" when empty).
func spanFeature(s *annotate.Span, feature string) string {
	switch feature {
	case "attribution":
		if s.Attribution != 0 {
			return strconv.Itoa(s.Attribution)
		}
	case "lemma":
		return s.Lemma
	case "rule":
		return s.Rule
	case "mode":
		return s.Mode
	case "hedgeType":
		return s.Type
	case "kind":
		return s.Kind
	case "value":
		if s.HasValue() {
			return formatValue(s.Value)
		}
	}
	return ""
}

// setFeature sets a feature of a record span read back.
func setFeature(s *scheme.RecordSpan, feature, v string) error {
	switch feature {
	case "attribution":
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("attribution %q is not a number", v)
		}
		s.Attribution = n
	case "lemma":
		s.Lemma = v
	case "rule":
		s.Rule = v
	case "mode":
		s.Mode = v
	case "hedgeType":
		s.Type = v
	case "kind":
		s.Kind = v
	case "value":
		f, err := parseValue(v)
		if err != nil {
			return err
		}
		s.Value = &f
	}
	return nil
}

type webannoWriter struct {
	opt Options
	out *dirOut
}

func newWebannoWriter(opt Options) (*webannoWriter, error) {
	out, err := newDirOut(opt.Dir)
	if err != nil {
		return nil, err
	}
	return &webannoWriter{opt: opt, out: out}, nil
}

// webannoHeader is the header of every file: all five layers, so every
// file fits one INCEpTION project.
func webannoHeader() []byte {
	b := []byte("#FORMAT=WebAnno TSV 3.3\n")
	for _, l := range webannoLayers {
		b = append(b, "#T_SP="+l.name+"|"+strings.Join(l.features, "|")+"\n"...)
	}
	return append(b, '\n')
}

// unit is one exported token: a byte range of the text.
type unit struct{ start, end int }

func (w *webannoWriter) Encode(doc *annotate.Document) (*Encoded, error) {
	if err := ensureTokens(doc, w.opt.Tokenizer); err != nil {
		return nil, err
	}
	units, notes := exportUnits(doc)
	offs := make([]int, 0, 2*len(units))
	for _, u := range units {
		offs = append(offs, u.start, u.end)
	}
	u16 := scheme.NewOffsetMap(doc.Text, offs, scheme.UTF16)
	cells := newTSVCells(doc, units)
	b := append(make([]byte, 0, 12*len(doc.Text)+1024), webannoHeader()...)
	for si, sent := range exportSentences(doc, units) {
		b = append(b, '\n')
		first, last := units[sent[0]], units[sent[1]-1]
		b = append(b, "#Text="...)
		b = append(b, sentenceText(doc.Text[first.start:last.end])...)
		b = append(b, '\n')
		for k := sent[0]; k < sent[1]; k++ {
			u := units[k]
			b = strconv.AppendInt(b, int64(si+1), 10)
			b = strconv.AppendInt(append(b, '-'), int64(k-sent[0]+1), 10)
			b = strconv.AppendInt(append(b, '\t'), int64(u16.At(u.start)), 10)
			b = strconv.AppendInt(append(b, '-'), int64(u16.At(u.end)), 10)
			b = append(b, '\t')
			b = append(b, escapeTSV(doc.Text[u.start:u.end])...)
			b = append(b, '\t')
			b = cells.appendRow(b, k)
			b = append(b, '\n')
		}
	}
	e := &Encoded{ID: doc.ID, files: []file{{".tsv", b}}, counts: countSpans(doc.Spans)}
	cp := unitMap(doc, scheme.CodePoints, nil)
	for _, i := range notes {
		s := doc.Spans[i]
		e.notes = append(e.notes, fmt.Sprintf("document %q: %s %d:%d %q does not align to tokens: the tokens at its edges were split for WebAnno TSV",
			doc.ID, s.Label, cp.At(s.Start), cp.At(s.End), doc.Text[s.Start:s.End]))
	}
	return e, nil
}

// sentenceText is a sentence's #Text: a sentence holds no line break, but
// a token made for a span edge in white space might.
func sentenceText(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return lineBreaks.Replace(s)
}

var lineBreaks = strings.NewReplacer("\r", " ", "\n", " ")

// exportUnits splits the document's tokens at every span edge inside one
// and adds a unit for text inside spans that no token covers (at a span
// edge, or not white space). It returns the units and the spans whose
// edges were not token edges.
func exportUnits(doc *annotate.Document) ([]unit, []int) {
	bounds := make([]int, 0, 2*len(doc.Tokens)+2*len(doc.Spans))
	for _, t := range doc.Tokens {
		bounds = append(bounds, t.Start, t.End)
	}
	tokEdges := slices.Clone(bounds) // tokens are in text order: sorted but for ties
	slices.Sort(tokEdges)
	isTokEdge := func(x int) bool { _, ok := slices.BinarySearch(tokEdges, x); return ok }
	starts := make([]int, 0, len(doc.Spans))
	ends := make([]int, 0, len(doc.Spans))
	var notes []int
	for i, s := range doc.Spans {
		if s.Start >= s.End {
			continue
		}
		bounds = append(bounds, s.Start, s.End)
		starts, ends = append(starts, s.Start), append(ends, s.End)
		if !isTokEdge(s.Start) || !isTokEdge(s.End) {
			notes = append(notes, i)
		}
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	slices.Sort(starts)
	slices.Sort(ends)
	has := func(list []int, x int) bool { _, ok := slices.BinarySearch(list, x); return ok }
	covered := coverage(doc.Tokens)
	inSpan := coverage(spansAsTokens(doc.Spans))
	units := make([]unit, 0, len(doc.Tokens)+len(notes))
	for i := 0; i+1 < len(bounds); i++ {
		u := unit{bounds[i], bounds[i+1]}
		switch {
		case covered(u):
		case inSpan(u) && (has(starts, u.start) || has(ends, u.end) || !isBlank(doc.Text[u.start:u.end])):
		default:
			continue
		}
		units = append(units, u)
	}
	return units, notes
}

func spansAsTokens(spans []annotate.Span) []annotate.Token {
	ts := make([]annotate.Token, 0, len(spans))
	for _, s := range spans {
		if s.Start < s.End {
			ts = append(ts, annotate.Token{Start: s.Start, End: s.End})
		}
	}
	slices.SortFunc(ts, func(a, b annotate.Token) int { return a.Start - b.Start })
	return ts
}

// coverage returns a test of whether a unit (between consecutive
// boundaries, so never straddling a range edge) lies inside one of the
// ranges; the units must be asked for in text order.
func coverage(ranges []annotate.Token) func(unit) bool {
	k, reach := 0, -1 // ranges[:k] start at or before the unit; reach = their furthest end
	return func(u unit) bool {
		for k < len(ranges) && ranges[k].Start <= u.start {
			reach = max(reach, ranges[k].End)
			k++
		}
		return reach >= u.end
	}
}

func isBlank(s string) bool { return strings.TrimFunc(s, unicode.IsSpace) == "" }

// exportSentences groups the units into sentences [first, last): quelle's
// sentences, split where a line break lies between two units. A unit
// outside every sentence joins the sentence before it.
func exportSentences(doc *annotate.Document, units []unit) [][2]int {
	if len(units) == 0 {
		return nil
	}
	var out [][2]int
	start, si, prevSent := 0, 0, -1
	for k, u := range units {
		for si < len(doc.Sentences) && doc.Sentences[si].Start <= u.start {
			si++
		}
		if k > 0 && (si != prevSent || strings.ContainsAny(doc.Text[units[k-1].end:u.start], "\r\n")) {
			out = append(out, [2]int{start, k})
			start = k
		}
		prevSent = si
	}
	return append(out, [2]int{start, len(units)})
}

// tsvCells renders the feature cells of the units: per layer, which
// annotation covers each unit (stacked ones, rare, in a side table), and
// each annotation's feature values, escaped once.
type tsvCells struct {
	anns    []tsvPlaced
	first   [][]int32          // per layer and unit: index+1 into anns of the first annotation covering it, 0 none
	stacked map[[2]int][]int32 // (layer, unit) → further annotations covering it
}

// tsvPlaced is one span placed on the units.
type tsvPlaced struct {
	values []string // per feature of its layer: escaped, or "*"
	id     string   // "[N]" for a multi-unit or stacked annotation, else ""
}

func newTSVCells(doc *annotate.Document, units []unit) *tsvCells {
	c := &tsvCells{first: make([][]int32, len(webannoLayers)), stacked: map[[2]int][]int32{}}
	for li := range c.first {
		c.first[li] = make([]int32, len(units))
	}
	type span struct{ ann, layer, first, end int }
	var placed []span
	for i := range doc.Spans {
		s := &doc.Spans[i]
		li := slices.IndexFunc(webannoLayers, func(l webannoLayer) bool { return l.label == s.Label })
		if li < 0 || s.Start >= s.End {
			continue
		}
		first := sort.Search(len(units), func(k int) bool { return units[k].start >= s.Start })
		end := first
		for end < len(units) && units[end].end <= s.End {
			end++
		}
		values := make([]string, len(webannoLayers[li].features))
		for f, feat := range webannoLayers[li].features {
			if v := spanFeature(s, feat); v != "" {
				values[f] = escapeTSV(v)
			} else {
				values[f] = "*"
			}
		}
		a := int32(len(c.anns) + 1)
		c.anns = append(c.anns, tsvPlaced{values: values})
		placed = append(placed, span{int(a - 1), li, first, end})
		for k := first; k < end; k++ {
			if c.first[li][k] == 0 {
				c.first[li][k] = a
			} else {
				c.stacked[[2]int{li, k}] = append(c.stacked[[2]int{li, k}], a)
			}
		}
	}
	// ids, in layer order then span order, for annotations that cover
	// several units or share one with another annotation of their layer
	nextID := 1
	for li := range webannoLayers {
		for _, p := range placed {
			if p.layer != li {
				continue
			}
			need := p.end-p.first > 1
			for k := p.first; k < p.end && !need; k++ {
				_, need = c.stacked[[2]int{li, k}]
			}
			if need {
				c.anns[p.ann].id = "[" + strconv.Itoa(nextID) + "]"
				nextID++
			}
		}
	}
	return c
}

// appendRow appends unit k's cells, each followed by a tab.
func (c *tsvCells) appendRow(b []byte, k int) []byte {
	for li, l := range webannoLayers {
		a := c.first[li][k]
		if a == 0 {
			for range l.features {
				b = append(b, '_', '\t')
			}
			continue
		}
		more := c.stacked[[2]int{li, k}]
		for f := range l.features {
			p := &c.anns[a-1]
			b = append(append(b, p.values[f]...), p.id...)
			for _, x := range more {
				p := &c.anns[x-1]
				b = append(append(append(b, '|'), p.values[f]...), p.id...)
			}
			b = append(b, '\t')
		}
	}
	return b
}

// tsvEscaper escapes WebAnno TSV's reserved characters.
var tsvEscaper = strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`, "|", `\|`, "_", `\_`, "->", `\->`,
	";", `\;`, "\t", `\t`, "\n", `\n`, "\r", `\r`, "*", `\*`)

func escapeTSV(s string) string {
	if !strings.ContainsAny(s, "\\[]|_-;\t\n\r*") {
		return s // the common case, without an allocation
	}
	return tsvEscaper.Replace(s)
}

// unescapeTSV undoes escapeTSV.
func unescapeTSV(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// splitUnescaped splits s at every sep not preceded by an escaping
// backslash.
func splitUnescaped(s string, sep byte) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case sep:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

func (w *webannoWriter) Write(e *Encoded) error {
	for _, n := range e.notes {
		w.opt.Warn(n)
	}
	stem, err := w.out.stem(e.ID)
	if err != nil {
		return err
	}
	return w.out.write(stem+".tsv", e.files[0].data)
}

func (w *webannoWriter) Close() error { return nil }

// isUTF8 is a guard for the reader: TSV files are UTF-8.
func isUTF8(b []byte) bool { return utf8.Valid(bytes.TrimPrefix(b, []byte("\uFEFF"))) }
