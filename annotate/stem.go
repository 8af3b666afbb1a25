package annotate

import (
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"
)

// Stem returns the Snowball German stem of word, lowercased first (the
// algorithm expects lowercase input: "Erklärung" → "erklar"). It uses the
// official Snowball German algorithm (github.com/blevesearch/snowballstem);
// kljensen/snowball has no German stemmer. Stems conflate words that cue
// lexicons must keep apart (Berichten/berichten, Laut/laut), so lexicon
// matching uses explicit forms and Stem only groups related forms.
func Stem(word string) string {
	env := snowballstem.NewEnv(strings.ToLower(word))
	german.Stem(env)
	return env.Current()
}
