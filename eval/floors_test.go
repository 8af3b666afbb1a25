package eval

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/pipeline"
	"github.com/quelle-nlp/quelle/scheme"
)

// TestQualityFloors runs the default pipeline over each gold file named in
// gold/floors.tsv (gold/test.jsonl unless a line names another) and fails
// when a figure drops below its floor (the baseline test, in the manner of
// prose's tagger accuracy floor).
func TestQualityFloors(t *testing.T) {
	floors := readFloors(t, "../gold/floors.tsv")
	if len(floors) == 0 {
		t.Fatal("no floors in gold/floors.tsv")
	}
	p, err := pipeline.New(lexicon.Default(), pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	results := map[string]*Result{}
	for _, f := range floors {
		res, ok := results[f.gold]
		if !ok {
			gold, err := scheme.Read("../" + f.gold)
			if err != nil {
				t.Fatal(err)
			}
			if res, err = Evaluate(gold, Predict(p, gold, 2), Options{}); err != nil {
				t.Fatal(err)
			}
			results[f.gold] = res
		}
		got, ok := figure(res, f.label, f.figure)
		switch {
		case !ok:
			t.Errorf("gold/floors.tsv:%d: no figure %s %s", f.line, f.label, f.figure)
		case got < f.floor:
			t.Errorf("%s: %s %s = %.4f, below the floor %.4f (gold/floors.tsv:%d)", f.gold, f.label, f.figure, got, f.floor, f.line)
		default:
			t.Logf("%s: %s %s = %.4f (floor %.4f)", f.gold, f.label, f.figure, got, f.floor)
		}
	}
}

type floor struct {
	label, figure string
	gold          string // the gold file, relative to the repository root
	floor         float64
	line          int
}

func readFloors(t *testing.T, path string) []floor {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []floor
	for i, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 && len(f) != 4 {
			t.Fatalf("%s:%d: want label, figure, floor (and optionally a gold file) separated by tabs", path, i+1)
		}
		gold := "gold/test.jsonl"
		if len(f) == 4 {
			gold = f[3]
		}
		v, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			t.Fatalf("%s:%d: %v", path, i+1, err)
		}
		out = append(out, floor{label: f[0], figure: f[1], floor: v, gold: gold, line: i + 1})
	}
	return out
}

// figure looks up one figure of a result: an F1 or an attribute accuracy.
func figure(res *Result, label, fig string) (float64, bool) {
	switch fig {
	case "strict-f1", "overlap-f1":
		ls, ok := res.Label(label)
		if !ok {
			return 0, false
		}
		if fig == "strict-f1" {
			return ls.Strict.F1, true
		}
		return ls.Overlap.F1, true
	}
	for _, a := range res.Attributes {
		if a.Label == label && a.Attribute == fig {
			if a.Accuracy == nil {
				return 0, true
			}
			return *a.Accuracy, true
		}
	}
	return 0, false
}
