package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/lexicon"
)

// TestEveryBrokenFileAtOnce: broken lines in the tokenizer's files and in
// several files of a stage are all reported by one pipeline.New, each
// with its file and line, and a conflicting duplicate is one of them.
func TestEveryBrokenFileAtOnce(t *testing.T) {
	dir := t.TempDir()
	overrides := map[string]string{
		"abbreviations.txt":    "z. B.\nusw.\tfinal\nusw.\n", // conflicting flags
		"ordinal-context.txt":  "Oktober\tnext\nam\tbefore\n",
		"numbers-suffixes.txt": "t\tordinal-small\nst\tordinal-large\ne\tinflection\nel\tfraction\neinhalb\thalf\nx\tordinal-small\n",
		"numbers-context.txt":  "Uhr clock\n",
	}
	for name, data := range overrides {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lex, err := lexicon.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = New(lex, Options{})
	if err == nil {
		t.Fatal("no error for a broken lexicon")
	}
	for _, want := range []string{
		dir + `/abbreviations.txt:3: "usw." is already listed at line 2 with other flags (final)`,
		dir + `/ordinal-context.txt:2: kind must be next, prev or article, not "before"`,
		dir + "/numbers-suffixes.txt:6: the ordinal-small ending is already given at line 1",
		dir + "/numbers-context.txt:1: expected 2 fields separated by tabs (word, kind), found 1: the line has spaces where a tab belongs",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error\n%v\ndoes not say\n%s", err, want)
		}
	}
}
