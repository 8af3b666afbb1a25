package hedge

import (
	"fmt"
	"sort"
	"strings"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/morph"
)

// The lexicon files of the layer (lexicon/data/hedge-*.txt).
const (
	fileEndings = "hedge-endings.txt"
	fileWords   = "hedge-words.txt"
	filePhrases = "hedge-phrases.txt"
	fileContext = "hedge-context.txt"
)

// maxVocab is the most distinct words the hedge files may hold (ids are
// kept in 16 bits per token).
const maxVocab = 1<<16 - 3

// gapWord in a phrase stands for up to maxGap words.
const (
	gapWord = "…"
	maxGap  = 2
)

// entry is one line of hedge-words.txt or hedge-phrases.txt.
type entry struct {
	typ   string
	rule  ruleID
	words []pword // phrases only
	// provenance for each outcome: "file:line" for a plain match,
	// "file:line rule/outcome" when a context rule decided.
	prov [nOutcomes]string
}

// pword is one word of a phrase: a vocabulary id, a suffix ("*kreisen")
// or a gap ("…").
type pword struct {
	id     int32
	n      int32 // the length of the word of id in bytes (see run.mayBe)
	suffix string
	gap    bool
}

// wordInfo is what the stage knows about one vocabulary word.
type wordInfo struct {
	class   class
	entry   int32   // index into Stage.entries of the single-word hedge, or -1
	phrases []int32 // entries of the phrases that start with this word
}

// loader builds a Stage from the lexicon, collecting every error.
type loader struct {
	s       *Stage
	errs    lexicon.ErrorList
	endings map[string][]string
	forms   map[string]string // explicitly listed form → its position
}

func load(lex *lexicon.Lexicon, m *morph.Table) (*Stage, error) {
	s := &Stage{vocab: map[string]int32{}, morph: m}
	l := &loader{s: s, endings: map[string][]string{}, forms: map[string]string{}}
	files := []struct {
		name string
		fn   func([]lexicon.Entry)
	}{
		{fileEndings, l.loadEndings},
		{fileWords, l.loadWords},
		{filePhrases, l.loadPhrases},
		{fileContext, l.loadContext},
	}
	for _, f := range files {
		ents, err := lex.Entries(f.name)
		if err != nil {
			l.errs.Add(err)
			continue
		}
		f.fn(ents)
	}
	if len(s.info) > maxVocab {
		l.errs.Add(fmt.Errorf("%s: the hedge lexicon has %d distinct words, more than %d", fileWords, len(s.info), maxVocab))
	}
	if err := l.errs.Err(); err != nil {
		return nil, err
	}
	for w, id := range s.vocab {
		info := s.info[id]
		k := screenKey(w)
		if info.entry >= 0 || len(info.phrases) > 0 {
			s.screen[k>>6] |= 1 << (k & 63)
			if len(w) >= 3 {
				k := innerKey(w, 0, len(w))
				s.innerScreen[k>>6] |= 1 << (k & 63)
			}
		}
		if info.class != 0 {
			s.classScreen[k>>6] |= 1 << (k & 63)
		}
	}
	s.table = newVocabTable(s.vocab)
	for i := range s.info {
		sort.Slice(s.info[i].phrases, func(a, b int) bool {
			return len(s.entries[s.info[i].phrases[a]].words) > len(s.entries[s.info[i].phrases[b]].words)
		})
	}
	return s, nil
}

// id returns the vocabulary id of word, adding it if needed.
func (s *Stage) id(word string) int32 {
	if id, ok := s.vocab[word]; ok {
		return id
	}
	id := int32(len(s.info))
	s.vocab[word] = id
	s.info = append(s.info, wordInfo{entry: -1})
	return id
}

func (l *loader) loadEndings(ents []lexicon.Entry) {
	for _, e := range ents {
		if len(e.Fields) != 2 {
			l.errs.Add(e.Errorf("expected 2 fields (set name, endings), found %d", len(e.Fields)))
			continue
		}
		name := e.Fields[0]
		if name == "verb" {
			l.errs.Add(e.Errorf("\"verb\" is reserved for the forms of the morph tables; give the ending set another name"))
			continue
		}
		if _, dup := l.endings[name]; dup {
			l.errs.Add(e.Errorf("ending set %q is declared twice", name))
			continue
		}
		var ends []string
		for _, end := range strings.Fields(e.Fields[1]) {
			if strings.ToLower(end) != end {
				l.errs.Add(e.Errorf("ending %q must be written in lower case", end))
			}
			ends = append(ends, end)
		}
		if len(ends) == 0 {
			l.errs.Add(e.Errorf("ending set %q lists no endings", name))
			continue
		}
		l.endings[name] = ends
	}
}

func (l *loader) loadWords(ents []lexicon.Entry) {
	for _, e := range ents {
		if len(e.Fields) < 3 || len(e.Fields) > 4 {
			l.errs.Add(e.Errorf("expected 3 or 4 fields (form, type, rule[, flags]), found %d", len(e.Fields)))
			continue
		}
		form := e.Fields[0]
		if strings.ContainsAny(form, " \t") {
			l.errs.Add(e.Errorf("%q has a space: a hedge of several words belongs in %s", form, filePhrases))
			continue
		}
		ent, ok := l.entry(e, e.Fields[1], e.Fields[2], false)
		if !ok {
			continue
		}
		forms, ok := l.inflect(e, form, e.Field(3))
		if !ok {
			continue
		}
		if prev, dup := l.forms[form]; dup {
			l.errs.Add(e.Errorf("%q is already listed at %s", form, prev))
			continue
		}
		l.forms[form] = e.Pos()
		idx := int32(len(l.s.entries))
		l.s.entries = append(l.s.entries, ent)
		for _, f := range forms {
			info := &l.s.info[l.s.id(f)]
			if info.entry < 0 { // the first line that produces a form keeps it
				info.entry = idx
			}
		}
	}
}

// inflect returns form and the forms its flags generate.
func (l *loader) inflect(e lexicon.Entry, form, flags string) ([]string, bool) {
	out := []string{form}
	if flags == "" {
		return out, true
	}
	ok := true
	for _, fl := range strings.Split(flags, ",") {
		fl = strings.TrimSpace(fl)
		if fl == "verb" {
			fs := l.s.morph.Forms(form)
			if len(fs) == 0 {
				l.errs.Add(e.Errorf("flag \"verb\": the morph tables know no verb %q (write the infinitive)", form))
				ok = false
			}
			for _, f := range fs {
				if f.POS == morph.Verb && !strings.Contains(f.Word, " ") {
					out = append(out, f.Word)
				}
			}
			continue
		}
		ends, known := l.endings[fl]
		if !known {
			l.errs.Add(e.Errorf("unknown flag %q: write \"verb\" or an ending set of %s (%s)", fl, fileEndings, l.endingNames()))
			ok = false
			continue
		}
		for _, end := range ends {
			out = append(out, form+end)
		}
	}
	return out, ok
}

func (l *loader) endingNames() string {
	var names []string
	for n := range l.endings {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return "none declared"
	}
	return strings.Join(names, ", ")
}

// entry checks the type and rule fields of a line.
func (l *loader) entry(e lexicon.Entry, typ, rule string, phrase bool) (entry, bool) {
	var ent entry
	ok := true
	switch typ {
	case annotate.TypeEpistemic, annotate.TypeEvidential, annotate.TypeApproximator:
		ent.typ = typ
	default:
		l.errs.Add(e.Errorf("unknown type %q (want epistemic, evidential or approximator)", typ))
		ok = false
	}
	r, known := ruleByName(rule)
	switch {
	case !known:
		l.errs.Add(e.Errorf("unknown rule %q (want one of: %s)", rule, ruleList(phrase)))
		ok = false
	case phrase && !r.forPhrases():
		l.errs.Add(e.Errorf("rule %q applies to single words, not to phrases (want one of: %s)", rule, ruleList(true)))
		ok = false
	case !phrase && !r.forWords():
		l.errs.Add(e.Errorf("rule %q applies to phrases, not to single words (want one of: %s)", rule, ruleList(false)))
		ok = false
	}
	ent.rule = r
	pos := e.Pos() // "file:line", made once (it is a Sprintf)
	for o := range ent.prov {
		ent.prov[o] = pos
		if outcome(o) != oYes {
			ent.prov[o] = pos + " " + ruleNames[r] + "/" + outcomeNames[o]
		}
	}
	return ent, ok
}

func (l *loader) loadPhrases(ents []lexicon.Entry) {
	seen := map[string]string{}
	for _, e := range ents {
		if len(e.Fields) != 3 {
			l.errs.Add(e.Errorf("expected 3 fields (phrase, type, rule), found %d", len(e.Fields)))
			continue
		}
		ent, ok := l.entry(e, e.Fields[1], e.Fields[2], true)
		words := strings.Fields(e.Fields[0])
		if !l.checkPhrase(e, words) || !ok {
			continue
		}
		key := strings.Join(words, " ")
		if prev, dup := seen[key]; dup {
			l.errs.Add(e.Errorf("phrase %q is already listed at %s", key, prev))
			continue
		}
		seen[key] = e.Pos()
		for _, w := range words {
			switch {
			case w == gapWord:
				ent.words = append(ent.words, pword{id: -1, gap: true})
			case strings.HasPrefix(w, "*"):
				ent.words = append(ent.words, pword{id: -1, suffix: w[1:]})
			default:
				ent.words = append(ent.words, pword{id: l.s.id(w), n: int32(len(w))})
			}
		}
		idx := int32(len(l.s.entries))
		l.s.entries = append(l.s.entries, ent)
		first := &l.s.info[ent.words[0].id]
		first.phrases = append(first.phrases, idx)
	}
}

// checkPhrase reports whether the words of a phrase line are well formed.
func (l *loader) checkPhrase(e lexicon.Entry, words []string) bool {
	switch {
	case len(words) < 2:
		l.errs.Add(e.Errorf("a phrase needs at least two words (a single word belongs in %s)", fileWords))
		return false
	case words[0] == gapWord || words[len(words)-1] == gapWord:
		l.errs.Add(e.Errorf("%q may stand only between two words of a phrase", gapWord))
		return false
	case strings.HasPrefix(words[0], "*"):
		l.errs.Add(e.Errorf("a phrase may not start with a suffix pattern (%q)", words[0]))
		return false
	}
	for _, w := range words {
		if w == "*" {
			l.errs.Add(e.Errorf("a suffix pattern needs letters after the \"*\""))
			return false
		}
	}
	return true
}

func (l *loader) loadContext(ents []lexicon.Entry) {
	for _, e := range ents {
		if len(e.Fields) != 2 {
			l.errs.Add(e.Errorf("expected 2 fields (class, words), found %d", len(e.Fields)))
			continue
		}
		c, ok := classByName[e.Fields[0]]
		if !ok {
			l.errs.Add(e.Errorf("unknown class %q (want one of: %s)", e.Fields[0], classList()))
			continue
		}
		words := strings.Fields(e.Fields[1])
		if len(words) == 0 {
			l.errs.Add(e.Errorf("class %q lists no words", e.Fields[0]))
			continue
		}
		for _, w := range words {
			l.s.info[l.s.id(w)].class |= c
		}
	}
}

// ruleByName finds a rule by its lexicon name.
func ruleByName(name string) (ruleID, bool) {
	for r, n := range ruleNames {
		if n == name {
			return ruleID(r), true
		}
	}
	return 0, false
}

// ruleList names the rules allowed in a file, for messages.
func ruleList(phrase bool) string {
	var out []string
	for r, n := range ruleNames {
		if (phrase && ruleID(r).forPhrases()) || (!phrase && ruleID(r).forWords()) {
			out = append(out, n)
		}
	}
	return strings.Join(out, ", ")
}

func classList() string {
	var out []string
	for n := range classByName {
		out = append(out, n)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// String renders an entry's first provenance for debugging.
func (e entry) String() string { return fmt.Sprintf("%s %s", e.typ, e.prov[oYes]) }
