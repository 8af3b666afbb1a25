package annotate_test

import (
	"fmt"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
)

func ExampleGerman_Tokenize() {
	g, err := annotate.NewGerman(lexicon.Default())
	if err != nil {
		panic(err)
	}
	text := "Am 31. Oktober sagte Dr. Müller z. B.: „Es waren 12.000.“ Dann ging er."
	toks, sents := g.Tokenize(text)
	for _, s := range sents {
		fmt.Printf("sentence [%d,%d):", s.Start, s.End)
		for _, t := range toks[s.First:s.Last] {
			fmt.Printf(" %s/%s", t.Text(text), t.Kind)
		}
		fmt.Println()
	}
	// Output:
	// sentence [0,62): Am/word 31./ordinal Oktober/word sagte/word Dr./abbrev Müller/word z. B./abbrev :/punct „/quote Es/word waren/word 12.000/number ./punct “/quote
	// sentence [63,76): Dann/word ging/word er/word ./punct
}
