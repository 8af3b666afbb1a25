package numbers

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// devGoldFile holds the gold annotations of the development split. Only
// its documents with devIDs are read; the test split (d016–d025, in
// another file) is never opened here.
const devGoldFile = "../../gold/dev.jsonl"

// devIDs are the documents the NUMBER stage may be developed on.
var devIDs = regexp.MustCompile(`^(00[0-4]_[0-9a-f]+|d00[1-9]|d01[0-5])$`)

// Dev floors: overlap F1 and value accuracy of NUMBER on the dev split.
const (
	devFloorF1    = 0.97
	devFloorValue = 0.98
)

// goldNumber is a NUMBER span of the gold file (code-point offsets).
type goldNumber struct {
	Label string   `json:"label"`
	Start int      `json:"start"`
	End   int      `json:"end"`
	Text  string   `json:"text"`
	Value *float64 `json:"value"`
	Kind  string   `json:"kind"`
}

type goldDoc struct {
	ID    string       `json:"id"`
	Text  string       `json:"text"`
	Spans []goldNumber `json:"spans"`
}

// readDevGold returns the dev documents of the gold file, NUMBER spans only.
func readDevGold(t *testing.T) []goldDoc {
	t.Helper()
	f, err := os.Open(devGoldFile)
	if err != nil {
		t.Skipf("dev gold: %v", err)
	}
	defer f.Close()
	var docs []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var head struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(sc.Bytes(), &head) != nil || !devIDs.MatchString(head.ID) {
			continue // not a dev document: its spans are not looked at
		}
		var d goldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", head.ID, err)
		}
		spans := d.Spans[:0]
		for _, s := range d.Spans {
			if s.Label == annotate.LabelNumber {
				spans = append(spans, s)
			}
		}
		d.Spans = spans
		docs = append(docs, d)
	}
	return docs
}

// numberScore accumulates overlap matches of NUMBER spans.
type numberScore struct {
	gold, pred, matched, valueOK, kindOK, strict int
	errors                                       []string
}

// TestNumbersDev scores the stage on the dev split: overlap F1 (one-to-one,
// largest overlap first), value accuracy (1e-9 relative) and kind accuracy
// on matched pairs. go test -run NumbersDev -v lists every error.
func TestNumbersDev(t *testing.T) {
	docs := readDevGold(t)
	g, n := newNumberFixture(t)
	var sc numberScore
	for _, d := range docs {
		doc := annotateNumbers(g, n, d.Text)
		doc.ID = d.ID
		sc.add(d, scheme.FromDocument(doc, false).Spans)
	}
	p := float64(sc.matched) / float64(max(sc.pred, 1))
	r := float64(sc.matched) / float64(max(sc.gold, 1))
	f1 := 2 * p * r / math.Max(p+r, 1e-12)
	val := float64(sc.valueOK) / float64(max(sc.matched, 1))
	kind := float64(sc.kindOK) / float64(max(sc.matched, 1))
	t.Logf("%d documents: gold %d, predicted %d, matched %d (strict %d)", len(docs), sc.gold, sc.pred, sc.matched, sc.strict)
	t.Logf("NUMBER overlap P %.3f R %.3f F1 %.3f; value accuracy %.3f; kind accuracy %.3f", p, r, f1, val, kind)
	for _, e := range sc.errors {
		t.Log(e)
	}
	if f1 < devFloorF1 || val < devFloorValue {
		t.Errorf("NUMBER dev F1 %.3f (floor %.2f), value accuracy %.3f (floor %.2f)", f1, devFloorF1, val, devFloorValue)
	}
}

// add scores one document.
func (sc *numberScore) add(d goldDoc, pred []scheme.RecordSpan) {
	var ps []scheme.RecordSpan
	for _, s := range pred {
		if s.Label == annotate.LabelNumber {
			ps = append(ps, s)
		}
	}
	sc.gold += len(d.Spans)
	sc.pred += len(ps)
	type pair struct{ gi, pi, overlap int }
	var pairs []pair
	for gi, gs := range d.Spans {
		for pi, p := range ps {
			if o := min(gs.End, p.End) - max(gs.Start, p.Start); o > 0 {
				pairs = append(pairs, pair{gi, pi, o})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].overlap > pairs[j].overlap })
	gUsed, pUsed := map[int]bool{}, map[int]bool{}
	for _, pr := range pairs {
		if gUsed[pr.gi] || pUsed[pr.pi] {
			continue
		}
		gUsed[pr.gi], pUsed[pr.pi] = true, true
		sc.matchPair(d.ID, d.Spans[pr.gi], ps[pr.pi])
	}
	for gi, gs := range d.Spans {
		if !gUsed[gi] {
			sc.errors = append(sc.errors, fmt.Sprintf("%s: missed %q %s %s  …%s…", d.ID, gs.Text, fmtValue(gs.Value), gs.Kind, context(d.Text, gs.Start, gs.End)))
		}
	}
	for pi, p := range ps {
		if !pUsed[pi] {
			sc.errors = append(sc.errors, fmt.Sprintf("%s: spurious %q %s %s (%s)  …%s…", d.ID, p.Text, fmtValue(p.Value), p.Kind, p.Rule, context(d.Text, p.Start, p.End)))
		}
	}
}

// matchPair scores a matched gold and predicted span.
func (sc *numberScore) matchPair(id string, g goldNumber, p scheme.RecordSpan) {
	sc.matched++
	if g.Start == p.Start && g.End == p.End {
		sc.strict++
	} else {
		sc.errors = append(sc.errors, fmt.Sprintf("%s: edges gold %q, got %q", id, g.Text, p.Text))
	}
	if sameValue(g.Value, p.Value) {
		sc.valueOK++
	} else {
		sc.errors = append(sc.errors, fmt.Sprintf("%s: value of %q: gold %s, got %s", id, g.Text, fmtValue(g.Value), fmtValue(p.Value)))
	}
	if g.Kind == p.Kind {
		sc.kindOK++
	} else {
		sc.errors = append(sc.errors, fmt.Sprintf("%s: kind of %q: gold %s, got %s", id, g.Text, g.Kind, p.Kind))
	}
}

func sameValue(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b || math.Abs(*a-*b) <= 1e-9*math.Max(math.Abs(*a), math.Abs(*b))
}

func fmtValue(v *float64) string {
	if v == nil {
		return "null"
	}
	return fmt.Sprint(*v)
}

// context returns the code points around [start, end) for messages.
func context(text string, start, end int) string {
	r := []rune(text)
	lo, hi := max(0, start-30), min(len(r), end+30)
	return strings.ReplaceAll(string(r[lo:start])+"["+string(r[start:end])+"]"+string(r[end:hi]), "\n", "⏎")
}
