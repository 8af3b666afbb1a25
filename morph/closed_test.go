package morph

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quelle-nlp/quelle/lexicon"
)

func closedFrom(t testing.TB, text string) (*Closed, error) {
	t.Helper()
	return LoadClosed(lexicon.FS(fstest.MapFS{ClosedFile: {Data: []byte(text)}}))
}

func TestLoadClosedDefault(t *testing.T) {
	c, err := LoadClosed(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want []Class
	}{
		{"das", []Class{Article, Relative, Demonstrative}},
		{"Das", []Class{Article, Relative, Demonstrative}}, // sentence-initial
		{"dass", []Class{Subordinator}},
		{"sei", []Class{Auxiliary}},
		{"sein", []Class{Determiner, Auxiliary}},
		{"worden", []Class{Auxiliary}},
		{"könne", []Class{Modal}},
		{"solle", []Class{Modal}},
		{"sollte", []Class{Modal}},
		{"dürfte", []Class{Modal}},
		{"musste", []Class{Modal}},
		{"mit", []Class{Preposition}},
		{"zufolge", []Class{Preposition, Postposition}},
		{"und", []Class{Conjunction}},
		{"Sie", []Class{Pronoun}},
		{"sie", []Class{Pronoun}},
		{"nicht", []Class{Negation}},
		{"Bericht", nil},
	}
	for _, tt := range tests {
		if got := c.Classes(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("Classes(%q) = %v, want %v", tt.word, got, tt.want)
		}
		for _, cl := range tt.want {
			if !c.Is(cl, tt.word) {
				t.Errorf("Is(%v, %q) = false", cl, tt.word)
			}
		}
	}
	if got := c.Governs("in"); !slices.Equal(got, []Case{Dat, Acc}) {
		t.Errorf("Governs(in) = %v, want [dat acc]", got)
	}
	if got := c.Governs("Laut"); !slices.Equal(got, []Case{Gen, Dat}) {
		t.Errorf("Governs(Laut) = %v, want [gen dat]", got)
	}
	if p := c.Pos(Modal, "könne"); !strings.HasPrefix(p, "lexicon/data/closed-classes.txt:") {
		t.Errorf("Pos(modal, könne) = %q", p)
	}
	if c.Is(Modal, "sagte") || c.Is(NoClass, "das") || c.Is(Class(200), "das") {
		t.Error("Is accepts a word or class that is not in the lexicon")
	}
}

// TestLoadClosedAuxModal checks that the auxiliary and modal lists hold
// every finite form the morph table knows for those verbs.
func TestLoadClosedAuxModal(t *testing.T) {
	c, err := LoadClosed(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	for class, lemmas := range map[Class][]string{
		Auxiliary: {"sein", "haben", "werden"},
		Modal:     {"können", "müssen", "dürfen", "sollen", "wollen", "mögen"},
	} {
		for _, l := range lemmas {
			for _, f := range Default().Forms(l) {
				if f.Form == Finite && f.Particle == "" && !c.Is(class, f.Word) {
					t.Errorf("%s: %q (%v) is missing", class, f.Word, f.Analysis)
				}
			}
		}
	}
}

func TestLoadClosedErrors(t *testing.T) {
	const f = "lexicon/data/closed-classes.txt"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"ok", "# comment\narticle\tder\npreposition\tmit\tdat\n", nil},
		{"unknown class", "praeposition\tmit\n",
			[]string{f + `:1: unknown class "praeposition"; the classes are article, determiner,`}},
		{"missing tab", "article der\n",
			[]string{f + `:1: missing tab: "article der" must be class<TAB>word, separated by a tab, not spaces`}},
		{"no word", "article\n",
			[]string{f + `:1: class "article" has no word after it; write class<TAB>word`}},
		{"empty word", "preposition\t\tdat\n",
			[]string{f + `:1: empty word after class "preposition"`}},
		{"space in word", "subordinator\tso dass\n",
			[]string{f + `:1: word "so dass" contains a space; write one word per line`}},
		{"cases on a non-preposition", "article\tder\tnom\n",
			[]string{f + `:1: only prepositions and postpositions name cases; "der" is listed as article`}},
		{"unknown case", "preposition\tmit\tdativ\n",
			[]string{f + `:1: unknown case "dativ"; write gen, dat or acc (several separated by spaces)`}},
		{"too many fields", "preposition\tmit\tdat\tx\n",
			[]string{f + `:1: too many fields: expected class<TAB>word, and for prepositions <TAB>cases`}},
		{"duplicate", "article\tder\n\narticle\tder\n",
			[]string{f + `:3: "der" is already listed as article on line 1; delete one of the two lines`}},
		{"conflict", "preposition\tin\tdat\npreposition\tin\tacc\n",
			[]string{f + `:2: "in" is listed as preposition governing "dat" on line 1 but here governing "acc"; keep one line with all the cases`}},
		{"every broken line at once", "article\tder\nfoo\tbar\narticle\nmodal\tkann\nmodal\tkann\n",
			[]string{f + `:2: unknown class "foo"`, f + `:3: class "article" has no word`, f + `:5: "kann" is already listed as modal on line 4`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := closedFrom(t, tt.text)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(tt.want) {
				t.Fatalf("got %d errors, want %d:\n%v", len(lines), len(tt.want), err)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("error %d = %q, want prefix %q", i, lines[i], w)
				}
			}
		})
	}
}

func TestLoadClosedMissingFile(t *testing.T) {
	if _, err := LoadClosed(lexicon.FS(fstest.MapFS{})); err == nil {
		t.Fatal("no error for a lexicon without closed-classes.txt")
	}
}

// FuzzLoadClosed: any file content loads or fails with positioned errors;
// every accepted entry is found again by Is.
func FuzzLoadClosed(f *testing.F) {
	f.Add("article\tder\npreposition\tin\tacc dat\n")
	f.Add("article der\n\tmit\n#x\nmodal\tkann\nmodal\tkann\n")
	f.Fuzz(func(t *testing.T, text string) {
		c, err := closedFrom(t, text)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "lexicon/data/closed-classes.txt:") {
					t.Fatalf("error without position: %q", line)
				}
			}
			return
		}
		for _, e := range lexicon.Parse("x", []byte(text)) {
			cl, _ := ParseClass(e.Field(0))
			if !c.Is(cl, e.Field(1)) {
				t.Fatalf("entry %v not found", e.Fields)
			}
		}
	})
}

// TestCheckClosed: CheckClosed reports what LoadClosed reports, on the
// default file and on broken ones, and returns one word per entry, with
// the entry's class and word.
func TestCheckClosed(t *testing.T) {
	for _, text := range []string{
		"",
		"article\tder\npreposition\tmit\tdat\n",
		"article\tder\narticle\tder\n",
		"preposition\tmit\tdat\npreposition\tmit\tacc\nfoo\tbar\nnoun\n",
	} {
		lex := lexicon.FS(fstest.MapFS{ClosedFile: {Data: []byte(text)}})
		_, lerr := LoadClosed(lex)
		ents, cerr := CheckClosed(lex)
		if fmt.Sprint(lerr) != fmt.Sprint(cerr) {
			t.Errorf("%q: CheckClosed %v, LoadClosed %v", text, cerr, lerr)
		}
		if want, _ := lex.Entries(ClosedFile); cerr == nil && len(ents) != len(want) {
			t.Errorf("%q: %d entries, want %d", text, len(ents), len(want))
		} else if cerr == nil {
			for i, e := range want {
				if c, _ := ParseClass(e.Field(0)); ents[i] != (ClosedWord{c, e.Field(1)}) {
					t.Errorf("%q: word %d is %v, want %v %q", text, i, ents[i], c, e.Field(1))
				}
			}
		}
	}
	ents, err := CheckClosed(lexicon.Default())
	if err != nil || len(ents) < 100 {
		t.Errorf("default file: %d entries, %v", len(ents), err)
	}
}
