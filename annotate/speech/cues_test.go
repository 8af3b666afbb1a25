package speech

import "testing"

// TestCueRules checks the cue rules of the eleventh round (GUIDELINES §4)
// on sentences from gold/speech-news dev and Wikinews, each with a
// counter-example: idioms listed in speech-verbs.txt, senses that are no
// reports, and the clause a separable particle or a content clause
// belongs to.
func TestCueRules(t *testing.T) {
	runFrameCases(t, []frameCase{
		// idioms and nouns listed in the lexicon
		{"publik machen (n017)", "Bereits letzte Woche hatte die Plattform die Überwachung zahlreicher deutscher Spitzenbeamter publik gemacht.", []string{
			"SOURCE „die Plattform“ a", "CUE „gemacht“ publik machen a"}},
		{"auf den Punkt bringen with pronoun content (n003)", "Owen Williams hat es in einem Tweet auf den Punkt gebracht.", []string{
			"SOURCE „Owen Williams“ a", "CUE „gebracht“ auf den Punkt bringen a"}},
		{"Kritik üben (n018)", "Auch Grüne und Neos üben heftige Kritik.", []string{
			"SOURCE „Grüne und Neos“ a", "CUE „üben“ Kritik üben a"}},
		{"zum Ausdruck bringen with a quote after the colon (Wikinews train wn13440, shortened)", "Den Unmut der CDU brachte die Sprecherin der Unionsfraktion, Annette Widmann-Mauz, zum Ausdruck: „Es gibt keinen Grund, Positionen aufzugeben.“", []string{
			"CUE „brachte“ zum Ausdruck bringen a", "SOURCE „die Sprecherin der Unionsfraktion, Annette Widmann-Mauz“ a",
			"QUOTE „Es gibt keinen Grund, Positionen aufzugeben“ direct a"}},
		{"den Verdacht hegen, a content clause (Wikinews train wn81799, shortened)", "Die Staatsanwaltschaft hegt den Verdacht, Ertel könnte Reisekosten falsch abgerechnet haben.", []string{
			"SOURCE „Die Staatsanwaltschaft“ a", "CUE „hegt“ den Verdacht hegen a", "QUOTE „Ertel könnte Reisekosten falsch abgerechnet haben“ indirect a"}},
		{"bringen without zum Ausdruck is no cue (counter-example)", "Die Firma brachte das Paket zur Post: „Es ist eilig.“", []string{
			// no CUE; the colon frame of a verb that reports nothing still
			// gives SOURCE + QUOTE (GUIDELINES §1.6)
			"SOURCE „Die Firma“ a", "QUOTE „Es ist eilig“ direct a"}},
		{"lästern über with pronoun content, agentless passive (n003)", "In Techmedien und auf Twitter wird darüber gelästert.", []string{
			"CUE „gelästert“ lästern a"}},
		{"lästern without über and without a quote is no cue (counter-example)", "Die Kollegen lästern gern.", nil},
		{"üben without Kritik is no cue (counter-example)", "Er übte am Nachmittag mit dem Orchester.", nil},
		{"sich rühmen with a genitive (n003)", "Immerhin rühmt sich Apple seines Designs, das sich auch in den hohen Preisen niederschlägt.", []string{
			"CUE „rühmt“ rühmen a", "SOURCE „Apple“ a"}},
		{"preisgeben with a noun phrase, headline (n014)", "Rechtsterroristin gibt nach jahrelangem Schweigen Details preis.", []string{
			"SOURCE „Rechtsterroristin“ a", "CUE „gibt“ preisgeben a"}},
		{"ausschließen with nicht (n013, shortened)", "Kim Jong-un schloss einen präventiven Atomangriff nicht aus.", []string{
			"SOURCE „Kim Jong-un“ a", "CUE „schloss“ ausschließen a"}},
		{"after a zu-infinitive and und the verb has the sentence's subject (n013)", "Nordkoreas Machthaber Kim Jong-un warf der US-Regierung vergangene Woche vor, eine Aggression gegen sein Land vorzubereiten und schloss einen präventiven Atomangriff Pjöngjangs nicht aus.", []string{
			"SOURCE „Nordkoreas Machthaber Kim Jong-un“ a", "CUE „warf“ vorwerfen a",
			// (the QUOTE of „warf“ ends before „und schloss“: TestSourceEdges)
			"QUOTE „eine Aggression gegen sein Land vorzubereiten“ indirect a",
			"CUE „schloss“ ausschließen a"}},
		{"ausschließen without nicht excludes (counter-example)", "Die Partei schloss den Abgeordneten aus.", nil},
		{"daraus schließen, dass (Wikinews dev wn52546)", "Beobachter schließen daraus, dass die Regierung nicht die volle Unterstützung der Armeeführung hat.", []string{
			"SOURCE „Beobachter“ a", "CUE „schließen“ schließen a",
			"QUOTE „dass die Regierung nicht die volle Unterstützung der Armeeführung hat“ indirect a"}},
		{"schließen without daraus is no cue (counter-example)", "Die Firma schloss das Werk, dass alle staunten.", nil},
		{"nach eigener Definition (n008, shortened)", "Sein Vergehen in den Augen der nach eigener Definition patriotisch gesinnten Presse: Corbyn hat die Hymne nicht mitgesungen.", []string{
			"QUOTE „Sein Vergehen in den Augen der nach eigener Definition patriotisch gesinnten Presse“ indirect a",
			"CUE „nach eigener Definition“ nach Definition a"}},
		{"a nach-adjective makes nach Berichten a cue without a named source (Wikinews dev wn61671, shortened)", "Nach bisher unbestätigten Berichten wurde der Firma Boeing außerdem Einsicht in das Angebot gewährt.", []string{
			"CUE „Nach bisher unbestätigten Berichten“ nach Berichten a", "QUOTE „wurde der Firma Boeing außerdem Einsicht in das Angebot gewährt“ indirect a"}},
		{"nach Recherchen without a named source means after them (counter-example, n005 shortened)", "Ekirch hatte nach langjährigen Recherchen bereits 2006 argumentiert, dass Menschen zweimal schliefen.", []string{
			"SOURCE „Ekirch“ a", "CUE „argumentiert“ argumentieren a", "QUOTE „dass Menschen zweimal schliefen“ indirect a"}},
		{"wie es in DOC heißt, verb-final (n041)", "Damit hat China die EU erstmals überholt, wie es am Donnerstag in einer Aussendung der OECD heißt.", []string{
			"QUOTE „Damit hat China die EU erstmals überholt“ indirect a", "SOURCE „der OECD“ a", "CUE „heißt“ heißen a"}},
		{"in denen es heißt, dass … (Wikinews dev wn77331, shortened)", "Er griff damit den Tenor chinesischer Medien auf, in denen es zu den Protesten vom Sonntag auch heißt, dass die Opposition nur ein Papiertiger sei.", []string{
			"CUE „heißt“ heißen a", "QUOTE „dass die Opposition nur ein Papiertiger sei“ indirect a"}},
		{"heißt as a name in a relative clause is no cue (counter-example)", "Das Dorf, in dem es nur einen Laden gibt, heißt Au.", nil},
		{"wie … heißt without es is no cue (counter-example)", "Wie der Ort heißt, weiß niemand.", nil},
		{"mit den Worten makes any verb the cue (Wikinews dev wn61671, shortened)", "Der Airbus-Vorstandsvorsitzende Enders schloss sich dieser Einschätzung mit den Worten an: „Wenn unser Partner überzeugt ist, haben wir keine Chance.“", []string{
			"SOURCE „Der Airbus-Vorstandsvorsitzende Enders“ a", "CUE „schloss“ anschließen a",
			"QUOTE „Wenn unser Partner überzeugt ist, haben wir keine Chance“ direct a"}},
		{"mit den Worten: the participle after an auxiliary (Wikinews train wn81848)", "Paolo hatte die Ausführung mit den Worten abgelehnt: „Das mache ich nicht.“", []string{
			"SOURCE „Paolo“ a", "CUE „abgelehnt“ ablehnen a", "QUOTE „Das mache ich nicht“ direct a"}},
		{"mit den Worten over an inserted clause, indirect content (Wikinews train wn14183, shortened)", "Er trat dem Vorwurf der Verteidigung, das Gericht sei nicht legitim, mit den Worten entgegen, das Gericht sei ein irakisches.", []string{
			"SOURCE „Er“ a", "CUE „trat“ entgegentreten a", "QUOTE „das Gericht sei ein irakisches“ indirect a"}},
		{"a cue verb keeps its own frame (counter-example, Wikinews train wn68713)", "Ein Fernsehsender zitierte Papandreou mit den Worten: „Wenn ich das Problem bin, gehe ich.“", []string{
			"SOURCE „Ein Fernsehsender“ a", "CUE „zitierte“ zitieren a", "SOURCE „Papandreou“ a", "QUOTE „Wenn ich das Problem bin, gehe ich“ direct a"}},
		{"mit den Worten without content is no cue (counter-example)", "Er begann mit den Worten zu spielen.", nil},
		{"ist der Meinung, dass (Wikinews train wn23657, shortened)", "Günter Metzges vom Online-Netzwerk Campact ist der Meinung, dass die Klage die Umsetzung nicht verzögern dürfe.", []string{
			"SOURCE „Günter Metzges vom Online-Netzwerk Campact“ a", "CUE „der Meinung“ der Meinung sein a",
			"QUOTE „dass die Klage die Umsetzung nicht verzögern dürfe“ indirect a"}},
		{"second verb: und ist der Meinung (Wikinews dev wn56334)", "Pressesprecher Steven McNamara spielte die Idee jedoch herunter und ist der Meinung, dass es in der nächsten Zukunft nicht umgesetzt werde.", []string{
			"SOURCE „Pressesprecher Steven McNamara“ a", "CUE „der Meinung“ der Meinung sein a",
			"QUOTE „dass es in der nächsten Zukunft nicht umgesetzt werde“ indirect a"}},
		{"the subject after sein, a V2 Konjunktiv clause (constructed)", "Daher ist auch der Minister der Ansicht, die Steuern müssten sinken.", []string{
			"SOURCE „der Minister“ a", "CUE „der Ansicht“ der Ansicht sein a", "QUOTE „die Steuern müssten sinken“ indirect a"}},
		{"der Meinung with a genitive and no clause is no cue (counter-example)", "Er war der Meinung seines Vaters.", nil},
		{"der Meinung without a form of sein is no cue (counter-example)", "Die Partei der Meinung, dass alles gut sei, verlor.", nil},
		{"a document with steht, dass (Wikinews train wn30204, shortened)", "In einem Jahresbericht des Ministeriums steht, dass 42 Prozent aller Fälle gelöst wurden.", []string{
			"SOURCE „des Ministeriums“ a", "CUE „steht“ stehen a", "QUOTE „dass 42 Prozent aller Fälle gelöst wurden“ indirect a"}},
		{"Darin steht: … (Wikinews dev wn39049, shortened)", "Darin steht unter anderem: „Besonders betroffen sind wir.“", []string{
			"SOURCE „Darin“ a", "CUE „steht“ stehen a", "QUOTE „Besonders betroffen sind wir“ direct a"}},
		{"steht without a document is no cue (counter-example)", "Im Mittelpunkt steht, dass alle helfen.", nil},
		{"dort is a place, an indicative clause no content (counter-example, Wikinews train wn61440)", "Dort stand das Wasser zeitweise bis anderthalb Meter in den Straßen, die Bewohner retteten sich auf Hausdächer.", nil},
		{"hatte es geheißen with a document (Wikinews train wn54978, shortened)", "In einer Erklärung der EU-Außenminister vom Dienstagabend hatte es geheißen: „Es gibt keine militärische Lösung.“", []string{
			"SOURCE „der EU-Außenminister vom Dienstagabend“ a", "CUE „geheißen“ heißen a", "QUOTE „Es gibt keine militärische Lösung“ direct a"}},
		{"hatte es geheißen without one (Wikinews train wn57933)", "Am Vormittag hatte es zunächst geheißen, die Opposition hätte die Demonstration abgesagt.", []string{
			"CUE „geheißen“ heißen a", "QUOTE „die Opposition hätte die Demonstration abgesagt“ indirect a"}},
		{"lauten with a quote after a colon (Wikinews train wn52796, shortened)", "Das Fazit des Vorabberichts lautete: „Insgesamt boten die Wahlen den Bürgern eine Chance.“", []string{
			"SOURCE „Das Fazit des Vorabberichts“ a", "CUE „lautete“ lauten a", "QUOTE „Insgesamt boten die Wahlen den Bürgern eine Chance“ direct a"}},
		{"a name lautet „…“ is no report (counter-example, Wikinews dev wn25006)", "Der wissenschaftliche Name lautet „Tiktaalik roseae“.", nil},

		// senses that report nothing
		{"belief with generic man is nobody's report (n026)", "Bisher habe man angenommen, dass sich die Buntbarsche tarnen.", nil},
		{"generic man with a place names who believes (counter-example)", "Bisher habe man im Ministerium angenommen, dass sich die Buntbarsche tarnen.", []string{
			// (definite „man“ takes its place phrase, GUIDELINES §1.3, d003)
			"SOURCE „man im Ministerium“ a", "CUE „angenommen“ annehmen a", "QUOTE „dass sich die Buntbarsche tarnen“ indirect a"}},
		{"generic man with a modal, also after a phrase of place (n032, shortened)", "Wo Griss zu verorten ist, ist weniger klar – während man bei den Kandidaten wohl davon ausgehen kann, dass sie ähnlich ticken wie ihre Parteien.", nil},
		// (an agentless passive with a modal: TestFrames, n020)
		{"with an agent it is a report (counter-example)", "Die Ergebnisse können von der Behörde mitgeteilt werden.", []string{
			"SOURCE „der Behörde“ a", "CUE „mitgeteilt“ mitteilen a"}},
		{"without a modal an agentless passive is a report (counter-example)", "Das Ergebnis wurde am Montag mitgeteilt.", []string{
			"CUE „mitgeteilt“ mitteilen a"}},
		{"an agentless naming passive in a relative clause names a term (n001, shortened)", "Eine bestimmte Art von Scheiben, die als Übergangsscheiben bezeichnet werden, zeichnet sich durch die Abwesenheit von Staub aus.", nil},
		{"with an agent it is a report (counter-example)", "Es gibt Scheiben, die von Astronomen als Übergangsscheiben bezeichnet werden.", []string{
			"SOURCE „Astronomen“ a", "CUE „bezeichnet“ bezeichnen a"}},
		{"in a main clause the naming passive stays a report (counter-example, n031 shortened)", "Die Datenlage wird hier aber insgesamt als lückenhaft bezeichnet.", []string{
			"CUE „bezeichnet“ bezeichnen a"}},
		{"verteidigen in sport defends a place, no report (Wikinews dev wn8814)", "Der US-amerikanische Tour-Favorit Lance Armstrong verteidigte das Gelbe Trikot mit Erfolg.", nil},
		{"verteidigen with a policy stays a cue (counter-example, 004_3a91d4dbb190197a)", "Im UN-Sicherheitsrat verteidigte der russische Botschafter Wassili Nebensja die militärische Kooperation seines Landes mit Nordkorea.", []string{
			"CUE „verteidigte“ verteidigen a", "SOURCE „der russische Botschafter Wassili Nebensja“ a"}},
		{"angeklagt wegen is a legal act (Wikinews train wn29108)", "Er wird wegen Kriegsverbrechen angeklagt.", nil},
		{"bestätigen of a court's verdict is a legal act (Wikinews train wn70915)", "Am Freitag hat ein Gericht das Urteil gegen die ehemalige Ministerpräsidentin Julia Timoschenko bestätigt.", nil},
		{"Rede und Antwort gestanden is stehen (Wikinews train wn83346)", "Theresa May hatte am Nachmittag in ihrer letzten Fragestunde dem Unterhaus Rede und Antwort gestanden.", nil},
		{"einräumen of chances grants (Wikinews train wn3552, shortened)", "Dem Kandidaten werden aber geringe Chancen eingeräumt.", nil},
		{"einräumen with a clause admits (counter-example)", "Der Minister räumte ein, dass er Fehler gemacht habe.", []string{
			"SOURCE „Der Minister“ a", "CUE „räumte“ einräumen a", "QUOTE „dass er Fehler gemacht habe“ indirect a"}},
		{"a verb form between an article and an adjective is an adverb (Wikinews train wn48348, shortened)", "Das Duell sei eine äußerst wichtige Etappe im Wahlkampf gewesen.", nil},
		{"a capitalised pronoun before it is the Vorfeld (counter-example, Wikinews train wn60157)", "Das berichten arabische Medien.", []string{
			"CUE „berichten“ berichten a", "SOURCE „arabische Medien“ a"}},
		{"Das + a preterite + the subject, no other verb: pronoun content (Wikinews train wn33262)", "Das erklärte General Winai Phattiyakul vom CDRM am Montag gegenüber ausländischen Diplomaten.", []string{
			"CUE „erklärte“ erklären a", "SOURCE „General Winai Phattiyakul vom CDRM“ a"}},
		{"Das erklärte Ziel … ist: an adjective (counter-example)", "Das erklärte Ziel der Regierung ist ein Abkommen.", nil},
		{"an np-word opening the sentence (Wikinews train wn64928, shortened)", "Von einem besonders schweren Eingriff in das Persönlichkeitsrecht spricht der Gesetzentwurf.", []string{
			"CUE „spricht“ sprechen a", "SOURCE „der Gesetzentwurf“ a"}},
		{"sprechen without von is no cue (counter-example)", "Mit dem Minister spricht der Botschafter.", nil},
		{"sich zu Wort melden takes the floor, no content (d002, shortened)", "Wann immer die Interessen unserer Mitglieder betroffen sind, werden wir uns zu Wort melden.", nil},
		{"warnen with only the addressee, headline (003_987abc8aba56cad3)", "Deutschland, USA und Nato warnen Nordkorea scharf", nil},
		{"warnen vor names the content (counter-example, 000_3ee6496f0a9e0860)", "Die EU-Staaten warnten indessen Nordkorea vor einer direkten Beteiligung an Russlands Angriffskrieg.", []string{
			"SOURCE „Die EU-Staaten“ a", "CUE „warnten“ warnen a"}},
		{"after an apposition the rest of the clause up to a colon (Wikinews train wn75575, shortened)", "Da Brauereien auf Trinkwasser angewiesen sind, warnte der Hauptgeschäftsführer des Deutschen Brauer-Bundes, Peter Hahn, die Politik in einem Brief an sechs Bundesminister: „Durch die Gewinnung von Erdgas kann diese Sicherheit beseitigt werden.“", []string{
			"CUE „warnte“ warnen a", "SOURCE „der Hauptgeschäftsführer des Deutschen Brauer-Bundes, Peter Hahn“ a",
			"QUOTE „Durch die Gewinnung von Erdgas kann diese Sicherheit beseitigt werden“ direct a"}},
		{"darstellen als (d004, GUIDELINES §1.2.2)", "Kickl stellte Van der Bellen als Linken in bürgerlicher Verkleidung dar.", []string{
			"SOURCE „Kickl“ a", "CUE „stellte“ darstellen a"}},
		{"darstellen without als constitutes (counter-example, Wikinews train wn7771 shortened)", "Wer Verträge in Frage stellt, stellt ein Friedensrisiko für Europa dar.", nil},
		{"erwähnen with a dass-clause (Wikinews train wn36639, shortened)", "Der Entwickler erwähnte auch, dass er weiteren Quellcode veröffentlichen werde.", []string{
			"SOURCE „Der Entwickler“ a", "CUE „erwähnte“ erwähnen a", "QUOTE „dass er weiteren Quellcode veröffentlichen werde“ indirect a"}},
		{"an adverb between article and participle: an adjective (counter-example, Wikinews train wn51123 shortened)", "Obama sagte in der bereits erwähnten Videobotschaft, der Verzicht sei keine leichte Entscheidung gewesen.", []string{
			"SOURCE „Obama“ a", "CUE „sagte“ sagen a", "QUOTE „der Verzicht sei keine leichte Entscheidung gewesen“ indirect a"}},
		{"errechnen, dass (Wikinews train wn57933, shortened)", "Die Wahlkampfhelfer errechneten, dass beide Kandidaten gleiche Stimmenanteile erreichten.", []string{
			"SOURCE „Die Wahlkampfhelfer“ a", "CUE „errechneten“ errechnen a", "QUOTE „dass beide Kandidaten gleiche Stimmenanteile erreichten“ indirect a"}},
		{"errechnen with a noun phrase only is no cue (counter-example)", "Die Firma errechnete einen Gewinn.", nil},
		{"a verb of belief takes no indicative V2 clause (Wikinews train wn49334)", "Ich glaube, die Künstler wollen auf den Videos einfach nur gut aussehen.", nil},
		{"ausgehen von + noun phrase with an indicative clause after it (Wikinews train wn45244)", "Die Behörden gehen von einem terroristischen Hintergrund aus, ein Ermittlungsverfahren wurde bereits eingeleitet.", nil},
		{"a V2 clause in Konjunktiv I is content (counter-example)", "Er glaubt, die Künstler seien eitel.", []string{
			"SOURCE „Er“ a", "CUE „glaubt“ glauben a", "QUOTE „die Künstler seien eitel“ indirect a"}},
		{"sich herausstellen turns out, reflexive before the participle (n026)", "Es hat sich also herausgestellt, dass diese Buntbarsche alle anderen Fische attackieren.", nil},
		{"herausstellen without sich is a report (counter-example)", "Der Minister hat herausgestellt, dass die Lage ernst sei.", []string{
			"SOURCE „Der Minister“ a", "CUE „herausgestellt“ herausstellen a", "QUOTE „dass die Lage ernst sei“ indirect a"}},
		{"sich bestätigen proves true (Wikinews train wn14002)", "Damit bestätigt sich die Befürchtung, dass sich das Vogelgrippevirus durch Zugvögel nach Europa ausbreitet.", nil},
		{"a verb form closing a main clause after its finite verb is a participle (n021)", "Doch nicht immer scheint dies im Rollenverständnis begründet.", nil},
		{"the finite verb in second position stays a cue (counter-example)", "Die Ministerin begründet, dass die Kosten steigen.", []string{
			"SOURCE „Die Ministerin“ a", "CUE „begründet“ begründen a", "QUOTE „dass die Kosten steigen“ indirect a"}},

		// which verb the particle and the content belong to
		{"a particle before und and a second verb (n042)", "Die Beschuldigten weisen die Vorwürfe zurück und sprechen von Korruption.", []string{
			"SOURCE „Die Beschuldigten“ a", "CUE „weisen“ zurückweisen a", "CUE „sprechen“ sprechen a"}},
		{"the content after und + a finite verb is the second verb's (n023)", "Über seinen privaten Facebook-Account hat Hasani öffentlich einen Smartphone-Screenshot gepostet und fragt, wie oft die Zahl 3 darauf zu sehen ist.", []string{
			"SOURCE „Hasani“ a", "CUE „fragt“ fragen a", "QUOTE „wie oft die Zahl 3 darauf zu sehen ist“ indirect a"}},
		{"two participles share the content (counter-example)", "Die Ministerin hat angekündigt und betont, dass sie zurücktrete.", []string{
			"SOURCE „Die Ministerin“ a", "CUE „angekündigt“ ankündigen a", "CUE „betont“ betonen a", "QUOTE „dass sie zurücktrete“ indirect a"}},
		{"geht X, apposition with an article, davon aus (Wikinews dev wn39049)", "Zu dieser Zeit ging Celebi, die Anwältin der Frau, noch davon aus, dass der Haftbefehl vor dem Gebäude vollstreckt würde.", []string{
			"CUE „ging“ ausgehen a", "SOURCE „Celebi“ a", "QUOTE „dass der Haftbefehl vor dem Gebäude vollstreckt würde“ indirect a"}},
		{"geht X, apposition, davon aus after the Vorfeld subject (Wikinews dev wn48004, shortened)", "Der Premierminister des Kosovos Hashim Thaçi geht nach einem Treffen mit dem UNMIK-Leiter im Kosovo, Joachim Rücker, davon aus, dass die Europäische Union das Land anerkennen werde.", []string{
			"SOURCE „Der Premierminister des Kosovos Hashim Thaçi“ a", "CUE „geht“ ausgehen a",
			"QUOTE „dass die Europäische Union das Land anerkennen werde“ indirect a"}},
		{"an inserted clause without the particle is no apposition (counter-example)", "Am Abend ging Huber, die Sitzung war vorbei, nach Hause.", nil},

		// twelfth round (GUIDELINES §4)
		{"a report inside a dass-clause with its own content keeps CUE and SOURCE (n018, shortened)", "Mikl-Leitner erklärte das damit, dass der Nachbar Slowenien darum gebeten habe, von einem 25-Kilometer-Zaun abzusehen.", []string{
			"SOURCE „Mikl-Leitner“ a", "CUE „erklärte“ erklären a",
			"QUOTE „dass der Nachbar Slowenien darum gebeten habe, von einem 25-Kilometer-Zaun abzusehen“ indirect a",
			"SOURCE „der Nachbar Slowenien“ b", "CUE „gebeten“ bitten b"}},
		{"a dass-clause whose verb has no content of its own holds no report (counter-example, bench corpus)", "Hätte die Polizei gewusst, dass von diesen Menschen Gefahr ausgeht, hätte sie mehr Beamte geschickt.", nil},
		{"den Eindruck haben, dass (n140)", "Ich hatte den Eindruck, dass wir frischer waren in der Endphase, meinte der Wiener.", []string{
			"SOURCE „Ich“ a", "QUOTE „Ich hatte den Eindruck, dass wir frischer waren in der Endphase“ direct b",
			"CUE „den Eindruck“ den Eindruck haben a", "CUE „meinte“ meinen b", "SOURCE „der Wiener“ b"}},
		{"das Gefühl haben, dass (n135, shortened)", "Ich habe das Gefühl, dass die EU es hier sehr ernst meint.", []string{
			"SOURCE „Ich“ a", "CUE „das Gefühl“ das Gefühl haben a", "QUOTE „dass die EU es hier sehr ernst meint“ indirect a"}},
		{"man hat das Gefühl is nobody's impression (counter-example, bench corpus)", "Man hat das Gefühl, dass VR mehr als nur Spiele revolutionieren wird.", nil},
		{"den Eindruck without a content clause is no cue (counter-example)", "Er hatte den Eindruck eines Siegers.", nil},
		{"den Eindruck without haben is no cue (counter-example)", "Er erweckte den Eindruck, dass alles gut sei.", nil},
		{"an insertion between dashes in the Vorfeld (n146)", "Entholzer – seit zwei Jahren Parteichef – kündigte dezidiert eine Wiederkandidatur als Vorsitzender an.", []string{
			"SOURCE „Entholzer“ a", "CUE „kündigte“ ankündigen a"}},
		{"an insertion between dashes before the infinitive (n154, shortened)", "Die EU-Kommission werde die Bundesregierung – und nicht die Bank Austria – auffordern, das zu rechtfertigen.", []string{
			"SOURCE „Die EU-Kommission“ a", "CUE „auffordern“ auffordern a", "QUOTE „das zu rechtfertigen“ indirect a"}},
		{"a dateline dash is no insertion (counter-example)", "Wien – Der Minister kündigte eine Reform an.", []string{
			"SOURCE „Der Minister“ a", "CUE „kündigte“ ankündigen a"}},
		{"a dash before a verb without a second dash keeps its clause (counter-example)", "Die Firma hat die Seite gesperrt – die Zeitung berichtete.", []string{
			"SOURCE „die Zeitung“ a", "CUE „berichtete“ berichten a"}},
		{"a clause between a dateline dash and a dash is no insertion (counter-example, bench corpus)", "Berlin – Für Nutzer hat Axel Springer die Inhalte gesperrt – derStandard.at berichtete.", []string{
			// (a lower-case web site before its verb is not taken as the SOURCE yet)
			"CUE „berichtete“ berichten a"}},
		{"überzeugt sein, dass: a belief with sein (bench corpus, DER STANDARD)", "Baier ist überzeugt, dass Varoufakis der richtige Mann an der Spitze der Bewegung ist.", []string{
			"SOURCE „Baier“ a", "CUE „überzeugt“ überzeugt sein a", "QUOTE „dass Varoufakis der richtige Mann an der Spitze der Bewegung ist“ indirect a"}},
		{"überzeugt sein at the start of a sentence: lemma lower case (n143 frame, fronted)", "Überzeugt ist die Fluglinie, dass die Piloten nachgeben.", []string{
			"CUE „Überzeugt“ überzeugt sein a", "SOURCE „die Fluglinie“ a", "QUOTE „dass die Piloten nachgeben“ indirect a"}},
		{"überzeugen in the perfect with haben keeps its lemma (counter-example to the state)", "Er hat mich überzeugt, dass wir gewinnen können.", []string{
			"SOURCE „Er“ a", "CUE „überzeugt“ überzeugen a", "QUOTE „dass wir gewinnen können“ indirect a"}},
		{"überzeugt with only a von-phrase is no cue (counter-example)", "Der Kunde war überzeugt von der Qualität.", nil},
		{"überzeugen someone is no cue (counter-example)", "Die Kandidatin hat die Jury überzeugt.", nil},
		{"bekunden with a noun phrase (n168, shortened)", "Einige Kandidaten hätten ihr Interesse am Parteivorsitz bekundet.", []string{
			"SOURCE „Einige Kandidaten“ a", "CUE „bekundet“ bekunden a"}},
		{"berechnen after the reported words (n153, shortened)", "Die Interaktion von Genen beeinflusst die Evolution auf lange Sicht, berechneten Forscher der Universität Wien.", []string{
			"QUOTE „Die Interaktion von Genen beeinflusst die Evolution auf lange Sicht“ indirect a", "CUE „berechneten“ berechnen a",
			"SOURCE „Forscher der Universität Wien“ a"}},
		{"berechnen with a noun phrase only is no cue (counter-example)", "Die Firma berechnete die Kosten.", nil},
		{"Rosen streuen after the reported words; the idiom's noun stays out of the SOURCE (n172)", "Die Arbeit des Bildregisseurs komme der eines Dirigenten gleich, streute ORF-Moderatorin Barbara Rett Rosen.", []string{
			"QUOTE „Die Arbeit des Bildregisseurs komme der eines Dirigenten gleich“ indirect a", "CUE „streute“ Rosen streuen a", "SOURCE „ORF-Moderatorin Barbara Rett“ a"}},
		{"streuen without Rosen is no cue (counter-example)", "Der Winterdienst sei unterwegs, streute die Gemeinde Salz.", nil},
		{"ins Treffen führen, an argument brought up (n158)", "Auch er führt Verschwiegenheitspflichten als Argument ins Treffen.", []string{
			"SOURCE „er“ a", "CUE „führt“ ins Treffen führen a"}},
		{"führen without ins Treffen is no cue (counter-example)", "Auch er führt die Liste als Spitzenkandidat an.", nil},
		{"a passive zu-infinitive without content reports nothing (Wikinews dev wn44357)", "Für den Almosengeber bedeutet dies, aus der religiösen Gemeinschaft ausgeschlossen zu werden.", nil},
		{"a passive zu-infinitive in an um-clause reports nothing (Wikinews train wn55554, shortened)", "Sie muss sich der Wahl stellen, um dann für die restliche Amtszeit bestätigt zu werden.", nil},
		{"a perfect zu-infinitive with content reports (counter-example)", "Er bestreitet, gesagt zu haben, dass die Firma pleite sei.", []string{
			// („zu haben“ is the participle's auxiliary, not its content)
			"SOURCE „Er“ a", "CUE „bestreitet“ bestreiten a", "CUE „gesagt“ sagen b", "QUOTE „dass die Firma pleite sei“ indirect b"}},
		{"zu + infinitive + sein is the writer's remark (Wikinews dev wn78978, shortened)", "Wobei zu bemerken ist, dass der Spitzenkandidat selbst den Termin nicht so hochrangig fand.", nil},
		{"sein + zu + an infinitive that looks finite is the writer's question (n157, shortened)", "Ist das Prinzip des Remakes generell zu kritisieren oder gibt es gute Gründe, dass derselbe Stoff wieder bearbeitet wird?", nil},
		{"ist zu hören, … stays a report (counter-example)", "Aus dem Ministerium ist zu hören, man wolle die Frist verlängern.", []string{
			"SOURCE „dem Ministerium“ a", "CUE „hören“ hören a", "QUOTE „man wolle die Frist verlängern“ indirect a"}},
		{"erfahren without a source is learning (Wikinews dev wn36276, shortened)", "Er hatte erfahren, dass eine Flugzeugmarke nicht mehr gewartet werden musste.", nil},
		{"erfahren with a modal is learning (Wikinews dev wn69844, shortened)", "Groß war die Enttäuschung, als sie erfahren mussten, dass sie wertloses Papier erworben hatten.", nil},
		{"erfahren in a wie-clause reports (counter-example, GUIDELINES §1.4)", "Wie der Standard erfuhr, setzte das Höchstgericht die Rückschiebung aus.", []string{
			"SOURCE „der Standard“ a", "CUE „erfuhr“ erfahren a", "QUOTE „setzte das Höchstgericht die Rückschiebung aus“ indirect a"}},
		{"erfahren with an aus-phrase reports (counter-example, bench corpus)", "Die Zentren sollten bis Mittwoch eröffnet werden, erfuhr die Nachrichtenagentur AFP am Montag aus griechischen Regierungskreisen.", []string{
			"QUOTE „Die Zentren sollten bis Mittwoch eröffnet werden“ direct a", "CUE „erfuhr“ erfahren a", "SOURCE „die Nachrichtenagentur AFP“ a"}},
		{"wie berichtet points back to the writer's text (n148)", "Wie berichtet sollen diese Impulse vor allem durch die Wohnbauoffensive kommen.", nil},
		{"wie schon erwähnt (bench corpus)", "Das gilt, wie schon erwähnt, auch auf anderen Feldern.", nil},
		{"wie + a name + berichtet stays a frame (counter-example, bench corpus)", "Doch dieses Versprechen hat einen Haken, wie ct berichtet.", []string{
			// (a lower-case name is no SOURCE yet)
			"QUOTE „Doch dieses Versprechen hat einen Haken“ indirect a", "CUE „berichtet“ berichten a"}},
		{"wie + a subject + berichtet stays a frame (counter-example)", "Wie die Zeitung berichtet, sollen die Impulse aus dem Wohnbau kommen.", []string{
			"SOURCE „die Zeitung“ a", "CUE „berichtet“ berichten a", "QUOTE „sollen die Impulse aus dem Wohnbau kommen“ indirect a"}},
		{"sich behaupten holds its ground (n137)", "Der zweimalige Titelträger Finnland behauptete sich mit 3:1 gegen Frankreich.", nil},
		{"behaupten von sich selbst reports (counter-example, Wikinews train wn80950)", "Der Tatverdächtige behauptet von sich selbst, weitere Menschen getötet zu haben.", []string{
			"SOURCE „Der Tatverdächtige“ a", "CUE „behauptet“ behaupten a", "QUOTE „weitere Menschen getötet zu haben“ indirect a"}},
		{"bestreiten a match is playing it (n140, shortened)", "Der Ex-Austrianer hatte seit Ende November kein Pflichtspiel mehr bestritten.", nil},
		{"bestreiten with a claim reports (counter-example)", "Der Trainer bestritt, dass das Spiel verschoben werde.", []string{
			"SOURCE „Der Trainer“ a", "CUE „bestritt“ bestreiten a", "QUOTE „dass das Spiel verschoben werde“ indirect a"}},
		{"nennen with generic man names a thing (bench corpus)", "Die Ergebnisse passen in eine Forschungsrichtung, die man local sleep nennt.", nil},
		{"erzählen von names the content (n111)", "Patienten hatten ihm immer wieder von Funden menschlicher Überreste erzählt.", []string{
			"SOURCE „Patienten“ a", "CUE „erzählt“ erzählen a"}},
		{"erzählen without von or content is no cue (counter-example)", "Die Großmutter erzählte stundenlang.", nil},
		{"nachsagen with a noun phrase, passive with an agent (n119, shortened)", "Ambitionen auf das Amt werden von Parteifreunden auch zwei Männern nachgesagt.", []string{
			"SOURCE „Parteifreunden“ a", "CUE „nachgesagt“ nachsagen a"}},
		{"dative pronoun content: Dem widersprach X (n138, shortened)", "Dem widersprach am Mittwoch ein Sprecher der Slowenischen Staatsbahnen.", []string{
			"CUE „widersprach“ widersprechen a", "SOURCE „ein Sprecher der Slowenischen Staatsbahnen“ a"}},
		{"Dem + a noun is an addressee, no content (counter-example)", "Dem Minister widersprach am Mittwoch ein Sprecher.", nil},
		{"sich nennen names a thing (bench corpus, DER STANDARD)", "Maria Giulia nennt sich jetzt Fatima.", nil},
		{"sich nennen in a wie-clause (Wikinews train wn30019, shortened)", "Syd Barrett, wie er sich selbst gerne nannte, ist tot.", nil},
		{"nennen without sich reports (counter-example, Wikinews dev wn49380 shortened)", "Wolfgang Hürter nennt den Vorgang ein „Musterbeispiel für Solidarität“.", []string{
			"SOURCE „Wolfgang Hürter“ a", "CUE „nennt“ nennen a"}},
		{"a naming passive with a bare noun names a thing (n123)", "Diese Materiewelle fließt ohne innere Reibung und wird deshalb Supraflüssigkeit genannt.", nil},
		{"so wird … genannt names a thing (Wikinews dev wn48553, shortened)", "Die Zahl stieg seit Beginn des „Landrush“ – so wird die Echtzeit-Registrierung auch genannt – auf 266.700.", nil},
		{"a passive of nennen with content reports (counter-example, Wikinews train wn73882 shortened)", "Als Grund für die Verhaftung wurde genannt, dass der Mann als Vorbeter gearbeitet habe.", []string{
			"CUE „genannt“ nennen a"}},
		{"a passive of nennen with an agent reports (counter-example, bench corpus)", "Die Schweiz wird vom Minister als Vorbild genannt.", []string{
			"SOURCE „Minister“ a", "CUE „genannt“ nennen a"}},
		{"a passive of nennen that lists what was named reports (counter-example, bench corpus)", "Bei einem der Panels wurde die Europäische Union als Vorbild genannt.", []string{
			"CUE „genannt“ nennen a"}},
		{"sich ergeben follows (Wikinews train wn40716, shortened)", "Daraus ergibt sich unzweideutig, dass nationales Recht dem Europäischen Recht nicht widersprechen darf.", nil},
		{"ergeben without sich reports a finding (counter-example, Wikinews dev wn75720 shortened)", "Erste Ermittlungen ergaben, dass Benzin in dem Bus entzündet wurde.", []string{
			"SOURCE „Erste Ermittlungen“ a", "CUE „ergaben“ ergeben a", "QUOTE „dass Benzin in dem Bus entzündet wurde“ indirect a"}},
		{"nichts is no speaker in a dass-clause (counter-example, bench corpus)", "Er sagte, dass nichts dafür spricht, dass sich das Modell kopieren ließe.", []string{
			"SOURCE „Er“ a", "CUE „sagte“ sagen a", "QUOTE „dass nichts dafür spricht, dass sich das Modell kopieren ließe“ indirect a"}},
	})
}

// TestCueRulesR4b checks the second half of the twelfth round's cue rules
// (helper s3), each with a counter-example.
func TestCueRulesR4b(t *testing.T) {
	runFrameCases(t, []frameCase{
		// the adjective „laut“ with „werden“ before a reported clause (lemma „laut werden“)
		{"in X + voices + laut werden + ob (speech-news n128)", "Nach Bildung der Koalition im Burgenland wurden in der SPÖ Zweifel laut, ob sich eine Landesorganisation an den Beschluss halten muss.", []string{
			"SOURCE „der SPÖ“ a", "CUE „laut“ laut werden a", "QUOTE „ob sich eine Landesorganisation an den Beschluss halten muss“ indirect a"}},
		{"voices + laut werden + Konjunktiv (Wikinews train wn77549)", "Erneut wurden Vorwürfe laut, die Angreifer sprächen nicht den lokalen Dialekt.", []string{
			"SOURCE „Vorwürfe“ a", "CUE „laut“ laut werden a", "QUOTE „die Angreifer sprächen nicht den lokalen Dialekt“ indirect a"}},
		{"laut werden without a reported clause (counter-example, Wikinews train wn70140)", "Schon seit längerem wurden Vorwürfe gegen die neue Regierung laut. Der Minister trat zurück.", nil},
		{"laut werden before an indicative clause (counter-example, Wikinews dev wn64683 shortened)", "Kritik wird an der Entscheidung laut, die Tochter des Ministers wird Programmdirektorin.", nil},
		// „laut“ + a noun phrase with an adverb or two phrases in its participle attribute (np.go npCore)
		{"laut + article + adverb + participle + noun (speech-news n242)", "Die Gelder aus dem Sonderfonds mussten laut den damals geltenden Bestimmungen nicht belegt werden.", []string{
			"QUOTE „Die Gelder aus dem Sonderfonds mussten laut den damals geltenden Bestimmungen nicht belegt werden“ indirect a", "CUE „laut“ laut a", "SOURCE „den damals geltenden Bestimmungen“ a"}},
		{"laut + a two-phrase attribute, the host clause ends at an inverted frame (speech-news n223)", "103 Tiere leben laut den am Mittwoch von der Regierung präsentierten Zahlen in freier Wildbahn, berichtete die Naturschutzorganisation WWF.", []string{
			// (s4, after the merge: the clause is the QUOTE of „berichtete“, as in the gold; „laut“ keeps CUE + SOURCE, §1.4.6)
			"QUOTE „103 Tiere leben laut den am Mittwoch von der Regierung präsentierten Zahlen in freier Wildbahn“ direct a", "CUE „laut“ laut b", "SOURCE „den am Mittwoch von der Regierung präsentierten Zahlen“ b",
			"CUE „berichtete“ berichten a", "SOURCE „die Naturschutzorganisation WWF“ a"}},
		// a word whose finite readings are all second person singular is no cue (grammar.go)
		{"äußerst before an adverb is no form of äußern (speech-news n213)", "Seine Eltern feierten die Nominierung äußerst  ungewöhnlich: Sie platzten zur Verwunderung der Journalisten herein.", nil},
		{"äußert stays a cue (counter-example)", "Seine Eltern äußerten sich ungewöhnlich: Sie seien stolz.", []string{
			"SOURCE „Seine Eltern“ a", "CUE „äußerten“ äußern a", "QUOTE „Sie seien stolz“ indirect a"}},
		// „Seit/Während/Bis“ + a bare noun + a finite verb opens a main clause, the reported words of an inverted cue
		{"Seit + bare noun + Konjunktiv before an inverted cue with a particle (speech-news n232)", "Seit Jahresbeginn seien insgesamt 150.000 Flüchtlinge über die Balkanroute in die EU gelangt, führte Tusk aus.", []string{
			"QUOTE „Seit Jahresbeginn seien insgesamt 150.000 Flüchtlinge über die Balkanroute in die EU gelangt“ indirect a", "CUE „führte“ ausführen a", "SOURCE „Tusk“ a"}},
		{"seit + a name + its verb last is an adverbial clause, the Vorfeld (counter-example)", "Seit Merkel regiert, sagte Tusk, sei alles anders.", []string{
			"CUE „sagte“ sagen a", "SOURCE „Tusk“ a", "QUOTE „sei alles anders“ indirect a"}},
		{"an adverb after the noun stays out of the source (counter-example)", "Die Gelder mussten laut den Bestimmungen damals nicht belegt werden.", []string{
			"QUOTE „Die Gelder mussten laut den Bestimmungen damals nicht belegt werden“ indirect a", "CUE „laut“ laut a", "SOURCE „den Bestimmungen“ a"}},
	})
}
