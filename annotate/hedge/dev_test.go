package hedge_test

import (
	"os"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/annotate/hedge"
	"github.com/quelle-nlp/quelle/eval"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/pipeline"
	"github.com/quelle-nlp/quelle/scheme"
)

// Dev floors: HEDGE overlap F1 and type accuracy on gold/dev.jsonl, the
// split the rules were tuned on (gold/test.jsonl is held by
// gold/floors.tsv through eval's TestQualityFloors).
const (
	devFloorF1   = 0.85
	devFloorType = 0.90
)

// noSpeech stands in for the speech layer while pipeline.Stages has no
// speech stage yet: it produces no spans.
type noSpeech struct{}

func (noSpeech) Layer() string               { return annotate.LayerSpeech }
func (noSpeech) Labels() []string            { return nil }
func (noSpeech) Needs() []string             { return nil }
func (noSpeech) Annotate(*annotate.Document) {}

// newPipeline returns the pipeline that writes HEDGE: the wired stages,
// plus this package's stage and a speech stand-in when they are not wired
// yet.
func newPipeline(tb testing.TB) *annotate.Pipeline {
	tb.Helper()
	lex := lexicon.Default()
	stages, err := pipeline.Stages(lex)
	if err != nil {
		tb.Fatal(err)
	}
	have := map[string]bool{}
	for _, st := range stages {
		have[st.Layer()] = true
	}
	if !have[annotate.LayerHedge] {
		st, err := hedge.New(lex)
		if err != nil {
			tb.Fatal(err)
		}
		stages = append(stages, st)
	}
	if !have[annotate.LayerSpeech] {
		stages = append(stages, noSpeech{})
	}
	g, err := annotate.NewGerman(lex)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := annotate.NewPipeline(g, stages, []string{annotate.LayerHedge})
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// TestDevScores scores the stage on gold/dev.jsonl and holds it to the dev
// floors. With QUELLE_HEDGE_ERRORS=1 it lists every error.
func TestDevScores(t *testing.T) {
	if testing.Short() {
		t.Skip("scores the whole dev split")
	}
	gold, err := scheme.Read("../../gold/dev.jsonl")
	if err != nil {
		t.Skipf("dev gold: %v", err)
	}
	p := newPipeline(t)
	res, err := eval.Evaluate(gold, eval.Predict(p, gold, 1), eval.Options{Labels: []string{annotate.LabelHedge}})
	if err != nil {
		t.Fatal(err)
	}
	ls, _ := res.Label(annotate.LabelHedge)
	acc := typeAccuracy(res)
	t.Logf("HEDGE dev: gold %d pred %d; overlap P %.3f R %.3f F1 %.3f; strict F1 %.3f; type accuracy %.3f",
		ls.Gold, ls.Pred, ls.Overlap.Precision, ls.Overlap.Recall, ls.Overlap.F1, ls.Strict.F1, acc)
	if os.Getenv("QUELLE_HEDGE_ERRORS") != "" {
		if err := eval.WriteErrors(os.Stdout, res.Errors(p.Tokenizer())); err != nil {
			t.Fatal(err)
		}
	}
	if ls.Overlap.F1 < devFloorF1 {
		t.Errorf("HEDGE overlap F1 on dev = %.3f, below %.2f", ls.Overlap.F1, devFloorF1)
	}
	if acc < devFloorType {
		t.Errorf("HEDGE type accuracy on dev = %.3f, below %.2f", acc, devFloorType)
	}
}

func typeAccuracy(res *eval.Result) float64 {
	for _, a := range res.Attributes {
		if a.Label == annotate.LabelHedge && a.Attribute == "type" && a.Accuracy != nil {
			return *a.Accuracy
		}
	}
	return 0
}
