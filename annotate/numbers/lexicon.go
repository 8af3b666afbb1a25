package numbers

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/quelle-nlp/quelle/lexicon"
)

// This file loads the numbers-*.txt lexicon files. Every loader collects
// its problems as file:line errors in errs and returns an error only when
// a file cannot be read.

// Lexicon files of the NUMBER stage.
const (
	numbersWordsFile     = "numbers-words.txt"
	numbersSuffixesFile  = "numbers-suffixes.txt"
	numbersScalesFile    = "numbers-scales.txt"
	numbersFractionsFile = "numbers-fractions.txt"
	numbersVagueFile     = "numbers-vague.txt"
	numbersContextFile   = "numbers-context.txt"
	numbersPhrasesFile   = "numbers-phrases.txt"
)

var morphClasses = map[string]morphClass{
	"zero": mZero, "unit": mUnit, "final": mFinal, "teen": mTeen, "ten": mTen,
	"hundred": mHundred, "thousand": mThousand, "and": mAnd,
}

// wholeClasses are the numbers-words.txt classes read as whole words only
// (addWhole reports a form given twice).
var wholeClasses = map[string]bool{"inflected": true, "sign": true, "point": true, "article": true}

// pendingOrd is an irregular ordinal stem waiting for its cardinal.
type pendingOrd struct {
	e     lexicon.Entry
	value int64
}

// loadWords reads numbers-words.txt.
func (w *Words) loadWords(lex *lexicon.Lexicon, errs *lexicon.ErrorList) error {
	ents, err := lex.Entries(numbersWordsFile)
	if err != nil {
		return err
	}
	var ords []pendingOrd
	keys := lexicon.Keys{}
	for _, e := range ents {
		if err := e.Need("form", "value", "class"); err != nil {
			errs.Add(err)
			continue
		}
		v, ok := checkWordEntry(e, errs)
		if !ok {
			continue
		}
		form := e.Field(0)
		if _, whole := wholeClasses[e.Field(2)]; !whole { // whole-word classes are checked by addWhole
			if err := keys.Claim(form+"\t"+e.Field(2), e, fmt.Sprintf("%q with class %s", form, e.Field(2))); err != nil {
				errs.Add(err)
				continue
			}
		}
		if e.Field(3) == "capital-noun" {
			w.capNoun[form] = true
		}
		switch class := e.Field(2); class {
		case "ordinal":
			ords = append(ords, pendingOrd{e, v})
		case "inflected":
			w.addWhole(e, form, atom{kind: aCardinal, num: decimal{mant: v}, word: true, lower: true, pos: e.Pos()}, errs)
		case "sign":
			w.addWhole(e, form, atom{kind: aMinus, word: true, lower: true, pos: e.Pos()}, errs)
		case "point":
			w.addWhole(e, form, atom{kind: aPoint, word: true, pos: e.Pos()}, errs)
		case "article":
			w.addWhole(e, form, atom{kind: aArticle, num: decimal{mant: v}, word: true, pos: e.Pos()}, errs)
		default:
			mc, ok := morphClasses[class]
			if !ok {
				errs.Add(e.Errorf("unknown class %q (the classes are listed at the top of the file: zero, unit, final, teen, ten, hundred, thousand, and, ordinal, inflected, article, sign, point)", class))
				continue
			}
			w.addMorph(morph{form: form, value: v, class: mc})
		}
	}
	w.addOrdinals(ords, errs)
	return nil
}

// checkWordEntry checks the value, form and flag of a numbers-words.txt
// line and returns its value.
func checkWordEntry(e lexicon.Entry, errs *lexicon.ErrorList) (int64, bool) {
	form, class, flag := e.Field(0), e.Field(2), e.Field(3)
	v, err := strconv.ParseInt(e.Field(1), 10, 64)
	switch {
	case err != nil || v < 0:
		errs.Add(e.Errorf("the value (second field) must be a whole number such as 0, 3 or 1000, not %q", e.Field(1)))
	case form == "" || form != strings.ToLower(form):
		errs.Add(e.Errorf("form %q must be lowercase", form))
	case flag == "needs-det" && class != "ordinal", flag == "capital-noun" && class == "ordinal",
		flag != "" && flag != "needs-det" && flag != "capital-noun":
		errs.Add(e.Errorf("flag %q does not fit class %q (needs-det: ordinal lines; capital-noun: the others)", flag, class))
	default:
		return v, true
	}
	return 0, false
}

// addMorph adds a compound morpheme and, for the first of its value and
// class, records it as the spelling form.
func (w *Words) addMorph(m morph) {
	w.morphs[m.form[0]] = append(w.morphs[m.form[0]], m)
	sp := &w.spell
	first := func(dst *string) {
		if *dst == "" {
			*dst = m.form
		}
	}
	switch {
	case m.class == mZero:
		first(&sp.zero)
	case m.class == mFinal:
		first(&sp.final)
	case m.class == mAnd:
		first(&sp.and)
	case m.class == mHundred:
		first(&sp.hundred)
	case m.class == mThousand:
		first(&sp.thousand)
	case m.class == mUnit && m.value < 10:
		first(&sp.units[m.value])
	case m.class == mTeen && m.value >= 10 && m.value < 20:
		first(&sp.teens[m.value-10])
	case m.class == mTen && m.value%10 == 0 && m.value < 100:
		first(&sp.tens[m.value/10])
	}
}

// addOrdinals records the irregular ordinal stems; the regular ones are
// derived in finish, once the suffixes are known.
func (w *Words) addOrdinals(ords []pendingOrd, errs *lexicon.ErrorList) {
	for _, o := range ords {
		m, ok := w.morphFor(o.value)
		if !ok {
			errs.Add(o.e.Errorf("ordinal stem %q: no cardinal or multiplier with value %d", o.e.Field(0), o.value))
			continue
		}
		w.ords = append(w.ords, ordStem{form: o.e.Field(0), m: m, needsDet: o.e.Field(3) == "needs-det", pos: o.e.Pos()})
		if _, dup := w.spell.irregularOrd[o.value]; !dup && o.value < 20 {
			w.spell.irregularOrd[o.value] = o.e.Field(0)
		}
	}
}

// morphFor returns the cardinal morpheme an ordinal stem of value v stands
// for: "eins" (final) for 1, a multiplier of a million or more as such.
func (w *Words) morphFor(v int64) (morph, bool) {
	if v >= 1_000_000 {
		return morph{value: v, class: mScaleOrd}, true
	}
	var best morph
	for _, ms := range w.morphs {
		for _, m := range ms {
			if m.value == v && m.class != mAnd && (best.class == mNone || m.class == mFinal) {
				best = m
			}
		}
	}
	return best, best.class != mNone
}

// loadSuffixes reads numbers-suffixes.txt.
func (w *Words) loadSuffixes(lex *lexicon.Lexicon, errs *lexicon.ErrorList) error {
	ents, err := lex.Entries(numbersSuffixesFile)
	if err != nil {
		return err
	}
	keys := lexicon.Keys{}
	for _, e := range ents {
		if err := e.Need("ending", "kind"); err != nil {
			errs.Add(err)
			continue
		}
		suf := e.Field(0)
		switch e.Field(1) {
		case "ordinal-small", "ordinal-large": // one ending each: a second line would silently win
			if err := keys.Claim(e.Field(1), e, "the "+e.Field(1)+" ending"); err != nil {
				errs.Add(err)
			} else if e.Field(1) == "ordinal-small" {
				w.spell.ordSmall = suf
			} else {
				w.spell.ordLarge = suf
			}
		case "inflection":
			w.inflections = append(w.inflections, suf)
		case "fraction":
			w.fracSuffixes = append(w.fracSuffixes, suf)
		case "half":
			if w.half == "" {
				w.half = suf
			}
			w.halves = append(w.halves, suf)
		default:
			errs.Add(e.Errorf("unknown kind %q (want ordinal-small, ordinal-large, inflection, fraction or half)", e.Field(1)))
		}
	}
	return nil
}

var scaleNumbers = map[string]bool{"sg": true, "pl": true, "abbr": true}

// loadScales reads numbers-scales.txt.
func (w *Words) loadScales(lex *lexicon.Lexicon, errs *lexicon.ErrorList) error {
	ents, err := lex.Entries(numbersScalesFile)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if err := e.Need("form", "value", "number"); err != nil {
			errs.Add(err)
			continue
		}
		v, err := strconv.ParseInt(e.Field(1), 10, 64)
		if err != nil || v < 2 {
			errs.Add(e.Errorf("the value (second field) must be a whole number above 1, not %q", e.Field(1)))
			continue
		}
		num := e.Field(2)
		if !scaleNumbers[num] {
			errs.Add(e.Errorf("number %q must be sg, pl or abbr", num))
			continue
		}
		a := atom{kind: aScale, num: decimal{mant: v}, plural: num == "pl", abbr: num == "abbr",
			word: true, bare: true, pos: e.Pos()}
		w.addWhole(e, strings.ToLower(e.Field(0)), a, errs)
		if v >= 1_000_000 && num != "abbr" {
			w.addScaleName(v, e.Field(0), num == "pl")
		}
	}
	return nil
}

func (w *Words) addScaleName(v int64, form string, plural bool) {
	sp := &w.spell
	i := sort.Search(len(sp.scales), func(i int) bool { return sp.scales[i].value <= v })
	if i == len(sp.scales) || sp.scales[i].value != v {
		sp.scales = append(sp.scales, scaleName{})
		copy(sp.scales[i+1:], sp.scales[i:])
		sp.scales[i] = scaleName{value: v}
	}
	if plural && sp.scales[i].pl == "" {
		sp.scales[i].pl = form
	} else if !plural && sp.scales[i].singular == "" {
		sp.scales[i].singular = form
	}
}

// addWhole adds a whole-word reading; a form may have only one.
func (w *Words) addWhole(e lexicon.Entry, form string, a atom, errs *lexicon.ErrorList) {
	if form == "" {
		errs.Add(e.Errorf("empty form"))
		return
	}
	if old, dup := w.whole[form]; dup {
		errs.Add(e.Errorf("%q is already defined at %s", form, old.pos))
		return
	}
	w.whole[form] = a
}

var fractionClasses = map[string]atomKind{
	"noun": aHalfNoun, "adjective": aHalfAdj, "adverb": aHalfAdv, "word": aFraction, "denominator": aDenom,
}

// loadFractions reads numbers-fractions.txt.
func (w *Words) loadFractions(lex *lexicon.Lexicon, errs *lexicon.ErrorList) error {
	ents, err := lex.Entries(numbersFractionsFile)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if err := e.Need("form", "value", "class"); err != nil {
			errs.Add(err)
			continue
		}
		kind, ok := fractionClasses[e.Field(2)]
		if !ok {
			errs.Add(e.Errorf("unknown class %q (want noun, adjective, adverb, word or denominator)", e.Field(2)))
			continue
		}
		num, ok := parseDecimal(e.Field(1))
		if !ok || num.mant <= 0 {
			errs.Add(e.Errorf("the value (second field) must be a number above 0 such as 0.5 or 2, not %q", e.Field(1)))
			continue
		}
		flag := e.Field(3)
		if flag != "" && flag != "needs-numerator" {
			errs.Add(e.Errorf("unknown flag %q (want needs-numerator)", flag))
			continue
		}
		a := atom{kind: kind, num: num, word: true, needsNum: flag != "", pos: e.Pos()}
		if kind == aDenom {
			a.denom = int64(1/num.float() + 0.5)
			w.needsNumerator[a.denom] = a.needsNum
		}
		w.addWhole(e, strings.ToLower(e.Field(0)), a, errs)
	}
	return nil
}

// loadVague reads numbers-vague.txt.
func (w *Words) loadVague(lex *lexicon.Lexicon, errs *lexicon.ErrorList) error {
	ents, err := lex.Entries(numbersVagueFile)
	if err != nil {
		return err
	}
	for _, e := range ents {
		if err := e.Need("form", "kind"); err != nil {
			errs.Add(err)
			continue
		}
		var a atom
		switch e.Field(1) {
		case "noun":
			a = atom{kind: aVague, word: true, pos: e.Pos()}
		case "det":
			a = atom{kind: aVagueDet, word: true, pos: e.Pos()}
		default:
			errs.Add(e.Errorf("unknown kind %q (want noun or det)", e.Field(1)))
			continue
		}
		w.addWhole(e, strings.ToLower(e.Field(0)), a, errs)
	}
	return nil
}

// finish derives the regular ordinal stems, sorts the morphemes and stems
// longest first, fills the prefix screen and checks that spelling works.
func (w *Words) finish() error {
	for _, ms := range w.morphs {
		for _, m := range ms {
			w.addRegularOrdinal(m)
		}
	}
	sort.SliceStable(w.ords, func(i, j int) bool { return len(w.ords[i].form) > len(w.ords[j].form) })
	for _, o := range w.ords {
		w.ordLast[o.form[len(o.form)-1]] = true
	}
	for b := range w.morphs {
		sort.SliceStable(w.morphs[b], func(i, j int) bool { return len(w.morphs[b][i].form) > len(w.morphs[b][j].form) })
	}
	w.fillScreen()
	w.fillKnown()
	return w.checkSpelling()
}

// addRegularOrdinal derives the ordinal stem of a cardinal morpheme that
// has no irregular one: "vier" + "t", "zwanzig" + "st".
func (w *Words) addRegularOrdinal(m morph) {
	switch m.class {
	case mUnit, mTeen, mTen, mHundred, mThousand, mZero:
	default:
		return
	}
	for _, o := range w.ords {
		if o.m.value == m.value && o.pos != "" {
			return // irregular stem given
		}
	}
	suf := w.spell.ordSmall
	if m.value >= 20 {
		suf = w.spell.ordLarge
	}
	w.ords = append(w.ords, ordStem{form: m.form + suf, m: m})
}

// fillScreen records every word a numeral can start with: the forms read
// as a whole, the morphemes and ordinals that stand alone, and, as starts
// of long words, every morpheme (a three-byte one followed by what can
// follow it: "einu…", "einh…", "elft…"). Articles and vague determiners
// are left out: the stage looks them up from the word after them ("eine
// Million", "mehrere hundert").
func (w *Words) fillScreen() {
	sc := &w.screen
	for form, a := range w.whole {
		if a.kind != aVagueDet && a.kind != aArticle {
			sc.addWord(form)
		}
	}
	var starts []string
	for _, ms := range w.morphs {
		for _, m := range ms {
			if m.class != mFinal && m.class != mZero && m.class != mAnd { // "eins", "null" end a word
				starts = append(starts, m.form)
			}
			if m.class != mAnd && (m.class != mUnit || m.value != 1) {
				sc.addWord(m.form) // "drei", "elf", "eins"; not "ein"
			}
		}
	}
	for _, o := range w.ords { // a stem only takes a short ending: every form is listed
		for _, suf := range w.inflections {
			sc.addWord(o.form + suf) // "dritte"
		}
		for _, suf := range w.fracSuffixes {
			if o.m.value >= 3 {
				sc.addWord(o.form + suf) // "Drittel"
			}
		}
	}
	sc.addWord(w.half)
	next := w.nextBytes()
	for _, f := range append(starts, w.halves...) {
		if len(f) >= 4 {
			sc.addStart(f)
			continue
		}
		for _, c := range next {
			sc.addStart(f + string(c))
		}
	}
}

// nextBytes returns the first bytes of what can follow a unit or teen
// inside a word: "und", "hundert", "tausend", "einhalb", an ordinal ending
// ("elft"), and a hyphen ("Elf-Meter-Schießen", see numberRun.hyphenWord).
func (w *Words) nextBytes() []byte {
	next := []byte{'-'}
	for _, f := range []string{w.spell.and, w.spell.hundred, w.spell.thousand, w.half, w.spell.ordSmall} {
		if f != "" && bytes.IndexByte(next, f[0]) < 0 {
			next = append(next, f[0])
		}
	}
	return next
}

// fillKnown precomputes the readings of the short number words (the
// morphemes alone, the ordinals of one stem, the fraction nouns) so that
// the frequent ones cost one map lookup.
func (w *Words) fillKnown() {
	w.known = make(map[string]atom, len(w.whole)+8*len(w.ords))
	add := func(form string) {
		if _, ok := w.known[form]; !ok {
			if a := w.derive(form); a.kind != aNone {
				w.known[form] = a
			}
		}
	}
	for _, ms := range w.morphs {
		for _, m := range ms {
			add(m.form)
		}
	}
	for _, o := range w.ords {
		for _, suf := range append(append([]string{}, w.inflections...), w.fracSuffixes...) {
			add(o.form + suf)
		}
	}
	for form, a := range w.whole {
		w.known[form] = a
	}
}

// checkSpelling reports lexicon gaps that would make Spell write nonsense,
// in the terms of the files' headers.
func (w *Words) checkSpelling() error {
	sp := &w.spell
	var missing, suffixes []string
	need := func(list *[]string, what, v string) {
		if v == "" {
			*list = append(*list, what)
		}
	}
	need(&missing, "0 (class zero)", sp.zero)
	need(&missing, "1 at the end of a word (class final, as in hunderteins)", sp.final)
	need(&missing, "the joining word between unit and ten (class and, as in einundzwanzig)", sp.and)
	need(&missing, "100 (class hundred)", sp.hundred)
	need(&missing, "1000 (class thousand)", sp.thousand)
	for i := 1; i < 10; i++ {
		need(&missing, fmt.Sprintf("%d (class unit)", i), sp.units[i])
	}
	for i := 10; i < 20; i++ {
		need(&missing, fmt.Sprintf("%d (class teen)", i), sp.teens[i-10])
	}
	for i := 2; i < 10; i++ {
		need(&missing, fmt.Sprintf("%d (class ten)", 10*i), sp.tens[i])
	}
	need(&suffixes, "ordinal-small (the ordinal ending below 20, as t in viert)", sp.ordSmall)
	need(&suffixes, "ordinal-large (the ordinal ending from 20 on, as st in zwanzigst)", sp.ordLarge)
	var scales []string
	for _, s := range sp.scales {
		need(&scales, fmt.Sprintf("%d (number sg)", s.value), s.singular)
		need(&scales, fmt.Sprintf("%d (number pl)", s.value), s.pl)
	}
	var msgs []string
	if len(missing) > 0 {
		msgs = append(msgs, fmt.Sprintf("%s: no line gives the word for %s; quelle needs one to spell numbers out",
			numbersWordsFile, strings.Join(missing, ", ")))
	}
	if len(suffixes) > 0 {
		msgs = append(msgs, fmt.Sprintf("%s: no line of kind %s", numbersSuffixesFile, strings.Join(suffixes, "; ")))
	}
	if len(scales) > 0 {
		msgs = append(msgs, fmt.Sprintf("%s: a multiplier needs a singular and a plural line; missing: %s", numbersScalesFile, strings.Join(scales, ", ")))
	}
	if len(msgs) > 0 {
		return errors.New(strings.Join(msgs, "\n"))
	}
	return nil
}
