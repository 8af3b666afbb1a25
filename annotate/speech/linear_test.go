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
		// „Demnach“ sentences each continuing the one before: root() walked
		// the whole chain of links for each (review of the thirteenth round)
		"demnach chain":          `Demnach kommt sie auf 5 Millionen. `,
		"demnach, no full stop":  `die Firma hat die Zahlen veröffentlicht, demnach kommt sie auf 5 Millionen `,
		"demnach after a report": `Die Österreichische Webanalyse hat die Zahlen veröffentlicht. Bei den Angeboten kommt derStandard.at demnach auf 5 Millionen. Das ist so. Es war gut. `,
		// one endless passive sentence: modeOf → ichClause scanned the
		// whole growing QUOTE for each attribution
		"passive, no full stop": `Insgesamt wurden nach Angaben des Bundeskanzleramtes von den EU-Staaten 1,153 Milliarden Euro versprochen, `,
		// units that reach the rules of the thirteenth round
		"contEnd":               `Er sagte, er bleibe im Amt. Er übernehme viele Aufgaben und packt an, wo Not am Mann ist, zu fern schien damals die Möglichkeit, `,
		"contEnd, no stop":      `er übernehme viele Aufgaben und packt an, zu fern schien damals die Möglichkeit, `,
		"v2Opening":             `Das geschah mehr als 800-mal, daraufhin ließ Strache laut Ö24 den Eintrag löschen – gegen ihn ermittelten laut Wiener Zeitung die CIA, sie wurde laut Kurier von Straches Pinnwand ausgesperrt, `,
		"afterInsert":           `Laut Dokumenten, die der Wiener Zeitung vorliegen, kaufte der Gutachter das Haus, `,
		"nobody, negated":       `niemand habe die Vorgehensweise nicht bestätigt und keiner sagt nicht, `,
		"evidence":              `Weitere versteinerte Exkremente zeigen, dass es so war, wie 8000 Jahre alte Funde aus Sibirien zeigen, `,
		"aus after the cue":     `Sie seien beschossen worden, verlautete am Montag aus Sicherheitskreisen, `,
		"open apposition":       `Stephen Singer, ein Klimaexperte vom WWF erklärte, `,
		"colon, indicative":     `Die Systeme können Daten lesen: Ein Chip wird eingebaut. `,
		"colon, no stop":        `die Systeme lesen Daten: ein Chip wird eingebaut, `,
		"purpose clause":        `sagte General X, ohne auf einen Vorfall zu verweisen, dass es gut sei, `,
		"lead adverb":           `Unter anderem Mercedes-Motorsportchef Toto Wolff hatte das kritisiert, `,
		"heißt, no content":     `Es heißt natürlich St. Leonhard. Seither hieß es in der Bowl immer Vikings. `,
		"reported report, dash": `Er werde die Bundesregierung – und nicht die Bank – auffordern, das zu rechtfertigen, `,
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

// TestLinearWorkBuilt is TestLinearWork for inputs that are no repeated
// unit: one endless sentence before a sentence that must follow it.
func TestLinearWorkBuilt(t *testing.T) {
	inputs := map[string]func(n int) string{
		// cues without content in one endless sentence before a Konjunktiv
		// sentence: konjAfter looked to the sentence end from each
		// (review of the thirteenth round)
		"content in the next sentence": func(n int) string {
			return strings.Repeat("Der Minister erwähnte den Vulkan als Berg und ", n) + "Der Minister erwähnte den Vulkan. Die Kirche werde verehrt."
		},
		"both sentences endless": func(n int) string {
			return strings.Repeat("Franziskus erwähnte den Vulkan ", n) + ". " + strings.Repeat("Die Kirche werde verehrt und ", n) + "."
		},
		"interrupted, one comma": func(n int) string {
			return "Cruz " + strings.Repeat("schreibt das Magazin Time und ", n) + ", schreibt das Magazin, bewegt sich."
		},
	}
	for name, build := range inputs {
		t.Run(name, func(t *testing.T) {
			n := 300
			if testing.Short() {
				n = 100
			}
			small, large := work(t, build(n)), work(t, build(4*n))
			t.Logf("%d steps for %d units, %d for %d (%.2f×)", small, n, large, 4*n, float64(large)/float64(small))
			if float64(large) > 4.5*float64(small) {
				t.Errorf("work grows faster than the input: %d steps for %d units, %d for %d", small, n, large, 4*n)
			}
		})
	}
}
