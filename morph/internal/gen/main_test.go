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

func TestEveryReadingFound(t *testing.T) {
	b := buildOrSkip(t)
	tb, err := morph.Decode(b.data)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for k, readings := range b.b.readings {
		got := tb.Analyze(k.form)
		for tu := range readings {
			want := morph.Analysis{Lemma: k.lemma, POS: tu.POS, Form: tu.Form, Tense: tu.Tense, Mood: tu.Mood,
				Person: tu.Person, Number: tu.Number, Gender: tu.Gender, Case: tu.Case}
			if tu.HasParticle {
				want.Particle = b.b.particle[k.lemma]
			}
			if !slices.Contains(got, want) {
				t.Fatalf("Analyze(%q) lacks %v", k.form, want)
			}
			n++
		}
	}
	if n != tb.Analyses() {
		t.Errorf("generator wrote %d readings, table has %d", n, tb.Analyses())
	}
	t.Logf("%d readings of %d forms found", n, tb.Len())
}
