package speech

import (
	"slices"
	"testing"
)

// TestFrames checks each construction of the speech layer on sentences
// from corpus/, gold/GUIDELINES.md and Wikinews train (some shortened).
// Every line is "LABEL „text“ lemma-or-mode attribution"; attributions are
// named a, b, … in order of appearance. The whole list must match.
func TestFrames(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"vorfeld dass", "US-Verteidigungsminister Lloyd Austin erklärte am Mittwoch, dass die genaue Rolle der Truppen noch unklar sei.", []string{
			"SOURCE „US-Verteidigungsminister Lloyd Austin“ a", "CUE „erklärte“ erklären a",
			"QUOTE „dass die genaue Rolle der Truppen noch unklar sei“ indirect a"}},
		{"subject after the verb, V2 Konjunktiv", "Jedoch erklärte Russlands Präsident Wladimir Putin beim Treffen der Brics-Staaten, man stehe in Kontakt mit Nordkorea.", []string{
			"CUE „erklärte“ erklären a", "SOURCE „Russlands Präsident Wladimir Putin“ a",
			"QUOTE „man stehe in Kontakt mit Nordkorea“ indirect a"}},
		{"inverted with marks", "„Fragen Sie in Pjöngjang nach“, erklärte die Sprecherin des russischen Außenministeriums.", []string{
			"QUOTE „Fragen Sie in Pjöngjang nach“ direct a", "CUE „erklärte“ erklären a",
			"SOURCE „die Sprecherin des russischen Außenministeriums“ a"}},
		{"inverted, marks lost", "Wir haben unser Ziel nicht erreicht, sagte Herrera.", []string{
			"QUOTE „Wir haben unser Ziel nicht erreicht“ direct a", "CUE „sagte“ sagen a", "SOURCE „Herrera“ a"}},
		{"separable, inverted", "Die Menge habe am Freitag fünf Männer angegriffen, teilte die Polizei mit.", []string{
			"QUOTE „Die Menge habe am Freitag fünf Männer angegriffen“ indirect a", "CUE „teilte“ mitteilen a", "SOURCE „die Polizei“ a"}},
		{"separable, speaker after an inserted day (d010)", "Das teilte heute, Freitag, die Bundeswettbewerbsbehörde (BWB) auf ihrer Homepage mit.", []string{
			"CUE „teilte“ mitteilen a", "SOURCE „die Bundeswettbewerbsbehörde (BWB)“ a"}},
		{"web site as the speaker (004_3a91d4dbb190197a)", "Wie tagesschau.de am Donnerstag berichtete, sei die Reaktion gleich null.", []string{
			"SOURCE „tagesschau.de“ a", "CUE „berichtete“ berichten a", "QUOTE „sei die Reaktion gleich null“ indirect a"}},
		{"nach eigenen Angaben after a quantity (d004)", "Zwei Millionen Euro hat die FPÖ nach eigenen Angaben bereits investiert.", []string{
			"QUOTE „Zwei Millionen Euro hat die FPÖ nach eigenen Angaben bereits investiert“ indirect a",
			"SOURCE „die FPÖ“ a", "CUE „nach eigenen Angaben“ nach Angaben a"}},
		{"comma between adjectives opens no Vorfeld (d015)", "Durch zellbiologische, molekulare und ökologische Methoden zeigten Gerald Schneeweiß und Kollegen nun, dass das Greiskraut vier Gruppen umfasst.", []string{
			"CUE „zeigten“ zeigen a", "SOURCE „Gerald Schneeweiß und Kollegen“ a",
			"QUOTE „dass das Greiskraut vier Gruppen umfasst“ indirect a"}},
		{"separable bekanntgeben", "Sie gab bekannt, dass sie zurücktrete.", []string{
			"SOURCE „Sie“ a", "CUE „gab“ bekanntgeben a", "QUOTE „dass sie zurücktrete“ indirect a"}},
		{"geben without particle is no cue", "Er gab das Buch zurück.", nil},
		{"continuing relative was after a passive cue is no content (Wikinews dev wn11969)", "Diese Stoffe wurden auch in der Luft festgestellt, was ein Hinweis darauf ist, dass sie noch in Gebrauch sind.", nil},
		{"continuing relative was after the cue's object is no content (Wikinews train wn51747)", "Darüber hinaus kritisierte er insbesondere die Rolle von Ulla Jelpke in der Debatte, was eine Reaktion der Linken zur Folge hat.", []string{
			"CUE „kritisierte“ kritisieren a", "SOURCE „er“ a"}},
		{"was right after the cue is an indirect question (counter-example, Wikinews dev wn75792)", "Es sei schwierig, Informationen zu bestätigen, was genau passiert ist.", []string{
			"CUE „bestätigen“ bestätigen a", "QUOTE „was genau passiert ist“ indirect a"}},
		{"generic man names no speaker (Wikinews dev wn75792)", "Aber man betont auch, dass China sich einer wachsenden Gefahr gegenüber sehe.", []string{
			"CUE „betont“ betonen a", "QUOTE „dass China sich einer wachsenden Gefahr gegenüber sehe“ indirect a"}},
		{"man with a place names who speaks (counter-example, d003)", "Was den Fall betrifft, betonte man im Büro der Stadträtin, dass die Behörde geprüft habe.", []string{
			"CUE „betonte“ betonen a", "SOURCE „man im Büro der Stadträtin“ a", "QUOTE „dass die Behörde geprüft habe“ indirect a"}},
		{"the reader addressed with Sie is no speaker (n031)", "Die Liste sämtlicher Bezirke finden Sie hier: Deutlich höhere Abbrecherquoten gibt es bei Zuwanderern.", nil},
		// (a verb that is no belief verb: a belief verb takes no indicative
		// words after a colon since the thirteenth round)
		{"sie after the verb is a speaker (counter-example)", "Die Lage schildern sie dramatisch: Deutlich höhere Abbrecherquoten gibt es bei Zuwanderern.", []string{
			"SOURCE „Die Lage“ a", "CUE „schildern“ schildern a", "QUOTE „Deutlich höhere Abbrecherquoten gibt es bei Zuwanderern“ direct a"}},
		{"erklären für + adjective declares, reports nothing (Wikinews dev wn17060)", "NATO-Generalsekretär Jaap de Hoop Scheffer erklärte daraufhin die Diskussion des Themas für beendet.", nil},
		{"für before a noun keeps erklären a cue (counter-example, Wikinews train wn49443)", "Ken Rice vom Institut für Astronomie in Edinburgh erklärte, die Entdeckung werfe ein neues Licht auf die Theorie.", []string{
			"SOURCE „Ken Rice vom Institut für Astronomie in Edinburgh“ a", "CUE „erklärte“ erklären a",
			"QUOTE „die Entdeckung werfe ein neues Licht auf die Theorie“ indirect a"}},
		{"sich krank melden is no report (Wikinews dev wn64973)", "Gegen 17 Uhr hatten sich dann viele Fluglotsen überraschend krank gemeldet.", nil},
		{"melden with a clause is a report (counter-example)", "Die Agentur meldete, dass viele Fluglotsen streikten.", []string{
			"SOURCE „Die Agentur“ a", "CUE „meldete“ melden a", "QUOTE „dass viele Fluglotsen streikten“ indirect a"}},
		{"passive relative clause: its subject is no speaker (n022)", "Doch 24 Stunden vor Beginn des Google-Events sickerten erste Details ins Netz, die anschließend bestätigt wurden: Google bringt mit dem Pixel C ein leistungsstarkes Tablet.", []string{
			"CUE „bestätigt“ bestätigen a", "QUOTE „Google bringt mit dem Pixel C ein leistungsstarkes Tablet“ indirect a"}},
		{"passive relative clause: the agent after von is the speaker", "Es sickerten Details durch, die später von Google bestätigt wurden: Das Tablet kommt im Dezember.", []string{
			"SOURCE „Google“ a", "CUE „bestätigt“ bestätigen a", "QUOTE „Das Tablet kommt im Dezember“ direct a"}},
		{"active relative clause: the pronoun is the speaker (counter-example)", "Es sprach die Ministerin, die anschließend bestätigte: Das Tablet kommt im Dezember.", []string{
			"SOURCE „die“ a", "CUE „bestätigte“ bestätigen a", "QUOTE „Das Tablet kommt im Dezember“ direct a"}},
		{"inverted passive: the subject after the modal is no speaker (Wikinews train wn12491)", "Erst wenn alle Wahlberechtigten die Möglichkeit einer Stimmabgabe gehabt haben, kann das amtliche Ergebnis veröffentlicht werden.", []string{
			// (the clause before is still taken as its quote: left open)
			"QUOTE „Erst wenn alle Wahlberechtigten die Möglichkeit einer Stimmabgabe gehabt haben“ direct a", "CUE „veröffentlicht“ veröffentlichen a"}},
		{"wie with a passive: the subject is no speaker (constructed after Wikinews train wn63385)", "Die Wahl sei gültig, wie der Senator unterrichtet wurde.", []string{
			"QUOTE „Die Wahl sei gültig“ indirect a", "CUE „unterrichtet“ unterrichten a"}},
		{"wie with a naming passive names a thing, no report (Wikinews train wn63385; twelfth round)", "„Uncle Ted“, wie der Senator genannt wurde, war bekannt für sein Geschick.", nil},
		{"wie with an active verb keeps its subject (counter-example)", "„Uncle Ted“, wie der Senator seinen Freund nannte, war bekannt für sein Geschick.", []string{
			"QUOTE „Uncle Ted“ direct a", "SOURCE „der Senator“ a", "CUE „nannte“ nennen a"}},
		{"passive: von after a noun in the Vorfeld is no agent (Wikinews train wn81009)", "Der Regierung der Türkei unter der Führung von Recep Tayyip Erdoğan wird vorgeworfen, oftmals Internetzugänge zu sperren.", []string{
			"CUE „vorgeworfen“ vorwerfen a", "QUOTE „oftmals Internetzugänge zu sperren“ indirect a"}},
		{"passive: the agent after the finite verb (Wikinews train wn38651, shortened)", "Das Massaker von Srebrenica wurde vom Internationalen Gerichtshof in Den Haag zum Völkermord erklärt.", []string{
			"SOURCE „Internationalen Gerichtshof“ a", "CUE „erklärt“ erklären a"}},
		{"passive in a verb-final clause: von after a noun is the agent (Wikinews dev wn52546)", "Ministerpräsident Samak Sundaravej, dessen Rücktritt von den Demonstranten gefordert wird, griff zu einer drastischen Maßnahme.", []string{
			"SOURCE „den Demonstranten“ a", "CUE „gefordert“ fordern a"}},
		{"relative clause after a preposition: the subject follows the pronoun (n001)", "Angesichts der Vielzahl an Exoplaneten ist eine Beobachtung wie die, von der nun das Max-Planck-Institut für Astronomie berichtet, nur folgerichtig.", []string{
			"SOURCE „das Max-Planck-Institut für Astronomie“ a", "CUE „berichtet“ berichten a"}},
		{"relative clause after a preposition: a pronoun subject (Wikinews train wn49443; „sie“ for its generic „man“, no report since the eleventh round)", "Der Planet umkreist den Stern HL Tau, bei dem sie davon ausgehen, dass er vor weniger als 100.000 Jahren entstanden ist.", []string{
			"SOURCE „sie“ a", "CUE „ausgehen“ ausgehen a", "QUOTE „dass er vor weniger als 100.000 Jahren entstanden ist“ indirect a"}},
		{"a preposition with an article and its noun opens no relative clause (counter-example)", "Die Partei tagte am Montag, nach der Sitzung des Vorstands berichtete Huber, dass alles gut sei.", []string{
			"CUE „berichtete“ berichten a", "SOURCE „Huber“ a", "QUOTE „dass alles gut sei“ indirect a"}},
		{"a Vorfeld in the accusative is no speaker (Wikinews train wn83346)", "Ihren Widersacher Jeremy Corbyn von der oppositionellen Labour Party forderte May auf, über einen Rücktritt nachzudenken.", []string{
			"CUE „forderte“ auffordern a", "SOURCE „May“ a", "QUOTE „über einen Rücktritt nachzudenken“ indirect a"}},
		{"attackieren with a noun phrase only is no cue (n006)", "Je größer die Testspinne selbst war, desto eher attackierte sie aber sämtliche virtuellen Konkurrenten.", nil},
		{"attackieren with a quote is a cue (counter-example)", "„Das ist ein Skandal“, attackierte der Oppositionsführer die Regierung.", []string{
			"QUOTE „Das ist ein Skandal“ direct a", "CUE „attackierte“ attackieren a", "SOURCE „der Oppositionsführer“ a"}},
		{"a temporal adverb between the verb and its subject (n025)", "Auf den Packungen wird künftig eine Schrift auf den Nikotin-Gehalt der E-Zigaretten hinweisen.", []string{
			"SOURCE „eine Schrift“ a", "CUE „hinweisen“ hinweisen a"}},
		{"wie with a name in marks (Wikinews train wn49024)", "Wie „heise online“ berichtet, sperrten chinesische Behörden den Internetzugang zu „YouTube“.", []string{
			"SOURCE „heise online“ a", "CUE „berichtet“ berichten a", "QUOTE „sperrten chinesische Behörden den Internetzugang zu „YouTube“ indirect a"}},
		{"wie with a name in marks after a noun (Wikinews train wn31223)", "Wie die britische Tageszeitung „The Guardian“ berichtete, sei auch der Befehl erteilt worden.", []string{
			"SOURCE „die britische Tageszeitung „The Guardian““ a", "CUE „berichtete“ berichten a", "QUOTE „sei auch der Befehl erteilt worden“ indirect a"}},
		{"a comparative wie inside the subject opens no wie-frame (counter-example)", "Medien wie „Der Spiegel“ berichteten, dass die Regierung zurücktrete.", []string{
			"SOURCE „Medien“ a", "CUE „berichteten“ berichten a", "QUOTE „dass die Regierung zurücktrete“ indirect a"}},
		{"wie over an apposition and a place (Wikinews train wn38180)", "Wie der Bevollmächtigte der EU-Kommission, Gerald Braun, in Luxemburg mitteilte, sieht Wiedeking in dem Gesetz eine Benachteiligung.", []string{
			"SOURCE „der Bevollmächtigte der EU-Kommission, Gerald Braun“ a", "CUE „mitteilte“ mitteilen a", "QUOTE „sieht Wiedeking in dem Gesetz eine Benachteiligung“ indirect a"}},
		{"lower-case das after a comma is the content, not the speaker (Wikinews train wn29022; twelfth round: the clause it resumes is the QUOTE)", "Die Hauptkamera ist ausgefallen, das teilte das „Space Telescope Science Institute“ (STSI) mit.", []string{
			"QUOTE „Die Hauptkamera ist ausgefallen“ direct a", "CUE „teilte“ mitteilen a", "SOURCE „das „Space Telescope Science Institute“ (STSI)“ a"}},
		{"the subject after an insertion between dashes (Wikinews train wn21224)", "Dies gab heute – nach eingehenden Untersuchungen der Berliner Baustofftechnologen – Professor Bernd Hillemeier bekannt.", []string{
			"CUE „gab“ bekanntgeben a", "SOURCE „Professor Bernd Hillemeier“ a"}},
		{"a subject before the dashes stays (counter-example)", "Dies gab der Minister – nach eingehenden Untersuchungen der Behörde – am Montag bekannt.", []string{
			"CUE „gab“ bekanntgeben a", "SOURCE „der Minister“ a"}},
		{"active zitieren: who quotes and who is quoted are both sources (n027, shortened)", "Die Nachrichtenagentur TASR zitierte Fico mit den Worten: „Der Islam hat keinen Platz in der Slowakei.“", []string{
			"SOURCE „Die Nachrichtenagentur TASR“ a", "CUE „zitierte“ zitieren a", "SOURCE „Fico“ a", "QUOTE „Der Islam hat keinen Platz in der Slowakei“ direct a"}},
		{"active zitieren from a document: no second source (counter-example)", "Die Zeitung zitierte am Montag aus dem Bericht: „Die Lage ist ernst.“", []string{
			"SOURCE „Die Zeitung“ a", "CUE „zitierte“ zitieren a", "QUOTE „Die Lage ist ernst“ direct a"}},
		{"a demonstrative pronoun subject is a pro-form SOURCE (Wikinews train wn40724)", "Dieser behaupte, Spector sei ihm in der Tatnacht mit einer Pistole in der Hand erschienen.", []string{
			"SOURCE „Dieser“ a", "CUE „behaupte“ behaupten a", "QUOTE „Spector sei ihm in der Tatnacht mit einer Pistole in der Hand erschienen“ indirect a"}},
		{"neuter Das alone before the verb is content, not a speaker (counter-example)", "Das bestätigte der Sprecher der Polizei.", []string{
			"CUE „bestätigte“ bestätigen a", "SOURCE „der Sprecher der Polizei“ a"}},
		{"coordinated verbs: the first verb's clause is no speaker (Wikinews train wn57933, shortened)", "Auch der frühere Präsident Irans, Mohammad Chātamī, unterstützte den Protest und sagte, die Wahl sei ungerecht.", []string{
			"SOURCE „der frühere Präsident Irans, Mohammad Chātamī“ a", "CUE „sagte“ sagen a", "QUOTE „die Wahl sei ungerecht“ indirect a"}},
		{"coordinated verbs: the subject after the first verb (Wikinews train wn70935, shortened)", "„Gar nicht mehr so privat und sicher?“ schrieben die Hacker und kündigten an, weitere Aktionen folgen zu lassen.", []string{
			// (thirteenth round: „an“ closes the second verb, so „schrieben“ is the cue of the quote, as in the gold)
			"QUOTE „Gar nicht mehr so privat und sicher“ direct a", "CUE „schrieben“ schreiben a",
			"SOURCE „die Hacker“ a", "CUE „kündigten“ ankündigen a", "QUOTE „weitere Aktionen folgen zu lassen“ indirect a"}},
		{"coordinated verbs after a comma: no object as speaker (Wikinews train wn80211, shortened)", "Mair plädierte auf nicht schuldig, legte aber keine Gegenbeweise vor und sagte, er sei unschuldig.", []string{
			"SOURCE „Mair“ a", "CUE „plädierte“ plädieren a", "CUE „sagte“ sagen b", "QUOTE „er sei unschuldig“ indirect b"}},
		{"modal passive: the subject is what is told, not the teller (n020; no report at all since the eleventh round, as the gold has it)", "Die eigenen Leistungen können via Social Media der Welt mitgeteilt werden.", nil},
		{"modal with an active infinitive keeps its subject (counter-example)", "Die Forscher können der Welt nun mitteilen, dass der Stern zwei Planeten hat.", []string{
			"SOURCE „Die Forscher“ a", "CUE „mitteilen“ mitteilen a", "QUOTE „dass der Stern zwei Planeten hat“ indirect a"}},
		{"relative nach denen after a report (Wikinews train wn30019)", "Es gibt auch Gerüchte, nach denen Barrett an Krebs litt.", []string{
			"SOURCE „Gerüchte“ a", "CUE „nach“ nach a", "QUOTE „denen Barrett an Krebs litt“ indirect a"}},
		{"relative nach denen after no report is no cue (Wikinews dev wn77331)", "Die Demonstranten sprachen von internationalen Standards, nach denen die Wahlen abgehalten werden sollten.", []string{
			"SOURCE „Die Demonstranten“ a", "CUE „sprachen“ sprechen a"}},
		{"quotative so between dashes (Wikinews train wn55265)", "Zwar sei es ein wichtiger Schritt – so Canny –, trotzdem sei das Unternehmen auf der Suche nach neuen Investoren.", []string{
			"QUOTE „Zwar sei es ein wichtiger Schritt – so Canny –, trotzdem sei das Unternehmen auf der Suche nach neuen Investoren“ indirect a",
			"CUE „so“ so a", "SOURCE „Canny“ a"}},
		{"quotative so before an inverted cue (Wikinews train wn72118)", "„Ich trete an als ein konservativer Republikaner“, so urteilte Romney in Arbutus.", []string{
			"QUOTE „Ich trete an als ein konservativer Republikaner“ direct a", "CUE „urteilte“ urteilen a", "SOURCE „Romney“ a"}},
		{"so before a passive is no inverted frame (Wikinews dev wn77331)", "Es sei, so wird gesagt, eine Illusion zu glauben, dass alle folgen würden.", []string{
			"CUE „gesagt“ sagen a", "QUOTE „eine Illusion zu glauben, dass alle folgen würden“ indirect a", "CUE „glauben“ glauben b"}},
		{"multi-word zu dem Ergebnis kommen (Wikinews train wn19835)", "Die Experten kamen zu dem Ergebnis, dass es keinerlei Beweise dafür gäbe.", []string{
			"SOURCE „Die Experten“ a", "CUE „kamen“ zu dem Ergebnis kommen a", "QUOTE „dass es keinerlei Beweise dafür gäbe“ indirect a"}},
		{"passive nachsagen (Wikinews train wn22886)", "Dem Orden wird nachgesagt, Terroristen nahe zu stehen.", []string{
			"CUE „nachgesagt“ nachsagen a", "QUOTE „Terroristen nahe zu stehen“ indirect a"}},
		{"hervorgehen with a dass-clause: the document behind aus is the source", "Aus dem Bericht geht hervor, dass die Zahl gestiegen ist.", []string{
			"SOURCE „dem Bericht“ a", "CUE „geht“ hervorgehen a", "QUOTE „dass die Zahl gestiegen ist“ indirect a"}},
		{"besagen with a text as subject (Wikinews train wn25147); the demonstrative is a pro-form SOURCE", "Diese besagt, dass der neue Eigentümer seinen Anteil sofort abgibt.", []string{
			"SOURCE „Diese“ a", "CUE „besagt“ besagen a", "QUOTE „dass der neue Eigentümer seinen Anteil sofort abgibt“ indirect a"}},
		{"seat of an organisation (003_987abc8aba56cad3)", "„Das ist eine Provokation“, erklärte am Mittwoch das Auswärtige Amt in Berlin.", []string{
			"QUOTE „Das ist eine Provokation“ direct a", "CUE „erklärte“ erklären a", "SOURCE „das Auswärtige Amt in Berlin“ a"}},
		{"a place after a person is where it was said", "Das sei falsch, sagte Merkel in Berlin.", []string{
			"QUOTE „Das sei falsch“ indirect a", "CUE „sagte“ sagen a", "SOURCE „Merkel“ a"}},
		{"lower-case abbreviation of an agency (004_3a91d4dbb190197a)", "Die Soldaten seien in Kursk stationiert, wie die Deutsche Presse-Agentur (dpa) meldete.", []string{
			"QUOTE „Die Soldaten seien in Kursk stationiert“ indirect a", "SOURCE „die Deutsche Presse-Agentur (dpa)“ a", "CUE „meldete“ melden a"}},
		{"adverb in the Vorfeld, speaker after the auxiliary (Wikinews train wn7546)", "Unterdessen haben einige Abgeordnete angekündigt, sie würden nicht zustimmen.", []string{
			"SOURCE „einige Abgeordnete“ a", "CUE „angekündigt“ ankündigen a", "QUOTE „sie würden nicht zustimmen“ indirect a"}},
		{"identifying PP with a year (GUIDELINES §1.3, d018)", "Das war ein Fehler, meinte der französische Weltmeister von 1998.", []string{
			"QUOTE „Das war ein Fehler“ direct a", "CUE „meinte“ meinen a", "SOURCE „der französische Weltmeister von 1998“ a"}},
		{"a postposition closes the Vorfeld (d011)", "Insidern zufolge fordern die Gläubiger aber, dass Griechenland noch mehr Reformen beschließt.", []string{
			"SOURCE „Insidern“ a", "CUE „zufolge“ zufolge a", "CUE „fordern“ fordern b",
			"QUOTE „fordern die Gläubiger aber, dass Griechenland noch mehr Reformen beschließt“ indirect a",
			"SOURCE „die Gläubiger“ b"}},
		{"apposition after a clause-final comma (001_8dba789083dfecfe)", "„Fragen Sie in Pjöngjang nach“, erklärte die Sprecherin des russischen Außenministeriums, Maria Sacharowa.", []string{
			"QUOTE „Fragen Sie in Pjöngjang nach“ direct a", "CUE „erklärte“ erklären a",
			"SOURCE „die Sprecherin des russischen Außenministeriums, Maria Sacharowa“ a"}},
		{"coordinated speakers (004_3a91d4dbb190197a)", "Die USA und Südkorea forderten, dass Nordkorea seine Truppen abziehe.", []string{
			"SOURCE „Die USA und Südkorea“ a", "CUE „forderten“ fordern a",
			"QUOTE „dass Nordkorea seine Truppen abziehe“ indirect a"}},
		{"name particle (d005)", "Der UN-Sondergesandte Staffan de Mistura sagte, die Gespräche seien gescheitert.", []string{
			"SOURCE „Der UN-Sondergesandte Staffan de Mistura“ a", "CUE „sagte“ sagen a",
			"QUOTE „die Gespräche seien gescheitert“ indirect a"}},
		{"genitive name before its noun, appositive title + name (d002)", "Das sei falsch, sagte Mitterlehners früherer Chef, Wirtschaftskammerpräsident Christoph Leitl, im Gespräch.", []string{
			"QUOTE „Das sei falsch“ indirect a", "CUE „sagte“ sagen a",
			"SOURCE „Mitterlehners früherer Chef, Wirtschaftskammerpräsident Christoph Leitl“ a"}},
		{"dative newspaper after a name (d011)", "Das Programm müsse der Wirtschaft nutzen, sagte Coeure der französischen Zeitung Le Monde.", []string{
			"QUOTE „Das Programm müsse der Wirtschaft nutzen“ indirect a", "CUE „sagte“ sagen a", "SOURCE „Coeure“ a"}},
		{"listed non-speaker in the Vorfeld (d003)", "Konkret hatten die Freiheitlichen von 82 verschwundenen Wahlkarten gesprochen.", []string{
			"SOURCE „die Freiheitlichen“ a", "CUE „gesprochen“ sprechen a"}},
		{"perfect: the participle", "Südkoreas Geheimdienst hatte am Freitag mitgeteilt, dass 1.500 Soldaten nach Russland verlegt worden seien.", []string{
			"SOURCE „Südkoreas Geheimdienst“ a", "CUE „mitgeteilt“ mitteilen a",
			"QUOTE „dass 1.500 Soldaten nach Russland verlegt worden seien“ indirect a"}},
		{"multi-word cue", "Wir sind Teil der Lösung, nicht Teil des Problems, ließ er den ÖVP-Chef wissen.", []string{
			"QUOTE „Wir sind Teil der Lösung, nicht Teil des Problems“ direct a", "CUE „ließ“ wissen lassen a", "SOURCE „er“ a"}},
		{"halten für with a content clause", "UN-Diplomaten halten es für möglich, dass die Truppen logistische Aufgaben übernehmen.", []string{
			"SOURCE „UN-Diplomaten“ a", "CUE „halten“ halten a",
			"QUOTE „dass die Truppen logistische Aufgaben übernehmen“ indirect a"}},
		{"halten für without a clause is no cue", "Er hält Kurz für den größten Verbündeten.", nil},
		{"apposition in brackets before the cue", "Patrick Kamanda von der Nationalen Umweltbehörde (NEMA) sagte, die Besorgnis resultiere aus der Tatsache.", []string{
			"SOURCE „Patrick Kamanda von der Nationalen Umweltbehörde (NEMA)“ a", "CUE „sagte“ sagen a",
			"QUOTE „die Besorgnis resultiere aus der Tatsache“ indirect a"}},
		{"laut", "Laut US-Regierung wurden die nordkoreanischen Soldaten per Schiff nach Russland verlegt.", []string{
			"CUE „Laut“ laut a", "SOURCE „US-Regierung“ a",
			"QUOTE „wurden die nordkoreanischen Soldaten per Schiff nach Russland verlegt“ indirect a"}},
		{"zufolge", "Berichten zufolge halten sich Tausende nordkoreanische Soldaten derzeit in Russland auf.", []string{
			"SOURCE „Berichten“ a", "CUE „zufolge“ zufolge a",
			"QUOTE „halten sich Tausende nordkoreanische Soldaten derzeit in Russland auf“ indirect a"}},
		{"nach Angaben", "Nach Angaben der Polizei wurden drei Menschen verletzt.", []string{
			"CUE „Nach Angaben“ nach Angaben a", "SOURCE „der Polizei“ a", "QUOTE „wurden drei Menschen verletzt“ indirect a"}},
		{"nach + compound", "Die Enthüllungen hatten die nach Polizeiangaben größten Proteste ausgelöst.", []string{
			"QUOTE „Die Enthüllungen hatten die nach Polizeiangaben größten Proteste ausgelöst“ indirect a",
			"CUE „nach Polizeiangaben“ nach Angaben a", "SOURCE „Polizeiangaben“ a"}},
		{"nach + genitive name", "Die Beziehungen sind nach Andrejews Worten auf dem schlechtesten Stand seit 1945.", []string{
			"QUOTE „Die Beziehungen sind nach Andrejews Worten auf dem schlechtesten Stand seit 1945“ indirect a",
			"CUE „nach Andrejews Worten“ nach Worten a", "SOURCE „Andrejews“ a"}},
		{"nach as postposition", "Auch die US-Regierung hat eigenen Angaben nach gesicherte Erkenntnisse dazu.", []string{
			"QUOTE „Auch die US-Regierung hat eigenen Angaben nach gesicherte Erkenntnisse dazu“ indirect a",
			"SOURCE „die US-Regierung“ a", "CUE „eigenen Angaben nach“ nach Angaben a"}},
		{"heißt es with a document in a participle attribute", "Es sei unentschuldbar, hieß es in einer am Donnerstag in New York verbreiteten Erklärung Bans.", []string{
			"QUOTE „Es sei unentschuldbar“ indirect a", "CUE „hieß es“ heißen a", "SOURCE „Bans“ a"}},
		{"subject after a prepositional phrase", "„Das ist unerträglich“, erklärte am Mittwoch das Auswärtige Amt.", []string{
			"QUOTE „Das ist unerträglich“ direct a", "CUE „erklärte“ erklären a", "SOURCE „das Auswärtige Amt“ a"}},
		{"nach a place is no cue", "Der Zug fuhr nach Berlin.", nil},
		{"quotative so", "„Nordkorea hat bereits enorme Mengen an Munition bereitgestellt“, so Stoltenberg.", []string{
			"QUOTE „Nordkorea hat bereits enorme Mengen an Munition bereitgestellt“ direct a", "CUE „so“ so a", "SOURCE „Stoltenberg“ a"}},
		{"so of degree is no cue", "Das ist so groß, dass niemand es sieht.", nil},
		{"heißt es after the quote", "Dort seien sie seit Mittwoch im Einsatz, heißt es.", []string{
			"QUOTE „Dort seien sie seit Mittwoch im Einsatz“ indirect a", "CUE „heißt es“ heißen a"}},
		{"hieß es with a document and its author", "In einer Erklärung der EU hieß es, der Einsatz sei eine Eskalation.", []string{
			"SOURCE „der EU“ a", "CUE „hieß es“ heißen a", "QUOTE „der Einsatz sei eine Eskalation“ indirect a"}},
		{"frame inside the reported clause", "Der Tod, heißt es, sei nicht das Ende.", []string{
			"QUOTE „Der Tod“ indirect a", "CUE „heißt es“ heißen a", "QUOTE „sei nicht das Ende“ indirect a"}},
		{"ist die Rede", "In dem Bericht ist die Rede von willkürlichem Beschuss und Folter.", []string{
			"SOURCE „dem Bericht“ a", "CUE „ist die Rede“ die Rede sein a"}},
		{"demnach continues the last report", "Südkoreas Geheimdienst hatte mitgeteilt, dass 1.500 Soldaten verlegt worden seien. Demnach absolvieren sie ein Training.", []string{
			"SOURCE „Südkoreas Geheimdienst“ a", "CUE „mitgeteilt“ mitteilen a", "QUOTE „dass 1.500 Soldaten verlegt worden seien“ indirect a",
			"CUE „Demnach“ demnach a", "QUOTE „absolvieren sie ein Training“ indirect a"}},
		{"wonach after a reporting noun", "Kein Verständnis hat er für die Mitterlehner-Aussage, wonach die Arbeitnehmer neue Schutzbestimmungen fordern würden.", []string{
			"SOURCE „die Mitterlehner-Aussage“ a", "CUE „wonach“ wonach a",
			"QUOTE „die Arbeitnehmer neue Schutzbestimmungen fordern würden“ indirect a", "CUE „fordern“ fordern b"}},
		{"wie-frame", "Wie die Polizei mitteilte, wurden drei Menschen verletzt.", []string{
			"SOURCE „die Polizei“ a", "CUE „mitteilte“ mitteilen a", "QUOTE „wurden drei Menschen verletzt“ indirect a"}},
		{"interrupted quote, one attribution", "„Das ist ein klares Handspiel“, sagte Andreasen, „ich bin normal ein fairer Spieler.“", []string{
			"QUOTE „Das ist ein klares Handspiel“ direct a", "CUE „sagte“ sagen a", "SOURCE „Andreasen“ a",
			"QUOTE „ich bin normal ein fairer Spieler“ direct a"}},
		{"mixed quotation ends with the quoted words", "Ein Einsatz wäre \"eine ernsthafte Eskalation\", sagte der Ex-Nato-Generalsekretär im Gespräch.", []string{
			"QUOTE „Ein Einsatz wäre \"eine ernsthafte Eskalation“ indirect a", "CUE „sagte“ sagen a", "SOURCE „der Ex-Nato-Generalsekretär“ a"}},
		{"colon and quote, pronoun source", "Er sagte: „Wir kommen wieder.“", []string{
			"SOURCE „Er“ a", "CUE „sagte“ sagen a", "QUOTE „Wir kommen wieder“ direct a"}},
		{"quote over two paragraphs", "Der Minister sagte: „Erstens gilt das.\n\n„Zweitens gilt jenes.“", []string{
			"SOURCE „Der Minister“ a", "CUE „sagte“ sagen a", "QUOTE „Erstens gilt das“ direct a", "QUOTE „Zweitens gilt jenes“ direct a"}},
		{"stray mark", "Der „Fall ist klar. Er sagte, dass er komme.", []string{
			"SOURCE „Er“ a", "CUE „sagte“ sagen a", "QUOTE „dass er komme“ indirect a"}},
		{"a name in marks is no quote", "Er sprach im Gespräch mit dem „Münchner Merkur“ über die Lage.", nil},
		{"colon frame", "Expertin: Die Lage ist ernst.", []string{"SOURCE „Expertin“ a", "QUOTE „Die Lage ist ernst“ direct a"}},
		{"colon after a non-speaker", "Begründung: Die Instanz habe nicht genau genug geprüft.", nil},
		{"Konjunktiv I continuation", "„Was wir tun, ist unsere Sache“, sagte Putin. Es sei Russlands Sache, wie die Partnerschaft umgesetzt werde.", []string{
			"QUOTE „Was wir tun, ist unsere Sache“ direct a", "CUE „sagte“ sagen a", "SOURCE „Putin“ a",
			"QUOTE „Es sei Russlands Sache, wie die Partnerschaft umgesetzt werde“ indirect a"}},
		{"noun-phrase content", "Die EU-Staaten warnten indessen Nordkorea vor einer direkten Beteiligung.", []string{
			"SOURCE „Die EU-Staaten“ a", "CUE „warnten“ warnen a"}},
		{"speaking without content is no cue", "Er sprach zwei Stunden.", nil},
		// second round (issue 11), constructions mined from Wikinews train
		{"apposition and particle between cue and content", "Jetzt gab der Leiter der Kriminaldienststelle, Andreas Huber, bekannt, dass sich das Handy eingeloggt hatte.", []string{
			"CUE „gab“ bekanntgeben a", "SOURCE „der Leiter der Kriminaldienststelle, Andreas Huber“ a",
			"QUOTE „dass sich das Handy eingeloggt hatte“ indirect a"}},
		{"name in marks in the speaker, V2 clause after a long subject", "Die „Süddeutsche Zeitung“ hatte berichtet, 200 feste und 300 freie Mitarbeiter sollen entlassen werden.", []string{
			"SOURCE „Die „Süddeutsche Zeitung““ a", "CUE „berichtet“ berichten a",
			"QUOTE „200 feste und 300 freie Mitarbeiter sollen entlassen werden“ direct a"}},
		{"zu-infinitive not at the clause end", "Merkel hat angekündigt, kurzfristig zurückzutreten als Chefin der CDU.", []string{
			"SOURCE „Merkel“ a", "CUE „angekündigt“ ankündigen a", "QUOTE „kurzfristig zurückzutreten als Chefin der CDU“ indirect a"}},
		{"V2 Konjunktiv after a fronted phrase with commas", "Die Ministerin erklärte, in den Ländern, in denen Gebühren erhoben würden, sei die Zahl gestiegen.", []string{
			"SOURCE „Die Ministerin“ a", "CUE „erklärte“ erklären a",
			"QUOTE „in den Ländern, in denen Gebühren erhoben würden, sei die Zahl gestiegen“ indirect a"}},
		{"adverb in the Vorfeld, speaker after the verb", "Sinngemäß hofft Musk also, dass der nächste Start bald erfolgt.", []string{
			"CUE „hofft“ hoffen a", "SOURCE „Musk“ a", "QUOTE „dass der nächste Start bald erfolgt“ indirect a"}},
		{"als-phrase in the Vorfeld", "Als Grund nannte die NASA, den Astronauten mehr Zeit zu geben.", []string{
			"CUE „nannte“ nennen a", "SOURCE „die NASA“ a"}},
		{"time phrase in the Vorfeld", "Wenige Stunden nach dem Putsch erklärte der Rat, die Lage sei unter Kontrolle.", []string{
			"CUE „erklärte“ erklären a", "SOURCE „der Rat“ a", "QUOTE „die Lage sei unter Kontrolle“ indirect a"}},
		{"pronoun before zufolge", "Ihnen zufolge hat Mussawi die Mehrheit erhalten.", []string{
			"SOURCE „Ihnen“ a", "CUE „zufolge“ zufolge a", "QUOTE „hat Mussawi die Mehrheit erhalten“ indirect a"}},
		{"name in marks before zufolge", "Zudem hob Sarkozy dem „Figaro“ zufolge die Rolle Englands hervor.", []string{
			"QUOTE „Zudem hob Sarkozy dem „Figaro“ zufolge die Rolle Englands hervor“ indirect a", "SOURCE „dem „Figaro““ a", "CUE „zufolge“ zufolge a"}},
		{"the speaker's words in marks after an article", "Scherf warnte die CDU vor einem „populistischen Wahlkampf“.", []string{
			"SOURCE „Scherf“ a", "CUE „warnte“ warnen a", "QUOTE „populistischen Wahlkampf“ direct a"}},
		{"separable verb written with a bar in the lexicon", "„Hier haben wir einen Gesteinskern“, fügte Brown hinzu.", []string{
			"QUOTE „Hier haben wir einen Gesteinskern“ direct a", "CUE „fügte“ hinzufügen a", "SOURCE „Brown“ a"}},
		{"weak verb the morph table lacks", "Der Minister insistierte, dass er recht habe.", []string{
			"SOURCE „Der Minister“ a", "CUE „insistierte“ insistieren a", "QUOTE „dass er recht habe“ indirect a"}},
		{"mixed quotation after a comma", "Die Stationierung sei eine Provokation, \"welche die Sicherheit bedroht\", fügte er hinzu.", []string{
			"QUOTE „Die Stationierung sei eine Provokation, \"welche die Sicherheit bedroht“ indirect a", "CUE „fügte“ hinzufügen a", "SOURCE „er“ a"}},
		{"second of two coordinated verbs", "Podolski war anwesend und sagte, er freue sich über den Wechsel.", []string{
			"SOURCE „Podolski“ a", "CUE „sagte“ sagen a", "QUOTE „er freue sich über den Wechsel“ indirect a"}},
		{"name in marks between verb and particle", "Das teilte das „Space Telescope Science Institute“ (STSI) mit.", []string{
			"CUE „teilte“ mitteilen a", "SOURCE „das „Space Telescope Science Institute“ (STSI)“ a"}},
		{"name in marks between verb and np-word", "Er sprach im Gespräch mit dem „Münchner Merkur“ von einem Erfolg.", []string{
			"SOURCE „Er“ a", "CUE „sprach“ sprechen a"}},
		{"a clause of another verb is no content", "Und ich denke das sind die Bemühungen, das wieder umzuschütteln.", nil},
		{"particle written apart before the verb", "Wie die Polizei bekannt gab, wurde niemand verletzt.", []string{
			"SOURCE „die Polizei“ a", "CUE „bekannt gab“ bekanntgeben a", "QUOTE „wurde niemand verletzt“ indirect a"}},
		{"particle of another verb", "In der Halle fand am Montag die Premiere statt, die Karten waren ausverkauft.", nil},
		{"participle with sein is a state", "Die Ursache ist noch nicht bekannt, die Ermittlungen laufen.", nil},
		{"aside in brackets", "Der Vorfall (Wikinews berichtete) sorgte für Aufsehen.", nil},
		{"negated with a modal is no cue", "Ob sich die Zahl verringert hat, konnte Katzian nicht bestätigen.", nil},
		{"generic man is no source", "Man darf davon ausgehen, dass es weitere Arten gibt, so der Forscher.", []string{
			"QUOTE „Man darf davon ausgehen, dass es weitere Arten gibt“ direct a", "CUE „so“ so a", "SOURCE „der Forscher“ a"}},
		// round 3
		{"marks only in the headline: the body lost its marks (d003)", "Blaue orten \"drastische Fehler\". Wien – Zehn Tage nach der Wahl liegt das Ergebnis vor. In der Stadtwahlbehörde haben sich drastische Fehler herausgestellt, so der designierte Wiener FPÖ-Klubchef Dominik Nepp.", []string{
			"QUOTE „In der Stadtwahlbehörde haben sich drastische Fehler herausgestellt“ direct a", "CUE „so“ so a", "SOURCE „der designierte Wiener FPÖ-Klubchef Dominik Nepp“ a"}},
		{"non-reporting verb before a colon; ich glaube is indicative (d004)", "Für die Wahl am 22. Mai zeigte sich Hofer zuversichtlich: Ich glaube, dass wir doch recht deutlich über diesen 50 Prozent liegen werden.", []string{
			"SOURCE „Hofer“ a", "SOURCE „Ich“ b", "QUOTE „Ich glaube, dass wir doch recht deutlich über diesen 50 Prozent liegen werden“ direct a", "CUE „glaube“ glauben b"}},
		{"reflexive zeigen is no cue (d012)", "Wenn die Konstruktionen per se nicht illegal seien, zeige sich aber doch, dass die Anonymisierung gebraucht wird.", nil},
		{"Konjunktiv II before an inverted frame is indirect (d009)", "Schon die nächsten Sozialplan-Verhandlungen am Mittwoch könnten eine finale Lösung bringen, sagte Katzian in der Früh.", []string{
			"QUOTE „Schon die nächsten Sozialplan-Verhandlungen am Mittwoch könnten eine finale Lösung bringen“ indirect a", "CUE „sagte“ sagen a", "SOURCE „Katzian“ a"}},
		{"a dass-clause ends before another report's inverted frame (d001)", "Ob er diese Funktion noch innehat, war sich Mitterlehner nicht ganz sicher: Ich nehme an, dass ich der Chef bin, antwortete er.", []string{
			"SOURCE „Ich“ a", "QUOTE „Ich nehme an, dass ich der Chef bin“ direct b", "CUE „nehme“ annehmen a", "CUE „antwortete“ antworten b", "SOURCE „er“ b"}},
		{"apposition before the colon; meine before a noun is a possessive (Wikinews train)", "In einem Interview sagte Jon Bon Jovi, Gründer der Rockband: Ich nehme meine Gitarre nicht in die Hand, um Geld zu verdienen.", []string{
			"CUE „sagte“ sagen a", "SOURCE „Jon Bon Jovi“ a", "QUOTE „Ich nehme meine Gitarre nicht in die Hand, um Geld zu verdienen“ direct a"}},
		{"participle of an extended attribute is no cue (000_3ee6496f0a9e0860)", "Das Mitwirken wäre ein feindseliger Akt, heißt es in einer vom EU-Außenbeauftragten im Namen der 27 Länder veröffentlichten Erklärung.", []string{
			"QUOTE „Das Mitwirken wäre ein feindseliger Akt“ indirect a", "CUE „heißt es“ heißen a", "SOURCE „EU-Außenbeauftragten“ a"}},
		{"passive with seitens in the Vorfeld (d012)", "Seitens der Staatsanwaltschaft wurde mitgeteilt: Die Staatsanwaltschaft gibt den Beginn der Ermittlungen bekannt.", []string{
			"SOURCE „der Staatsanwaltschaft“ a", "CUE „mitgeteilt“ mitteilen a", "SOURCE „Die Staatsanwaltschaft“ b",
			"QUOTE „Die Staatsanwaltschaft gibt den Beginn der Ermittlungen bekannt“ direct a", "CUE „gibt“ bekanntgeben b"}},
		{"first-person sentence after a report, marks lost (d002)", "Das sei ein Fehler, sagte Anderl. Die Regierung hat nicht geantwortet. Wir haben Lösungen vorgelegt, ganz ohne Rituale.", []string{
			"QUOTE „Das sei ein Fehler“ indirect a", "CUE „sagte“ sagen a", "SOURCE „Anderl“ a", "QUOTE „Wir haben Lösungen vorgelegt, ganz ohne Rituale“ direct a"}},
		{"non-reporting comma frame with sich (GUIDELINES §1.6, constructed)", "„Wir haben verdient gewonnen“, zeigte sich der Trainer nach dem Spiel zufrieden.", []string{
			"QUOTE „Wir haben verdient gewonnen“ direct a", "SOURCE „der Trainer“ a"}},
		{"sich between the verb and its subject (constructed)", "Dazu äußerte sich der Minister: „Wir prüfen das.“", []string{
			"CUE „äußerte“ äußern a", "SOURCE „der Minister“ a", "QUOTE „Wir prüfen das“ direct a"}},
		{"reflexive zeigen with a relative clause is nothing (Wikinews dev)", "Ein ähnliches Bild zeigte sich auch an den Schweizer Börsen, wo ebenfalls die Kurse fielen.", nil},
		// round 6
		{"colon frame: a table row is no speech (Wikinews train wn3552, wn34485)", "Stimmberechtigte: 39611. Der Zeitablauf: 100 Minuten für 40 Durchgänge, dann 20 Minuten für 20 Durchgänge.", nil},
		{"colon frame: a date is no speaker (Wikinews train wn79030)", "7. März: Die sechs Finalisten treten im Fernsehen gegeneinander an.", nil},
		{"colon frame: a verbless headline of a named speaker stays (001_8dba789083dfecfe)", "Kiew: Nordkoreanische Soldaten in Region Kursk.", []string{
			"SOURCE „Kiew“ a", "QUOTE „Nordkoreanische Soldaten in Region Kursk“ direct a"}},
		{"colon frame: a result is no quote (Wikinews train wn63107)", "Ghana - Australien: 1:1 (1:1).", nil},
		{"bekannt werden with a colon is no report (Wikinews train wn69725)", "Ende August war in Österreich ein neuer Inzest-Fall bekannt geworden: Ein heute 80-Jähriger soll seine Töchter missbraucht haben.", nil},
		{"bekannt werden with a noun-phrase subject is no report (Wikinews train wn79859)", "Nachdem die Fälschung öffentlich bekannt wurde, hat sie ihren Rücktritt angekündigt.", []string{
			"SOURCE „sie“ a", "CUE „angekündigt“ ankündigen a"}},
		{"bekannt werden with a dass-clause stays (Wikinews train wn9837)", "Im Mai wurde bekannt, dass die Sparte verkauft werden soll.", []string{
			"CUE „bekannt“ bekennen a", "QUOTE „dass die Sparte verkauft werden soll“ indirect a"}},
		{"sich bekennen is no report (Wikinews train wn63418)", "Fünf der Festgenommenen bekannten sich schuldig und kamen mit kleineren Strafen davon.", nil},
		{"a name in marks after its noun is no quote (Wikinews train wn67577, wn38621)", "Die Behörde warnt vor der Schlankheitspille „Reduce Weight Fruta Planta“. Das berichtete die Zeitung „Hoy Bolivia“.", []string{
			"SOURCE „Die Behörde“ a", "CUE „warnt“ warnen a", "CUE „berichtete“ berichten b", "SOURCE „die Zeitung „Hoy Bolivia““ b"}},
		{"a predicate in marks after a noun stays a quote (Wikinews train wn45213)", "Der Präsident nannte die Bewerbung von Kanada „sehr respektabel“.", []string{
			"SOURCE „Der Präsident“ a", "CUE „nannte“ nennen a", "QUOTE „sehr respektabel“ direct a"}},
		{"a für phrase after an office or institution belongs to the speaker (Wikinews train wn63711, wn68040)", "Der EU-Kommissar für Energie sagte, die Lage sei ernst. Nach Angaben des Bundesministeriums für Bildung und Forschung fehlen Lehrer.", []string{
			"SOURCE „Der EU-Kommissar für Energie“ a", "CUE „sagte“ sagen a", "QUOTE „die Lage sei ernst“ indirect a",
			"CUE „Nach Angaben“ nach Angaben b", "SOURCE „des Bundesministeriums für Bildung und Forschung“ b", "QUOTE „fehlen Lehrer“ indirect b"}},
		{"the seat of an institution in the genitive (Wikinews train wn6203)", "Nach Angaben des Kraftfahrt-Bundesamtes in Flensburg fahren derzeit viele Autos mit Gas.", []string{
			"CUE „Nach Angaben“ nach Angaben a", "SOURCE „des Kraftfahrt-Bundesamtes in Flensburg“ a", "QUOTE „fahren derzeit viele Autos mit Gas“ indirect a"}},
		{"für with an article is no part of the speaker (constructed)", "Das sagte der Minister für die Zeitung.", []string{
			"CUE „sagte“ sagen a", "SOURCE „der Minister“ a"}},
		{"heißt es after a document Vorfeld with a relative clause (Wikinews train wn31955)", "In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es, dass die Rechte der Kinder verletzt würden.", []string{
			"SOURCE „dieser Resolution“ a", "CUE „heißt es“ heißen a", "QUOTE „dass die Rechte der Kinder verletzt würden“ indirect a"}},
		// seventh round
		{"ließ … verlauten: CUE on ließ, the infinitive is no cue of its own (Wikinews train wn73475)", "„Der IWF unterstützt Griechenland dabei, seine wirtschaftlichen Schwierigkeiten zu überwinden“, ließ ein IWF-Sprecher aus Washington kurz verlauten.", []string{
			"QUOTE „Der IWF unterstützt Griechenland dabei, seine wirtschaftlichen Schwierigkeiten zu überwinden“ direct a", "CUE „ließ“ verlauten lassen a", "SOURCE „ein IWF-Sprecher aus Washington“ a"}},
		{"kommentieren with a content clause (Wikinews dev wn84711)", "Er akzeptierte seine Niederlage und kommentierte in einem Interview nach dem Spiel, dass Nadal sehr stark war.", []string{
			"SOURCE „Er“ a", "CUE „kommentierte“ kommentieren a", "QUOTE „dass Nadal sehr stark war“ indirect a"}},
		{"a Konjunktiv I form before a noun is an adjective: no continuation (Wikinews train wn31627)", "Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP wurden zunächst 2.000 Menschen mit Lebensmitteln versorgt. Für die kommenden Wochen sind weitere Hilfsmaßnahmen geplant, da die Infrastruktur zerstört ist.", []string{
			// (the document's named author is the SOURCE, GUIDELINES §1.3, eleventh round)
			"CUE „Laut“ laut a", "SOURCE „des WFP“ a", "QUOTE „wurden zunächst 2.000 Menschen mit Lebensmitteln versorgt“ indirect a"}},
		{"wie-frame with an appositive name (Wikinews train wn66494)", "Wie die Premierministerin von Queensland, Anna Bligh, erklärte, habe sie den Zivilschutz ihres Bundesstaates in Bereitschaft versetzt.", []string{
			"SOURCE „die Premierministerin von Queensland, Anna Bligh“ a", "CUE „erklärte“ erklären a",
			"QUOTE „habe sie den Zivilschutz ihres Bundesstaates in Bereitschaft versetzt“ indirect a"}},
		{"„Das“ + preterite + a name: a verb, not an adjective (Wikinews train wn3574)", "Das gab Bundesverkehrsminister Manfred Stolpe in Berlin bekannt.", []string{
			"CUE „gab“ bekanntgeben a", "SOURCE „Bundesverkehrsminister Manfred Stolpe“ a"}},
		{"ausgehen forms its perfect with sein (Wikinews train wn64137)", "Aus Mangel an archäologischen Befunden waren die Wissenschaftler bisher davon ausgegangen, dass die Menschen später kamen.", []string{
			"SOURCE „die Wissenschaftler“ a", "CUE „ausgegangen“ ausgehen a", "QUOTE „dass die Menschen später kamen“ indirect a"}},
		{"the speaker behind aus (Wikinews train wn73475)", "Aus EU-Kreisen verlautete, dies sei nur Spekulation.", []string{
			"SOURCE „EU-Kreisen“ a", "CUE „verlautete“ verlauten a", "QUOTE „dies sei nur Spekulation“ indirect a"}},
		{"Dies geht aus DOC hervor: pronoun content, the author as source (Wikinews train wn34828)", "Dies geht aus einer Pressemitteilung des Konzerns hervor.", []string{
			"CUE „geht“ hervorgehen a", "SOURCE „des Konzerns“ a"}},
		{"a noun-phrase subject of hervorgehen reports nothing (constructed)", "Der Vorschlag geht aus der Debatte hervor.", nil},
		{"zitieren in the passive: the subject is the speaker, not the von-agent (Wikinews train wn23333)", "Günther Platter wird von der Nachrichtenagentur Reuters mit den Worten zitiert, es habe eine positive Resonanz gegeben.", []string{
			"SOURCE „Günther Platter“ a", "CUE „zitiert“ zitieren a", "QUOTE „es habe eine positive Resonanz gegeben“ indirect a"}},
		{"an apposition between the auxiliary and the participle (after Wikinews dev wn17905)", "Am Montag wird der Sprecher, Max Huber, in der Zeitung zitiert: „Wir bleiben.“", []string{
			"SOURCE „der Sprecher, Max Huber“ a", "CUE „zitiert“ zitieren a", "QUOTE „Wir bleiben“ direct a"}},
		{"mixed quotation with the finite verb inside the marks (Wikinews train wn74899 shape, dev wn39049)", "Ein Polizeisprecher meinte nun, der Ehemann „konnte und wollte sich mit der Trennung nicht abfinden“.", []string{
			"SOURCE „Ein Polizeisprecher“ a", "CUE „meinte“ meinen a", "QUOTE „der Ehemann „konnte und wollte sich mit der Trennung nicht abfinden“ indirect a"}},
		{"a dative medium in the Vorfeld: the speaker follows the verb (Wikinews dev wn16696)", "Der englisch-sprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis gehalten.“", []string{
			"CUE „sagte“ sagen a", "SOURCE „Filep Karma“ a", "QUOTE „Ich werde im Gefängnis gehalten“ direct a"}},
		{"a dative medium after role + name is the addressee (constructed)", "Das sagte Regierungssprecher Steffen Seibert der Zeitung „Die Welt“.", []string{
			"CUE „sagte“ sagen a", "SOURCE „Regierungssprecher Steffen Seibert“ a"}},
		{"after role alone „der Zeitung“ stays a genitive (constructed)", "Das sagte ein Sprecher der Zeitung.", []string{
			"CUE „sagte“ sagen a", "SOURCE „ein Sprecher der Zeitung“ a"}},
		{"a subject with a relative clause before the cue is no quote (Wikinews train wn13100)", "Hubert Primus, der bei Stiftung Warentest für den Bereich Publikation verantwortlich ist, wies den Vorwurf zurück.", []string{
			"SOURCE „Hubert Primus“ a", "CUE „wies“ zurückweisen a"}},
		{"quotative so inside the host clause: two QUOTE spans (Wikinews train wn51123)", "Sein Rivale McCain, so Obama weiter, würde massiv Spenden von solchen Gruppen erhalten.", []string{
			"QUOTE „Sein Rivale McCain“ direct a", "CUE „so“ so a", "SOURCE „Obama“ a", "QUOTE „würde massiv Spenden von solchen Gruppen erhalten“ direct a"}},
		{"after indirect speech the writer's indicative is no second part; a reported clause ends before „, so X“ (Wikinews dev wn49037)", "Die Zentralbank sollte beruhigen, indem signalisiert wurde, es sei kein Problem, an Geld zu kommen, so US-Notenbankchef Ben Bernanke, bewirkte aber das Gegenteil.", []string{
			"QUOTE „Die Zentralbank sollte beruhigen, indem signalisiert wurde, es sei kein Problem, an Geld zu kommen“ indirect a",
			"CUE „signalisiert“ signalisieren b", "CUE „so“ so a", "SOURCE „US-Notenbankchef Ben Bernanke“ a"}},
		{"a zu-infinitive after the participle without a comma (Wikinews train wn69598, shortened)", "Philips hat angekündigt die Preise ab 1. Oktober zu erhöhen.", []string{
			"SOURCE „Philips“ a", "CUE „angekündigt“ ankündigen a", "QUOTE „die Preise ab 1. Oktober zu erhöhen“ indirect a"}},
		{"the word of the noun-phrase content ends the speaker; a sentence adverb is no speaker (Wikinews dev wn15510)", "Insgesamt spricht die Polizei von weniger Auseinandersetzungen der beiden Lager.", []string{
			"CUE „spricht“ sprechen a", "SOURCE „die Polizei“ a"}},
		{"an adverb before a time phrase in the Vorfeld (Wikinews dev wn56334)", "Erst vergangene Woche kündigte der Konzern an, sämtliche Check-In-Schalter zu schließen.", []string{
			"CUE „kündigte“ ankündigen a", "SOURCE „der Konzern“ a", "QUOTE „sämtliche Check-In-Schalter zu schließen“ indirect a"}},
		{"an accusative noun phrase is no speaker; the relative pronoun is (Wikinews train wn34501)", "Die Reisbestände gehören der Firma Euryza, die den Vorwurf inzwischen bestätigte.", []string{
			"SOURCE „die“ a", "CUE „bestätigte“ bestätigen a"}},
		{"a name in marks in an apposition is no quote (Wikinews train wn22943, shortened)", "Bill Keller, der Chefredakteur der „New York Times“, bekräftigt in einer Stellungnahme den Bericht von Michael Gordon.", []string{
			"SOURCE „Bill Keller“ a", "CUE „bekräftigt“ bekräftigen a"}},
		{"an accusative object before the subject after the verb (constructed)", "Danach bestätigte den Vorwurf auch die Polizei.", []string{
			"CUE „bestätigte“ bestätigen a", "SOURCE „die Polizei“ a"}},
		{"„Seit“ before a noun opens a phrase, not a clause (Wikinews train wn19835)", "Seit Jahren fordert der mexikanische Staat die Rückgabe des Kunstwerks.", []string{
			"CUE „fordert“ fordern a", "SOURCE „der mexikanische Staat“ a"}},
		{"nach eigenen Angaben in the Vorfeld: the subject after the verb (Wikinews train wn50858)", "Nach eigenen Angaben hat das Unternehmen einen Werbepartner gefunden.", []string{
			"CUE „Nach eigenen Angaben“ nach Angaben a", "QUOTE „hat das Unternehmen einen Werbepartner gefunden“ indirect a", "SOURCE „das Unternehmen“ a"}},
		{"nach eigener Aussage after an adverbial Vorfeld (Wikinews dev wn25006)", "Im Jahr 2004 war die Gruppe nach eigener Aussage dann am Ziel.", []string{
			"QUOTE „Im Jahr 2004 war die Gruppe nach eigener Aussage dann am Ziel“ indirect a", "SOURCE „die Gruppe“ a", "CUE „nach eigener Aussage“ nach Aussage a"}},
		{"quoted words after „als“ and an article are the speaker's (Wikinews train wn41694)", "Die deutsche Bundesregierung bezeichnete den ASEM-Gipfel als das „größte Ereignis der deutschen EU-Präsidentschaft in diesem Jahr“.", []string{
			"SOURCE „Die deutsche Bundesregierung“ a", "CUE „bezeichnete“ bezeichnen a", "QUOTE „größte Ereignis der deutschen EU-Präsidentschaft in diesem Jahr“ direct a"}},
		{"a quoted predicate inside the clause before the particle (Wikinews train wn56965)", "Die bayerische Justizministerin Beate Merk wies dies am Rande einer Klausurtagung in Bad Staffelstein als „Unverschämtheit“ zurück.", []string{
			"SOURCE „Die bayerische Justizministerin Beate Merk“ a", "CUE „wies“ zurückweisen a", "QUOTE „Unverschämtheit“ direct a"}},
		{"a quote right after the word of the noun-phrase content (Wikinews dev wn49037)", "Analysten sprachen in diesem Zusammenhang von „Panikverkäufen“.", []string{
			"SOURCE „Analysten“ a", "CUE „sprachen“ sprechen a", "QUOTE „Panikverkäufen“ direct a"}},
		{"a purpose clause with um … zu is no content (Wikinews train wn36639)", "Der Hacker gab Details über den von ihm durchgeführten Prozess bekannt, um die Verschlüsselung zu entschlüsseln.", []string{
			"SOURCE „Der Hacker“ a", "CUE „gab“ bekanntgeben a"}},
		{"weder … noch with a modal attributes nothing (Wikinews dev wn35359)", "Die Polizei konnte weder bestätigen noch ausschließen, dass der Absturz aufgrund Benzinmangels erfolgte.", nil},
		{"nobody is no speaker (Wikinews dev wn65838)", "Niemand ahnte damals, wie sehr dieses Patent die Welt verändern würde.", nil},
		{"a participle adjective with a Konjunktiv I look is no continuation (Wikinews dev wn68734)", "Der Verfassungsschutz berichtete über allein 1600 Angriffe. Der Bundesinnenminister eröffnete heute das so genannte Nationale Cyber-Abwehrzentrum.", []string{
			"SOURCE „Der Verfassungsschutz“ a", "CUE „berichtete“ berichten a"}},
		{"an adverbial clause inside the quote is no Vorfeld (gold/speech-news n014)", "Uwe Böhnhardt war jedoch strikt dagegen, da er darin ein Sicherheitsrisiko sah, sagte die Angeklagte.", []string{
			"QUOTE „Uwe Böhnhardt war jedoch strikt dagegen, da er darin ein Sicherheitsrisiko sah“ direct a", "CUE „sagte“ sagen a", "SOURCE „die Angeklagte“ a"}},
		{"a relative clause after the speaker is no content (gold/speech-news n026, shortened)", "Diese Buntbarsche nähern sich ihren Opfern von hinten, erklärte Walter Salzburger, der am Zoologischen Institut der Universität Basel forscht.", []string{
			"QUOTE „Diese Buntbarsche nähern sich ihren Opfern von hinten“ direct a", "CUE „erklärte“ erklären a", "SOURCE „Walter Salzburger“ a"}},
		{"a main clause before an inverted cue is its quote, also with a dass-clause after (gold/speech-news n002)", "Die Gedanken zum Aufgeben waren sehr stark, berichtete Weiss darüber, dass er kein Eis an der ersten Versorgungsstation bekam.", []string{
			"QUOTE „Die Gedanken zum Aufgeben waren sehr stark“ direct a", "CUE „berichtete“ berichten a", "SOURCE „Weiss“ a",
			"QUOTE „dass er kein Eis an der ersten Versorgungsstation bekam“ indirect a"}},
		{"a speaker's name with a lower-case particle (gold/speech-news n001)", "Die tiefe Lücke weist klar auf die Anwesenheit von Planeten mit mehreren Jupitermassen hin, sagt van der Marel.", []string{
			"SOURCE „Die tiefe Lücke“ a", "QUOTE „Die tiefe Lücke weist klar auf die Anwesenheit von Planeten mit mehreren Jupitermassen hin“ direct b",
			"CUE „weist“ hinweisen a", "CUE „sagt“ sagen b", "SOURCE „van der Marel“ b"}},
		{"lässt sich erklären is no report (gold/speech-news n001)", "Das lässt sich laut den Forschern nur mit einem Szenario erklären, in dem frisch entstandene Planeten das Gas entfernt haben.", []string{
			"QUOTE „Das lässt sich laut den Forschern nur mit einem Szenario erklären, in dem frisch entstandene Planeten das Gas entfernt haben“ indirect a", "CUE „laut“ laut a", "SOURCE „den Forschern“ a"}},
		{"sentenced to is no speech act (gold/speech-news n013)", "Ein festgenommener US-Student ist zu 15 Jahren Arbeitslager verurteilt worden.", nil},
		{"a purpose clause's verb is no cue (gold/speech-news n006)", "Um herauszufinden, ob die Körpergröße des Gegners die Entscheidung beeinflusst, spielten die Biologen Spinnenmännchen Videos vor.", nil},
		{"a reported clause ends before „, wie X mitteilte“; the wie-frame then gets no QUOTE (seed 003, GUIDELINES §1.4.6)", "Am Mittwoch teilte der Geheimdienst mit, dass 1.500 weitere Soldaten nach Russland entsandt wurden, wie der Abgeordnete Park Sun Won mitteilte.", []string{
			"CUE „teilte“ mitteilen a", "SOURCE „der Geheimdienst“ a", "QUOTE „dass 1.500 weitere Soldaten nach Russland entsandt wurden“ indirect a",
			"SOURCE „der Abgeordnete Park Sun Won“ b", "CUE „mitteilte“ mitteilen b"}},
		{"a common noun with an article before a colon is no speaker (gold/speech-news n016, n036)", "Die Konsequenz: Mit iOS 9, Android M und Windows 10 würden sich die Betriebssysteme so ähnlich sein wie nie zuvor.", nil},
		{"a list after a colon is no quote (Wikinews dev wn48927)", "Neben den Wasserteilchen werden auch Spuren verschiedener Gase erwartet: Kohlendioxid, Methan, Ammoniak oder Stickstoff.", nil},
		{"a report inside quotation marks is no speaker for the next sentence (constructed)", "„Ich glaube, dass wir gewinnen“, sagte der Trainer. Die Mannschaft sei gut vorbereitet.", []string{
			"SOURCE „Ich“ a", "QUOTE „Ich glaube, dass wir gewinnen“ direct b", "CUE „glaube“ glauben a", "CUE „sagte“ sagen b", "SOURCE „der Trainer“ b",
			"QUOTE „Die Mannschaft sei gut vorbereitet“ indirect b"}},
	})
}

// TestWordSwitches checks the word lists that switch on a word's spellings
// (focusParticle, exampleWord) against lower, which they stand for, at
// every token of a text with the listed words in both spellings, their
// look-alikes and non-ASCII capitals.
func TestWordSwitches(t *testing.T) {
	text := "Auch auch AUCH aucH Selbst selbst Sogar sogar Nur nur nurr Gerade gerade ÄUCH Äuch " +
		"Insbesondere insbesondere Beispielsweise beispielsweise Namentlich namentlich Vornehmlich " +
		"vornehmlich Vorwiegend vorwiegend Hauptsächlich hauptsächlich hauptsachlich Ünsbesondere auch."
	tok, st := fixture(t)
	toks, sents := tok.Tokenize(text)
	r := st.annotate(newDoc(text, toks, sents))
	for j := -1; j <= len(toks); j++ {
		focus := r.lower(j, "auch") || r.lower(j, "selbst") || r.lower(j, "sogar") || r.lower(j, "nur") || r.lower(j, "gerade")
		example := r.lower(j, "insbesondere") || r.lower(j, "beispielsweise") || r.lower(j, "namentlich") ||
			r.lower(j, "vornehmlich") || r.lower(j, "vorwiegend") || r.lower(j, "hauptsächlich")
		if got := r.focusParticle(j); got != focus {
			t.Errorf("focusParticle(%q) = %v, lower says %v", r.w(j), got, focus)
		}
		if got := r.exampleWord(j); got != example {
			t.Errorf("exampleWord(%q) = %v, lower says %v", r.w(j), got, example)
		}
	}
}

// TestNextColonSentence checks that the colon frames' walk visits every
// sentence with a colon, in order, and no other.
func TestNextColonSentence(t *testing.T) {
	for _, text := range []string{
		"Erster Satz. Expertin: Das ist gut. Dritter Satz ohne. Vierter: a: b. Fünfter.",
		"Nur: ein Satz",
		"Kein Doppelpunkt hier. Und da auch nicht.",
		"",
		"Er sagte: „Ja.“ Sie: „Nein.“\n\nNeuer Absatz: gut.",
	} {
		tok, st := fixture(t)
		toks, sents := tok.Tokenize(text)
		r := st.annotate(newDoc(text, toks, sents))
		var want, got []int
		for si, se := range r.sent {
			for j := se.First; j < se.Last; j++ {
				if r.isPunct(j, ":") {
					want = append(want, si)
					break
				}
			}
		}
		for si := r.nextColonSentence(0); si < len(r.sent); si = r.nextColonSentence(si + 1) {
			got = append(got, si)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: sentences %v, want %v", text, got, want)
		}
	}
}

// TestPurposeComma checks purposeComma, which keeps its last answer,
// against a scan, for ranges in order, backwards, at random and with
// changing ends.
func TestPurposeComma(t *testing.T) {
	text := "Er sagte, ohne zu zögern, es sei so. Sie ging, um zu essen, und kam, statt zu bleiben, " +
		"anstatt zu gehen. Kein Komma hier. A, B, C, um D, Ohne E. Ende, um"
	tok, st := fixture(t)
	toks, sents := tok.Tokenize(text)
	r := newRun(st, newDoc(text, toks, sents))
	defer r.release()
	n := len(toks)
	scan := func(k, lim int) int {
		for j := max(k, 0); j < lim; j++ {
			if r.isPunct(j, ",") && r.purposeClause(j+1) {
				return j
			}
		}
		return lim
	}
	var ranges [][2]int
	for k := 0; k <= n; k++ {
		for _, lim := range []int{k, k + 1, k + 5, n} {
			ranges = append(ranges, [2]int{k, min(lim, n)})
		}
	}
	for k := len(ranges) - 1; k >= 0; k-- {
		ranges = append(ranges, ranges[k])
	}
	for k := 0; k < 300; k++ {
		a := (k * 7919) % (n + 1)
		ranges = append(ranges, [2]int{a, min(n, a+k%13)}, [2]int{a, n})
	}
	for _, kl := range ranges {
		if got, want := r.purposeComma(kl[0], kl[1]), scan(kl[0], kl[1]); got != want {
			t.Errorf("purposeComma(%d, %d) = %d, want %d", kl[0], kl[1], got, want)
		}
	}
}
