package annotate

import (
	"fmt"
	"os"
	"testing"

	"github.com/quelle-nlp/quelle/lexicon"
)

func TestZZDebug(t *testing.T) {
	g, err := NewGerman(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	text := os.Getenv("TXT")
	toks, sents := g.Tokenize(text)
	for _, s := range sents {
		fmt.Print("S| ")
		for _, tk := range toks[s.First:s.Last] {
			fmt.Printf("%s/%s ", text[tk.Start:tk.End], tk.Kind)
		}
		fmt.Println()
	}
}
