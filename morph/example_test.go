package morph_test

import (
	"fmt"

	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/morph"
)

func ExampleTable_Analyze() {
	t := morph.Default()
	// "teilte" is a form of many verbs; in "teilte die Polizei mit" the
	// particle "mit" at the end of the clause picks mitteilen.
	for _, a := range t.Analyze("teilte") {
		if a.Particle == "mit" {
			fmt.Println(a)
		}
	}
	fmt.Println(t.IsSubjunctive1("sei"), t.IsSubjunctive1("ist"))
	// Output:
	// mitteilen+mit verb finite preterite indicative 1 singular
	// mitteilen+mit verb finite preterite indicative 3 singular
	// mitteilen+mit verb finite preterite subjunctive2 1 singular
	// mitteilen+mit verb finite preterite subjunctive2 3 singular
	// true false
}

func ExampleTable_Forms() {
	seen := map[string]bool{}
	for _, f := range morph.Default().Forms("mitteilen") {
		third := f.Form == morph.Finite && f.Person == 3 && f.Number == morph.Singular && f.Mood == morph.Indicative
		if (third || f.Form == morph.Participle || f.Form == morph.ZuInfinitive) && !seen[f.Word] {
			seen[f.Word] = true
			fmt.Printf("%s %s particle=%q\n", f.Word, f.Form, f.Particle)
		}
	}
	// Output:
	// mitgeteilt participle particle=""
	// mitteilt finite particle=""
	// mitteilte finite particle=""
	// mitzuteilen zu-infinitive particle=""
	// teilt finite particle="mit"
	// teilte finite particle="mit"
}

func ExampleClosed_Is() {
	c, err := morph.LoadClosed(lexicon.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Classes("das"), c.Is(morph.Modal, "könne"), c.Governs("mit"))
	// Output: [article relative demonstrative] true [dat]
}
