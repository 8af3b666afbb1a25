package speech

import (
	"errors"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/lexicon"
)

// Lexicon files of the speech stage.
const (
	verbsFile   = "speech-verbs.txt"
	phrasesFile = "speech-phrases.txt"
	nounsFile   = "speech-nouns.txt"
	rolesFile   = "speech-roles.txt"
)

// verbFrames says what content a cue verb takes.
type verbFrames uint16

const (
	takesClause   verbFrames = 1 << iota // dass/ob/w-clause, zu-infinitive, V2 Konjunktiv
	takesQuote                           // frames a quote („…“, sagte X)
	takesNP                              // an NP naming the content suffices
	notReflexive                         // no cue with „sich“: „zeigte sich zuversichtlich“, „zeige sich, dass“
	adjParticiple                        // its participle is an adjective with werden: „bekannt geworden“
	seinPerfect                          // forms its perfect with sein: „ist davon ausgegangen“
	quotedSubject                        // its passive subject is the speaker: „X wird mit den Worten zitiert“
	beliefVerb                           // a verb of belief: generic „man“ holds no attributed belief („Bisher habe man angenommen, dass …“)
	namingVerb                           // a verb of naming: its agentless passive without content names („wie er genannt wird“)
	learnVerb                            // a verb of learning: a report only with its source named („erfuhr aus Regierungskreisen“, „wie X erfuhr“)
	stateSein                            // its participle with sein is a state that reports: „ist überzeugt, dass …“ (lemma „überzeugt sein“)
	negNone                              // negated it reports nothing: „haben den Verdacht nicht bestätigt“, „noch nicht bekanntgegeben“
	evidenceVerb                         // a verb of evidence: a report only when a speaker, document or data shows („Die Zahlen zeigen, dass …“, not „Der Modus Operandi zeigt, wie …“)
	npNoSich                             // its noun-phrase content does not count with „sich“: „äußerte Zweifel“, not „äußerte sich besorgt“
)

// verbEntry is one line of speech-verbs.txt.
type verbEntry struct {
	lemma    string   // the citation form written into CUE.Lemma
	verb     string   // the verb that carries the span ("lassen" in "wissen lassen")
	prefix   string   // a separable particle written "hinzu|fügen": verb is the base „fügen“
	with     []string // other words that must stand in the clause ("wissen")
	npWords  []string // with np: one of these must introduce the content ("von")
	notWords []string // written "!Geschichte" among the np-words: no cue with one of these in its clause (an idiom of another sense)
	frames   verbFrames
	pos      string // file:line
}

// phraseFrame is the frame of a non-verbal cue.
type phraseFrame uint8

const (
	frameBefore     phraseFrame = iota + 1 // laut X
	frameAfter                             // X zufolge
	frameBack                              // demnach
	frameRelative                          // …, wonach
	frameImpersonal                        // heißt es
	frameSo                                // …, so X.
	frameFinal                             // wie es in X heißt / in denen es heißt, …
	frameWords                             // schloss sich X mit den Worten an: „…“
	frameOpinion                           // X ist der Meinung, dass …
	frameWritten                           // In dem Bericht steht, dass … / hatte es geheißen: …
)

var phraseFrames = map[string]phraseFrame{
	"before": frameBefore, "after": frameAfter, "back": frameBack,
	"relative": frameRelative, "impersonal": frameImpersonal, "so": frameSo, "final": frameFinal, "words": frameWords, "opinion": frameOpinion, "written": frameWritten,
}

// phraseEntry is one line of speech-phrases.txt.
type phraseEntry struct {
	words []string // lower-case words
	lemma string
	frame phraseFrame
	pos   string
}

// nounFlags are the frames a reporting noun takes.
type nounFlags uint8

const (
	nounNach      nounFlags = 1 << iota // nach Angaben
	nounDoc                             // in einer Erklärung hieß es
	nounReport                          // Berichten zufolge, die Meldung, wonach
	nounNachNamed                       // nach Berichten der Presse (not „nach Berichten über …“)
	nounNachAdj                         // a lower-case word before the noun that makes a nach-named noun a cue: „nach ersten Berichten“
	nounData                            // data that can show a finding: „Die Zahlen zeigen, dass …“ (subject of an evidence verb)
)

var nounFlagNames = map[string]nounFlags{"nach": nounNach, "doc": nounDoc, "report": nounReport, "nach-named": nounNachNamed, "nach-adjective": nounNachAdj, "data": nounData}

// nounEntry is one line of speech-nouns.txt.
type nounEntry struct {
	noun  string
	lemma string // "nach Angaben"
	flags nounFlags
	pos   string
}

// roleKind classifies speech-roles.txt entries.
type roleKind uint8

const (
	rolePerson roleKind = iota + 1
	roleGroup
	roleNone
	roleMedia
)

var roleKinds = map[string]roleKind{"person": rolePerson, "group": roleGroup, "none": roleNone, "media": roleMedia}

// roleTime is the kind of a temporal noun in speech-roles.txt (kept in
// lex.temporal, not in roles).
const roleTime = "time"

// roleParty is the kind of a party name in speech-roles.txt (kept in
// lex.party, not in roles): in brackets after a speaker it is no
// abbreviation of the speaker's name and stays out of the SOURCE.
const roleParty = "party"

// lex holds the loaded lexicon files.
type lex struct {
	verbs   []*verbEntry
	phrases map[string][]*phraseEntry // by lower-case first word
	nouns   map[string]*nounEntry     // by form
	nachSuf []*nounEntry              // nach-nouns for compound endings, lower-case
	nachAdj map[string]bool           // nach-adjective words: „nach ersten Berichten“
	docSuf  []string                  // doc nouns (lower-case, singular forms of 5+ letters) for compound endings: „Positionspapier“
	roles   map[string]roleKind       // lower-case
	maxRole int                       // longest role, in bytes
	// roleEnds has bit e set for the hash e of the last three bytes of
	// each role (endKey): a compound whose last three bytes end no role
	// has no role as its last part (role).
	roleEnds *[1 << 16 / 64]uint64
	// roleStarts has bit e set for the hash e of the first two bytes and
	// the length of each role of two bytes or more (startKey): a word
	// whose bit is clear is no role, and needs no lookup in roles.
	roleStarts *[1 << 16 / 64]uint64
	// temporal nouns: a Vorfeld that starts with one is an adverbial
	// („Wenige Stunden später sagte X“), not the speaker
	temporal map[string]bool
	// party holds party names (lower-case), matched as whole words: „Hans
	// Seitinger (ÖVP)“ → SOURCE „Hans Seitinger“ (GUIDELINES §1.3)
	party map[string]bool
	// quantity holds number words and scales (numbers-words.txt,
	// numbers-scales.txt, lower-cased): a Vorfeld that opens with one is a
	// quantity, not a speaker („Zwei Millionen Euro hat die FPÖ …“)
	quantity map[string]bool
}

func loadLex(l *lexicon.Lexicon) (*lex, error) {
	x := &lex{
		phrases:  map[string][]*phraseEntry{},
		nouns:    map[string]*nounEntry{},
		nachAdj:  map[string]bool{},
		roles:    map[string]roleKind{},
		temporal: map[string]bool{},
		party:    map[string]bool{},
		quantity: map[string]bool{},
	}
	var errs lexicon.ErrorList
	for _, f := range []struct {
		name string
		load func([]lexicon.Entry, *lexicon.ErrorList)
	}{
		{verbsFile, x.loadVerbs},
		{phrasesFile, x.loadPhrases},
		{nounsFile, x.loadNouns},
		{rolesFile, x.loadRoles},
	} {
		ents, err := l.Entries(f.name)
		if err != nil {
			return nil, err
		}
		f.load(ents, &errs)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for _, name := range []string{"numbers-words.txt", "numbers-scales.txt"} {
		ents, err := l.Entries(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue // a lexicon without the numbers stage's files
		}
		if err != nil {
			return nil, err
		}
		x.loadQuantities(ents)
	}
	return x, nil
}

// loadQuantities reads the first field of the numbers stage's word lists;
// that stage checks the files, so broken lines are skipped here.
func (x *lex) loadQuantities(ents []lexicon.Entry) {
	for _, e := range ents {
		if len(e.Fields) > 0 {
			x.quantity[strings.ToLower(e.Field(0))] = true
		}
	}
}

var frameNames = map[string]verbFrames{"clause": takesClause, "quote": takesQuote, "np": takesNP, "noreflexive": notReflexive, "adjective": adjParticiple, "sein": seinPerfect, "quoted": quotedSubject, "belief": beliefVerb, "naming": namingVerb, "learn": learnVerb, "state": stateSein, "evidence": evidenceVerb, "negated": negNone, "npnoreflexive": npNoSich}

func (x *lex) loadVerbs(ents []lexicon.Entry, errs *lexicon.ErrorList) {
	seen := map[string]string{}
	for _, e := range ents {
		if len(e.Fields) < 2 || len(e.Fields) > 3 {
			errs.Add(e.Errorf("expected 2 or 3 fields (lemma, frames, np-words) separated by tabs, found %d", len(e.Fields)))
			continue
		}
		written := e.Field(0)
		if first, ok := seen[written]; ok {
			errs.Add(e.Errorf("%q is listed twice (first at %s)", written, first))
			continue
		}
		words := strings.Fields(written)
		verb := words[len(words)-1]
		prefix, base, split := strings.Cut(verb, "|")
		if split {
			if prefix == "" || base == "" || strings.Contains(base, "|") {
				errs.Add(e.Errorf("write a separable verb as particle|verb, e.g. hinzu|fügen, not %q", verb))
				continue
			}
			verb = prefix + base
		}
		if !isLowerWord(verb) || strings.ContainsAny(verb, "()") {
			errs.Add(e.Errorf("the verb %q (the last word) must be written in lower case, without brackets", verb))
			continue
		}
		var with, lemma []string
		for _, w := range words[:len(words)-1] {
			if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") && len(w) > 2 {
				with = append(with, w[1:len(w)-1]) // required, not part of the lemma
				continue
			}
			with = append(with, w)
			lemma = append(lemma, w)
		}
		lemma = append(lemma, verb)
		fr, ok := parseFlags(e, frameNames, "clause, quote, np, noreflexive, npnoreflexive, adjective, sein, quoted, belief, naming, learn, state, evidence or negated", errs)
		if !ok {
			continue
		}
		npWords, notWords := splitNotWords(strings.Fields(e.Field(2)))
		if len(npWords) > 0 && fr&takesNP == 0 {
			errs.Add(e.Errorf("np-words %q given but the frames lack np", e.Field(2)))
			continue
		}
		seen[written] = e.Pos()
		v := &verbEntry{
			lemma: strings.Join(lemma, " "), verb: verb, with: with, npWords: npWords, notWords: notWords,
			frames: fr, pos: e.Pos(),
		}
		if split {
			v.verb, v.prefix = base, prefix
		}
		x.verbs = append(x.verbs, v)
	}
}

// parseFlags ORs the flags named in e's second field, a comma-separated
// list; each name missing from names is reported, with the known ones in
// use, and makes ok false.
func parseFlags[F ~uint8 | ~uint16](e lexicon.Entry, names map[string]F, use string, errs *lexicon.ErrorList) (flags F, ok bool) {
	ok = true
	for _, f := range strings.Split(e.Field(1), ",") {
		v, known := names[strings.TrimSpace(f)]
		if !known {
			errs.Add(e.Errorf("unknown frame %q (use %s)", f, use))
			ok = false
			continue
		}
		flags |= v
	}
	return flags, ok
}

func (x *lex) loadPhrases(ents []lexicon.Entry, errs *lexicon.ErrorList) {
	for _, e := range ents {
		if len(e.Fields) != 3 {
			errs.Add(e.Errorf("expected 3 fields (phrase, lemma, frame) separated by tabs, found %d", len(e.Fields)))
			continue
		}
		fr, ok := phraseFrames[e.Field(2)]
		if !ok {
			errs.Add(e.Errorf("unknown frame %q (use before, after, back, relative, impersonal or so)", e.Field(2)))
			continue
		}
		words := strings.Fields(strings.ToLower(e.Field(0)))
		p := &phraseEntry{words: words, lemma: e.Field(1), frame: fr, pos: e.Pos()}
		x.phrases[words[0]] = append(x.phrases[words[0]], p)
		if u := upperFirst(words[0]); u != words[0] {
			x.phrases[u] = append(x.phrases[u], p) // at the start of a sentence
		}
	}
}

func (x *lex) loadNouns(ents []lexicon.Entry, errs *lexicon.ErrorList) {
	for _, e := range ents {
		if len(e.Fields) < 2 || len(e.Fields) > 3 {
			errs.Add(e.Errorf("expected 2 or 3 fields (noun, frames, lemma) separated by tabs, found %d", len(e.Fields)))
			continue
		}
		noun := e.Field(0)
		if strings.TrimSpace(e.Field(1)) == "nach-adjective" {
			if !isLowerWord(noun) {
				errs.Add(e.Errorf("the nach-adjective %q must be one lower-case word", noun))
				continue
			}
			x.nachAdj[noun] = true
			continue
		}
		if r, _ := utf8.DecodeRuneInString(noun); !unicode.IsUpper(r) {
			errs.Add(e.Errorf("the noun %q must start with a capital letter (or be a lower-case nach-adjective)", noun))
			continue
		}
		if first, dup := x.nouns[noun]; dup {
			errs.Add(e.Errorf("%q is listed twice (first at %s)", noun, first.pos))
			continue
		}
		fl, ok := parseFlags(e, nounFlagNames, "nach, nach-named, nach-adjective, doc or report", errs)
		if !ok {
			continue
		}
		lemmaNoun := noun
		if e.Field(2) != "" {
			lemmaNoun = e.Field(2)
		}
		n := &nounEntry{noun: noun, lemma: "nach " + lemmaNoun, flags: fl, pos: e.Pos()}
		x.nouns[noun] = n
		if fl&(nounNach|nounNachNamed) != 0 {
			x.nachSuf = append(x.nachSuf, &nounEntry{noun: strings.ToLower(noun), lemma: n.lemma, flags: fl, pos: n.pos})
		}
		if fl&nounDoc != 0 && len(noun) >= 5 {
			x.docSuf = append(x.docSuf, strings.ToLower(noun))
		}
	}
}

func (x *lex) loadRoles(ents []lexicon.Entry, errs *lexicon.ErrorList) {
	seen := map[string]string{}
	for _, e := range ents {
		if len(e.Fields) != 2 {
			errs.Add(e.Errorf("expected 2 fields (word, kind) separated by a tab, found %d", len(e.Fields)))
			continue
		}
		k, ok := roleKinds[e.Field(1)]
		if !ok && e.Field(1) != roleTime && e.Field(1) != roleParty {
			errs.Add(e.Errorf("unknown kind %q (use person, group, media, none, time or party)", e.Field(1)))
			continue
		}
		w := strings.ToLower(e.Field(0))
		if first, dup := seen[w]; dup {
			errs.Add(e.Errorf("%q is listed twice (first at %s)", w, first))
			continue
		}
		seen[w] = e.Pos()
		if e.Field(1) == roleParty {
			x.party[w] = true
			continue
		}
		if !ok {
			x.temporal[w] = true
			continue
		}
		x.roles[w] = k
		if len(w) > x.maxRole {
			x.maxRole = len(w)
		}
		if len(w) >= 2 {
			if x.roleStarts == nil {
				x.roleStarts = new([1 << 16 / 64]uint64)
			}
			e := startKey(w)
			x.roleStarts[e/64] |= 1 << (e % 64)
		}
		if len(w) >= 3 { // (role matches shorter parts only whole)
			if x.roleEnds == nil {
				x.roleEnds = new([1 << 16 / 64]uint64)
			}
			e := endKey(w)
			x.roleEnds[e/64] |= 1 << (e % 64)
		}
	}
}

// role returns the kind of a word: a listed role, or a compound whose
// last part is one („Polizeisprecher“). lower must be lower case.
func (x *lex) role(lower string) roleKind { return roleIn(x, lower) }

// roleOf is role(strings.ToLower(w)), lower-casing w on the stack: no
// allocation for words of up to 64 bytes in lower case.
func (x *lex) roleOf(w string) roleKind {
	var buf [64]byte
	return roleIn(x, appendLower(buf[:0], w))
}

// roleIn is role for a lower-case word as a string or as bytes (the map
// lookups with string(b) do not allocate).
func roleIn[S string | []byte](x *lex, lower S) roleKind {
	if maybeRole(x, lower) {
		if k, ok := x.roles[string(lower)]; ok {
			return k
		}
	}
	// compound endings: try suffixes that start at a rune boundary,
	// at least 3 bytes long, when a role ends in the word's last bytes
	if len(lower) < 4 || x.roleEnds == nil {
		return 0
	}
	if e := endKey(lower); x.roleEnds[e/64]&(1<<(e%64)) == 0 {
		return 0
	}
	for i := 1; i < len(lower)-2; i++ {
		if !utf8.RuneStart(lower[i]) || len(lower)-i > x.maxRole {
			continue
		}
		if !maybeRole(x, lower[i:]) {
			continue
		}
		if k, ok := x.roles[string(lower[i:])]; ok && k != roleNone {
			return k
		}
	}
	return 0
}

// maybeRole reports false for a word that is surely no key of roles
// (roleStarts).
func maybeRole[S string | []byte](x *lex, w S) bool {
	if len(w) < 2 {
		return true
	}
	if x.roleStarts == nil {
		return false
	}
	e := startKey(w)
	return x.roleStarts[e/64]&(1<<(e%64)) != 0
}

// startKey hashes the first two bytes and the length of w (len(w) ≥ 2)
// to 16 bits.
func startKey[S string | []byte](w S) uint32 {
	return (uint32(w[0]) | uint32(w[1])<<8 | uint32(len(w))<<16) * 0x9e3779b1 >> 16
}

// endKey hashes the last three bytes of w (len(w) ≥ 3) to 16 bits.
func endKey[S string | []byte](w S) uint32 {
	n := len(w)
	return (uint32(w[n-3]) | uint32(w[n-2])<<8 | uint32(w[n-1])<<16) * 0x9e3779b1 >> 16
}

// hasSuffix is strings.HasSuffix for a word as a string or as bytes.
func hasSuffix[S string | []byte](w S, suffix string) bool {
	return len(w) >= len(suffix) && string(w[len(w)-len(suffix):]) == suffix
}

// appendLower appends strings.ToLower(w) to dst: every rune lower-cased
// by unicode.ToLower, a byte that is no valid UTF-8 written as U+FFFD.
// The bytes are copied in one go and ASCII letters lowered in place; from
// the first byte outside ASCII on, appendLowerRunes goes rune by rune.
func appendLower(dst []byte, w string) []byte {
	n := len(dst)
	dst = append(dst, w...)
	for i := n; i < len(dst); i++ {
		c := dst[i]
		if c >= utf8.RuneSelf {
			return appendLowerRunes(dst[:i], w[i-n:])
		}
		if 'A' <= c && c <= 'Z' {
			dst[i] = c + 'a' - 'A'
		}
	}
	return dst
}

// appendLowerRunes is appendLower rune by rune.
func appendLowerRunes(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		c, n := utf8.DecodeRuneInString(w[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(c))
		i += n
	}
	return dst
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// splitNotWords separates the words written with "!" (words that rule a
// verb out as a cue: „schrieb Geschichte“, „zu … verurteilt“) from the
// np-words.
func splitNotWords(ws []string) (np, not []string) {
	for _, w := range ws {
		if n, ok := strings.CutPrefix(w, "!"); ok && n != "" {
			not = append(not, n)
			continue
		}
		np = append(np, w)
	}
	return np, not
}
