// Package v1 is the morph table reader of format QMORPH1 (main at 14af5be),
// kept only to check that the QMORPH2 table answers every lookup the same.
package v1

import "github.com/quelle-nlp/quelle/morph"

type (
	Analysis = morph.Analysis
	Form     = morph.Form
	POS      = morph.POS
	VerbForm = morph.VerbForm
	Tense    = morph.Tense
	Mood     = morph.Mood
	Number   = morph.Number
	Gender   = morph.Gender
	Case     = morph.Case
)

const (
	Noun         = morph.Noun
	Verb         = morph.Verb
	Finite       = morph.Finite
	Participle   = morph.Participle
	Indicative   = morph.Indicative
	Subjunctive1 = morph.Subjunctive1
)

// Lemma returns lemma i (for the cross-check).
func (t *Table) Lemma(i int) string { return t.lemma(i) }
