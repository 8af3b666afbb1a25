package annotate

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the tokenizer's scanners for words, numbers, quotation
// marks and the special forms (URLs, e-mail addresses, tags).

// scanWord returns the end of the word that continues at i: word runes,
// joined by hyphens ("Ex-Nato-Generalsekretär", "COVID-19"), apostrophes
// ("geht's"), gender signs ("Leser:innen", "Lehrer*innen") and a trailing
// hyphen of a truncated compound ("Wirtschafts- und …").
func scanWord(text string, i int) int {
	for {
		for { // eight bytes at a time
			if i+8 > len(text) {
				for i < len(text) && byteClass[text[i]]&cWordByte != 0 {
					i++ // ASCII letters and digits at the end of the text
				}
				break
			}
			b := text[i : i+8]
			x := uint64(b[7])<<56 | uint64(b[6])<<48 | uint64(b[5])<<40 | uint64(b[4])<<32 |
				uint64(b[3])<<24 | uint64(b[2])<<16 | uint64(b[1])<<8 | uint64(b[0])
			n := alnumCount(x)
			i += n
			if n < 8 {
				break
			}
		}
		if i >= len(text) {
			return i
		}
		switch c := text[i]; {
		case c < utf8.RuneSelf:
			if byteClass[c]&cJoin == 0 {
				return i // no joining sign: the word ends here
			}
		case c == 0xc3 && i+1 < len(text) && isLatin1Letter(text[i+1]):
			i += 2 // ä ö ü ß é …: a letter of U+00C0–U+00FF
			continue
		}
		r, size := runeAt(text, i)
		if isWordRune(r) {
			i += size
			continue
		}
		next, nsize := runeAt(text, i+size)
		switch r {
		case '-', '\u2010', '\u2011':
			if isWordRune(next) {
				i += size
				continue
			}
			if p, _ := runeBefore(text, i); isLetter(p) && (nsize == 0 || isSpace(next) || next == ',' || next == '/') {
				return i + size // truncated compound: "Wirtschafts-"
			}
		case '\'', '’':
			if p, _ := runeBefore(text, i); isLetter(p) && isLetter(next) {
				i += size
				continue
			}
		case ':', '*', '_', '/':
			if n := genderSuffix(text, i+size); n > 0 {
				return i + size + n
			}
		}
		return i
	}
}

// alnumCount returns how many of the eight bytes of x (little-endian:
// the text's first byte is the lowest), from the first on, are ASCII
// letters or digits (the cWordByte class), testing all eight at once: a
// byte is in a range [lo, hi] when adding 0x80-lo sets its high bit and
// adding 0x7f-hi does not (no byte carries into the next, as the high
// bits are cleared first).
func alnumCount(x uint64) int {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	x7 := x &^ high
	lower := x7 | 0x20*ones // A–Z to a–z
	letter := (lower + (0x80-'a')*ones) &^ (lower + (0x7f-'z')*ones)
	digit := (x7 + (0x80-'0')*ones) &^ (x7 + (0x7f-'9')*ones)
	ok := (letter | digit) &^ x & high // and not a byte from 0x80 on
	return bits.TrailingZeros64(^ok&high) / 8
}

// isLatin1Letter reports whether the continuation byte b after 0xc3
// encodes a letter: U+00C0–U+00FF are letters but for × and ÷.
func isLatin1Letter(b byte) bool {
	return b >= 0x80 && b <= 0xbf && b != 0x97 && b != 0xb7
}

// genderSuffix returns the length of "in"/"innen" (or "In"/"Innen") at i
// when it ends a word, else 0.
func genderSuffix(text string, i int) int {
	for _, suf := range [...]string{"innen", "Innen", "in", "In"} {
		if strings.HasPrefix(text[i:], suf) {
			if r, _ := runeAt(text, i+len(suf)); !isWordRune(r) {
				return len(suf)
			}
		}
	}
	return 0
}

// initialDot reports whether the one-letter capital word [start, end) is
// an initial ("Lloyd J. Austin"): a dot, then a capitalised word or another
// initial. It returns the end including the dot.
func initialDot(text string, start, end int) (int, bool) {
	r, size := runeAt(text, start)
	if start+size != end || !unicode.IsUpper(r) || end >= len(text) || text[end] != '.' {
		return 0, false
	}
	i := end + 1
	if i < len(text) && text[i] == ' ' {
		i++
	}
	n, _ := runeAt(text, i)
	if !unicode.IsUpper(n) {
		return 0, false
	}
	return end + 1, true
}

// number scans a numeral starting at s.pos (a digit or a fraction
// character): digit groups joined by . , : / ("12.000", "3,5", "2:1",
// "24.9.2015", "1/3"), groups after a (narrow) no-break space ("12 000"),
// a fraction character after them ("2½"), the "5,-" price form and an
// ordinal dot. Digits followed by letters or a hyphen and a letter make a
// word ("1990er", "71-Jährige").
func (g *German) number(s *scanner, start int, prev []Token) Token {
	text := s.text
	i := scanDigitGroups(text, start)
	frac := false
	if r, size := runeAt(text, i); isVulgarFraction(r) {
		i, frac = i+size, true
	}
	if r, size := runeAt(text, i); isLetter(r) || (r == '-' && isLetter(peekRune(text, i+size))) {
		s.pos = scanWord(text, i)
		return Token{Start: start, End: s.pos, Kind: Word}
	}
	if frac {
		s.pos = i
		return Token{Start: start, End: i, Kind: Number}
	}
	if strings.HasPrefix(text[i:], ",-") || strings.HasPrefix(text[i:], ",–") {
		if _, size := runeAt(text, i+1); !isWordRune(peekRune(text, i+1+size)) {
			s.pos = i + 1 + size
			return Token{Start: start, End: s.pos, Kind: Number}
		}
	}
	s.pos = i
	if i < len(text) && text[i] == '.' && g.ordinalDot(text, start, i, prev) {
		s.pos = i + 1
		return Token{Start: start, End: s.pos, Kind: Ordinal}
	}
	return Token{Start: start, End: i, Kind: Number}
}

func peekRune(text string, i int) rune {
	r, _ := runeAt(text, i)
	return r
}

// scanDigitGroups returns the end of the digit groups starting at i.
func scanDigitGroups(text string, i int) int {
	i = scanDigits(text, i)
	for i < len(text) {
		switch c := text[i]; {
		case (c == '.' || c == ',' || c == ':' || c == '/') && i+1 < len(text) && isDigit(rune(text[i+1])):
			i = scanDigits(text, i+1)
		case c == 0xc2 || c == 0xe2:
			r, size := runeAt(text, i)
			if r != '\u00a0' && r != '\u202f' && r != '\u2009' {
				return i
			}
			j := scanDigits(text, i+size)
			if j-(i+size) != 3 {
				return i
			}
			i = j
		default:
			return i
		}
	}
	return i
}

func scanDigits(text string, i int) int {
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	return i
}

// ordinalDot decides whether the dot at dot after the numeral
// [start, dot) is an ordinal dot ("am 31. Oktober", "im 21. Jahrhundert",
// "der 3. Platz") or ends the sentence ("… waren es 500. Die …").
func (g *German) ordinalDot(text string, start, dot int, prev []Token) bool {
	after := dot + 1
	if after < len(text) {
		switch c := text[after]; {
		case c == '.': // "500..." is an ellipsis
			return false
		case c == ',' || c == '-': // "am 3., 4. und 5. Mai", "2.-4. Mai"
			return true
		}
		if strings.HasPrefix(text[after:], "–") {
			return true
		}
	}
	if spacedDate(text, start, dot, prev) {
		return true // "26. 10. 2015"
	}
	if lineStart(text, start, prev) && dot-start <= 2 {
		return true // list marker "1. …"
	}
	word, newline := nextWord(text, after)
	if word == "" || newline {
		return false
	}
	r, _ := runeAt(word, 0)
	if unicode.IsLower(r) || g.ordNext[word] {
		return true
	}
	if len(prev) == 0 {
		return false
	}
	p := text[prev[len(prev)-1].Start:prev[len(prev)-1].End]
	if dot-start <= 3 && !strings.ContainsAny(text[start:dot], ".,:/") {
		return g.ordPrev[p] // "am 31."
	}
	return g.ordArticle[p] && thousands(text[start:dot]) // "der 1.000. Besucher", "der 1000. Besucher"
}

// thousands reports an integer grouped with dots ("1.000", "12.500.000")
// or written without them ("1000").
func thousands(s string) bool {
	if len(s) <= 12 && allDigitsIn(s) {
		return true
	}
	first := strings.IndexByte(s, '.')
	if first < 1 || first > 3 || !allDigitsIn(s[:first]) {
		return false
	}
	for s = s[first:]; s != ""; s = s[4:] {
		if len(s) < 4 || s[0] != '.' || !allDigitsIn(s[1:4]) {
			return false
		}
	}
	return true
}

func allDigitsIn(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(rune(s[i])) {
			return false
		}
	}
	return true
}

// spacedDate reports that the dot after the number [start, dot) belongs
// to a date written with spaces: the day of "26. 10. 2015" (a month and a
// four-digit year follow) or its month (the day is the token before).
func spacedDate(text string, start, dot int, prev []Token) bool {
	n, ok := smallInt(text[start:dot])
	if !ok || n < 1 || n > 31 {
		return false
	}
	if i, ok := spacedNumber(text, dot+1, 2); ok && i < len(text) && text[i] == '.' {
		m, _ := smallInt(text[dot+2 : i])
		return m >= 1 && m <= 12 && yearAfter(text, i+1)
	}
	if n > 12 || len(prev) == 0 {
		return false
	}
	p := prev[len(prev)-1]
	day, ok := smallInt(text[p.Start : p.End-1])
	return p.Kind == Ordinal && ok && day >= 1 && day <= 31 && p.End+1 == start && text[p.End] == ' ' && yearAfter(text, dot+1)
}

// smallInt reads a number of one or two digits.
func smallInt(s string) (int, bool) {
	if len(s) < 1 || len(s) > 2 || !allDigitsIn(s) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// spacedNumber reads one space and then at most max digits at i and
// returns the end of the digits.
func spacedNumber(text string, i, max int) (int, bool) {
	if i >= len(text) || text[i] != ' ' {
		return 0, false
	}
	j := scanDigits(text, i+1)
	return j, j > i+1 && j-(i+1) <= max
}

// yearAfter reports one space and a four-digit year from 1000 to 2999 at
// i, not followed by more of a word or number.
func yearAfter(text string, i int) bool {
	j, ok := spacedNumber(text, i, 4)
	if !ok || j-i != 5 || text[i+1] != '1' && text[i+1] != '2' {
		return false
	}
	r, _ := runeAt(text, j)
	return !isWordRune(r) && (r != '.' && r != ',' || !isDigit(peekRune(text, j+1)))
}

// lineStart reports whether a token starting at start is the first on its
// line.
func lineStart(text string, start int, prev []Token) bool {
	from := 0
	if len(prev) > 0 {
		from = prev[len(prev)-1].End
	}
	return len(prev) == 0 || strings.IndexByte(text[from:start], '\n') >= 0
}

// nextWord returns the word after position i, skipping spaces, with a
// following dot if it has one ("Okt."); newline reports a line break in
// the skipped space.
func nextWord(text string, i int) (word string, newline bool) {
	for i < len(text) {
		r, size := runeAt(text, i)
		if !isSpace(r) {
			break
		}
		newline = newline || r == '\n'
		i += size
	}
	end := i
	for end < len(text) {
		r, size := runeAt(text, end)
		if !isWordRune(r) {
			break
		}
		end += size
	}
	if end < len(text) && text[end] == '.' && end > i {
		end++
	}
	return text[i:end], newline
}

// signContext reports whether a minus or plus at i can be a sign: it must
// not follow a word or number directly ("10-20" is a range).
func signContext(text string, i int) bool {
	r, size := runeBefore(text, i)
	return size == 0 || isSpace(r) || r == '(' || r == '[' || r == '/' || isQuote(r)
}

// isQuote reports quotation marks: „ “ ” " » « ‚ ‘ ’ '.
func isQuote(r rune) bool {
	switch r {
	case '„', '“', '”', '"', '»', '«', '‚', '‘', '’', '\'', '‹', '›':
		return true
	}
	return false
}

// quoteRole tells an opening from a closing quotation mark: „ and ‚ always
// open; the others by their neighbours (space or bracket before and a word
// after opens; a word or punctuation before and space or punctuation after
// closes); failing that, by the last quotation mark seen.
func quoteRole(text string, start, size int, r rune, prev []Token) QuoteRole {
	if r == '„' || r == '‚' {
		return Opening
	}
	left, _ := runeBefore(text, start)
	right, _ := runeAt(text, start+size)
	leftOpen := left == 0 || isSpace(left) || strings.ContainsRune("([{", left) || left == '„' || left == '‚'
	rightOpen := right == 0 || isSpace(right) || strings.ContainsRune(".,;:!?)]}", right) || isQuote(right)
	switch {
	case leftOpen && !rightOpen:
		return Opening
	case !leftOpen && rightOpen:
		return Closing
	}
	for i := len(prev) - 1; i >= 0 && i >= len(prev)-200; i-- {
		if prev[i].Kind == Quote {
			if prev[i].Quote == Opening {
				return Closing
			}
			return Opening
		}
	}
	return Ambiguous
}

// scanTag scans a hashtag ("#Wahl2024") or an @handle at i; it returns
// i when there is none.
func scanTag(text string, i int, r rune) (int, TokenKind) {
	j := i + 1
	for j < len(text) {
		c, size := runeAt(text, j)
		if !isWordRune(c) && c != '_' {
			break
		}
		j += size
	}
	if j == i+1 {
		return i, Symbol
	}
	if r == '#' {
		return j, Hashtag
	}
	return j, Mention
}

// scanSpecialWord recognises a URL, an e-mail address or a bare domain
// ("derStandard.at") starting at i, and returns its end and kind, or i.
func scanSpecialWord(text string, i int) (int, TokenKind) {
	rest := text[i:]
	if hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.") {
		return scanURL(text, i), URL
	}
	j := i
	dots := 0
	for j < len(text) && j-i < maxLocalPart && isEmailByte(text[j]) {
		if text[j] == '.' {
			dots++
		}
		j++
	}
	if j < len(text) && text[j] == '@' && j > i {
		if end := scanDomain(text, j+1); end > j+1 {
			return end, Email
		}
	}
	if dots == 0 {
		return i, Word
	}
	if end := scanDomain(text, i); end > i && knownTLD(text[strings.LastIndexByte(text[i:end], '.')+i+1:end]) {
		if end < len(text) && text[end] == '/' {
			end = scanURL(text, i)
		}
		return end, URL
	}
	return i, Word
}

// maxLocalPart and maxDomain bound the look-ahead for e-mail addresses
// and domains (RFC 5321 limits), keeping the tokenizer linear.
const (
	maxLocalPart = 64
	maxDomain    = 255
)

func isEmailByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// scanDomain scans labels separated by dots ("example.org") at i and
// returns the end, or i if there is no dotted name ending in a letter
// label followed by a non-word rune.
func scanDomain(text string, i int) int {
	j, lastDot := i, -1
	for j < len(text) && j-i < maxDomain {
		c := text[j]
		if c == '.' && j > i && j+1 < len(text) && isAlnumByte(text[j+1]) {
			lastDot = j
			j++
			continue
		}
		if !isAlnumByte(c) && c != '-' {
			break
		}
		j++
	}
	if lastDot < 0 || j-lastDot < 3 || isWordRune(peekRune(text, j)) {
		return i
	}
	for k := lastDot + 1; k < j; k++ {
		if !(text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z') {
			return i
		}
	}
	return j
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

var tlds = map[string]bool{
	"at": true, "de": true, "ch": true, "com": true, "org": true, "net": true, "eu": true,
	"info": true, "io": true, "uk": true, "fr": true, "it": true, "nl": true, "be": true,
	"li": true, "lu": true, "int": true, "gov": true, "edu": true, "tv": true, "fm": true,
}

func knownTLD(s string) bool { return tlds[strings.ToLower(s)] }

// scanURL scans a URL at i up to white space, dropping trailing
// punctuation (and a closing bracket without its opener).
func scanURL(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := runeAt(text, j)
		if isSpace(r) || r == '<' || r == '>' || r == '"' || r == '„' || r == '“' || r == '”' || r == '«' || r == '»' {
			break
		}
		j += size
	}
	for j > i {
		r, size := runeBefore(text, j)
		if strings.ContainsRune(".,;:!?'’", r) || r == ')' && !strings.Contains(text[i:j], "(") {
			j -= size
			continue
		}
		break
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
