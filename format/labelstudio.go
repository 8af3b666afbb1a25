package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// Label Studio: a JSON list of tasks, each with the document under "data"
// ("text", and quelle's "id" and "meta") and quelle's spans as a
// prediction, which the annotator corrects:
//
//	{"data": {"id": "d1", "text": "…"}, "predictions": [{"model_version": "quelle …", "result": [
//	  {"id": "s1", "from_name": "label", "to_name": "text", "type": "labels",
//	   "value": {"start": 0, "end": 4, "text": "Laut", "labels": ["CUE"]}},
//	  {"id": "s1", "from_name": "lemma", "to_name": "text", "type": "textarea",
//	   "value": {"start": 0, "end": 4, "text": ["laut"]}},
//	  {"from_id": "s1", "to_id": "s2", "type": "relation", "direction": "right", "labels": ["Source"]}]}]}
//
// Offsets are UTF-16 code units, as Label Studio's browser front end
// counts them; the reader also accepts code points when a region's "text"
// shows that they were meant. Per-region attributes are choices (mode,
// type, kind) and text areas (lemma, value, rule) that share the region's
// id; attributions are relations, as in brat. labeling-config.xml declares
// all of them.

type lsWriter struct {
	opt   Options
	dir   string
	file  *os.File
	buf   *bufio.Writer
	first bool
}

func newLabelStudioWriter(opt Options) (*lsWriter, error) {
	if err := os.MkdirAll(opt.Dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(filepath.Join(opt.Dir, "tasks.json"))
	if err != nil {
		return nil, err
	}
	w := &lsWriter{opt: opt, dir: opt.Dir, file: f, buf: bufio.NewWriterSize(f, 1<<16), first: true}
	w.buf.WriteString("[")
	return w, nil
}

// lsValue is a result's value; which fields are set depends on its type.
type lsValue struct {
	Start   *int     `json:"start,omitempty"`
	End     *int     `json:"end,omitempty"`
	Text    any      `json:"text,omitempty"` // the region's text (labels) or the typed text (textarea)
	Labels  []string `json:"labels,omitempty"`
	Choices []string `json:"choices,omitempty"`
}

type lsResult struct {
	ID        string   `json:"id,omitempty"`
	FromName  string   `json:"from_name,omitempty"`
	ToName    string   `json:"to_name,omitempty"`
	Type      string   `json:"type"`
	Value     *lsValue `json:"value,omitempty"`
	FromID    string   `json:"from_id,omitempty"`
	ToID      string   `json:"to_id,omitempty"`
	Direction string   `json:"direction,omitempty"`
	Labels    []string `json:"labels,omitempty"`
}

type lsData struct {
	Text string          `json:"text"`
	ID   string          `json:"id"`
	Meta json.RawMessage `json:"meta,omitempty"`
}

type lsPrediction struct {
	ModelVersion string     `json:"model_version,omitempty"`
	Result       []lsResult `json:"result"`
	WasCancelled bool       `json:"was_cancelled,omitempty"`
}

type lsTask struct {
	Data        lsData         `json:"data"`
	Annotations []lsPrediction `json:"annotations,omitempty"`
	Predictions []lsPrediction `json:"predictions,omitempty"`
}

// lsAttrs are the per-region attributes: control name, label, choices
// (nil for a text area) and accessors.
var lsAttrs = []struct {
	name, label string
	choices     []string
	get         func(*annotate.Span) string
}{
	{"lemma", annotate.LabelCue, nil, func(s *annotate.Span) string { return s.Lemma }},
	{"mode", annotate.LabelQuote, []string{annotate.ModeDirect, annotate.ModeIndirect}, func(s *annotate.Span) string { return s.Mode }},
	{"type", annotate.LabelHedge, []string{annotate.TypeEpistemic, annotate.TypeEvidential, annotate.TypeApproximator}, func(s *annotate.Span) string { return s.Type }},
	{"kind", annotate.LabelNumber, []string{annotate.KindCardinal, annotate.KindOrdinal, annotate.KindFraction, annotate.KindVague}, func(s *annotate.Span) string { return s.Kind }},
	{"value", annotate.LabelNumber, nil, func(s *annotate.Span) string {
		if s.HasValue() {
			return formatValue(s.Value)
		}
		return ""
	}},
	{"rule", "", nil, func(s *annotate.Span) string { return s.Rule }},
}

func (w *lsWriter) Encode(doc *annotate.Document) (*Encoded, error) {
	m := unitMap(doc, scheme.UTF16, nil)
	res := make([]lsResult, 0, 2*len(doc.Spans))
	for i := range doc.Spans {
		s := &doc.Spans[i]
		id := "s" + strconv.Itoa(i+1)
		region := func() *lsValue {
			start, end := m.At(s.Start), m.At(s.End)
			return &lsValue{Start: &start, End: &end}
		}
		v := region()
		v.Text, v.Labels = doc.Text[s.Start:s.End], []string{s.Label}
		res = append(res, lsResult{ID: id, FromName: "label", ToName: "text", Type: "labels", Value: v})
		for _, a := range lsAttrs {
			val := a.get(s)
			if val == "" || a.label != "" && a.label != s.Label {
				continue
			}
			v := region()
			r := lsResult{ID: id, FromName: a.name, ToName: "text", Value: v}
			if a.choices != nil {
				r.Type, v.Choices = "choices", []string{val}
			} else {
				r.Type, v.Text = "textarea", []string{val}
			}
			res = append(res, r)
		}
	}
	for _, l := range attributionLinks(doc.Spans) {
		res = append(res, lsResult{Type: "relation", FromID: "s" + strconv.Itoa(l.from+1), ToID: "s" + strconv.Itoa(l.to+1),
			Direction: "right", Labels: []string{l.kind}})
	}
	// encoding/json would compact meta: it is spliced in as it came.
	data, err := marshalJSON(lsData{Text: doc.Text, ID: doc.ID})
	if err != nil {
		return nil, fmt.Errorf("document %q: %w", doc.ID, err)
	}
	if len(doc.Meta) > 0 {
		data = append(append(append(data[:len(data)-1], `,"meta":`...), doc.Meta...), '}')
	}
	preds, err := marshalJSON([]lsPrediction{{ModelVersion: strings.TrimSpace("quelle " + w.opt.Version), Result: res}})
	if err != nil {
		return nil, fmt.Errorf("document %q: %w", doc.ID, err)
	}
	b := make([]byte, 0, len(data)+len(preds)+32)
	b = append(append(append(b, `{"data":`...), data...), `,"predictions":`...)
	b = append(append(b, preds...), '}')
	return &Encoded{ID: doc.ID, data: b, counts: countSpans(doc.Spans)}, nil
}

// marshalJSON encodes v without escaping <, > and & and without a newline.
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

func (w *lsWriter) Write(e *Encoded) error {
	if !w.first {
		w.buf.WriteString(",")
	}
	w.first = false
	w.buf.WriteString("\n")
	_, err := w.buf.Write(e.data)
	return err
}

// Close ends the task list and writes labeling-config.xml.
func (w *lsWriter) Close() error {
	w.buf.WriteString("\n]\n")
	err := w.buf.Flush()
	if cerr := w.file.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(w.dir, "labeling-config.xml"), labelStudioConfig(w.opt.Labels))
}

// labelStudioConfig is the labelling interface for the run's labels.
func labelStudioConfig(labels []string) []byte {
	var b bytes.Buffer
	b.WriteString("<View>\n  <!-- quelle's annotation scheme (see the README); region attributes show when a region is selected -->\n")
	b.WriteString("  <Labels name=\"label\" toName=\"text\">\n")
	for _, l := range labels {
		fmt.Fprintf(&b, "    <Label value=\"%s\" background=\"%s\"/>\n", l, labelColor(l))
	}
	b.WriteString("  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n")
	var speech []string
	for _, l := range labels {
		if isSpeech(l) {
			speech = append(speech, l)
		}
	}
	if len(speech) > 0 {
		b.WriteString("  <Relations>\n")
		for _, l := range speech {
			fmt.Fprintf(&b, "    <Relation value=\"%s\"/>\n", relationName(l))
		}
		b.WriteString("  </Relations>\n")
	}
	for _, a := range lsAttrs {
		when := ""
		if a.label != "" {
			if !contains(labels, a.label) {
				continue
			}
			when = fmt.Sprintf(" whenLabelValue=\"%s\"", a.label)
		}
		if a.choices == nil {
			fmt.Fprintf(&b, "  <TextArea name=\"%s\" toName=\"text\" perRegion=\"true\" visibleWhen=\"region-selected\"%s maxSubmissions=\"1\" editable=\"true\" placeholder=\"%s\"/>\n", a.name, when, a.name)
			continue
		}
		fmt.Fprintf(&b, "  <Choices name=\"%s\" toName=\"text\" perRegion=\"true\" visibleWhen=\"region-selected\"%s>\n", a.name, when)
		for _, c := range a.choices {
			fmt.Fprintf(&b, "    <Choice value=\"%s\"/>\n", c)
		}
		b.WriteString("  </Choices>\n")
	}
	b.WriteString("</View>\n")
	return b.Bytes()
}

// labelStudio reads a Label Studio JSON export (a list of tasks), or
// tasks.json in a directory. A task's most recent annotation that was not
// cancelled is read; a task without one is read from its first prediction,
// with a warning (it was not corrected).
func (rd *reading) labelStudio(path string) error {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		path = filepath.Join(path, "tasks.json")
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var recs []*scheme.Record
	err = decodeLSTasks(f, path, rd.opt.Warn, func(rec *scheme.Record, where string) error {
		if rd.orig == nil {
			return rd.finish(rec, where)
		}
		recs = append(recs, rec) // put in the originals' order first
		return nil
	})
	if err != nil {
		return err
	}
	orderByOriginals(rd.orig, recs, func(r *scheme.Record) string { return r.ID })
	for _, rec := range recs {
		if err := rd.finish(rec, fmt.Sprintf("%s: document %q", path, rec.ID)); err != nil {
			return err
		}
	}
	return nil
}

// decodeLSTasks reads a JSON list of tasks one at a time.
func decodeLSTasks(r io.Reader, path string, warn func(string), fn func(rec *scheme.Record, where string) error) error {
	dec := json.NewDecoder(skipBOM(r))
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return fmt.Errorf("%s: not a Label Studio export (a JSON list of tasks)", path)
	}
	for n := 1; dec.More(); n++ {
		var task lsTask
		if err := dec.Decode(&task); err != nil {
			return fmt.Errorf("%s: task %d: %w", path, n, err)
		}
		where := fmt.Sprintf("%s: task %d", path, n)
		rec, err := parseLSTask(&task, where, warn)
		if err != nil {
			return err
		}
		if err := fn(rec, where); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func skipBOM(r io.Reader) io.Reader {
	br := bufio.NewReaderSize(r, 1<<16)
	if b, err := br.Peek(3); err == nil && string(b) == "\uFEFF" {
		br.Discard(3)
	}
	return br
}

// parseLSTask turns one task into a record.
func parseLSTask(task *lsTask, where string, warn func(string)) (*scheme.Record, error) {
	var chosen *lsPrediction
	for i := range task.Annotations {
		if !task.Annotations[i].WasCancelled {
			chosen = &task.Annotations[i]
		}
	}
	if chosen == nil && len(task.Predictions) > 0 {
		if len(task.Annotations) > 0 || len(task.Predictions[0].Result) > 0 {
			warn(fmt.Sprintf("%s (%q): no annotation, the prediction is read", where, task.Data.ID))
		}
		chosen = &task.Predictions[0]
	}
	rec := &scheme.Record{ID: task.Data.ID, Text: task.Data.Text, Meta: task.Data.Meta}
	if rec.ID == "" {
		return nil, fmt.Errorf("%s: data has no \"id\"", where)
	}
	if string(rec.Meta) == "null" {
		rec.Meta = nil
	}
	if chosen == nil {
		rec.Spans = []scheme.RecordSpan{}
		return rec, nil
	}
	return rec, lsSpans(rec, chosen.Result, where)
}

// lsRegion is a region being collected from its results.
type lsRegion struct {
	span  scheme.RecordSpan
	byte0 int
	byte1 int
}

// lsSpans collects the regions of a result list.
func lsSpans(rec *scheme.Record, results []lsResult, where string) error {
	u16, cps := newUnitIndex(rec.Text, scheme.UTF16), newUnitIndex(rec.Text, scheme.CodePoints)
	regions := map[string]*lsRegion{}
	var order []string
	var rels [][2]string
	for i, r := range results {
		at := fmt.Sprintf("%s (%q), result %d", where, rec.ID, i+1)
		if r.Type == "relation" {
			rels = append(rels, [2]string{r.FromID, r.ToID})
			continue
		}
		if r.Value == nil || r.Value.Start == nil || r.Value.End == nil {
			return fmt.Errorf("%s: a %s result without start and end", at, r.Type)
		}
		reg := regions[r.ID]
		if reg == nil || r.ID == "" {
			b0, b1, err := lsOffsets(rec.Text, r.Value, u16, cps, at)
			if err != nil {
				return err
			}
			reg = &lsRegion{byte0: b0, byte1: b1}
			regions[r.ID] = reg
			order = append(order, r.ID)
		}
		if err := reg.apply(r, at); err != nil {
			return err
		}
	}
	offs := make([]int, 0, 2*len(order))
	for _, id := range order {
		offs = append(offs, regions[id].byte0, regions[id].byte1)
	}
	m := scheme.NewOffsetMap(rec.Text, offs, scheme.CodePoints)
	for _, id := range order {
		reg := regions[id]
		if reg.span.Label == "" {
			return fmt.Errorf("%s (%q): region %q has attributes but no label", where, rec.ID, id)
		}
		reg.span.Start, reg.span.End = m.At(reg.byte0), m.At(reg.byte1)
	}
	sortSpans(order, func(id *string) (int, int, string) {
		s := regions[*id].span
		return s.Start, s.End, s.Label
	})
	pos := map[string]int{}
	rec.Spans = make([]scheme.RecordSpan, len(order))
	for i, id := range order {
		rec.Spans[i] = regions[id].span
		pos[id] = i
	}
	var links [][2]int
	for _, r := range rels {
		a, ok1 := pos[r[0]]
		b, ok2 := pos[r[1]]
		if !ok1 || !ok2 {
			return fmt.Errorf("%s (%q): relation %s → %s names an unknown region", where, rec.ID, r[0], r[1])
		}
		links = append(links, [2]int{a, b})
	}
	assignAttributions(rec.Spans, links)
	return nil
}

// lsOffsets converts a region's offsets to bytes: UTF-16 units, or code
// points when only they give the region's text.
func lsOffsets(text string, v *lsValue, u16, cps unitIndex, at string) (int, int, error) {
	want, hasText := v.Text.(string)
	try := func(ix unitIndex) (int, int, bool) {
		b0, ok0 := ix.byteAt(*v.Start)
		b1, ok1 := ix.byteAt(*v.End)
		return b0, b1, ok0 && ok1 && b0 < b1 && (!hasText || text[b0:b1] == want)
	}
	if b0, b1, ok := try(u16); ok {
		return b0, b1, nil
	}
	if b0, b1, ok := try(cps); ok && hasText {
		return b0, b1, nil
	}
	if hasText {
		return 0, 0, fmt.Errorf("%s: %w: region %d-%d %q is not the text there (UTF-16 or code points)", at, ErrTextChanged, *v.Start, *v.End, want)
	}
	return 0, 0, fmt.Errorf("%s: region %d-%d is not a range of the text (%d UTF-16 units)", at, *v.Start, *v.End, u16.len())
}

// apply reads one result into the region.
func (reg *lsRegion) apply(r lsResult, at string) error {
	switch r.Type {
	case "labels":
		if len(r.Value.Labels) != 1 {
			return fmt.Errorf("%s: a region needs exactly one label, has %v", at, r.Value.Labels)
		}
		reg.span.Label = r.Value.Labels[0]
		return nil
	case "choices":
		if len(r.Value.Choices) != 1 {
			return fmt.Errorf("%s: %s needs exactly one choice, has %v", at, r.FromName, r.Value.Choices)
		}
		return reg.set(r.FromName, r.Value.Choices[0], at)
	case "textarea":
		texts, err := textAreaValue(r.Value.Text)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", at, r.FromName, err)
		}
		return reg.set(r.FromName, texts, at)
	}
	return fmt.Errorf("%s: unknown result type %q", at, r.Type)
}

// textAreaValue reads a text area's "text": a list of strings, joined
// (an annotator may have typed several lines).
func textAreaValue(v any) (string, error) {
	list, ok := v.([]any)
	if !ok {
		return "", errors.New(`"text" is not a list of strings`)
	}
	var parts []string
	for _, x := range list {
		s, ok := x.(string)
		if !ok {
			return "", errors.New(`"text" is not a list of strings`)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "\n"), nil
}

// set sets an attribute of the region.
func (reg *lsRegion) set(name, v, at string) error {
	s := &reg.span
	switch name {
	case "lemma":
		s.Lemma = v
	case "mode":
		s.Mode = v
	case "type":
		s.Type = v
	case "kind":
		s.Kind = v
	case "rule":
		s.Rule = v
	case "value":
		f, err := parseValue(strings.TrimSpace(v))
		if err != nil {
			return fmt.Errorf("%s: value: %w", at, err)
		}
		s.Value = &f
	default:
		return fmt.Errorf("%s: unknown control %q", at, name)
	}
	return nil
}
