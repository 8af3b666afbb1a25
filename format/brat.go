package format

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// brat standoff (https://brat.nlplab.org/standoff.html): ID.txt holds the
// exact text, ID.ann one annotation per line with code-point offsets:
//
//	T1	CUE 72 77	sagte              a span
//	A1	Mode T3 direct                  a closed-set attribute (Kind, Type, Mode)
//	R1	Source Arg1:T1 Arg2:T2          attribution: anchor → member
//	#1	AnnotatorNotes T1	lemma=sagen; rule=…   open values
//
// An attribution is written as relations from its anchor (its first CUE,
// else its first SOURCE, else its first QUOTE) to every other member,
// named after the member: Source, Content (a QUOTE) or Cue. Reading it
// back, spans joined by relations of any name form one attribution.

// bratAttrs are the closed-set attributes: brat name, label, values.
var bratAttrs = []struct {
	name, label string
	values      []string
	get         func(*annotate.Span) string
	set         func(*scheme.RecordSpan, string)
}{
	{"Kind", annotate.LabelNumber, []string{annotate.KindCardinal, annotate.KindOrdinal, annotate.KindFraction, annotate.KindVague},
		func(s *annotate.Span) string { return s.Kind }, func(s *scheme.RecordSpan, v string) { s.Kind = v }},
	{"Type", annotate.LabelHedge, []string{annotate.TypeEpistemic, annotate.TypeEvidential, annotate.TypeApproximator},
		func(s *annotate.Span) string { return s.Type }, func(s *scheme.RecordSpan, v string) { s.Type = v }},
	{"Mode", annotate.LabelQuote, []string{annotate.ModeDirect, annotate.ModeIndirect},
		func(s *annotate.Span) string { return s.Mode }, func(s *scheme.RecordSpan, v string) { s.Mode = v }},
}

type bratWriter struct {
	opt Options
	out *dirOut
}

func newBratWriter(opt Options) (*bratWriter, error) {
	out, err := newDirOut(opt.Dir)
	if err != nil {
		return nil, err
	}
	return &bratWriter{opt: opt, out: out}, nil
}

// Encode writes the .ann lines of doc; the .txt is its text.
func (w *bratWriter) Encode(doc *annotate.Document) (*Encoded, error) {
	m := unitMap(doc, scheme.CodePoints, nil)
	var b []byte
	for i := range doc.Spans {
		s := &doc.Spans[i]
		b = fmt.Appendf(b, "T%d\t%s %d %d\t", i+1, s.Label, m.At(s.Start), m.At(s.End))
		b = append(b, oneLine(doc.Text[s.Start:s.End])...)
		b = append(b, '\n')
	}
	n := 0
	for i := range doc.Spans {
		s := &doc.Spans[i]
		for _, a := range bratAttrs {
			v := a.get(s)
			if s.Label != a.label || v == "" {
				continue
			}
			if strings.ContainsFunc(v, unicode.IsSpace) {
				return nil, fmt.Errorf("document %q: %s %s %q cannot be a brat attribute value (white space)", doc.ID, s.Label, a.name, v)
			}
			n++
			b = fmt.Appendf(b, "A%d\t%s T%d %s\n", n, a.name, i+1, v)
		}
	}
	for i, l := range attributionLinks(doc.Spans) {
		b = fmt.Appendf(b, "R%d\t%s Arg1:T%d Arg2:T%d\n", i+1, l.kind, l.from+1, l.to+1)
	}
	n = 0
	for i := range doc.Spans {
		if note := spanNote(&doc.Spans[i]); note != "" {
			n++
			b = fmt.Appendf(b, "#%d\tAnnotatorNotes T%d\t%s\n", n, i+1, note)
		}
	}
	return &Encoded{ID: doc.ID, files: []file{{".txt", []byte(doc.Text)}, {".ann", b}}, counts: countSpans(doc.Spans)}, nil
}

// oneLine replaces line breaks and tabs, which would end a field.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// spanNote is the annotator note of a span: value (NUMBER), lemma (CUE)
// and rule, as "key=value; key=value".
func spanNote(s *annotate.Span) string {
	var parts []string
	if s.HasValue() {
		parts = append(parts, "value="+formatValue(s.Value))
	}
	if s.Label == annotate.LabelCue && s.Lemma != "" {
		parts = append(parts, "lemma="+escapeNote(s.Lemma))
	}
	if s.Rule != "" {
		parts = append(parts, "rule="+escapeNote(s.Rule))
	}
	return strings.Join(parts, "; ")
}

var noteEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// escapeNote escapes a note value: backslash, semicolon, line breaks and
// tabs, and spaces at its ends (which parseNote would trim).
func escapeNote(s string) string {
	s = noteEscaper.Replace(s)
	inner := strings.Trim(s, " ")
	if inner == s {
		return s
	}
	start := strings.Index(s, inner)
	if inner == "" {
		start = len(s)
	}
	lead, trail := s[:start], s[start+len(inner):]
	return strings.ReplaceAll(lead, " ", `\ `) + inner + strings.ReplaceAll(trail, " ", `\ `)
}

// parseNote splits a note into key=value fields at unescaped semicolons
// (value, lemma, rule); other text is returned in rest.
func parseNote(note string) (fields map[string]string, rest []string) {
	fields = map[string]string{}
	for _, raw := range splitUnescaped(note, ';') {
		part := trimNote(raw)
		if part == "" {
			continue
		}
		if k, v, ok := strings.Cut(part, "="); ok && (k == "value" || k == "lemma" || k == "rule") {
			fields[k] = unescapeTSV(v)
			continue
		}
		rest = append(rest, unescapeTSV(part))
	}
	return fields, rest
}

// trimNote trims the spaces around a note field, but not an escaped one.
func trimNote(s string) string {
	s = strings.TrimLeft(s, " ")
	for strings.HasSuffix(s, " ") {
		n := 0 // backslashes before the last space
		for i := len(s) - 2; i >= 0 && s[i] == '\\'; i-- {
			n++
		}
		if n%2 == 1 {
			break
		}
		s = s[:len(s)-1]
	}
	return s
}

// Write writes ID.txt and ID.ann.
func (w *bratWriter) Write(e *Encoded) error {
	stem, err := w.out.stem(e.ID)
	if err != nil {
		return err
	}
	for _, f := range e.files {
		if err := w.out.write(stem+f.ext, f.data); err != nil {
			return err
		}
	}
	return nil
}

// Close writes annotation.conf and visual.conf for the run's labels.
func (w *bratWriter) Close() error {
	if err := w.out.write("annotation.conf", bratAnnotationConf(w.opt.Labels)); err != nil {
		return err
	}
	return w.out.write("visual.conf", bratVisualConf(w.opt.Labels))
}

func bratAnnotationConf(labels []string) []byte {
	var b bytes.Buffer
	b.WriteString("# quelle's annotation scheme for brat (written by quelle; see the README).\n\n[entities]\n")
	var speech []string
	for _, l := range labels {
		b.WriteString(l + "\n")
		if isSpeech(l) {
			speech = append(speech, l)
		}
	}
	b.WriteString("\n[relations]\n# An attribution: its anchor (CUE, else SOURCE) linked to every other member.\n")
	if len(speech) > 0 {
		args := strings.Join(speech, "|")
		for _, l := range speech {
			fmt.Fprintf(&b, "%s\tArg1:%s, Arg2:%s\n", relationName(l), args, l)
		}
	}
	b.WriteString("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n")
	b.WriteString("\n[events]\n\n[attributes]\n")
	for _, a := range bratAttrs {
		if contains(labels, a.label) {
			fmt.Fprintf(&b, "%s\tArg:%s, Value:%s\n", a.name, a.label, strings.Join(a.values, "|"))
		}
	}
	return b.Bytes()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func bratVisualConf(labels []string) []byte {
	var b bytes.Buffer
	b.WriteString("# Colours of quelle's labels (colour-blind safe, as in the HTML view).\n\n[labels]\n")
	for _, l := range labels {
		fmt.Fprintf(&b, "%s | %s\n", l, labelName(l))
	}
	b.WriteString("\n[drawing]\nSPAN_DEFAULT\tfgColor:black, bgColor:lightgray, borderColor:darken\nARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n")
	for _, l := range labels {
		fmt.Fprintf(&b, "%s\tbgColor:%s\n", l, labelColor(l))
	}
	return b.Bytes()
}

// brat reads a brat directory (every *.ann below it with its .txt) or one
// .ann file.
func (rd *reading) brat(path string) error {
	files, err := filesBelow(path, ".ann")
	if err != nil {
		return err
	}
	stem := func(p string) string { return strings.TrimSuffix(filepath.Base(p), ".ann") }
	orderByOriginals(rd.orig, files, stem)
	for _, ann := range files {
		txt := strings.TrimSuffix(ann, ".ann") + ".txt"
		text, err := os.ReadFile(txt)
		if err != nil {
			return err
		}
		if o, err := rd.original(stem(ann), txt); err != nil {
			return err
		} else if o != nil {
			if err := checkText(o.ID, txt, string(text), o.Text); err != nil {
				return err
			}
		}
		data, err := os.ReadFile(ann)
		if err != nil {
			return err
		}
		rec, err := parseBrat(stem(ann), string(text), data, ann, rd.opt.Warn)
		if err != nil {
			return err
		}
		if err := rd.finish(rec, txt); err != nil {
			return err
		}
	}
	return nil
}

// parseBrat reads one document's .ann; name is the file for messages.
func parseBrat(id, text string, ann []byte, name string, warn func(string)) (*scheme.Record, error) {
	p := &bratParser{rec: &scheme.Record{ID: id, Text: text}, name: name, warn: warn, ix: newUnitIndex(text, scheme.CodePoints), tb: map[string]int{}}
	sc := bufio.NewScanner(bytes.NewReader(ann))
	sc.Buffer(nil, 1<<30)
	var later [][2]any // A, R and # lines, after every T line is known
	for line := 1; sc.Scan(); line++ {
		l := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		if l[0] == 'T' {
			if err := p.textBound(l, line); err != nil {
				return nil, err
			}
			continue
		}
		later = append(later, [2]any{l, line})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, x := range later {
		if err := p.other(x[0].(string), x[1].(int)); err != nil {
			return nil, err
		}
	}
	return p.result(), nil
}

type bratParser struct {
	rec  *scheme.Record
	name string
	warn func(string)
	ix   unitIndex
	tb   map[string]int // T id → span index (before sorting)
	rels [][2]int
}

func (p *bratParser) errf(line int, format string, args ...any) error {
	return &scheme.Error{File: p.name, Line: line, Msg: fmt.Sprintf(format, args...), Err: scheme.ErrSyntax}
}

// textBound reads "T1<TAB>LABEL start end<TAB>text".
func (p *bratParser) textBound(l string, line int) error {
	fields := strings.SplitN(l, "\t", 3)
	if len(fields) < 2 {
		return p.errf(line, "want ID<TAB>LABEL START END<TAB>TEXT")
	}
	parts := strings.Fields(fields[1])
	if len(parts) != 3 {
		if len(parts) > 3 || strings.Contains(fields[1], ";") {
			return p.errf(line, "%s: discontinuous spans are not part of the scheme", fields[0])
		}
		return p.errf(line, "want LABEL START END, got %q", fields[1])
	}
	start, err1 := strconv.Atoi(parts[1])
	end, err2 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || start < 0 || end <= start || end > p.ix.len() {
		return p.errf(line, "%s: bad offsets %q (text has %d code points)", fields[0], fields[1], p.ix.len())
	}
	if _, dup := p.tb[fields[0]]; dup {
		return p.errf(line, "%s defined twice", fields[0])
	}
	if len(fields) == 3 {
		b0, _ := p.ix.byteAt(start)
		b1, _ := p.ix.byteAt(end)
		if got := p.rec.Text[b0:b1]; !sameCovered(fields[2], got) {
			return p.errf(line, "%s: text %q is not the text at %d-%d (%q): was the .txt changed?", fields[0], fields[2], start, end, got)
		}
	}
	p.tb[fields[0]] = len(p.rec.Spans)
	p.rec.Spans = append(p.rec.Spans, scheme.RecordSpan{Label: parts[0], Start: start, End: end})
	return nil
}

// sameCovered compares a T line's text with the text it covers, as brat
// writes it: white space may differ (line breaks become spaces) and an
// invalid byte may have become U+FFFD.
func sameCovered(field, text string) bool {
	norm := func(s string) string { return strings.Join(strings.Fields(oneLine(s)), " ") }
	return norm(field) == norm(text)
}

// span returns the span a T id refers to.
func (p *bratParser) span(id string, line int) (*scheme.RecordSpan, int, error) {
	i, ok := p.tb[id]
	if !ok {
		return nil, 0, p.errf(line, "unknown annotation %q", id)
	}
	return &p.rec.Spans[i], i, nil
}

// other reads A, R and # lines; E, N, M and * lines are ignored with a
// warning.
func (p *bratParser) other(l string, line int) error {
	fields := strings.SplitN(l, "\t", 3)
	if len(fields) < 2 {
		return p.errf(line, "want ID<TAB>…")
	}
	args := strings.Fields(fields[1])
	switch l[0] {
	case 'A':
		return p.attribute(args, line)
	case 'R':
		return p.relation(args, line)
	case '#':
		if len(args) != 2 || args[0] != "AnnotatorNotes" {
			p.warn(fmt.Sprintf("%s:%d: note ignored (not an AnnotatorNotes on a span)", p.name, line))
			return nil
		}
		text := ""
		if len(fields) == 3 {
			text = fields[2]
		}
		return p.note(args[1], text, line)
	case 'E', 'N', 'M', '*':
		p.warn(fmt.Sprintf("%s:%d: %s ignored (quelle reads spans, attributes, relations and notes)", p.name, line, fields[0]))
		return nil
	}
	return p.errf(line, "unknown annotation type %q", fields[0])
}

func (p *bratParser) attribute(args []string, line int) error {
	if len(args) != 3 {
		return p.errf(line, "want NAME T VALUE")
	}
	s, _, err := p.span(args[1], line)
	if err != nil {
		return err
	}
	for _, a := range bratAttrs {
		if a.name != args[0] {
			continue
		}
		if s.Label != a.label {
			return p.errf(line, "attribute %s does not apply to %s", a.name, s.Label)
		}
		a.set(s, args[2])
		return nil
	}
	p.warn(fmt.Sprintf("%s:%d: attribute %q ignored (quelle knows Kind, Type, Mode)", p.name, line, args[0]))
	return nil
}

func (p *bratParser) relation(args []string, line int) error {
	if len(args) != 3 || !strings.HasPrefix(args[1], "Arg1:") || !strings.HasPrefix(args[2], "Arg2:") {
		return p.errf(line, "want TYPE Arg1:T Arg2:T")
	}
	_, a, err := p.span(args[1][5:], line)
	if err != nil {
		return err
	}
	_, b, err := p.span(args[2][5:], line)
	if err != nil {
		return err
	}
	p.rels = append(p.rels, [2]int{a, b})
	return nil
}

func (p *bratParser) note(id, text string, line int) error {
	s, _, err := p.span(id, line)
	if err != nil {
		return err
	}
	fields, rest := parseNote(text)
	for _, r := range rest {
		p.warn(fmt.Sprintf("%s:%d: note text %q ignored (quelle reads value=, lemma=, rule=)", p.name, line, r))
	}
	if v, ok := fields["value"]; ok {
		if s.Label != annotate.LabelNumber {
			return p.errf(line, "value= on a %s (only a NUMBER has a value)", s.Label)
		}
		f, err := parseValue(v)
		if err != nil {
			return p.errf(line, "value=%s: %v", v, err)
		}
		s.Value = &f
	}
	if v, ok := fields["lemma"]; ok {
		if s.Label != annotate.LabelCue {
			return p.errf(line, "lemma= on a %s (only a CUE has a lemma)", s.Label)
		}
		s.Lemma = v
	}
	s.Rule = fields["rule"]
	return nil
}

// result sorts the spans and assigns attributions from the relations.
func (p *bratParser) result() *scheme.Record {
	spans := p.rec.Spans
	idx := make([]int, len(spans)) // idx[old] = new position
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	sortSpans(order, func(i *int) (int, int, string) { s := spans[*i]; return s.Start, s.End, s.Label })
	sorted := make([]scheme.RecordSpan, len(spans))
	for newPos, old := range order {
		sorted[newPos] = spans[old]
		idx[old] = newPos
	}
	rels := make([][2]int, len(p.rels))
	for i, r := range p.rels {
		rels[i] = [2]int{idx[r[0]], idx[r[1]]}
	}
	for range assignAttributions(sorted, rels) {
		p.warn(fmt.Sprintf("%s: a relation that does not join CUE, SOURCE or QUOTE spans was ignored", p.name))
	}
	p.rec.Spans = sorted
	return p.rec
}
