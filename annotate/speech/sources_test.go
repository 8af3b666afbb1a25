package speech

import "testing"

// TestSourceEdges checks the eleventh round's SOURCE and QUOTE edges, fixed
// on gold/speech-news (DER STANDARD articles, most without quotation
// marks), each with a counter-example where the rule must not fire. Lines
// as in TestFrames.
func TestSourceEdges(t *testing.T) {
	runFrameCases(t, []frameCase{
		// a party in brackets after the speaker is left out (GUIDELINES §1.3)
		{"party bracket after a Vorfeld speaker (speech-news n007)", "Agrarlandesrat Hans Seitinger (ÖVP) bezifferte den möglichen Schaden auf bis zu 200 Millionen Euro.", []string{
			"SOURCE „Agrarlandesrat Hans Seitinger“ a", "CUE „bezifferte“ beziffern a"}},
		{"party bracket before a colon frame (speech-news n015)", "Bürgermeister Kurt Fischer (VP) sieht strukturelle Gründe für die Lage: Wir haben keine leerstehenden Ferienheime.", []string{
			"SOURCE „Bürgermeister Kurt Fischer“ a", "QUOTE „Wir haben keine leerstehenden Ferienheime“ direct a"}},
		{"an unlisted upper-case bracket abbreviates the name and stays (d010)", "Das teilte heute, Freitag, die Bundeswettbewerbsbehörde (BWB) auf ihrer Homepage mit.", []string{
			"CUE „teilte“ mitteilen a", "SOURCE „die Bundeswettbewerbsbehörde (BWB)“ a"}},
		// the subject of two coordinated clauses opens the sentence
		{"a demonstrative before the first of two coordinated verbs (speech-news n040)", "Dieser lehnt die Entsendung von Truppen vehement ab und hat die geplante Mission als Invasionsarmee bezeichnet.", []string{
			"SOURCE „Dieser“ a", "CUE „bezeichnet“ bezeichnen a"}},
		{"a noun phrase before the first of two coordinated verbs (Wikinews train wn38177)", "Die Häftlinge standen am Zaun und sagten, sie hätten Hunger.", []string{
			"SOURCE „Die Häftlinge“ a", "CUE „sagten“ sagen a", "QUOTE „sie hätten Hunger“ indirect a"}},
		{"an adverbial before the first verb: the subject follows it (counter-example)", "Am Freitag lehnte er den Plan ab und sagte, er bleibe im Amt.", []string{
			"SOURCE „er“ a", "CUE „sagte“ sagen a", "QUOTE „er bleibe im Amt“ indirect a"}},
		// a verb-final reported clause ends where the writer's main clause starts (§1.4.2)
		{"und + finite verb after a zu-infinitive (speech-news n013)", "Nordkoreas Machthaber Kim Jong-un warf der US-Regierung vergangene Woche vor, eine Aggression gegen sein Land vorzubereiten und schloss einen präventiven Atomangriff Pjöngjangs nicht aus.", []string{
			"SOURCE „Nordkoreas Machthaber Kim Jong-un“ a", "CUE „warf“ vorwerfen a", "QUOTE „eine Aggression gegen sein Land vorzubereiten“ indirect a",
			"CUE „schloss“ ausschließen a"}},
		{"comma + indicative main clause after a zu-infinitive (speech-news n018)", "Die Volkshilfe wiederum rief dazu auf, ihre Anti-Zaun-Petition zu unterzeichnen, die Diakonie sprach von einem schrecklichen Symbol.", []string{
			"SOURCE „Die Volkshilfe“ a", "CUE „rief“ aufrufen a", "QUOTE „ihre Anti-Zaun-Petition zu unterzeichnen“ indirect a",
			"SOURCE „die Diakonie“ b", "CUE „sprach“ sprechen b"}},
		{"comma + finite verb after a Konjunktiv clause (Wikinews train wn14183)", "Er sagte, er sei unschuldig, erkannte die Autorität des Gerichtes nicht an.", []string{
			"SOURCE „Er“ a", "CUE „sagte“ sagen a", "QUOTE „er sei unschuldig“ indirect a"}},
		{"a second verb of the dass-clause stays in it (counter-example)", "Er sagte, dass er komme und bleibe.", []string{
			"SOURCE „Er“ a", "CUE „sagte“ sagen a", "QUOTE „dass er komme und bleibe“ indirect a"}},
		{"a Konjunktiv second verb stays in the quote (counter-example)", "Er sagte, er sei krank und habe Fieber.", []string{
			"SOURCE „Er“ a", "CUE „sagte“ sagen a", "QUOTE „er sei krank und habe Fieber“ indirect a"}},
		{"an adjective after a comma stays in the quote (counter-example, Wikinews train wn79138)", "Er forderte, dass nicht erlaubt werden solle, bestimmte Kommunikationstechniken zu benutzen.", []string{
			"SOURCE „Er“ a", "CUE „forderte“ fordern a", "QUOTE „dass nicht erlaubt werden solle, bestimmte Kommunikationstechniken zu benutzen“ indirect a"}},
		// an adjective of origin in a nach-phrase is its SOURCE (§1.2.4)
		{"adjective of origin in nach Angaben (speech-news n013)", "Der Student hatte sich nach nordkoreanischen Angaben zum Diebstahl von Propagandamaterial bekannt.", []string{
			"QUOTE „Der Student hatte sich nach nordkoreanischen Angaben zum Diebstahl von Propagandamaterial bekannt“ indirect a",
			"CUE „nach nordkoreanischen Angaben“ nach Angaben a", "SOURCE „nordkoreanischen“ a"}},
		{"an adjective of manner is no source (counter-example)", "Der Student hatte sich nach offiziellen Angaben zum Diebstahl bekannt.", []string{
			"QUOTE „Der Student hatte sich nach offiziellen Angaben zum Diebstahl bekannt“ indirect a",
			"CUE „nach offiziellen Angaben“ nach Angaben a"}},
		{"an adjective in -isch of manner is no source (counter-example)", "Der Zugang wurde nach technischer Analyse gesperrt.", []string{
			"QUOTE „Der Zugang wurde nach technischer Analyse gesperrt“ indirect a",
			"CUE „nach technischer Analyse“ nach Analyse a"}},
		// the named author of a document (§1.3)
		{"a name in the genitive before the document of heißt es (speech-news n014)", "Uwe Böhnhardt war das egal, heißt es in Zschäpes Erklärung.", []string{
			"QUOTE „Uwe Böhnhardt war das egal“ direct a", "CUE „heißt es“ heißen a", "SOURCE „Zschäpes“ a"}},
		{"the genitive after a survey after laut (speech-news n031)", "So hatten laut einer Erhebung des Justizministeriums drei Viertel der Insassen nur Pflichtschulabschluss.", []string{
			"QUOTE „So hatten laut einer Erhebung des Justizministeriums drei Viertel der Insassen nur Pflichtschulabschluss“ indirect a",
			"CUE „laut“ laut a", "SOURCE „des Justizministeriums“ a"}},
		{"a document without an author stays the SOURCE (counter-example, d006)", "In einer Pressemitteilung hieß es, der Ministerpräsident sei nicht zurückgetreten.", []string{
			"SOURCE „einer Pressemitteilung“ a", "CUE „hieß es“ heißen a", "QUOTE „der Ministerpräsident sei nicht zurückgetreten“ indirect a"}},
		// a number and a noun after the speaker open the next phrase
		{"a quantity after the genitive source (speech-news n037)", "Bei dem Beschuss wurden nach Angaben der Beobachtungsstelle 18 Zivilisten getötet.", []string{
			"QUOTE „Bei dem Beschuss wurden nach Angaben der Beobachtungsstelle 18 Zivilisten getötet“ indirect a",
			"CUE „nach Angaben“ nach Angaben a", "SOURCE „der Beobachtungsstelle“ a"}},
		{"a number inside a name stays (counter-example, Wikinews train wn64617)", "Das sei nicht akzeptabel, sagte der Sportchef von Bayer 04 Leverkusen.", []string{
			"QUOTE „Das sei nicht akzeptabel“ indirect a", "CUE „sagte“ sagen a", "SOURCE „der Sportchef von Bayer 04 Leverkusen“ a"}},
		// colon frames with a verb that reports nothing (§1.6)
		{"an article opening the speaker's Vorfeld is no relative pronoun (Wikinews train wn71599)", "Die Bewohner des Dorfes sehen alles gelassen: „Das sind Leute wie du und ich, lasst die doch in Ruhe.“", []string{
			"SOURCE „Die Bewohner des Dorfes“ a", "QUOTE „Das sind Leute wie du und ich, lasst die doch in Ruhe“ direct a"}},
		{"Konjunktiv I after the colon reports the speaker, a paper's name after its article (speech-news n008)", "Der Independent ging noch einen Schritt weiter: Corbyn müsse seine Strategie im Umgang mit den Medien radikal ändern.", []string{
			"SOURCE „Der Independent“ a", "QUOTE „Corbyn müsse seine Strategie im Umgang mit den Medien radikal ändern“ indirect a"}},
		{"an unmarked indicative after the colon stays the writer's (counter-example)", "Der Independent ging noch einen Schritt weiter: Corbyn hat seine Strategie geändert.", nil},
		{"a compound common noun after its article is no name (counter-example, Wikinews train wn34728)", "Für den Schutz trägt die Hauptverantwortung die Familie: Sie müsse ein Signal setzen.", nil},
		// the holder of a view in a „für“ phrase before an impersonal cue
		{"für + role before an impersonal cue (speech-news n029)", "Für die Forscher leitet sich daraus etwa ab, dass die Kinder mehr Anleitung brauchen.", []string{
			"SOURCE „die Forscher“ a", "CUE „leitet“ ableiten a", "QUOTE „dass die Kinder mehr Anleitung brauchen“ indirect a"}},
		{"für + a thing is no holder (counter-example, speech-news n035)", "Für den Vertrauensindex leitet sich daraus ab, dass sie weniger polarisiert.", []string{
			"CUE „leitet“ ableiten a", "QUOTE „dass sie weniger polarisiert“ indirect a"}},
		// a possessive in -en/-em after the verb is an object, never the speaker
		{"a possessive object after the verb is no speaker (constructed after Wikinews train wn63107)", "Danach nannte seinen Platzverweis auch der Trainer überzogen.", []string{
			"CUE „nannte“ nennen a", "SOURCE „der Trainer“ a"}},
		{"a possessive in -er can be the speaker (counter-example)", "Danach nannte sein Trainer den Platzverweis überzogen.", []string{
			"CUE „nannte“ nennen a", "SOURCE „sein Trainer“ a"}},
		// SOURCE extent (§1.3)
		{"an apposition without a name after a bare name is left out (speech-news n033)", "Das habe sich bewährt, vermutet Josef Kalina, SPÖ-naher Kommunikationsberater.", []string{
			"QUOTE „Das habe sich bewährt“ indirect a", "CUE „vermutet“ vermuten a", "SOURCE „Josef Kalina“ a"}},
		{"an appositive name after a role stays (counter-example, seed 001)", "„Fragen Sie in Pjöngjang nach“, erklärte die Sprecherin des russischen Außenministeriums, Maria Sacharowa.", []string{
			"QUOTE „Fragen Sie in Pjöngjang nach“ direct a", "CUE „erklärte“ erklären a",
			"SOURCE „die Sprecherin des russischen Außenministeriums, Maria Sacharowa“ a"}},
		{"a genitive with aller belongs to the speaker (speech-news n010)", "Ideen habe sie schon, versprach die jüngste Opernballlady aller Zeiten.", []string{
			"QUOTE „Ideen habe sie schon“ indirect a", "CUE „versprach“ versprechen a", "SOURCE „die jüngste Opernballlady aller Zeiten“ a"}},
		{"a title with its own article after a medium (speech-news n036)", "Er machte sich auf den Weg, berichtet die Zeitung Die Welt.", []string{
			"QUOTE „Er machte sich auf den Weg“ direct a", "CUE „berichtet“ berichten a", "SOURCE „die Zeitung Die Welt“ a"}},
		{"an article after a common noun starts no title (counter-example)", "Er machte sich auf den Weg, berichtet der Sprecher.", []string{
			"QUOTE „Er machte sich auf den Weg“ direct a", "CUE „berichtet“ berichten a", "SOURCE „der Sprecher“ a"}},
		// unmarked direct speech over earlier sentences with the speaker's own reports (§1.4.5, §1.4.6)
		{"a first-person report before an unmarked quote belongs to it (speech-news n004)", "Ich war auch überrascht. Ich hatte schon spekuliert, dass es ein solider zweiter Platz wird. Aber er hat sich mit dem Gate verspekuliert, gestand Hayböck.", []string{
			"QUOTE „Ich war auch überrascht. Ich hatte schon spekuliert, dass es ein solider zweiter Platz wird. Aber er hat sich mit dem Gate verspekuliert“ direct a",
			"SOURCE „Ich“ b", "CUE „spekuliert“ spekulieren b", "CUE „gestand“ gestehen a", "SOURCE „Hayböck“ a"}},
		{"a third-person report before an unmarked quote stays its own (counter-example)", "Ich war auch überrascht. Der Trainer hatte schon gesagt, dass es ein solider zweiter Platz wird. Aber er hat sich verspekuliert, gestand Hayböck.", []string{
			"SOURCE „Der Trainer“ a", "CUE „gesagt“ sagen a", "QUOTE „dass es ein solider zweiter Platz wird“ indirect a",
			"QUOTE „Aber er hat sich verspekuliert“ direct b", "CUE „gestand“ gestehen b", "SOURCE „Hayböck“ b"}},
		// a dash after the last verb of a verb-final reported clause ends it
		{"a dash after the dass-clause's verb (speech-news n001)", "Die Forscher fanden heraus, dass es in den Staublücken Gas gibt – auch im Gas klafft aber eine Lücke.", []string{
			"SOURCE „Die Forscher“ a", "CUE „fanden“ herausfinden a", "QUOTE „dass es in den Staublücken Gas gibt“ indirect a"}},
		{"a dash before an elaboration with so, dass stays in the quote (counter-example, d004)", "Er versprach, mit ihm freundlich umgehen zu wollen – so, dass das Amt nicht beschädigt wird.", []string{
			"SOURCE „Er“ a", "CUE „versprach“ versprechen a", "QUOTE „mit ihm freundlich umgehen zu wollen – so, dass das Amt nicht beschädigt wird“ indirect a"}},
		{"a wonach clause ends before the verb of the clause around it (speech-news n039)", "Behauptungen, wonach Tiere bei der Schächtung mehr leiden als in einem Schlachthof, sind falsch.", []string{
			"SOURCE „Behauptungen“ a", "CUE „wonach“ wonach a", "QUOTE „Tiere bei der Schächtung mehr leiden als in einem Schlachthof“ indirect a"}},
		{"a wonach clause with a second verb of its own (counter-example)", "Es gibt Berichte, wonach er krank sei und bleibe.", []string{
			"SOURCE „Berichte“ a", "CUE „wonach“ wonach a", "QUOTE „er krank sei und bleibe“ indirect a"}},
		// a cue phrase inside another report's inverted frame
		{"demnach inside an inverted frame takes the clause before it (speech-news n027)", "Das Problem sei nicht so sehr, dass Migranten kommen, erklärte der Premierminister demnach weiter.", []string{
			"QUOTE „Das Problem sei nicht so sehr, dass Migranten kommen“ indirect a", "CUE „erklärte“ erklären a", "SOURCE „der Premierminister“ a", "CUE „demnach“ demnach a"}},
		{"a dass-clause, „und:“ and the speaker's words (speech-news n018)", "Dazu versicherte sie, dass die EU-Kommission bereits informiert sei, und: Es ist Schengen-konform.", []string{
			"CUE „versicherte“ versichern a", "SOURCE „sie“ a", "QUOTE „dass die EU-Kommission bereits informiert sei“ indirect a", "QUOTE „Es ist Schengen-konform“ direct a"}},
		// active zitieren: who quotes and who is quoted (ninth round)
		{"a medium's one-word name, then the quoted person (speech-news n027)", "Der Islam hat keinen Platz in der Slowakei, zitierte die Nachrichtenagentur TASR Fico am Mittwochabend.", []string{
			"QUOTE „Der Islam hat keinen Platz in der Slowakei“ direct a", "CUE „zitierte“ zitieren a",
			"SOURCE „die Nachrichtenagentur TASR“ a", "SOURCE „Fico“ a"}},
		{"a medium with one name quotes nobody else (counter-example)", "Der Islam hat keinen Platz in der Slowakei, zitierte die Nachrichtenagentur TASR den Premier.", []string{
			"QUOTE „Der Islam hat keinen Platz in der Slowakei“ direct a", "CUE „zitierte“ zitieren a",
			"SOURCE „die Nachrichtenagentur TASR“ a", "SOURCE „den Premier“ a"}},
		// a reported report with a content clause continues the last report (§1.4.6, §1.5)
		{"a Konjunktiv I report with a dass-clause after a report (d006)", "In einer Pressemitteilung hieß es: Der Ministerpräsident ist nicht zurückgetreten. Er habe nur vorgeschlagen, dass sein Stellvertreter das Amt übernehme.", []string{
			"SOURCE „einer Pressemitteilung“ a", "CUE „hieß es“ heißen a", "QUOTE „Der Ministerpräsident ist nicht zurückgetreten“ direct a",
			"SOURCE „Er“ b", "QUOTE „Er habe nur vorgeschlagen, dass sein Stellvertreter das Amt übernehme“ indirect a", "CUE „vorgeschlagen“ vorschlagen b"}},
		{"an indicative report with a dass-clause stays its own (counter-example)", "In einer Pressemitteilung hieß es: Der Ministerpräsident ist nicht zurückgetreten. Er hat nur vorgeschlagen, dass sein Stellvertreter das Amt übernehme.", []string{
			"SOURCE „einer Pressemitteilung“ a", "CUE „hieß es“ heißen a", "QUOTE „Der Ministerpräsident ist nicht zurückgetreten“ direct a",
			"SOURCE „Er“ b", "CUE „vorgeschlagen“ vorschlagen b", "QUOTE „dass sein Stellvertreter das Amt übernehme“ indirect b"}},
		// the noun phrase before „zufolge“ stops at a verb
		{"a finite verb before the phrase of zufolge ends it (Wikinews train wn14986)", "Am vergangenen Samstag starben behördlichen Angaben zufolge drei Menschen.", []string{
			"QUOTE „Am vergangenen Samstag starben behördlichen Angaben zufolge drei Menschen“ indirect a", "SOURCE „behördlichen Angaben“ a", "CUE „zufolge“ zufolge a"}},
		{"an attributive participle stays in the phrase (counter-example)", "Den erwarteten Angaben zufolge starben drei Menschen.", []string{
			"SOURCE „Den erwarteten Angaben“ a", "CUE „zufolge“ zufolge a", "QUOTE „starben drei Menschen“ indirect a"}},
		// a compound of a listed document noun is a document (§1.3)
		{"a compound document noun before heißt es names its author (Wikinews dev wn30032)", "In einem Positionspapier des Bundesministeriums des Innern heißt es, die Evaluierung sei abgeschlossen.", []string{
			"SOURCE „des Bundesministeriums des Innern“ a", "CUE „heißt es“ heißen a", "QUOTE „die Evaluierung sei abgeschlossen“ indirect a"}},
		{"adjectives after im stay with the document (speech-news n018)", "Denn im internen Expertenpapier wird festgehalten, dass der Zaun überwindbar ist.", []string{
			"SOURCE „internen Expertenpapier“ a", "CUE „festgehalten“ festhalten a", "QUOTE „dass der Zaun überwindbar ist“ indirect a"}},
		{"a compound document without an author is itself the SOURCE (counter-example)", "In einem Positionspapier heißt es, die Evaluierung sei abgeschlossen.", []string{
			"SOURCE „einem Positionspapier“ a", "CUE „heißt es“ heißen a", "QUOTE „die Evaluierung sei abgeschlossen“ indirect a"}},
		{"a name with a capitalised particle opens the sentence (Wikinews dev wn72867)", "Von der Leyen betonte, unter den Verkäuferinnen seien viele Mütter.", []string{
			"SOURCE „Von der Leyen“ a", "CUE „betonte“ betonen a", "QUOTE „unter den Verkäuferinnen seien viele Mütter“ indirect a"}},
		{"von + article + a common noun is a place, not a name (counter-example)", "Von der Bühne betonte er, die Lage sei ernst.", []string{
			"CUE „betonte“ betonen a", "SOURCE „er“ a", "QUOTE „die Lage sei ernst“ indirect a"}},
		// a relative clause after a preposition whose verb cluster ends in an auxiliary (ninth round)
		{"preposition + relative pronoun, participle + auxiliary (Wikinews dev wn29336)", "Er kritisierte das Interview, bei dem sie gesagt hatte, sie habe Probleme gehabt.", []string{
			"SOURCE „Er“ a", "CUE „kritisierte“ kritisieren a", "SOURCE „sie“ b", "CUE „gesagt“ sagen b", "QUOTE „sie habe Probleme gehabt“ indirect b"}},
		{"a preposition and an article opening the sentence are no relative clause (counter-example)", "Bei dem Treffen hatte der Minister gesagt, er habe Probleme gehabt.", []string{
			"SOURCE „der Minister“ a", "CUE „gesagt“ sagen a", "QUOTE „er habe Probleme gehabt“ indirect a"}},
		// a cue phrase inside a relative clause: the relative clause is its host (§1.4.2)
		{"laut eigenem Bekunden in a relative clause (speech-news n010)", "Präsentiert hat sie das Werk in der Staatsoper – einem Haus, dem sie laut eigenem Bekunden seit 30 Jahren Besuche abstatte.", []string{
			"QUOTE „dem sie laut eigenem Bekunden seit 30 Jahren Besuche abstatte“ indirect a", "SOURCE „sie“ a", "CUE „laut“ laut a"}},
		{"laut in a main clause keeps the main clause (counter-example)", "Laut Polizei wurden drei Menschen verletzt, die im Auto saßen.", []string{
			"CUE „Laut“ laut a", "SOURCE „Polizei“ a", "QUOTE „wurden drei Menschen verletzt, die im Auto saßen“ indirect a"}},
		// a headline without a final mark runs into the sentence: a capitalised preposition starts it
		{"a capitalised preposition after a headline word starts the host clause (d011)", "Schuldenumstrukturierung Nach den Worten von EZB-Direktor Benoit Coeure beraten die Euroländer derzeit auch über eine Umstrukturierung.", []string{
			"CUE „Nach den Worten“ nach Worten a", "SOURCE „EZB-Direktor Benoit Coeure“ a", "QUOTE „beraten die Euroländer derzeit auch über eine Umstrukturierung“ indirect a"}},
		{"a lower-case preposition inside the clause starts nothing (counter-example)", "Die Euroländer beraten nach den Worten von EZB-Direktor Benoit Coeure derzeit über eine Umstrukturierung.", []string{
			"QUOTE „Die Euroländer beraten nach den Worten von EZB-Direktor Benoit Coeure derzeit über eine Umstrukturierung“ indirect a",
			"CUE „nach den Worten“ nach Worten a", "SOURCE „EZB-Direktor Benoit Coeure“ a"}},
		{"a fronted subordinate clause before two coordinated verbs: the subject follows the first (Wikinews train wn20800)", "Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und rief: „Lasst mich raus!“", []string{
			"SOURCE „der Randalierer“ a", "CUE „rief“ rufen a", "QUOTE „Lasst mich raus“ direct a"}},
		{"a verb after a listing comma shares a subject named further back (counter-example)", "Er legte keine Beweise vor, blieb still und rief: „Lasst mich raus!“", []string{
			"CUE „rief“ rufen a", "QUOTE „Lasst mich raus“ direct a"}},
		{"a zu-infinitive with a modal after its infinitive, over a comma between adjectives (speech-news n008)", "Corbyn hat angekündigt, eine neue, sachlichere Art von Politik machen zu wollen.", []string{
			"SOURCE „Corbyn“ a", "CUE „angekündigt“ ankündigen a", "QUOTE „eine neue, sachlichere Art von Politik machen zu wollen“ indirect a"}},
		{"a finite verb before the comma's clause ends it (counter-example)", "Corbyn hat angekündigt, eine neue Art von Politik machen wir nicht.", []string{
			"SOURCE „Corbyn“ a", "CUE „angekündigt“ ankündigen a"}},
		// an inverted frame between reported words and a colon: both are its QUOTEs (§1.6)
		{"reported words, an inverted cue, a colon and more words (speech-news n012)", "Auch bei den Fußgängern zeigt der Trend stark nach oben, berichtet das KFV: Eine Beobachtung habe gezeigt, dass viele abgelenkt sind.", []string{
			"QUOTE „Auch bei den Fußgängern zeigt der Trend stark nach oben“ direct a", "CUE „berichtet“ berichten a", "SOURCE „das KFV“ a",
			"SOURCE „Eine Beobachtung“ b", "QUOTE „Eine Beobachtung habe gezeigt, dass viele abgelenkt sind“ indirect a", "CUE „gezeigt“ zeigen b"}},
		{"an adverbial clause before the cue and a colon stays the Vorfeld (counter-example)", "Was den Fall betrifft, berichtet das KFV: Eine Beobachtung habe gezeigt, dass viele abgelenkt sind.", []string{
			"CUE „berichtet“ berichten a", "SOURCE „das KFV“ a",
			"SOURCE „Eine Beobachtung“ b", "QUOTE „Eine Beobachtung habe gezeigt, dass viele abgelenkt sind“ indirect a", "CUE „gezeigt“ zeigen b"}},
		{"a document with a relative clause before heißt es and a colon (d006)", "In einer Pressemitteilung, die sein Büro am Abend verbreitete, hieß es: Der Ministerpräsident ist nicht zurückgetreten.", []string{
			"SOURCE „einer Pressemitteilung“ a", "CUE „hieß es“ heißen a", "QUOTE „Der Ministerpräsident ist nicht zurückgetreten“ direct a"}},
		{"a place with a relative clause is no document (counter-example)", "In einem Land, das sein Büro besuchte, hieß es: Der Ministerpräsident ist nicht zurückgetreten.", []string{
			"CUE „hieß es“ heißen a", "QUOTE „Der Ministerpräsident ist nicht zurückgetreten“ direct a"}},
		// the Vorfeld is one phrase: its prepositional phrases belong to the speaker (§1.3)
		{"prepositional phrases up to the verb belong to the Vorfeld speaker (speech-news n037)", "Bewohner am Standort der Fabrik nahe der Kleinstadt Dmeir berichteten, die Arbeiter seien verschwunden.", []string{
			"SOURCE „Bewohner am Standort der Fabrik nahe der Kleinstadt Dmeir“ a", "CUE „berichteten“ berichten a", "QUOTE „die Arbeiter seien verschwunden“ indirect a"}},
		{"an addressee with gegenüber stays out (counter-example, Wikinews train wn58874)", "Der Innenminister gegenüber Medien erklärte, die Lage sei ernst.", []string{
			"SOURCE „Der Innenminister“ a", "CUE „erklärte“ erklären a", "QUOTE „die Lage sei ernst“ indirect a"}},
		{"definite man with its place (d003)", "Was den Fall betrifft, betonte man im Büro der Stadträtin Sandra Frauenberger (SPÖ) folglich, dass alles korrekt sei.", []string{
			"CUE „betonte“ betonen a", "SOURCE „man im Büro der Stadträtin Sandra Frauenberger“ a", "QUOTE „dass alles korrekt sei“ indirect a"}},
		// a document's venue belongs to it
		{"a study with its journal (speech-news n005)", "Im Oktober wurde in einer viel beachteten Studie im Fachblatt Current Biology behauptet, dass man mit 6,5 Stunden Schlaf auskomme.", []string{
			"SOURCE „einer viel beachteten Studie im Fachblatt Current Biology“ a", "CUE „behauptet“ behaupten a",
			"QUOTE „dass man mit 6,5 Stunden Schlaf auskomme“ indirect a"}},
		{"im + a common noun after a document is no venue (counter-example)", "Im Oktober wurde in einer Studie im Auftrag der Regierung behauptet, dass man mit 6,5 Stunden Schlaf auskomme.", []string{
			"SOURCE „einer Studie“ a", "CUE „behauptet“ behaupten a",
			"QUOTE „dass man mit 6,5 Stunden Schlaf auskomme“ indirect a"}},
		// „der“ + a masculine noun is no genitive
		{"a nominative after the speaker's phrase is no genitive (speech-news n012)", "Dabei ist laut einer aktuellen KFV-Studie der Wissensstand durchaus vorhanden.", []string{
			"QUOTE „Dabei ist laut einer aktuellen KFV-Studie der Wissensstand durchaus vorhanden“ indirect a", "CUE „laut“ laut a", "SOURCE „einer aktuellen KFV-Studie“ a"}},
		{"a feminine genitive stays with the speaker (counter-example, d015)", "Die Wissenschafter hatten das laut Aussendung der Uni als Variabilität gedeutet.", []string{
			"QUOTE „Die Wissenschafter hatten das laut Aussendung der Uni als Variabilität gedeutet“ indirect a", "CUE „laut“ laut a", "SOURCE „der Uni“ a"}},
		// brackets and English names in a speaker's noun phrase
		{"a comma inside a bracket opens no Vorfeld (Wikinews dev wn11969)", "Patrick Kamanda von der Behörde Ugandas (National Environment Management Authority, NEMA) sagte, die Besorgnis sei groß.", []string{
			"SOURCE „Patrick Kamanda von der Behörde Ugandas“ a", "CUE „sagte“ sagen a", "QUOTE „die Besorgnis sei groß“ indirect a"}},
		{"an English name with for (Wikinews train wn49475)", "Die Oppositionspartei Movement for Democratic Change (MDC) erklärte, die Wahl sei gefälscht.", []string{
			"SOURCE „Die Oppositionspartei Movement for Democratic Change (MDC)“ a", "CUE „erklärte“ erklären a", "QUOTE „die Wahl sei gefälscht“ indirect a"}},
		{"a bracket that closes inside the clause changes nothing (counter-example)", "Der Minister (SPÖ) sagte, die Lage sei ernst.", []string{
			"SOURCE „Der Minister“ a", "CUE „sagte“ sagen a", "QUOTE „die Lage sei ernst“ indirect a"}},
		// „bis“ before an adverb or a phrase is a preposition
		{"Bis heute opens no adverbial clause before an inverted cue (d002)", "Bis heute hat die Regierung nicht einmal geantwortet, beklagte sich Kaske.", []string{
			"QUOTE „Bis heute hat die Regierung nicht einmal geantwortet“ direct a", "CUE „beklagte“ beklagen a", "SOURCE „Kaske“ a"}},
		{"a colon after „, aber“ stays inside the reported sentence (d002)", "Zuletzt habe man ein konkretes Konzept vorgelegt, aber: Bis heute hat die Regierung nicht einmal geantwortet, beklagte sich Kaske.", []string{
			"QUOTE „Zuletzt habe man ein konkretes Konzept vorgelegt, aber: Bis heute hat die Regierung nicht einmal geantwortet“ indirect a", "CUE „beklagte“ beklagen a", "SOURCE „Kaske“ a"}},
		{"a colon after a sentence-opening conjunction starts the quote (counter-example)", "Die Lage ist ernst. Aber: Bis heute hat die Regierung nicht einmal geantwortet, beklagte sich Kaske.", []string{
			"QUOTE „Bis heute hat die Regierung nicht einmal geantwortet“ direct a", "CUE „beklagte“ beklagen a", "SOURCE „Kaske“ a"}},
		{"bis as a subordinator stays an adverbial clause (counter-example)", "Bis die Regierung antwortet, beklagte sich Kaske über die Lage.", []string{
			"CUE „beklagte“ beklagen a", "SOURCE „Kaske“ a"}},
		// an inserted so-frame splits a clause whose verb bracket closes after it (§1.4.2)
		{"the rest of the clause after an inserted so-frame (Wikinews train wn52796)", "Alles in allem sei es für alle Parteien, so der OSZE-Bericht, möglich gewesen, Wahlkampf zu betreiben.", []string{
			"QUOTE „Alles in allem sei es für alle Parteien“ indirect a", "CUE „so“ so a", "SOURCE „der OSZE-Bericht“ a",
			"QUOTE „möglich gewesen, Wahlkampf zu betreiben“ indirect a"}},
		{"the writer's clause after a so-frame stays out (counter-example)", "Es sei kein Problem, so der Minister, die Kosten stiegen aber weiter.", []string{
			"QUOTE „Es sei kein Problem“ indirect a", "CUE „so“ so a", "SOURCE „der Minister“ a"}},
		// „möchte“ is no Konjunktiv II that continues indirect speech (§1.5)
		{"möchte after indirect speech is the writer's present tense (speech-news n015)", "Der Bürgermeister sagte, man habe Platz. Im Tobelhaus möchte man nun aber nicht mehr als 35 Menschen aufnehmen.", []string{
			"SOURCE „Der Bürgermeister“ a", "CUE „sagte“ sagen a", "QUOTE „man habe Platz“ indirect a"}},
		{"a real Konjunktiv II right after indirect speech continues it (counter-example)", "Der Bürgermeister sagte, man habe Platz. Im Tobelhaus könnte man nun mehr als 35 Menschen aufnehmen.", []string{
			"SOURCE „Der Bürgermeister“ a", "CUE „sagte“ sagen a", "QUOTE „man habe Platz“ indirect a",
			"QUOTE „Im Tobelhaus könnte man nun mehr als 35 Menschen aufnehmen“ indirect a"}},
		// an object pronoun between the inverted verb and its subject
		{"an object pronoun before the subject of an inverted cue (Wikinews dev wn33687)", "„Er ist die eiserne Hand in einem eisernen Handschuh“, so charakterisierte ihn der Gewerkschaftsfunktionär Bernard Aubin.", []string{
			"QUOTE „Er ist die eiserne Hand in einem eisernen Handschuh“ direct a", "CUE „charakterisierte“ charakterisieren a",
			"SOURCE „der Gewerkschaftsfunktionär Bernard Aubin“ a"}},
		{"a possessive ihr opens the subject (counter-example)", "„Das ist falsch“, sagte ihr Sprecher.", []string{
			"QUOTE „Das ist falsch“ direct a", "CUE „sagte“ sagen a", "SOURCE „ihr Sprecher“ a"}},
		// a colon inside a title between the auxiliary and the participle
		{"a title with a colon between auxiliary and participle (speech-news n005)", "Ekirch hatte bereits 2006 im Buch At Day’s Close: Night in Times Past argumentiert, dass Menschen früher in zwei Schichten schliefen.", []string{
			"SOURCE „Ekirch“ a", "CUE „argumentiert“ argumentieren a", "QUOTE „dass Menschen früher in zwei Schichten schliefen“ indirect a"}},
		{"a colon frame before a finite cue keeps its clause (counter-example)", "Der Titel lautet: Die Forscher berichteten, dass Menschen früher in zwei Schichten schliefen.", []string{
			"SOURCE „Die Forscher“ a", "CUE „berichteten“ berichten a", "QUOTE „dass Menschen früher in zwei Schichten schliefen“ indirect a"}},
	})
}

// TestSourceEdgesR4 checks the twelfth round's SOURCE and QUOTE edges
// (gold/speech-news dev, gold/dev, Wikinews), each with a counter-example.
func TestSourceEdgesR4(t *testing.T) {
	runFrameCases(t, []frameCase{
		// „zu“ before a common noun is a preposition, not a name particle (§1.3)
		{"zu + common noun after an inverted speaker (speech-news n109)", "Es ist mir eine große Ehre, hier zu sprechen, sagte der Generalsekretär zu Beginn seiner Rede.", []string{
			"QUOTE „Es ist mir eine große Ehre, hier zu sprechen“ direct a", "CUE „sagte“ sagen a", "SOURCE „der Generalsekretär“ a"}},
		{"zu inside a name stays (counter-example)", "Das sei falsch, sagte Karl-Theodor zu Guttenberg am Montag.", []string{
			"QUOTE „Das sei falsch“ indirect a", "CUE „sagte“ sagen a", "SOURCE „Karl-Theodor zu Guttenberg“ a"}},
		// „der APA“ after a bare name is the addressee (speech-roles.txt: apa media)
		{"der APA after a bare name (speech-news n124)", "Es soll schön aus der Düse rausgehen, aber hinterher auch stabil bleiben, erklärte Senger der APA.", []string{
			"QUOTE „Es soll schön aus der Düse rausgehen, aber hinterher auch stabil bleiben“ direct a", "CUE „erklärte“ erklären a", "SOURCE „Senger“ a"}},
		{"a genitive after a role stays (counter-example)", "Es soll stabil bleiben, erklärte der Sprecher der APA.", []string{
			"QUOTE „Es soll stabil bleiben“ direct a", "CUE „erklärte“ erklären a", "SOURCE „der Sprecher der APA“ a"}},
		// definite „man“ takes a place, not an occasion (§1.3)
		{"man + bei + an occasion (speech-news n114)", "Am Samstag verspricht man bei einem Kauf bis spätestens 15 Uhr die Lieferung bis 19 Uhr.", []string{
			"CUE „verspricht“ versprechen a", "SOURCE „man“ a"}},
		// consecutive unmarked direct sentences form one QUOTE (§1.4.5)
		{"a first-person sentence right after a direct quote joins it (speech-news n122)", "Energie-Steiermark-Sprecher Urs Harnik-Lauris sagte auf APA-Anfrage: Für das Projekt ergibt sich natürlich eine völlig neue Situation. Dabei werden wir auch die Veränderungen des Marktumfeldes berücksichtigen.", []string{
			"SOURCE „Energie-Steiermark-Sprecher Urs Harnik-Lauris“ a", "CUE „sagte“ sagen a",
			"QUOTE „Für das Projekt ergibt sich natürlich eine völlig neue Situation. Dabei werden wir auch die Veränderungen des Marktumfeldes berücksichtigen“ direct a"}},
		{"a new paragraph starts a new QUOTE (counter-example)", "Der Sprecher sagte auf Anfrage: Für das Projekt ergibt sich eine neue Situation.\n\nDabei werden wir auch die Veränderungen berücksichtigen.", []string{
			"SOURCE „Der Sprecher“ a", "CUE „sagte“ sagen a", "QUOTE „Für das Projekt ergibt sich eine neue Situation“ direct a",
			"QUOTE „Dabei werden wir auch die Veränderungen berücksichtigen“ direct a"}},
		// a sentence-opening „Denn“/„Und“ before a framed reported clause is the writer's
		{"Denn before a clause with an inverted frame (speech-news n129)", "Wir sollten diese Reaktion nicht allzu persönlich nehmen. Denn die Säuglinge dürften diese Reize nicht mit uns in Verbindung bringen, berichten britische Forscher in der Fachzeitschrift Current Biology.", []string{
			"QUOTE „die Säuglinge dürften diese Reize nicht mit uns in Verbindung bringen“ indirect a", "CUE „berichten“ berichten a", "SOURCE „britische Forscher“ a"}},
		{"Und before the host clause of a wie-frame (d013)", "Und aus diesen Daten wollen die Komplexitätsforscher nutzbaren Sinn holen, wie Thurner sagte.", []string{
			"QUOTE „aus diesen Daten wollen die Komplexitätsforscher nutzbaren Sinn holen“ indirect a", "SOURCE „Thurner“ a", "CUE „sagte“ sagen a"}},
		{"a continuation keeps its Denn (counter-example, speech-news n026)", "Es würde wenig Sinn machen, sie nachzuahmen, so der Biologe. Denn dann hätten die Wölfe das Fell eines anderen Raubtieres angezogen.", []string{
			"QUOTE „Es würde wenig Sinn machen, sie nachzuahmen“ indirect a", "CUE „so“ so a", "SOURCE „der Biologe“ a",
			"QUOTE „Denn dann hätten die Wölfe das Fell eines anderen Raubtieres angezogen“ indirect a"}},
		{"Denn inside quotation marks stays (counter-example)", "„Denn wir haben keine Wahl“, sagte sie.", []string{
			"QUOTE „Denn wir haben keine Wahl“ direct a", "CUE „sagte“ sagen a", "SOURCE „sie“ a"}},
		// a short plain sentence before unmarked direct words is the speaker's (§1.4.5)
		{"a short sentence before an inverted frame's direct words (speech-news n115)", "Nowitzki verwandelte im zweiten Viertel zum 10.000 Mal einen Wurf aus dem Feld. Am Anfang lief es eigentlich ganz gut. Ich bin mir allerdings nicht ganz sicher, was danach passiert ist, sagte Nowitzki.", []string{
			"QUOTE „Am Anfang lief es eigentlich ganz gut. Ich bin mir allerdings nicht ganz sicher, was danach passiert ist“ direct a", "CUE „sagte“ sagen a", "SOURCE „Nowitzki“ a"}},
		{"a short sentence between first-person sentences (speech-news n124)", "Wir können jedes Lebensmittel verwenden, das fließfähig ist. Darin liegt auch die Herausforderung. Es soll schön aus der Düse rausgehen, erklärte Senger.", []string{
			"QUOTE „Wir können jedes Lebensmittel verwenden, das fließfähig ist. Darin liegt auch die Herausforderung. Es soll schön aus der Düse rausgehen“ direct a", "CUE „erklärte“ erklären a", "SOURCE „Senger“ a"}},
		{"a short sentence with a name is the writer's (counter-example, speech-news n026)", "Die Studie erschien im Fachblatt Biology Letters. Es hat sich gezeigt, dass diese Buntbarsche alle anderen Fische attackieren, so Koblmüller.", []string{
			"QUOTE „Es hat sich gezeigt, dass diese Buntbarsche alle anderen Fische attackieren“ direct a", "CUE „so“ so a", "SOURCE „Koblmüller“ a"}},
		{"a short sentence with a number is the writer's (counter-example, speech-news n106)", "Der Venezolaner wird das Neujahrskonzert 2017 dirigieren. Das ist eine große Ehre für mich, sagte Dudamel.", []string{
			"QUOTE „Das ist eine große Ehre für mich“ direct a", "CUE „sagte“ sagen a", "SOURCE „Dudamel“ a"}},
		{"a short sentence speaking of the speaker as er is the writer's (counter-example)", "Er war sichtlich erleichtert. Das ist eine große Ehre für mich, sagte Dudamel.", []string{
			"QUOTE „Das ist eine große Ehre für mich“ direct a", "CUE „sagte“ sagen a", "SOURCE „Dudamel“ a"}},
		// a thing in the Vorfeld, a name after the finite verb: the name is the subject
		{"a thing before the auxiliary, a name after it (speech-news n158)", "Das Beispiel hat Christoph Leitl landauf und landab erzählt: Ein heimisches Unternehmen musste 11.000 Euro Strafe zahlen.", []string{
			"SOURCE „Christoph Leitl“ a", "CUE „erzählt“ erzählen a", "QUOTE „Ein heimisches Unternehmen musste 11.000 Euro Strafe zahlen“ direct a"}},
		{"a group before the auxiliary stays the subject (counter-example)", "Die Regierung hat Christoph Leitl erzählt: Ein heimisches Unternehmen musste Strafe zahlen.", []string{
			"SOURCE „Die Regierung“ a", "CUE „erzählt“ erzählen a", "QUOTE „Ein heimisches Unternehmen musste Strafe zahlen“ direct a"}},
		// Austrian „weiters“ and „insofern“ open an adverbial Vorfeld
		{"weiters before the verb (speech-news n134)", "Weiters verweisen Verfassungsrechtler darauf, dass Österreich von sich aus wenig ausrichten kann.", []string{
			"CUE „verweisen“ verweisen a", "SOURCE „Verfassungsrechtler“ a", "QUOTE „dass Österreich von sich aus wenig ausrichten kann“ indirect a"}},
		{"insofern before the verb (speech-news n155)", "Insofern hoffen die Entwickler darauf, dass sich Interessierte an dem Projekt beteiligen.", []string{
			"CUE „hoffen“ hoffen a", "SOURCE „die Entwickler“ a", "QUOTE „dass sich Interessierte an dem Projekt beteiligen“ indirect a"}},
		{"a noun phrase before the verb stays the speaker (counter-example)", "Die Verfassungsrechtler verweisen weiters darauf, dass Österreich wenig ausrichten kann.", []string{
			"SOURCE „Die Verfassungsrechtler“ a", "CUE „verweisen“ verweisen a", "QUOTE „dass Österreich wenig ausrichten kann“ indirect a"}},
		// an answer word before an inverted cue is the speaker's first words
		{"Nein, + inverted cue (speech-news n159)", "Nein, fügt Ali hinzu, wir werden gar nicht als Flüchtlinge anerkannt.", []string{
			"QUOTE „Nein“ direct a", "CUE „fügt“ hinzufügen a", "SOURCE „Ali“ a", "QUOTE „wir werden gar nicht als Flüchtlinge anerkannt“ direct a"}},
		{"a name and its apposition before the cue stay the subject (counter-example)", "Nina Huber, die Sprecherin, fügte hinzu, man werde gar nicht anerkannt.", []string{
			"SOURCE „Nina Huber“ a", "CUE „fügte“ hinzufügen a", "QUOTE „man werde gar nicht anerkannt“ indirect a"}},
		// „heißt es im/beim“ + an institution names the speakers, like „seitens X“
		{"hieß es im + ministry (speech-news n166)", "Jene in Mondsee und Ohlsdorf sollten in den nächsten Tagen bezogen werden, hieß es im Innenministerium zur APA.", []string{
			"QUOTE „Jene in Mondsee und Ohlsdorf sollten in den nächsten Tagen bezogen werden“ direct a", "CUE „hieß es“ heißen a", "SOURCE „Innenministerium“ a"}},
		{"heißt es im + abbreviation (speech-news n166)", "In letzterer warte man darauf, dass das Bundesheer die Kaserne freimacht, heißt es im BMI.", []string{
			"QUOTE „In letzterer warte man darauf, dass das Bundesheer die Kaserne freimacht“ indirect a", "CUE „heißt es“ heißen a", "SOURCE „BMI“ a"}},
		{"heißt es im + a time is no source (counter-example)", "Die Kaserne werde freigemacht, hieß es im Sommer.", []string{
			"QUOTE „Die Kaserne werde freigemacht“ indirect a", "CUE „hieß es“ heißen a"}},
		// a Konjunktiv I sentence continues the last report up to eight sentences on (§1.5)
		{"Konjunktiv I six sentences after the report (speech-news n136)", "Der Bub erzählte, er sei geflohen. Die Lage war schlimm. Die Grenze war zu. Es gab keinen Weg. Er wartete lange. Er versuchte es wieder. Doch viermal sei er an den bulgarischen Patrouillen gescheitert.", []string{
			"SOURCE „Der Bub“ a", "CUE „erzählte“ erzählen a", "QUOTE „er sei geflohen“ indirect a",
			"QUOTE „Doch viermal sei er an den bulgarischen Patrouillen gescheitert“ indirect a"}},
		{"Konjunktiv I ten sentences after the report is no continuation (counter-example)", "Der Bub erzählte, er sei geflohen. Die Lage war schlimm. Die Grenze war zu. Es gab keinen Weg. Er wartete lange. Er versuchte es wieder. Es war kalt. Es war nass. Es war dunkel. Es war spät. Doch viermal sei er an den Patrouillen gescheitert.", []string{
			"SOURCE „Der Bub“ a", "CUE „erzählte“ erzählen a", "QUOTE „er sei geflohen“ indirect a"}},
		// „Während“ + a nominative article opens a clause: its main clause decides the mood
		{"Konjunktiv II after a fronted während-clause continues indirect speech (speech-news n153)", "Lange sei darüber diskutiert worden, so die Wissenschafter. Während ein kurzfristiger Einfluss als unwahrscheinlich galt, wären langfristige Effekte als wahrscheinlich angesehen worden.", []string{
			"QUOTE „Lange sei darüber diskutiert worden“ indirect a", "CUE „so“ so a", "SOURCE „die Wissenschafter“ a",
			"QUOTE „Während ein kurzfristiger Einfluss als unwahrscheinlich galt, wären langfristige Effekte als wahrscheinlich angesehen worden“ indirect a"}},
		{"während + genitive is a preposition: the writer's indicative (counter-example)", "Lange sei darüber diskutiert worden, so die Wissenschafter. Während der Tagung galt ein Einfluss als unwahrscheinlich.", []string{
			"QUOTE „Lange sei darüber diskutiert worden“ indirect a", "CUE „so“ so a", "SOURCE „die Wissenschafter“ a"}},
		// a cue word that built no report does not end unmarked direct speech going back
		{"a cue word without a report in the sentence before (speech-news n160)", "Wenig später hat Arnautovic Entwarnung gegeben. Nichts, worüber man sich Sorgen machen muss. Hoffentlich bin ich für nächste Woche okay, ließ der ÖFB-Teamspieler auf seiner Facebook-Seite verlauten.", []string{
			"QUOTE „Nichts, worüber man sich Sorgen machen muss. Hoffentlich bin ich für nächste Woche okay“ direct a", "CUE „ließ“ verlauten lassen a", "SOURCE „der ÖFB-Teamspieler“ a"}},
		{"a report of another speaker before ends it (counter-example)", "Der Trainer sagte, man müsse sich Sorgen machen. Hoffentlich bin ich für nächste Woche okay, ließ der Spieler verlauten.", []string{
			"SOURCE „Der Trainer“ a", "CUE „sagte“ sagen a", "QUOTE „man müsse sich Sorgen machen“ indirect a",
			"QUOTE „Hoffentlich bin ich für nächste Woche okay“ direct b", "CUE „ließ“ verlauten lassen b", "SOURCE „der Spieler“ b"}},
		// a parenthesis between dashes does not decide a sentence's mood
		{"Konjunktiv I continuation around an indicative parenthesis (speech-news n144)", "Unterschiedliche Standpunkte gibt es beim Thema Asyl, sagte Schneeberger. Durch den hohen Migrationsanteil – fast jeder vierte Wiener Neustädter hat Migrationshintergrund – sei jedoch die Belastbarkeitsgrenze der Stadt eine sehr niedrige.", []string{
			"QUOTE „Unterschiedliche Standpunkte gibt es beim Thema Asyl“ direct a", "CUE „sagte“ sagen a", "SOURCE „Schneeberger“ a",
			"QUOTE „Durch den hohen Migrationsanteil – fast jeder vierte Wiener Neustädter hat Migrationshintergrund – sei jedoch die Belastbarkeitsgrenze der Stadt eine sehr niedrige“ indirect a"}},
		{"an indicative main clause after a dash stays the writer's (counter-example)", "Unterschiedliche Standpunkte gibt es beim Thema Asyl, sagte Schneeberger. Durch den hohen Migrationsanteil ist die Lage schwierig – das sei nicht neu.", []string{
			"QUOTE „Unterschiedliche Standpunkte gibt es beim Thema Asyl“ direct a", "CUE „sagte“ sagen a", "SOURCE „Schneeberger“ a"}},
		// a subject with a relative clause that holds an adjective list or two coordinated clauses
		{"subject + relative clause with a comma and und before the cue (speech-news n156)", "Morales, der für die kleine, nationalistische Partei FCN-Nación antritt und als studierter Betriebswirt mehrere Unternehmen gegründet hat, verspricht keine Wunder: Ich kann das Leben von Guatemala nicht ändern.", []string{
			"SOURCE „Morales“ a", "CUE „verspricht“ versprechen a", "QUOTE „Ich kann das Leben von Guatemala nicht ändern“ direct a"}},
		{"a quoted main clause with a comma before the cue stays a quote (counter-example)", "Wir haben gewonnen, weil wir gekämpft haben, sagte Morales.", []string{
			"QUOTE „Wir haben gewonnen, weil wir gekämpft haben“ direct a", "CUE „sagte“ sagen a", "SOURCE „Morales“ a"}},
		// an adjective of origin in -ysch („libyschen“) after an adjective of evidence
		{"nach + evidence + origin adjective (speech-news n151)", "Die Opferzahl ist nach jüngsten libyschen Angaben auf 49 gestiegen.", []string{
			"QUOTE „Die Opferzahl ist nach jüngsten libyschen Angaben auf 49 gestiegen“ indirect a", "CUE „nach jüngsten libyschen Angaben“ nach Angaben a", "SOURCE „libyschen“ a"}},
		{"an adjective of evidence alone names no source (counter-example)", "Die Opferzahl ist nach jüngsten Angaben auf 49 gestiegen.", []string{
			"QUOTE „Die Opferzahl ist nach jüngsten Angaben auf 49 gestiegen“ indirect a", "CUE „nach jüngsten Angaben“ nach Angaben a"}},
		// the body a role belongs to, an institution's remit, the seat of an abbreviated organisation
		{"role + im + ministry (speech-news n169)", "Der Rechnungshof sei zuständig, sagte ein Sprecher des Senats im Kanzleramt.", []string{
			"QUOTE „Der Rechnungshof sei zuständig“ indirect a", "CUE „sagte“ sagen a", "SOURCE „ein Sprecher des Senats im Kanzleramt“ a"}},
		{"gegen + remit after an institution (speech-news n156)", "Die Parteien seien korrupt, sagte die UN-Kommission gegen Straffreiheit.", []string{
			"QUOTE „Die Parteien seien korrupt“ indirect a", "CUE „sagte“ sagen a", "SOURCE „die UN-Kommission gegen Straffreiheit“ a"}},
		{"in + city after an abbreviated organisation in a genitive (speech-news n099)", "Die Bevölkerung sei tolerant, betont die Vize-Chefin des UNHCR in Uganda, Sakura Atsumi.", []string{
			"QUOTE „Die Bevölkerung sei tolerant“ indirect a", "CUE „betont“ betonen a", "SOURCE „die Vize-Chefin des UNHCR in Uganda, Sakura Atsumi“ a"}},
		{"im + a time after a role is no body (counter-example)", "Der Rechnungshof sei zuständig, sagte der Sprecher im Sommer.", []string{
			"QUOTE „Der Rechnungshof sei zuständig“ indirect a", "CUE „sagte“ sagen a", "SOURCE „der Sprecher“ a"}},
		{"in + a common noun after an abbreviation is no seat (counter-example, Wikinews train wn27237)", "Die Zahl sei gestiegen, teilte der WWF in Absprache mit den Behörden mit.", []string{
			"QUOTE „Die Zahl sei gestiegen“ indirect a", "CUE „teilte“ mitteilen a", "SOURCE „der WWF“ a"}},
		// the author of a statement in a genitive after laut/gemäß (speech-nouns.txt doc)
		{"laut + a forecast of a ministry (speech-news n148)", "Laut einer Prognose des Familienministeriums soll er heuer rund 300 Millionen an Überschüssen erwirtschaften.", []string{
			"CUE „Laut“ laut a", "SOURCE „des Familienministeriums“ a", "QUOTE „soll er heuer rund 300 Millionen an Überschüssen erwirtschaften“ indirect a"}},
		{"gemäß + a decision of a court (speech-news n152)", "Gemäß einer Entscheidung des EuGH ist der Weiterverkauf gebrauchter Software-Lizenzen rechtens.", []string{
			"CUE „Gemäß“ gemäß a", "SOURCE „des EuGH“ a", "QUOTE „ist der Weiterverkauf gebrauchter Software-Lizenzen rechtens“ indirect a"}},
		{"a forecast without an author stays the SOURCE (counter-example)", "Laut einer Prognose soll er heuer rund 300 Millionen erwirtschaften.", []string{
			"CUE „Laut“ laut a", "SOURCE „einer Prognose“ a", "QUOTE „soll er heuer rund 300 Millionen erwirtschaften“ indirect a"}},
		// a verbless label and colon before a continuation is the writer's
		{"label before a Konjunktiv I continuation (speech-news n102)", "Der Minister sagte, man werde helfen. Sein Argument: Österreich habe im Vorjahr 90.000 Asylwerber aufgenommen.", []string{
			"SOURCE „Der Minister“ a", "CUE „sagte“ sagen a", "QUOTE „man werde helfen“ indirect a",
			"QUOTE „Österreich habe im Vorjahr 90.000 Asylwerber aufgenommen“ indirect a"}},
		{"a colon after a verb keeps the clause (counter-example)", "Der Minister sagte, man werde helfen. Er habe betont: Österreich habe viel getan.", []string{
			"SOURCE „Der Minister“ a", "CUE „sagte“ sagen a", "QUOTE „man werde helfen“ indirect a",
			"SOURCE „Er“ b", "QUOTE „Er habe betont: Österreich habe viel getan“ indirect a", "CUE „betont“ betonen b"}},
		// a main clause before a comma is not part of a cue phrase's host clause
		{"laut in the second of two asyndetic main clauses (speech-news n156)", "Kaum ein Politiker in Guatemala kann überzeugend von sich behaupten, eine weiße Weste zu haben, der Großteil der Mittel der Parteien kommt laut der UN-Kommission gegen Straffreiheit in Guatemala (CICIG) aus der Korruption.", []string{
			"CUE „behaupten“ behaupten a", "QUOTE „eine weiße Weste zu haben“ indirect a",
			"QUOTE „der Großteil der Mittel der Parteien kommt laut der UN-Kommission gegen Straffreiheit in Guatemala (CICIG) aus der Korruption“ indirect b",
			"CUE „laut“ laut b", "SOURCE „der UN-Kommission gegen Straffreiheit“ b"}},
		{"a relative clause before laut stays in the host (counter-example)", "Die Mittel, die der Großteil der Parteien erhält, stammen laut der UN-Kommission nicht aus legalen Quellen.", []string{
			"QUOTE „Die Mittel, die der Großteil der Parteien erhält, stammen laut der UN-Kommission nicht aus legalen Quellen“ indirect a",
			"CUE „laut“ laut a", "SOURCE „der UN-Kommission“ a"}},
		// quotative so + a statement of an author in a genitive
		{"so der Vorwurf der X (speech-news n127)", "Ein Kartell erkaufte sich mit Schmiergeldern die Gunst von Funktionären, so der Vorwurf der römischen Staatsanwaltschaft.", []string{
			"QUOTE „Ein Kartell erkaufte sich mit Schmiergeldern die Gunst von Funktionären“ direct a", "CUE „so“ so a", "SOURCE „der römischen Staatsanwaltschaft“ a"}},
		{"so das Ergebnis einer Studie keeps its phrase (counter-example)", "Die Zahl der Fälle ist gestiegen, so das Ergebnis einer Studie.", []string{
			"QUOTE „Die Zahl der Fälle ist gestiegen“ direct a", "CUE „so“ so a", "SOURCE „das Ergebnis einer Studie“ a"}},
		// wie-frames: „es“ before the speaker is the words; a partitive with a genitive and an apposition
		{"wie es X formuliert (speech-news n152)", "Gemeint sind jene Menschen, die auf assistive Technologien angewiesen sind, wie es Microsoft in einem Blogbeitrag formuliert.", []string{
			"QUOTE „Gemeint sind jene Menschen, die auf assistive Technologien angewiesen sind“ indirect a", "SOURCE „Microsoft“ a", "CUE „formuliert“ formulieren a"}},
		{"wie + a partitive and an appositive name (speech-news n155)", "Deep Sweep ist auf eine kostengünstige Herstellung ausgerichtet, wie einer der Hacker, der Berliner Künstler Julian Oliver, betont.", []string{
			"QUOTE „Deep Sweep ist auf eine kostengünstige Herstellung ausgerichtet“ indirect a", "SOURCE „einer der Hacker, der Berliner Künstler Julian Oliver“ a", "CUE „betont“ betonen a"}},
		{"a dative before a participle attribute is no partitive (counter-example, speech-news n118)", "Wie aus einer der APA vorliegenden Aufstellung des Bundeskanzleramtes hervorgeht, wurden 1,1 Milliarden Euro ausgegeben.", []string{
			"SOURCE „des Bundeskanzleramtes“ a", "CUE „hervorgeht“ hervorgehen a", "QUOTE „wurden 1,1 Milliarden Euro ausgegeben“ indirect a"}},
		// a second main clause after „und“ with its own subject before the cue
		{"und + subject + cue after a first main clause (speech-news n162)", "Der Konflikt hat die schärfsten Spannungen heraufbeschworen und Polen fordert einen stärkeren Schutz durch die NATO.", []string{
			"SOURCE „Der Konflikt“ a", "CUE „heraufbeschworen“ heraufbeschwören a", "SOURCE „Polen“ b", "CUE „fordert“ fordern b"}},
		{"und inside a list of countries stays in the subject (counter-example, speech-news n138)", "Allerdings müssen die Flüchtlinge aus Syrien und Afghanistan erklären, dass sie weiterreisen wollten.", []string{
			"CUE „erklären“ erklären a", "QUOTE „dass sie weiterreisen wollten“ indirect a"}},
		{"und + an object + a participle keeps the sentence's subject (counter-example)", "Die Abgeordneten haben die Lage beklagt und die Regierung aufgefordert, das Gesetz zurückzunehmen.", []string{
			"SOURCE „Die Abgeordneten“ a", "CUE „beklagt“ beklagen a", "CUE „aufgefordert“ auffordern a", "QUOTE „das Gesetz zurückzunehmen“ indirect a"}},
		// an adjective that reads as Konjunktiv I after a sentence-opening article is no continuation
		{"Keine klare Aussage … gab es: the writer's (speech-news n168)", "Es sei Zeit für junge Leute, meinte Schiessling. Keine klare Aussage gab es am Montag darüber, ob er Spitzenkandidat sein soll.", []string{
			"QUOTE „Es sei Zeit für junge Leute“ indirect a", "CUE „meinte“ meinen a", "SOURCE „Schiessling“ a"}},
		{"a demonstrative before a Konjunktiv auxiliary continues (counter-example, speech-news n119)", "Es gebe zwei Fälle, meinte Schiessling. Dieser habe Metes Karriere betroffen.", []string{
			"QUOTE „Es gebe zwei Fälle“ indirect a", "CUE „meinte“ meinen a", "SOURCE „Schiessling“ a",
			"QUOTE „Dieser habe Metes Karriere betroffen“ indirect a"}},
		// a bracket of several words that closes a reported clause is the writer's
		{"a medium in brackets after a dass-clause (gold/dev 004)", "Die Regierung bestätigte, dass sich Truppen in Richtung der Grenze bewegen (RP Online).", []string{
			"SOURCE „Die Regierung“ a", "CUE „bestätigte“ bestätigen a", "QUOTE „dass sich Truppen in Richtung der Grenze bewegen“ indirect a"}},
		{"a remark in brackets after a laut host clause (speech-news n148)", "Laut einer Prognose soll er heuer 300 Millionen erwirtschaften, danach sogar noch mehr (siehe Tabelle).", []string{
			"CUE „Laut“ laut a", "SOURCE „einer Prognose“ a", "QUOTE „soll er heuer 300 Millionen erwirtschaften, danach sogar noch mehr“ indirect a"}},
		{"an abbreviation in brackets stays with its name (counter-example, Wikinews train wn45701)", "Der Sprecher sagte, man unterstütze die Gewerkschaft Deutscher Lokführer (GDL).", []string{
			"SOURCE „Der Sprecher“ a", "CUE „sagte“ sagen a", "QUOTE „man unterstütze die Gewerkschaft Deutscher Lokführer (GDL)“ indirect a"}},
		// the host clause of a cue phrase: a subordinate clause that holds it; not another report's wie-frame
		{"laut inside a dass-clause after a main clause (gold/dev d009)", "Neu ist etwa, dass der Standort in Saalfelden laut Salzburger Nachrichten ans Lager geht.", []string{
			"QUOTE „dass der Standort in Saalfelden laut Salzburger Nachrichten ans Lager geht“ indirect a", "CUE „laut“ laut a", "SOURCE „Salzburger Nachrichten“ a"}},
		{"nach Schätzungen after a wie-frame of another report (gold/dev 004)", "Wie US-Außenminister Antony Blinken erklärte, befinden sich nach Schätzungen der US-Regierung rund 10.000 Soldaten in Russland.", []string{
			"SOURCE „US-Außenminister Antony Blinken“ a", "CUE „erklärte“ erklären a",
			"QUOTE „befinden sich nach Schätzungen der US-Regierung rund 10.000 Soldaten in Russland“ indirect b", "CUE „nach Schätzungen“ nach Schätzungen b", "SOURCE „der US-Regierung“ b"}},
		{"laut in the main clause before a dass-clause keeps the whole host (counter-example)", "Laut Salzburger Nachrichten ist neu, dass der Standort ans Lager geht.", []string{
			"CUE „Laut“ laut a", "SOURCE „Salzburger Nachrichten“ a", "QUOTE „ist neu, dass der Standort ans Lager geht“ indirect a"}},
		// an agentless passive after reported words: CUE + QUOTE, no SOURCE
		{"wird vermutet after a Konjunktiv I clause (Wikinews dev wn18058)", "Der Prozess könne möglicherweise ein halbes Jahr dauern, wird vermutet.", []string{
			"QUOTE „Der Prozess könne möglicherweise ein halbes Jahr dauern“ indirect a", "CUE „vermutet“ vermuten a"}},
		{"a subject with a relative clause before a passive is no quote (counter-example, Wikinews train wn44338)", "Die Blauzungenkrankheit, die Wiederkäuer befällt, wurde erstmals nachgewiesen.", nil},
		// a wer-clause before a verb is its subject, no reported words
		{"a free relative before an inverted-looking cue (speech-news n106)", "Wer Gustavo Dudamel zusammen mit dem Orchester erlebt hat, zweifelt nicht an der Kompetenz des jungen Maestro.", nil},
		{"a quoted clause with a wer-question before the cue stays a quote (counter-example)", "Wer soll das bezahlen, fragte der Minister.", []string{
			"QUOTE „Wer soll das bezahlen“ direct a", "CUE „fragte“ fragen a", "SOURCE „der Minister“ a"}},
		// a sentential was-clause with a verb of speech after a reported clause is the writer's comment
		{"was + denial after a zu-infinitive (speech-news n162)", "Westliche Regierungen werfen Russland vor, die Aufständischen mit Waffen zu versorgen, was Moskau bestreitet.", []string{
			"SOURCE „Westliche Regierungen“ a", "CUE „werfen“ vorwerfen a", "QUOTE „die Aufständischen mit Waffen zu versorgen“ indirect a",
			"SOURCE „Moskau“ b", "CUE „bestreitet“ bestreiten b"}},
		{"an object was-clause stays in the quote (counter-example, Wikinews dev wn77331)", "Claudia Mo urteilte, dass Hongkong ein Bunker würde, in dem die Machthaber machen könnten, was sie wollten.", []string{
			"SOURCE „Claudia Mo“ a", "CUE „urteilte“ urteilen a", "QUOTE „dass Hongkong ein Bunker würde, in dem die Machthaber machen könnten, was sie wollten“ indirect a"}},
		// a sentence between two of the speaker's own unmarked sentences is theirs (§1.5)
		{"an indicative sentence between first-person sentences (speech-news n135)", "Mittelfristig braucht es die Verfassungsreform, so der Außenminister. Wir wissen, dass es viel Einfluss gibt. Das ist brandgefährlich, denn das passiert in Europa. Wir brauchen aber einen Islam europäischer Prägung.", []string{
			"QUOTE „Mittelfristig braucht es die Verfassungsreform“ direct a", "CUE „so“ so a", "SOURCE „der Außenminister“ a",
			"QUOTE „Wir wissen, dass es viel Einfluss gibt. Das ist brandgefährlich, denn das passiert in Europa. Wir brauchen aber einen Islam europäischer Prägung“ direct a"}},
		{"a new paragraph before the first-person sentence ends the bridge (counter-example)", "Mittelfristig braucht es die Verfassungsreform, so der Außenminister. Wir wissen, dass es viel Einfluss gibt. Das ist brandgefährlich.\n\nWir brauchen aber einen Islam europäischer Prägung.", []string{
			"QUOTE „Mittelfristig braucht es die Verfassungsreform“ direct a", "CUE „so“ so a", "SOURCE „der Außenminister“ a",
			"QUOTE „Wir wissen, dass es viel Einfluss gibt“ direct a", "QUOTE „Wir brauchen aber einen Islam europäischer Prägung“ direct a"}},
		// a short plain sentence right after unmarked words introduced by a colon goes on with them
		{"after a colon quote (Wikinews dev wn27575, marks removed)", "Der Oberst sagte: Wir haben hier zwei Dutzend tote Zivilisten. Dies ist keine Grauzone. Das ist ein Massaker.", []string{
			"SOURCE „Der Oberst“ a", "CUE „sagte“ sagen a",
			"QUOTE „Wir haben hier zwei Dutzend tote Zivilisten. Dies ist keine Grauzone. Das ist ein Massaker“ direct a"}},
		{"after a comma frame's quote the writer goes on (counter-example, speech-news n033)", "Wir haben hier viel erreicht, sagte der Oberst. Dies ist keine Grauzone.", []string{
			"QUOTE „Wir haben hier viel erreicht“ direct a", "CUE „sagte“ sagen a", "SOURCE „der Oberst“ a"}},
		{"man + bei + an institution stays (counter-example)", "Am Samstag verspricht man bei der Polizei eine Antwort bis 19 Uhr.", []string{
			"CUE „verspricht“ versprechen a", "SOURCE „man bei der Polizei“ a"}},
	})
}

// TestSourceEdgesR4b checks the second half of the twelfth round's SOURCE
// and CUE rules (helper s3), each with a counter-example.
func TestSourceEdgesR4b(t *testing.T) {
	runFrameCases(t, []frameCase{
		// words without a verb before „, CUE + speaker“ are a quote fragment, not a subject with an apposition
		{"a fragment before an inverted cue with a role and name (speech-news n215)", "Keine Ahnung, sagte Vorstandschef Karl-Heinz Rummenigge noch am Montag.", []string{
			"QUOTE „Keine Ahnung“ direct a", "CUE „sagte“ sagen a", "SOURCE „Vorstandschef Karl-Heinz Rummenigge“ a"}},
		{"a fragment with a vocative before an inverted cue with a pronoun (speech-news n239)", "Ungefähr fünf Kilo, Schatz, sagt sie zufrieden.", []string{
			"QUOTE „Ungefähr fünf Kilo, Schatz“ direct a", "CUE „sagt“ sagen a", "SOURCE „sie“ a"}},
		{"a subject with a name apposition stays (counter-example, Wikinews wn4792)", "Der Vorsitzende der Gewerkschaft, Frank Bsirske, würdigte Kluncker als große Persönlichkeit.", []string{
			"SOURCE „Der Vorsitzende der Gewerkschaft, Frank Bsirske“ a", "CUE „würdigte“ würdigen a"}},
		{"a fragment, the inverted cue, then the fragment's finite verb: an interrupted quote (speech-news n205)", "Das, verspricht Cook, werde sich heuer ändern.", []string{
			"QUOTE „Das“ indirect a", "CUE „verspricht“ versprechen a", "SOURCE „Cook“ a", "QUOTE „werde sich heuer ändern“ indirect a"}},
		{"an adverbial clause before the cue with a dass-clause after it stays the Vorfeld (counter-example)", "Was den Fall betrifft, betonte man, dass alles gut sei.", []string{
			"CUE „betonte“ betonen a", "QUOTE „dass alles gut sei“ indirect a"}},
		// a role's place phrase before an appositive name belongs to the SOURCE (§1.3)
		{"role + place phrase + appositive name in the Vorfeld (speech-news n168, Wikinews train wn42185)", "Der Klubchef im Gemeinderat, Arno Grünbacher, gab an, letzteres könne so sein.", []string{
			"SOURCE „Der Klubchef im Gemeinderat, Arno Grünbacher“ a", "CUE „gab“ angeben a", "QUOTE „letzteres könne so sein“ indirect a"}},
		{"role + place phrase + appositive name after an inverted cue (Wikinews train wn42185)", "Das sei falsch, sagte der Fraktionsvorsitzende im niedersächsischen Landtag, Wolfgang Jüttner.", []string{
			"QUOTE „Das sei falsch“ indirect a", "CUE „sagte“ sagen a", "SOURCE „der Fraktionsvorsitzende im niedersächsischen Landtag, Wolfgang Jüttner“ a"}},
		{"a place phrase after the cue is no part of the speaker (counter-example)", "Der Sprecher sagte in Berlin, Merkel sei krank.", []string{
			"SOURCE „Der Sprecher“ a", "CUE „sagte“ sagen a", "QUOTE „Merkel sei krank“ indirect a"}},
		// a relative pronoun before an indefinite noun phrase is the subject
		{"relative pronoun + alle + noun (speech-news n226)", "Den Verdächtigen, die alle Vorwürfe zurückweisen, drohen Haftstrafen.", []string{
			"SOURCE „die“ a", "CUE „zurückweisen“ zurückweisen a"}},
		{"relative pronoun + eine + noun (speech-news n107)", "Microsoft beruft sich auf Kunden-Feedback, das eine Speicherung in den Servern verlangt habe.", []string{
			"SOURCE „das“ a", "CUE „verlangt“ verlangen a"}},
		{"relative pronoun + a definite noun phrase: the noun phrase is the subject (counter-example)", "Es geht um ein Gesetz, das die Regierung scharf kritisiert hat.", []string{
			"SOURCE „die Regierung“ a", "CUE „kritisiert“ kritisieren a"}},
		// an adjective and a common noun before a colon are a label, no speaker (§1.6)
		{"adjective + plural noun + colon (speech-news n220)", "Mögliche Nachteile: Solche neuen Lizenzen erlauben keine lokale Werbung für kleinere Einheiten.", nil},
		{"adjective + role noun + colon stays a speaker (counter-example)", "Britische Forscher: Die Lage ist ernst.", []string{
			"SOURCE „Britische Forscher“ a", "QUOTE „Die Lage ist ernst“ direct a"}},
		// a focus particle after the subordinator stands before the subject
		{"was selbst + subject (speech-news n144)", "Ein finanzieller Neustart wurde notwendig, was selbst der Rechnungshof bestätigt hat.", []string{
			"SOURCE „der Rechnungshof“ a", "CUE „bestätigt“ bestätigen a"}},
		{"a relative pronoun without a particle stays the subject (counter-example)", "Es gab einen Bericht des Rechnungshofs, der den Neustart bestätigt hat.", []string{
			"SOURCE „der“ a", "CUE „bestätigt“ bestätigen a"}},
		// „genau“, „erst“, „kurzum“, „apropos“ are adverbs (closed.go): no speaker in a Vorfeld or before a colon
		{"genau + object in the Vorfeld, the subject after the verb (speech-news n153)", "Genau dies konnte Tiago Paixao gemeinsam mit dem Evolutionsbiologen Nick Barton nun bestätigen.", []string{
			"SOURCE „Tiago Paixao“ a", "CUE „bestätigen“ bestätigen a"}},
		{"erst before an agentless passive (speech-news n242)", "Erst jetzt im Nachhinein werde behauptet, dass einiges nicht in Ordnung gewesen sei.", []string{
			"CUE „behauptet“ behaupten a", "QUOTE „dass einiges nicht in Ordnung gewesen sei“ indirect a"}},
		{"kurzum before a colon is no speaker (speech-news n209)", "Kurzum: Klartext war eine halbe Stunde der auch starken Worte.", nil},
		{"erst before a subject stays an adverb (counter-example)", "Erst am Montag hatte der Minister erklärt, dass er bleibe.", []string{
			"SOURCE „der Minister“ a", "CUE „erklärt“ erklären a", "QUOTE „dass er bleibe“ indirect a"}},
		{"a role and a name before a colon stay the speaker (counter-example)", "Bundeskanzlerin Merkel: Wir schaffen das.", []string{
			"SOURCE „Bundeskanzlerin Merkel“ a", "QUOTE „Wir schaffen das“ direct a"}},
	})
}
