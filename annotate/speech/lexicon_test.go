package speech

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/morph"
)

// TestLexiconErrors: every broken line of every speech file is reported
// at once, as file:line: message.
func TestLexiconErrors(t *testing.T) {
	fsys := fstest.MapFS{
		verbsFile:   {Data: []byte("# verbs\nsagen\tclause,quote\nsagen\tclause\nErklären\tclause\nbetonen\tclause,loud\nmeinen\n(von) sprechen\tquote\tvon\nhinzu|\tquote\n")},
		phrasesFile: {Data: []byte("laut\tlaut\tbefore\nzufolge\tzufolge\n so\tso\tsideways\n")},
		nounsFile:   {Data: []byte("Angaben\tnach\nangaben\tnach\nAngaben\tnach\nWorten\tnach,echo\n")},
		rolesFile:   {Data: []byte("sprecher\tperson\nsprecher\tgroup\nfazit\tnothing\n")},
	}
	_, err := loadLex(lexicon.FS(fsys))
	if err == nil {
		t.Fatal("no error for broken lexicon files")
	}
	msg := err.Error()
	for _, want := range []string{
		"speech-verbs.txt:3: \"sagen\" is listed twice (first at lexicon/data/speech-verbs.txt:2)",
		"speech-verbs.txt:4: the verb \"Erklären\" (the last word) must be written in lower case",
		"speech-verbs.txt:5: unknown frame \"loud\"",
		"speech-verbs.txt:6: expected 2 or 3 fields",
		"speech-verbs.txt:7: np-words \"von\" given but the frames lack np",
		"speech-verbs.txt:8: write a separable verb as particle|verb",
		"speech-phrases.txt:2: expected 3 fields",
		"speech-phrases.txt:3: unknown frame \"sideways\"",
		"speech-nouns.txt:2: the noun \"angaben\" must start with a capital letter",
		"speech-nouns.txt:3: \"Angaben\" is listed twice (first at lexicon/data/speech-nouns.txt:1)",
		"speech-nouns.txt:4: unknown frame \"echo\"",
		"speech-roles.txt:2: \"sprecher\" is listed twice",
		"speech-roles.txt:3: unknown kind \"nothing\"",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q\ngot:\n%s", want, msg)
		}
	}
}

// TestLexiconVerbsHaveForms: the verbs of speech-verbs.txt are known to
// the morph tables (or are regular weak verbs, weakForms), so their
// inflected forms are cues.
func TestLexiconVerbsHaveForms(t *testing.T) {
	x, err := loadLex(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	m := morph.Default()
	var missing []string
	for _, v := range x.verbs {
		if len(m.Forms(v.verb)) == 0 && weakForms(v.verb) == nil {
			missing = append(missing, v.pos+" "+v.verb)
		}
	}
	// The morph data does not know every verb yet; the gaps are listed so
	// that they can be added there, and the test fails if they grow.
	if len(missing) > len(x.verbs)/20 {
		t.Errorf("%d of %d verbs without forms in morph (no cue can match them):\n%s", len(missing), len(x.verbs), strings.Join(missing, "\n"))
	} else if len(missing) > 0 {
		t.Logf("verbs without forms in morph (no cue can match them yet):\n%s", strings.Join(missing, "\n"))
	}
}
