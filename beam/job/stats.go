package job

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/top"

	"github.com/quelle-nlp/quelle/annotate"
)

// Keys of the counts annotateFn emits; the per-label ones are followed by
// a tab and the label, the attribute ones by label, attribute and value.
const (
	keyDocuments   = "documents"
	keyDeadLetters = "dead_letters"
	keyTokens      = "tokens"
	keyNoSpans     = "documents_without_spans"
	keySpans       = "spans\t"     // + label
	keyWith        = "documents\t" // + label: documents with at least one
	keyAttr        = "attr\t"      // + label \t attribute \t value
)

// countDocument emits the statistics of one annotated document.
func countDocument(doc *annotate.Document, res *result) {
	res.count(keyDocuments, 1)
	res.count(keyTokens, len(doc.Tokens))
	if len(doc.Spans) == 0 {
		res.count(keyNoSpans, 1)
		return
	}
	per := map[string]int{}
	for i := range doc.Spans {
		s := &doc.Spans[i]
		per[keySpans+s.Label]++
		if name, value := attribute(s); value != "" {
			per[keyAttr+s.Label+"\t"+name+"\t"+value]++
		}
		switch s.Label {
		case annotate.LabelCue:
			lemma := s.Lemma
			if lemma == "" {
				lemma = doc.Text[s.Start:s.End]
			}
			res.lemmas = append(res.lemmas, lemma)
		case annotate.LabelSource:
			res.sources = append(res.sources, strings.Join(strings.Fields(doc.Text[s.Start:s.End]), " "))
		}
	}
	for key, n := range per {
		res.count(key, n)
		if label, ok := strings.CutPrefix(key, keySpans); ok {
			res.count(keyWith+label, 1)
		}
	}
}

// attribute returns the attribute a label is typed by and its value.
func attribute(s *annotate.Span) (name, value string) {
	switch s.Label {
	case annotate.LabelNumber:
		return "kind", s.Kind
	case annotate.LabelHedge:
		return "type", s.Type
	case annotate.LabelQuote:
		return "mode", s.Mode
	}
	return "", ""
}

// deadLetter is a record quelle could not annotate, as written to
// PREFIX-deadletter.jsonl: where it was, why, and the record itself
// (as text, or in base64 if it is not valid UTF-8), so nothing is lost.
type deadLetter struct {
	Source       string `json:"source"`
	Reason       string `json:"reason"`
	Record       string `json:"record,omitempty"`
	RecordBase64 []byte `json:"record_base64,omitempty"`
}

// fail makes the result a dead letter.
func (res *result) fail(source, reason string, raw []byte) {
	d := deadLetter{Source: source, Reason: reason}
	if utf8.Valid(raw) {
		d.Record = string(raw)
	} else {
		d.RecordBase64 = raw
	}
	line, _ := json.Marshal(d) // cannot fail: strings and bytes
	res.dead = string(line)
	res.count(keyDeadLetters, 1)
}

// trimLineEnd returns a JSONL line without its line terminator.
func trimLineEnd(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte{'\n'})
	return bytes.TrimSuffix(b, []byte{'\r'})
}

// counted is a value and how often it occurred.
type counted struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

func toCounted(v string, n int) counted { return counted{Value: v, Count: n} }

// lessCounted orders by count, then by value backwards, so that top.Largest
// keeps the most frequent values and, among equally frequent ones, the
// alphabetically first.
func lessCounted(a, b counted) bool {
	if a.Count != b.Count {
		return a.Count < b.Count
	}
	return a.Value > b.Value
}

// writeStats sums the counts, finds the most frequent lemmas and sources
// and writes them to path as one JSON object. It returns the file's name.
func writeStats(s beam.Scope, path string, n int, labels []string, counts, lemmas, sources beam.PCollection) beam.PCollection {
	s = s.Scope("stats")
	sums := stats.SumPerKey(s, counts)
	topOf := func(col beam.PCollection) beam.PCollection {
		return top.Largest(s, beam.ParDo(s, toCounted, stats.Count(s, col)), n, lessCounted)
	}
	return beam.ParDo(s, &statsFn{Path: path, Labels: labels}, beam.Impulse(s),
		beam.SideInput{Input: sums}, beam.SideInput{Input: topOf(lemmas)}, beam.SideInput{Input: topOf(sources)})
}

// Stats is the content of PREFIX-stats.json.
type Stats struct {
	Documents             int                   `json:"documents"`
	DeadLetters           int                   `json:"dead_letters"`
	Tokens                int                   `json:"tokens"`
	DocumentsWithoutSpans int                   `json:"documents_without_spans"`
	Labels                map[string]LabelStats `json:"labels"`
	CueLemmas             []counted             `json:"cue_lemmas"`
	Sources               []counted             `json:"sources"`
}

// LabelStats are the statistics of one label.
type LabelStats struct {
	Spans         int     `json:"spans"`
	Documents     int     `json:"documents"`       // documents with at least one
	PerDocument   float64 `json:"per_document"`    // spans per document (all documents)
	Per1000Tokens float64 `json:"per_1000_tokens"` // spans per 1,000 tokens
	// Attributes counts the values of the attribute that types the label
	// (NUMBER kind, HEDGE type, QUOTE mode).
	Attributes map[string]map[string]int `json:"attributes,omitempty"`
}

// statsFn writes the statistics, from its side inputs, once.
type statsFn struct {
	Path   string
	Labels []string
}

// ProcessElement runs on the impulse and returns the file's name.
func (fn *statsFn) ProcessElement(ctx context.Context, _ []byte, sums func(*string, *int) bool, lemmas, sources func(*[]counted) bool) (string, error) {
	st := Stats{Labels: map[string]LabelStats{}, CueLemmas: []counted{}, Sources: []counted{}}
	for _, l := range fn.Labels {
		st.Labels[l] = LabelStats{}
	}
	var key string
	var n int
	for sums(&key, &n) {
		st.add(key, n)
	}
	for label, ls := range st.Labels {
		ls.PerDocument = ratio(ls.Spans, st.Documents, 1)
		ls.Per1000Tokens = ratio(ls.Spans, st.Tokens, 1000)
		st.Labels[label] = ls
	}
	var list []counted
	for lemmas(&list) {
		st.CueLemmas = list
	}
	for sources(&list) {
		st.Sources = list
	}
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return "", err
	}
	return writeFile(ctx, fn.Path, func(w *bufio.Writer) error {
		_, err := w.Write(append(data, '\n'))
		return err
	})
}

// add adds one sum to the statistics.
func (st *Stats) add(key string, n int) {
	switch key {
	case keyDocuments:
		st.Documents = n
	case keyDeadLetters:
		st.DeadLetters = n
	case keyTokens:
		st.Tokens = n
	case keyNoSpans:
		st.DocumentsWithoutSpans = n
	}
	kind, rest, ok := strings.Cut(key, "\t")
	if !ok {
		return
	}
	label, rest, _ := strings.Cut(rest, "\t")
	ls := st.Labels[label]
	switch kind + "\t" {
	case keySpans:
		ls.Spans = n
	case keyWith:
		ls.Documents = n
	case keyAttr:
		name, value, _ := strings.Cut(rest, "\t")
		if ls.Attributes == nil {
			ls.Attributes = map[string]map[string]int{}
		}
		if ls.Attributes[name] == nil {
			ls.Attributes[name] = map[string]int{}
		}
		ls.Attributes[name][value] = n
	default:
		return
	}
	st.Labels[label] = ls
}

// ratio returns scale×a/b rounded to three decimals (0 if b is 0).
func ratio(a, b int, scale float64) float64 {
	if b == 0 {
		return 0
	}
	return math.Round(scale*float64(a)/float64(b)*1000) / 1000
}
