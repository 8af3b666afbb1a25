package speech

import (
	"flag"
	"fmt"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
)

var showFlag = flag.String("show", "", "annotate this text and print tokens and spans")

func TestShow(t *testing.T) {
	if *showFlag == "" {
		t.Skip("no -show text")
	}
	st, _ := New(lexicon.Default())
	tok, _ := annotate.NewGerman(lexicon.Default())
	toks, sents := tok.Tokenize(*showFlag)
	doc := &annotate.Document{Text: *showFlag, Tokens: toks, Sentences: sents}
	st.Annotate(doc)
	for _, s := range sents {
		fmt.Printf("SENT %q\n", doc.Text[s.Start:s.End])
	}
	r := newRun(st, doc)
	for i, tk := range toks {
		fmt.Printf("%d:%s/%d/%x ", i, doc.Text[tk.Start:tk.End], tk.Quote, r.tf[i])
	}
	fmt.Println()
	for _, s := range doc.Spans {
		fmt.Printf("%s %d %q lemma=%s mode=%s rule=%s\n", s.Label, s.Attribution, doc.Text[s.Start:s.End], s.Lemma, s.Mode, s.Rule)
	}
}
