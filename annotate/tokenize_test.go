package annotate

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/lexicon"
)

func newTestGerman(t testing.TB) *German {
	t.Helper()
	g, err := NewGerman(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// joinTokens renders tokens as "a | b | c".
func joinTokens(text string, toks []Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = text[t.Start:t.End]
	}
	return strings.Join(parts, " | ")
}

// tokenCases: input → tokens separated by " | ". Rows marked with a corpus
// file come from real text there.
var tokenCases = []struct{ in, want string }{
	// hyphenated compounds
	{"der Ex-Nato-Generalsekretär", "der | Ex-Nato-Generalsekretär"}, // corpus/seeds/000
	{"US-Verteidigungsminister Lloyd Austin", "US-Verteidigungsminister | Lloyd | Austin"},
	{"an der russisch-ukrainischen Grenze", "an | der | russisch-ukrainischen | Grenze"},
	{"im Ukraine-Krieg", "im | Ukraine-Krieg"},
	{"die EU-Staaten", "die | EU-Staaten"},
	{"Champions-League-Heimspiele", "Champions-League-Heimspiele"}, // corpus/dev
	{"Null-Toleranz-Politik", "Null-Toleranz-Politik"},
	{"Dublin-III-Verordnung", "Dublin-III-Verordnung"},
	{"Al-Kuds-Krankenhaus", "Al-Kuds-Krankenhaus"},
	{"Gegen-Tulln-Sein", "Gegen-Tulln-Sein"},
	{"Hofburg-Anwärter Andreas Khol", "Hofburg-Anwärter | Andreas | Khol"},
	{"FP-Einspruch", "FP-Einspruch"},
	{"Wirtschafts- und Arbeiterkammer", "Wirtschafts- | und | Arbeiterkammer"},
	{"Ein- und Ausreise", "Ein- | und | Ausreise"},
	{"Vor-, Haupt- und Nachspeise", "Vor- | , | Haupt- | und | Nachspeise"},
	{"Fußball-Champions-League", "Fußball-Champions-League"},
	{"Hamburg‑Altona", "Hamburg‑Altona"},
	{"Nord–Süd", "Nord | – | Süd"},
	{"Krieg – auch von Akteuren", "Krieg | – | auch | von | Akteuren"},
	{"Krieg - auch", "Krieg | - | auch"},
	{"Krieg — auch", "Krieg | — | auch"},
	{"E-Mail-Adresse", "E-Mail-Adresse"},
	{"3D-Drucker", "3D-Drucker"},
	{"Corona-Pandemie", "Corona-Pandemie"},
	{"Baden-Württemberg", "Baden-Württemberg"},
	// numbers with German separators
	{"etwa 12.000 Soldaten", "etwa | 12.000 | Soldaten"}, // corpus/seeds/000
	{"1.500 weitere", "1.500 | weitere"},
	{"3,5 Millionen", "3,5 | Millionen"},
	{"kostet 5,- Euro", "kostet | 5,- | Euro"},
	{"kostet 5,– Euro", "kostet | 5,– | Euro"},
	{"12\u00a0000 Menschen", "12\u00a0000 | Menschen"},
	{"12\u202f000 Menschen", "12\u202f000 | Menschen"},
	{"1\u202f234\u202f567 Euro", "1\u202f234\u202f567 | Euro"},
	{"12\u00a0Menschen", "12 | Menschen"},
	{"12\u00a00001", "12 | 0001"},
	{"2:1 gewonnen", "2:1 | gewonnen"},
	{"am 24.9.2015", "am | 24.9.2015"},
	{"(APA, 16.10.2015)", "( | APA | , | 16.10.2015 | )"}, // corpus/dev
	{"−3 Grad", "−3 | Grad"},
	{"bei -3 Grad", "bei | -3 | Grad"},
	{"+5 Prozent", "+5 | Prozent"},
	{"10-20 Menschen", "10 | - | 20 | Menschen"},
	{"10–20 Menschen", "10 | – | 20 | Menschen"},
	{"0,75 Liter", "0,75 | Liter"},
	{"11,12 Prozent", "11,12 | Prozent"}, // corpus/dev/d001
	{"1.000.000 Euro", "1.000.000 | Euro"},
	{"1.234,56 Euro", "1.234,56 | Euro"},
	{"50%", "50 | %"},
	{"50 %", "50 | %"},
	{"um 14.30 Uhr", "um | 14.30 | Uhr"},
	{"um 14:30 Uhr", "um | 14:30 | Uhr"},
	{"ein Drittel (1/3)", "ein | Drittel | ( | 1/3 | )"},
	{"2015/16", "2015/16"},
	{"(6 Punkte/9:10 Tore)", "( | 6 | Punkte | / | 9:10 | Tore | )"},
	{"nach dem 0:1 (0:1)", "nach | dem | 0:1 | ( | 0:1 | )"},
	{"1990er", "1990er"},
	{"in den 1980er-Jahren", "in | den | 1980er-Jahren"},
	{"der 71-Jährige", "der | 71-Jährige"},
	{"die 5.000er-Marke", "die | 5.000er-Marke"},
	{"26.000-Einwohner-Stadt", "26.000-Einwohner-Stadt"},
	{"G7-Gipfel", "G7-Gipfel"},
	{"F-16", "F-16"},
	{"COVID-19", "COVID-19"},
	{"A4", "A4"},
	{"Windows 11", "Windows | 11"},
	{"Tel. 0664/1234567", "Tel. | 0664/1234567"},
	{"€ 100", "€ | 100"},
	{"100€", "100 | €"},
	{"$5", "$ | 5"},
	{"5000.", "5000 | ."},
	{"§ 5 Abs. 2", "§ | 5 | Abs. | 2"},
	{"0,5", "0,5"},
	{"Version 2.0", "Version | 2.0"},
	{"3, 4 und 5", "3 | , | 4 | und | 5"},
	{"½ Liter", "½ | Liter"},
	{"2½ Stunden", "2½ | Stunden"},
	{"2 ½ Jahre", "2 | ½ | Jahre"},
	{"eine 2½-Zimmer-Wohnung", "eine | 2½-Zimmer-Wohnung"},
	{"Pi: 3⅐ etwa", "Pi | : | 3⅐ | etwa"},
	{"beträgt ,77 und", "beträgt | ,77 | und"},
	{"(,5 Prozent)", "( | ,5 | Prozent | )"},
	{"x,5", "x | , | 5"},
	{"3 ,5", "3 | ,5"},
	{"Saldo: - 1.200.000", "Saldo | : | - | 1.200.000"},
	// ordinals
	{"am 31. Oktober", "am | 31. | Oktober"},
	{"am 31. Oktober 2024", "am | 31. | Oktober | 2024"}, // corpus/seeds
	{"im 21. Jahrhundert", "im | 21. | Jahrhundert"},     // corpus/seeds
	{"des 21. Jahrhunderts", "des | 21. | Jahrhunderts"},
	{"in der 3. Liga", "in | der | 3. | Liga"},
	{"im 2. Bezirk", "im | 2. | Bezirk"}, // corpus/dev/d003
	{"zum 24. Bezirk", "zum | 24. | Bezirk"},
	{"in der 57. Minute", "in | der | 57. | Minute"},
	{"zum 16. Mal", "zum | 16. | Mal"},
	{"sein 39. Studioalbum", "sein | 39. | Studioalbum"},
	{"der 3. Platz", "der | 3. | Platz"},
	{"am 24. April (11,12", "am | 24. | April | ( | 11,12"},
	{"für den 20. Mai, also", "für | den | 20. | Mai | , | also"},
	{"am 3. und 4. Mai", "am | 3. | und | 4. | Mai"},
	{"am 3., 4. und 5. Mai", "am | 3. | , | 4. | und | 5. | Mai"},
	{"vom 2.-4. Mai", "vom | 2. | - | 4. | Mai"},
	{"vom 2.–4. Mai", "vom | 2. | – | 4. | Mai"},
	{"am 6. Dezember 2014", "am | 6. | Dezember | 2014"},
	{"am 9. Dezember", "am | 9. | Dezember"},
	{"ab 1. Jänner", "ab | 1. | Jänner"},
	{"Am 1. Januar", "Am | 1. | Januar"},
	{"am 5. Okt. 2020", "am | 5. | Okt. | 2020"},
	{"der 2. Weltkrieg", "der | 2. | Weltkrieg"},
	{"Es waren 500. Die Polizei", "Es | waren | 500 | . | Die | Polizei"},
	{"bis 2018. Dazu", "bis | 2018 | . | Dazu"}, // corpus/dev/d001
	{"seit 1945. Zudem", "seit | 1945 | . | Zudem"},
	{"waren es 500.", "waren | es | 500 | ."},
	{"um 109 Stimmen gegenüber 46.363. Die", "um | 109 | Stimmen | gegenüber | 46.363 | . | Die"},
	{"die 3. ist", "die | 3. | ist"},
	{"Es waren 3.\nDann", "Es | waren | 3 | . | Dann"},
	{"1. Punkt eins", "1. | Punkt | eins"},
	{"Kapitel\n2. Abschnitt", "Kapitel | 2. | Abschnitt"},
	{"500...", "500 | ..."},
	{"am 24.9. in Wien", "am | 24.9. | in | Wien"},
	{"der 1.000. Besucher", "der | 1.000. | Besucher"},
	{"den 10.000. Gast", "den | 10.000. | Gast"},
	{"bis 10.000. Danach", "bis | 10.000 | . | Danach"},
	{"es 1.000. Die", "es | 1.000 | . | Die"},
	{"der 1.000.000. Artikel", "der | 1.000.000. | Artikel"},
	{"der 1000. Besucher", "der | 1000. | Besucher"},
	{"am 26. 10. 2015 war", "am | 26. | 10. | 2015 | war"},
	{"26. 10. 2015", "26. | 10. | 2015"},
	{"(APA, 30. 9. 2015)", "( | APA | , | 30. | 9. | 2015 | )"},
	{"Am 3. 10 Menschen", "Am | 3. | 10 | Menschen"},
	{"Am 3. 10. 15 Menschen", "Am | 3. | 10 | . | 15 | Menschen"},
	{"am 26. 13. 2015", "am | 26. | 13 | . | 2015"},
	// abbreviations
	{"z. B. ein Haus", "z. B. | ein | Haus"},
	{"z.B. ein Haus", "z.B. | ein | Haus"},
	{"Z. B. ein Haus", "Z. B. | ein | Haus"},
	{"u. a. seien", "u. a. | seien"},
	{"u.a. seien", "u.a. | seien"},
	{"Dr. Müller", "Dr. | Müller"},
	{"Prof. Dr. Meier", "Prof. | Dr. | Meier"},
	{"Nr. 5", "Nr. | 5"},
	{"ca. 2 %", "ca. | 2 | %"},
	{"(ca. 2 %)", "( | ca. | 2 | % | )"},
	{"bzw. 3,5 Mio.", "bzw. | 3,5 | Mio."},
	{"2,7 Mrd. Euro", "2,7 | Mrd. | Euro"},
	{"1,2 Mio. Menschen", "1,2 | Mio. | Menschen"},
	{"12 Tsd. Euro", "12 | Tsd. | Euro"},
	{"usw. und", "usw. | und"},
	{"Abs. 3", "Abs. | 3"},
	{"St. Petersburg", "St. | Petersburg"},         // corpus/dev
	{"Paris St. Germain", "Paris | St. | Germain"}, // corpus/dev
	{"d. h. es", "d. h. | es"},
	{"v. a. die", "v. a. | die"},
	{"vgl. S. 5", "vgl. | S. | 5"},
	{"inkl. MwSt.", "inkl. | MwSt | ."},
	{"sog. Experten", "sog. | Experten"},
	{"Mag. Huber", "Mag. | Huber"},
	{"ggf. auch", "ggf. | auch"},
	{"etc. pp.", "etc. | pp | ."},
	{"Art. 5", "Art. | 5"},
	{"eine neue Art. Sie", "eine | neue | Art | . | Sie"},
	{"Lloyd J. Austin", "Lloyd | J. | Austin"},
	{"George W. Bush", "George | W. | Bush"},
	{"J.R.R. Tolkien", "J. | R. | R. | Tolkien"},
	{"i. d. R. nicht", "i. d. R. | nicht"},
	{"Ende d. J.", "Ende | d. J."},
	{"dr. nicht", "dr | . | nicht"},
	{"Sept. 2015", "Sept. | 2015"},
	{"Hbf. Wien", "Hbf. | Wien"},
	{"Str. 5", "Str. | 5"},
	{"Mio.Euro", "Mio | . | Euro"},
	// quotation marks
	{"„Das ist so“, sagte er.", "„ | Das | ist | so | “ | , | sagte | er | ."},
	{`"Das ist so", sagte er.`, `" | Das | ist | so | " | , | sagte | er | .`},
	{"»Das ist so«, sagte er.", "» | Das | ist | so | « | , | sagte | er | ."},
	{"«Das ist so», sagte er.", "« | Das | ist | so | » | , | sagte | er | ."},
	{"‚Das ist so‘, sagte er.", "‚ | Das | ist | so | ‘ | , | sagte | er | ."},
	{"“Das ist so”, sagte er.", "“ | Das | ist | so | ” | , | sagte | er | ."},
	{"'Das ist so', sagte er.", "' | Das | ist | so | ' | , | sagte | er | ."},
	{"„Er sagte: ‚Nein‘.“", "„ | Er | sagte | : | ‚ | Nein | ‘ | . | “"},
	{"wäre \"eine ernsthafte Eskalation\", sagte", `wäre | " | eine | ernsthafte | Eskalation | " | , | sagte`}, // corpus/seeds/000
	{"„Beweise“, dass", "„ | Beweise | “ | , | dass"},
	{"„Was sie genau tun? Das", "„ | Was | sie | genau | tun | ? | Das"},
	{"die (…) nach", "die | ( | … | ) | nach"},
	// ellipsis, dashes, brackets, punctuation
	{"Und dann…", "Und | dann | …"},
	{"Und dann...", "Und | dann | ..."},
	{"Und dann . . .", "Und | dann | . | . | ."},
	{"Wirklich?!", "Wirklich | ?!"},
	{"Wirklich!!!", "Wirklich | !!!"},
	{"[Anm. d. Red.]", "[ | Anm. | d | . | Red | . | ]"},
	{"(dpa)", "( | dpa | )"},
	{"{x}", "{ | x | }"},
	{"Ziel: 50.000 – und", "Ziel | : | 50.000 | – | und"}, // corpus/seeds
	{"a; b", "a | ; | b"},
	{"A/B", "A | / | B"},
	{"und/oder", "und | / | oder"},
	{"Tom & Jerry", "Tom | & | Jerry"},
	{"x = y", "x | = | y"},
	{"Preis*", "Preis | *"},
	// gender forms, elisions
	{"Leser:innen", "Leser:innen"}, // corpus/seeds
	{"Lehrer*innen", "Lehrer*innen"},
	{"Lehrer_innen", "Lehrer_innen"},
	{"Lehrer/innen", "Lehrer/innen"},
	{"Bürger:in", "Bürger:in"},
	{"LehrerInnen", "LehrerInnen"},
	{"Ziel:innen", "Ziel:innen"},
	{"Ziel: in Wien", "Ziel | : | in | Wien"},
	{"Achtung:Innenhof", "Achtung | : | Innenhof"},
	{"geht's", "geht's"},
	{"geht’s", "geht’s"},
	{"gibt's nicht", "gibt's | nicht"},
	{"O'Brien", "O'Brien"},
	{"wie geht es?", "wie | geht | es | ?"},
	// URLs, e-mail, hashtags, handles
	{"www.allinrechner.at ein", "www.allinrechner.at | ein"}, // corpus/dev
	{"https://example.org/a?b=c.", "https://example.org/a?b=c | ."},
	{"(siehe https://x.de/y)", "( | siehe | https://x.de/y | )"},
	{"taz.de und", "taz.de | und"}, // corpus/seeds
	{"tagesschau.de am", "tagesschau.de | am"},
	{"derStandard.at/2000", "derStandard.at/2000"},
	{"Ende.Der Satz", "Ende | . | Der | Satz"},
	{"info@example.org.", "info@example.org | ."},
	{"Mail an max.mustermann@uni-wien.ac.at", "Mail | an | max.mustermann@uni-wien.ac.at"},
	{"#Wahl2024 ist", "#Wahl2024 | ist"},
	{"@ORF_at sagt", "@ORF_at | sagt"},
	{"# allein", "# | allein"},
	{"@ allein", "@ | allein"},
	// whitespace, control characters, odd input
	{"", ""},
	{"   ", ""},
	{"\ufeffText", "Text"},
	{"a\r\nb", "a | b"},
	{"a\x00b", "a | b"},
	{"a\tb", "a | b"},
	{"a\u200bb", "a | b"},
	{"Ma\u0308dchen", "Ma\u0308dchen"},
	{"Stra\u00adße", "Stra\u00adße"},
	{"Er sagte 👍 zu", "Er | sagte | 👍 | zu"},
	{"👍🏽 ok", "👍🏽 | ok"},
	{"👨‍👩‍👧 ok", "👨‍👩‍👧 | ok"},
	{"a\xffb", "a | \xff | b"},
	{"\xff\xfe", "\xff | \xfe"},
	{"Zürich", "Zürich"},
	{"ŁÓDŹ", "ŁÓDŹ"},
	{"Москва", "Москва"},
	{"東京", "東京"},
	{"x²", "x²"},
	{"5 km²", "5 | km²"},
	{"Straße", "Straße"},
	{"ÄÖÜäöüß", "ÄÖÜäöüß"},
	{"Ökonom*innen", "Ökonom*innen"},
	{"'s Wirtshaus", "' | s | Wirtshaus"},
}

func TestTokenizeTable(t *testing.T) {
	g := newTestGerman(t)
	for _, c := range tokenCases {
		toks, _ := g.Tokenize(c.in)
		if got := joinTokens(c.in, toks); got != c.want {
			t.Errorf("Tokenize(%q)\n got: %s\nwant: %s", c.in, got, c.want)
		}
	}
	if len(tokenCases) < 200 {
		t.Errorf("only %d tokenizer cases", len(tokenCases))
	}
}

func TestAlnumCount(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("aZ09zA9m")
			b[pos] = byte(c)
			want := 0
			for want < 8 && byteClass[b[want]]&cWordByte != 0 {
				want++
			}
			if got := alnumCount(binary.LittleEndian.Uint64(b)); got != want {
				t.Fatalf("alnumCount(%q) = %d, want %d", b, got, want)
			}
		}
	}
}
