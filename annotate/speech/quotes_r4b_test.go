package speech

import "testing"

// TestQuotesR4b checks the twelfth round's second-half quote rules
// (GUIDELINES §1.4, §1.5 and the decision log "Twelfth round, second
// half"): each case cites its source sentence, most with a counter-example.
func TestQuotesR4b(t *testing.T) {
	runFrameCases(t, []frameCase{
		// a verb that is only part of a multi-word or separable cue is no cue word by itself
		{"a first-person Konjunktiv II sentence before unmarked direct words (speech-news n208)",
			"Diese hatte der Sozialarbeiter dem Asylwerber ausgehändigt. Ich hätte die Arbeiten genauso gut allein machen können. Meine Absicht war, H. ein bisschen zu unterstützen, schilderte Spindler in einer Stellungnahme.", []string{
				"QUOTE „Ich hätte die Arbeiten genauso gut allein machen können. Meine Absicht war, H. ein bisschen zu unterstützen“ direct a", "CUE „schilderte“ schildern a", "SOURCE „Spindler“ a"}},
		{"a first-person sentence before unmarked direct words (speech-news n221)",
			"So prophezeiten zuletzt auch einige Piloten, das Überholen werde keineswegs einfacher. Wir werden einfach nur schneller fahren als bisher. Das ist alles, hatte Weltmeister Lewis Hamilton gesagt.", []string{
				"CUE „prophezeiten“ prophezeien a", "SOURCE „einige Piloten“ a", "QUOTE „das Überholen werde keineswegs einfacher“ indirect a",
				"QUOTE „Wir werden einfach nur schneller fahren als bisher. Das ist alles“ direct b", "SOURCE „Weltmeister Lewis Hamilton“ b", "CUE „gesagt“ sagen b"}},
		{"counter-example: Konjunktiv II with a first-person object only is indirect, and the writer's sentence before stays out (speech-news n129)",
			"Wir sollten diese Reaktion nicht allzu persönlich nehmen. Die Säuglinge dürften diese Reize nicht mit uns in Verbindung bringen, berichten britische Forscher.", []string{
				"QUOTE „Die Säuglinge dürften diese Reize nicht mit uns in Verbindung bringen“ indirect a", "CUE „berichten“ berichten a", "SOURCE „britische Forscher“ a"}},
		{"Konjunktiv II with a first-person subject is the speaker's own words (speech-news n208)",
			"Wir hätten die Arbeiten genauso gut allein erledigen können, schilderte Spindler.", []string{
				"QUOTE „Wir hätten die Arbeiten genauso gut allein erledigen können“ direct a", "CUE „schilderte“ schildern a", "SOURCE „Spindler“ a"}},
		// a cue phrase opening its host clause is the Vorfeld with its attributes: the QUOTE starts at the finite verb
		{"laut + a noun phrase with attached phrases before the verb (speech-news n124)",
			"Laut einer Meldung der dpa zur Präsentation des Bucusini in Deutschland im vergangenen September könnten auch Altersheime mit dem Drucker Senioren das Essen schmackhafter machen.", []string{
				"CUE „Laut“ laut a", "SOURCE „der dpa“ a", "QUOTE „könnten auch Altersheime mit dem Drucker Senioren das Essen schmackhafter machen“ indirect a"}},
		{"gemäß + a noun phrase with a coordinated phrase before the verb (speech-news n152)",
			"Gemäß einer Entscheidung des EuGH in einer Auseinandersetzung zwischen dem Händler Usedsoft und Oracle ist der Weiterverkauf gebrauchter Software-Lizenzen rechtens.", []string{
				"CUE „Gemäß“ gemäß a", "SOURCE „des EuGH“ a", "QUOTE „ist der Weiterverkauf gebrauchter Software-Lizenzen rechtens“ indirect a"}},
		{"counter-example: the verb right after the phrase (seed 001)",
			"Laut US-Regierung wurden die nordkoreanischen Soldaten per Schiff nach Russland verlegt.", []string{
				"CUE „Laut“ laut a", "SOURCE „US-Regierung“ a", "QUOTE „wurden die nordkoreanischen Soldaten per Schiff nach Russland verlegt“ indirect a"}},
		// an ellipsis of full stops is the sentence's final mark and stays out (§1.4.1)
		{"a continuation ending in „...“ (speech-news n134)",
			"Strache sagte, jedem Bürger müsse selbst überlassen bleiben, wie er bezahle. Der Kampf gegen Geldwäsche sei nichts weiter als eine Finte ...", []string{
				"SOURCE „Strache“ a", "CUE „sagte“ sagen a", "QUOTE „jedem Bürger müsse selbst überlassen bleiben, wie er bezahle“ indirect a",
				"QUOTE „Der Kampf gegen Geldwäsche sei nichts weiter als eine Finte“ indirect a"}},
		{"counter-example: an ellipsis inside the quote stays (constructed)",
			"Strache sagte, jedem Bürger müsse ... überlassen bleiben, wie er bezahle.", []string{
				"SOURCE „Strache“ a", "CUE „sagte“ sagen a", "QUOTE „jedem Bürger müsse ... überlassen bleiben, wie er bezahle“ indirect a"}},
		// the mode changes at a colon inside a Konjunktiv continuation: a new, direct QUOTE starts (§1.4.5)
		{"a Konjunktiv I continuation, a colon, the speaker's indicative words (speech-news n106)",
			"Man solle als junger Dirigent gut vorbereitet sein, sagte Dudamel. Es gelte, das Spezielle eines Orchesters zu respektieren: Man ist als Dirigent eine Art Brücke zwischen Komponist und Orchester.", []string{
				"QUOTE „Man solle als junger Dirigent gut vorbereitet sein“ indirect a", "CUE „sagte“ sagen a", "SOURCE „Dudamel“ a",
				"QUOTE „Es gelte, das Spezielle eines Orchesters zu respektieren“ indirect a", "QUOTE „Man ist als Dirigent eine Art Brücke zwischen Komponist und Orchester“ direct a"}},
		{"counter-example: a colon after a subordinator stays inside one sentence (gold/dev d001)",
			"Der Minister sagte, eine Neuwahl komme nicht infrage. Dazu komme, dass viele Hoffnung setzten, weil: Fast alle sind sich einig.", []string{
				"SOURCE „Der Minister“ a", "CUE „sagte“ sagen a", "QUOTE „eine Neuwahl komme nicht infrage“ indirect a",
				"QUOTE „Dazu komme, dass viele Hoffnung setzten, weil: Fast alle sind sich einig“ indirect a"}},
		{"counter-example: the writer on the speaker after the colon (gold/dev d001)",
			"Der Minister sagte, eine Neuwahl komme nicht infrage. Dann könne er ruhig schlafen: In diesem Fall wird er Chef bleiben.", []string{
				"SOURCE „Der Minister“ a", "CUE „sagte“ sagen a", "QUOTE „eine Neuwahl komme nicht infrage“ indirect a",
				"QUOTE „Dann könne er ruhig schlafen: In diesem Fall wird er Chef bleiben“ indirect a"}},
		// the speaker's own first-person report right after their unmarked words is inside their QUOTE (§1.4.6)
		{"Ich hoffe, dass … after a named speaker's words (gold/dev d009)",
			"Kein Standort soll auf der Strecke bleiben, sagt Gewerkschaftsschef Wolfgang Katzian. Ich hoffe, dass da heute eine gute Lösung herauskommt.", []string{
				"QUOTE „Kein Standort soll auf der Strecke bleiben“ direct a", "CUE „sagt“ sagen a", "SOURCE „Gewerkschaftsschef Wolfgang Katzian“ a",
				"SOURCE „Ich“ b", "QUOTE „Ich hoffe, dass da heute eine gute Lösung herauskommt“ direct a", "CUE „hoffe“ hoffen b"}},
		{"a verb cluster closing a clause after a comma is no verb second (speech-news n135)",
			"Auf Nachfrage des Standard, ob es, wenn die Agenda nicht unterschrieben ist, kein Geld mehr geben würde, sagte Kurz klar: So ist es!", []string{
				"CUE „sagte“ sagen a", "SOURCE „Kurz“ a", "QUOTE „So ist es“ direct a"}},
		{"counter-example: the writer's first person after a report without a speaker stays apart (constructed)",
			"Kein Standort soll auf der Strecke bleiben, heißt es. Ich hoffe, dass da heute eine gute Lösung herauskommt.", []string{
				"QUOTE „Kein Standort soll auf der Strecke bleiben“ direct a", "CUE „heißt es“ heißen a",
				"SOURCE „Ich“ b", "CUE „hoffe“ hoffen b", "QUOTE „dass da heute eine gute Lösung herauskommt“ indirect b"}},
		// a demonstrative „das“ before the verb after a comma resumes the clause before it: an inverted frame
		{"…, das hat er bereits bekräftigt (speech-news n215)",
			"Hopfner wird ihm nicht im Wege stehen, das hat er bereits bekräftigt.", []string{
				"QUOTE „Hopfner wird ihm nicht im Wege stehen“ indirect a" /* the gold and §1.4.5: SOURCE „er“, the quote speaks of „ihm“ (thirteenth round) */, "SOURCE „er“ a", "CUE „bekräftigt“ bekräftigen a"}},
		{"…, das teilte X mit after a fronted phrase with seit (Wikinews train wn29022)",
			"Seit dem 19. Juni ist die Hauptkamera des Hubble-Weltraumteleskops ausgefallen, das teilte das „Space Telescope Science Institute“ (STSI) mit.", []string{
				"QUOTE „Seit dem 19. Juni ist die Hauptkamera des Hubble-Weltraumteleskops ausgefallen“ direct a", "CUE „teilte“ mitteilen a", "SOURCE „das „Space Telescope Science Institute“ (STSI)“ a"}},
		{"counter-example: a relative das with its verb right after it and no subject (constructed)",
			"Es gibt ein Papier, das besagt, dass die Preise steigen.", []string{
				"SOURCE „das“ a", "CUE „besagt“ besagen a", "QUOTE „dass die Preise steigen“ indirect a"}},
		{"seit before a noun without article opens a phrase, not a clause (speech-news n232)",
			"Seit Jahresbeginn seien insgesamt 150.000 Flüchtlinge über die Balkanroute in die EU gelangt, führte Tusk aus.", []string{
				"QUOTE „Seit Jahresbeginn seien insgesamt 150.000 Flüchtlinge über die Balkanroute in die EU gelangt“ indirect a", "CUE „führte“ ausführen a", "SOURCE „Tusk“ a"}},
		{"counter-example: seit before a pronoun opens a clause (constructed)",
			"Seit er im Amt ist, betonte der Minister, dass es Fortschritte gebe.", []string{
				"CUE „betonte“ betonen a", "SOURCE „der Minister“ a", "QUOTE „dass es Fortschritte gebe“ indirect a"}},
		// the host clause of a cue phrase ends at the comma before another report's inverted frame, whose QUOTE it is (§1.4.2, §1.4.6)
		{"nach eigenen Angaben inside a clause framed by „sagte er“ (speech-news n207)",
			"So konnte er nach eigenen Angaben auf das Mikrophon der Puppe zugreifen, sagte er NBC.", []string{
				"QUOTE „So konnte er nach eigenen Angaben auf das Mikrophon der Puppe zugreifen“ indirect a" /* SOURCE „er“, the quote speaks of „er“ (thirteenth round) */, "SOURCE „er“ b", "CUE „nach eigenen Angaben“ nach Angaben b",
				"CUE „sagte“ sagen a", "SOURCE „er“ a"}},
		{"counter-example: without a frame the host clause is the phrase's QUOTE (constructed)",
			"So konnte er nach eigenen Angaben auf das Mikrophon der Puppe zugreifen.", []string{
				"QUOTE „So konnte er nach eigenen Angaben auf das Mikrophon der Puppe zugreifen“ indirect a", "SOURCE „er“ a", "CUE „nach eigenen Angaben“ nach Angaben a"}},
		// a second main clause after a comma ends the host clause of laut; in Konjunktiv I it is a second QUOTE
		{"laut host clause, then a Konjunktiv I main clause (speech-news n165)",
			"Die Flüchtlinge bleiben laut Köchl trotz der Unterbringung in der Slowakei im österreichischen System, der Asylantrag laufe in Österreich weiter.", []string{
				"QUOTE „Die Flüchtlinge bleiben laut Köchl trotz der Unterbringung in der Slowakei im österreichischen System“ indirect a", "CUE „laut“ laut a", "SOURCE „Köchl“ a",
				"QUOTE „der Asylantrag laufe in Österreich weiter“ indirect a"}},
		{"laut host clause, then the writer's indicative main clause (speech-news n099)",
			"Mehr als 200.000 Flüchtlinge leben laut dem UNHCR in Uganda, die große Mehrheit kommt aus dem Kongo.", []string{
				"QUOTE „Mehr als 200.000 Flüchtlinge leben laut dem UNHCR in Uganda“ indirect a", "CUE „laut“ laut a", "SOURCE „dem UNHCR“ a"}},
		{"counter-example: demnach covers both main clauses (speech-news n118)",
			"Der Minister sagte, es gebe Geld. Fließen sollen die Mittel demnach in Etappen, die Auszahlung soll bis Ende 2016 abgeschlossen sein.", []string{
				"SOURCE „Der Minister“ a", "CUE „sagte“ sagen a", "QUOTE „es gebe Geld“ indirect a",
				"QUOTE „Fließen sollen die Mittel demnach in Etappen, die Auszahlung soll bis Ende 2016 abgeschlossen sein“ indirect a", "CUE „demnach“ demnach a"}},
		{"an inverted frame's Konjunktiv clause, a dash, the speaker's first-person words (speech-news n234)",
			"Wenn es zu einer Lösung kommen sollte, dann müsse diese nachhaltig ausfallen – Husch-Pfusch ist das Letzte, was wir brauchen, sagte Wolf.", []string{
				"QUOTE „Wenn es zu einer Lösung kommen sollte, dann müsse diese nachhaltig ausfallen“ indirect a", "QUOTE „Husch-Pfusch ist das Letzte, was wir brauchen“ direct a",
				"CUE „sagte“ sagen a", "SOURCE „Wolf“ a"}},
		{"counter-example: a dash before third-person words is an aside of the reported clause (constructed)",
			"Die Lösung müsse nachhaltig ausfallen – das Gesetz ist alt, sagte Wolf.", []string{
				"QUOTE „Die Lösung müsse nachhaltig ausfallen – das Gesetz ist alt“ indirect a", "CUE „sagte“ sagen a", "SOURCE „Wolf“ a"}},
		{"the second part of a so-frame ends at the colon where the mode changes (speech-news n208)",
			"Immerhin, so der Sozialarbeiter, sei der Sudanese seit fünf Jahren im Asylverfahren: Das sind fünf Jahre erzwungener Untätigkeit, sagte Spindler.", []string{
				"QUOTE „Immerhin“ indirect a", "CUE „so“ so a", "SOURCE „der Sozialarbeiter“ a", "QUOTE „sei der Sudanese seit fünf Jahren im Asylverfahren“ indirect a",
				"QUOTE „Das sind fünf Jahre erzwungener Untätigkeit“ direct b", "CUE „sagte“ sagen b", "SOURCE „Spindler“ b"}},
		// a first-person continuation starts after the writer's lead-in and colon
		{"lead-in without first person, colon, first-person words (speech-news n239)",
			"Der Drogenboss sagte, er sei reicher als alle. Eine Schreckensherrschaft präsentiert sich dem Zuschauer: Ich bin Pablo Emilio Escobar Gaviria.", []string{
				"SOURCE „Der Drogenboss“ a", "CUE „sagte“ sagen a", "QUOTE „er sei reicher als alle“ indirect a",
				"QUOTE „Ich bin Pablo Emilio Escobar Gaviria“ direct a"}},
		{"counter-example: first person before the colon keeps the whole sentence (constructed)",
			"Der Drogenboss sagte, er sei reicher als alle. Eines ist klar für mich: Ich bin Pablo Emilio Escobar Gaviria.", []string{
				"SOURCE „Der Drogenboss“ a", "CUE „sagte“ sagen a", "QUOTE „er sei reicher als alle“ indirect a",
				"QUOTE „Eines ist klar für mich: Ich bin Pablo Emilio Escobar Gaviria“ direct a"}},
		{"a first-person sentence with a cue word that built no report before unmarked direct words (speech-news n126)",
			"Wir können uns nicht beklagen, dass wir nur einen Punkt geholt haben. Es war kein gutes Spiel von uns, sagte der Trainer.", []string{
				"QUOTE „Wir können uns nicht beklagen, dass wir nur einen Punkt geholt haben. Es war kein gutes Spiel von uns“ direct a", "CUE „sagte“ sagen a", "SOURCE „der Trainer“ a"}},
		// a noun phrase before an inverted cue with a pronoun subject is the first part of an interrupted quote
		{"interrupted unmarked quote with a noun phrase first (speech-news n205)",
			"Die Zukunft von Apple, sagt er, liegt in Diversität.", []string{
				"QUOTE „Die Zukunft von Apple“ direct a", "CUE „sagt“ sagen a", "SOURCE „er“ a", "QUOTE „liegt in Diversität“ direct a"}},
		{"a verbless answer before an inverted cue (speech-news n239)",
			"Ungefähr fünf Kilo, Schatz, sagt sie zufrieden und gibt ihrem Sohn einen Kuss.", []string{
				"QUOTE „Ungefähr fünf Kilo, Schatz“ direct a", "CUE „sagt“ sagen a", "SOURCE „sie“ a"}},
		{"counter-example: an object noun phrase before the cue and its content after it (Wikinews train wn56998)",
			"Die Thaksin-Anhänger, die sich anschickten, an der Kundgebung teilzunehmen, warnte er, die Organisatoren verfolgten ihre eigenen Ziele.", []string{
				"CUE „warnte“ warnen a", "SOURCE „er“ a", "QUOTE „die Organisatoren verfolgten ihre eigenen Ziele“ direct a"}},
		{"counter-example: the subject with an apposition before the cue (constructed, the eleventh round's case)",
			"Andres Granier, der Gouverneur von Tabasco, sagte, es gebe Tote.", []string{
				"SOURCE „Andres Granier“ a", "CUE „sagte“ sagen a", "QUOTE „es gebe Tote“ indirect a"}},
		// a headline without a final mark runs into the sentence: a capitalised article after a word starts it
		{"a headline before laut's host clause (speech-news n242)",
			"Trinkgeld für Musiker Die Gelder aus dem Sonderfonds mussten laut den damals geltenden Bestimmungen nicht belegt werden.", []string{
				"QUOTE „Die Gelder aus dem Sonderfonds mussten laut den damals geltenden Bestimmungen nicht belegt werden“ indirect a", "CUE „laut“ laut a", "SOURCE „den damals geltenden Bestimmungen“ a"}},
		{"counter-example: the polite possessive after a word (Wikinews train wn33446 shape)",
			"Die Vorschläge sind Ihrer Meinung nach verfassungswidrig.", []string{
				"QUOTE „Die Vorschläge sind Ihrer Meinung nach verfassungswidrig“ indirect a", "SOURCE „Ihrer“ a", "CUE „Ihrer Meinung nach“ nach Meinung a"}},
	})
}
