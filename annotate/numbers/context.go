package numbers

import (
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
)

// This file holds the context the NUMBER stage looks at around a numeral:
// words from numbers-context.txt ("Uhr", "Windows", "Tel.", "minus"),
// the fixed phrases of numbers-phrases.txt ("außer Acht", "Schalke 04")
// and the ordinal nouns of ordinal-context.txt (to tell "1. Mai" from a
// list marker "1.").

// ctxFlags are the kinds of a context word; a word may have several.
type ctxFlags uint8

const (
	ctxClock     ctxFlags = 1 << iota // "Uhr": the number before is a clock time
	ctxName                           // "Windows": the number after is part of a name
	ctxNameAfter                      // "FC": the number before is part of a name
	ctxPhone                          // "Tel.": the numbers after are a phone number
	ctxDet                            // "der": allows an ordinal flagged needs-det
	ctxOrdNoun                        // "Oktober": a noun counted with an ordinal
	ctxTimePrep                       // "um": a score-like "14:30" after it is a clock time
	ctxUnit                           // "GB": a unit written right after digits ("16GB")
)

var ctxKinds = map[string]ctxFlags{
	"clock": ctxClock, "name": ctxName, "name-after": ctxNameAfter,
	"phone": ctxPhone, "det": ctxDet, "time": ctxTimePrep, "unit": ctxUnit,
}

// phraseRef places one word inside a fixed phrase.
type phraseRef struct {
	words []string
	at    int // index of the word in words
}

// numberContext is the loaded context data.
type numberContext struct {
	words   map[string]ctxFlags
	phrases map[string][]phraseRef // by each word of the phrase
	// screen holds the words that have a flag other than det; phraseScreen
	// the words of phrases. They are kept apart because phrases contain
	// frequent words ("der", "die", "in") that a numeral's neighbours
	// would otherwise look up in vain.
	screen, phraseScreen wordScreen
}

// loadNumberContext reads numbers-context.txt, numbers-phrases.txt and the
// "next" nouns of ordinal-context.txt.
func loadNumberContext(lex *lexicon.Lexicon, errs *lexicon.ErrorList) (*numberContext, error) {
	c := &numberContext{words: map[string]ctxFlags{}, phrases: map[string][]phraseRef{}}
	for _, load := range []func(*lexicon.Lexicon, *lexicon.ErrorList) error{c.loadWords, c.loadPhrases, c.loadOrdinalNouns} {
		if err := load(lex, errs); err != nil {
			return nil, err
		}
	}
	for w, f := range c.words {
		if f&^ctxDet != 0 { // determiners are looked up only for needs-det words
			c.screen.addWord(w)
		}
	}
	for w := range c.phrases {
		c.phraseScreen.addWord(w)
	}
	return c, nil
}

// loadWords reads numbers-context.txt.
func (c *numberContext) loadWords(lex *lexicon.Lexicon, errs *lexicon.ErrorList) error {
	ents, err := lex.Entries(numbersContextFile)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if err := e.Need("word", "kind"); err != nil {
			errs.Add(err)
			continue
		}
		f, ok := ctxKinds[e.Field(1)]
		if !ok || e.Field(0) == "" {
			errs.Add(e.Errorf("unknown kind %q (want clock, time, name, name-after, phone, det or unit)", e.Field(1)))
			continue
		}
		c.words[e.Field(0)] |= f
	}
	return nil
}

// loadPhrases reads numbers-phrases.txt.
func (c *numberContext) loadPhrases(lex *lexicon.Lexicon, errs *lexicon.ErrorList) error {
	ents, err := lex.Entries(numbersPhrasesFile)
	if err != nil {
		return err
	}
	for _, e := range ents {
		words := strings.Fields(strings.Join(e.Fields, " "))
		if len(words) < 2 && (len(words) == 0 || indexHyphen(words[0]) <= 0) {
			errs.Add(e.Errorf("a phrase needs at least two words, or one with a hyphen"))
			continue
		}
		for i, word := range words {
			c.phrases[word] = append(c.phrases[word], phraseRef{words: words, at: i})
		}
	}
	return nil
}

// loadOrdinalNouns reads the nouns counted with an ordinal ("next" lines)
// from the tokenizer's ordinal-context.txt.
func (c *numberContext) loadOrdinalNouns(lex *lexicon.Lexicon, _ *lexicon.ErrorList) error {
	ents, err := lex.Entries("ordinal-context.txt")
	if err != nil {
		return err
	}
	for _, e := range ents {
		if e.Field(1) == "next" {
			c.words[e.Field(0)] |= ctxOrdNoun
		}
	}
	return nil
}

// flags returns the context flags of a word.
func (c *numberContext) flags(s string) ctxFlags {
	if c == nil || !c.screen.has(s) {
		return 0
	}
	return c.words[s]
}

// tokenHas reports whether token i exists and has one of the flags.
func (r *numberRun) tokenHas(i int, f ctxFlags) bool { return r.flagsAt(i)&f != 0 }

// flagsAt returns the context flags of token i (none if there is no such
// token).
func (r *numberRun) flagsAt(i int) ctxFlags {
	if i < 0 || i >= len(r.toks) || r.ctx == nil {
		return 0
	}
	t := r.toks[i]
	if !r.ctx.screen.hasAt(r.text, t.Start, t.End) {
		return 0
	}
	return r.ctx.words[r.text[t.Start:t.End]]
}

// inPhrase reports whether a token of [start, end) belongs to a fixed
// phrase of numbers-phrases.txt.
func (r *numberRun) inPhrase(start, end int) bool {
	for i := start; i < end; i++ {
		if !r.ctx.phraseScreen.hasAt(r.text, r.toks[i].Start, r.toks[i].End) {
			continue
		}
		for _, ref := range r.ctx.phrases[r.tokText(i)] {
			if r.phraseAt(i-ref.at, ref.words) {
				return true
			}
		}
	}
	return false
}

// phraseAt reports whether the tokens from first spell words.
func (r *numberRun) phraseAt(first int, words []string) bool {
	if first < 0 || first+len(words) > len(r.toks) {
		return false
	}
	for k, w := range words {
		if r.tokText(first+k) != w {
			return false
		}
	}
	return true
}

// lineStart reports whether token i is the first on its line.
func (r *numberRun) lineStart(i int) bool {
	if i == 0 {
		return true
	}
	gap := r.text[r.toks[i-1].End:r.toks[i].Start] // mostly one space: a call to IndexByte costs more
	for j := 0; j < len(gap); j++ {
		if gap[j] == '\n' {
			return true
		}
	}
	return false
}

// sameLine reports whether tokens i-1 and i are on one line.
func (r *numberRun) sameLine(i int) bool { return i > 0 && !r.lineStart(i) }

// listMarker reports a list item number: "1." or "1)" or "(1)" opening a
// line. "1. Mai" at the start of a line is a date, not a marker; nor is a
// bracketed date or year ("(31.10.2007)"): a marker has one or two digits.
func (r *numberRun) listMarker(i int) bool {
	t := r.toks[i]
	if t.Kind != annotate.Ordinal && !(i+1 < len(r.toks) && r.tokText(i+1) == ")" && r.toks[i+1].Start == t.End && allDigits(r.tokText(i), 1, 2)) {
		return false // the common case, checked first: no ")" after a number
	}
	open := i > 0 && r.tokText(i-1) == "(" && r.lineStart(i-1)
	if !r.lineStart(i) && !open {
		return false
	}
	return t.Kind != annotate.Ordinal || !open && t.End-t.Start <= 3 && !r.tokenHas(i+1, ctxOrdNoun) && !r.spacedDate(i)
}

// spacedDate reports a day ordinal at token i followed by the month
// ordinal and a year, written with spaces ("26. 10. 2015").
func (r *numberRun) spacedDate(i int) bool {
	if i+2 >= len(r.toks) || r.toks[i+1].Kind != annotate.Ordinal || r.toks[i+2].Kind != annotate.Number {
		return false
	}
	return r.toks[i+1].End-r.toks[i+1].Start <= 3 && allDigits(r.tokText(i+2), 4, 4) && r.sameLine(i+2)
}

// phoneStart reports a number that begins a phone number or code: after a
// word like "Tel.", an international prefix ("+43 1 …"), or digits with a
// leading zero ("0664 123456", "01/234").
func (r *numberRun) phoneStart(i int) bool {
	s := r.tokText(i)
	prev := i - 1
	if prev >= 0 && r.tokText(prev) == ":" {
		prev--
	}
	switch {
	case r.tokenHas(prev, ctxPhone):
		return true
	case s[0] == '+':
		j := i + 1
		if j < len(r.toks) && r.tokText(j) == ")" {
			j++
		}
		return j < len(r.toks) && r.toks[j].Kind == annotate.Number && r.sameLine(j)
	case s[0] == '0' && len(s) >= 3 && !strings.ContainsAny(s, ",.:"):
		return true
	}
	return false
}

// phoneEnd returns the token after the phone number that starts at i:
// numbers, slashes, dashes and brackets on the same line.
func (r *numberRun) phoneEnd(i int) int {
	j := i + 1
	for j < len(r.toks) && r.sameLine(j) {
		t := r.toks[j]
		if t.Kind != annotate.Number && !(t.Kind == annotate.Punct && strings.Contains("/-–()", r.tokText(j))) {
			break
		}
		j++
	}
	return j
}

// clubNumber reports a two-digit number with a leading zero after a
// capitalised word: part of a club name ("Schalke 04", "Mainz 05").
func (r *numberRun) clubNumber(i int) bool {
	s := r.tokText(i)
	if len(s) != 2 || s[0] != '0' || i == 0 || r.toks[i-1].Kind != annotate.Word {
		return false
	}
	p := r.tokText(i - 1)
	return p[0] >= 'A' && p[0] <= 'Z'
}

// dotAfter reports whether a "." token follows token i directly.
func (r *numberRun) dotAfter(i int) bool {
	if i+1 >= len(r.toks) {
		return false
	}
	t := r.toks[i+1]
	return t.Start == r.toks[i].End && t.End == t.Start+1 && r.text[t.Start] == '.'
}

// wordScreen is a small exact-word screen (a Bloom filter with one hash)
// for the few context words; see prefixScreen.
type wordScreen [1 << 6]uint64

func (p *wordScreen) addWord(s string) {
	if s != "" {
		k := screenKey(s, len(s)) >> 3
		p[k>>6] |= 1 << (k & 63)
	}
}

func (p *wordScreen) has(s string) bool {
	if s == "" {
		return false
	}
	k := screenKey(s, len(s)) >> 3
	return p[k>>6]&(1<<(k&63)) != 0
}

// hasAt is has(text[start:end]) for a word inside text.
func (p *wordScreen) hasAt(text string, start, end int) bool {
	if start+4 > len(text) {
		return p.has(text[start:end])
	}
	b := text[start : start+4]
	k := screenHash(uint32(b[0])|uint32(b[1])<<8|uint32(b[2])<<16|uint32(b[3])<<24, end-start) >> 3
	return p[k>>6]&(1<<(k&63)) != 0
}

// isDet reports a determiner of numbers-context.txt at token i.
func (r *numberRun) isDet(i int) bool {
	return i >= 0 && i < len(r.toks) && r.ctx != nil && r.ctx.words[r.tokText(i)]&ctxDet != 0
}
