package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDirOverrideNames: a file in the override folder that overrides
// nothing is an error naming it and the closest file name, all of them at
// once; hidden files are left alone.
func TestDirOverrideNames(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"numbers-word.txt":       "drei\t3\tunit\n",
		"Abbreviations.TXT":      "z. B.\n",
		".numbers-words.txt.swp": "editor file",
		"numbers-vague.txt":      "Tausende\tnoun\n",
	} {
		os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644)
	}
	os.Mkdir(filepath.Join(dir, "old"), 0o755)
	_, err := Dir(dir)
	if err == nil {
		t.Fatal("no error for override files that override nothing")
	}
	msg := err.Error()
	for _, want := range []string{
		filepath.Join(dir, "numbers-word.txt") + ": no lexicon file has this name, so it would override nothing; did you mean numbers-words.txt?",
		filepath.Join(dir, "Abbreviations.TXT") + ": no lexicon file has this name, so it would override nothing; did you mean abbreviations.txt?",
		filepath.Join(dir, "old") + ": is a folder: override files go directly in " + dir,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error\n%s\ndoes not say\n%s", msg, want)
		}
	}
	if strings.Contains(msg, ".swp") || strings.Contains(msg, "numbers-vague.txt:") {
		t.Errorf("hidden or valid files reported: %s", msg)
	}

	good := t.TempDir()
	os.WriteFile(filepath.Join(good, "numbers-vague.txt"), []byte("Tausende\tnoun\n"), 0o644)
	if _, err := Dir(good); err != nil {
		t.Errorf("valid override folder: %v", err)
	}
	if _, err := Dir(filepath.Join(good, "nope")); err == nil || !strings.HasSuffix(err.Error(), "nope: folder not found") {
		t.Errorf("missing folder: %v", err)
	}
	if _, err := Dir(filepath.Join(good, "numbers-vague.txt")); err == nil || !strings.Contains(err.Error(), "is a file") {
		t.Errorf("a file as folder: %v", err)
	}
}

// TestNeed: a line with too few fields says what was expected, in the
// header's words, and notices spaces typed instead of tabs.
func TestNeed(t *testing.T) {
	ents := Parse("numbers-words.txt", []byte("drei 3 unit\nvier\t4\tunit\nfünf\t5\n"))
	if err := ents[0].Need("form", "value", "class"); err == nil || err.Error() !=
		"numbers-words.txt:1: expected 3 fields separated by tabs (form, value, class), found 1: the line has spaces where a tab belongs between fields" {
		t.Errorf("spaces: %v", err)
	}
	if err := ents[1].Need("form", "value", "class"); err != nil {
		t.Errorf("good line: %v", err)
	}
	if err := ents[2].Need("form", "value", "class"); err == nil || strings.Contains(err.Error(), "spaces") || !strings.Contains(err.Error(), "found 2") {
		t.Errorf("missing field: %v", err)
	}
}

// TestKeys: a key given twice is an error naming both lines.
func TestKeys(t *testing.T) {
	ents := Parse("numbers-suffixes.txt", []byte("t\tordinal-small\nst\tordinal-large\nx\tordinal-small\n"))
	keys := Keys{}
	var errs ErrorList
	for _, e := range ents {
		errs.Add(keys.Claim(e.Field(1), e, "the "+e.Field(1)+" ending"))
	}
	if err := errs.Err(); err == nil || err.Error() != "numbers-suffixes.txt:3: the ordinal-small ending is already given at line 1 (t ordinal-small); remove one of the two lines" {
		t.Errorf("err = %v", err)
	}
}

func TestClosest(t *testing.T) {
	names := Default().Files()
	for in, want := range map[string]string{"numbers-word.txt": "numbers-words.txt", "abbrevations.txt": "abbreviations.txt", "NUMBERS-SCALES.TXT": "numbers-scales.txt"} {
		if got := closest(in, names); got != want {
			t.Errorf("closest(%q) = %q, want %q", in, got, want)
		}
	}
}
