package annotate

import (
	"slices"
	"strings"
	"testing"
)

// sentenceCases: input → sentences separated by " ‖ ".
var sentenceCases = []struct{ in, want string }{
	{"Er kam. Sie ging.", "Er kam. ‖ Sie ging."},
	{"Er kam! Sie ging?", "Er kam! ‖ Sie ging?"},
	{"Er kam?! Sie ging.", "Er kam?! ‖ Sie ging."},
	{"Am 31. Oktober kam er.", "Am 31. Oktober kam er."},
	{"Im 21. Jahrhundert ist das so. Dann nicht.", "Im 21. Jahrhundert ist das so. ‖ Dann nicht."},
	{"Es waren 500. Die Polizei kam.", "Es waren 500. ‖ Die Polizei kam."},
	{"Dr. Müller sagte z. B. gestern, u. a. seien Nr. 5 und Nr. 7 betroffen.", "Dr. Müller sagte z. B. gestern, u. a. seien Nr. 5 und Nr. 7 betroffen."},
	{"Das kostet 5,- Euro bzw. 3,5 Mio. Euro. Dann", "Das kostet 5,- Euro bzw. 3,5 Mio. Euro. ‖ Dann"},
	{"Es sind (ca. 2 %). Danach", "Es sind (ca. 2 %). ‖ Danach"},
	{"Bücher, Hefte usw. Die Schule", "Bücher, Hefte usw. ‖ Die Schule"},
	{"Bücher, Hefte usw. und mehr.", "Bücher, Hefte usw. und mehr."},
	{"„Das wird bestimmt sein.“ sagte er.", "„Das wird bestimmt sein.“ sagte er."},
	{"„Das wird bestimmt sein“, sagte er.", "„Das wird bestimmt sein“, sagte er."},
	{"„Wir kommen. Dann gehen wir.“ Er ging.", "„Wir kommen. ‖ Dann gehen wir.“ ‖ Er ging."},
	{"„Was sie genau tun? Das wissen wir nicht“, sagte er.", "„Was sie genau tun? ‖ Das wissen wir nicht“, sagte er."},
	{"„Kommst du?“, fragte sie.", "„Kommst du?“, fragte sie."},
	{"„Kommst du?“ fragte sie.", "„Kommst du?“ fragte sie."},
	{"(Das ist so.) Danach", "(Das ist so.) ‖ Danach"},
	{"Headline ohne Punkt\nDer Text beginnt.", "Headline ohne Punkt ‖ Der Text beginnt."},
	{"Absatz eins.\n\nAbsatz zwei.", "Absatz eins. ‖ Absatz zwei."},
	{"Absatz eins\n\nAbsatz zwei", "Absatz eins ‖ Absatz zwei"},
	{"Er sagte,\ndass es regnet.", "Er sagte,\ndass es regnet."},
	{"Er sagte:\n„Es regnet.“", "Er sagte:\n„Es regnet.“"},
	{"Wirtschafts-\nkammer tagt.", "Wirtschafts-\nkammer tagt."},
	{"Titel\r\n\r\nText.", "Titel ‖ Text."},
	{"Nordkoreanische Soldaten an der russisch-ukrainischen Grenze\n\n\"Nordkorea hat bereits Munition bereitgestellt.", "Nordkoreanische Soldaten an der russisch-ukrainischen Grenze ‖ \"Nordkorea hat bereits Munition bereitgestellt."}, // corpus/seeds/000
	{"Er sagte: Ja. Sie nicht.", "Er sagte: Ja. ‖ Sie nicht."},
	{"Sie sprach mit Lloyd J. Austin. Er ging.", "Sie sprach mit Lloyd J. Austin. ‖ Er ging."},
	{"Das ist gut… Dann ging er.", "Das ist gut… ‖ Dann ging er."},
	{"Das ist gut … und dann ging er.", "Das ist gut … und dann ging er."},
	{"Er wartete... und ging.", "Er wartete... und ging."},
	{"Der Umsatz betrug 3,5 Mrd. Euro im Jahr 2015. 2016 stieg er.", "Der Umsatz betrug 3,5 Mrd. Euro im Jahr 2015. ‖ 2016 stieg er."},
	{"Es war 2015. 2016 auch.", "Es war 2015. ‖ 2016 auch."},
	{"Es geschah am 24.9.2015. Dann kam er.", "Es geschah am 24.9.2015. ‖ Dann kam er."},
	{"Siehe www.derstandard.at. Dort steht es.", "Siehe www.derstandard.at. ‖ Dort steht es."},
	{"Er kam.Sie ging.", "Er kam. ‖ Sie ging."},
	{"Er kam. sie ging.", "Er kam. sie ging."},
	{"Wien – Zehn Tage nach der Wahl. Die Zählung", "Wien – Zehn Tage nach der Wahl. ‖ Die Zählung"},
	{"Zweite Runde. 3. Platz für ihn.", "Zweite Runde. ‖ 3. Platz für ihn."},
	{"", ""},
	{"Nur ein Satz ohne Punkt", "Nur ein Satz ohne Punkt"},
	{"Er sagte: \"Ich komme.\" Dann ging er.", "Er sagte: \"Ich komme.\" ‖ Dann ging er."},
	{"Er sagte: »Ich komme.« Dann ging er.", "Er sagte: »Ich komme.« ‖ Dann ging er."},
	{"Die Partei (ÖVP) verlor. Die SPÖ gewann.", "Die Partei (ÖVP) verlor. ‖ Die SPÖ gewann."},
	{"Es ist 14.30 Uhr. Wir gehen.", "Es ist 14.30 Uhr. ‖ Wir gehen."},
	{"1. Punkt eins\n2. Punkt zwei", "1. Punkt eins ‖ 2. Punkt zwei"},
	{"Der 1.000. Besucher kam. Er ging.", "Der 1.000. Besucher kam. ‖ Er ging."},
	{"Es stieg bis 10.000. Danach sank es.", "Es stieg bis 10.000. ‖ Danach sank es."},
	{"Die Einigung (APA, 30. 9. 2015) hält.", "Die Einigung (APA, 30. 9. 2015) hält."},
}

func TestSegmentTable(t *testing.T) {
	g := newTestGerman(t)
	for _, c := range sentenceCases {
		_, sents := g.Tokenize(c.in)
		parts := make([]string, len(sents))
		for i, s := range sents {
			parts[i] = c.in[s.Start:s.End]
		}
		if got := strings.Join(parts, " ‖ "); got != c.want {
			t.Errorf("sentences of %q\n got: %s\nwant: %s", c.in, got, c.want)
		}
	}
}

func TestTokenKinds(t *testing.T) {
	g := newTestGerman(t)
	cases := []struct {
		in   string
		kind TokenKind
	}{
		{"Haus", Word}, {"12.000", Number}, {"3,5", Number}, {"5,-", Number}, {"2:1", Number},
		{"−3", Number}, {"z. B.", Abbrev}, {"Dr.", Abbrev}, {",", Punct}, {"…", Punct},
		{"„", Quote}, {"€", Symbol}, {"https://a.de", URL}, {"www.a.at", URL}, {"a@b.de", Email},
		{"#tag", Hashtag}, {"@name", Mention}, {"1990er", Word}, {"G7", Word},
		{"½", Number}, {"2½", Number}, {",77", Number},
	}
	for _, c := range cases {
		toks, _ := g.Tokenize(c.in)
		if len(toks) != 1 || toks[0].Kind != c.kind {
			t.Errorf("Tokenize(%q) = %v, want one %s token", c.in, toks, c.kind)
		}
	}
	toks, _ := g.Tokenize("am 31. Oktober")
	if toks[1].Kind != Ordinal {
		t.Errorf("31. in 'am 31. Oktober' is %s, want ordinal", toks[1].Kind)
	}
}

func TestQuoteRoles(t *testing.T) {
	g := newTestGerman(t)
	cases := []struct {
		in   string
		want string // roles of the quote tokens, in order
	}{
		{"„Ja“, sagte er", "open close"},
		{`"Ja", sagte er`, "open close"},
		{"»Ja«, sagte er", "open close"},
		{"«Ja», sagte er", "open close"},
		{"‚Ja‘", "open close"},
		{"“Ja”", "open close"},
		{"sein.“ sagte", "close"},
		{`wäre "eine Eskalation", sagte`, "open close"},
		{`a"b`, "ambiguous"},
		{`„a"b`, "open close"},
		{`x " y`, "ambiguous"},
	}
	for _, c := range cases {
		toks, _ := g.Tokenize(c.in)
		var roles []string
		for _, tk := range toks {
			if tk.Kind == Quote {
				roles = append(roles, tk.Quote.String())
			}
		}
		if got := strings.Join(roles, " "); got != c.want {
			t.Errorf("quote roles in %q = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzSegmentScreen checks segment's screen against its definition: a
// sentence ends before token i exactly when mayEnd and boundary say so.
func FuzzSegmentScreen(f *testing.F) {
	for _, c := range sentenceCases {
		f.Add(c.in)
	}
	f.Add("Ja, nein; (so) – „ja“, sagte er… Dann: [x]! Und? Ende.\nNeu,\n\nBlock")
	g := newTestGerman(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks, sents := g.Tokenize(text)
		var want []int
		for i := 1; i < len(toks); i++ {
			if mayEnd(text, toks[i-1], toks[i].Start) && g.boundary(text, toks, i) {
				want = append(want, i)
			}
		}
		var got []int
		for _, s := range sents[min(1, len(sents)):] {
			got = append(got, s.First)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%q: sentences start at %v, want %v", text, got, want)
		}
	})
}
