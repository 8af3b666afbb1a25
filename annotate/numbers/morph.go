package numbers

import (
	"math"
	"strings"
	"unicode/utf8"
)

// This file holds the German number-word reader: one compound word
// ("dreihundertfünfundzwanzig", "dritten", "Hundertstel", "eineinhalb") is
// split into morphemes from numbers-words.txt and checked against a small
// grammar; ordinals and fractions are recognised by their endings from
// numbers-suffixes.txt. Words of several tokens ("zwei Millionen") are put
// together by the combiner in numbers_combine.go.

// morphClass says where a morpheme may stand inside a compound number word.
type morphClass uint8

// Morpheme classes; see numbers-words.txt.
const (
	mNone     morphClass = iota
	mZero                // "null", a whole word only
	mUnit                // 1–9 ("ein", "zwei")
	mFinal               // "eins": last or alone
	mTeen                // 10–19
	mTen                 // 20–90
	mHundred             // "hundert"
	mThousand            // "tausend"
	mAnd                 // "und"
	mScaleOrd            // a multiplier inside an ordinal stem ("millionst")
)

// morph is one building block of a compound number word.
type morph struct {
	form  string
	value int64
	class morphClass
}

// ordStem is an ordinal stem ("dritt", "zwanzigst") and the cardinal
// morpheme it stands for.
type ordStem struct {
	form     string
	m        morph
	needsDet bool
	pos      string
}

// wordForm is how a compound word reads.
type wordForm uint8

const (
	formNone     wordForm = iota
	formCardinal          // "dreihundert"
	formOrdinal           // "dritten"
	formDenom             // "Drittel": a fraction noun, value 1/n
	formHalf              // "eineinhalb": cardinal + 0.5
)

// wordValue is the reading of one compound word.
type wordValue struct {
	form     wordForm
	value    int64  // cardinal or ordinal value, denominator, or twice the value for formHalf
	needsDet bool   // an ordinal that needs a determiner before it ("achten")
	needsNum bool   // a fraction noun that needs a numerator ("Viertel")
	scaleOrd bool   // an ordinal of a multiplier alone ("Milliardste"): it takes a count before it
	pos      string // lexicon position when one entry decided the reading
}

// parseWord reads one lowercase compound word.
func (w *Words) parseWord(s string) wordValue {
	if v, ok := w.cardinal(s); ok {
		return wordValue{form: formCardinal, value: v}
	}
	for _, half := range w.halves {
		if s[len(s)-1] != half[len(half)-1] {
			continue // the common case: not even the last letter
		}
		if rest, ok := strings.CutSuffix(s, half); ok {
			if rest == "" && half == w.half {
				return wordValue{form: formHalf, value: 1}
			}
			if v, ok := w.halfBase(rest); ok {
				return wordValue{form: formHalf, value: 2*v + 1}
			}
		}
	}
	for _, suf := range w.inflections {
		if stem, ok := strings.CutSuffix(s, suf); ok && stem != "" {
			if v, st, ok := w.ordinal(stem); ok {
				alone := len(stem) == len(st.form)
				return wordValue{form: formOrdinal, value: v, needsDet: st.needsDet && alone, scaleOrd: alone && st.m.class == mScaleOrd, pos: st.pos}
			}
		}
	}
	for _, suf := range w.fracSuffixes {
		if stem, ok := strings.CutSuffix(s, suf); ok && stem != "" {
			if v, _, ok := w.ordinal(stem); ok && v >= 3 {
				return wordValue{form: formDenom, value: v, needsNum: w.needsNumerator[v]}
			}
		}
	}
	return wordValue{}
}

// halfBase reads the cardinal before "einhalb", where "ein" is 1
// ("eineinhalb").
func (w *Words) halfBase(s string) (int64, bool) {
	if s == w.spell.units[1] {
		return 1, true
	}
	return w.cardinal(s)
}

// ordinal reads an ordinal stem without its inflection ending
// ("dritt", "einundzwanzigst", "hundertdritt").
func (w *Words) ordinal(s string) (int64, *ordStem, bool) {
	if s == "" || !w.ordLast[s[len(s)-1]] {
		return 0, nil, false
	}
	for i := range w.ords {
		st := &w.ords[i]
		prefix, ok := strings.CutSuffix(s, st.form)
		if !ok {
			continue
		}
		var seq [maxMorphs]morph
		n, ok := w.split(prefix, seq[:maxMorphs-1])
		if !ok {
			continue
		}
		seq[n] = st.m
		if v, ok := evalMorphs(seq[:n+1]); ok {
			return v, st, true
		}
	}
	return 0, nil, false
}

// cardinal reads a compound cardinal below one million ("zwölftausend").
func (w *Words) cardinal(s string) (int64, bool) {
	if s == "" {
		return 0, false
	}
	var seq [maxMorphs]morph
	n, ok := w.split(s, seq[:])
	if !ok {
		return 0, false
	}
	return evalMorphs(seq[:n])
}

// maxMorphs bounds the morphemes of one word; real words have at most 9
// ("neunhundertneunundneunzigtausendneunhundertneunundneunzig").
const maxMorphs = 12

// split cuts s into morphemes, longest match first, and stores them in
// seq. It fails if s is not entirely made of morphemes or has too many.
func (w *Words) split(s string, seq []morph) (int, bool) {
	n := 0
	for i := 0; i < len(s); {
		m, ok := w.longestMorph(s[i:])
		if !ok || n == len(seq) {
			return 0, false
		}
		seq[n] = m
		n++
		i += len(m.form)
	}
	return n, true
}

// longestMorph returns the longest morpheme that starts s.
func (w *Words) longestMorph(s string) (morph, bool) {
	for _, m := range w.morphs[s[0]] {
		if strings.HasPrefix(s, m.form) {
			return m, true
		}
	}
	return morph{}, false
}

// evalMorphs checks a morpheme sequence against the grammar
//
//	number  = [below1000] "tausend" ["und"] [below1000] | below1000
//	below1000 = [below100] "hundert" ["und"] [below100] | below100
//	below100  = unit "und" ten | ten | teen | unit | final | zero
//
// ("ein" alone is not a number; "eins" only ends a word) and returns its
// value.
func evalMorphs(seq []morph) (int64, bool) {
	p := morphParser{seq: seq}
	v, ok := p.number()
	return v, ok && p.i == len(seq)
}

type morphParser struct {
	seq []morph
	i   int
}

func (p *morphParser) peek() morphClass {
	if p.i < len(p.seq) {
		return p.seq[p.i].class
	}
	return mNone
}

// number parses up to "tausend" and what follows it.
func (p *morphParser) number() (int64, bool) {
	if p.peek() == mZero {
		p.i++
		return 0, len(p.seq) == 1
	}
	if p.peek() == mScaleOrd {
		v := p.seq[p.i].value
		p.i++
		return v, true
	}
	high, scaled, ok := p.count(p.below1000, mThousand)
	if !scaled {
		if ok && high > 0 && p.peek() == mScaleOrd { // "hundertmillionst"
			return p.scaleOrd(high)
		}
		return high, ok && high > 0
	}
	if !ok {
		return 0, false
	}
	total := high * 1000
	if p.i == len(p.seq) {
		return total, true
	}
	if p.peek() == mScaleOrd {
		return p.scaleOrd(total)
	}
	low, ok := p.below1000()
	return total + low, ok && low > 0
}

// below1000 parses "[below100] hundert [und] [below100]" or a below100;
// "hundert" with nothing before it is 100.
func (p *morphParser) below1000() (int64, bool) {
	v, scaled, ok := p.count(p.below100, mHundred)
	if !scaled || !ok {
		return v, ok
	}
	total := v * 100
	if p.i == len(p.seq) || p.peek() == mThousand || p.peek() == mScaleOrd {
		return total, true
	}
	low, ok := p.below100()
	return total + low, ok
}

// count parses "[lower] multiplier [und]", the count before a multiplier
// ("drei" in "dreihundert"; none before it is 1). scaled reports whether
// the multiplier came; if not, count returns lower's result.
func (p *morphParser) count(lower func() (int64, bool), multiplier morphClass) (n int64, scaled, ok bool) {
	start := p.i
	n, ok = lower()
	if p.peek() != multiplier {
		return n, false, ok
	}
	if !ok {
		if p.i != start {
			return 0, true, false
		}
		n = 1
	}
	p.i++
	p.skipAnd()
	return n, true, true
}

// below100 parses "unit und ten", a ten, a teen or a unit.
func (p *morphParser) below100() (int64, bool) {
	switch p.peek() {
	case mTen, mTeen:
		v := p.seq[p.i].value
		p.i++
		return v, true
	case mFinal:
		v := p.seq[p.i].value
		p.i++
		return v, p.i == len(p.seq)
	case mUnit:
		u := p.seq[p.i].value
		p.i++
		if p.peek() == mAnd {
			if p.i+1 < len(p.seq) && p.seq[p.i+1].class == mTen {
				p.i += 2
				return u + p.seq[p.i-1].value, true
			}
			return 0, false
		}
		// "ein" stands only before hundert or tausend; "zwei" … "neun" anywhere.
		next := p.peek()
		return u, u != 1 || next == mHundred || next == mThousand
	}
	return 0, false
}

// scaleOrd multiplies n by the ordinal multiplier that comes next
// ("hundert" + "millionst"); it fails if the product does not fit.
func (p *morphParser) scaleOrd(n int64) (int64, bool) {
	v := p.seq[p.i].value
	p.i++
	if n > math.MaxInt64/v {
		return 0, false
	}
	return n * v, true
}

func (p *morphParser) skipAnd() {
	if p.peek() == mAnd && p.i+1 < len(p.seq) {
		p.i++
	}
}

// spellBelowMillion spells 1 ≤ n < 1 000 000 as one word. final tells
// whether the word ends here ("eins") or a multiplier follows ("ein").
func (w *Words) spellBelowMillion(b *strings.Builder, n int64, final bool) {
	if th := n / 1000; th > 0 {
		w.spellBelow1000(b, th, false)
		b.WriteString(w.spell.thousand)
	}
	if r := n % 1000; r > 0 {
		w.spellBelow1000(b, r, final)
	}
}

func (w *Words) spellBelow1000(b *strings.Builder, n int64, final bool) {
	if h := n / 100; h > 0 {
		b.WriteString(w.spell.units[h])
		b.WriteString(w.spell.hundred)
	}
	r := n % 100
	switch {
	case r == 0:
	case r == 1 && final:
		b.WriteString(w.spell.final)
	case r < 10:
		b.WriteString(w.spell.units[r])
	case r < 20:
		b.WriteString(w.spell.teens[r-10])
	default:
		if u := r % 10; u > 0 {
			b.WriteString(w.spell.units[u])
			b.WriteString(w.spell.and)
		}
		b.WriteString(w.spell.tens[r/10])
	}
}

// lowerWord writes the lowercase form of s into buf and returns it. It
// returns nil when s is longer than buf allows.
func lowerWord(buf []byte, s string) []byte {
	buf = buf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if len(buf) == cap(buf) {
				return nil
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case 'Ä':
			r = 'ä'
		case 'Ö':
			r = 'ö'
		case 'Ü':
			r = 'ü'
		}
		if len(buf)+utf8.RuneLen(r) > cap(buf) {
			return nil
		}
		buf = utf8.AppendRune(buf, r)
		i += size
	}
	return buf
}
