package speech

import "testing"

// TestContinuationGuards checks the eighth round's continuation rules
// (GUIDELINES §1.5, decision log): each case cites its source sentence,
// and most come with a counter-example.
func TestContinuationGuards(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"a report inside another report's indirect quote: the next sentence continues the outer one (seed 000)",
			// (the inner report's subject is a person: a thing that „zeige“ is no
			// report since the thirteenth round, speech-verbs.txt "evidence")
			"Mit Blick auf Russland heißt es in der Erklärung, die Regierung des Landes betone, dass es nicht an Frieden interessiert sei. Russland eskaliere und suche verzweifelt Hilfe.", []string{
				"CUE „heißt es“ heißen a", "SOURCE „der Erklärung“ a", "SOURCE „die Regierung des Landes“ b", "QUOTE „die Regierung des Landes betone, dass es nicht an Frieden interessiert sei“ indirect a", "CUE „betone“ betonen b", "QUOTE „Russland eskaliere und suche verzweifelt Hilfe“ indirect a"}},
		{"counter-example: a report of its own sentence is continued (constructed)",
			"Die Studie zeige, dass es nicht an Frieden interessiert sei, sagte der Minister. Russland eskaliere.", []string{
				"SOURCE „Die Studie“ a", "QUOTE „Die Studie zeige, dass es nicht an Frieden interessiert sei“ indirect b", "CUE „zeige“ zeigen a", "CUE „sagte“ sagen b", "SOURCE „der Minister“ b", "QUOTE „Russland eskaliere“ indirect b"}},
		{"an indicative main clause with a Konjunktiv in its ob-clause continues nothing (gold/dev d006)",
			"Die Proteste hatten sich nach Polizeiangaben ausgeweitet. Ob es dazu nun ein Votum geben solle, war zunächst unklar.", []string{
				"QUOTE „Die Proteste hatten sich nach Polizeiangaben ausgeweitet“ indirect a", "CUE „nach Polizeiangaben“ nach Angaben a", "SOURCE „Polizeiangaben“ a"}},
		{"counter-example: a Konjunktiv main clause after a dependent clause continues (Wikinews train wn32521, shortened)",
			"Die Kriminalpolizei teilte mit, der Täter habe die Frauen verfolgt. Nachdem seine Opfer sich zur Wehr setzten, sei er immer schnell geflüchtet.", []string{
				"SOURCE „Die Kriminalpolizei“ a", "CUE „teilte“ mitteilen a", "QUOTE „der Täter habe die Frauen verfolgt“ indirect a", "QUOTE „Nachdem seine Opfer sich zur Wehr setzten, sei er immer schnell geflüchtet“ indirect a"}},
		{"a second main clause in Konjunktiv I after an indicative one (GUIDELINES §1.2.7, gold/dev d009)",
			"Katzian sagte, er sei zuversichtlich. Ob sich die Zahl bereits verringert hat, konnte Katzian nicht bestätigen, vieles sei intensiv in Verhandlung.", []string{
				"SOURCE „Katzian“ a", "CUE „sagte“ sagen a", "QUOTE „er sei zuversichtlich“ indirect a", "QUOTE „vieles sei intensiv in Verhandlung“ indirect a"}},
		{"a subordinate Konjunktiv after an indicative main clause is a report of its own, no continuation (Wikinews train wn21450)",
			"Der Sprecher sagte, der Iran prüfe den Beschluss. Die erste Reaktion aus dem Iran bestand in der Ankündigung, der Iran werde nun Uran anreichern.", []string{
				"SOURCE „Der Sprecher“ a", "CUE „sagte“ sagen a", "QUOTE „der Iran prüfe den Beschluss“ indirect a"}},
		{"a present indicative is no Konjunktiv II of another verb (gold/dev d011: führen, not fahren)",
			"Vertreter der Geldgeber hätten die Arbeit aufgenommen, sagte eine Sprecherin. Die Gespräche führen die Europäische Union und der IWF.", []string{
				"QUOTE „Vertreter der Geldgeber hätten die Arbeit aufgenommen“ indirect a", "CUE „sagte“ sagen a", "SOURCE „eine Sprecherin“ a"}},
		{"counter-example: Konjunktiv II right after indirect speech continues it (gold/dev d005 shape)",
			"Das Ministerium erklärte, die Angriffe seien Kriegsverbrechen. Die Verantwortlichen müssten zur Rechenschaft gezogen werden.", []string{
				"SOURCE „Das Ministerium“ a", "CUE „erklärte“ erklären a", "QUOTE „die Angriffe seien Kriegsverbrechen“ indirect a", "QUOTE „Die Verantwortlichen müssten zur Rechenschaft gezogen werden“ indirect a"}},
		{"a conditional clause opened by its verb leaves the Konjunktiv main clause a continuation (gold/dev d003)",
			"Die Behörde teilte mit, das Ergebnis sei amtlich. Sollte jemand Zweifel haben, bleibe der Weg zum Verfassungsgerichtshof.", []string{
				"SOURCE „Die Behörde“ a", "CUE „teilte“ mitteilen a", "QUOTE „das Ergebnis sei amtlich“ indirect a", "QUOTE „Sollte jemand Zweifel haben, bleibe der Weg zum Verfassungsgerichtshof“ indirect a"}},
		{"the writer's first person after a report without a speaker is no continuation (gold/speech-news n032)",
			// (a passive for the sentence's „man … davon ausgehen kann“, no report since the eleventh round)
			"Wo Griss zu verorten ist, ist unklar – während oft betont wird, dass sie ähnlich ticken wie ihre Parteien. Dazu benutze ich sämtliche Statements als Wahlprogramm.", []string{
				"CUE „betont“ betonen a", "QUOTE „dass sie ähnlich ticken wie ihre Parteien“ indirect a"}},
		{"the writer's first person after a report noun with wonach is no continuation (gold/speech-news n039)",
			"Es gibt Behauptungen, wonach Tiere bei der Schächtung mehr leiden. Aber sie wollen nicht wahrhaben, dass Muslime unter uns leben.", []string{
				"SOURCE „Behauptungen“ a", "CUE „wonach“ wonach a", "QUOTE „Tiere bei der Schächtung mehr leiden“ indirect a"}},
		{"counter-example: first person after a named speaker's unmarked direct speech continues it (gold/dev d022)",
			"Wien-Umgebung war eine Region, sagt der Bürgermeister. Das ist kein Gegen-Tulln-Sein, aber wir sind eine andere Stadt.", []string{
				"QUOTE „Wien-Umgebung war eine Region“ direct a", "CUE „sagt“ sagen a", "SOURCE „der Bürgermeister“ a", "QUOTE „Das ist kein Gegen-Tulln-Sein, aber wir sind eine andere Stadt“ direct a"}},
		{"a preterite read as an adjective before its noun is not the main verb (gold/speech-news n007)",
			"Die Hagelversicherung teilte mit, die Schäden seien groß. Erste Schadenszahlungen für durch Schneedruck beschädigte Hagelnetze seien bereits erfolgt.", []string{
				"SOURCE „Die Hagelversicherung“ a", "CUE „teilte“ mitteilen a", "QUOTE „die Schäden seien groß“ indirect a",
				"QUOTE „Erste Schadenszahlungen für durch Schneedruck beschädigte Hagelnetze seien bereits erfolgt“ indirect a"}},
		{"counter-example: an indicative preterite main clause with an adjective in -sche continues nothing (Wikinews train wn59262, shortened)",
			"Die Hagelversicherung teilte mit, die Schäden seien groß. Zwischen 1973 und 1976 studierte Müller an der Universität deutsche Literatur.", []string{
				"SOURCE „Die Hagelversicherung“ a", "CUE „teilte“ mitteilen a", "QUOTE „die Schäden seien groß“ indirect a"}},
		{"die Ansicht vertreten with a V2 Konjunktiv clause (Wikinews train wn40724)",
			"Spectors Verteidiger Bruce Cutler vertritt ebenso wie sein Mandant die Ansicht, Clarkson habe sich selbst getötet.", []string{
				"SOURCE „Spectors Verteidiger Bruce Cutler“ a", "CUE „vertritt“ die Ansicht vertreten a", "QUOTE „Clarkson habe sich selbst getötet“ indirect a"}},
		{"counter-example: vertreten without an opinion noun is no cue (constructed)",
			"Der Anwalt vertritt den Angeklagten vor Gericht.", nil},
		{"nach Angaben with an indefinite genitive (Wikinews train wn45244)",
			"Nach Angaben einer russischen Quelle soll der Sprengsatz mit Metallteilen ausgestattet gewesen sein.", []string{
				"CUE „Nach Angaben“ nach Angaben a", "SOURCE „einer russischen Quelle“ a", "QUOTE „soll der Sprengsatz mit Metallteilen ausgestattet gewesen sein“ indirect a"}},
		{"a relative clause after the source of nach Angaben is no content (Wikinews train wn45244)",
			"Nach Angaben eines Experten, der vom staatlichen TV-Kanal Rossija befragt wurde, würde dies für einen Selbstmordattentäter sprechen.", []string{
				"CUE „Nach Angaben“ nach Angaben a", "SOURCE „eines Experten“ a", "QUOTE „würde dies für einen Selbstmordattentäter sprechen“ indirect a"}},
		{"a noun-phrase report in a Konjunktiv I sentence is itself reported: the sentence continues the last report (gold/speech-news n013)",
			"Demnach hatte ihn die Mutter eines Freundes um eine Trophäe gebeten. Sie habe ihm ein Auto versprochen.", []string{
				// (thirteenth round: „gebeten“ right before a Konjunktiv I sentence is a report of its own, as in the gold)
				"CUE „Demnach“ demnach a", "QUOTE „hatte ihn die Mutter eines Freundes um eine Trophäe gebeten“ indirect a", "SOURCE „die Mutter eines Freundes“ b", "CUE „gebeten“ bitten b",
				"SOURCE „Sie“ c", "QUOTE „Sie habe ihm ein Auto versprochen“ indirect a", "CUE „versprochen“ versprechen c"}},
		{"counter-example: an inverted frame of its own after a Konjunktiv I clause is no reported report (Wikinews train wn70140, shortened)",
			"Die Polizei sagte, es gebe keine Spur. Die Leichen seien in einer Kühlkammer ausgestellt worden, berichtet der englische Independent.", []string{
				"SOURCE „Die Polizei“ a", "CUE „sagte“ sagen a", "QUOTE „es gebe keine Spur“ indirect a", "QUOTE „Die Leichen seien in einer Kühlkammer ausgestellt worden“ indirect b", "CUE „berichtet“ berichten b", "SOURCE „der englische Independent“ b"}},
		{"nach Berichten with a named source is a cue (Wikinews train wn69856)",
			"Nach Berichten der bulgarischen Presse ist er untergetaucht.", []string{
				"CUE „Nach Berichten“ nach Berichten a", "SOURCE „der bulgarischen Presse“ a", "QUOTE „ist er untergetaucht“ indirect a"}},
		{"counter-example: nach Berichten über … means after the reports (seed 002, GUIDELINES §1.2.4)",
			"Die USA hatten nach Berichten über die Entsendung nordkoreanischer Soldaten vor einer Eskalation gewarnt.", []string{
				"SOURCE „Die USA“ a", "CUE „gewarnt“ warnen a"}},
		{"a compound with -berichten names its source (Wikinews train wn83244)",
			"So soll die 47-Jährige nach Augenzeugenberichten geschnorchelt haben.", []string{
				"QUOTE „So soll die 47-Jährige nach Augenzeugenberichten geschnorchelt haben“ indirect a", "CUE „nach Augenzeugenberichten“ nach Berichten a", "SOURCE „Augenzeugenberichten“ a"}},
		{"nach eigenem Bekunden: the subject is the source (Wikinews train wn74899)",
			"Der Bruder war nach eigenem Bekunden seit langem eingeweiht.", []string{
				"SOURCE „Der Bruder“ a", "QUOTE „Der Bruder war nach eigenem Bekunden seit langem eingeweiht“ indirect a", "CUE „nach eigenem Bekunden“ nach Bekunden a"}},
		{"counter-example: nach der Ankündigung without a source is no cue (constructed)",
			"Nach der Ankündigung stieg der Kurs.", nil},
	})
}
