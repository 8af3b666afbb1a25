package annotate

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// checkInvariants verifies what every tokenizer output must satisfy:
// tokens are non-empty, in order, inside the text and never overlap; the
// bytes between tokens are white space or control characters only (every
// other byte is covered); sentences are non-empty, in order, and cover all
// tokens exactly once.
func checkInvariants(text string, toks []Token, sents []Sentence) error {
	pos := 0
	for i, t := range toks {
		if t.Start < pos || t.End <= t.Start || t.End > len(text) {
			return fmt.Errorf("token %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, t.Start, t.End, pos, len(text))
		}
		if err := onlySpace(text, pos, t.Start); err != nil {
			return err
		}
		pos = t.End
	}
	if err := onlySpace(text, pos, len(text)); err != nil {
		return err
	}
	next := 0
	for i, s := range sents {
		if s.First != next || s.Last <= s.First || s.Last > len(toks) {
			return fmt.Errorf("sentence %d covers tokens [%d,%d), want to start at %d", i, s.First, s.Last, next)
		}
		if s.Start != toks[s.First].Start || s.End != toks[s.Last-1].End {
			return fmt.Errorf("sentence %d bytes [%d,%d) do not match its tokens", i, s.Start, s.End)
		}
		next = s.Last
	}
	if next != len(toks) {
		return fmt.Errorf("sentences cover %d of %d tokens", next, len(toks))
	}
	return nil
}

// onlySpace checks that text[from:to] holds only separator runes.
func onlySpace(text string, from, to int) error {
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:to])
		if r == utf8.RuneError && size <= 1 || !isSpace(r) {
			return fmt.Errorf("byte %d (%q) is not covered by a token", i, text[i:i+max(size, 1)])
		}
		i += size
	}
	return nil
}

// corpusTexts returns the texts under ../corpus, for seeds and tests.
func corpusTexts(t testing.TB) map[string]string {
	t.Helper()
	files, _ := filepath.Glob("../corpus/*/*.txt")
	out := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = string(data)
	}
	return out
}

func TestInvariantsOnCorpus(t *testing.T) {
	g := newTestGerman(t)
	texts := corpusTexts(t)
	if len(texts) == 0 {
		t.Fatal("no corpus texts found")
	}
	for name, text := range texts {
		toks, sents := g.Tokenize(text)
		if err := checkInvariants(text, toks, sents); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	for _, c := range tokenCases {
		toks, sents := g.Tokenize(c.in)
		if err := checkInvariants(c.in, toks, sents); err != nil {
			t.Errorf("%q: %v", c.in, err)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, c := range tokenCases {
		f.Add(c.in)
	}
	for _, c := range sentenceCases {
		f.Add(c.in)
	}
	for _, text := range corpusTexts(f) {
		if len(text) > 2000 {
			text = text[:2000]
		}
		f.Add(text)
	}
	g := newTestGerman(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks, sents := g.Tokenize(text)
		if err := checkInvariants(text, toks, sents); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzWordFastPath checks tokens' fast path for words that start with an
// ASCII letter against scanWord: every such Word followed by no byte that
// makes word look closer ends where scanWord says.
func FuzzWordFastPath(f *testing.F) {
	for _, c := range tokenCases {
		f.Add(c.in)
	}
	f.Add("Abc Defghijk lm,no.p Straße Müller-Lüdenscheidt ab\u00adc x:innen")
	g := newTestGerman(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks, _ := g.Tokenize(text)
		for _, tk := range toks {
			if tk.Kind != Word || byteClass[text[tk.Start]]&cLetter == 0 {
				continue
			}
			if tk.End < len(text) && byteClass[text[tk.End]]&cAfterWord != 0 {
				continue // word's closer look decided
			}
			if end := scanWord(text, tk.Start); end != tk.End {
				t.Fatalf("%q: word [%d, %d), scanWord ends it at %d", text, tk.Start, tk.End, end)
			}
		}
	})
}

// FuzzAbbrevLength checks word's shortcut before abbrevTrie.match: a word
// followed by a dot and too long for an entry's first segment is no
// abbreviation by match either.
func FuzzAbbrevLength(f *testing.F) {
	for _, c := range tokenCases {
		f.Add(c.in)
	}
	f.Add("Prof. Dr. Abgeordneter. Dipl.-Ing. usw. Sept. 2020 Mio. Euro Straßen. x.")
	g := newTestGerman(f)
	f.Fuzz(func(t *testing.T, text string) {
		for i := range len(text) {
			end := scanWord(text, i)
			if end < len(text) && text[end] == '.' && end+1-i > g.abbr.maxFirst {
				if e, ok := g.abbr.match(text, i); ok {
					t.Fatalf("%q: match at %d gives %d, though the word ends at %d", text, i, e, end)
				}
			}
		}
	})
}
