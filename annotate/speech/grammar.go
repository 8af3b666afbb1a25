package speech

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/morph"
)

// formKind is the grammatical form of a cue verb occurrence.
type formKind uint8

const (
	formFinite formKind = iota + 1
	formParticiple
	formInfinitive
	formZuInfinitive
)

// cueForm is one inflected form of a cue verb.
type cueForm struct {
	entry    *verbEntry
	form     formKind
	particle string // separable particle split off ("mit" for "teilte"), "" otherwise
	subj1    bool   // Konjunktiv I
}

// wflags are the word classes the frames look at.
type wflags uint32

const (
	wFinite      wflags = 1 << iota // a finite verb form
	wSubj1                          // Konjunktiv I (distinct from the indicative)
	wSubj2                          // Konjunktiv II
	wAux                            // haben, sein, werden (finite)
	wModal                          // können, müssen, … (finite)
	wArticle                        // der, die, ein, …
	wPronoun                        // personal pronouns that can be a subject: er, sie, ich, wir, man
	wPossessive                     // sein, ihr, unser, …
	wPrep                           // prepositions
	wSubord                         // subordinators: dass, ob, weil, wenn, …
	wConj                           // coordinating conjunctions: und, oder, aber, doch
	wWh                             // w-words opening an indirect question: wie, was, warum, …
	wAdverb                         // adverbs that stand between verb and subject or close a frame
	wRelative                       // relative pronouns: der, die, das, welche
	wFirstPerson                    // ich, wir, mir, uns, mein, unser …: speaker's own words
	wParticiple                     // a past participle
)

// grammar answers the questions the frames ask about words. It is built
// once in New and read-only afterwards.
type grammar struct {
	info  map[string]*wordInfo // everything known about a word form
	infos []wordInfo           // the values of info, in one block (wordInfo.id indexes it)
	t     *morph.Table
	cue   map[string][]cueForm // exact form (and capitalised form) → cue forms
	words map[string]wflags    // lower-case word → classes

	// verbBits is a one-hash Bloom filter of every verb form of the
	// morph table (bits 17… of their wordHash): a word whose bit is
	// clear is no verb, and its lookup is skipped. (Arrays of a fixed
	// size: an index masked to their size needs no bounds check.)
	verbBits *[1 << verbFilterBits / 64]uint64
	hashSeed uint64 // the seed of wordHash
	// infoBits is a one-hash Bloom filter of the keys of info (bits
	// 40… of their wordHash): a capitalised word in the middle of a
	// sentence needs no verb classes, and when the filter rules out an
	// entry it needs no lookup at all.
	infoBits *[1 << infoFilterBits / 64]uint64
}

// infoFilterBits sets the size of infoBits (1<<18 bits, 32 KB: about 3 % false
// positives for the ~8,000 words of the index, so few nouns reach the word cache).
const infoFilterBits = 18

// maybeInfo reports false for a word (wordHash h) that is surely no key
// of info.
func (g *grammar) maybeInfo(h uint64) bool {
	h = (h >> 40) & (1<<infoFilterBits - 1)
	return g.infoBits[h/64]&(1<<(h%64)) != 0
}

// verbFilterBits sets the filter size: 1<<verbFilterBits bits (256 KB,
// about 5% false positives for the ~100,000 verb forms).
const verbFilterBits = 21

// buildVerbFilter fills verbBits from the morph table's word list.
func (g *grammar) buildVerbFilter() {
	g.verbBits = new([1 << verbFilterBits / 64]uint64)
	for i := range g.t.Len() {
		if g.t.IsVerbAt(i) {
			_, h := wordKey(g.hashSeed, g.t.Word(i))
			h = (h >> 17) & (1<<verbFilterBits - 1)
			g.verbBits[h/64] |= 1 << (h % 64)
		}
	}
}

// maybeVerb reports false for a word that is surely no verb form.
func (g *grammar) maybeVerb(w string) bool {
	_, h := wordKey(g.hashSeed, w)
	return g.maybeVerbHash(h)
}

// maybeVerbHash is maybeVerb for a word whose wordHash is h.
func (g *grammar) maybeVerbHash(h uint64) bool {
	h = (h >> 17) & (1<<verbFilterBits - 1)
	return g.verbBits[h/64]&(1<<(h%64)) != 0
}

// wordInfo is what the lexicons say about one word form.
type wordInfo struct {
	id      int32 // index in grammar.infos
	flags   wflags
	cues    []cueForm
	phrases []*phraseEntry // non-verbal cues starting with this word
	// nextLens has bit lenBit(n) set for each length n of the second
	// word of a phrase, and bit 0 for a phrase of one word: phraseCue
	// passes the phrases over when the next word's length has no bit
	// („der“ starts four phrases: „der Ansicht“, …).
	nextLens uint64
	// particled has bit k set for each of the first 16 cue forms (cues[k])
	// with a separable particle (particlesFound).
	particled uint16
	// trigger marks the words the frames start from: a cue form, the
	// first word of a phrase cue, „nach“ (nachPhrase). run.frames
	// skips every other word.
	trigger bool
	// particles are the separable particles of the word's verb readings
	// in morph („statt“ for „fand“), for the cue forms (otherParticle).
	particles []string
}

// index merges the closed classes, the cue forms and the phrase cues into
// one map, so the stage looks each token up once.
func (g *grammar) index(x *lex) {
	// The entries live in g.infos, whose room is reserved up front (for
	// at most one entry per key of the maps merged), so the pointers in
	// g.info stay valid as it fills.
	most := len(g.words) + len(g.cue) + len(x.phrases) + len(nachWords)
	g.info = make(map[string]*wordInfo, most)
	g.infos = make([]wordInfo, 0, most)
	get := func(w string) *wordInfo {
		in := g.info[w]
		if in == nil {
			g.infos = append(g.infos, wordInfo{id: int32(len(g.infos))})
			in = &g.infos[len(g.infos)-1]
			g.info[w] = in
		}
		return in
	}
	for w, f := range g.words {
		get(w).flags = f
	}
	for w, cs := range g.cue {
		get(w).cues = cs
	}
	for w, ps := range x.phrases {
		in := get(w)
		in.phrases = ps
		for _, p := range ps {
			if len(p.words) == 1 {
				in.nextLens |= 1
			} else {
				in.nextLens |= lenBit(len(p.words[1]))
			}
		}
	}
	for _, w := range nachWords {
		get(w)
	}
	g.infoBits = new([1 << infoFilterBits / 64]uint64)
	for w, in := range g.info {
		_, h := wordKey(g.hashSeed, w)
		f := (h >> 40) & (1<<infoFilterBits - 1)
		g.infoBits[f/64] |= 1 << (f % 64)
		in.trigger = len(in.cues) > 0 || len(in.phrases) > 0 || slices.Contains(nachWords, w)
		if len(in.cues) > 0 {
			in.particles = g.particles(w)
			for k, c := range in.cues[:min(len(in.cues), 16)] {
				if c.particle != "" {
					in.particled |= 1 << k
				}
			}
		}
	}
}

// lenBit returns the bit of a word length n in wordInfo.nextLens: bit n,
// bit 0 below 1, bit 63 from 63 on (a length test passes all the words of
// a bit's lengths, the check is made again with the word).
func lenBit(n int) uint64 {
	return 1 << min(max(n, 0), 63)
}

// nachWords are the forms of „nach“ that start nachPhrase (run.lower).
var nachWords = []string{"nach", "Nach"}

// particles returns the distinct separable particles of the analyses of
// w in morph (from its reading sets: the index asks this of every cue
// form, and decoding their analyses for Analyze cost more than the rest
// of the index).
func (g *grammar) particles(w string) []string { return g.t.AppendParticles(nil, w) }

func upperFirst(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

func (g *grammar) addCue(word string, c cueForm) {
	for _, have := range g.cue[word] {
		if have.entry == c.entry && have.form == c.form && have.particle == c.particle {
			return
		}
	}
	g.cue[word] = append(g.cue[word], c)
}

// cueWordsPerVerb sizes the cue index: the lexicon verbs have about 18
// forms each in it, counting the capitalised copies (297 verbs: 5,284
// words), so the map is made once at its size.
const cueWordsPerVerb = 20

// buildGrammar fills the cue index from the morph table: every form of
// every lexicon verb, split stems with their particle.
func buildGrammar(x *lex, t *morph.Table) *grammar {
	cue := make(map[string][]cueForm, cueWordsPerVerb*len(x.verbs))
	g := &grammar{t: t, cue: cue, words: map[string]wflags{}, hashSeed: rand.Uint64()}
	g.buildVerbFilter()
	for _, v := range x.verbs {
		fs := t.Forms(v.verb)
		if len(fs) == 0 {
			fs = weakForms(v.verb)
		}
		var split []string // the particles of the split finite forms („gab … bekannt“)
		for _, f := range fs {
			if f.Form == morph.Finite && f.Particle != "" && !slices.Contains(split, f.Particle) {
				split = append(split, f.Particle)
			}
		}
		// a word whose finite readings are all second person singular
		// („äußerst“, „sagst“) is no cue: in news text it is the adverb
		// „äußerst“ („äußerst ungewöhnlich“, speech-news n213; 9 times
		// in the tuning sets, never a cue), and the du-form is rare
		var other []string
		for _, f := range fs {
			if f.Form == morph.Finite && !(f.Person == 2 && f.Number == morph.Singular) {
				other = append(other, f.Word)
			}
		}
		for _, f := range fs {
			var k formKind
			switch f.Form {
			case morph.Finite:
				if f.Person == 2 && f.Number == morph.Singular && !slices.Contains(other, f.Word) {
					continue
				}
				k = formFinite
			case morph.Participle:
				k = formParticiple
			case morph.Infinitive:
				k = formInfinitive
			case morph.ZuInfinitive:
				k = formZuInfinitive
			default:
				continue
			}
			c := cueForm{entry: v, form: k, particle: f.Particle, subj1: k == formFinite && t.IsSubjunctive1(f.Word)}
			if v.prefix == "" {
				g.addCue(f.Word, c)
				if k == formParticiple || k == formInfinitive {
					g.addApart(f.Word, split, c) // „bekannt gegeben“
				}
				continue
			}
			// a separable verb the table lacks („hinzu|fügen“): the base's
			// forms with the particle split off, and joined to it
			switch {
			case f.Particle != "":
				continue // a particle verb of the base („zufügen“)
			case k == formFinite:
				c.particle = v.prefix
				g.addCue(f.Word, c) // „fügte … hinzu“
				c.particle = ""
				g.addCue(v.prefix+f.Word, c) // „…, als er hinzufügte“
			case k == formZuInfinitive:
				continue
			case k == formInfinitive:
				g.addCue(v.prefix+f.Word, c)
				c.form = formZuInfinitive
				g.addCue(v.prefix+"zu"+f.Word, c) // „hinzuzufügen“
			default:
				g.addCue(v.prefix+f.Word, c) // „hinzugefügt“
			}
		}
	}
	var words []string
	for w := range g.cue {
		words = append(words, w)
	}
	for _, w := range words {
		if u := upperFirst(w); g.cue[u] == nil {
			g.cue[u] = g.cue[w]
		}
	}
	return g
}

// addApart indexes the participle or infinitive w of a particle verb also
// without its particle, for the spelling with the particle written apart
// („bekannt gegeben“, „bekannt geben“): the form then needs the particle
// right before it (particleBefore).
func (g *grammar) addApart(w string, particles []string, c cueForm) {
	for _, p := range particles {
		if base, ok := strings.CutPrefix(w, p); ok && len(base) > 2 && !strings.HasPrefix(base, "zu") {
			c.particle = p
			g.addCue(base, c)
		}
	}
}

// weakForms returns the regular forms of a weak verb the morph table
// lacks: „insistieren“ → insistiere, insistiert, insistierte, …, the
// participle insistiert (without ge- for -ieren and the inseparable
// prefixes, as „verlautbart“), and the infinitive. It returns nil for
// other verbs, whose forms cannot be guessed.
func weakForms(verb string) []morph.Form {
	stem, ok := strings.CutSuffix(verb, "en")
	if !ok || len(stem) < 3 {
		return nil
	}
	noGe := strings.HasSuffix(verb, "ieren")
	for _, p := range []string{"be", "er", "ent", "emp", "ge", "miss", "ver", "zer"} {
		noGe = noGe || strings.HasPrefix(verb, p)
	}
	if !noGe {
		return nil
	}
	var fs []morph.Form
	for _, end := range []string{"e", "st", "t", "en", "et", "te", "test", "ten", "tet"} {
		fs = append(fs, morph.Form{Word: stem + end, Analysis: morph.Analysis{POS: morph.Verb, Form: morph.Finite}})
	}
	fs = append(fs,
		morph.Form{Word: stem + "t", Analysis: morph.Analysis{POS: morph.Verb, Form: morph.Participle}},
		morph.Form{Word: verb, Analysis: morph.Analysis{POS: morph.Verb, Form: morph.Infinitive}})
	return fs
}

// verbFlags returns the verb classes of a word from the morph table:
// finite, Konjunktiv I (a 3rd-person form that is not also indicative:
// "sei", "habe", "sage"), Konjunktiv II (only when it is not also an
// indicative form: "wäre", "hätte", not "sagte"), participle. fold looks
// a capitalised word up in lower case (sentence start).
func (g *grammar) verbFlags(word string, fold bool) wflags {
	if !fold && !g.maybeVerb(word) {
		return 0
	}
	return g.analyzeVerb(word, fold)
}

// analyzeVerb is verbFlags without the Bloom filter.
func (g *grammar) analyzeVerb(word string, fold bool) wflags {
	as := g.t.Analyze(word)
	if len(as) == 0 && fold {
		_, as = g.t.AnalyzeFold(word)
	}
	var f wflags
	ind2, subj1, ind3 := false, false, false
	for i := range as {
		a := &as[i]
		if a.POS != morph.Verb {
			continue
		}
		switch a.Form {
		case morph.Finite:
			f |= wFinite
			switch a.Mood {
			case morph.Subjunctive2:
				f |= wSubj2
			case morph.Subjunctive1:
				subj1 = subj1 || a.Person == 3
			case morph.Indicative:
				// a preterite („sollten“) or a present of another verb
				// („führen“, not Konjunktiv II of fahren) is no Konjunktiv II
				ind2 = true
				ind3 = ind3 || a.Person == 3
			}
		case morph.Participle:
			f |= wParticiple
		}
	}
	if ind2 {
		f &^= wSubj2
	}
	if subj1 && !ind3 {
		f |= wSubj1
	}
	return f
}

const morphZuInf = morph.ZuInfinitive

// isAdverb reports a word of the frame adverbs („weiter“, „dazu“).
func (g *grammar) isAdverb(w string) bool { return g.words[w]&wAdverb != 0 }

// genitiveDer reports whether noun w can follow a genitive „der“: a
// feminine singular or a plural genitive form. A noun the morph tables
// do not know, alone or as the last part of a compound, may
// („der Wissensstand“ is a nominative: „laut einer KFV-Studie der
// Wissensstand …“).
func (g *grammar) genitiveDer(w string) bool {
	as := g.t.Analyze(w)
	if len(as) == 0 {
		// the last part of a compound: „Wissensstand“ → „Stand“
		for i := 1; i+5 <= len(w); i++ { // a last part of five letters or more („Stand“, not „Band“)
			if !utf8.RuneStart(w[i]) {
				continue
			}
			c, n := utf8.DecodeRuneInString(w[i:])
			if !unicode.IsLower(c) {
				continue
			}
			if bs := g.t.Analyze(string(unicode.ToUpper(c)) + w[i+n:]); len(bs) > 0 {
				as = bs
				break
			}
		}
	}
	known := false
	for _, a := range as {
		if a.POS != morph.Noun {
			continue
		}
		known = true
		if a.Case == morph.Gen && (a.Gender == morph.Fem || a.Number == morph.Plural) {
			return true
		}
	}
	return !known
}

// isNoun reports a word the morph table knows as a noun (from the
// table's per-form bits, without reading its analyses).
func (g *grammar) isNoun(w string) bool { return g.t.IsNoun(w) }

// singularVerb reports a finite verb form that morph knows only in the
// singular („verspricht“, „lobte“); false for unknown words.
func (g *grammar) singularVerb(w string) bool {
	n := 0
	for _, a := range g.t.Analyze(w) {
		if a.POS != morph.Verb || a.Form != morph.Finite {
			continue
		}
		if a.Number != morph.Singular {
			return false
		}
		n++
	}
	return n > 0
}

// pluralNoun reports a noun that morph knows only in the plural
// („Verbesserungen“); false for unknown words.
func (g *grammar) pluralNoun(w string) bool {
	plural, other := g.nounNumbers(w)
	return plural && !other
}

// pluralReading reports a noun form with a plural reading („Versuche“,
// also a dative singular).
func (g *grammar) pluralReading(w string) bool {
	plural, _ := g.nounNumbers(w)
	return plural
}

// nounNumbers reports whether morph reads w as a plural noun and as a
// noun of another number.
func (g *grammar) nounNumbers(w string) (plural, other bool) {
	for _, a := range g.t.Analyze(w) {
		if a.POS == morph.Noun {
			if a.Number == morph.Plural {
				plural = true
			} else {
				other = true
			}
		}
	}
	return plural, other
}
