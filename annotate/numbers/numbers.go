package numbers

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
)

// Stage is the NUMBER stage: it finds German numeral expressions in a
// tokenized document and adds a NUMBER span with value and kind for each
// (annotation scheme §4, gold/GUIDELINES.md §3).
//
//	digits      "12.000" 12000, "3,5" 3.5, ",77" 0.77, "5,-" 5, "−3" -3, "− 3" -3,
//	            "1990er" → "1990", "500km" → "500"
//	words       "drei", "einundzwanzig", "zweitausendvierundzwanzig", "dreien",
//	            "zwei Komma fünf" 2.5, "negativ zwei" -2, "Drei-Punkte-Plan" → "Drei"
//	multipliers "3,5 Millionen", "2,7 Mrd.", "eine Million", "12 Tausend",
//	            "fünf und drei Viertel Milliarden", "zwei billiarden … millionen"
//	ordinals    "31." in "31. Oktober", "dritten", "hundertster", "der 1.000. Besucher",
//	            "einhundert Milliardste"
//	fractions   "ein Drittel", "drei Viertel", "Hälfte", "eineinhalb", "1/3", "½", "2½",
//	            "dreiviertel", "drei halbe" 1.5
//	vague       "Tausende", "Dutzende", "zig", "Millionen Menschen" (value null)
//	split       "24.9.2015" and "24. 9. 2015" → "24." "9." "2015"; "2:1" → "2" "1"; "2015/16"
//	not numbers clock times, phone numbers, list markers, names ("Windows 11", "iPhone 6s"),
//	            a lone "ein/eine", numerals inside words ("zehnjährig"), dashes ("Wien - 12")
//
// Every span's Rule is the lexicon entry (file:line) or the rule name
// that produced it. A Stage is immutable and safe for concurrent use.
type Stage struct {
	words *Words
	ctx   *numberContext
}

// New builds the NUMBER stage from the lexicon files numbers-*.txt
// (and the ordinal nouns of ordinal-context.txt). Errors name the file and
// line of every bad entry.
func New(lex *lexicon.Lexicon) (*Stage, error) {
	var errs lexicon.ErrorList
	words, err := NewWords(lex)
	errs.Add(err) // and go on: the context files' errors are reported too
	ctx, err := loadNumberContext(lex, &errs)
	if err != nil {
		return nil, err
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return &Stage{words: words, ctx: ctx}, nil
}

// Words returns the stage's number-word reader.
func (n *Stage) Words() *Words { return n.words }

// Layer returns LayerNumbers.
func (n *Stage) Layer() string { return annotate.LayerNumbers }

// Labels returns the one label the stage writes, NUMBER.
func (n *Stage) Labels() []string { return []string{annotate.LabelNumber} }

// Needs returns nil: the NUMBER stage reads only the tokens.
func (n *Stage) Needs() []string { return nil }

// Annotate appends a NUMBER span for every numeral of doc, in text order.
// doc must be tokenized.
func (n *Stage) Annotate(doc *annotate.Document) {
	r := numberRun{words: n.words, ctx: n.ctx, doc: doc, text: doc.Text, toks: doc.Tokens}
	if len(doc.Sentences) == 0 {
		r.sentence(0, len(doc.Tokens))
	}
	for _, s := range doc.Sentences {
		r.sentence(s.First, s.Last)
	}
	r.flush()
}

// numberRun is the state of one Annotate (or Words.Parse) call.
type numberRun struct {
	words       *Words
	ctx         *numberContext // nil in Parse: no context rules
	doc         *annotate.Document
	text        string
	toks        []annotate.Token
	first, last int               // the current sentence's tokens
	skipUntil   int               // tokens before this belong to a phone number
	pend        [32]annotate.Span // spans found, not yet in doc.Spans (see flush)
	npend       int
	cache       [4]cachedAtom
	buf         [128]byte
}

// cachedAtom remembers the atom of token i1-1 (i1 == 0: empty).
type cachedAtom struct {
	i1 int
	a  atom
}

// vagueBefore reports a vague determiner ("mehrere") before token i.
func (r *numberRun) vagueBefore(i int) (string, bool) {
	a := r.wholeBefore(i)
	return a.pos, a.kind == aVagueDet
}

// articleBefore reports an article ("eine") before token i.
func (r *numberRun) articleBefore(i int) bool { return r.wholeBefore(i).kind == aArticle }

// sentenceStart reports whether token i begins its sentence, or a quote
// or bracket inside it.
func (r *numberRun) sentenceStart(i int) bool {
	return i == r.first || r.toks[i-1].Kind == annotate.Quote || r.text[r.toks[i-1].Start] == '('
}

// wholeBefore reads the token before i as a whole word: the words the
// prefix screen leaves out (articles, vague determiners).
func (r *numberRun) wholeBefore(i int) atom {
	if i-1 < r.first || i-1 >= r.last || r.toks[i-1].Kind != annotate.Word {
		return atom{}
	}
	lw := lowerWord(r.buf[:], r.tokText(i-1))
	if lw == nil {
		return atom{}
	}
	return r.words.whole[string(lw)]
}

func (r *numberRun) tokText(i int) string { return r.text[r.toks[i].Start:r.toks[i].End] }

// sentence annotates the tokens [first, last).
func (r *numberRun) sentence(first, last int) {
	r.first, r.last = first, last
	for i := r.candidate(first, last); i < last; i = r.candidate(i, last) {
		i = r.at(i)
	}
}

// candidate returns the first token in [i, last) that may start a numeral
// (or last): a Number or Ordinal, a Word that starts with a digit, or a
// Word the prefix screen lets through. Only about one token in thirty is
// one, and this loop visits every token of the document, so it is written
// without branches on the token: its kind, first byte and
// screen bit (prefixScreen.hasAt, inlined) are combined arithmetically.
func (r *numberRun) candidate(i, last int) int {
	// The careful path needs Word 0, Number 1, Ordinal 2: with other
	// values one of these unsigned constants overflows and the build stops.
	const _ = (0 - annotate.Word) + (annotate.Number - 1) + (1 - annotate.Number) + (annotate.Ordinal - 2) + (2 - annotate.Ordinal)
	screen, text, toks := &r.words.screen, r.text, r.toks[:last]
	for ; i < len(toks); i++ {
		t := &toks[i]
		st := t.Start
		if st+4 > len(text) { // the last bytes of the text: at takes the careful path
			if t.Kind <= annotate.Ordinal {
				return i
			}
			continue
		}
		b := text[st : st+4]
		w := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24 // one load: b[0] must not be read again
		k := screenHash(w, t.End-st)
		// hit: the screen bit, or a first byte below ':' (a digit; the
		// sign bit of a wrapped subtraction)
		hit := uint32(screen[k>>6]>>(k&63))&1 | (w&0xff-':')>>31
		if candidateKinds>>((uint32(t.Kind)<<1|hit)&63)&1 != 0 {
			return i
		}
	}
	return i
}

// candidateKinds has bit 2*kind+hit set for the tokens candidate returns:
// a Word whose hit is 1, any Number or Ordinal.
const candidateKinds = 1<<(2*annotate.Word+1) | 3<<(2*annotate.Number) | 3<<(2*annotate.Ordinal)

// at annotates the numeral starting at token i, if any, and returns the
// token to go on with.
func (r *numberRun) at(i int) int {
	if i < r.skipUntil {
		return i + 1
	}
	switch t := r.toks[i]; t.Kind {
	case annotate.Number:
		return r.number(i)
	case annotate.Ordinal:
		r.ordinal(i)
	case annotate.Word:
		if c := r.text[t.Start]; c >= '0' && c <= '9' {
			r.digitWord(i)
			return i + 1
		}
		return r.numeral(i) // the screen in sentence let it through
	}
	return i + 1
}

// number handles a Number token.
func (r *numberRun) number(i int) int {
	t := r.toks[i]
	s := r.text[t.Start:t.End]
	before := r.flagsAt(i - 1)
	switch {
	case (s[0] == '+' || s[0] == '0' || before&ctxPhone != 0 || i > 0 && r.text[r.toks[i-1].Start] == ':') && r.phoneStart(i):
		r.skipUntil = r.phoneEnd(i)
		return r.skipUntil
	case r.listMarker(i), r.clubNumber(i):
		return i + 1
	}
	if end, ok := r.spaceGroups(i); ok {
		return end
	}
	if end, ok := r.yearMonth(i); ok {
		return end
	}
	nextDot := r.dotAfter(i)
	var p digitParse
	p.parse(s, false, nextDot)
	switch {
	case p.shape == shapePlain && nextDot && r.ordinalNounAfter(i, p.num):
		r.add(t.Start, t.End+1, p.num.float(), KindOrdinal, ruleOrdinalNoun)
		return i + 2
	case p.shape == shapePlain && r.atom(i+1).kind == aNone:
		// the common case, a number on its own: no combiner needed
		c := combo{start: i, end: i + 1, value: p.num.float(), kind: KindCardinal, rule: ruleDigits}
		if p.frac {
			c.kind, c.rule = KindFraction, ruleVulgar
		}
		if r.signBefore(t.Start) && r.spacedSign(i) {
			c = c.negated(i - 1)
			before = r.flagsAt(i - 2)
		}
		if r.acceptAfter(c, before) {
			r.add(r.toks[c.start].Start, t.End, c.value, c.kind, c.rule)
		}
	case p.shape == shapePlain:
		r.cache[i&3] = cachedAtom{i1: i + 1, a: plainAtom(&p)}
		return r.numeral(i)
	case p.shape == shapePieces && before&ctxName == 0 && !(p.maybeClock && (before&ctxTimePrep != 0 || r.tokenHas(i+1, ctxClock))):
		r.emitPieces(t.Start, &p)
	}
	return i + 1
}

// ruleOrdinalNoun names "5. Mai." read as an ordinal although the
// tokenizer split off the dot.
const ruleOrdinalNoun = "number.ordinal-noun"

// ordinalNounAfter reports a small integer with a dot that the tokenizer
// did not join: before a noun that is counted with ordinals
// (ordinal-context.txt: "am 3. und 5. Mai."), or a minute mark closing a
// bracket ("(65., 86.)").
func (r *numberRun) ordinalNounAfter(i int, num decimal) bool {
	if num.dec != 0 || num.mant <= 0 || !allDigits(r.tokText(i), 1, 3) || i+2 >= len(r.toks) {
		return false
	}
	if r.tokenHas(i+2, ctxOrdNoun) && r.sameLine(i+2) {
		return true
	}
	t := r.toks[i+2]
	return t.Start == r.toks[i+1].End && t.End == t.Start+1 && r.text[t.Start] == ')'
}

// yearMonth reads a year and month joined by a hyphen, the ISO way
// ("2024-10", "2024-10-31"): the year is a cardinal, month and day are
// ordinals (GUIDELINES §3.2). A season ("2011-12", the year after) stays
// a range of two cardinals.
func (r *numberRun) yearMonth(i int) (int, bool) {
	year := r.tokText(i)
	if !allDigits(year, 4, 4) || year[0] != '1' && year[0] != '2' {
		return 0, false
	}
	month, ok := r.hyphenNumber(i+1, 12)
	y := groupInt(year, dgroup{end: 4})
	if !ok || month == (y+1)%100 {
		return 0, false
	}
	r.add(r.toks[i].Start, r.toks[i].End, float64(y), KindCardinal, ruleYearMonth)
	r.add(r.toks[i+2].Start, r.toks[i+2].End, float64(month), KindOrdinal, ruleYearMonth)
	if day, ok := r.hyphenNumber(i+3, 31); ok {
		r.add(r.toks[i+4].Start, r.toks[i+4].End, float64(day), KindOrdinal, ruleYearMonth)
		return i + 5, true
	}
	return i + 3, true
}

// ruleYearMonth names dates written "2024-10".
const ruleYearMonth = "number.year-month"

// hyphenNumber reads "-" and a number of one or two digits from 1 to limit
// at tokens j, j+1, joined without space to the token before j.
func (r *numberRun) hyphenNumber(j, limit int) (int64, bool) {
	if j+1 >= r.last {
		return 0, false
	}
	h, n := r.toks[j], r.toks[j+1]
	if h.Start != r.toks[j-1].End || n.Start != h.End || r.tokText(j) != "-" || n.Kind != annotate.Number {
		return 0, false
	}
	s := r.tokText(j + 1)
	if !allDigits(s, 1, 2) {
		return 0, false
	}
	v := groupInt(s, dgroup{end: len(s)})
	return v, v >= 1 && v <= int64(limit)
}

// ordinal handles an Ordinal token ("31.", "24.9.").
func (r *numberRun) ordinal(i int) {
	if r.listMarker(i) || r.tokenHas(i+1, ctxNameAfter) || r.tokenHas(i-1, ctxName) || r.inPhrase(i, i+1) {
		return
	}
	var p digitParse
	if p.parse(r.tokText(i), true, false); p.shape == shapePieces {
		r.emitPieces(r.toks[i].Start, &p)
	}
}

// numeral reads the numeral starting at token i with the combiner and
// returns the token after it.
func (r *numberRun) numeral(i int) int {
	c, ok := r.combine(i)
	if !ok {
		if r.toks[i].Kind == annotate.Word {
			r.hyphenWord(i)
		}
		return i + 1
	}
	if c.start == i && r.signBefore(r.toks[i].Start) && c.kind != KindOrdinal && c.kind != KindVague && r.toks[i].Kind == annotate.Number && r.spacedSign(i) {
		c = c.negated(i - 1)
	}
	if !r.accept(c) {
		return max(c.start, i) + 1
	}
	r.emit(c)
	return c.end
}

// negated returns c with a minus sign at token sign before it.
func (c combo) negated(sign int) combo {
	c.start, c.value, c.pos, c.rule = sign, -c.value, "", ruleMinus
	return c
}

// signBefore is the quick test for spacedSign: a space before byte start
// and a hyphen or the last byte of "−" before it.
func (r *numberRun) signBefore(start int) bool {
	return start >= 2 && r.text[start-1] == ' ' && (r.text[start-2] == '-' || r.text[start-2] == 0x92)
}

// spacedSign reports a minus sign written apart from the number at token
// i. The minus sign "−" always is one, unless a number comes before it
// ("10 − 5"); a hyphen "-" is mostly a dash ("bestand - 1986 war es"),
// and a sign only after ":", "=" or "(" or when it opens a line that
// holds nothing but the number ("- 1.200.000").
func (r *numberRun) spacedSign(i int) bool {
	if i-1 < r.first {
		return false
	}
	s, t := r.toks[i-1], r.toks[i]
	if s.End+1 != t.Start || r.text[s.End] != ' ' || r.text[t.Start] < '0' || r.text[t.Start] > '9' {
		return false // the common case: no sign
	}
	sign := r.tokText(i - 1)
	if sign != "-" && sign != "−" {
		return false
	}
	if i-2 >= r.first && r.sameLine(i-1) {
		switch k := r.toks[i-2].Kind; {
		case k == annotate.Number || k == annotate.Ordinal:
			return false // "10 - 20", "10 − 5"
		case sign == "−":
			return true
		}
		p := r.tokText(i - 2)
		return p == ":" || p == "=" || p == "("
	}
	return sign == "−" || r.lineStart(i-1) && r.lineEnds(i+1)
}

// lineEnds reports that nothing but final punctuation follows on the line
// from token j on.
func (r *numberRun) lineEnds(j int) bool {
	if j < len(r.toks) && !r.lineStart(j) && strings.ContainsAny(r.tokText(j), ".;,") && len(r.tokText(j)) == 1 {
		j++
	}
	return j >= len(r.toks) || r.lineStart(j)
}

// accept checks a numeral against its context.
func (r *numberRun) accept(c combo) bool { return r.acceptAfter(c, r.flagsAt(c.start-1)) }

// acceptAfter is accept with the context flags of the token before the
// numeral already known.
func (r *numberRun) acceptAfter(c combo, before ctxFlags) bool {
	next := r.flagsAt(c.end)
	after := next
	if r.dotAfter(c.end - 1) {
		after = r.flagsAt(c.end + 1) // "1. FC": the dot was not taken as an ordinal dot
	}
	switch {
	case c.needsDet && !r.isDet(c.start-1):
		return false
	case c.needsSo && (c.end >= len(r.toks) || r.tokText(c.end) != "so"):
		return false
	case before&ctxName != 0 && !c.amount(), after&ctxNameAfter != 0:
		return false // "Boeing 747", but not "Airbus 5,3 Milliarden"
	case c.kind == KindCardinal && next&ctxClock != 0:
		return false // "14 Uhr"
	case before&ctxClock != 0 && c.end-c.start == 1 && r.toks[c.start].Kind == annotate.Number && len(r.tokText(c.start)) == 2:
		return false // minutes: "14 Uhr 30"
	}
	return !r.inPhrase(c.start, c.end)
}

// amount reports a numeral that cannot be part of a name: a fraction
// ("5,3") or a number with a multiplier ("2 Millionen").
func (c combo) amount() bool {
	return c.end-c.start > 1 || c.value != math.Trunc(c.value)
}

// digitWord handles a Word token that starts with digits: "1990er",
// "71-Jährige", "2:1-Führung", "90-prozentiger", "500km", "2½-Zimmer".
// Digits before a capital letter are a code ("5G", "3D-Drucker") unless
// the letters are a unit of numbers-context.txt ("16GB"); before "-Uhr" a
// clock time; after a name word a model ("iPhone 6s").
func (r *numberRun) digitWord(i int) {
	s := r.tokText(i)
	var groups [maxGroups]dgroup
	_, end, ok := scanGroups(s, 0, &groups)
	if !ok || end == len(s) || r.flagsAt(i-1)&ctxName != 0 {
		return
	}
	c, size := utf8.DecodeRuneInString(s[end:])
	if _, den := vulgarValue(c); den != 0 && end+size < len(s) { // "2½-Zimmer"
		end += size
		c, size = utf8.DecodeRuneInString(s[end:])
	}
	switch {
	case c == '-' || c == '\u2010' || c == '\u2011':
		after := s[end+size:]
		if k := indexHyphen(after); k >= 0 {
			after = after[:k]
		}
		if r.ctx.flags(after)&ctxClock != 0 || r.nameNumber(s[:end]) {
			return // "14-Uhr-Termin", "96-Trainer" (Hannover 96)
		}
	case !unicode.IsLower(c) && !r.unitAt(s[end:]):
		return
	}
	var p digitParse
	p.parse(s[:end], false, false)
	switch {
	case p.shape == shapePlain && p.frac:
		p.add(0, end, p.num.float(), tagVulgar)
	case p.shape == shapePlain:
		p.add(0, end, p.num.float(), tagDigitPrefix)
	case p.shape == shapePieces:
	default:
		return
	}
	r.emitPieces(r.toks[i].Start, &p)
}

// unitAt reports a unit of numbers-context.txt at the start of s, up to
// the first character that is not a letter ("GB" in "16GB", "PS" in
// "100PS-Motor").
func (r *numberRun) unitAt(s string) bool {
	end := 0
	for end < len(s) && (s[end]|0x20 >= 'a' && s[end]|0x20 <= 'z') {
		end++
	}
	return end > 0 && r.ctx.flags(s[:end])&ctxUnit != 0
}

// nameNumber reports digits that belong to a name of numbers-phrases.txt
// found in the document ("96" when the text has "Hannover 96").
func (r *numberRun) nameNumber(digits string) bool {
	for _, ref := range r.ctx.phrases[digits] {
		if ref.at == len(ref.words)-1 && strings.Contains(r.text, strings.Join(ref.words, " ")) {
			return true
		}
	}
	return false
}

// ruleWordPrefix names a number word before a hyphen.
const ruleWordPrefix = "number.word-prefix"

// hyphenWord reads a number word before a hyphen, the way digitWord reads
// digits ("71-Jährige"): "siebenhundert-Euro-Schein" → "siebenhundert",
// "Drei-Punkte-Plan" → "Drei", "zwölf-minütig" → "zwölf"; with the part
// after it when that is a fraction noun or a multiplier ("Zwei-Drittel-
// Mehrheit" → "Zwei-Drittel", "Drei-Millionen-Stadt" → "Drei-Millionen").
// Zero and one stay inside their idioms ("Null-Toleranz", "Ein-Mann-",
// "Eins-zu-eins"), as do clock times ("Zwölf-Uhr-Termin") and names of
// numbers-phrases.txt ("Fünf-Sterne-Bewegung").
func (r *numberRun) hyphenWord(i int) {
	s := r.tokText(i)
	k := strings.IndexByte(s, '-')
	if k < 0 && strings.IndexByte(s, 0xe2) >= 0 {
		k = indexHyphen(s)
	}
	if k <= 0 || k > 64 || r.ctx == nil {
		return // the common case: no hyphen
	}
	_, size := utf8.DecodeRuneInString(s[k:])
	second := s[k+size:]
	if n := indexHyphen(second); n >= 0 {
		second = second[:n]
	}
	a := r.wordAtom(s[:k])
	num := a.num
	switch {
	case second == "" || r.ctx.flags(second)&ctxClock != 0:
		return
	case a.kind == aCardinal && !a.lower && a.num.mant >= 2, a.kind == aFraction,
		a.kind == aScale && !a.plural && !a.abbr:
	default:
		return
	}
	if r.flagsAt(i-1)&ctxName != 0 || r.inPhrase(i, i+1) {
		return
	}
	end, kind := k, KindCardinal
	if a.kind == aFraction {
		kind = KindFraction
	}
	switch b := r.wordAtom(second); {
	case b.kind == aNone:
	case b.kind == aDenom && a.kind == aCardinal:
		end, kind, num = k+size+len(second), KindFraction, ratio(num, b.denom)
	case b.kind == aScale && b.num.mant > num.mant && a.kind != aScale:
		end, kind, num = k+size+len(second), KindCardinal, num.mul(b.num.mant)
	default:
		return // "Neunundvierzig-Drei"
	}
	start := r.toks[i].Start
	r.add(start, start+end, num.float(), kind, ruleWordPrefix)
}

// wordAtom reads a word that is part of a token, without its context.
func (r *numberRun) wordAtom(s string) atom {
	if s == "" || !r.words.screen.has(s) {
		return atom{}
	}
	lw := lowerWord(r.buf[:], s)
	if lw == nil {
		return atom{}
	}
	return r.words.classify(string(lw))
}

func indexHyphen(s string) int {
	for i, c := range s {
		if c == '-' || c == '\u2010' || c == '\u2011' {
			return i
		}
	}
	return -1
}

// spaceGroups joins digit groups written with ordinary spaces ("12 000",
// "1 500 000"): a number of at most three digits followed on the same line
// by numbers of exactly three digits.
func (r *numberRun) spaceGroups(i int) (int, bool) {
	if i+1 >= r.last || r.toks[i+1].Kind != annotate.Number || r.toks[i+1].Start != r.toks[i].End+1 || !allDigits(r.tokText(i), 1, 3) {
		return 0, false
	}
	j := i + 1
	for j < r.last && r.toks[j].Kind == annotate.Number && r.toks[j].Start == r.toks[j-1].End+1 &&
		r.text[r.toks[j-1].End] == ' ' && allDigits(r.tokText(j), 3, 3) {
		j++
	}
	if j == i+1 || r.tokenHas(j, ctxClock) {
		return 0, false
	}
	var d decimal
	for k := i; k < j; k++ {
		for _, c := range []byte(r.tokText(k)) {
			d = d.appendDigit(c)
		}
	}
	r.add(r.toks[i].Start, r.toks[j-1].End, d.float(), KindCardinal, ruleSpaceGroups)
	return j, true
}

// ruleSpaceGroups names numbers grouped with ordinary spaces.
const ruleSpaceGroups = "number.space-groups"

func allDigits(s string, minLen, maxLen int) bool {
	if len(s) < minLen || len(s) > maxLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atom reads token i of the current sentence for the combiner.
func (r *numberRun) atom(i int) atom {
	if i < r.first || i >= r.last || i < r.skipUntil {
		return atom{}
	}
	c := &r.cache[i&3]
	if c.i1 != i+1 {
		c.i1, c.a = i+1, r.readAtom(i)
	}
	return c.a
}

// readAtom classifies token i.
func (r *numberRun) readAtom(i int) atom {
	s := r.tokText(i)
	switch r.toks[i].Kind {
	case annotate.Number:
		return digitAtom(s)
	case annotate.Word:
		if !r.words.screen.hasAt(r.text, r.toks[i].Start, r.toks[i].End) {
			return atom{}
		}
		lw := lowerWord(r.buf[:], s)
		if lw == nil {
			return atom{}
		}
		a := r.words.classify(string(lw))
		if (a.lower || a.capNoun && !r.sentenceStart(i)) && s[0] != lw[0] {
			return atom{}
		}
		return a
	case annotate.Abbrev:
		if lw := lowerWord(r.buf[:], s); lw != nil {
			if a := r.words.whole[string(lw)]; a.kind == aScale {
				return a
			}
		}
	}
	return atom{}
}
