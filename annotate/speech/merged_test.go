package speech

import "testing"

// TestAfterMerge checks the rules added after the eleventh round's cue and
// source branches were merged (GUIDELINES §4, "Eleventh round, after the
// merge"), each on a sentence of gold/speech-news dev or Wikinews with a
// counter-example. Lines as in TestFrames.
func TestAfterMerge(t *testing.T) {
	runFrameCases(t, []frameCase{
		// „freute sich X“ frames a quote like „zeigte sich X erfreut“ (§1.6)
		{"„…, freute sich X“ after unmarked direct speech (speech-news n100)", "Ich bin total happy, freute sich die Weltcup-Titelverteidigerin.", []string{
			"QUOTE „Ich bin total happy“ direct a", "SOURCE „die Weltcup-Titelverteidigerin“ a"}},
		{"„freute sich X“ after a quote in marks", "„Das ist ein gutes Zeichen“, freute sich Cheftrainer Andreas Felder.", []string{
			"QUOTE „Das ist ein gutes Zeichen“ direct a", "SOURCE „Cheftrainer Andreas Felder“ a"}},
		{"sich freuen über frames nothing (counter-example)", "Die Fans freuten sich über den Sieg ihrer Mannschaft.", nil},
		{"freuen without sich and without a quote frames nothing (counter-example)", "Der Sieg freute die Fans.", nil},
		// an adverbial of example between an inverted cue and its subject
		{"„schreibt etwa X“ (speech-news n116)", "Um frei von Brüssel zu sein, würde ich Gras essen, schreibt etwa Guardian-Kolumnist Pfarrer Giles Fraser.", []string{
			"QUOTE „Um frei von Brüssel zu sein, würde ich Gras essen“ direct a", "CUE „schreibt“ schreiben a", "SOURCE „Guardian-Kolumnist Pfarrer Giles Fraser“ a"}},
		{"„sagte zum Beispiel X“", "Das sei ein Fehler, sagte zum Beispiel der Bürgermeister.", []string{
			"QUOTE „Das sei ein Fehler“ indirect a", "CUE „sagte“ sagen a", "SOURCE „der Bürgermeister“ a"}},
		{"„etwa“ before a number approximates it and is not passed over (counter-example)", "Die Steuer sei zu hoch, sagten etwa 50 Prozent der Befragten.", nil},
		// a headline without a final mark runs into the sentence
		{"a capitalised subject pronoun after a headline word starts the sentence (speech-news n109)", "Lob für Diskussion Er begrüßte die offene Diskussion über die Integration der Neuankömmlinge, erklärte Ban.", []string{
			"SOURCE „Er“ a", "QUOTE „Er begrüßte die offene Diskussion über die Integration der Neuankömmlinge“ direct b", "CUE „begrüßte“ begrüßen a",
			"CUE „erklärte“ erklären b", "SOURCE „Ban“ b"}},
		{"a capitalised article inside a title starts nothing (counter-example)", "Die Zeitung Die Welt berichtete, die Regierung habe den Plan gestoppt.", []string{
			"SOURCE „Die Zeitung Die Welt“ a", "CUE „berichtete“ berichten a", "QUOTE „die Regierung habe den Plan gestoppt“ indirect a"}},
		// „der“ + a masculine noun after the verb is the subject
		{"an object in the Vorfeld, der + masculine noun after the verb (speech-news n117)", "Die katholische Kirche Kubas lobte der Papst angesichts des Mangels an Kirchen und Priestern in dem kommunistischen Karibikstaat für ihre Anstrengungen und Opfer.", []string{
			"CUE „lobte“ loben a", "SOURCE „der Papst“ a"}},
		{"a zu-infinitive in the Vorfeld (speech-news n128)", "Genau diese Frage zu klären bezeichnet der JG-Wien-Vorsitzende Marcus Gremel im Gespräch mit dem STANDARD als ein Ziel des Schiedsgerichts.", []string{
			"CUE „bezeichnet“ bezeichnen a", "SOURCE „der JG-Wien-Vorsitzende Marcus Gremel“ a"}},
		{"der + a feminine noun after the verb is a dative (counter-example)", "Die Ministerin sagte der Zeitung, sie werde nicht zurücktreten.", []string{
			"SOURCE „Die Ministerin“ a", "CUE „sagte“ sagen a", "QUOTE „sie werde nicht zurücktreten“ indirect a"}},
	})
}
