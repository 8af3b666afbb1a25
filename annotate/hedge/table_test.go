package hedge_test

import (
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/annotate/hedge"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/pipeline"
)

// speechSpan is a hand-made CUE or SOURCE span for a test document: the
// first occurrence of Text after the first occurrence of After.
type speechSpan struct {
	Label, Text, After string
	Attr               int
}

// hedgeCase is one sentence and the hedges it must get, written
// "text/type" in text order (type: epi, evi, app).
type hedgeCase struct {
	name   string
	text   string
	want   []string
	speech []speechSpan
}

// Sources: corpus/seeds/NNN_… and corpus/dev/dNNN.txt are the files of the
// dev split (gold/dev.jsonl); wnNNNNN are Wikinews articles of
// ../shared/corpus/wikinews-quotes/train.jsonl (no HEDGE gold); the few
// constructed sentences are marked so.
var hedgeCases = []hedgeCase{
	// --- always: adverbs and every inflected form of adjectives
	{"mutmaßlichen", // seed 002
		"Südkoreas Präsident Yoon Suk Yeol sagte am Donnerstag, Seoul werde angesichts der mutmaßlichen Entsendung der nordkoreanischen Truppen nicht untätig bleiben.",
		[]string{"mutmaßlichen/evi"}, nil},
	{"angeblichen", // wn12438
		"In der Hand hielt er einen angeblichen Fernzünder.",
		[]string{"angeblichen/evi"}, nil},
	{"wahrscheinlichste", // constructed
		"Die wahrscheinlichste Ursache ist ein Kurzschluss.",
		[]string{"wahrscheinlichste/epi"}, nil},
	{"vermuteter", // seed 002 (heading)
		"Scharfe Warnung vor vermuteter Truppenhilfe",
		[]string{"vermuteter/epi"}, nil},
	{"offenbar", // wn13194
		"Die Ausrichtung der Attentate auf schiitische Gebiete ist offenbar Bestandteil eines Kalküls.",
		[]string{"offenbar/epi"}, nil},
	{"anscheinend", // wn3148
		"AIDS-Symptome habe der betroffene Mann anscheinend innerhalb von zwei bis drei Monaten entwickelt.",
		[]string{"anscheinend/epi"}, nil},
	{"scheinbar", // wn77429
		"Selbst über scheinbar unwichtige Details der Übereinkunft war bis zuletzt hart gerungen worden.",
		[]string{"scheinbar/epi"}, nil},
	{"offensichtlich is no hedge", // wn27237
		"„Der Bär ist ganz offensichtlich außer Rand und Band.“",
		nil, nil},
	{"capitalised noun is no verb", // wn…: „Angehörige suchten entlang der Schienen …“
		"Angehörige suchten entlang der Schienen nach Überlebenden und nach Leichen.",
		nil, nil},

	// --- possible
	{"möglich said of an event", // d009
		"Eine Einigung sei schon am Mittwoch möglich.",
		[]string{"möglich/epi"}, nil},
	{"möglich, dass", // seed 004
		"UN-Diplomaten halten es auch für möglich, dass die Truppen hinter der Front logistische Aufgaben übernehmen.",
		[]string{"möglich/epi"}, nil},
	{"so offen wie möglich", // d013
		"Man wolle auch so offen wie möglich sein.",
		nil, nil},
	{"feasibility", // d015
		"Aber selbst hier ist es mit ein wenig Übung möglich, die verschiedenen Arten zu unterscheiden, so der Botaniker.",
		nil, nil},
	{"möglich wurde (enabling)", // wn61550
		"Die Aussagen der geständigen Angeklagten füllten allein 1.700 Seiten, wodurch es möglich wurde, das Verfahren wesentlich abzukürzen.",
		nil, nil},
	{"conditional clause", // d013
		"Den Wissenschaftern ist es wichtig, dass die Öffentlichkeit die Hoheit über kritische Daten behält, sofern das noch möglich ist.",
		nil, nil},
	{"möglich, wenn (a condition)", // wikinews dev: „Bisher ist das nur möglich, wenn …“
		"Bisher ist das nur möglich, wenn man ein berechtigtes Interesse nachweisen kann.",
		nil, nil},
	{"negated: kein Zugang möglich", // wikinews dev
		"Aufgrund der hohen Strahlung ist kein Zugang zu den Brennpunkten möglich.",
		nil, nil},
	{"attributive möglichen", // seed 003
		"Austin hat ungewöhnlich deutlich vor den Konsequenzen einer möglichen ukrainischen Niederlage gewarnt.",
		nil, nil},

	// --- particle
	{"wohl as a particle", // d001
		"Sollten jetzt auch noch die Vorzeichen auf einen Verbleib stehen, könne wohl auch Mitterlehner wieder ruhiger schlafen.",
		[]string{"wohl/epi"}, nil},
	{"das Wohl", // wn4792
		"Kluncker stellte stets das Wohl der Arbeitnehmer über die Interessen seiner Partei, der SPD.",
		nil, nil},
	{"wohl bedacht", // wn81706
		"Beckham hat seine Tattoos wohl bedacht in Auftrag gegeben.",
		nil, nil},
	{"sehr wohl", // constructed
		"Er wusste sehr wohl, was er tat.",
		nil, nil},

	// --- approximators
	{"etwa before a number", // seed 000
		"In Russland halten sich laut ukrainischem Geheimdienst etwa 12.000 nordkoreanische Soldaten auf.",
		[]string{"etwa/app"}, nil},
	{"etwa = for example", // d009
		"Neu ist etwa, dass der Standort in Saalfelden ans Lagerhaus gehen soll.",
		nil, nil},
	{"nicht etwa", // constructed
		"Es waren nicht etwa 100 Menschen, sondern viel mehr.",
		nil, nil},
	{"rund before a number", // seed 004
		"Nach Schätzungen der US-Regierung befinden sich rund 10.000 nordkoreanische Soldaten in Russland.",
		[]string{"rund/app"}, nil},
	{"rund um", // d001
		"Angesichts der Debatte rund um Kanzler Werner Faymann sei aber auch Mitterlehner unter Druck.",
		nil, nil},
	{"knapp before a number", // wn50226
		"Die humanitäre Krise in Myanmar spitzt sich knapp 14 Tage nach dem verheerenden Tropensturm immer weiter zu.",
		[]string{"knapp/app"}, nil},
	{"knapp of time", // d001
		"Mitterlehner hat für den 20. Mai, also knapp vor der Präsidentenstichwahl, eine Zukunftskonferenz angeordnet.",
		nil, nil},
	{"gut before a number", // wn25051
		"Gut drei Monate später hat die Polizei am Montag einen 38-jährigen Mann verhaftet.",
		[]string{"Gut/app"}, nil},
	{"gut as an adjective", // d002
		"Bei den Angesprochenen kam die Kritik am Sonntag nicht gut an.",
		nil, nil},
	{"über before a number", // wn18592
		"Auf der Insel Nias verloren im März dieses Jahres über 900 Menschen ihr Leben.",
		[]string{"über/app"}, nil},
	{"über before a vague quantity", // seed 002
		"Putin hat Fragen zu den Berichten über Tausende nordkoreanische Soldaten ausweichend beantwortet.",
		nil, nil},
	{"fast before a number", // d002
		"Vor allem für einen Politiker, der fast 30 Jahre lang in der Wirtschaftskammer tätig war.",
		[]string{"fast/app"}, nil},
	{"fast before a quantifier", // d001
		"Fast alle sind sich einig, dass Kurz jetzt noch nicht beschädigt werden darf.",
		[]string{"Fast/app"}, nil},
	{"nahezu jedem", // wn82834
		"Dieses funktioniert auf nahezu jedem Mobiltelefon des GSM-Standards.",
		[]string{"nahezu/app"}, nil},
	{"fast die Hälfte", // wn2240
		"Momentan muss fast die Hälfte der angepflanzten Bäume vernichtet werden.",
		[]string{"fast/app"}, nil},
	{"bis zu before a number", // seed 001
		"Experten aus Seoul schätzen, dass insgesamt bis zu 12.000 Soldaten nach Russland entsendet werden könnten.",
		[]string{"schätzen/epi", "bis zu/app", "könnten/epi"}, nil},
	{"bis zum before a date", // wn22065
		"Der Prozess dauert voraussichtlich bis zum 14. Oktober.",
		[]string{"voraussichtlich/epi"}, nil},
	{"mindestens before a number", // d005
		"In der Nacht auf Donnerstag waren mindestens 20 Menschen getötet worden.",
		[]string{"mindestens/app"}, nil},
	{"mehr als before a number", // d006
		"Auch für Dienstag hatten sich mehr als 2.000 Menschen über Facebook verabredet.",
		[]string{"mehr als/app"}, nil},
	{"mehr als einem Jahr", // wn5954
		"Die Übergabe erfolgte jetzt mit mehr als einem Jahr Verspätung.",
		[]string{"mehr als/app"}, nil},
	{"mehr als without a quantity", // constructed
		"Das ist mehr als ärgerlich.",
		nil, nil},
	{"um before a year", // d014
		"Die Grabkammer von Tutanchamun (um 1330 vor unserer Zeitrechnung) sorgte für Schlagzeilen.",
		[]string{"um/app"}, nil},
	{"um as a difference", // d003
		"Die Zahl der abgegebenen Stimmen erhöhte sich mit 46.472 um 109 Stimmen gegenüber dem vorläufigen Endergebnis.",
		nil, nil},
	{"um before a price", // wn80937
		"Tesla bietet an den Lohn aller Mitarbeiter um 150 Euro monatlich zu erhöhen.",
		nil, nil},

	// --- modal
	{"epistemic könnte", // seed 001
		"Dabei geht es um einen Beistandspakt, der bei einem Angriff eines Drittstaates in Kraft treten könnte.",
		[]string{"könnte/epi"}, nil},
	{"könnte in a manner clause", // d011
		"Es hat einen Plan gegeben, wie in Griechenland ein Währungsumsturz vonstattengehen könnte.",
		nil, nil},
	{"könnte in an open question", // seed 002
		"Fraglich ist daher, wie die EU auf eine direkte Beteiligung Nordkoreas reagieren könnte.",
		[]string{"Fraglich/epi", "könnte/epi"}, nil},
	{"counterfactual", // wn63107
		"In der 30. Minute hätte Dänemark durch Tomasson in Führung gehen können, doch sein Schuss wurde geblockt.",
		nil, nil},
	{"dürfte epistemic, verb-final", // d001
		"Ein Umbau war geplant, was bei den Ministern – beide sind in der Losung – nicht für zusätzliche Motivation gesorgt haben dürfte.",
		[]string{"dürfte/epi"}, nil},
	{"dürfte nicht + perfect infinitive", // constructed from d001
		"Das dürfte nicht für zusätzliche Motivation gesorgt haben.",
		[]string{"dürfte/epi"}, nil},
	{"dürften nicht = must not", // wn68811
		"Das Recht am Eigentum und die „Energiefreiheit“ dürften nicht eingeschränkt werden.",
		nil, nil},
	{"dürfte probably", // d022-style, constructed
		"Der Schaden dürfte in die Millionen gehen.",
		[]string{"dürfte/epi"}, nil},
	{"könnte of ability", // constructed after GUIDELINES §2.1
		"Olympiakos könnte sich sogar eine Niederlage leisten.",
		nil, nil},

	// --- reportive soll / sollen
	{"soll + perfect infinitive", // seed 002
		"Laut dem südkoreanischen Geheimdienst soll Nordkorea insgesamt bereits 3000 Soldaten nach Russland geschickt haben.",
		[]string{"soll/evi"}, nil},
	{"sollen + worden sein, verb-final", // wn49024
		"Die Zahl der Menschen, die durch die Unruhen am Freitag getötet worden sein sollen, bezifferte Xinhua mit 13.",
		[]string{"sollen/evi"}, nil},
	{"sollen … gewesen sein", // d011
		"Beteiligt an der Ausarbeitung des Plans sollen der Energieminister Panagiotis Lafazanis sowie Varoufakis gewesen sein.",
		[]string{"sollen/evi"}, nil},
	{"geflossen sein sollen", // d006
		"Die Papiere enthalten Informationen über die Firma Wintris, auf die Millionen geflossen sein sollen.",
		[]string{"sollen/evi"}, nil},
	{"sollen … zeigen (evidence)", // d014
		"Auf den Radarbildern sollen farbliche Unterschiede die Hohlräume und das unbekannte Material zeigen.",
		[]string{"sollen/evi"}, nil},
	{"plan: sollen … geschickt werden", // seed 003
		"Demnach absolvieren sie ein Training und sollen anschließend an die Front in die Ukraine geschickt werden.",
		nil, nil},
	{"plan: sollen … fließen", // d004
		"Laut Kickl sollen in den Stichwahlkampf noch einmal 1,2 Millionen Euro fließen.",
		nil, nil},
	{"counterfactual: hätte … führen sollen", // d011
		"Dieser Plan B hätte zur Einführung einer Parallelwährung führen sollen, schreibt Ekathimerini.",
		nil, nil},
	{"conditional: Sollten die Berichte zutreffen", // seed 003
		"Sollten die Berichte zutreffen, wäre dies gravierend.",
		nil, nil},
	{"state: sollen … vertreten sein", // d008
		"Darin sollen sowohl internationale als auch sri-lankische Richter, Staatsanwälte und Ermittler vertreten sein.",
		nil, nil},

	// --- claim: will / wollen
	{"will + perfect infinitive", // d014
		"Der Wissenschafter will in ihnen vermauerte Durchgänge erkannt haben.",
		[]string{"will/evi"}, nil},
	{"gehört haben wollen", // wn47946
		"Ein Polizeisprecher konnte erste Medienberichte nicht bestätigen, wonach Zeugen eine Explosion gehört haben wollen.",
		[]string{"wollen/evi"}, nil},
	{"will of volition", // seed 002
		"Ein Problem will der Kremlchef nicht erkennen.",
		nil, nil},

	// --- first person, estimate, seem
	{"Ich glaube, dass", // d004
		"Ich glaube, dass wir doch recht deutlich über diesen 50 Prozent liegen werden.",
		[]string{"glaube/epi"}, nil},
	{"third person glaubt", // d015
		"Dass die Pflanzenvielfalt Österreichs unterschätzt wird, glaubt Schneeweiß nicht.",
		nil, nil},
	{"Ich nehme an", // d001
		"Ich nehme an, dass ich der Chef bin, antwortete er.",
		[]string{"nehme an/epi"}, nil},
	{"parenthetical denke ich", // wn21815
		"Und nach dem, was er jetzt durchmacht, denke ich, ich könnte Recht haben!",
		[]string{"denke/epi", "könnte/epi"}, nil},
	{"schätzt … auf an amount", // wn37935
		"Den entstandenen Schaden schätzt die Polizei auf 250.000 Euro.",
		[]string{"schätzt/epi"}, nil},
	{"schätzen = appreciate", // constructed
		"Die Mitarbeiter schätzen die gute Zusammenarbeit.",
		nil, nil},
	{"scheint = seems", // d014
		"Doch nun scheint sich abzuzeichnen, dass der Archäologe Recht behalten könnte.",
		[]string{"scheint/epi", "könnte/epi"}, nil},
	{"die Sonne scheint", // constructed
		"Am Wochenende scheint die Sonne.",
		nil, nil},

	// --- phrases
	{"Berichten zufolge", // seed 001
		"Berichten zufolge halten sich Tausende nordkoreanische Soldaten derzeit in Russland auf.",
		[]string{"Berichten zufolge/evi"}, nil},
	{"Medienberichten zufolge", // wn37511
		"Medienberichten zufolge war es vor dem Ausbruch zu einer Revolte gekommen.",
		[]string{"Medienberichten zufolge/evi"}, nil},
	{"laut Medienberichten", // d006
		"Die Panama Papers enthalten laut Medienberichten Informationen über die Firma Wintris.",
		[]string{"laut Medienberichten/evi"}, nil},
	{"Schätzungen zufolge", // wn31955
		"Schätzungen zufolge seien in der untersuchten Zeitspanne in Darfur aber tausende Kinder in Kampfhandlungen verwickelt gewesen.",
		[]string{"Schätzungen zufolge/epi"}, nil},
	{"nach Schätzungen der US-Regierung (named)", // seed 004
		"Wie Blinken erklärte, befinden sich nach Schätzungen der US-Regierung rund 10.000 Soldaten in Russland.",
		[]string{"rund/app"}, nil},
	{"nach Schätzungen französischer Behörden (named)", // wn58907
		"In der Vergangenheit lebten zeitweise nach Schätzungen französischer Behörden bis zu 1.000 Personen in dem Lager.",
		[]string{"bis zu/app"}, nil},
	{"aus Kreisen der CSU (named)", // wn13761
		"Nicht nur von der SPD, sondern auch aus Kreisen der CSU kamen Stimmen gegen Merkel.",
		nil, nil},
	{"aus Regierungskreisen", // constructed
		"Das verlautete aus Regierungskreisen in Berlin.",
		[]string{"aus Regierungskreisen/evi"}, nil},
	{"Berichten zufolge, the speech layer's SOURCE inside", // constructed
		"Berichten zufolge halten sich Soldaten in Russland auf.",
		[]string{"Berichten zufolge/evi"}, []speechSpan{
			{Label: annotate.LabelSource, Text: "Berichten", Attr: 1},
			{Label: annotate.LabelCue, Text: "zufolge", Attr: 1},
		}},
	{"zufolge with a named SOURCE of the speech layer", // constructed
		"Die BBC meldete, Berichten zufolge halten sich Soldaten in Russland auf.",
		nil, []speechSpan{
			{Label: annotate.LabelSource, Text: "Die BBC", Attr: 1},
			{Label: annotate.LabelCue, Text: "zufolge", Attr: 1},
		}},
	{"laut Medienberichten with an over-long SOURCE", // d006
		"Die Panama Papers enthalten laut Medienberichten Informationen über die Firma Wintris.",
		[]string{"laut Medienberichten/evi"}, []speechSpan{
			{Label: annotate.LabelCue, Text: "laut", Attr: 1},
			{Label: annotate.LabelSource, Text: "Medienberichten Informationen", Attr: 1},
		}},
	{"bleibe abzuwarten", // seed 000
		"Was sie dort täten, bleibe abzuwarten, sagte US-Verteidigungsminister Lloyd Austin gestern.",
		[]string{"bleibe abzuwarten/epi"}, nil},
	{"bleibt noch abzuwarten (gap)", // constructed
		"Ob das gelingt, bleibt noch abzuwarten.",
		[]string{"bleibt noch abzuwarten/epi"}, nil},
	{"unter Umständen", // wn74899
		"Dann hat er ein Recht und unter Umständen auch die Pflicht zurückzutreten.",
		[]string{"unter Umständen/epi"}, nil},
	{"nach bisherigen Erkenntnissen", // wikinews dev wn16470
		"Ein Bauskandal, der nach bisherigen Erkenntnissen etwa 30 Hotels und Wohnanlagen betrifft, ist in Japan bekannt geworden.",
		[]string{"nach bisherigen Erkenntnissen/evi", "etwa/app"}, nil},
	{"unbestätigten", // wikinews dev wn61671
		"Nach bisher unbestätigten Berichten wurde der Firma Boeing außerdem Einsicht in das Angebot gewährt.",
		[]string{"unbestätigten/evi"}, nil},
	{"dem Vernehmen nach", // wn82411
		"Dort treffen sich dem Vernehmen nach zunehmend stark alkoholisierte Gruppen.",
		[]string{"dem Vernehmen nach/evi"}, nil},

	// --- impersonal heißt es
	{"heißt es without a source", // seed 000
		"Dort seien sie seit Mittwoch im Einsatz, heißt es.",
		[]string{"heißt es/evi"}, nil},
	{"bisher hieß es", // d001
		"Seine Ziele: eine Debatte über die Ausrichtung der Volkspartei (bisher hieß es, die sei mit dem Evolutionsprozess erfolgt).",
		[]string{"hieß es/evi"}, nil},
	{"heißt es in einer Erklärung", // seed 000
		"Dies hätte Konsequenzen für den Frieden, heißt es in einer vom EU-Außenbeauftragten veröffentlichten Erklärung.",
		nil, nil},
	{"In einer Pressemitteilung, die …, hieß es", // d006
		"In einer Pressemitteilung, die sein Büro am späten Dienstagabend verbreitete, hieß es: Der Ministerpräsident ist nicht zurückgetreten.",
		nil, nil},
	{"in der es heißt", // wn81009
		"Man zitiert eine Erklärung der Behörde, in der es heißt, dass eine Sperre erlassen wurde.",
		nil, nil},
	{"Es hieß, … (a report)", // news_de bench corpus
		"Im Sommer wurde sie noch vertröstet. Es hieß, eine Senkung der Lohnnebenkosten sei ab 2018 möglich.",
		[]string{"Es hieß/evi", "möglich/epi"}, nil},
	{"Es heißt X (a name)", // news_de bench corpus
		"Es heißt natürlich St. Leonhard, nicht St. Leonhardt.",
		nil, nil},
	{"In etwa, An die (capitalised phrases)", // news_de bench corpus
		"In etwa 2.000 Wasserverteilungssystemen sei Blei gemessen worden. An die hundert Personen werden vorgeführt.",
		[]string{"In etwa/app", "An die/app"}, nil},
	{"heißt es with a SOURCE of the speech layer", // constructed
		"Die Regierung sei besorgt, heißt es.",
		nil, []speechSpan{
			{Label: annotate.LabelCue, Text: "heißt es", Attr: 1},
			{Label: annotate.LabelSource, Text: "Die Regierung", Attr: 1},
		}},
	{"heißt es with an anonymous SOURCE", // constructed
		"Die Regierung sei besorgt, heißt es aus Kreisen.",
		[]string{"aus Kreisen/evi"}, []speechSpan{
			{Label: annotate.LabelCue, Text: "heißt es", Attr: 1},
			{Label: annotate.LabelSource, Text: "Kreisen", Attr: 1},
		}},
}

// fixture is the tokenizer, the numbers stage and the hedge stage.
type fixture struct {
	tok     *annotate.German
	numbers annotate.Stage
	hedge   *hedge.Stage
}

func newFixture(tb testing.TB) *fixture {
	tb.Helper()
	lex := lexicon.Default()
	g, err := annotate.NewGerman(lex)
	if err != nil {
		tb.Fatal(err)
	}
	stages, err := pipeline.Stages(lex)
	if err != nil {
		tb.Fatal(err)
	}
	f := &fixture{tok: g}
	for _, st := range stages {
		if st.Layer() == annotate.LayerNumbers {
			f.numbers = st
		}
	}
	if f.numbers == nil {
		tb.Fatal("pipeline.Stages has no numbers stage")
	}
	if f.hedge, err = hedge.New(lex); err != nil {
		tb.Fatal(err)
	}
	return f
}

// annotate runs the tokenizer, the numbers stage, the hand-made speech
// spans and the hedge stage over text.
func (f *fixture) annotate(tb testing.TB, text string, speech []speechSpan) *annotate.Document {
	tb.Helper()
	doc := &annotate.Document{Text: text}
	doc.Tokens, doc.Sentences = f.tok.Tokenize(text)
	f.numbers.Annotate(doc)
	for _, s := range speech {
		from := strings.Index(text, s.After)
		at := strings.Index(text[from:], s.Text)
		if from < 0 || at < 0 {
			tb.Fatalf("speech span %q not in %q", s.Text, text)
		}
		start := from + at
		doc.Spans = append(doc.Spans, annotate.Span{Label: s.Label, Start: start, End: start + len(s.Text), Attribution: s.Attr})
	}
	f.hedge.Annotate(doc)
	return doc
}

// hedges renders the HEDGE spans of doc as "text/type".
func hedges(doc *annotate.Document) []string {
	var out []string
	for _, s := range doc.Spans {
		if s.Label == annotate.LabelHedge {
			out = append(out, doc.Text[s.Start:s.End]+"/"+s.Type[:3])
		}
	}
	return out
}

func TestRules(t *testing.T) {
	f := newFixture(t)
	for _, c := range hedgeCases {
		t.Run(c.name, func(t *testing.T) {
			doc := f.annotate(t, c.text, c.speech)
			got := hedges(doc)
			if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
				t.Errorf("%s\n got  %q\n want %q", c.text, got, c.want)
			}
			for _, s := range doc.Spans {
				if s.Label == annotate.LabelHedge && s.Rule == "" {
					t.Errorf("HEDGE %q has no Rule", doc.Text[s.Start:s.End])
				}
			}
		})
	}
}
