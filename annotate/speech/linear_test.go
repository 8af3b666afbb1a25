package speech

import (
	"strings"
	"testing"
)

// TestLinearWork: the stage's work grows in proportion to the input on
// inputs built to trip quadratic code — one paragraph of unbalanced
// quotation marks and cue words without a sentence end, and one long run
// of Konjunktiv I sentences. Work is the number of tokens the scanning
// helpers look at (run.steps), which does not depend on the machine's
// load; 4× the input may cost at most 4.5× the work.
func TestLinearWork(t *testing.T) {
	units := map[string]string{
		"unbalanced marks": `„Er sagte, laut Polizei „sei das so“ und „nach Angaben der Stadt, heißt es, so der Minister „wie er mitteilte `,
		"Konjunktiv I run": `Es sei alles in Ordnung, die Lage habe sich beruhigt, sagte er. Man werde weiter verhandeln. Die Frist sei lang. `,
		"quote pairs":      `„Das ist gut“, sagte er, „und das auch.“ Er habe „keine Zeit“ gehabt, so der Minister. `,
		// reports with a pronoun SOURCE after reports with a QUOTE: each once
		// looked back over all attributions (review, fourth session)
		"reported clauses": `Er sagte, dass es gut sei. Sie meinte, dass er komme. `,
		// one endless sentence of dash insertions before cues
		"dashes, no full stop": `Entholzer – seit zwei Jahren Parteichef – kündigte an, dass er komme `,
		// one endless sentence of Konjunktiv clauses after a passive cue
		"Konjunktiv, no full stop": `es sei gut, wurde mitgeteilt, `,
	}
	for name, unit := range units {
		t.Run(name, func(t *testing.T) {
			n := 500
			if testing.Short() {
				n = 100
			}
			small, large := work(t, strings.Repeat(unit, n)), work(t, strings.Repeat(unit, 4*n))
			t.Logf("%d steps for %d units, %d for %d (%.2f×)", small, n, large, 4*n, float64(large)/float64(small))
			if float64(large) > 4.5*float64(small) {
				t.Errorf("work grows faster than the input: %d steps for %d units, %d for %d", small, n, large, 4*n)
			}
		})
	}
}

func work(t *testing.T, text string) int {
	tok, st := fixture(t)
	toks, sents := tok.Tokenize(text)
	return st.annotate(newDoc(text, toks, sents)).steps
}
