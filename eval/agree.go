package eval

import (
	"errors"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// Agreement compares two annotators' files on the documents both
// annotated.
type Agreement struct {
	// Documents is the number of shared documents (same id in A and B).
	Documents int `json:"documents"`
	// OnlyA and OnlyB list the ids annotated by one side only; they are
	// not compared.
	OnlyA  []string         `json:"only_a"`
	OnlyB  []string         `json:"only_b"`
	Labels []LabelAgreement `json:"labels"`
	Macro  AgreementMacro   `json:"macro"`
}

// LabelAgreement is the agreement on one label: F1 with A as gold and
// Cohen's kappa on tokens.
type LabelAgreement struct {
	Label   string     `json:"label"`
	A       int        `json:"a"` // spans in A
	B       int        `json:"b"` // spans in B
	Strict  Metrics    `json:"strict"`
	Overlap Metrics    `json:"overlap"`
	Kappa   float64    `json:"kappa"`
	Tokens  TokenTable `json:"tokens"`
}

// AgreementMacro averages over the labels with at least one span in A or B.
type AgreementMacro struct {
	Labels  []string `json:"labels"`
	Strict  Average  `json:"strict"`
	Overlap Average  `json:"overlap"`
	Kappa   float64  `json:"kappa"`
}

// TokenTable is the 2×2 table of tokens by whether each annotator put them
// in a label: a token is in label L for an annotator if it overlaps one of
// their L spans.
type TokenTable struct {
	Both    int `json:"both"`
	AOnly   int `json:"a_only"`
	BOnly   int `json:"b_only"`
	Neither int `json:"neither"`
}

// Kappa is Cohen's kappa (po−pe)/(1−pe). When the expected agreement pe
// is 1 (both annotators put every token in, or every token out) and when
// there are no tokens, kappa is 1: the annotators agree perfectly.
func (t TokenTable) Kappa() float64 {
	n := float64(t.Both + t.AOnly + t.BOnly + t.Neither)
	if n == 0 {
		return 1
	}
	po := float64(t.Both+t.Neither) / n
	pa, pb := float64(t.Both+t.AOnly)/n, float64(t.Both+t.BOnly)/n
	pe := pa*pb + (1-pa)*(1-pb)
	if pe == 1 {
		return 1
	}
	return (po - pe) / (1 - pe)
}

// Agree compares annotation sets a and b on their shared documents: F1
// strict and overlap treating a as gold, and token-level Cohen's kappa per
// label over all tokens tok finds in the shared documents. labels
// restricts the labels (empty: all). Shared documents must have the same
// text.
func Agree(a, b []scheme.Record, labels []string, tok annotate.Tokenizer) (*Agreement, error) {
	if tok == nil {
		return nil, errors.New("eval: Agree needs a tokenizer")
	}
	shared, onlyA := splitShared(a, b)
	res, err := Evaluate(shared, b, Options{Labels: labels})
	if err != nil {
		return nil, err
	}
	ag := &Agreement{Documents: res.Documents, OnlyA: onlyA, OnlyB: res.Ignored}
	tables := make([]TokenTable, len(res.Labels))
	for _, d := range res.docs {
		d.addTokens(tables, res.Labels, tok)
	}
	for i, ls := range res.Labels {
		ag.Labels = append(ag.Labels, LabelAgreement{Label: ls.Label, A: ls.Gold, B: ls.Pred,
			Strict: ls.Strict, Overlap: ls.Overlap, Kappa: tables[i].Kappa(), Tokens: tables[i]})
	}
	ag.Macro = AgreementMacro{Labels: res.Macro.Labels, Strict: res.Macro.Strict, Overlap: res.Macro.Overlap, Kappa: ag.meanKappa()}
	return ag, nil
}

// splitShared returns the records of a whose id is in b, and the ids of
// the others.
func splitShared(a, b []scheme.Record) (shared []scheme.Record, onlyA []string) {
	inB := make(map[string]bool, len(b))
	for _, r := range b {
		inB[r.ID] = true
	}
	onlyA = []string{}
	for _, r := range a {
		if inB[r.ID] {
			shared = append(shared, r)
		} else {
			onlyA = append(onlyA, r.ID)
		}
	}
	return shared, onlyA
}

// addTokens counts the document's tokens into the per-label tables.
func (d *docResult) addTokens(tables []TokenTable, labels []LabelScore, tok annotate.Tokenizer) {
	toks, _ := tok.Tokenize(d.text)
	ranges := make([][2]int, len(toks))
	for i, t := range toks {
		ranges[i] = [2]int{t.Start, t.End}
	}
	cps := codePoints(d.text, ranges)
	n := len([]rune(d.text))
	for k, ls := range labels {
		inA, inB := coverage(d.gold, ls.Label, n), coverage(d.pred, ls.Label, n)
		for _, t := range cps {
			tables[k].add(inA[t.end] > inA[t.start], inB[t.end] > inB[t.start])
		}
	}
}

func (t *TokenTable) add(a, b bool) {
	switch {
	case a && b:
		t.Both++
	case a:
		t.AOnly++
	case b:
		t.BOnly++
	default:
		t.Neither++
	}
}

// coverage returns prefix sums of the code points covered by label's
// spans: [s, e) touches a span iff cov[e] > cov[s].
func coverage(spans []scheme.RecordSpan, label string, n int) []int {
	covered := make([]bool, n)
	for _, s := range spans {
		if s.Label == label {
			for i := max(s.Start, 0); i < min(s.End, n); i++ {
				covered[i] = true
			}
		}
	}
	cov := make([]int, n+1)
	for i, c := range covered {
		cov[i+1] = cov[i]
		if c {
			cov[i+1]++
		}
	}
	return cov
}

// meanKappa averages kappa over the macro labels (1 if there are none).
func (ag *Agreement) meanKappa() float64 {
	sum, n := 0.0, 0
	for _, l := range ag.Labels {
		if l.A+l.B > 0 {
			sum += l.Kappa
			n++
		}
	}
	if n == 0 {
		return 1
	}
	return sum / float64(n)
}
