package numbers

import (
	"math"
	"strings"
	"unicode/utf8"
)

// This file reads numbers written with digits, German style: "12.000",
// "1.234,56", "3,5", "5,-", "12 000" (no-break space), "−3"; and the
// tokens that hold several numbers or none: dates ("24.9.2015"), scores
// ("2:1"), ranges ("2015/16"), fractions ("1/3"), clock times ("14.30",
// "14:30").

// digitShape says what a digit token is.
type digitShape uint8

const (
	shapeNone   digitShape = iota // no NUMBER (an odd shape: "1.2.3.4")
	shapePlain                    // one value: "12.000", "3,5", "−3", "5,-"
	shapePieces                   // several NUMBERs or a slash fraction: "24.9.2015", "2:1", "1/3"
	shapeClock                    // a clock time: "14.30", "14:30"
)

// digitPiece is one NUMBER inside a digit token; start and end are byte
// offsets into the token text.
type digitPiece struct {
	start, end int32
	value      float64
	tag        pieceTag
}

// pieceTag gives a piece's kind and rule (a table keeps digitParse small).
type pieceTag uint8

const (
	tagOrdinalDot pieceTag = iota
	tagDateDay
	tagDateYear
	tagScore
	tagRange
	tagSlashFrac
	tagDigitPrefix
	tagList
	tagVulgar
)

var pieceTags = [...]struct{ kind, rule string }{
	tagOrdinalDot:  {KindOrdinal, ruleOrdinalDot},
	tagDateDay:     {KindOrdinal, ruleDate},
	tagDateYear:    {KindCardinal, ruleDate},
	tagScore:       {KindCardinal, ruleScore},
	tagRange:       {KindCardinal, ruleRange},
	tagSlashFrac:   {KindFraction, ruleSlashFrac},
	tagDigitPrefix: {KindCardinal, ruleDigitPrefix},
	tagList:        {KindCardinal, ruleList},
	tagVulgar:      {KindFraction, ruleVulgar},
}

const (
	maxGroups = 16
	maxPieces = 12 // five tennis sets, or three periods and overtime with the final score
)

// digitParse is the reading of a digit token.
type digitParse struct {
	shape  digitShape
	num    decimal // shapePlain
	n      int     // shapePieces: number of pieces
	pieces [maxPieces]digitPiece
	// maybeClock marks a score that could be a clock time ("14:30"); the
	// context decides.
	maybeClock bool
	// frac marks a plain value written with a fraction character ("2½"):
	// a fraction, not a cardinal.
	frac bool
}

// Rule names for digit numerals.
const (
	ruleDigits      = "number.digits"
	ruleDate        = "number.date"
	ruleScore       = "number.score"
	ruleRange       = "number.slash-range"
	ruleSlashFrac   = "number.slash-fraction"
	ruleOrdinalDot  = "number.ordinal-dot"
	ruleDigitPrefix = "number.digit-prefix"
	ruleList        = "number.list"
	ruleVulgar      = "number.fraction-char"
)

// dgroup is a run of digits and the separator before it (0 for the first).
type dgroup struct {
	start, end int
	sep        byte // '.', ',', ':', '/', or ' ' for a (narrow) no-break or thin space
}

func (g dgroup) len() int { return g.end - g.start }

// scanGroups reads digit groups from s[i:] into gs and returns their
// number and the end of the last one. ok is false when there are more
// than maxGroups.
func scanGroups(s string, i int, gs *[maxGroups]dgroup) (n, end int, ok bool) {
	var sep byte
	for {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			return n, end, n > 0
		}
		if n == maxGroups {
			return n, end, false
		}
		gs[n] = dgroup{start: i, end: j, sep: sep}
		n, end = n+1, j
		sep, i = separatorAt(s, j)
		if sep == 0 {
			return n, end, true
		}
	}
}

// separatorAt reports a group separator at s[i] and the position after it.
func separatorAt(s string, i int) (byte, int) {
	if i >= len(s) {
		return 0, i
	}
	switch c := s[i]; c {
	case '.', ',', ':', '/':
		return c, i + 1
	}
	for _, sp := range [...]string{"\u00a0", "\u202f", "\u2009"} {
		if strings.HasPrefix(s[i:], sp) {
			return ' ', i + len(sp)
		}
	}
	return 0, i
}

// signLen returns the length of a leading sign and whether it is negative.
func signLen(s string) (int, bool) {
	switch {
	case strings.HasPrefix(s, "-"):
		return 1, true
	case strings.HasPrefix(s, "−"):
		return len("−"), true
	case strings.HasPrefix(s, "+"):
		return 1, false
	}
	return 0, false
}

// parse reads a Number token, or, with ordinal set, an Ordinal token (its
// final dot included in s), into p. nextDot tells that a dot follows the
// token directly ("am 24.9." at the end of a sentence).
func (p *digitParse) parse(s string, ordinal, nextDot bool) {
	p.shape, p.n, p.maybeClock, p.frac = shapeNone, 0, false, false
	if len(s) <= 18 && !ordinal && allDigits(s, 1, 18) { // fast path: "2015", "30"
		var v int64
		for i := 0; i < len(s); i++ {
			v = v*10 + int64(s[i]-'0')
		}
		p.shape, p.num = shapePlain, decimal{mant: v}
		return
	}
	if !ordinal && s != "" && (s[0] == ',' || s[len(s)-1] >= utf8.RuneSelf) && p.unusual(s) {
		return
	}
	sl, neg := signLen(s)
	var groups [maxGroups]dgroup
	n, end, ok := scanGroups(s, sl, &groups)
	if !ok {
		return
	}
	gs := groups[:n]
	switch rest := s[end:]; {
	case ordinal && rest == "." && sl == 0:
		p.ordinalGroups(s, gs)
	case rest == ",-" || rest == ",–" || rest == "" && sl > 0:
		p.plain(s, gs, neg)
	case rest == "":
		p.cardinalGroups(s, gs, nextDot)
	}
}

// unusual reads the rare shapes of a Number token: a decimal without its
// zero (",77") and a number that ends in a fraction character ("½", "2½",
// "-2½", whose whole part is plain digits). It reports false for other
// tokens.
func (p *digitParse) unusual(s string) bool {
	if s[0] == ',' {
		if allDigits(s[1:], 1, 18) {
			p.shape, p.num = shapePlain, decimal{mant: groupInt(s, dgroup{start: 1, end: len(s)}), dec: int8(len(s) - 1)}
		}
		return true
	}
	r, size := utf8.DecodeLastRuneInString(s)
	num, den := vulgarValue(r)
	if den == 0 {
		return false
	}
	sl, neg := signLen(s)
	if sl > len(s)-size {
		return true
	}
	digits := s[sl : len(s)-size]
	if digits != "" && !allDigits(digits, 1, 15) {
		return true
	}
	whole := decimal{mant: groupInt(digits, dgroup{end: len(digits)})}
	v := whole.add(ratio(decimal{mant: num}, den))
	if neg {
		v = v.neg()
	}
	p.shape, p.num, p.frac = shapePlain, v, true
	return true
}

// vulgarValue returns the value of a fraction character as num/den (den
// 0 for other runes).
func vulgarValue(r rune) (num, den int64) {
	switch r {
	case '½':
		return 1, 2
	case '¼':
		return 1, 4
	case '¾':
		return 3, 4
	case '⅐':
		return 1, 7
	case '⅑':
		return 1, 9
	case '⅒':
		return 1, 10
	case '⅓', '⅔':
		return int64(r-'⅓') + 1, 3
	case '⅕', '⅖', '⅗', '⅘':
		return int64(r-'⅕') + 1, 5
	case '⅙', '⅚':
		return 1 + 4*int64(r-'⅙'), 6
	case '⅛', '⅜', '⅝', '⅞':
		return 1 + 2*int64(r-'⅛'), 8
	}
	return 0, 0
}

// plain sets p to the single value of gs, if they make one.
func (p *digitParse) plain(s string, gs []dgroup, neg bool) {
	if d, ok := plainGroups(s, gs, neg); ok {
		p.shape, p.num = shapePlain, d
	}
}

// add appends a piece and makes p a pieces parse.
func (p *digitParse) add(start, end int, value float64, tag pieceTag) {
	if p.n < maxPieces {
		p.pieces[p.n] = digitPiece{start: int32(start), end: int32(end), value: value, tag: tag}
		p.n++
		p.shape = shapePieces
	}
}

// cardinalGroups reads an unsigned digit token without an ordinal dot.
func (p *digitParse) cardinalGroups(s string, gs []dgroup, nextDot bool) {
	switch {
	case len(gs) == 1:
		p.plain(s, gs, false)
	case seps(gs, ':'):
		// "00:00", "09:30", "6:00" are clock times (a score is never
		// written with a leading zero); "2:1", "21:19" are scores, unless
		// the words around say it is a time ("um 14:30", "9:10 Uhr")
		if len(gs) == 2 && isClock(s, gs[0], gs[1]) {
			if s[gs[0].start] == '0' || s[gs[1].start] == '0' {
				p.shape = shapeClock
				return
			}
			p.maybeClock = true
		}
		p.splitGroups(s, gs, tagScore)
	case isList(gs, '/') || isList(gs, ','):
		p.splitGroups(s, gs, tagList)
	case hasSep(gs, '/'):
		p.slashGroups(s, gs)
	case isSetList(s, gs):
		p.splitGroups(s, gs, tagScore)
	case hasSep(gs, ':'):
	case seps(gs, '.') && isDate(s, gs, nextDot):
		p.dateGroups(s, gs)
	case len(gs) == 2 && gs[1].sep == '.' && isClock(s, gs[0], gs[1]):
		p.shape = shapeClock
	default:
		p.plain(s, gs, false)
	}
}

// ordinalGroups reads an Ordinal token: "31.", "1.000.", a date "24.9."
// or "24.9.2015.".
func (p *digitParse) ordinalGroups(s string, gs []dgroup) {
	if seps(gs, '.') && isDate(s, gs, true) {
		p.dateGroups(s, gs)
		return
	}
	if d, ok := plainGroups(s, gs, false); ok && d.dec == 0 {
		p.add(0, len(s), d.float(), tagOrdinalDot)
	}
}

// plainGroups reads one value: integer groups joined by dots or spaces of
// exactly three digits, then at most one decimal group after a comma (or
// after a lone dot not followed by three digits: "1.5").
func plainGroups(s string, gs []dgroup, neg bool) (decimal, bool) {
	intEnd := len(gs)
	if last := gs[len(gs)-1]; len(gs) > 1 && (last.sep == ',' || len(gs) == 2 && last.sep == '.' && last.len() != 3) {
		intEnd--
	}
	for _, g := range gs[1:intEnd] {
		if g.sep != '.' && g.sep != ' ' || g.len() != 3 {
			return decimal{}, false
		}
	}
	if intEnd > 1 && gs[0].len() > 3 {
		return decimal{}, false
	}
	var d decimal
	for _, g := range gs {
		for i := g.start; i < g.end; i++ {
			d = d.appendDigit(s[i])
		}
	}
	if intEnd < len(gs) {
		d.dec = int8(min(gs[intEnd].len(), len(pow10)-1))
		if d.inexact {
			d.f /= math.Pow10(gs[intEnd].len())
		}
	}
	if neg {
		d.mant, d.f = -d.mant, -d.f
	}
	return d, true
}

// appendDigit returns the integer d followed by digit c.
func (d decimal) appendDigit(c byte) decimal {
	v := int64(c - '0')
	if d.inexact || d.mant > (math.MaxInt64-v)/10 {
		return inexact(d.float()*10 + float64(v))
	}
	return decimal{mant: d.mant*10 + v}
}

// slashGroups reads "1/3" (a fraction), "2015/16", "1.500/2.000" (two
// numbers) and table figures with scores ("9/6:10": three numbers).
func (p *digitParse) slashGroups(s string, gs []dgroup) {
	k := -1
	for i, g := range gs {
		if g.sep == '/' {
			if k >= 0 {
				return
			}
			k = i
		}
	}
	if hasSep(gs[:k], ':') || hasSep(gs[k:], ':') {
		p.part(s, gs[:k])
		p.part(s, gs[k:])
		return
	}
	a, ok1 := plainGroups(s, gs[:k], false)
	b, ok2 := plainGroups(s, gs[k:], false)
	switch {
	case !ok1 || !ok2:
	case k == 1 && len(gs) == 2 && gs[0].len() <= 2 && a.mant >= 1 && a.mant < b.mant && b.mant <= 100:
		p.add(gs[0].start, gs[1].end, a.float()/b.float(), tagSlashFrac)
	default:
		p.add(gs[0].start, gs[k-1].end, a.float(), tagRange)
		p.add(gs[k].start, gs[len(gs)-1].end, b.float(), tagRange)
	}
}

// part adds one side of a slash: a score ("6:10"), a list of set scores
// ("0:0,0:1,2:1") or a single number.
func (p *digitParse) part(s string, gs []dgroup) {
	gs = append([]dgroup(nil), gs...)
	gs[0].sep = 0
	if seps(gs, ':') && len(gs) > 1 || isSetList(s, gs) {
		p.splitGroups(s, gs, tagScore)
		return
	}
	if d, ok := plainGroups(s, gs, false); ok {
		p.add(gs[0].start, gs[len(gs)-1].end, d.float(), tagRange)
	}
}

// splitGroups makes every group its own NUMBER ("2:1").
func (p *digitParse) splitGroups(s string, gs []dgroup, tag pieceTag) {
	if p.n+len(gs) > maxPieces {
		return
	}
	for _, g := range gs {
		d, _ := plainGroups(s, []dgroup{{start: g.start, end: g.end}}, false)
		p.add(g.start, g.end, d.float(), tag)
	}
}

// isSetList reports scores of sets or periods joined by commas ("6:2,7:5",
// "1:0,1:0,3:1"): pairs of short groups, colon inside a pair, comma
// between pairs. A time "1:41,983" (odd number of groups) is none.
func isSetList(s string, gs []dgroup) bool {
	if len(gs) < 4 || len(gs)%2 != 0 {
		return false
	}
	for i, g := range gs {
		want := byte(':')
		if i%2 == 0 {
			want = ','
		}
		if i > 0 && g.sep != want || g.len() > 2 {
			return false
		}
	}
	return true
}

// isDate reports a day.month.year ("24.9.2015", "1.10.15") or, when a dot
// follows, day.month ("24.9.").
func isDate(s string, gs []dgroup, dotAfter bool) bool {
	switch {
	case len(gs) == 3:
		if l := gs[2].len(); l != 2 && l != 4 {
			return false
		}
	case len(gs) == 2:
		if !dotAfter {
			return false
		}
	default:
		return false
	}
	d, m := groupInt(s, gs[0]), groupInt(s, gs[1])
	return gs[0].len() <= 2 && gs[1].len() <= 2 && d >= 1 && d <= 31 && m >= 1 && m <= 12
}

// dateGroups makes the day and the month ordinals, dot included, and the
// year a cardinal. For "24.9" the month's dot is the byte after s.
func (p *digitParse) dateGroups(s string, gs []dgroup) {
	day, month := gs[0], gs[1]
	p.add(day.start, day.end+1, float64(groupInt(s, day)), tagDateDay)
	p.add(month.start, month.end+1, float64(groupInt(s, month)), tagDateDay)
	if len(gs) == 3 {
		y := gs[2]
		p.add(y.start, y.end, float64(groupInt(s, y)), tagDateYear)
	}
}

// isClock reports a clock time h:mm or h.mm.
func isClock(s string, h, m dgroup) bool {
	return h.len() <= 2 && m.len() == 2 && groupInt(s, h) <= 24 && groupInt(s, m) <= 59
}

// groupInt returns the value of a short digit group.
func groupInt(s string, g dgroup) int64 {
	var v int64
	for i := g.start; i < g.end && i < g.start+18; i++ {
		v = v*10 + int64(s[i]-'0')
	}
	return v
}

// isList reports three or more short integers joined by one separator
// without spaces: golf rounds "70/66/69/66", set points "19,27,27". A
// decimal has one comma, a slash range or fraction one slash; groups of
// exactly three digits after the first are English thousands
// ("1,234,567"), not a list.
func isList(gs []dgroup, sep byte) bool {
	if len(gs) < 3 || !seps(gs, sep) || gs[0].len() > 3 {
		return false
	}
	thousands := true
	for _, g := range gs[1:] {
		if g.len() > 3 {
			return false
		}
		thousands = thousands && g.len() == 3
	}
	return !thousands
}

func seps(gs []dgroup, c byte) bool {
	for _, g := range gs[1:] {
		if g.sep != c {
			return false
		}
	}
	return true
}

func hasSep(gs []dgroup, c byte) bool {
	for _, g := range gs[1:] {
		if g.sep == c {
			return true
		}
	}
	return false
}

// digitAtom reads a digit string as a single value for the combiner.
func digitAtom(s string) atom {
	var p digitParse
	if p.parse(s, false, false); p.shape != shapePlain {
		return atom{}
	}
	return plainAtom(&p)
}

// plainAtom is the combiner's atom of a plain digit parse: a fraction
// ("2½") or a cardinal.
func plainAtom(p *digitParse) atom {
	if p.frac {
		return atom{kind: aFraction, num: p.num}
	}
	return atom{kind: aCardinal, num: p.num}
}

// parseDecimal reads a lexicon value such as "0.5" or "12".
func parseDecimal(s string) (decimal, bool) {
	var d decimal
	dot := -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			d = d.appendDigit(c)
		case c == '.' && dot < 0:
			dot = i
		default:
			return decimal{}, false
		}
	}
	if s == "" || d.inexact || dot == len(s)-1 {
		return decimal{}, false
	}
	if dot >= 0 {
		d.dec = int8(min(len(s)-dot-1, len(pow10)-1))
	}
	return d, true
}
