package speech

import "testing"

// TestCueRulesR5 checks the cue rules of the thirteenth round (GUIDELINES
// §4, "Thirteenth round, cues") on sentences from gold/speech-news dev,
// gold/dev and Wikinews, each with a counter-example that must keep its
// cue or stay unmarked.
func TestCueRulesR5(t *testing.T) {
	runFrameCases(t, []frameCase{
		// nobody as the subject, wherever it stands
		{"niemand after und, Konjunktiv (n242)", "45 Jahre lang hätten auch seine Vorgänger gleich gehandelt und niemand habe die Vorgehensweise beanstandet.", nil},
		{"keiner after an inverted verb (n220)", "Machen wir, sagt vorerst keiner der vom STANDARD befragten Radiomacher.", nil},
		{"niemand in a subordinate clause (n154, shortened)", "Es sei nie angepasst worden, weil niemand daran gedacht habe, dass jemand es missbrauchen kann.", nil},
		{"keiner with a modal (n126, shortened)", "Es hätte sich keiner beschweren dürfen, wenn wir gewonnen hätten.", nil},
		{"keiner as a determiner after a preposition is no subject (counter-example)", "Der Minister betonte, dass er in keiner Weise zurücktreten werde.", []string{
			"SOURCE „Der Minister“ a", "CUE „betonte“ betonen a", "QUOTE „dass er in keiner Weise zurücktreten werde“ indirect a"}},
		// „niemand anderes / Geringerer als X“ names X (review); the SOURCE of
		// such a comparison is not found yet (also „Jemand anderes als …“)
		{"niemand anderes als X speaks (counter-example, review)", "Niemand anderes als der Kanzler sagte, dass er gehe.", []string{
			"CUE „sagte“ sagen a", "QUOTE „dass er gehe“ indirect a"}},
		{"niemand geringerer als X speaks (counter-example, review)", "Das sagte niemand geringerer als der Papst.", []string{
			"CUE „sagte“ sagen a"}},
		{"niemand inside the reported clause is no subject of the cue (counter-example)", "Die Polizei teilte mit, niemand sei verletzt worden.", []string{
			"SOURCE „Die Polizei“ a", "CUE „teilte“ mitteilen a", "QUOTE „niemand sei verletzt worden“ indirect a"}},
		// lexicon: accusations and calls with noun-phrase content
		{"zur Last legen with noun-phrase content (n210, reordered)", "Das Gericht legte acht weiteren Kollaboration mit dem Assad-Regime zur Last.", []string{
			"SOURCE „Das Gericht“ a", "CUE „legte“ zur Last legen a"}},
		{"zur Last legen after a dative Vorfeld (n210)", "Zwei von ihnen wurde demnach Ehebruch vorgeworfen, acht weiteren legte das Gericht Kollaboration mit dem Assad-Regime zur Last.", []string{
			"QUOTE „Zwei von ihnen wurde demnach Ehebruch vorgeworfen, acht weiteren legte das Gericht Kollaboration mit dem Assad-Regime zur Last“ indirect a",
			"CUE „demnach“ demnach a", "CUE „vorgeworfen“ vorwerfen b", "CUE „legte“ zur Last legen c",
			// (the bare noun after the speaker still joins its phrase: left to the SOURCE rules)
			"SOURCE „das Gericht Kollaboration“ c"}},
		{"zur Last legen, agentless passive (n242)", "Dem 74-Jährigen wird auch illegale Parteienfinanzierung zur Last gelegt.", []string{
			"CUE „gelegt“ zur Last legen a"}},
		{"legen without zur Last is no cue (counter-example)", "Das Gericht legte die Akten auf den Tisch.", nil},
		{"aufrufen zu + noun phrase (n223)", "Der WWF rief deshalb alle beteiligten Länder zur Zählung ihrer Bestände auf.", []string{
			"SOURCE „Der WWF“ a", "CUE „rief“ aufrufen a"}},
		{"aufrufen without zu calls a pupil: no cue (counter-example)", "Der Lehrer rief den Schüler auf.", nil},
		// a form that is finite and a participle, closing a main clause after its auxiliary
		{"gestanden after seien is the participle of stehen (n266)", "Im Zentrum seien Kostenminimierung und Gewinnmaximierung gestanden.", nil},
		{"gestanden as a finite verb with its particle stays a cue (counter-example, Wikinews train wn52082, shortened)", "Die Organisatoren gestanden ein, dass ihnen das Mädchen nicht hübsch genug gewesen war.", []string{
			"SOURCE „Die Organisatoren“ a", "CUE „gestanden“ eingestehen a", "QUOTE „dass ihnen das Mädchen nicht hübsch genug gewesen war“ indirect a"}},
		{"a second finite verb after und stays a cue (counter-example, n268)", "Apple ist von dem Problem informiert und betont, dass man solche Angriffe bereits erschwert habe.", []string{
			"SOURCE „Apple“ a", "CUE „betont“ betonen a", "QUOTE „dass man solche Angriffe bereits erschwert habe“ indirect a"}},
		// an inverted cue without a subject: the speakers behind „aus“
		{"verlautete es aus X (n214, shortened)", "Wir könnten wirklich in Schwierigkeiten geraten, verlautete es aus dem Innenministerium.", []string{
			"QUOTE „Wir könnten wirklich in Schwierigkeiten geraten“ direct a", "CUE „verlautete“ verlauten a", "SOURCE „dem Innenministerium“ a"}},
		{"verlautete am Montag aus X (n260, shortened)", "Sie seien vom Militär beschossen worden, verlautete am Montag aus Sicherheitskreisen.", []string{
			"QUOTE „Sie seien vom Militär beschossen worden“ indirect a", "CUE „verlautete“ verlauten a", "SOURCE „Sicherheitskreisen“ a"}},
		{"a second verb with aus and no quote before it stays no inverted frame (counter-example)", "Die Firma stellt Möbel her, liefert aus dem Lager in Linz.", nil},
		{"sich entschuldigen für + noun phrase (n261)", "Sony entschuldigt sich offiziell für die starke Erwärmung.", []string{
			"SOURCE „Sony“ a", "CUE „entschuldigt“ entschuldigen a"}},
		{"sich entschuldigen with dafür, pronoun content (n259)", "Und er hat sich dafür entschuldigt.", []string{
			"SOURCE „er“ a", "CUE „entschuldigt“ entschuldigen a"}},
		{"sich entschuldigen bei someone only names the addressee (counter-example, Wikinews train wn21661)", "Stranzl hatte sich unmittelbar nach dem Spiel beim Werder-Trainer Thomas Schaaf entschuldigt.", nil},
		// a verb form between a lower-case article and its noun is an adjective
		{"das äußere Sonnensystem (n263)", "Sie gelten als typische Beispiele dafür, wie das äußere Sonnensystem vor 4,6 Milliarden Jahren aussah.", nil},
		{"der prognostizierten Körperlänge (Wikinews train wn55776, shortened)", "Aufgrund der prognostizierten Körperlänge von 13 Metern wird eine Brücke gebaut.", nil},
		{"resumptive das after a comma keeps its verb (counter-example)", "Die Sitzung ist abgesagt, das teilte Feuerwehrsprecher Axel Stüken mit.", []string{
			"QUOTE „Die Sitzung ist abgesagt“ direct a", "CUE „teilte“ mitteilen a", "SOURCE „Feuerwehrsprecher Axel Stüken“ a"}},
		// zeigen reports only with a person, a document or data as its subject
		{"data shows (n001)", "Die neuen Bilder zeigen, dass es in den Staublücken eine signifikante Menge an Gas gibt.", []string{
			"SOURCE „Die neuen Bilder“ a", "CUE „zeigen“ zeigen a", "QUOTE „dass es in den Staublücken eine signifikante Menge an Gas gibt“ indirect a"}},
		{"data as the last part of a compound (Wikinews train wn83589, shortened)", "Die hohen Anmeldezahlen zeigen, dass die Qualität an den Gemeinschaftsschulen stimmt.", []string{
			"SOURCE „Die hohen Anmeldezahlen“ a", "CUE „zeigen“ zeigen a", "QUOTE „dass die Qualität an den Gemeinschaftsschulen stimmt“ indirect a"}},
		{"data in a wie-frame (n248)", "Sie bestatteten sie sogar mit Grabbeigaben, wie 8000 Jahre alte Funde aus Sibirien zeigen.", []string{
			"QUOTE „Sie bestatteten sie sogar mit Grabbeigaben“ indirect a", "SOURCE „8000 Jahre alte Funde aus Sibirien“ a", "CUE „zeigen“ zeigen a"}},
		{"a video shows (review, constructed)", "Das Video zeigt, wie der Mann flieht.", []string{
			"SOURCE „Das Video“ a", "CUE „zeigt“ zeigen a", "QUOTE „wie der Mann flieht“ indirect a"}},
		{"cameras show (review, constructed)", "Die Kameras zeigen, wie der Mann flieht.", []string{
			"SOURCE „Die Kameras“ a", "CUE „zeigen“ zeigen a", "QUOTE „wie der Mann flieht“ indirect a"}},
		{"a document shows (speech-news n147, shortened)", "Im Schnitt lag der Einnahmenausfall bei rund 1,2 Milliarden Euro, wie die Beantwortung einer parlamentarischen Anfrage des Grünen Georg Willi zeigt.", []string{
			"QUOTE „Im Schnitt lag der Einnahmenausfall bei rund 1,2 Milliarden Euro“ indirect a", "SOURCE „die Beantwortung einer parlamentarischen Anfrage des Grünen Georg Willi“ a", "CUE „zeigt“ zeigen a"}},
		{"a thing shows: no report (n231)", "Weitere versteinerte Exkremente aus der Kreidezeit, etwa 126 Millionen Jahre alt, zeigen, dass auch Dinosaurier bereits mit Bandwürmern befallen waren.", nil},
		{"a thing with a name in its attribute, nested in a report (seed 000, shortened)", "Mit Blick auf Russland heißt es in der Erklärung, die vertiefte militärische Zusammenarbeit des Landes mit Nordkorea zeige, dass es nicht aufrichtig an einem gerechten Frieden interessiert sei.", []string{
			"CUE „heißt es“ heißen a", "SOURCE „der Erklärung“ a",
			"QUOTE „die vertiefte militärische Zusammenarbeit des Landes mit Nordkorea zeige, dass es nicht aufrichtig an einem gerechten Frieden interessiert sei“ indirect a"}},
		{"Das zeigt, dass: nobody reports (Wikinews train wn75280, shortened)", "Das zeigt, dass der Norden gewillt ist, echte Kosten zu tragen.", nil},
		{"researchers show (counter-example, gold/dev d015)", "Das Krainer Greiskraut besteht in Wirklichkeit aus vier Arten, wie Forscher der Uni Wien zeigen konnten.", []string{
			"QUOTE „Das Krainer Greiskraut besteht in Wirklichkeit aus vier Arten“ indirect a", "SOURCE „Forscher der Uni Wien“ a", "CUE „zeigen“ zeigen a"}},
		{"sich bekennen zu + noun phrase (n251)", "Die Arbeiterpartei Kurdistans (PKK) bekannte sich am Sonntag zu einem Selbstmordanschlag auf Ordnungskräfte in der Osttürkei.", []string{
			"SOURCE „Die Arbeiterpartei Kurdistans (PKK)“ a", "CUE „bekannte“ bekennen a"}},
		{"sich bekennen zu, participle in a relative clause (n139)", "Die Synode überschattete das Outing des Theologen Krysztof Charamsa, der sich zu seiner Homosexualität bekannt hat.", []string{
			"SOURCE „der“ a", "CUE „bekannt“ bekennen a"}},
		{"sich schuldig bekennen pleads: no cue (counter-example, Wikinews train wn63418)", "Fünf der Festgenommenen bekannten sich schuldig und kamen mit kleineren Strafen davon.", nil},
		{"bekannt werden with a noun-phrase subject stays no cue (counter-example)", "Als die Fälschung zur Mittagszeit bekannt wurde, trat er zurück.", nil},
		// a negated verb of confirming or disclosing reports nothing
		{"nicht bestätigt, dass (Wikinews train wn14955)", "Erste Tests bei der zwölfjährigen Chinesin haben den Verdacht nicht bestätigt, dass sie an der Vogelgrippe gestorben ist.", nil},
		{"noch nicht bekanntgegeben (Wikinews train wn52330, shortened)", "John McCain hatte seinen Kandidaten zu diesem Zeitpunkt noch nicht bekanntgegeben.", nil},
		{"the negation of a first conjunct does not reach the second (counter-example, Wikinews dev wn22959)", "Die CCE bestätigte die Aussage der Gewerkschaft nicht und nannte sie „reine Spekulation“.", []string{
			"SOURCE „Die CCE“ a", "CUE „nannte“ nennen a", "QUOTE „reine Spekulation“ direct a"}},
		{"niemals with a modal: no report (Wikinews train wn14127, shortened)", "Und wir werden niemals behaupten, dass wir keine Resultate ernten.", nil},
		// nennen takes a predicate after its object: a negation there is the predicate's (review)
		{"a negated predicate of nennen does not negate the verb (counter-example, review)", "Der Minister nannte die Vorwürfe nicht gerechtfertigt.", []string{
			"SOURCE „Der Minister“ a", "CUE „nannte“ nennen a"}},
		{"a kein-predicate of nennen does not negate the verb (counter-example, review)", "Der Minister nannte die Entscheidung keine gute Idee.", []string{
			"SOURCE „Der Minister“ a", "CUE „nannte“ nennen a"}},
		{"nennen with a kein-object reports nothing (constructed)", "Die Polizei nannte keine Details.", nil},
		{"nennen negated at the clause end reports nothing (constructed)", "Einen Grund nannte er nicht.", nil},
		{"nennen with a kein-object before the participle reports nothing (constructed)", "Die Polizei hat keine Namen genannt.", nil},
		{"a negation in the content clause does not negate the verb (counter-example)", "Die Polizei bestätigte am Montag, dass niemand verletzt wurde.", []string{
			"SOURCE „Die Polizei“ a", "CUE „bestätigte“ bestätigen a", "QUOTE „dass niemand verletzt wurde“ indirect a"}},
		{"bestreiten is no verb of confirming: negated it still reports (counter-example, gold/dev d011 shortened)", "Varoufakis bestritt nicht, dass der Plan auf einen Austritt hinausgelaufen wäre.", []string{
			"SOURCE „Varoufakis“ a", "CUE „bestritt“ bestreiten a", "QUOTE „dass der Plan auf einen Austritt hinausgelaufen wäre“ indirect a"}},
		// sich aussprechen für/gegen takes a stand; other objects are verdicts or votes
		{"sich aussprechen gegen (n128)", "Die SPÖ spricht sich klar gegen eine Koalition mit der FPÖ auf allen politischen Ebenen aus.", []string{
			"SOURCE „Die SPÖ“ a", "CUE „spricht“ aussprechen a"}},
		{"das Vertrauen aussprechen is a vote: no cue (n146)", "Dobesberger soll ihm diesmal das Vertrauen ausgesprochen haben.", nil},
		// „heißt es“ with no reported words before or after it names or states
		{"Es heißt + a name (n237)", "Es heißt natürlich St. Leonhard, nicht St. Leonhardt.", nil},
		{"Seither hieß es + a pairing (n227)", "Seither hieß es in der Austrian Bowl immer Vikings vs. Raiders.", nil},
		{"Es heißt, + a clause stays a report (counter-example)", "Es heißt, der Minister werde zurücktreten.", []string{
			"CUE „Es heißt“ heißen a", "QUOTE „der Minister werde zurücktreten“ indirect a"}},
		// a cue with neither SOURCE nor content in a modal, negated or relative clause
		{"negated agentless passive without content (n151)", "Sein Land werde eine Protestnote schicken, weil Serbien vor dem Angriff nicht gewarnt worden sei, sagte Außenminister Ivica Dacic.", []string{
			"QUOTE „Sein Land werde eine Protestnote schicken, weil Serbien vor dem Angriff nicht gewarnt worden sei“ indirect a",
			"CUE „sagte“ sagen a", "SOURCE „Außenminister Ivica Dacic“ a"}},
		{"agentless passive in a relative clause about its pronoun (n151)", "Der Mann ist wahrscheinlich ein Extremist, der für zwei Anschläge im benachbarten Tunesien verantwortlich gemacht wird.", nil},
		{"the same passive in a main clause stays a cue (counter-example, n037)", "Für zwei dieser Anschläge wird der IS verantwortlich gemacht.", []string{
			"CUE „gemacht“ verantwortlich machen a"}},
		{"an agentless passive without modal or negation stays a cue (counter-example, n131)", "Zwar wurden auch ihre Vorgänger getadelt.", []string{
			"CUE „getadelt“ tadeln a"}},
		// verweisen with noun-phrase content needs auf
		{"an X verweisen refers someone to an authority (n272)", "Bürgermeister Michael Häupl hatte die Wiener Zeitung an die KAV verwiesen.", nil},
		{"auf X verweisen over a comma between adjectives (counter-example, n116 shortened)", "Zur Begründung wird auf die beinahe täglichen, zum Teil apokalyptischen Warnungen vor einem Wirtschaftseinbruch verwiesen.", []string{
			"CUE „verwiesen“ verweisen a"}},
		// a verb that frames no quote takes no unmarked indicative words after a colon
		{"a „sich“ in the sentence before is no reflexive of the verb before a colon (review)", "Er freute sich. Sie las: Ein Chip wird der Ware eingebaut.", nil},
		{"lesen before a colon (n256)", "Solche Radiofrequenzsysteme können auf größere Distanz Daten lesen: Ein Chip wird der Ware eingebaut oder angeheftet.", nil},
		{"Konjunktiv after the colon stays content (counter-example)", "Die Forscher glauben: Die Methode sei sicher.", []string{
			"SOURCE „Die Forscher“ a", "CUE „glauben“ glauben a", "QUOTE „Die Methode sei sicher“ indirect a"}},
		{"a reflexive frame keeps its colon (counter-example, gold/dev d004 shortened)", "Der Kandidat kam am Freitag nach Wien. Für die Wahl am 22. Mai zeigte sich Hofer zuversichtlich: Ich glaube, dass wir deutlich über 50 Prozent liegen werden.", []string{
			"SOURCE „Hofer“ a", "SOURCE „Ich“ b", "QUOTE „Ich glaube, dass wir deutlich über 50 Prozent liegen werden“ direct a", "CUE „glaube“ glauben b"}},
		// discussing a question is no report
		{"beraten with a zu-infinitive (Wikinews train)", "Die OPEC hat nun darüber beraten, die Erdölförderung zu reduzieren.", nil},
		{"diskutieren with an ob-clause stays a cue, as Wikinews marks it (counter-example, Wikinews train)", "Jónsdóttir hatte bei Twitter mit anderen Benutzern darüber diskutiert, ob Island dem WikiLeaks-Gründer Asyl gewähren solle.", []string{
			"SOURCE „Jónsdóttir“ a", "CUE „diskutiert“ diskutieren a", "QUOTE „ob Island dem WikiLeaks-Gründer Asyl gewähren solle“ indirect a"}},
		{"a belief verb before a colon and indicative words (Wikinews train wn13726, shortened)", "Um Energie zu sparen, haben die Zwitterwesen eine strategische Lösung gefunden: Der Sex funktioniert nur mit gleichwertigem Aufwand.", nil},
		{"a belief verb before a colon and Konjunktiv words stays a cue (counter-example, Wikinews train wn13761 shortened)", "Der Fraktionsvize Michael Müller bezweifelte offen die Eignung Merkels: Er habe nicht den Eindruck, dass sie das Amt ausfüllen könne.", []string{
			"SOURCE „Der Fraktionsvize Michael Müller“ a", "CUE „bezweifelte“ bezweifeln a", "SOURCE „Er“ b",
			"QUOTE „Er habe nicht den Eindruck, dass sie das Amt ausfüllen könne“ indirect a", "CUE „den Eindruck“ den Eindruck haben b"}},
		// an infinitive in an ohne/um clause is no cue; the content after it belongs to the verb before it
		{"ohne … zu verweisen between a cue and its dass-clause (Wikinews dev wn27575, shortened)", "Am Donnerstag sagte General Michael Hagee, Kommandant des US-Marine-Corps, ohne auf einen spezifischen Vorfall zu verweisen, dass ihn die Anschuldigungen zutiefst besorgt hätten.", []string{
			"CUE „sagte“ sagen a", "SOURCE „General Michael Hagee“ a", "QUOTE „dass ihn die Anschuldigungen zutiefst besorgt hätten“ indirect a"}},
		{"sagte er, ohne … zu erwähnen, with no content after it (counter-example, n027 shortened)", "Die Slowakei wäre heute in einer ähnlichen Lage, sagte er, ohne den Wahlerfolg der FPÖ direkt zu erwähnen.", []string{
			"QUOTE „Die Slowakei wäre heute in einer ähnlichen Lage“ indirect a", "CUE „sagte“ sagen a", "SOURCE „er“ a"}},
	})
}
