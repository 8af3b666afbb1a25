package annotate

import (
	"strings"
	"testing"
)

// TestPathologicalInputs runs inputs that once made the tokenizer or the
// segmenter quadratic (long runs of closing quotes, "a.a.a…" look-ahead for
// e-mail addresses). Each is 400–800 KB; a quadratic regression shows as a
// test that takes minutes. The invariants must hold on all of them.
func TestPathologicalInputs(t *testing.T) {
	g := newTestGerman(t)
	inputs := map[string]string{
		"dotted letters":   strings.Repeat("a.", 200000),
		"hyphens":          strings.Repeat("a-", 200000),
		"digit dots":       strings.Repeat("1.", 200000),
		"ordinals":         strings.Repeat("1. ", 200000),
		"spaces":           "5." + strings.Repeat(" ", 400000) + "x",
		"quotes":           strings.Repeat("\"", 400000),
		"guillemets":       strings.Repeat("«", 200000),
		"abbreviations":    strings.Repeat("z. ", 200000),
		"long local part":  strings.Repeat("a", 400000) + "@",
		"lines":            strings.Repeat("a\n", 200000),
		"digits":           strings.Repeat("1", 400000) + ".",
		"long url":         "www." + strings.Repeat("a", 400000),
		"apostrophes":      strings.Repeat("a'", 200000),
		"gender colons":    strings.Repeat("a:in", 100000),
		"closing brackets": "Ende." + strings.Repeat(")", 400000),
		"invalid bytes":    strings.Repeat("\xff", 400000),
	}
	for name, text := range inputs {
		toks, sents := g.Tokenize(text)
		if err := checkInvariants(text, toks, sents); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
