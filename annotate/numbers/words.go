package numbers

import (
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
)

// Words reads and spells German numerals: number words of any size
// ("zweitausendvierundzwanzig", "zwei Millionen dreihunderttausend"),
// ordinals ("dritten", "hundertster"), fractions ("drei Viertel",
// "eineinhalb") and vague quantities ("Tausende"). Its word lists come from
// the lexicon files numbers-words.txt, numbers-suffixes.txt,
// numbers-scales.txt, numbers-fractions.txt and numbers-vague.txt. A
// Words is immutable and safe for concurrent use.
type Words struct {
	morphs         [256][]morph    // compound-word morphemes by first byte, longest first
	ords           []ordStem       // ordinal stems, longest first
	ordLast        [256]bool       // last bytes of the ordinal stems
	inflections    []string        // adjective endings ("en", "e")
	fracSuffixes   []string        // "el", "eln", "els"
	half           string          // "einhalb", a word alone too
	halves         []string        // "einhalb", "undhalb": endings that add one half
	whole          map[string]atom // words read as a whole: multipliers, fractions, vague, articles
	known          map[string]atom // whole plus the readings of frequent derived words ("zwei", "dritten")
	needsNumerator map[int64]bool  // denominators that are fractions only after a numerator
	capNoun        map[string]bool // words that are nouns when capitalised in a sentence ("Elf")
	screen         prefixScreen    // the first four bytes every number word can start with
	spell          spellTables
}

// spellTables holds the forms used to spell numbers.
type spellTables struct {
	zero, final, and, hundred, thousand string
	units                               [10]string
	teens                               [10]string
	tens                                [10]string
	irregularOrd                        map[int64]string // "erst", "dritt"
	ordSmall, ordLarge                  string           // "t", "st"
	scales                              []scaleName      // largest first
}

// scaleName is a multiplier of one million or more, as spelled.
type scaleName struct {
	value        int64
	singular, pl string
}

// Numeral is the reading of a number expression.
type Numeral struct {
	// Value is the number; it is 0 for a vague quantity.
	Value float64
	// Kind is "cardinal", "ordinal", "fraction" or "vague".
	Kind string
}

// NUMBER kinds (Span.Kind, Numeral.Kind), as the core defines them.
const (
	KindCardinal = annotate.KindCardinal
	KindOrdinal  = annotate.KindOrdinal
	KindFraction = annotate.KindFraction
	KindVague    = annotate.KindVague
)

// NewWords loads the number-word lists from lex. Errors name the file
// and line of every bad entry.
func NewWords(lex *lexicon.Lexicon) (*Words, error) {
	w := &Words{whole: map[string]atom{}, needsNumerator: map[int64]bool{}, capNoun: map[string]bool{}}
	w.spell.irregularOrd = map[int64]string{}
	var errs lexicon.ErrorList
	for _, load := range []func(*lexicon.Lexicon, *lexicon.ErrorList) error{
		w.loadWords, w.loadSuffixes, w.loadScales, w.loadFractions, w.loadVague,
	} {
		if err := load(lex, &errs); err != nil {
			return nil, err
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	if err := w.finish(); err != nil {
		return nil, err
	}
	return w, nil
}

// Parse reads s, one numeral of one or more words separated by spaces:
// "drei", "zweitausendvierundzwanzig", "minus zwölf", "zwei Millionen
// dreihunderttausend", "3,5 Millionen", "dritten", "drei Viertel",
// "eineinhalb", "Tausende". Case does not matter. It reports false for
// anything else, including a lone article ("eine").
func (w *Words) Parse(s string) (Numeral, bool) {
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > 16 {
		return Numeral{}, false
	}
	doc := annotate.Document{Text: strings.Join(fields, " "), Tokens: make([]annotate.Token, len(fields))}
	pos := 0
	for i, f := range fields {
		doc.Tokens[i] = annotate.Token{Start: pos, End: pos + len(f), Kind: annotate.Word}
		if c := f[0]; (c == '-' || c == '+' || c == ',') && len(f) > 1 || annotate.GuessKind(f) == annotate.Number {
			doc.Tokens[i].Kind = annotate.Number
		}
		pos += len(f) + 1
	}
	r := numberRun{words: w, doc: &doc, text: doc.Text, toks: doc.Tokens, last: len(fields)}
	first := 0 // an article or a vague determiner is read from the word after it
	if a := r.wholeBefore(1); a.kind == aArticle || a.kind == aVagueDet {
		first = 1
	}
	c, ok := r.combine(first)
	if !ok || c.end != len(fields) || c.start != 0 && c.kind != KindVague {
		return Numeral{}, false
	}
	return Numeral{Value: c.value, Kind: c.kind}, true
}

// Spell returns the German spelling of n as written in running text:
// one word below a million ("zweitausendvierundzwanzig"), multipliers from
// a million on as separate words ("zwei Millionen dreihunderttausend").
func (w *Words) Spell(n int64) string {
	var b strings.Builder
	if n < 0 {
		b.WriteString("minus ")
		n = -n // n = MinInt64 stays negative; spelled as 0 below
	}
	if n <= 0 {
		b.WriteString(w.spell.zero)
		return b.String()
	}
	first := true
	for _, sc := range w.spell.scales {
		q := n / sc.value
		if q == 0 {
			continue
		}
		n %= sc.value
		if !first {
			b.WriteByte(' ')
		}
		first = false
		w.spellScale(&b, q, sc)
	}
	if n > 0 {
		if !first {
			b.WriteByte(' ')
		}
		w.spellBelowMillion(&b, n, true)
	}
	return b.String()
}

// spellScale writes "eine Million", "zwei Millionen", "tausend Milliarden".
func (w *Words) spellScale(b *strings.Builder, q int64, sc scaleName) {
	if q == 1 {
		b.WriteString(w.spell.units[1] + "e " + sc.singular)
		return
	}
	if q >= 1_000_000 { // beyond the largest multiplier: "tausend Billionen" and up
		b.WriteString(w.Spell(q))
	} else {
		w.spellBelowMillion(b, q, true)
	}
	b.WriteString(" " + sc.pl)
}

// SpellOrdinal returns the ordinal of 1 ≤ n < 1 000 000 in its base form
// ("erste", "dritte", "einundzwanzigste", "hundertste"), or "" for other n.
func (w *Words) SpellOrdinal(n int64) string {
	if n < 1 || n >= 1_000_000 {
		return ""
	}
	card := w.Spell(n)
	last := n % 100
	if last == 0 || last >= 20 {
		return card + w.spell.ordLarge + "e"
	}
	if irr, ok := w.spell.irregularOrd[last]; ok {
		var tail string
		switch {
		case last == 1:
			tail = w.spell.final
		case last < 10:
			tail = w.spell.units[last]
		default:
			tail = w.spell.teens[last-10]
		}
		return strings.TrimSuffix(card, tail) + irr + "e"
	}
	return card + w.spell.ordSmall + "e"
}

// classify reads one lowercase word.
func (w *Words) classify(lw string) atom {
	if a, ok := w.known[lw]; ok {
		return a
	}
	return w.derive(lw)
}

// derive reads a word that is not read as a whole: a compound, an ordinal,
// a fraction noun.
func (w *Words) derive(lw string) atom {
	wv := w.parseWord(lw)
	a := atom{word: true, pos: wv.pos, needsDet: wv.needsDet, needsNum: wv.needsNum}
	switch wv.form {
	case formCardinal:
		a.kind, a.num = aCardinal, decimal{mant: wv.value}
		a.bare = wv.value == 100 || wv.value == 1000
		a.capNoun = w.capNoun[lw]
	case formOrdinal:
		a.kind, a.num = aOrdinal, decimal{mant: wv.value}
		if wv.scaleOrd {
			a.kind = aScaleOrd
		}
	case formDenom:
		a.kind, a.denom = aDenom, wv.value
	case formHalf:
		a.kind, a.num = aFraction, decimal{mant: 5 * wv.value, dec: 1}
	default:
		return atom{}
	}
	return a
}

// prefixScreen is a set of (first four bytes, length) pairs of the words a
// numeral can start with, hashed into a bit set. Bytes are folded with 0x20
// (which lowercases ASCII letters), shorter words are padded with zero
// bytes, and lengths from 7 bytes on count as one: "eine" and "einen" are
// not number words although "eineinhalb" is. A false positive only costs a
// closer look.
type prefixScreen [1 << 9]uint64

// screenLong is the length bucket of all words of seven bytes or more.
const screenLong = 7

// screenLens holds, for a word of n bytes (n < 64), the mask that keeps
// the first min(n, 4) bytes of a little-endian four-byte load and the hash
// term of its length bucket min(n, 7). A table, not min(): the hot loop
// must not branch on the word's length.
var screenLens = func() (t [64]struct{ mask, bucket uint32 }) {
	masks := [5]uint32{0, 0xff, 0xffff, 0xffffff, 0xffffffff}
	for n := range t {
		t[n].mask = masks[min(n, 4)]
		t[n].bucket = uint32(min(n, screenLong)) * 0x85EBCA6B
	}
	return t
}()

// screenHash hashes four little-endian bytes of a word of n bytes, of
// which the first min(n, 4) count, and its length bucket, to 15 bits.
func screenHash(w uint32, n int) uint32 {
	l := &screenLens[min(uint(n), 63)] // longer words are rare: the branch is predicted
	return ((w|0x20202020)&l.mask*0x9E3779B1 + l.bucket) >> 17
}

// screenKey hashes the first bytes of s for a word of n bytes.
func screenKey(s string, n int) uint32 {
	var w uint32
	for i := 0; i < len(s) && i < 4; i++ {
		w |= uint32(s[i]) << (8 * i)
	}
	return screenHash(w, n)
}

// addWord records the word s.
func (p *prefixScreen) addWord(s string) { p.addKey(screenKey(s, len(s))) }

// addStart records that words of seven bytes or more can start with s.
func (p *prefixScreen) addStart(s string) { p.addKey(screenKey(s, screenLong)) }

func (p *prefixScreen) addKey(k uint32) { p[k>>6] |= 1 << (k & 63) }

func (p *prefixScreen) has(s string) bool {
	if s == "" {
		return false
	}
	k := screenKey(s, len(s))
	return p[k>>6]&(1<<(k&63)) != 0
}

// hasAt is has(text[start:end]) for a word inside text; it loads four bytes
// at once where the text allows. (numberRun.candidate has a copy inline.)
func (p *prefixScreen) hasAt(text string, start, end int) bool {
	if start+4 > len(text) {
		return p.has(text[start:end])
	}
	b := text[start : start+4]
	k := screenHash(uint32(b[0])|uint32(b[1])<<8|uint32(b[2])<<16|uint32(b[3])<<24, end-start)
	return p[k>>6]&(1<<(k&63)) != 0
}
