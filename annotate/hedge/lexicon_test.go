package hedge_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quelle-nlp/quelle/annotate/hedge"
	"github.com/quelle-nlp/quelle/lexicon"
)

// okFiles is a minimal well-formed hedge lexicon.
var okFiles = map[string]string{
	"hedge-endings.txt": "adj\te en er es em\n",
	"hedge-words.txt":   "# comment\nmutmaßlich\tevidential\talways\tadj\nvermuten\tepistemic\talways\tverb\n",
	"hedge-phrases.txt": "Berichten zufolge\tevidential\tunnamed\n",
	"hedge-context.txt": "quantifier\talle jeder\n",
}

func lexFrom(files map[string]string) *lexicon.Lexicon {
	fs := fstest.MapFS{}
	for name, data := range files {
		fs[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return lexicon.FS(fs)
}

func TestLexiconLoads(t *testing.T) {
	if _, err := hedge.New(lexFrom(okFiles)); err != nil {
		t.Fatal(err)
	}
	if _, err := hedge.New(lexicon.Default()); err != nil {
		t.Fatalf("the embedded lexicon: %v", err)
	}
}

// TestLexiconErrors breaks lines in every file and expects every broken
// line reported at once, as file:line and a message in the linguist's
// words.
func TestLexiconErrors(t *testing.T) {
	files := map[string]string{
		"hedge-endings.txt": "adj\te en\nadj\ter\nshout\tE\n",
		"hedge-words.txt": strings.Join([]string{
			"# form\ttype\trule\tflags",
			"vermutlich\tepistemisch\talways",      // 2: bad type
			"etwa\tapproximator\taprox",            // 3: unknown rule
			"mutmaßlich\tevidential\talways\tadjx", // 4: unknown ending set
			"gibtsnicht\tepistemic\talways\tverb",  // 5: unknown verb
			"nur zwei",                             // 6: too few fields
			"etwa\tapproximator\tapprox",           // 7: ok
			"etwa\tapproximator\tapprox",           // 8: duplicate
			"heißt\tevidential\timpersonal",        // 9: phrase rule on a word
			"unter Umständen\tepistemic\talways",   // 10: space in a word
		}, "\n") + "\n",
		"hedge-phrases.txt": strings.Join([]string{
			"Berichten\tevidential\talways",          // 1: one word
			"… abzuwarten\tepistemic\talways",        // 2: gap at the start
			"bleibt abzuwarten\tepistemic\tparticle", // 3: word rule on a phrase
			"bleibt abzuwarten\tepistemic\talways",   // 4: ok
			"bleibt abzuwarten\tepistemic\talways",   // 5: duplicate
			"*kreisen aus\tevidential\talways",       // 6: suffix first
		}, "\n") + "\n",
		"hedge-context.txt": "stativ\tzeigen\nquantifier\n",
	}
	_, err := hedge.New(lexFrom(files))
	if err == nil {
		t.Fatal("no error for a broken lexicon")
	}
	want := []string{
		"lexicon/data/hedge-endings.txt:2: ending set \"adj\" is declared twice",
		"lexicon/data/hedge-endings.txt:3: ending \"E\" must be written in lower case",
		"lexicon/data/hedge-words.txt:2: unknown type \"epistemisch\" (want epistemic, evidential or approximator)",
		"lexicon/data/hedge-words.txt:3: unknown rule \"aprox\"",
		"lexicon/data/hedge-words.txt:4: unknown flag \"adjx\"",
		"lexicon/data/hedge-words.txt:5: flag \"verb\": the morph tables know no verb \"gibtsnicht\"",
		"lexicon/data/hedge-words.txt:6: expected 3 or 4 fields (form, type, rule[, flags]), found 1",
		"lexicon/data/hedge-words.txt:8: \"etwa\" is already listed at lexicon/data/hedge-words.txt:7",
		"lexicon/data/hedge-words.txt:9: rule \"impersonal\" applies to phrases, not to single words",
		"lexicon/data/hedge-words.txt:10: \"unter Umständen\" has a space: a hedge of several words belongs in hedge-phrases.txt",
		"lexicon/data/hedge-phrases.txt:1: a phrase needs at least two words",
		"lexicon/data/hedge-phrases.txt:2: \"…\" may stand only between two words of a phrase",
		"lexicon/data/hedge-phrases.txt:3: rule \"particle\" applies to single words, not to phrases",
		"lexicon/data/hedge-phrases.txt:5: phrase \"bleibt abzuwarten\" is already listed at lexicon/data/hedge-phrases.txt:4",
		"lexicon/data/hedge-phrases.txt:6: a phrase may not start with a suffix pattern",
		"lexicon/data/hedge-context.txt:1: unknown class \"stativ\"",
		"lexicon/data/hedge-context.txt:2: expected 2 fields (class, words), found 1",
	}
	msg := err.Error()
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("missing error %q", w)
		}
	}
	if n := strings.Count(msg, "\n") + 1; n != len(want) {
		t.Errorf("%d errors, want %d:\n%s", n, len(want), msg)
	}
}

func TestLexiconMissingFile(t *testing.T) {
	files := map[string]string{}
	for k, v := range okFiles {
		files[k] = v
	}
	delete(files, "hedge-phrases.txt")
	_, err := hedge.New(lexFrom(files))
	if err == nil || !strings.Contains(err.Error(), "hedge-phrases.txt") {
		t.Fatalf("missing file: got %v", err)
	}
}
