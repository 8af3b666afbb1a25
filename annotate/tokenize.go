package annotate

import (
	"unicode"
	"unicode/utf8"
)

// Tokenizer splits a text into tokens and sentences. Implementations keep
// byte offsets into the text they were given and never change it.
type Tokenizer interface {
	// Name identifies the tokenizer ("german", "prose").
	Name() string
	// Tokenize returns the tokens and sentences of text.
	Tokenize(text string) ([]Token, []Sentence)
}

// German is quelle's own rule-based tokenizer and sentence segmenter for
// German news text. It makes one pass over the bytes; its word lists come
// from the lexicon (abbreviations.txt, ordinal-context.txt). It is
// immutable and safe for concurrent use.
type German struct {
	abbr    *abbrevTrie
	ordNext map[string]bool // "31. Oktober": nouns after an ordinal
	ordPrev map[string]bool // "am 31.": words before an ordinal
	// ordArticle holds the determiners among them, after which a number
	// grouped with dots is an ordinal too ("der 1.000. Besucher")
	ordArticle map[string]bool
}

// Name returns "german".
func (g *German) Name() string { return "german" }

// Tokenize splits text into tokens, then groups them into sentences.
func (g *German) Tokenize(text string) ([]Token, []Sentence) {
	return g.TokenizeInto(text, nil, nil)
}

// TokenizeInto is Tokenize writing into the storage of toks and sents
// (their contents are overwritten), so that a caller who annotates
// document after document can hand the last document's slices back and
// allocate nothing once they have grown (Pipeline.Annotate does this with
// a document's own Tokens and Sentences).
func (g *German) TokenizeInto(text string, toks []Token, sents []Sentence) ([]Token, []Sentence) {
	toks = g.tokens(text, toks)
	return toks, g.segment(text, toks, sents)
}

// tokens is the tokenizer proper. The commonest tokens take fast paths
// that give the same tokens as next: a space, a word that starts with an
// ASCII letter, and the ASCII punctuation marks that are always a token of
// their own (next's unicode.IsPunct case, or scanRun for dots).
func (g *German) tokens(text string, toks []Token) []Token {
	if want := len(text)/5 + 1; cap(toks) < want {
		toks = make([]Token, 0, want)
	}
	toks = toks[:0]
	s := scanner{text: text}
	pos := 0 // s.pos, kept in a register on the fast paths
	for pos < len(text) {
		start := pos
		if c := text[start]; c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n':
				pos++
				continue
			case byteClass[c]&cLetter != 0:
				end := scanWord(text, start)
				if end < len(text) && byteClass[text[end]]&cAfterWord != 0 {
					s.pos = start
					toks = append(toks, g.word(&s, start, end))
					pos = s.pos
					continue
				}
				toks = append(toks, Token{Start: start, End: end, Kind: Word})
				pos = end
				if pos < len(text) && text[pos] == ' ' {
					pos++ // the space after a word, without a turn of the loop
				}
				continue
			case c == '.':
				pos = scanRun(text, start, '.')
				toks = append(toks, Token{Start: start, End: pos, Kind: Punct})
				continue
			case c == ',' && (start+1 == len(text) || !isDigit(rune(text[start+1]))),
				c == ';' || c == ':' || c == '(' || c == ')':
				pos++
				toks = append(toks, Token{Start: start, End: pos, Kind: Punct})
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[start:])
		if r == utf8.RuneError && size == 1 {
			toks = append(toks, Token{Start: start, End: start + 1, Kind: Symbol})
			pos++
			continue
		}
		if isSpace(r) {
			pos += size
			continue
		}
		s.pos = start
		t := g.next(&s, r, size, toks)
		toks = append(toks, t)
		pos = s.pos
	}
	return toks
}

// next scans one token starting at s.pos, whose first rune is r.
func (g *German) next(s *scanner, r rune, size int, prev []Token) Token {
	start := s.pos
	switch {
	case isLetter(r):
		return g.word(s, start, scanWord(s.text, start))
	case isDigit(r) || r >= '¼' && isVulgarFraction(r):
		return g.number(s, start, prev)
	case r == ',' && start+1 < len(s.text) && isDigit(rune(s.text[start+1])) && signContext(s.text, start):
		// ",77": a decimal without its zero, when the comma does not
		// follow a word or number
		s.pos = start + 1
		if t := g.number(s, start+1, prev); t.Kind == Number {
			t.Start = start
			return t
		}
		s.pos = start + 1
		return Token{Start: start, End: s.pos, Kind: Punct}
	case (r == '-' || r == '−' || r == '+') && signContext(s.text, start) && start+size < len(s.text) && isDigit(rune(s.text[start+size])):
		s.pos = start + size
		t := g.number(s, start+size, prev)
		t.Start = start
		return t
	case isQuote(r):
		s.pos = start + size
		return Token{Start: start, End: s.pos, Kind: Quote, Quote: quoteRole(s.text, start, size, r, prev)}
	case r == '#' || r == '@':
		if end, kind := scanTag(s.text, start, r); end > start {
			s.pos = end
			return Token{Start: start, End: end, Kind: kind}
		}
	case r == '.' || r == '!' || r == '?':
		s.pos = scanRun(s.text, start, r)
		return Token{Start: start, End: s.pos, Kind: Punct}
	case r == '-':
		s.pos = scanRun(s.text, start, '-')
		return Token{Start: start, End: s.pos, Kind: Punct}
	case unicode.IsPunct(r):
		s.pos = start + size
		return Token{Start: start, End: s.pos, Kind: Punct}
	}
	s.pos = start + size
	s.pos = scanJoiners(s.text, s.pos)
	return Token{Start: start, End: s.pos, Kind: Symbol}
}

// word makes the token that starts with a letter at start, whose word
// (scanWord) ends at end: a word, or, when the letters are followed by a
// dot or another joining sign, an abbreviation, an initial, a URL or an
// e-mail address. The checks for those run only when such a sign follows,
// so ordinary words are scanned once.
func (g *German) word(s *scanner, start, end int) Token {
	if end < len(s.text) {
		switch s.text[end] {
		case '.':
			// an abbreviation's first segment holds the letters at start
			// and the dot: a word too long for that (abbrevTrie.maxFirst)
			// is none, and match, which would read its letters again,
			// would say so
			if end+1-start <= g.abbr.maxFirst {
				if e, ok := g.abbr.match(s.text, start); ok {
					s.pos = e
					return Token{Start: start, End: e, Kind: Abbrev}
				}
			}
			if e, ok := initialDot(s.text, start, end); ok {
				s.pos = e
				return Token{Start: start, End: e, Kind: Abbrev}
			}
			if end+1 == len(s.text) || s.text[end+1] == ' ' || s.text[end+1] == '\n' {
				// a word that ends a sentence: a dot before white space
				// or the end continues no URL, domain or e-mail address
				break
			}
			fallthrough
		case '@', ':', '_', '%', '+', '-':
			if e, kind := scanSpecialWord(s.text, start); e > end {
				s.pos = e
				return Token{Start: start, End: e, Kind: kind}
			}
		}
	}
	s.pos = end
	return Token{Start: start, End: end, Kind: Word}
}

// scanner is the tokenizer's cursor.
type scanner struct {
	text string
	pos  int
}

// isSpace reports runes that separate tokens and are not part of any:
// white space, control characters (NUL included), BOM and zero-width space.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0', '\u202f', '\ufeff', '\u200b', '\u2060':
		return true
	}
	if r < 0x80 {
		return r < 0x20 || r == 0x7f
	}
	return unicode.IsSpace(r) || unicode.IsControl(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isVulgarFraction reports the fraction characters ½ ¼ ¾ and ⅐ … ⅞: a
// number alone ("½") or after digits ("2½").
func isVulgarFraction(r rune) bool {
	return r == '½' || r == '¼' || r == '¾' || r >= '⅐' && r <= '⅞'
}

// Classes of bytes, for the fast paths (bytes from 0x80 on have none).
const (
	cLetter    = 1 << iota // an ASCII letter
	cDigit                 // an ASCII digit
	cJoin                  // an ASCII byte that may join a word to more (scanWord)
	cAfterWord             // an ASCII byte after a word that word must look at
	cEnd                   // a first byte of punctuation that may end a sentence (segment)
	cWordByte  = cLetter | cDigit
)

// byteClass is never written after package initialization.
var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= cLetter
		t[c-'a'+'A'] |= cLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] |= cDigit
	}
	for _, c := range "-':*_/" {
		t[c] |= cJoin
	}
	for _, c := range ".@:_%+-" {
		t[c] |= cAfterWord
	}
	// terminal's and closes' punctuation: . ! ? ) ] and the first byte
	// of … (U+2026, e2 80 a6)
	for _, c := range []byte(".!?)]\xe2") {
		t[c] |= cEnd
	}
	return t
}()

// isLetter reports runes that can start or continue a word.
func isLetter(r rune) bool {
	if r < 0x80 {
		return byteClass[r]&cLetter != 0
	}
	return unicode.IsLetter(r)
}

// isWordRune reports runes that continue a word: letters, digits,
// combining marks and the soft hyphen.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return byteClass[r]&cWordByte != 0
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r) || r == '\u00ad'
}

// runeAt decodes the rune at i; it returns (0, 0) at the end of the text.
func runeAt(text string, i int) (rune, int) {
	if i >= len(text) || i < 0 {
		return 0, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// runeBefore decodes the rune ending at i; it returns (0, 0) at the start.
func runeBefore(text string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(text[:i])
}

// scanRun returns the end of a run of r starting at i ("...", "?!", "--").
// For '!' and '?' the run mixes both.
func scanRun(text string, i int, r rune) int {
	for i < len(text) {
		c := rune(text[i])
		if c == r || (r == '!' || r == '?') && (c == '!' || c == '?') {
			i++
			continue
		}
		break
	}
	return i
}

// scanJoiners extends a symbol over variation selectors, zero-width joiners
// and skin-tone modifiers, so that an emoji sequence is one token.
func scanJoiners(text string, i int) int {
	for {
		r, size := runeAt(text, i)
		switch {
		case size == 0:
			return i
		case r == '\u200d':
			_, s2 := runeAt(text, i+size)
			i += size + s2
		case r >= '\ufe00' && r <= '\ufe0f', r >= 0x1f3fb && r <= 0x1f3ff, unicode.Is(unicode.M, r):
			i += size
		default:
			return i
		}
	}
}

// GuessKind classifies a token by its text alone, for tokenizers that do
// not (the prose baseline): a word, a number, a quotation mark or
// punctuation.
func GuessKind(s string) TokenKind {
	r, _ := runeAt(s, 0)
	switch {
	case isLetter(r):
		return Word
	case isDigit(r) || isVulgarFraction(r):
		return Number
	case isQuote(r):
		return Quote
	}
	return Punct
}
