package speech

import "testing"

// TestSpansR5 checks the thirteenth round's SOURCE and QUOTE rules
// (GUIDELINES §1.3, §1.4, §1.5 and the decision log "Thirteenth round,
// sources and quotes"): each case cites its source sentence, most with a
// counter-example.
func TestSpansR5(t *testing.T) {
	runFrameCases(t, []frameCase{
		// a report whose cue belongs to a Konjunktiv I main clause right after
		// another report is itself reported: the sentence continues that
		// report, the inner one keeps CUE and SOURCE (§1.4.6, §1.5)
		{"a named subject with werde + infinitive after a dash aside (speech-news n154)",
			"Ich wüsste nicht, wie man das sachlich rechtfertigen soll, sagte Gerlach. Die EU-Kommission werde die Bundesregierung – und nicht die Bank Austria – auffordern, das zu rechtfertigen.", []string{
				"QUOTE „Ich wüsste nicht, wie man das sachlich rechtfertigen soll“ direct a", "CUE „sagte“ sagen a", "SOURCE „Gerlach“ a",
				"SOURCE „Die EU-Kommission“ b",
				"QUOTE „Die EU-Kommission werde die Bundesregierung – und nicht die Bank Austria – auffordern, das zu rechtfertigen“ indirect a",
				"CUE „auffordern“ auffordern b"}},
		{"an agentless passive in Konjunktiv I (speech-news n242)",
			"Der Angeklagte hat im Prozess ausgesagt, dass er keinen Cent in die eigene Tasche gewirtschaftet habe. Erst jetzt im Nachhinein werde behauptet, dass einiges nicht in Ordnung gewesen sei.", []string{
				"SOURCE „Der Angeklagte“ a", "CUE „ausgesagt“ aussagen a", "QUOTE „dass er keinen Cent in die eigene Tasche gewirtschaftet habe“ indirect a",
				"QUOTE „Erst jetzt im Nachhinein werde behauptet, dass einiges nicht in Ordnung gewesen sei“ indirect a", "CUE „behauptet“ behaupten b"}},
		{"counter-example: an indicative main clause is the writer's own report (constructed)",
			"Ich wüsste nicht, wie man das rechtfertigen soll, sagte Gerlach. Die EU-Kommission hat erklärt, dass das nicht zulässig sei.", []string{
				"QUOTE „Ich wüsste nicht, wie man das rechtfertigen soll“ direct a", "CUE „sagte“ sagen a", "SOURCE „Gerlach“ a",
				"SOURCE „Die EU-Kommission“ b", "CUE „erklärt“ erklären b", "QUOTE „dass das nicht zulässig sei“ indirect b"}},
		{"counter-example: no report before it, the Konjunktiv report stands alone (constructed)",
			"Der Ausbau geht weiter. Die EU-Kommission habe erklärt, dass das nicht zulässig sei.", []string{
				"SOURCE „Die EU-Kommission“ a", "CUE „erklärt“ erklären a", "QUOTE „dass das nicht zulässig sei“ indirect a"}},
		// „Da“ right before the finite verb is the adverb of a main clause
		{"Da + finite verb, the speaker after it (speech-news n262)",
			"Da plädiert Taschner für radikal neue Ansätze: Ein Haus der Geschichte muss auch ein Haus der Zukunft sein.", []string{
				"CUE „plädiert“ plädieren a", "SOURCE „Taschner“ a", "QUOTE „Ein Haus der Geschichte muss auch ein Haus der Zukunft sein“ direct a"}},
		{"Da + modal, a pronoun subject (speech-news n204)",
			"Da müssen wir klarmachen, dass die Position der FPÖ nicht hält.", []string{
				"SOURCE „wir“ a", "CUE „klarmachen“ klarmachen a", "QUOTE „dass die Position der FPÖ nicht hält“ indirect a"}},
		{"counter-example: the subordinator puts its subject first (constructed)",
			"Da er betonte, dass er bleibe, war alles klar.", []string{
				"SOURCE „er“ a", "CUE „betonte“ betonen a", "QUOTE „dass er bleibe“ indirect a"}},
		// circles as speakers, „aus“ in a nach-phrase, no time in a speaker's von-phrase
		{"In + circles as the Vorfeld of hieß es (speech-news n260)",
			"In Sicherheitskreisen hieß es, die Fahrzeuge hätten denen der Extremisten geähnelt.", []string{
				"SOURCE „Sicherheitskreisen“ a", "CUE „hieß es“ heißen a", "QUOTE „die Fahrzeuge hätten denen der Extremisten geähnelt“ indirect a"}},
		{"counter-example: a place in the Vorfeld is no speaker (constructed)",
			"In Berlin hieß es, die Fahrzeuge hätten geähnelt.", []string{
				"CUE „hieß es“ heißen a", "QUOTE „die Fahrzeuge hätten geähnelt“ indirect a"}},
		{"nach Angaben aus + circles, the date left out (speech-news n281)",
			"Die Staatsanwaltschaft will nach Angaben aus Justizkreisen vom Montag die Ermittlungen einstellen.", []string{
				"QUOTE „Die Staatsanwaltschaft will nach Angaben aus Justizkreisen vom Montag die Ermittlungen einstellen“ indirect a",
				"CUE „nach Angaben“ nach Angaben a", "SOURCE „Justizkreisen“ a"}},
		{"a date after the genitive is no part of the speaker (Wikinews train wn46721)",
			"Nach Angaben der Polizei vom Dienstag wurden zwei Menschen verletzt.", []string{
				"CUE „Nach Angaben“ nach Angaben a", "SOURCE „der Polizei“ a", "QUOTE „wurden zwei Menschen verletzt“ indirect a"}},
		{"counter-example: a von-phrase that names the speaker stays (gold/dev d018)",
			"Das sei schwierig, meinte der französische Weltmeister von 1998.", []string{
				"QUOTE „Das sei schwierig“ indirect a", "CUE „meinte“ meinen a", "SOURCE „der französische Weltmeister von 1998“ a"}},
		// noun-phrase edges: attributes before the noun, the second noun of a
		// coordination with its genitive and abbreviation, a group named by its leader
		{"an adjective capitalised at the sentence start (speech-news n275)",
			"Zahlreiche rechtsgerichtete Politiker verurteilten diese Mahnungen.", []string{
				"SOURCE „Zahlreiche rechtsgerichtete Politiker“ a", "CUE „verurteilten“ verurteilen a"}},
		{"a measure before its adjective (speech-news n248)",
			"Menschen bestatteten Hunde mit Grabbeigaben, wie 8000 Jahre alte Funde aus Sibirien zeigen.", []string{
				"QUOTE „Menschen bestatteten Hunde mit Grabbeigaben“ indirect a", "SOURCE „8000 Jahre alte Funde aus Sibirien“ a", "CUE „zeigen“ zeigen a"}},
		{"a number adjective before a second adjective (Wikinews train wn82713)",
			"Die 64-jährige deutsche Bundeskanzlerin Angela Merkel sagte, dass sie bleibe.", []string{
				"SOURCE „Die 64-jährige deutsche Bundeskanzlerin Angela Merkel“ a", "CUE „sagte“ sagen a", "QUOTE „dass sie bleibe“ indirect a"}},
		{"counter-example: a lower-case name with a hyphen stays a name (constructed)",
			"Wie ein verdi-Sprecher sagte, wird gestreikt.", []string{
				"SOURCE „ein verdi-Sprecher“ a", "CUE „sagte“ sagen a", "QUOTE „wird gestreikt“ indirect a"}},
		{"the second noun of a coordination keeps its genitive (speech-news n277)",
			"Der ehemalige Gouverneur von Florida und Bruder des früheren Präsidenten George W. Bush kündigte an, dass er antrete.", []string{
				"SOURCE „Der ehemalige Gouverneur von Florida und Bruder des früheren Präsidenten George W. Bush“ a", "CUE „kündigte“ ankündigen a", "QUOTE „dass er antrete“ indirect a"}},
		{"an abbreviation after a coordinated name, then the appositive name (speech-news n117)",
			"Das sagte der Sprecher der oppositionellen Kommission für Menschenrechte und Nationale Versöhnung (CCDHRN), Elizardo Sanchez, am Montag.", []string{
				"CUE „sagte“ sagen a", "SOURCE „der Sprecher der oppositionellen Kommission für Menschenrechte und Nationale Versöhnung (CCDHRN), Elizardo Sanchez“ a"}},
		{"a group named by its leader (speech-news n248)",
			"Das berichten nun Forscher um Robert Losey in einer Aussendung.", []string{
				"CUE „berichten“ berichten a", "SOURCE „Forscher um Robert Losey“ a"}},
		{"counter-example: „um“ before a time is no part of the speaker (constructed)",
			"Das berichten nun Forscher um Mitternacht in einer Aussendung.", []string{
				"CUE „berichten“ berichten a", "SOURCE „Forscher“ a"}},
		// a time phrase without a preposition after the verb is passed over like an adverb
		{"an accusative of time between the inverted cue and its speaker (speech-news n265)",
			"Dass die Kritik zu Blockaden führt, enthüllte vergangenes Jahr die Initiative Heimat ohne Hass.", []string{
				"QUOTE „Dass die Kritik zu Blockaden führt“ indirect a", "CUE „enthüllte“ enthüllen a", "SOURCE „die Initiative Heimat“ a"}},
		{"Ende + month before the speaker (constructed)",
			"Das sagte Ende Mai der Minister.", []string{
				"CUE „sagte“ sagen a", "SOURCE „der Minister“ a"}},
		{"counter-example: a noun phrase that is the speaker stays (constructed)",
			"Das sagte diese Ministerin.", []string{
				"CUE „sagte“ sagen a", "SOURCE „diese Ministerin“ a"}},
		// the host clause of a cue phrase leaves out a main clause before a comma or dash, whatever its second clause opens with
		{"an adverb opens the host clause after the comma (speech-news n265)",
			"Das geschah mehr als 800-mal, daraufhin ließ Strache laut Ö24 den gesamten Eintrag löschen.", []string{
				"QUOTE „daraufhin ließ Strache laut Ö24 den gesamten Eintrag löschen“ indirect a", "CUE „laut“ laut a", "SOURCE „Ö24“ a"}},
		{"a subject pronoun opens the host clause after the comma (speech-news n265)",
			"Der Eintrag der Studentin verschwand, sie wurde laut Kurier ausgesperrt.", []string{
				"QUOTE „sie wurde laut Kurier ausgesperrt“ indirect a", "CUE „laut“ laut a", "SOURCE „Kurier“ a"}},
		{"a prepositional phrase opens the host clause after a dash (speech-news n272)",
			"Das Geld dafür lieferte der Investor Richard Chandler – gegen ihn ermittelten laut Wiener Zeitung die Behörden.", []string{
				"QUOTE „gegen ihn ermittelten laut Wiener Zeitung die Behörden“ indirect a", "CUE „laut“ laut a", "SOURCE „Wiener Zeitung“ a"}},
		{"counter-example: a fronted subordinate clause stays in the host (constructed)",
			"Weil das Geld fehlte, wurde die Schule laut Kurier geschlossen.", []string{
				"QUOTE „Weil das Geld fehlte, wurde die Schule laut Kurier geschlossen“ indirect a", "CUE „laut“ laut a", "SOURCE „Kurier“ a"}},
		// a Konjunktiv continuation ends before the writer's indicative clause
		{"„und“ + an indicative verb after a continuation (speech-news n278)",
			"Der Helfer sagte, er sei müde. Er übernehme viele Koordinationsaufgaben und packt an, wo Not am Mann ist.", []string{
				"SOURCE „Der Helfer“ a", "CUE „sagte“ sagen a", "QUOTE „er sei müde“ indirect a", "QUOTE „Er übernehme viele Koordinationsaufgaben“ indirect a"}},
		{"a comma + an indicative main clause after a continuation (speech-news n279)",
			"Der Trainer sagte, er sei müde. Geplant sei das vor dem Engagement keineswegs gewesen, zu fern schien damals die Möglichkeit der Fortsetzung.", []string{
				"SOURCE „Der Trainer“ a", "CUE „sagte“ sagen a", "QUOTE „er sei müde“ indirect a", "QUOTE „Geplant sei das vor dem Engagement keineswegs gewesen“ indirect a"}},
		{"counter-example: after a dependent clause the speaker's reasoning goes on (speech-news n143)",
			"Die Fluglinie ist überzeugt, die Piloten hätten nicht rechtmäßig gestreikt. Es könnte sein, dass noch etwas draufkommt, schließlich verfügt die Lufthansa nun ein Urteil.", []string{
				"SOURCE „Die Fluglinie“ a", "CUE „überzeugt“ überzeugt sein a", "QUOTE „die Piloten hätten nicht rechtmäßig gestreikt“ indirect a",
				"QUOTE „Es könnte sein, dass noch etwas draufkommt, schließlich verfügt die Lufthansa nun ein Urteil“ indirect a"}},
		// an adverbial of focus or example before the Vorfeld's noun phrase
		{"„Unter anderem“ before the speaker (speech-news n221)",
			"Unter anderem Mercedes-Motorsportchef Toto Wolff hatte bis zuletzt einen solch radikalen Eingriff kritisiert.", []string{
				"SOURCE „Mercedes-Motorsportchef Toto Wolff“ a", "CUE „kritisiert“ kritisieren a"}},
		{"„Insbesondere“ before the speaker (Wikinews train wn37764)",
			"Insbesondere die Umweltschutzorganisationen hatten dazu aufgerufen, die Lichter abzuschalten.", []string{
				"SOURCE „die Umweltschutzorganisationen“ a", "CUE „aufgerufen“ aufrufen a", "QUOTE „die Lichter abzuschalten“ indirect a"}},
		{"counter-example: „Vor allem“ before the verb leaves the speaker after it (constructed)",
			"Vor allem sagte er, dass er bleibe.", []string{
				"CUE „sagte“ sagen a", "SOURCE „er“ a", "QUOTE „dass er bleibe“ indirect a"}},
		// a von-phrase after a cue phrase's speaker is the agent of a passive host clause
		{"nach Angaben + genitive, then the passive agent (speech-news n118)",
			"Insgesamt wurden nach Angaben des Bundeskanzleramtes von den EU-Staaten 1,153 Milliarden Euro versprochen.", []string{
				"QUOTE „Insgesamt wurden nach Angaben des Bundeskanzleramtes von den EU-Staaten 1,153 Milliarden Euro versprochen“ indirect a",
				"CUE „nach Angaben“ nach Angaben a", "SOURCE „des Bundeskanzleramtes“ a", "SOURCE „den EU-Staaten“ b", "CUE „versprochen“ versprechen b"}},
		{"laut + a medium, then the passive's von-phrase (speech-news n265)",
			"Sie wurde laut Kurier von Straches Pinnwand ausgesperrt.", []string{
				"QUOTE „Sie wurde laut Kurier von Straches Pinnwand ausgesperrt“ indirect a", "CUE „laut“ laut a", "SOURCE „Kurier“ a"}},
		// review of the thirteenth round: a von-phrase after a person's role or
		// name identifies the speaker, also in a passive host clause
		{"counter-example: a role's von-phrase in a passive host clause (review, constructed)",
			"Insgesamt wurden laut einem Sprecher von Siemens 200 Stellen gestrichen.", []string{
				"QUOTE „Insgesamt wurden laut einem Sprecher von Siemens 200 Stellen gestrichen“ indirect a", "CUE „laut“ laut a", "SOURCE „einem Sprecher von Siemens“ a"}},
		{"counter-example: a role in the genitive and vom (review, constructed)",
			"Am Montag wurden nach Angaben eines Sprechers vom Roten Kreuz 20 Menschen verletzt.", []string{
				"QUOTE „Am Montag wurden nach Angaben eines Sprechers vom Roten Kreuz 20 Menschen verletzt“ indirect a", "CUE „nach Angaben“ nach Angaben a", "SOURCE „eines Sprechers vom Roten Kreuz“ a"}},
		{"counter-example: a person's name and its von-phrase in a passive host clause (GUIDELINES, review)",
			"Der Mann wurde laut Moritz Wohlrab von der Hilfsorganisation schwer verletzt.", []string{
				"QUOTE „Der Mann wurde laut Moritz Wohlrab von der Hilfsorganisation schwer verletzt“ indirect a", "CUE „laut“ laut a", "SOURCE „Moritz Wohlrab von der Hilfsorganisation“ a"}},
		{"counter-example: an active host clause keeps the identifying von-phrase (constructed)",
			"Laut Moritz Wohlrab von der Hilfsorganisation fehlt es an Wasser.", []string{
				"CUE „Laut“ laut a", "SOURCE „Moritz Wohlrab von der Hilfsorganisation“ a", "QUOTE „fehlt es an Wasser“ indirect a"}},
		// an apposition whose closing comma is missing
		{"a name and its apposition without the closing comma (Wikinews train wn45695)",
			"Die Lage ist ernst. Stephen Singer, ein Klimaexperte vom WWF erklärte, der Bericht sei grundlegend.", []string{
				"SOURCE „Stephen Singer“ a", "CUE „erklärte“ erklären a", "QUOTE „der Bericht sei grundlegend“ indirect a"}},
		{"a role and its appositive name without the closing comma (Wikinews train wn13380)",
			"Die Lage ist ernst. Ein Sprecher der Polizei, Commander Randy Henderson sagte, es gebe keine Spur.", []string{
				"SOURCE „Ein Sprecher der Polizei, Commander Randy Henderson“ a", "CUE „sagte“ sagen a", "QUOTE „es gebe keine Spur“ indirect a"}},
		{"counter-example: a place and its apposition leave the speaker after the verb (constructed)",
			"Die Lage ist ernst. In Berlin, der Hauptstadt sagte er, es gebe keine Spur.", []string{
				"CUE „sagte“ sagen a", "SOURCE „er“ a", "QUOTE „es gebe keine Spur“ indirect a"}},
		// an adjective used as an adverb alone in the Vorfeld is no speaker
		{"„Aktuell“ before the verb, the pronoun after it speaks (Wikinews train wn79859)",
			"Aktuell lässt sie dort Folgendes verlauten: Sie werde nicht zurücktreten.", []string{
				"CUE „lässt“ verlauten lassen a", "SOURCE „sie“ a", "QUOTE „Sie werde nicht zurücktreten“ indirect a"}},
		{"counter-example: a name in -nell stays the speaker (review, constructed)",
			"McConnell sagte, es sei ein guter Tag.", []string{
				"SOURCE „McConnell“ a", "CUE „sagte“ sagen a", "QUOTE „es sei ein guter Tag“ indirect a"}},
		{"counter-example: a name in -nell stays the speaker, with an apostrophe (review, constructed)",
			"O'Donnell erklärte, die Lage sei ernst.", []string{
				"SOURCE „O'Donnell“ a", "CUE „erklärte“ erklären a", "QUOTE „die Lage sei ernst“ indirect a"}},
		{"counter-example: a name in -rnell stays the speaker (review, constructed)",
			"Parnell betonte, er bleibe im Amt.", []string{
				"SOURCE „Parnell“ a", "CUE „betonte“ betonen a", "QUOTE „er bleibe im Amt“ indirect a"}},
		{"„Traditionell“ (-onell) before the verb, the noun phrase after it speaks (constructed)",
			"Traditionell betont der Kanzler, er bleibe im Amt.", []string{
				"CUE „betont“ betonen a", "SOURCE „der Kanzler“ a", "QUOTE „er bleibe im Amt“ indirect a"}},
		{"counter-example: a name in -ell stays the speaker (speech-news n016)",
			"Campbell ergänzte: Es ist die wichtigste Partie in dieser Saison.", []string{
				"SOURCE „Campbell“ a", "CUE „ergänzte“ ergänzen a", "QUOTE „Es ist die wichtigste Partie in dieser Saison“ direct a"}},
		// a relative clause or apposition after a cue phrase that opens its host clause belongs to the Vorfeld
		{"laut + a noun with a relative clause (speech-news n272)",
			"Pikant: Laut Dokumenten, die der Wiener Zeitung vorliegen, kaufte der Gutachter das Haus.", []string{
				"CUE „Laut“ laut a", "SOURCE „Dokumenten“ a", "QUOTE „kaufte der Gutachter das Haus“ indirect a"}},
		{"nach Angaben von + a name with an apposition (Wikinews train wn66494)",
			"Nach Angaben von Peter Beck, dem Dekan, befanden sich viele Menschen im Gebäude.", []string{
				"CUE „Nach Angaben“ nach Angaben a", "SOURCE „Peter Beck“ a", "QUOTE „befanden sich viele Menschen im Gebäude“ indirect a"}},
		{"counter-example: a relative clause in the middle of the host stays in it (constructed)",
			"Die Schule, die der Stadt gehört, wurde laut Kurier geschlossen.", []string{
				"QUOTE „Die Schule, die der Stadt gehört, wurde laut Kurier geschlossen“ indirect a", "CUE „laut“ laut a", "SOURCE „Kurier“ a"}},
		// a bare plural with its place names the speakers
		{"wie + a bare plural + in + place (speech-news n232)",
			"Der Besuch wurde abgesagt, wie Medien in Skopje meldeten.", []string{
				"QUOTE „Der Besuch wurde abgesagt“ indirect a", "SOURCE „Medien in Skopje“ a", "CUE „meldeten“ melden a"}},
		{"wie + a bare plural that is also a verb form + in + place (speech-news n212)",
			"In den Wäldern wachsen weniger Bäume, wie Versuche in Panama zeigten.", []string{
				"QUOTE „In den Wäldern wachsen weniger Bäume“ indirect a", "SOURCE „Versuche in Panama“ a", "CUE „zeigten“ zeigen a"}},
		{"counter-example: after a name the place is where it was said (constructed)",
			"Der Besuch wurde abgesagt, wie Reuters in London meldete.", []string{
				"QUOTE „Der Besuch wurde abgesagt“ indirect a", "SOURCE „Reuters“ a", "CUE „meldete“ melden a"}},
		// „demnach“ without an earlier report takes the subject of the sentence before
		{"an organisation publishes, demnach follows (speech-news n225)",
			"Wien – Die Österreichische Webanalyse (ÖWA) hat die Zugriffszahlen für März veröffentlicht. Bei den Dachangeboten kommt derStandard.at demnach im März auf 23 Millionen Visits.", []string{
				"SOURCE „Die Österreichische Webanalyse (ÖWA)“ a",
				"QUOTE „Bei den Dachangeboten kommt derStandard.at demnach im März auf 23 Millionen Visits“ indirect a", "CUE „demnach“ demnach a"}},
		// an attribution dropped after it was built gives its marks back (review)
		{"a dropped evidence frame leaves its words to the wie-frame (review, constructed)",
			"Die Erfahrung zeigt, dass es gut ist, wie er sagte.", []string{
				"QUOTE „Die Erfahrung zeigt, dass es gut ist“ indirect a", "SOURCE „er“ a", "CUE „sagte“ sagen a"}},
		{"a dropped evidence frame leaves its words to the next sentence's quote (review, constructed)",
			"Das Wetter zeigt, dass wir verloren haben. Wir haben es nicht geschafft, sagte er.", []string{
				"QUOTE „Das Wetter zeigt, dass wir verloren haben. Wir haben es nicht geschafft“ direct a", "CUE „sagte“ sagen a", "SOURCE „er“ a"}},
		{"counter-example: a person who presents nothing is no source of demnach (review, constructed)",
			"Der Mann ist gestorben. Demnach stieg die Zahl der Toten.", []string{
				"CUE „Demnach“ demnach a", "QUOTE „stieg die Zahl der Toten“ indirect a"}},
		{"counter-example: a group that presents nothing is no source of demnach (review, constructed)",
			"Die Firma hat einen Gewinn erzielt. Demnach stieg der Umsatz.", []string{
				"CUE „Demnach“ demnach a", "QUOTE „stieg der Umsatz“ indirect a"}},
		{"a group that presents a report is the source of demnach (constructed)",
			"Die Firma legte ihren Bericht vor. Demnach stieg der Umsatz.", []string{
				"SOURCE „Die Firma“ a", "CUE „Demnach“ demnach a", "QUOTE „stieg der Umsatz“ indirect a"}},
		{"counter-example: a bare name with figures is no source of demnach (Wikinews train wn72118)",
			"Santorum hatte hier 8,5 Prozent erhalten. Demnach waren Romney 22 Stimmen zugesprochen worden.", []string{
				"CUE „Demnach“ demnach a", "QUOTE „waren Romney 22 Stimmen zugesprochen worden“ indirect a"}},
	})
}
