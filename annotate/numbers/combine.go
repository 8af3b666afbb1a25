package numbers

import (
	"math"
	"math/bits"
	"strconv"
)

// This file puts numerals of several words together: a number and its
// multiplier ("3,5 Millionen", "eine Million", "zwei Millionen
// dreihunderttausend"), a numerator and a fraction noun ("drei Viertel"),
// a word sign ("minus 35"), vague quantities ("Hunderte Millionen",
// "mehrere hundert"). The same code serves Words.Parse (the words of
// a string) and the NUMBER stage (the tokens of a sentence); it reads the
// words through numberRun.atom.

// atomKind classifies one word or token for the combiner.
type atomKind uint8

const (
	aNone     atomKind = iota
	aCardinal          // "drei", "12.000", "dreihundert"
	aArticle           // "ein", "eine": one, only before a multiplier or a fraction noun
	aOrdinal           // "dritten", "31."
	aScaleOrd          // "Milliardste": an ordinal that takes a count before it ("hundert Milliardste")
	aFraction          // "eineinhalb", "anderthalb": a fraction that may take a multiplier
	aHalfNoun          // "Hälfte"
	aHalfAdj           // "halbe": a fraction that may take a multiplier
	aHalfAdv           // "halb": a fraction only before "so"
	aDenom             // "Drittel": one over denom, or numerator over denom
	aScale             // "Millionen", "Mio.", "Tausend", "Dutzend"
	aVague             // "Tausende", "zig"
	aVagueDet          // "mehrere": makes a bare "hundert" after it vague
	aMinus             // "minus", "negativ"
	aPoint             // "Komma": the decimal comma as a word
)

// atom is the reading of one word or token.
type atom struct {
	kind     atomKind
	num      decimal // the value (cardinal, ordinal, fraction word, multiplier)
	denom    int64   // aDenom
	plural   bool    // aScale: a plural form ("Millionen")
	abbr     bool    // aScale: an abbreviation ("Mio."), never alone
	word     bool    // read from a word, not from digits
	bare     bool    // a lone multiplier word ("hundert", "Tausend"), vague after "mehrere"
	lower    bool    // a number only when written in lowercase ("zweier", not the noun "Zweier")
	capNoun  bool    // a noun when capitalised inside a sentence ("die Elf")
	needsDet bool    // an ordinal that is a number only after a determiner
	needsNum bool    // a fraction noun that is a fraction only after a numerator
	pos      string  // lexicon position of the deciding entry, if any
}

// combo is a numeral put together from atoms [start, end).
type combo struct {
	start, end int
	value      float64
	kind       string
	needsDet   bool   // see atom.needsDet
	needsSo    bool   // "halb": a fraction only if "so" follows
	pos        string // lexicon position of the deciding entry, if any
	rule       string // rule name when no single entry decided
}

// Rule names for numerals put together by the combiner.
const (
	ruleWord       = "number.word"
	ruleMultiplier = "number.multiplier"
	ruleFraction   = "number.fraction"
	ruleMinus      = "number.minus"
	ruleVagueDet   = "number.vague-det"
)

// combine reads the numeral that starts at atom i, taking in as many
// following atoms as belong to it.
func (r *numberRun) combine(i int) (combo, bool) {
	a := r.atom(i)
	switch a.kind {
	case aMinus:
		c, ok := r.combineCore(i+1, r.atom(i+1))
		if !ok || c.kind == KindVague || c.kind == KindOrdinal {
			return combo{}, false
		}
		c.start, c.value, c.pos, c.rule = i, -c.value, "", ruleMinus
		return c, true
	case aVagueDet: // "mehrere hundert": the span starts after the determiner
		c, ok := r.combineCore(i+1, r.atom(i+1))
		return c, ok && c.kind == KindVague
	}
	return r.combineCore(i, a)
}

// combineCore reads the numeral whose first atom a is at i.
func (r *numberRun) combineCore(i int, a atom) (combo, bool) {
	one := combo{start: i, end: i + 1, pos: a.pos, rule: ruleWord}
	switch a.kind {
	case aVague:
		one.end, one.kind = r.pluralRun(i+1), KindVague
		return one, true
	case aOrdinal, aScaleOrd:
		one.value, one.kind, one.needsDet = a.num.float(), KindOrdinal, a.needsDet
		return one, true
	case aHalfNoun:
		one.value, one.kind = a.num.float(), KindFraction
		return one, true
	case aHalfAdv:
		one.value, one.kind, one.needsSo = a.num.float(), KindFraction, true
		return one, true
	case aDenom:
		one.value, one.kind, one.rule = 1/float64(a.denom), KindFraction, ruleFraction
		if r.articleBefore(i) { // "ein Drittel"
			one.start = i - 1
			return one, true
		}
		return one, !a.needsNum
	case aCardinal, aArticle, aFraction, aHalfAdj, aScale:
		return r.quantity(i, a)
	}
	return combo{}, false
}

// pluralRun returns the end of a run of plural multipliers starting at j
// ("Hunderte Millionen").
func (r *numberRun) pluralRun(j int) int {
	for {
		s := r.atom(j)
		if s.kind != aScale || !s.plural {
			return j
		}
		j++
	}
}

// quantity reads a number with its multipliers or its fraction noun.
func (r *numberRun) quantity(i int, a atom) (combo, bool) {
	c := combo{start: i, pos: a.pos, rule: ruleWord}
	if !a.word {
		c.rule = ruleDigits
	}
	if a.bare && !a.abbr {
		if pos, ok := r.vagueBefore(i); ok { // "mehrere hundert", "einige Millionen"
			c.end, c.kind, c.pos, c.rule = r.pluralRun(i+1), KindVague, pos, ruleVagueDet
			return c, true
		}
	}
	if (a.kind == aCardinal || a.kind == aArticle) && r.partsAfter(&c, i, &a) {
		return c, true
	}
	coef, j := a.num, i+1
	if a.kind == aScale {
		var ok bool
		if coef, j, ok = r.scaleCore(&c, i, a); !ok || c.kind == KindVague {
			return c, ok
		}
	}
	total, end, pos, scaled := r.scaleChain(coef, j)
	switch {
	case scaled && end == i+1: // a multiplier alone: "Tausend Menschen"
		c.end, c.value, c.kind = end, total.float(), KindCardinal
	case scaled:
		c.end, c.value, c.kind, c.pos, c.rule = end, total.float(), KindCardinal, pos, ruleMultiplier
	case a.kind == aArticle:
		return combo{}, false
	case a.kind == aFraction || a.kind == aHalfAdj:
		c.end, c.value, c.kind = i+1, a.num.float(), KindFraction
	default:
		c.end, c.value, c.kind = i+1, a.num.float(), KindCardinal
	}
	return c, true
}

// partsAfter reads what a count a at atom i can take after it besides a
// multiplier, into c: a fraction noun ("drei Viertel", "drei Viertel
// Milliarden"), a half it counts ("drei halbe" = 1.5), a fraction
// character ("2 ½"), decimals after "Komma" ("zwei Komma fünf"), the
// ordinal of a multiplier ("hundert Milliardste") or "und" and a fraction
// before a multiplier ("fünf und drei Viertel Milliarden"). It reports
// false if none follows.
func (r *numberRun) partsAfter(c *combo, i int, a *atom) bool {
	next := r.atom(i + 1)
	switch next.kind {
	case aDenom:
		c.end, c.value, c.kind, c.pos, c.rule = i+2, a.num.float()/float64(next.denom), KindFraction, next.pos, ruleFraction
		if total, end, pos, scaled := r.scaleChain(ratio(a.num, next.denom), i+2); scaled {
			c.end, c.value, c.kind, c.pos, c.rule = end, total.float(), KindCardinal, pos, ruleMultiplier
		}
		return true
	case aNone:
		if !r.isAnd(i + 1) {
			return false // the common case: a word that is no number
		}
	case aFraction, aHalfAdj, aScaleOrd, aPoint:
	default:
		return false // a multiplier ("drei Millionen") or another number
	}
	if a.kind != aCardinal || a.num.inexact || a.num.dec != 0 || a.num.mant < 0 {
		return false
	}
	switch next.kind {
	case aFraction: // "2 ½"
		if next.word || a.word || next.num.float() >= 1 || r.toks[i+1].Start != r.toks[i].End+1 {
			return false
		}
		c.end, c.value, c.kind, c.rule = i+2, a.num.add(next.num).float(), KindFraction, ruleVulgar
	case aHalfAdj: // "drei halbe": three halves
		if a.num.mant < 2 {
			return false
		}
		c.end, c.value, c.kind, c.pos, c.rule = i+2, a.num.float()/2, KindFraction, next.pos, ruleFraction
	case aScaleOrd: // "hundert Milliardste"
		if a.num.mant <= 0 {
			return false
		}
		c.end, c.value, c.kind, c.pos, c.rule = i+2, a.num.mul(next.num.mant).float(), KindOrdinal, next.pos, ruleWord
	case aPoint:
		return r.spokenDecimal(c, i, a, next.pos)
	default:
		return r.andFraction(c, i, a)
	}
	return true
}

// spokenDecimal reads the decimals after "Komma" (its lexicon position
// pos) and the whole number a at atom i: "zwei Komma fünf", "1 Komma 1",
// "zwei Komma fünf Millionen".
func (r *numberRun) spokenDecimal(c *combo, i int, a *atom, pos string) bool {
	d, j, ok := r.decimalWords(a.num, i+2)
	if !ok {
		return false
	}
	total, end, _, scaled := r.scaleChain(d, j)
	if !scaled {
		total, end = d, j
	}
	c.end, c.value, c.kind, c.pos, c.rule = end, total.float(), KindCardinal, pos, ruleWord
	return true
}

// andFraction reads "und", a fraction and a multiplier after the whole
// number a at atom i ("fünf und drei Viertel Milliarden"): one value.
func (r *numberRun) andFraction(c *combo, i int, a *atom) bool {
	f, j, ok := r.fractionAt(i + 2)
	if !ok || r.atom(j).kind != aScale {
		return false
	}
	total, end, pos, scaled := r.scaleChain(a.num.add(f), j)
	if scaled {
		c.end, c.value, c.kind, c.pos, c.rule = end, total.float(), KindCardinal, pos, ruleMultiplier
	}
	return scaled
}

// isAnd reports "und" at token j of the sentence.
func (r *numberRun) isAnd(j int) bool {
	return j < r.last && r.toks[j].End-r.toks[j].Start == len(r.words.spell.and) && r.tokText(j) == r.words.spell.and
}

// fractionAt reads a fraction below one at atom j: "drei Viertel", "ein
// Drittel", "eine halbe", "dreiviertel". It returns its value and the
// atom after it.
func (r *numberRun) fractionAt(j int) (decimal, int, bool) {
	a, next := r.atom(j), r.atom(j+1)
	article := r.wholeBefore(j+1).kind == aArticle
	switch {
	case a.kind == aFraction && a.num.float() < 1:
		return a.num, j + 1, true
	case next.kind == aDenom && (a.kind == aCardinal || article):
		num := a.num
		if article {
			num = decimal{mant: 1}
		}
		return ratio(num, next.denom), j + 2, num.float() < float64(next.denom)
	case next.kind == aHalfAdj && article:
		return decimal{mant: 5, dec: 1}, j + 2, true
	}
	return decimal{}, 0, false
}

// decimalWords reads the decimals after "Komma" at atom j and returns
// whole with them and the atom after them. The decimals are one numeral
// in digits ("1 Komma 25"), one number word ("zwei Komma
// fünfundzwanzig") or a run of single digits as words ("drei Komma eins
// vier", "null Komma null fünf").
func (r *numberRun) decimalWords(whole decimal, j int) (decimal, int, bool) {
	d, n := whole, 0
	var buf [20]byte
	for ; n < 15; j++ {
		a := r.atom(j)
		if a.kind != aCardinal || a.num.inexact || a.num.dec != 0 || a.num.mant < 0 {
			break
		}
		digits := r.tokText(j)
		if a.word {
			digits = string(strconv.AppendInt(buf[:0], a.num.mant, 10))
		}
		if n > 0 && (!a.word || len(digits) > 1) || !allDigits(digits, 1, 15-n) {
			break
		}
		for k := 0; k < len(digits); k++ {
			d = d.appendDigit(digits[k])
		}
		n += len(digits)
		if len(digits) > 1 {
			j++
			break
		}
	}
	if n == 0 {
		return decimal{}, 0, false
	}
	if d.inexact {
		d.f /= math.Pow10(n)
	} else {
		d.dec = int8(n)
	}
	return d, j, true
}

// ratio returns n/d as a decimal: exact when a few more decimal places
// hold it ("3/4" = 0.75), else a float ("2/3").
func ratio(n decimal, d int64) decimal {
	if !n.inexact && d > 0 {
		m := n
		for k := 0; k <= 6; k++ {
			if m.mant%d == 0 {
				return decimal{mant: m.mant / d, dec: m.dec}
			}
			if m = m.scaleUp(); m.inexact {
				break
			}
		}
	}
	return inexact(n.float() / float64(d))
}

// scaleCore starts a numeral with a multiplier at atom i. A plural alone
// is vague ("Millionen Menschen"); an abbreviation alone is nothing; a
// singular is a number of its own ("Tausend Menschen", "eine Million"),
// and the chain starts with it unless a larger multiplier follows
// ("hundert Millionen": hundert is the coefficient).
func (r *numberRun) scaleCore(c *combo, i int, a atom) (coef decimal, j int, ok bool) {
	switch {
	case a.abbr:
		return decimal{}, 0, false
	case a.plural:
		c.end, c.kind = r.pluralRun(i+1), KindVague
		return decimal{}, 0, true
	}
	if r.articleBefore(i) {
		c.start = i - 1
	}
	if nx := r.atom(i + 1); nx.kind == aScale && nx.num.mant > a.num.mant {
		return a.num, i + 1, true
	}
	return decimal{mant: 1}, i, true
}

// scaleChain multiplies coef by the multipliers from atom j on, in
// falling order, adding the word numbers between them ("zwei Millionen
// dreihundert Tausend fünf"). scaled is false if no multiplier follows.
func (r *numberRun) scaleChain(coef decimal, j int) (total decimal, end int, pos string, scaled bool) {
	last := int64(math.MaxInt64)
	for {
		s := r.atom(j)
		if s.kind != aScale || s.num.mant >= last {
			return total, j, pos, scaled
		}
		total = total.add(coef.mul(s.num.mant))
		last, scaled, j = s.num.mant, true, j+1
		if pos == "" {
			pos = s.pos
		}
		m := r.atom(j)
		switch {
		case m.kind == aScale:
			coef = decimal{mant: 1} // "zwei Millionen tausend"
		case r.wholeBefore(j+1).kind == aArticle:
			if nx := r.atom(j + 1); nx.kind != aScale || nx.num.mant >= last {
				return total, j, pos, true
			}
			coef, j = decimal{mant: 1}, j+1 // "eine Milliarde eine Million"
		case m.kind == aCardinal && m.word && m.num.mant < last:
			if nx := r.atom(j + 1); nx.kind == aScale && nx.num.mant < last {
				coef, j = m.num, j+1
				continue
			}
			return total.add(m.num), j + 1, pos, true
		default:
			return total, j, pos, true
		}
	}
}

// decimal is an exact decimal number mant / 10^dec; when that overflows it
// falls back to the float f.
type decimal struct {
	mant    int64
	dec     int8
	inexact bool
	f       float64
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

func (d decimal) float() float64 {
	if d.inexact {
		return d.f
	}
	return float64(d.mant) / float64(pow10[d.dec])
}

func inexact(f float64) decimal { return decimal{inexact: true, f: f} }

// mul returns d × k for k > 0.
func (d decimal) mul(k int64) decimal {
	if d.inexact {
		return inexact(d.f * float64(k))
	}
	for d.dec > 0 && k%10 == 0 {
		d.dec--
		k /= 10
	}
	hi, lo := bits.Mul64(uint64(abs64(d.mant)), uint64(k))
	if hi != 0 || lo > math.MaxInt64 {
		return inexact(d.float() * float64(k))
	}
	m := int64(lo)
	if d.mant < 0 {
		m = -m
	}
	return decimal{mant: m, dec: d.dec}
}

// add returns d + e.
func (d decimal) add(e decimal) decimal {
	if d.inexact || e.inexact {
		return inexact(d.float() + e.float())
	}
	for d.dec < e.dec {
		d = decimal{mant: d.mant, dec: d.dec}.scaleUp()
		if d.inexact {
			return inexact(d.f + e.float())
		}
	}
	for e.dec < d.dec {
		e = e.scaleUp()
		if e.inexact {
			return inexact(d.float() + e.f)
		}
	}
	s := d.mant + e.mant
	if (s > d.mant) != (e.mant > 0) {
		return inexact(d.float() + e.float())
	}
	return decimal{mant: s, dec: d.dec}
}

// scaleUp returns d with one more decimal digit, the same value.
func (d decimal) scaleUp() decimal {
	if abs64(d.mant) > math.MaxInt64/10 || d.dec >= int8(len(pow10)-1) {
		return inexact(d.float())
	}
	return decimal{mant: d.mant * 10, dec: d.dec + 1}
}

// neg returns -d.
func (d decimal) neg() decimal {
	d.mant, d.f = -d.mant, -d.f
	return d
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
