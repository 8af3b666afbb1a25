package morph

import (
	"fmt"
	"sort"
	"strings"

	"github.com/quelle-nlp/quelle/lexicon"
)

// ClosedFile is the lexicon file LoadClosed reads.
const ClosedFile = "closed-classes.txt"

// Class is a closed word class of lexicon/data/closed-classes.txt.
type Class uint8

// Closed classes. The names in the file are given in classNames.
const (
	NoClass       Class = iota
	Article             // article: der, die, das, ein, eine, …
	Determiner          // determiner: dieser, jeder, kein, mein, …
	Pronoun             // pronoun: personal pronouns ich, er, ihm, Sie, …
	Reflexive           // reflexive: sich, mich, …
	Relative            // relative: der, dessen, denen, welche, …
	Demonstrative       // demonstrative: dieser, jener, derselbe, …
	Interrogative       // interrogative: wer, was, wie, warum, …
	Preposition         // preposition: mit, nach, laut, … (may name the cases it governs)
	Postposition        // postposition: zufolge, gegenüber, … (may name cases)
	Subordinator        // subordinator: dass, ob, weil, wenn, …
	Conjunction         // conjunction: und, oder, aber, sondern, denn, …
	Auxiliary           // auxiliary: forms of sein, haben, werden
	Modal               // modal: forms of können, müssen, dürfen, sollen, wollen, mögen
	Negation            // negation: nicht, nie, niemals, keineswegs, …
	numClasses
)

var classNames = [numClasses]string{"", "article", "determiner", "pronoun", "reflexive", "relative",
	"demonstrative", "interrogative", "preposition", "postposition", "subordinator", "conjunction",
	"auxiliary", "modal", "negation"}

// String returns the class name as written in the lexicon file.
func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return "?"
}

// ParseClass returns the class written as name in the lexicon file.
func ParseClass(name string) (Class, bool) {
	for c := Article; c < numClasses; c++ {
		if classNames[c] == name {
			return c, true
		}
	}
	return NoClass, false
}

// Closed holds the closed word classes. It is immutable and safe for
// concurrent use.
type Closed struct {
	words   map[string]uint32 // word → bit set of classes
	governs map[string][]Case // preposition/postposition → cases it governs
	pos     map[classWord]string
}

type classWord struct {
	class Class
	word  string
}

type closedLine struct {
	line  int
	cases string
}

// LoadClosed reads closed-classes.txt from lex. Lines have the form
// class<TAB>word, and prepositions and postpositions may add
// <TAB>cases ("dat", "acc dat", "gen"). Every malformed line is reported,
// as "file:line: message", in one error.
func LoadClosed(lex *lexicon.Lexicon) (*Closed, error) {
	c := &Closed{words: map[string]uint32{}, governs: map[string][]Case{}, pos: map[classWord]string{}}
	err := readClosed(lex, func(e lexicon.Entry, k classWord, cases []Case) {
		c.words[k.word] |= 1 << k.class
		c.pos[k] = e.Pos()
		if len(cases) > 0 {
			c.governs[k.word] = mergeCases(c.governs[k.word], cases)
		}
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// ClosedWord is one line of the closed-classes file: a word and its
// class.
type ClosedWord struct {
	Class Class
	Word  string
}

// CheckClosed reports the errors LoadClosed reports for the
// closed-classes file of lex, and returns its lines' words and classes in
// file order: for a reader of the lines who needs no Closed (its maps of
// words, cases and lines).
func CheckClosed(lex *lexicon.Lexicon) ([]ClosedWord, error) {
	var out []ClosedWord
	err := readClosed(lex, func(_ lexicon.Entry, k classWord, _ []Case) {
		out = append(out, ClosedWord{k.class, k.word})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// readClosed checks the entries of the closed-classes file of lex, every
// malformed line in one error, and hands each well-formed one to add.
func readClosed(lex *lexicon.Lexicon, add func(e lexicon.Entry, k classWord, cases []Case)) error {
	entries, err := lex.Entries(ClosedFile)
	if err != nil {
		return err
	}
	seen := map[classWord]closedLine{}
	var errs lexicon.ErrorList
	for _, e := range entries {
		errs.Add(checkEntry(e, seen, add))
	}
	return errs.Err()
}

// checkEntry checks entry e (seen holds the lines before it) and hands it
// to add.
func checkEntry(e lexicon.Entry, seen map[classWord]closedLine, add func(lexicon.Entry, classWord, []Case)) error {
	class, word, cases, err := parseClosed(e)
	if err != nil {
		return err
	}
	k := classWord{class, word}
	if prev, dup := seen[k]; dup {
		if prev.cases == strings.Join(caseNamesOf(cases), " ") {
			return e.Errorf("%q is already listed as %s on line %d; delete one of the two lines", word, class, prev.line)
		}
		return e.Errorf("%q is listed as %s governing %q on line %d but here governing %q; keep one line with all the cases",
			word, class, prev.cases, prev.line, strings.Join(caseNamesOf(cases), " "))
	}
	seen[k] = closedLine{e.Line, strings.Join(caseNamesOf(cases), " ")}
	add(e, k, cases)
	return nil
}

func parseClosed(e lexicon.Entry) (Class, string, []Case, error) {
	if len(e.Fields) < 2 {
		f := e.Field(0)
		if _, ok := ParseClass(f); ok {
			return 0, "", nil, e.Errorf("class %q has no word after it; write class<TAB>word", f)
		}
		if strings.ContainsAny(f, " ") {
			return 0, "", nil, e.Errorf("missing tab: %q must be class<TAB>word, separated by a tab, not spaces", f)
		}
		return 0, "", nil, e.Errorf("missing tab: %q must be class<TAB>word", f)
	}
	class, ok := ParseClass(e.Fields[0])
	if !ok {
		return 0, "", nil, e.Errorf("unknown class %q; the classes are %s", e.Fields[0], strings.Join(classNames[1:], ", "))
	}
	word := e.Fields[1]
	switch {
	case word == "":
		return 0, "", nil, e.Errorf("empty word after class %q", class)
	case strings.ContainsAny(word, " \u00a0"):
		return 0, "", nil, e.Errorf("word %q contains a space; write one word per line", word)
	case len(e.Fields) > 3:
		return 0, "", nil, e.Errorf("too many fields: expected class<TAB>word, and for prepositions <TAB>cases")
	}
	if len(e.Fields) < 3 {
		return class, word, nil, nil
	}
	if class != Preposition && class != Postposition {
		return 0, "", nil, e.Errorf("only prepositions and postpositions name cases; %q is listed as %s", word, class)
	}
	cases, err := parseCases(e.Fields[2])
	if err != nil {
		return 0, "", nil, e.Errorf("%v", err)
	}
	return class, word, cases, nil
}

func parseCases(s string) ([]Case, error) {
	var out []Case
	for _, f := range strings.Fields(s) {
		var c Case
		switch f {
		case "nom":
			c = Nom
		case "gen":
			c = Gen
		case "dat":
			c = Dat
		case "acc", "akk":
			c = Acc
		default:
			return nil, fmt.Errorf("unknown case %q; write gen, dat or acc (several separated by spaces)", f)
		}
		out = mergeCases(out, []Case{c})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty case field")
	}
	return out, nil
}

func mergeCases(a, b []Case) []Case {
	for _, c := range b {
		found := false
		for _, x := range a {
			found = found || x == c
		}
		if !found {
			a = append(a, c)
		}
	}
	sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
	return a
}

func caseNamesOf(cs []Case) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.String()
	}
	return out
}

// mask returns the class bits of word as written, or else of word with its
// first letter lower-cased (a capital at the start of a sentence).
func (c *Closed) mask(word string) uint32 {
	if m, ok := c.words[word]; ok {
		return m
	}
	var buf [64]byte
	if lw, ok := lowerFirst(buf[:0], word); ok {
		return c.words[string(lw)]
	}
	return 0
}

// Is reports whether word belongs to class. A word is matched as written
// and, failing that, with its first letter lower-cased, so "Dass" at the
// start of a sentence is a subordinator. Is does not allocate for words
// up to 64 bytes.
func (c *Closed) Is(class Class, word string) bool {
	return class < numClasses && c.mask(word)&(1<<class) != 0
}

// Classes returns the classes of word ("das": article, relative,
// demonstrative), matched like Is, in Class order.
func (c *Closed) Classes(word string) []Class {
	m := c.mask(word)
	var out []Class
	for k := Article; k < numClasses; k++ {
		if m&(1<<k) != 0 {
			out = append(out, k)
		}
	}
	return out
}

// Governs returns the cases a preposition or postposition governs as the
// lexicon lists them ("mit": dat; "in": acc dat), or nil. The slice is
// shared: callers must not modify it.
func (c *Closed) Governs(word string) []Case {
	if g, ok := c.governs[word]; ok {
		return g
	}
	var buf [64]byte
	if lw, ok := lowerFirst(buf[:0], word); ok {
		return c.governs[string(lw)]
	}
	return nil
}

// Pos returns the "file:line" of the lexicon line that put word in class
// (for Span.Rule), or "" if it is not there. The word is matched as
// written, without case folding.
func (c *Closed) Pos(class Class, word string) string { return c.pos[classWord{class, word}] }
