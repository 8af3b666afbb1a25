package numbers_test

import (
	"fmt"
	"log"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/annotate/numbers"
	"github.com/quelle-nlp/quelle/lexicon"
)

func ExampleStage_Annotate() {
	tok, err := annotate.NewGerman(lexicon.Default())
	if err != nil {
		log.Fatal(err)
	}
	numbers, err := numbers.New(lexicon.Default())
	if err != nil {
		log.Fatal(err)
	}
	doc := &annotate.Document{Text: "Am 31. Oktober 2024 kamen 3,5 Millionen Menschen, drei Viertel davon um 9 Uhr, Tausende später."}
	doc.Tokens, doc.Sentences = tok.Tokenize(doc.Text)
	numbers.Annotate(doc)
	for _, s := range doc.Spans {
		value := "null"
		if s.HasValue() {
			value = fmt.Sprint(s.Value)
		}
		fmt.Printf("%-14q %-10s %s\n", doc.Text[s.Start:s.End], value, s.Kind)
	}
	// Output:
	// "31."          31         ordinal
	// "2024"         2024       cardinal
	// "3,5 Millionen" 3.5e+06    cardinal
	// "drei Viertel" 0.75       fraction
	// "Tausende"     null       vague
}

func ExampleWords_Parse() {
	words, err := numbers.NewWords(lexicon.Default())
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range []string{"zweitausendvierundzwanzig", "zwei Millionen dreihunderttausend", "einundzwanzigsten", "eineinhalb", "eine"} {
		n, ok := words.Parse(s)
		fmt.Println(s, n.Value, n.Kind, ok)
	}
	// Output:
	// zweitausendvierundzwanzig 2024 cardinal true
	// zwei Millionen dreihunderttausend 2.3e+06 cardinal true
	// einundzwanzigsten 21 ordinal true
	// eineinhalb 1.5 fraction true
	// eine 0  false
}

func ExampleWords_Spell() {
	words, err := numbers.NewWords(lexicon.Default())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(words.Spell(325))
	fmt.Println(words.Spell(2_300_001))
	fmt.Println(words.SpellOrdinal(103))
	// Output:
	// dreihundertfünfundzwanzig
	// zwei Millionen dreihunderttausendeins
	// einhundertdritte
}
