// Package hedge is the HEDGE stage: it marks the words and fixed phrases
// that weaken a writer's or speaker's commitment to a claim, typed
// epistemic („vermutlich“, „könnte“), evidential („mutmaßlich“, „Berichten
// zufolge“, reportive „soll … haben“) or approximator („etwa“, „bis zu“
// before a number) — annotation scheme §3, gold/GUIDELINES.md §2.
//
// The words live in the lexicon: hedge-words.txt (single words, with the
// context rule that decides each occurrence and the inflection to apply),
// hedge-phrases.txt (multiword cues, span over the whole phrase),
// hedge-endings.txt (adjective ending sets: „mutmaßlich“ → „mutmaßlichen“,
// „wahrscheinlich“ → „wahrscheinlichste“) and hedge-context.txt (the closed
// word lists the rules consult). Verb forms come from the morph tables:
// the flag "verb" takes every form of a lemma („vermuten“ → „vermutete“),
// and the reportive rules ask morph for participles and infinitives.
//
// The stage reads the NUMBER spans (approximators stand before numbers)
// and the speech layer's CUE and SOURCE spans („heißt es“ with a named
// source is a report, not a hedge), so it declares both layers in Needs.
// It never imports another stage.
//
// # Rules
//
// Each lexicon line names one rule; Span.Rule is the line ("file:line"),
// followed by "rule/outcome" when a context rule decided
// ("lexicon/data/hedge-words.txt:117 reportive/perfect-infinitive").
//
//	always         every occurrence („vermutlich“, „angeblich“, „Vermutung“)
//	approx         directly before a number, or a determiner + fraction
//	               („etwa 12.000“, „etwa die Hälfte“); never before an
//	               ordinal („bis zum 3. Mai“) or a vague quantity („über
//	               Tausende“); not after „nicht“ / „wie“ („nicht etwa“)
//	approx-quant   also before a quantifier („fast alle“, „nahezu jeder“)
//	approx-bound   also before an indefinite article + noun („mehr als
//	               einer Woche“, „mindestens ein Toter“)
//	approx-year    „um“ before a year-like number without a unit („um
//	               1330“; not „um 109 Stimmen“, „um 150 Euro“)
//	possible       „möglich“ of an event or claim; not „wie/wenn/nicht
//	               möglich“, „möglich machen/werden“, a conditional clause,
//	               or feasibility with a zu-infinitive („möglich, die Arten
//	               zu unterscheiden“)
//	particle       „wohl“; not the noun, „sehr wohl“, „wohl aber“, „wohl
//	               bekannt“, „sich wohl fühlen“
//	modal          „könnte/dürfte“; not in a wenn/falls/damit clause, with a
//	               counterfactual „wäre/hätte“, in a „wie“ clause that no open
//	               question governs, for ability („sich leisten“), in a polite
//	               request, or „dürfte nicht“ (= must not)
//	reportive      „soll/sollen“ with a perfect infinitive (participle +
//	               haben, „worden/gewesen sein“, participle of a sein-verb +
//	               sein) or a stative verb of evidence or hearsay („sollen …
//	               zeigen“, „soll sich … befinden“); not passives or actions
//	               („sollen … geschickt werden“, „soll … fließen“), not
//	               „hätte … führen sollen“, never the Konjunktiv „sollte“
//	claim          „will/wollen“ with a perfect infinitive („will nichts
//	               gesehen haben“)
//	first-person   „ich/wir glaube(n), denke(n)“ with a content clause, or
//	               parenthetical „glaube ich“; „nehme … an“ likewise
//	               (first-person-particle; the span takes an adjacent „an“)
//	estimate       „schätzen“ with a content clause or an amount („auf 250.000
//	               Euro“)
//	seem           „scheinen“, unless something shines („die Sonne scheint“)
//	unnamed        hearsay phrases („Berichten zufolge“, „laut
//	               Medienberichten“, „nach Schätzungen“) unless a genitive
//	               follows, a possessive precedes, or the speech layer's
//	               SOURCE reaches beyond the phrase
//	impersonal     „heißt es / hieß es / es heißt“ unless its sentence names
//	               the source: a PP after it („in der Erklärung“, „auf der
//	               Webseite“), a source prefield („Darin heißt es“, „In einer
//	               Mitteilung, die …, hieß es“), or a SOURCE the speech layer
//	               links to its CUE that is not anonymous („Kreisen“)
//
// A Stage is immutable after New and safe for concurrent use. Annotate
// makes one pass over the tokens; every context check looks at most a
// fixed window of tokens around a candidate, so the time is linear in the
// input.
package hedge
