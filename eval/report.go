package eval

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// WriteScores writes r as terminal tables: P/R/F1 and counts per label
// and matching, the macro average, and attribute accuracies.
func WriteScores(w io.Writer, r *Result) error {
	var b strings.Builder
	gold, pred := 0, 0
	for _, ls := range r.Labels {
		gold, pred = gold+ls.Gold, pred+ls.Pred
	}
	fmt.Fprintf(&b, "%s, %s, %s", plural(r.Documents, "document"), plural(gold, "gold span"), plural(pred, "predicted span"))
	if len(r.Missing) > 0 {
		fmt.Fprintf(&b, " (%s without prediction)", plural(len(r.Missing), "document"))
	}
	b.WriteString("\n\n")
	scoreTable(r).write(&b)
	fmt.Fprintf(&b, "macro: mean over %s\n", listOrNone(r.Macro.Labels))
	if len(r.Attributes) > 0 {
		b.WriteByte('\n')
		attrTable(r.Attributes).write(&b)
	}
	if r.Bootstrap != nil {
		fmt.Fprintf(&b, "\n%s\n", bootstrapNote(*r.Bootstrap))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func scoreTable(r *Result) *table {
	ci := r.Bootstrap != nil
	head := []string{"LABEL", "MATCH", "GOLD", "PRED", "TP", "FP", "FN", "P", "R", "F1"}
	if ci {
		head = append(head, "95% CI")
	}
	t := newTable([]bool{false, false, true, true, true, true, true, true, true, true, false}, head...)
	for _, ls := range r.Labels {
		for _, m := range []struct {
			name string
			m    Metrics
		}{{"strict", ls.Strict}, {"overlap", ls.Overlap}} {
			row := []string{ls.Label, m.name, itoa(ls.Gold), itoa(ls.Pred), itoa(m.m.TP), itoa(m.m.FP), itoa(m.m.FN),
				f3(m.m.Precision), f3(m.m.Recall), f3(m.m.F1)}
			t.add(ciCell(row, ci, m.m.CI)...)
		}
	}
	for _, m := range []struct {
		name string
		a    Average
	}{{"strict", r.Macro.Strict}, {"overlap", r.Macro.Overlap}} {
		row := []string{"macro", m.name, "", "", "", "", "", f3(m.a.Precision), f3(m.a.Recall), f3(m.a.F1)}
		t.add(ciCell(row, ci, m.a.CI)...)
	}
	return t
}

func ciCell(row []string, ci bool, iv *Interval) []string {
	if !ci {
		return row
	}
	if iv == nil {
		return append(row, "")
	}
	return append(row, "["+f3(iv.Low)+", "+f3(iv.High)+"]")
}

func attrTable(attrs []AttrScore) *table {
	t := newTable([]bool{false, true, true, true}, "ATTRIBUTE", "CORRECT", "TOTAL", "ACCURACY")
	for _, a := range attrs {
		acc := "–"
		if a.Accuracy != nil {
			acc = f3(*a.Accuracy)
		}
		t.add(a.Label+" "+a.Attribute, itoa(a.Correct), itoa(a.Total), acc)
	}
	return t
}

func bootstrapNote(bi BootstrapInfo) string {
	return fmt.Sprintf("%.0f%% CI: percentile bootstrap over documents, %d resamples, seed %d",
		100*bi.Confidence, bi.Resamples, bi.Seed)
}

// WriteErrors writes the report grouped by label: false positives (with
// the rule that produced them), false negatives and attribute mismatches,
// each with its sentence and the span marked ⟦…⟧.
func WriteErrors(w io.Writer, rep *ErrorReport) error {
	var b strings.Builder
	for _, label := range reportLabels(rep) {
		writeLabelErrors(&b, label, rep)
	}
	if b.Len() == 0 {
		b.WriteString("no errors\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// reportLabels lists the labels with errors, in report order.
func reportLabels(rep *ErrorReport) []string {
	has := map[string]bool{}
	for _, s := range rep.Spans {
		has[s.Label] = true
	}
	for _, a := range rep.Attributes {
		has[a.Label] = true
	}
	return slices.DeleteFunc(AllLabels(), func(l string) bool { return !has[l] })
}

func writeLabelErrors(b *strings.Builder, label string, rep *ErrorReport) {
	var fp, fn, attr int
	for _, s := range rep.Spans {
		if s.Label == label && s.Kind == "FP" {
			fp++
		} else if s.Label == label {
			fn++
		}
	}
	for _, a := range rep.Attributes {
		if a.Label == label {
			attr++
		}
	}
	fmt.Fprintf(b, "%s: %s, %s, %s\n\n", label, plural(fp, "false positive"), plural(fn, "false negative"), plural(attr, "attribute mismatch"))
	for _, s := range rep.Spans {
		if s.Label == label {
			fmt.Fprintf(b, "  %s  %s  %d–%d  %q%s\n      %s\n", s.Kind, s.Doc, s.Start, s.End, s.Text, ruleNote(s.Rule), oneLine(s.Marked))
		}
	}
	for _, a := range rep.Attributes {
		if a.Label == label {
			fmt.Fprintf(b, "  %s  %s  %d–%d  %q  gold %s, pred %s%s\n      %s\n",
				a.Attribute, a.Doc, a.Start, a.End, a.Text, a.Gold, a.Pred, ruleNote(a.Rule), oneLine(a.Marked))
		}
	}
	b.WriteByte('\n')
}

func ruleNote(rule string) string {
	if rule == "" {
		return ""
	}
	return "  rule " + rule
}

// oneLine collapses runs of white space (line breaks included) for display.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "ch") {
		return itoa(n) + " " + noun + "es"
	}
	return itoa(n) + " " + noun + "s"
}

// WriteComparison writes the paired bootstrap comparison: per label and
// matching, F1 of A and B, the difference B−A, its interval and the share
// of resamples in which B scored higher.
func WriteComparison(w io.Writer, c *Comparison) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s; Δ = F1(B) − F1(A)\n\n", plural(c.A.Documents, "document"))
	t := newTable([]bool{false, false, true, true, true, false, true}, "LABEL", "MATCH", "F1 A", "F1 B", "Δ", "95% CI", "P(B>A)")
	for _, ld := range c.Labels {
		for _, m := range []struct {
			name string
			d    Diff
		}{{"strict", ld.Strict}, {"overlap", ld.Overlap}} {
			t.add(ld.Label, m.name, f3(m.d.A), f3(m.d.B), signed(m.d.Delta),
				"["+signed(m.d.CI.Low)+", "+signed(m.d.CI.High)+"]", f3(m.d.BBetter))
		}
	}
	t.write(&b)
	fmt.Fprintf(&b, "\n%s (paired: A and B see the same documents)\n", bootstrapNote(c.Bootstrap))
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteAgreement writes per-label F1 (A as gold) and token-level kappa.
func WriteAgreement(w io.Writer, ag *Agreement) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (only in A: %d, only in B: %d)\n\n", plural(ag.Documents, "shared document"), len(ag.OnlyA), len(ag.OnlyB))
	t := newTable([]bool{false, true, true, true, true, true, true}, "LABEL", "A", "B", "F1 STRICT", "F1 OVERLAP", "KAPPA", "TOKENS")
	for _, l := range ag.Labels {
		n := l.Tokens.Both + l.Tokens.AOnly + l.Tokens.BOnly + l.Tokens.Neither
		t.add(l.Label, itoa(l.A), itoa(l.B), f3(l.Strict.F1), f3(l.Overlap.F1), f3(l.Kappa), itoa(n))
	}
	t.add("macro", "", "", f3(ag.Macro.Strict.F1), f3(ag.Macro.Overlap.F1), f3(ag.Macro.Kappa), "")
	t.write(&b)
	fmt.Fprintf(&b, "macro: mean over %s\nF1 treats A as gold; kappa counts tokens inside a label's spans.\n", listOrNone(ag.Macro.Labels))
	_, err := io.WriteString(w, b.String())
	return err
}

func listOrNone(labels []string) string {
	if len(labels) == 0 {
		return "no labels (no spans)"
	}
	return strings.Join(labels, ", ")
}

func itoa(n int) string { return strconv.Itoa(n) }

func f3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

func signed(x float64) string {
	s := f3(x)
	if x >= 0 && s != "0.000" {
		return "+" + s
	}
	if s == "-0.000" {
		return "0.000"
	}
	return s
}
