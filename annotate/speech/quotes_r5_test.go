package speech

import "testing"

// TestQuotesR5 checks the thirteenth round's quote-mode rules (GUIDELINES
// §1.4.5 and the decision log "Thirteenth round, quote mode"): each case
// cites its source sentence, with a counter-example.
func TestQuotesR5(t *testing.T) {
	runFrameCases(t, []frameCase{
		// a document that marks quotes elsewhere: an unmarked clause in the speaker's „ich“ is still direct
		{"first person singular, unmarked, in a document with marks (speech-news n136)",
			"Der Bub ist zwölf. „Wir hatten große Angst“, sagt seine Mutter. Sie stoppen, kommen auf mich zu, werfen mir einen Sack über den Kopf, erzählt der Bub. Passanten hätten ihm später geholfen.", []string{
				"QUOTE „Wir hatten große Angst“ direct a", "CUE „sagt“ sagen a", "SOURCE „seine Mutter“ a",
				"QUOTE „Sie stoppen, kommen auf mich zu, werfen mir einen Sack über den Kopf“ direct b", "CUE „erzählt“ erzählen b", "SOURCE „der Bub“ b",
				"QUOTE „Passanten hätten ihm später geholfen“ indirect b"}},
		{"counter-example: no first person, same document: the writer's words, indirect (constructed)",
			"Der Bub ist zwölf. „Wir hatten große Angst“, sagt seine Mutter. Die Männer stoppen und werfen dem Buben einen Sack über den Kopf, erzählt der Bub.", []string{
				"QUOTE „Wir hatten große Angst“ direct a", "CUE „sagt“ sagen a", "SOURCE „seine Mutter“ a",
				"QUOTE „Die Männer stoppen und werfen dem Buben einen Sack über den Kopf“ indirect b", "CUE „erzählt“ erzählen b", "SOURCE „der Bub“ b"}},
		// SOURCE „er“ and the quote speaks of „er“: the writer's paraphrase
		{"the speaker in the third person before „…, verriet er“ (speech-news n215)",
			"Um den Nachwuchs will er sich aber auch in Freiheit mindestens einmal pro Woche kümmern, verriet er dem kicker.", []string{
				"QUOTE „Um den Nachwuchs will er sich aber auch in Freiheit mindestens einmal pro Woche kümmern“ indirect a", "CUE „verriet“ verraten a", "SOURCE „er“ a"}},
		{"the speaker in the third person before „…, erzählt er“ (speech-news n278)",
			"Als der zweifache Vater sah, dass kleine Kinder auf dem Asphalt schlafen müssen, beschloss er selbst etwas zu tun, erzählt er im Gespräch mit dem STANDARD.", []string{
				"QUOTE „Als der zweifache Vater sah, dass kleine Kinder auf dem Asphalt schlafen müssen, beschloss er selbst etwas zu tun“ indirect a", "CUE „erzählt“ erzählen a", "SOURCE „er“ a"}},
		{"counter-example: a named SOURCE speaking of „er“ is direct (speech-news n213)",
			"Er ist aber niemand, der einfach auf einen Knopf drücken muss, sagte Morten Olsen.", []string{
				"QUOTE „Er ist aber niemand, der einfach auf einen Knopf drücken muss“ direct a", "CUE „sagte“ sagen a", "SOURCE „Morten Olsen“ a"}},
		{"counter-example: SOURCE „er“, but the speaker's „ich“ too: direct (constructed)",
			"Ich habe ihm damals mein Auto geliehen, erzählt er.", []string{
				"QUOTE „Ich habe ihm damals mein Auto geliehen“ direct a", "CUE „erzählt“ erzählen a", "SOURCE „er“ a"}},
		// „Aber …“, „Denn …“, „Vielmehr …“ right after the speaker's unmarked words go on with them
		{"„Aber man muss …“ after „…, meinte X.“ (speech-news n121)",
			"Es ist nicht leicht, den Motor und das Herzstück des Clubs gehen zu lassen, meinte Präsident Reinisch. Aber man muss einem verdienten Mitarbeiter auf dem Weg in eine erfolgreiche Weiterentwicklung helfen und ihn unterstützen.", []string{
				"QUOTE „Es ist nicht leicht, den Motor und das Herzstück des Clubs gehen zu lassen“ direct a", "CUE „meinte“ meinen a", "SOURCE „Präsident Reinisch“ a",
				"QUOTE „Aber man muss einem verdienten Mitarbeiter auf dem Weg in eine erfolgreiche Weiterentwicklung helfen und ihn unterstützen“ direct a"}},
		{"counter-example: the writer's question „Aber will …?“ (speech-news n215)",
			"Ich glaube, er wird es wahrscheinlich werden, sagte Rummenigge über Hoeneß. Aber will Hoeneß überhaupt?", []string{
				"QUOTE „Ich glaube, er wird es wahrscheinlich werden“ direct a", "CUE „sagte“ sagen a", "SOURCE „Rummenigge“ a"}},
		{"counter-example: „Aber“ after indirect words stays the writer's (constructed)",
			"Es sei nicht leicht, den Trainer gehen zu lassen, meinte Präsident Reinisch. Aber der Verein hat schon einen Nachfolger gefunden.", []string{
				"QUOTE „Es sei nicht leicht, den Trainer gehen zu lassen“ indirect a", "CUE „meinte“ meinen a", "SOURCE „Präsident Reinisch“ a"}},
		// a Konjunktiv II sentence in the speaker's first person after indirect words is theirs, direct
		{"„Mein Ziel wäre es.“ after an indirect report (gold/dev d009)",
			"Katzian geht davon aus, dass weniger als 700 Mitarbeiter wirklich gehen müssen. Mein Ziel wäre es.", []string{
				"SOURCE „Katzian“ a", "CUE „geht“ ausgehen a", "QUOTE „dass weniger als 700 Mitarbeiter wirklich gehen müssen“ indirect a",
				"QUOTE „Mein Ziel wäre es“ direct a"}},
		{"counter-example: Konjunktiv II without a first person goes on with the indirect report (constructed)",
			"Katzian geht davon aus, dass weniger als 700 Mitarbeiter wirklich gehen müssen. Das Ziel wäre damit erreicht.", []string{
				"SOURCE „Katzian“ a", "CUE „geht“ ausgehen a", "QUOTE „dass weniger als 700 Mitarbeiter wirklich gehen müssen“ indirect a",
				"QUOTE „Das Ziel wäre damit erreicht“ indirect a"}},
		// a zu-infinitive report runs over a relative clause inside it; a belief verb's does not start with an article
		{"zu-infinitive over an inserted relative clause (speech-news n240)",
			"Die italienische Mutter Unicredit hat angekündigt, das Osteuropageschäft (CEE), das derzeit noch zur Bank Austria (BA) ressortiert, abzuziehen und das defizitäre Filialgeschäft entweder zu verkaufen oder massiv zurückzufahren.", []string{
				"SOURCE „Die italienische Mutter Unicredit“ a", "CUE „angekündigt“ ankündigen a",
				"QUOTE „das Osteuropageschäft (CEE), das derzeit noch zur Bank Austria (BA) ressortiert, abzuziehen und das defizitäre Filialgeschäft entweder zu verkaufen oder massiv zurückzufahren“ indirect a"}},
		{"zu-infinitive over an inserted relative clause after „dafür“ (speech-news n147)",
			"Er plädiert dafür, das Modell des Pendlereuros, das es jetzt zusätzlich zur Pauschale gibt, auszuweiten.", []string{
				"SOURCE „Er“ a", "CUE „plädiert“ plädieren a", "QUOTE „das Modell des Pendlereuros, das es jetzt zusätzlich zur Pauschale gibt, auszuweiten“ indirect a"}},
		{"counter-example: a belief verb („finden“) with an article after the comma reports nothing (speech-news n009)",
			"Die Spieler müssen die verschwundene Familie finden, die Geheimnisse rund um das Spukhaus aufzudecken und gegen Lily bestehen.", nil},
		// „– wie X zeigt.“ closing the sentence after a dash frames the clause before the dash
		{"wie-frame after a closing dash (speech-news n147)",
			"Bei der großen Pendlerpauschale stieg der Anteil im gleichen Zeitraum von 37,6 auf 43,7 Prozent – wie diese Grafik zeigt.", []string{
				"QUOTE „Bei der großen Pendlerpauschale stieg der Anteil im gleichen Zeitraum von 37,6 auf 43,7 Prozent“ indirect a", "SOURCE „diese Grafik“ a", "CUE „zeigt“ zeigen a"}},
		{"counter-example: a wie-frame between two dashes is inserted: no QUOTE from the part before (constructed)",
			"Bei der großen Pendlerpauschale stieg der Anteil – wie diese Grafik zeigt – von 37,6 auf 43,7 Prozent.", []string{
				"SOURCE „diese Grafik“ a", "CUE „zeigt“ zeigen a"}},
	})
}
