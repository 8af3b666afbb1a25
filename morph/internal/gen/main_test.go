package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/quelle-nlp/quelle/morph"
)

// The tests need the npm packages (sh morph/gen/fetch.sh); without them
// they skip. They check that regenerating gives the committed bytes and
// that every reading the generator wrote is found again by Analyze.

func buildOrSkip(t *testing.T) *built {
	t.Helper()
	npm := filepath.Join("..", "..", "gen", "npm")
	if _, err := os.Stat(npm); err != nil {
		t.Skipf("npm packages not fetched (%v); run sh morph/gen/fetch.sh", err)
	}
	b, err := build(npm)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRegenerateIdentical(t *testing.T) {
	b := buildOrSkip(t)
	committed, err := os.ReadFile(filepath.Join("..", "..", "data", "table.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.data, committed) {
		t.Fatalf("regenerated table (%d bytes) differs from data/table.bin (%d bytes): run go generate ./morph", len(b.data), len(committed))
	}
	notice, err := os.ReadFile(filepath.Join("..", "..", "data", "NOTICE"))
	if err != nil || string(notice) != b.notice {
		t.Fatalf("data/NOTICE is not what the generator writes (%v)", err)
	}
}

// TestEveryReadingFound checks the table against the generator's own
// readings, key by key: Analyze of every form gives exactly its readings,
// lemma by lemma in lemma order and within a lemma in tuple order, and
// nothing else; the totals agree.
func TestEveryReadingFound(t *testing.T) {
	b := buildOrSkip(t)
	tb, err := morph.Decode(b.data)
	if err != nil {
		t.Fatal(err)
	}
	byForm := map[string][]string{}
	for k := range b.b.readings {
		byForm[k.form] = append(byForm[k.form], k.lemma)
	}
	n := 0
	for form, lemmas := range byForm {
		slices.Sort(lemmas)
		var want []morph.Analysis
		for _, l := range lemmas {
			var tuples []morph.Tuple
			for tu := range b.b.readings[key{form, l}] {
				tuples = append(tuples, tu)
			}
			slices.SortFunc(tuples, func(x, y morph.Tuple) int {
				xb, yb := x.Bytes(), y.Bytes()
				return bytes.Compare(xb[:], yb[:])
			})
			for _, tu := range tuples {
				a := morph.Analysis{Lemma: l, POS: tu.POS, Form: tu.Form, Tense: tu.Tense, Mood: tu.Mood,
					Person: tu.Person, Number: tu.Number, Gender: tu.Gender, Case: tu.Case}
				if tu.HasParticle {
					a.Particle = b.b.particle[l]
				}
				want = append(want, a)
			}
		}
		if got := tb.Analyze(form); !slices.Equal(got, want) {
			t.Fatalf("Analyze(%q) = %v, want %v", form, got, want)
		}
		n += len(want)
	}
	if n != tb.Analyses() || len(byForm) != tb.Len() {
		t.Errorf("generator wrote %d readings of %d forms, table has %d of %d", n, len(byForm), tb.Analyses(), tb.Len())
	}
	t.Logf("%d readings of %d forms found", n, tb.Len())
}
