package speech

import "testing"

// TestNewsFrames checks the constructions fixed on gold/speech-news (DER
// STANDARD articles, most without quotation marks), each with a
// counter-example where the rule must not fire. Lines as in TestFrames.
func TestNewsFrames(t *testing.T) {
	runFrameCases(t, []frameCase{
		// a main clause before an inverted cue is reported, also when a
		// subordinate clause closes it
		{"da-clause at the end of an unmarked quote (speech-news n014)", "Uwe Böhnhardt war jedoch strikt dagegen, da er darin ein Sicherheitsrisiko sah, sagte die Angeklagte.", []string{
			"QUOTE „Uwe Böhnhardt war jedoch strikt dagegen, da er darin ein Sicherheitsrisiko sah“ direct a", "CUE „sagte“ sagen a", "SOURCE „die Angeklagte“ a"}},
		{"um-zu clause at the end of an unmarked quote (speech-news n036)", "Gerichtsvollzieher Gerhard G. machte sich vergangene Woche auf den Weg, um einen Jet zu beschlagnahmen, berichtet die Zeitung.", []string{
			"QUOTE „Gerichtsvollzieher Gerhard G. machte sich vergangene Woche auf den Weg, um einen Jet zu beschlagnahmen“ direct a", "CUE „berichtet“ berichten a", "SOURCE „die Zeitung“ a"}},
		{"a fronted adverbial clause alone stays the Vorfeld (Wikinews)", "Wie die Zeitung berichtete, bezeichnete der Minister den Plan als Fehler.", []string{
			"SOURCE „die Zeitung“ a", "CUE „berichtete“ berichten a", "CUE „bezeichnete“ bezeichnen b",
			"QUOTE „bezeichnete der Minister den Plan als Fehler“ indirect a", "SOURCE „der Minister“ b"}},
		{"quote before and dass-clause after an inverted cue (speech-news n002)", "Die Gedanken zum Aufgeben waren sehr stark, berichtete Weiss darüber, dass er kein Eis bekam.", []string{
			"QUOTE „Die Gedanken zum Aufgeben waren sehr stark“ direct a", "CUE „berichtete“ berichten a", "SOURCE „Weiss“ a",
			"QUOTE „dass er kein Eis bekam“ indirect a"}},
		{"an adverbial clause before the cue and a dass-clause after stays Vorfeld (d003)", "Was den Fall betrifft, betonte der Sprecher, dass alles korrekt gelaufen sei.", []string{
			"CUE „betonte“ betonen a", "SOURCE „der Sprecher“ a", "QUOTE „dass alles korrekt gelaufen sei“ indirect a"}},
		// verbs in another sense: an idiom's word in the clause („!zu“)
		{"verurteilt zu a sentence is no report (speech-news n013)", "Ein US-Student ist zu 15 Jahren Arbeitslager verurteilt worden.", nil},
		{"verurteilen with its object stays a report (d021)", "Ban Ki Moon hat den Angriff auf ein Krankenhaus scharf verurteilt.", []string{
			"SOURCE „Ban Ki Moon“ a", "CUE „verurteilt“ verurteilen a"}},
		{"Geschichte schreiben is no report (speech-news n002)", "Der 34-Jährige Frodeno schrieb damit Geschichte: Vor ihm hatte noch nie ein Olympiasieger gewonnen.", nil},
		{"Opfer fordern is no report (speech-news n002)", "Es war ein Kampf ums Überleben, der viele Opfer gefordert hat.", nil},
		{"a rank is no content of verweisen or behaupten (speech-news n011, n028)", "Die SPÖ wurde auf den zweiten Platz verwiesen. Der Klub behauptete mit dem Sieg den fünften Tabellenplatz.", nil},
		{"verweisen auf a claim stays a report (d010)", "Pistorius verwies auf die möglichen Folgen für die Sicherheit.", []string{
			"SOURCE „Pistorius“ a", "CUE „verwies“ verweisen a"}},
		{"sich bestätigt sehen is no report (speech-news n005)", "Ekirch sieht seine Analysen durch Schlafexperimente bestätigt.", nil},
		// infinitives that attribute their content to nobody
		{"sich lassen + infinitive is no report (speech-news n001, Wikinews train wn67437)", "Das lässt sich laut den Forschern nur mit einem Szenario erklären. Vor allem ließ sich kaum bestätigen, dass die Gewöhnung etwas ausmachte.", []string{
			"QUOTE „Das lässt sich laut den Forschern nur mit einem Szenario erklären“ indirect a", "CUE „laut“ laut a", "SOURCE „den Forschern“ a"}},
		{"purpose clause and sein + zu are no reports (speech-news n006, n022)", "Um herauszufinden, ob die Größe zählt, spielten die Biologen Videos vor. Es sei aber jedenfalls zu begrüßen, dass Google sich austobt.", nil},
		{"a zu-infinitive without content is no report (speech-news n024)", "Das Spiel eignet sich dazu, Sachverhalte zu erklären und Meinungen zu transportieren.", nil},
		{"ist zu hören with reported content stays a report (Wikinews train wn74006)", "Aus der Regierung ist zu hören, Iwanischwili habe die Filme in Auftrag gegeben.", []string{
			"SOURCE „der Regierung“ a", "CUE „hören“ hören a", "QUOTE „Iwanischwili habe die Filme in Auftrag gegeben“ indirect a"}},
		{"werden + infinitive stays a report (GUIDELINES §1.2.7)", "Er wird erklären, dass er zurücktritt.", []string{
			"SOURCE „Er“ a", "CUE „erklären“ erklären a", "QUOTE „dass er zurücktritt“ indirect a"}},
		// interviews
		{"an interview turn runs to the next turn, over inner reports (speech-news n024)", "STANDARD: Kann sich Mobile Journalism noch steigern? Bösch: Es gibt Leute, die sagen, das Smartphone sei auserzählt. Auch Virtual Reality weist einen Weg. STANDARD: Und dann? Bösch: Das wird der erste Schritt sein.", []string{
			"SOURCE „STANDARD“ a", "QUOTE „Kann sich Mobile Journalism noch steigern“ direct a",
			"SOURCE „Bösch“ b", "QUOTE „Es gibt Leute, die sagen, das Smartphone sei auserzählt. Auch Virtual Reality weist einen Weg“ direct b",
			"SOURCE „die“ c", "CUE „sagen“ sagen c",
			"SOURCE „STANDARD“ d", "QUOTE „Und dann“ direct d", "SOURCE „Bösch“ e", "QUOTE „Das wird der erste Schritt sein“ direct e"}},
		{"colon frames without a repeated speaker are no interview (001_8dba789083dfecfe)", "Kiew: Nordkoreanische Soldaten in Region Kursk. Die Lage ist ernst. Moskau: Wir haben keine Kenntnis davon. Die Armee schweigt. Seoul: Weitere Truppen werden folgen.", []string{
			"SOURCE „Kiew“ a", "QUOTE „Nordkoreanische Soldaten in Region Kursk“ direct a",
			"SOURCE „Moskau“ b", "QUOTE „Wir haben keine Kenntnis davon“ direct b",
			"SOURCE „Seoul“ c", "QUOTE „Weitere Truppen werden folgen“ direct c"}},
		// speakers' noun phrases
		{"a name opening with lower-case particles (speech-news n001)", "Das ist ein klarer Hinweis auf Planeten, sagt van der Marel. Wir handeln, sagte von der Leyen.", []string{
			"QUOTE „Das ist ein klarer Hinweis auf Planeten“ direct a", "CUE „sagt“ sagen a", "SOURCE „van der Marel“ a",
			"QUOTE „Wir handeln“ direct b", "CUE „sagte“ sagen b", "SOURCE „von der Leyen“ b"}},
		{"von der + a noun is no name (constructed)", "Er sprach von der Regierung.", []string{
			"SOURCE „Er“ a", "CUE „sprach“ sprechen a"}},
		{"wie X, apposition, cue (speech-news n018)", "Schon demnächst wird der Grenzraum bestreift, mit Patrouillen aus Polizei und Militär, wie Konrad Kogler, Generaldirektor für die öffentliche Sicherheit, ausführte.", []string{
			"QUOTE „Schon demnächst wird der Grenzraum bestreift, mit Patrouillen aus Polizei und Militär“ indirect a",
			"SOURCE „Konrad Kogler“ a", "CUE „ausführte“ ausführen a"}},
		{"an apposition without wie is the Vorfeld's (constructed)", "Die Firma, Marktführer in Europa, teilte mit, dass sie wachse.", []string{
			"SOURCE „Die Firma“ a", "CUE „teilte“ mitteilen a", "QUOTE „dass sie wachse“ indirect a"}},
		// datelines and the subject of „nach eigenen Angaben“
		{"a dateline is no part of the clause; nach eigenen Angaben takes the subject (speech-news n014)", "München – Die mutmaßliche Rechtsterroristin Beate Zschäpe ist nach eigenen Angaben von ihrem Komplizen geschlagen worden.", []string{
			"SOURCE „Die mutmaßliche Rechtsterroristin Beate Zschäpe“ a", "QUOTE „Die mutmaßliche Rechtsterroristin Beate Zschäpe ist nach eigenen Angaben von ihrem Komplizen geschlagen worden“ indirect a",
			"CUE „nach eigenen Angaben“ nach Angaben a"}},
		{"a dateline before an unmarked quote (speech-news)", "Wien – Die Lage ist ernst, sagte der Minister.", []string{
			"QUOTE „Die Lage ist ernst“ direct a", "CUE „sagte“ sagen a", "SOURCE „der Minister“ a"}},
		{"a dash inside a sentence is no dateline (constructed)", "Die Lage ist ernst – und sie wird schlimmer, sagte der Minister.", []string{
			"QUOTE „Die Lage ist ernst – und sie wird schlimmer“ direct a", "CUE „sagte“ sagen a", "SOURCE „der Minister“ a"}},
		{"laut eigenem Bekunden takes the subject pronoun before it (speech-news n010)", "Sie liebt die Staatsoper, der sie laut eigenem Bekunden seit 30 Jahren Besuche abstatte.", []string{
			"QUOTE „der sie laut eigenem Bekunden seit 30 Jahren Besuche abstatte“ indirect a", "SOURCE „sie“ a", "CUE „laut“ laut a"}},
		{"laut with a named source keeps it (d015)", "Die Wissenschafter hatten das laut Aussendung der Uni gedeutet.", []string{
			"QUOTE „Die Wissenschafter hatten das laut Aussendung der Uni gedeutet“ indirect a", "CUE „laut“ laut a", "SOURCE „der Uni“ a"}},
		{"the document of an agentless passive is its SOURCE (speech-news n005, n018)", "Im Oktober wurde in einer Studie behauptet, dass man mit wenig Schlaf auskommt. Denn im internen Expertenpapier wird festgehalten, dass der Zaun überwindbar ist.", []string{
			"SOURCE „einer Studie“ a", "CUE „behauptet“ behaupten a", "QUOTE „dass man mit wenig Schlaf auskommt“ indirect a",
			"SOURCE „internen Expertenpapier“ b", "CUE „festgehalten“ festhalten b", "QUOTE „dass der Zaun überwindbar ist“ indirect b"}},
		{"a place in a passive is no SOURCE (constructed)", "In Wien wurde betont, dass der Zaun überwindbar ist.", []string{
			"CUE „betont“ betonen a", "QUOTE „dass der Zaun überwindbar ist“ indirect a"}},
		// verbs added to speech-verbs.txt
		{"analysieren frames an inverted quote (speech-news n030)", "Als einfacher Abgeordneter wäre sein Einfluss dahin, analysiert er.", []string{
			"QUOTE „Als einfacher Abgeordneter wäre sein Einfluss dahin“ indirect a", "CUE „analysiert“ analysieren a", "SOURCE „er“ a"}},
		{"analysieren with an object is no report (Wikinews train wn80534)", "Nunmehr wird vor jedem Spiel die Situation analysiert.", nil},
		{"sich ableiten with a dass-clause (speech-news n029)", "Für die Forscher leitet sich daraus ab, dass die Kinder mehr Anleitung brauchen.", []string{
			"SOURCE „die Forscher“ a", "CUE „leitet“ ableiten a", "QUOTE „dass die Kinder mehr Anleitung brauchen“ indirect a"}},
		{"a noun with a relative clause before an inverted verb is its Vorfeld; relative wo is no content (speech-news n039)", "Auch Halal-Fleisch, das koscherem Fleisch sehr ähnlich ist, findet man immer öfter in Gegenden, wo viele Muslime leben.", nil},
		{"a relative clause inside reported words stays reported (constructed)", "Das Ziel, das wir hatten, ist erreicht, sagte er.", []string{
			"QUOTE „Das Ziel, das wir hatten, ist erreicht“ direct a", "CUE „sagte“ sagen a", "SOURCE „er“ a"}},
		{"a short reported clause stays reported (constructed)", "Wir gewinnen, sagte er.", []string{
			"QUOTE „Wir gewinnen“ direct a", "CUE „sagte“ sagen a", "SOURCE „er“ a"}},
		{"label nouns before a colon are no speakers (speech-news n034, n036)", "Die Summe: 600 Euro für ein Flugzeug. Die amtliche Beschreibung der Aufdringlichkeit: Sie haben an einem öffentlichen Ort gebettelt.", nil},
		{"a role before a colon stays a speaker (constructed)", "Die Ministerin: Wir haben das geprüft.", []string{
			"SOURCE „Die Ministerin“ a", "QUOTE „Wir haben das geprüft“ direct a"}},
		// continuations
		{"a Konjunktiv I report with noun-phrase content continues the last report (speech-news n013)", "Demnach hatte ihn die Mutter eines Freundes um eine Trophäe gebeten. Sie habe ihm ein Auto versprochen.", []string{
			// (thirteenth round: „gebeten“ right before a Konjunktiv I sentence is a report of its own, as in the gold)
			"CUE „Demnach“ demnach a", "QUOTE „hatte ihn die Mutter eines Freundes um eine Trophäe gebeten“ indirect a",
			"SOURCE „die Mutter eines Freundes“ b", "CUE „gebeten“ bitten b",
			"SOURCE „Sie“ c", "QUOTE „Sie habe ihm ein Auto versprochen“ indirect a", "CUE „versprochen“ versprechen c"}},
		{"an indicative report with noun-phrase content is no continuation (constructed)", "Demnach hatte ihn die Mutter eines Freundes um eine Trophäe gebeten. Sie hat ihm ein Auto versprochen.", []string{
			"CUE „Demnach“ demnach a", "QUOTE „hatte ihn die Mutter eines Freundes um eine Trophäe gebeten“ indirect a",
			"SOURCE „Sie“ b", "CUE „versprochen“ versprechen b"}},
		{"„sei es“ after a fronted word is Konjunktiv I (speech-news n010)", "Sie besuche die Oper oft, sagte sie. Nun sei es ihr eine Ehre, dort mitzuwirken.", []string{
			"QUOTE „Sie besuche die Oper oft“ indirect a", "CUE „sagte“ sagen a", "SOURCE „sie“ a",
			"QUOTE „Nun sei es ihr eine Ehre, dort mitzuwirken“ indirect a"}},
		// quote boundaries
		{"an inserted frame ends the colon's quote; the quote goes on after it (speech-news n008)", "Corbyn antwortete knapp auf Twitter: Wir haben keine Zeit für Geschwätz, schrieb er, Leute leiden in diesem Land.", []string{
			"SOURCE „Corbyn“ a", "CUE „antwortete“ antworten a", "QUOTE „Wir haben keine Zeit für Geschwätz“ direct a",
			"CUE „schrieb“ schreiben b", "SOURCE „er“ b", "QUOTE „Leute leiden in diesem Land“ direct b"}},
		{"a clause after the colon with a cue and an object is no inserted frame (d012)", "Seitens der Staatsanwaltschaft wurde mitgeteilt: Nachdem die Papiere publik geworden sind, gibt die Staatsanwaltschaft den Beginn der Ermittlungen bekannt.", []string{
			"SOURCE „der Staatsanwaltschaft“ a", "CUE „mitgeteilt“ mitteilen a",
			"QUOTE „Nachdem die Papiere publik geworden sind, gibt die Staatsanwaltschaft den Beginn der Ermittlungen bekannt“ direct a",
			"CUE „gibt“ bekanntgeben b", "SOURCE „die Staatsanwaltschaft“ b"}},
		{"a partitive pronoun is a speaker (speech-news n037)", "Seit dem Angriff können wir sie nicht mehr erreichen, erklärte einer von ihnen.", []string{
			"QUOTE „Seit dem Angriff können wir sie nicht mehr erreichen“ direct a", "CUE „erklärte“ erklären a", "SOURCE „einer von ihnen“ a"}},
		{"von after a pronoun object is no partitive speaker (constructed)", "Er erklärte einem von ihnen die Lage.", []string{
			"SOURCE „Er“ a", "CUE „erklärte“ erklären a"}},
		{"während + article opening a clause stays the Vorfeld (constructed)", "Während der Minister sprach, verwies die Sprecherin auf die Kosten.", []string{
			"CUE „verwies“ verweisen a", "SOURCE „die Sprecherin“ a"}},
		{"a relative clause after a noun is no content (speech-news n034)", "Das musste ein Mädchen erfahren, das man ins Gefängnis schicken wollte.", nil},
		{"an article after the comma opens reported content (Wikinews train wn38180)", "Colomer empfahl dem Gericht, der vor Jahren angestrengten Klage stattzugeben.", []string{
			"SOURCE „Colomer“ a", "CUE „empfahl“ empfehlen a", "QUOTE „der vor Jahren angestrengten Klage stattzugeben“ indirect a"}},
		{"generic man with a modal in a subordinate clause is no source (speech-news n032)", "Das ist unklar, während man wohl davon ausgehen kann, dass sie ähnlich ticken.", nil},
		{"a form in -e next to ich only is the indicative (speech-news n002)", "Ich hatte super Beine und habe mich strikt an meinen Plan gehalten, sagte der 34-Jährige.", []string{
			"QUOTE „Ich hatte super Beine und habe mich strikt an meinen Plan gehalten“ direct a", "CUE „sagte“ sagen a", "SOURCE „der 34-Jährige“ a"}},
		{"a form in -e with another subject stays Konjunktiv I (constructed)", "Ich glaube, er habe sich an den Plan gehalten, sagte der Trainer.", []string{
			"SOURCE „Ich“ a", "QUOTE „Ich glaube, er habe sich an den Plan gehalten“ indirect b", "CUE „glaube“ glauben a",
			"CUE „sagte“ sagen b", "SOURCE „der Trainer“ b"}},
	})
}
