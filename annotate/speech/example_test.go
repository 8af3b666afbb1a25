package speech_test

import (
	"fmt"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/annotate/speech"
	"github.com/quelle-nlp/quelle/lexicon"
)

func ExampleStage_Annotate() {
	lex := lexicon.Default()
	tok, _ := annotate.NewGerman(lex)
	st, err := speech.New(lex)
	if err != nil {
		panic(err)
	}
	text := "„Das ist ein klares Handspiel“, sagte der Däne. Er habe den Ball am Arm gespürt."
	toks, sents := tok.Tokenize(text)
	doc := &annotate.Document{Text: text, Tokens: toks, Sentences: sents}
	st.Annotate(doc)
	for _, s := range doc.Spans {
		attr := s.Lemma + s.Mode // a CUE's lemma, a QUOTE's mode
		if attr == "" {
			attr = "-"
		}
		fmt.Printf("%-6s %d %q %s\n", s.Label, s.Attribution, text[s.Start:s.End], attr)
	}
	// Output:
	// QUOTE  1 "Das ist ein klares Handspiel" direct
	// CUE    1 "sagte" sagen
	// SOURCE 1 "der Däne" -
	// QUOTE  1 "Er habe den Ball am Arm gespürt" indirect
}
