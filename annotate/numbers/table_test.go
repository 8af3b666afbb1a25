package numbers

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
)

// numberCase is one row of TestNumbersTable: a text and the NUMBER spans
// it must get, written "text=value kind; …" with kind c(ardinal),
// o(rdinal), f(raction) or v(ague), value a number, "a/b" or "null".
// An empty want means no NUMBER at all.
type numberCase struct {
	in, want string
}

var numberCases = []numberCase{
	// -- digits, German separators
	{"Es kamen 12.000 Menschen.", "12.000=12000 c"},
	{"Es waren 1.500 Teilnehmer.", "1.500=1500 c"},
	{"Der Preis stieg um 3,5 Prozent.", "3,5=3.5 c"},
	{"Das kostet 5,- Euro.", "5,-=5 c"},
	{"Das kostet 5,– Euro.", "5,–=5 c"},
	{"Es kamen 12\u00a0000 Menschen.", "12\u00a0000=12000 c"},
	{"Es kamen 12\u202f000 Menschen.", "12\u202f000=12000 c"},
	{"Es kamen 1\u202f500\u202f000 Menschen.", "1\u202f500\u202f000=1500000 c"},
	{"Es kamen 12 000 Menschen.", "12 000=12000 c"},
	{"Rund 1 500 000 Euro flossen.", "1 500 000=1500000 c"},
	{"Man braucht 0,75 Liter.", "0,75=0.75 c"},
	{"Die Summe beträgt 1.234,56 Euro.", "1.234,56=1234.56 c"},
	{"Es sind 1.000.000 Euro.", "1.000.000=1000000 c"},
	{"Die FPÖ liegt nun mit 10.010 Stimmen vorn.", "10.010=10010 c"},
	{"Es kamen 7 Leute.", "7=7 c"},
	{"Der Wert liegt bei 0.", "0=0 c"},
	{"Es gab 100 Stimmen mehr.", "100=100 c"},
	{"Er zahlte 562.500 Euro.", "562.500=562500 c"},
	{"Die Quote: 22,10.", "22,10=22.1 c"},
	{"Das sind 99,9 Prozent.", "99,9=99.9 c"},
	{"Er lief 12.5 Kilometer.", "12.5=12.5 c"},
	{"Sie haben 250 Mitarbeiter und 3 Standorte.", "250=250 c; 3=3 c"},
	{"Das Budget: 4.500.000,50 Euro.", "4.500.000,50=4500000.5 c"},
	{"Die Zahl 1000 ist rund.", "1000=1000 c"},
	{"Es gab 123456789 Aufrufe.", "123456789=123456789 c"},
	{"Es sind 2" + strings.Repeat("0", 400) + " Atome.", ""}, // beyond float64: no span (fuzz)
	// -- signs and "minus"
	{"Es hatte −3 Grad.", "−3=-3 c"},
	{"Es hatte -3 Grad.", "-3=-3 c"},
	{"In der Nacht hatte es minus 35 Grad.", "minus 35=-35 c"},
	{"Es hatte minus drei Grad.", "minus drei=-3 c"},
	{"Das BIP sank um -2,5 Prozent.", "-2,5=-2.5 c"},
	{"Die Temperatur fiel auf minus 3,5 Grad.", "minus 3,5=-3.5 c"},
	{"Die Bilanz zeigt +12 Prozent.", "+12=12 c"},
	{"Ein Minus von 3 Prozent.", "3=3 c"},
	{"Der Wert: (-4).", "-4=-4 c"},
	// -- digits before a suffix or a hyphen
	{"In den 1990er Jahren boomte es.", "1990=1990 c"},
	{"Eine Platte aus den 1980ern um 5.000 Dollar.", "1980=1980 c; 5.000=5000 c"},
	{"Die 26.000-Einwohner-Stadt wächst.", "26.000=26000 c"},
	{"Die 5.000er-Marke fiel.", "5.000=5000 c"},
	{"Ein 1980er-Jahre-Hit.", "1980=1980 c"},
	{"Die 57-jährige Frau.", "57=57 c"},
	{"In den 1990er-Jahren boomte es.", "1990=1990 c"},
	{"Das war in den 90er-Jahren.", "90=90 c"},
	{"Die 71-Jährige wurde verletzt.", "71=71 c"},
	{"Ein 18-jähriger Mann.", "18=18 c"},
	{"Mit mehr als 90-prozentiger Wahrscheinlichkeit.", "90=90 c"},
	{"Ein 3-Zimmer-Wohnung.", "3=3 c"},
	{"Der 100m-Lauf beginnt.", "100=100 c"},
	{"Die Kosten stiegen 3fach.", "3=3 c"},
	{"Es ist 1,5-fach so teuer.", "1,5=1.5 c"},
	{"Der 2:1-Sieg war verdient.", "2=2 c; 1=1 c"},
	{"Das 5G-Netz wird ausgebaut.", ""},
	{"Ein 3D-Drucker.", ""},
	{"Der 14-Uhr-Termin fällt aus.", ""},
	// -- scores
	{"Das Spiel endete 2:1.", "2=2 c; 1=1 c"},
	{"Salzburg gewann 3:0 gegen Rapid.", "3=3 c; 0=0 c"},
	{"Es steht 0:1.", "0=0 c; 1=1 c"},
	{"Nach dem 1:1 zur Pause.", "1=1 c; 1=1 c"},
	{"Das Hinspiel endete (2:2).", "2=2 c; 2=2 c"},
	{"Nach dem 0:1 (0:1) gegen Bremen.", "0=0 c; 1=1 c; 0=0 c; 1=1 c"},
	{"Olympiakos (9/6:10) reicht ein Remis.", "9=9 c; 6=6 c; 10=10 c"},
	{"Sie haben (6 Punkte/9:10 Tore).", "6=6 c; 9=9 c; 10=10 c"},
	{"Eine 0:1-oder 1:2-Niederlage reicht.", "0=0 c; 1=1 c; 1=1 c; 2=2 c"},
	{"Der 3:0-Erfolg war klar.", "3=3 c; 0=0 c"},
	{"Nadal gewann 6:2,7:5.", "6=6 c; 2=2 c; 7=7 c; 5=5 c"},
	{"Russland schlug die Schweiz 5:1 (1:0,1:0,3:1).", "5=5 c; 1=1 c; 1=1 c; 0=0 c; 1=1 c; 0=0 c; 3=3 c; 1=1 c"},
	{"Linz verlor 2:3 n.V. (0:0,0:1,2:1/0:1).", "2=2 c; 3=3 c; 0=0 c; 0=0 c; 0=0 c; 1=1 c; 2=2 c; 1=1 c; 0=0 c; 1=1 c"},
	{"Rosberg fuhr in 1:41,983 Minuten Bestzeit.", ""},
	// -- dates
	{"Am 24.9.2015 war Wahl.", "24.=24 o; 9.=9 o; 2015=2015 c"},
	{"Geboren am 1.1.2000 in Wien.", "1.=1 o; 1.=1 o; 2000=2000 c"},
	{"Am 31.10.24 endete die Frist.", "31.=31 o; 10.=10 o; 24=24 c"},
	{"Das Treffen ist am 24.9. geplant.", "24.=24 o; 9.=9 o"},
	{"Das Treffen war am 24.9.", "24.=24 o; 9.=9 o"},
	{"Am 31. Oktober 2024 meldete die dpa.", "31.=31 o; 2024=2024 c"},
	{"Seit dem 1. Jänner gilt das Gesetz.", "1.=1 o"},
	{"Vom 3. bis 5. Mai tagt der Rat.", "3.=3 o; 5.=5 o"},
	{"Am 3., 4. und 5. Mai.", "3.=3 o; 4.=4 o; 5.=5 o"},
	{"Im März 2007 und Juli 2011.", "2007=2007 c; 2011=2011 c"},
	{"Der Krieg endete 1945.", "1945=1945 c"},
	{"Die Saison 2015/16 war schwach.", "2015=2015 c; 16=16 c"},
	{"In der Saison 2008/09 stieg er ab.", "2008=2008 c; 09=9 c"},
	{"Ausgabe 2024-10 erschien.", "2024=2024 c; 10=10 o"}, // GUIDELINES §3.2: the month is an ordinal
	{"Stand: 2024-10-31.", "2024=2024 c; 10=10 o; 31=31 o"},
	{"In der Saison 2011-12 stieg er ab.", "2011=2011 c; 12=12 c"},
	// corpus/seeds/000_3ee6496f0a9e0860.txt
	{" date 2024-10 Der frühere Nato-Generalsekretär", "2024=2024 c; 10=10 o"},
	// -- ranges
	{"Es kamen zwischen 10 und 20 Leute.", "10=10 c; 20=20 c"},
	{"Es kamen 10 bis 20 Leute.", "10=10 c; 20=20 c"},
	{"Es kamen 10-20 Leute.", "10=10 c; 20=20 c"},
	{"Es kamen 10–20 Leute.", "10=10 c; 20=20 c"},
	{"Von 1995 bis 2007 regierte er.", "1995=1995 c; 2007=2007 c"},
	{"Das kostet 1.500/2.000 Euro.", "1.500=1500 c; 2.000=2000 c"},
	// -- number words
	{"Drei Männer kamen.", "Drei=3 c"},
	{"Es kamen drei Männer.", "drei=3 c"},
	{"Es kamen zwölf Männer.", "zwölf=12 c"},
	{"Er ist einundzwanzig.", "einundzwanzig=21 c"},
	{"Es sind dreihundertfünfundzwanzig Seiten.", "dreihundertfünfundzwanzig=325 c"},
	{"Im Jahr zweitausendvierundzwanzig.", "zweitausendvierundzwanzig=2024 c"},
	{"Es kamen zwölftausend Menschen.", "zwölftausend=12000 c"},
	{"Null Toleranz.", "Null=0 c"},
	{"Das Ergebnis ist null.", "null=0 c"},
	{"Er war die Nummer eins.", "eins=1 c"},
	{"Es sind zwei.", "zwei=2 c"},
	{"Es kamen zehn Leute.", "zehn=10 c"},
	{"Es kamen elf Leute.", "elf=11 c"},
	{"Sie hat dreizehn Katzen.", "dreizehn=13 c"},
	{"Es waren siebzehn.", "siebzehn=17 c"},
	{"Es waren zwanzig.", "zwanzig=20 c"},
	{"Es waren dreißig.", "dreißig=30 c"},
	{"Es waren dreissig.", "dreissig=30 c"},
	{"Es waren neunundneunzig.", "neunundneunzig=99 c"},
	{"Es waren hundert.", "hundert=100 c"},
	{"Es waren einhundert.", "einhundert=100 c"},
	{"Es waren hunderteins.", "hunderteins=101 c"},
	{"Es waren tausend.", "tausend=1000 c"},
	{"Es waren eintausend.", "eintausend=1000 c"},
	{"Es waren zehntausend.", "zehntausend=10000 c"},
	{"Es waren hunderttausend.", "hunderttausend=100000 c"},
	{"Es waren neunhundertneunundneunzigtausendneunhundertneunundneunzig.", "neunhundertneunundneunzigtausendneunhundertneunundneunzig=999999 c"},
	{"Im Jahr achtzehnhundertzweiundfünfzig.", "achtzehnhundertzweiundfünfzig=1852 c"},
	{"Es kamen sieben Zwerge.", "sieben=7 c"},
	{"Es kamen acht Leute.", "acht=8 c"},
	{"Acht Menschen starben.", "Acht=8 c"},
	{"Es kamen sechzehn Teams.", "sechzehn=16 c"},
	{"Es kamen sechsundsechzig Leute.", "sechsundsechzig=66 c"},
	{"ZWEI Tote.", "ZWEI=2 c"},
	{"Er war zwo Tage weg.", "zwo=2 c"},
	{"Die Hilfe zweier Staaten.", "zweier=2 c"},
	{"Mit dreien von ihnen sprach er.", "dreien=3 c"},
	{"Sie sprach mit zweien.", "zweien=2 c"},
	{"Das sagten alle vier.", "vier=4 c"},
	{"Die ÖVP kam auf Platz vier.", "vier=4 c"},
	// -- multipliers
	{"Es kostet 3,5 Millionen Euro.", "3,5 Millionen=3500000 c"},
	{"Es kostet 2,7 Milliarden Euro.", "2,7 Milliarden=2700000000 c"},
	{"Es kostet 2,7 Mrd. Euro.", "2,7 Mrd.=2700000000 c"},
	{"Es kostet 1,2 Mio. Euro.", "1,2 Mio.=1200000 c"},
	{"Es kamen 12 Tausend Fans.", "12 Tausend=12000 c"},
	{"Es kamen 12 Tsd. Fans.", "12 Tsd.=12000 c"},
	{"Es kostet eine Million Euro.", "eine Million=1000000 c"},
	{"Es kostet zwei Millionen Euro.", "zwei Millionen=2000000 c"},
	{"Zwei Millionen Euro hat die FPÖ investiert.", "Zwei Millionen=2000000 c"},
	{"Es kostet eine Milliarde.", "eine Milliarde=1000000000 c"},
	{"Die Marke von einer Million ist erreicht.", "einer Million=1000000 c"},
	{"Es kostet drei Billionen.", "drei Billionen=3000000000000 c"},
	{"Es kamen ein Dutzend Leute.", "ein Dutzend=12 c"},
	{"Es kamen zwei Dutzend Leute.", "zwei Dutzend=24 c"},
	{"Es kamen ein halbes Dutzend Leute.", "halbes Dutzend=6 c"},
	{"Es kostet eine halbe Million Euro.", "halbe Million=500000 c"},
	{"Es kostet dreieinhalb Millionen.", "dreieinhalb Millionen=3500000 c"},
	{"Es kostet eineinhalb Milliarden.", "eineinhalb Milliarden=1500000000 c"},
	{"Es kostet anderthalb Millionen.", "anderthalb Millionen=1500000 c"},
	{"Es kostet 300 Mio Euro.", "300 Mio=300000000 c"},
	{"Es kostet 2,5 Mrd Euro.", "2,5 Mrd=2500000000 c"},
	{"Es kostet 127,5 Milliarden Euro.", "127,5 Milliarden=127500000000 c"},
	{"Es kostet hundert Millionen.", "hundert Millionen=100000000 c"},
	{"Es kostet zwei Millionen dreihunderttausend Euro.", "zwei Millionen dreihunderttausend=2300000 c"},
	{"Es kostet zwei Millionen dreihundert Tausend Euro.", "zwei Millionen dreihundert Tausend=2300000 c"},
	{"Zwischen 10 und 20 Millionen fehlen.", "10=10 c; 20 Millionen=20000000 c"},
	{"Es kostet 1,25 Dutzend.", "1,25 Dutzend=15 c"},
	{"Es kamen 10 Mill. Euro.", "10 Mill.=10000000 c"},
	// -- ordinals, digits
	{"Im 21. Jahrhundert ist alles anders.", "21.=21 o"},
	{"Er spielt in der 3. Liga.", "3.=3 o"},
	{"Sie wohnt im 2. Bezirk.", "2.=2 o"},
	{"Am 22. Mai ist Wahl.", "22.=22 o"},
	{"Der 3. Platz ging an Wien.", "3.=3 o"},
	{"Die 500. Ausgabe erscheint.", "500.=500 o"},
	{"Der 1.000. und letzte Besucher kam.", "1.000.=1000 o"},
	{"Er kam am 5. Mai.", "5.=5 o"},
	{"Es geschah am 3. und 5. Mai.", "3.=3 o; 5.=5 o"},
	{"Im Herbst waren es 500. Die Zahl stieg.", "500=500 c"},
	{"… waren es 500.", "500=500 c"},
	{"Er landete auf Platz 3. Danach fiel er zurück.", "3=3 c"},
	{"Das war 2015. Dann kam die Wende.", "2015=2015 c"},
	{"Das Gesetz gilt ab 1. März.", "1.=1 o"},
	{"Er wurde am 1. Jänner geboren.", "1.=1 o"},
	{"Die 5. Sinfonie wird gespielt.", "5.=5 o"},
	// -- ordinals, words
	{"Die erste Runde ist vorbei.", "erste=1 o"},
	{"Im ersten Jahr.", "ersten=1 o"},
	{"Er wurde erster.", "erster=1 o"},
	{"Ein erstes Zeichen.", "erstes=1 o"},
	{"Die Erste Hilfe kam.", "Erste=1 o"},
	{"Am dritten Tag.", "dritten=3 o"},
	{"Ein drittes Hilfspaket.", "drittes=3 o"},
	{"Die zwanzigste Ausgabe.", "zwanzigste=20 o"},
	{"Der hundertster Besucher.", "hundertster=100 o"},
	{"Der Zweiten Weltkrieg.", "Zweiten=2 o"},
	{"Im Zweiten Weltkrieg.", "Zweiten=2 o"},
	{"Er wurde fünfter.", "fünfter=5 o"},
	{"Der siebte Tag.", "siebte=7 o"},
	{"Der siebente Tag.", "siebente=7 o"},
	{"Am achten Tag.", "achten=8 o"},
	{"Der neunte Versuch.", "neunte=9 o"},
	{"Der zehnte Versuch.", "zehnte=10 o"},
	{"Der elfte Versuch.", "elfte=11 o"},
	{"Der zwölfte Mann.", "zwölfte=12 o"},
	{"Der dreizehnte Monat.", "dreizehnte=13 o"},
	{"Die einundzwanzigste Sitzung.", "einundzwanzigste=21 o"},
	{"Der zweiundzwanzigsten Sitzung.", "zweiundzwanzigsten=22 o"},
	{"Die hundertdritte Sitzung.", "hundertdritte=103 o"},
	{"Die tausendste Sitzung.", "tausendste=1000 o"},
	{"Der millionste Kunde.", "millionste=1000000 o"},
	{"Er wurde Dritter.", "Dritter=3 o"},
	{"Jeder Dritte ist betroffen.", "Dritte=3 o"},
	{"Der vierte Platz.", "vierte=4 o"},
	{"Die nullte Stunde.", "nullte=0 o"},
	{"Ersteres ist wichtig.", "Ersteres=1 o"}, // GUIDELINES §3.2
	{"Zweiteres wegen seines Eintretens.", "Zweiteres=2 o"},
	{"Die Erstere kam, die Zweitere nicht.", "Erstere=1 o; Zweitere=2 o"},
	{"Er wurde Zweiter der Tabelle.", "Zweiter=2 o"},
	{"Sie liegen auf Rang acht.", "acht=8 c"},
	{"Tore: Müller (23.), Meier (65., 86.).", "23.=23 o; 65.=65 o; 86.=86 o"},
	{"In der 90. Minute fiel das Tor.", "90.=90 o"},
	{"Nach 90 Minuten war Schluss.", "90=90 c"},
	// -- fractions
	{"Ein Drittel der Befragten.", "Ein Drittel=1/3 f"},
	{"Das ist ein Drittel.", "ein Drittel=1/3 f"},
	{"Zwei Drittel stimmten zu.", "Zwei Drittel=2/3 f"},
	{"Drei Viertel stimmten zu.", "Drei Viertel=0.75 f"},
	{"Es sind drei Viertel.", "drei Viertel=0.75 f"},
	{"Ein Viertel fehlt.", "Ein Viertel=0.25 f"},
	{"Die Hälfte fehlt.", "Hälfte=0.5 f"},
	{"Er gab zur Hälfte nach.", "Hälfte=0.5 f"},
	{"Eine halbe Stunde verging.", "halbe=0.5 f"},
	{"Nach einer halben Stunde.", "halben=0.5 f"},
	{"Halb so viele kamen.", "Halb=0.5 f"},
	{"Es waren halb so viele.", "halb=0.5 f"},
	{"Es dauerte eineinhalb Jahre.", "eineinhalb=1.5 f"},
	{"Es dauerte anderthalb Jahre.", "anderthalb=1.5 f"},
	{"Es dauerte zweieinhalb Jahre.", "zweieinhalb=2.5 f"},
	{"Ein 1/3 fehlt.", "1/3=1/3 f"},
	{"Es fehlen 3/4.", "3/4=0.75 f"},
	{"Ein Zehntel fehlt.", "Ein Zehntel=0.1 f"},
	{"Ein Hundertstel fehlt.", "Ein Hundertstel=0.01 f"},
	{"Das Drittel fehlt.", "Drittel=1/3 f"},
	{"Die Höhe eines Drittels.", "eines Drittels=1/3 f"},
	{"Er sprach von zwei Fünfteln.", "zwei Fünfteln=0.4 f"},
	// -- vague
	{"Tausende protestierten.", "Tausende=null v"},
	{"Es protestierten tausende Menschen.", "tausende=null v"},
	{"Hunderte protestierten.", "Hunderte=null v"},
	{"Dutzende protestierten.", "Dutzende=null v"},
	{"Zehntausende protestierten.", "Zehntausende=null v"},
	{"Hunderttausende protestierten.", "Hunderttausende=null v"},
	{"Zigtausende protestierten.", "Zigtausende=null v"},
	{"Es gab zig Anrufe.", "zig=null v"},
	{"Millionen Menschen hungern.", "Millionen=null v"},
	{"Es flossen Milliarden.", "Milliarden=null v"},
	{"Es flossen mehrere Millionen.", "Millionen=null v"},
	{"Hunderte Millionen Euro flossen.", "Hunderte Millionen=null v"},
	{"Zig Millionen Euro flossen.", "Zig Millionen=null v"},
	{"Mit Tausenden Menschen.", "Tausenden=null v"},
	{"Mehrere hundert Menschen kamen.", "hundert=null v"},
	{"Einige tausend Menschen kamen.", "tausend=null v"},
	{"Ein paar hundert Menschen kamen.", "hundert=null v"},
	{"Abertausende kamen.", "Abertausende=null v"},
	{"Es kamen Dutzende von Fans.", "Dutzende=null v"},
	// -- percent and units stay outside the span
	{"Die Partei hat 50 Prozent.", "50=50 c"},
	{"Die Partei hat 12 % der Stimmen.", "12=12 c"},
	{"Die Partei hat 12% der Stimmen.", "12=12 c"},
	{"Das kostet 5 Euro.", "5=5 c"},
	{"Das kostet € 5.", "5=5 c"},
	{"Er lief 42 km.", "42=42 c"},
	{"Zwanzig Prozent fehlen.", "Zwanzig=20 c"},
	{"Der Zins stieg um 0,25 Prozentpunkte.", "0,25=0.25 c"},
	// -- identifiers written apart are numbers
	{"Siehe Nr. 5.", "5=5 c"},
	{"Nach Artikel 7 ist das verboten.", "7=7 c"},
	{"Die Staffel 3 läuft.", "3=3 c"},
	// -- not numbers: articles
	{"Ein Mann kam.", ""},
	{"Eine Frau kam.", ""},
	{"Mit einem Auto.", ""},
	{"Einer der Täter.", ""},
	{"Er kaufte einen Hund.", ""},
	{"Das Ende eines Streits.", ""},
	{"Und eines ist klar.", ""},
	{"Er kam ein paar Mal.", ""},
	// -- not numbers: numerals inside words
	{"Der zehnjährige Bub.", ""},
	{"Er klopfte zwölfmal.", ""},
	{"Ein Dreivierteljahr verging.", ""},
	{"Die Zweidrittelmehrheit fehlt.", ""},
	{"Ein milliardenschwerer Deal.", ""},
	{"Er war einmal da.", ""},
	{"Das kostet doppelt.", ""},
	{"Das Viertelfinale beginnt.", ""},
	{"Die Achtelfinale beginnen.", ""},
	{"Erstens kam er zu spät.", ""},
	{"Er kam erstmals.", ""},
	{"Er kam erst spät.", ""},
	{"Sie kamen zu zweit.", ""},
	{"Die Stöger-Elf verlor.", ""},
	{"Die Null-Toleranz-Politik.", ""},
	{"Die Milliardenrate ist fällig.", ""},
	{"Er ist ein Tausendsassa.", ""},
	{"Die Einheit zählt.", ""},
	{"Er achtet darauf.", ""},
	{"Wir achten darauf.", ""},
	{"Ein Vierteljahrhundert verging.", ""},
	{"Die Tausender fehlen.", ""},
	{"Ein Zweier reicht.", ""},
	// -- not numbers: codes and names
	{"Der G7-Gipfel beginnt.", ""},
	{"Die G7 tagen.", ""},
	{"Ein F-16 stürzte ab.", ""},
	{"COVID-19 breitet sich aus.", ""},
	{"Er nutzt Windows 11.", ""},
	{"Er fährt Formel 1.", ""},
	{"Bis 3.00, Eins Plus 18.30 Magazin", ""},
	{"Das Nexus 6 kostet 300 Euro.", "300=300 c"},
	{"Es setzt auf einen Snapdragon 801 und läuft mit Android 6.", ""},
	// lists of short integers in one token: golf rounds, set points
	{"Er spielte 271 Schläge (70/66/69/66).", "271=271 c; 70=70 c; 66=66 c; 69=69 c; 66=66 c"},
	{"Sie siegten 3:0 (19,27,27).", "3=3 c; 0=0 c; 19=19 c; 27=27 c; 27=27 c"},
	{"Die Saison 2015/16 war lang.", "2015=2015 c; 16=16 c"},
	{"Der Wert lag bei 19,27 Prozent.", "19,27=19.27 c"},
	{"Davon fordert Airbus 5,3 Milliarden Euro.", "5,3 Milliarden=5.3e+09 c"},
	{"Boeing 2 Millionen Dollar zu zahlen, lehnte er ab.", "2 Millionen=2e+06 c"},
	{"Ein Blatt A4.", ""},
	{"Er hört Ö1.", ""},
	{"Das Ö1-Morgenjournal berichtet.", ""},
	{"Ein Spray WD40 hilft.", ""},
	{"Auf eines davon hofft er.", ""},
	{"Beide zeigen Hofer.", ""},
	{"Eine Myriade von Anekdoten.", ""},
	{"Dreimal in Folge scheiterte Paris.", ""},
	{"15 Mal in Folge schafften sie es.", "15=15 c"},
	{"In der ZiB 2 sagte er.", ""},
	{"Der 1. FC Köln gewann.", ""},
	{"1. FC Köln gewann.", ""},
	{"Schalke 04 verlor.", ""},
	{"Gegen Mainz 05 verlor er. Der 05-Trainer schwieg.", ""}, // club names (numbers-phrases.txt)
	{"Der 29-Trainer schwieg.", "29=29 c"},
	{"Er fährt in der Formel 1.", ""},
	{"Er fliegt mit einem Airbus A380 und einer Boeing 747.", ""},
	{"Die ZiB 2 berichtet, ORF eins sendet.", ""},
	{"Mit Arsenal steht am Mittwoch (20.45 Uhr) das Spiel an.", ""},
	{"Gegen Mainz 05 verlor er.", ""},
	{"Das Kraftwerk Block 0815.", ""},
	{"Der Sender TVN24 berichtete.", ""},
	{"Die Erste Bank meldet Gewinne.", ""},
	{"Er ließ das außer Acht.", ""},
	{"Er nahm sich in Acht.", ""},
	{"Die Elf von Trainer Stöger verlor.", ""},
	{"Die türkische Elf gewann.", ""},
	{"Er trainiert die erste Elf.", "erste=1 o"},
	{"Elf Polizisten wurden verletzt.", "Elf=11 c"},
	{"Er sagte: „Elf Tote.“", "Elf=11 c"},
	{"Im Viertel wohnen viele.", ""},
	// -- not numbers: clock times
	{"Um 14.30 Uhr beginnt es.", ""},
	{"Um 14:30 beginnt es.", ""},
	{"Um 9 Uhr beginnt es.", ""},
	{"Um zwölf Uhr beginnt es.", ""},
	{"Um 14 Uhr 30 beginnt es.", ""},
	{"Gegen 20.15 begann die Show.", ""},
	{"Der Player zeigt 00:00.", ""},
	{"Beginn ist 09:30.", ""},
	{"Geöffnet von 6:00 bis 20:00 Uhr.", ""},
	{"Der Zug fährt 7:05 ab.", ""},
	{"Es stand 6:5 und dann 7:5.", "6=6 c; 5=5 c; 7=7 c; 5=5 c"},
	{"Es begann 9:10 Uhr.", ""},
	{"Ab 18:30 gilt das Verbot.", ""},
	{"Das Handballspiel endete 21:19.", "21=21 c; 19=19 c"},
	{"Um 18 Uhr MEZ.", ""},
	// -- not numbers: phone numbers, list markers
	{"Tel. 01/234 56 78.", ""},
	{"Telefon: 0664 123456.", ""},
	{"Anrufen unter 0800 123 456.", ""},
	{"Rufen Sie +43 1 234 5678 an.", ""},
	{"Rufen Sie (+43) 1 234 5678 an.", ""},
	{"1. Punkt eins\n2. Punkt zwei", "eins=1 c; zwei=2 c"},
	{"Liste:\n1) Brot\n2) Milch", ""},
	{"Liste:\n(1) Brot\n(2) Milch", ""},
	{"Liste:\n10) Brot\n11) Milch", ""},
	// a bracketed date or year opening a line is not a list marker
	{"Verwandte Artikel\n(31.10.2007)\n(2005)", "31.=31 o; 10.=10 o; 2007=2007 c; 2005=2005 c"},
	{"Quellen:\n(2019) Bericht", "2019=2019 c"},
	{"1. Mai ist Feiertag.", "1.=1 o"},
	// -- issue 15: fraction characters, alone and after digits
	{"Es fehlt noch ½ Liter Milch.", "½=0.5 f"},
	{"Dazu kommt ¾ Tasse Zucker.", "¾=0.75 f"},
	{"Nur ⅙ der Stimmen entfiel auf ihn.", "⅙=1/6 f"},
	{"Der Lauf dauerte 2½ Stunden.", "2½=2.5 f"},
	{"Das Kind ist 2 ½ Jahre alt.", "2 ½=2.5 f"},
	{"Eine 2½-Zimmer-Wohnung.", "2½=2.5 f"},
	{"Das kostet 1½ Millionen Euro.", "1½ Millionen=1500000 c"},
	{"Sie gewann mit 12 ⅓ Punkten Vorsprung, also 1/3 mehr.", "12 ⅓=37/3 f; 1/3=1/3 f"},
	// -- decimals spoken in words, and without the leading zero
	{"Die Inflation lag bei zwei Komma fünf Prozent.", "zwei Komma fünf=2.5 c"},
	{"Der Wert stieg auf 1 Komma 1.", "1 Komma 1=1.1 c"},
	{"Es waren null Komma null fünf Promille.", "null Komma null fünf=0.05 c"},
	{"Pi ist drei Komma eins vier.", "drei Komma eins vier=3.14 c"},
	{"Er lief zwei Komma fünfundzwanzig Kilometer.", "zwei Komma fünfundzwanzig=2.25 c"},
	{"Es kostet zwei Komma fünf Millionen Euro.", "zwei Komma fünf Millionen=2500000 c"},
	{"Es waren minus zwei Komma fünf Grad.", "minus zwei Komma fünf=-2.5 c"},
	{"Der Koeffizient beträgt ,77 und steigt.", ",77=0.77 c"},
	{"Die Quote (,5 Prozent) ist gering.", ",5=0.5 c"},
	{"Nach zwei Komma folgt ein Punkt.", "zwei=2 c"},        // false friend: "Komma" the sign
	{"Er setzte ein Komma zu viel.", ""},                    // false friend
	{"Es waren 3, 4 und 5 Prozent.", "3=3 c; 4=4 c; 5=5 c"}, // a comma and a space: a list
	{"Die Werte lagen bei 3,5 und 4,77.", "3,5=3.5 c; 4,77=4.77 c"},
	// -- signs apart from the number, "negativ" and "minus"
	{"- 1.200.000", "- 1.200.000=-1200000 c"},
	{"Der Saldo: - 1.200.000 Euro.", "- 1.200.000=-1200000 c"},
	{"Es hatte − 5 Grad.", "− 5=-5 c"},
	{"Die Bilanz wies negativ 1200000 Euro aus.", "negativ 1200000=-1200000 c"},
	{"Das Konto stand auf negativ zwei Millionen.", "negativ zwei Millionen=-2000000 c"},
	{"Der Fehlbetrag: minus 1.200.000 Euro.", "minus 1.200.000=-1200000 c"},
	{"Wien - 12 Menschen starben.", "12=12 c"},                                               // false friend: a dash
	{"Die Belastung bestand - 1986 war es Tschernobyl.", "1986=1986 c"},                      // false friend: a dash
	{"Liste:\n- 5 Tote\n- 12 Verletzte", "5=5 c; 12=12 c"},                                   // false friend: bullets
	{"Es kamen 10 - 20 Leute, und 10 − 5 ist 5.", "10=10 c; 20=20 c; 10=10 c; 5=5 c; 5=5 c"}, // false friend: range, subtraction
	{"Der Test war negativ.", ""},
	{"Das wirkte sich negativ auf 5 Firmen aus.", "5=5 c"},
	// -- whole and fraction before a multiplier; dreiviertel, einundhalb, counted halves
	{"Der Konzern setzte fünf und drei Viertel Milliarden Euro um.", "fünf und drei Viertel Milliarden=5750000000 c"},
	{"Es kostet sechs und zwei Drittel Millionen.", "sechs und zwei Drittel Millionen=20000000/3 c"},
	{"Es waren zwei und eine halbe Million.", "zwei und eine halbe Million=2500000 c"},
	{"Es kostet drei Viertel Milliarden.", "drei Viertel Milliarden=750000000 c"},
	{"Es waren fünf und drei Viertel.", "fünf=5 c; drei Viertel=0.75 f"}, // no multiplier: two numerals
	{"Es dauerte eine dreiviertel Stunde.", "dreiviertel=0.75 f"},
	{"Es dauerte einundhalb Jahre.", "einundhalb=1.5 f"},
	{"Er trank drei halbe Liter.", "drei halbe=1.5 f"},
	{"Eine halbe Stunde und zwei halbe Tage.", "halbe=0.5 f; zwei halbe=1 f"},
	// Wikinews train wn28062
	{"Nach der Auszählung von mehr als Dreiviertel der abgegebenen Wahlzettel liegt der 57-jährige Alan García mit 55,5 Prozent der Stimmen vorne.", "Dreiviertel=0.75 f; 57=57 c; 55,5=55.5 c"},
	// -- long chains of multipliers, in lower case too
	{"zwei billiarden siebenhunderteinundsiebzig billionen neunzig milliarden zweiundneunzig millionen", "zwei billiarden siebenhunderteinundsiebzig billionen neunzig milliarden zweiundneunzig millionen=2771090092000000 c"},
	{"Die Schulden: drei Billiarden Euro.", "drei Billiarden=3e15 c"},
	{"Es waren einunddreißig millionen zweihundertsechsundfünfzigtausend.", "einunddreißig millionen zweihundertsechsundfünfzigtausend=31256000 c"},
	{"Es flossen Billiarden.", "Billiarden=null v"}, // a plural alone stays vague
	// -- ordinals of multipliers
	{"Er war der einhundert Milliardste Kunde.", "einhundert Milliardste=100000000000 o"},
	{"Das ist die dreihundert Billionste Stelle.", "dreihundert Billionste=3e14 o"},
	{"Der hundertmillionste Besucher kam.", "hundertmillionste=100000000 o"},
	{"Er war der Milliardste.", "Milliardste=1000000000 o"},
	{"Es fehlt ein Milliardstel.", "ein Milliardstel=1e-9 f"}, // a fraction, not an ordinal
	// -- digits fused with a unit; number words before a hyphen
	{"Die Strecke ist 500km lang.", "500=500 c"},
	{"Der Koffer wiegt 5kg.", "5=5 c"},
	{"Das Handy hat 16GB Speicher und 100PS.", "16=16 c; 100=100 c"},
	{"Mehr dazu unter www.adac.at/500km im Netz.", ""}, // false friend: a URL
	{"Das iPhone 6s hat 16GB.", "16=16 c"},             // false friend: a model name
	{"Der Windows 10-Nachfolger kommt.", ""},           // a name before digits and hyphen
	{"Ein siebenhundert-Euro-Schein.", "siebenhundert=700 c"},
	{"Der Drei-Punkte-Plan.", "Drei=3 c"},
	{"Eine Zwei-Drittel-Mehrheit.", "Zwei-Drittel=2/3 f"},
	{"Eine Drei-Millionen-Stadt.", "Drei-Millionen=3000000 c"},
	{"Der Hundert-Meter-Lauf.", "Hundert=100 c"},
	{"Ein Ein-Mann-Betrieb.", ""},            // one stays in its idiom
	{"Eine Eins-zu-eins-Betreuung.", ""},     // one stays in its idiom
	{"Die Fünf-Sterne-Bewegung gewann.", ""}, // a name (numbers-phrases.txt)
	{"Das Fünf-Sterne-Hotel.", "Fünf=5 c"},   // the same compound as a count
	{"Der Zwölf-Uhr-Termin fällt aus.", ""},  // clock time
	{"Drei- bis vierfach so viel.", ""},      // truncated compound: no noun after the hyphen
	// Wikinews train wn24349, wn74419, wn29373, wn64617; dev wn50777
	{"Die Grünen liegen mit 4,6 Prozent der Stimmen knapp unterhalb der Fünf-Prozent-Hürde.", "4,6=4.6 c; Fünf=5 c"},
	{"Ein aktuell geplantes Sicherheitskonzept führte zu friedlichen Protesten, die sich in zwölf-minütigem Schweigen äußerten.", "zwölf=12 c"},
	{"Argentinien hatte im WM-Viertelfinale im Elf-Meter-Schießen gegen Deutschland verloren.", "Elf=11 c"},
	{"Ab der 76. Minute gab es die Karten im Zwei-Minuten-Takt.", "76.=76 o; Zwei=2 c"},
	{"Der Mann war zunächst mutwillig mit einem Zwei-Tonnen-Lastwagen in eine Menschengruppe gefahren.", "Zwei=2 c"},
	// -- grouped ordinals, dates written with spaces
	{"Der 1.000. Besucher wurde gefeiert.", "1.000.=1000 o"},
	{"Sie begrüßten den 10.000. Gast.", "10.000.=10000 o"},
	{"Die Zahl stieg bis 10.000. Danach sank sie.", "10.000=10000 c"}, // false friend: a preposition, the dot ends the sentence
	{"Im Herbst waren es 1.000. Die Polizei kam.", "1.000=1000 c"},
	{"Am 26. 10. 2015 war Wahl.", "26.=26 o; 10.=10 o; 2015=2015 c"},
	{"26. 10. 2015", "26.=26 o; 10.=10 o; 2015=2015 c"},
	{"Die Einigung fiel (APA, 30. 9. 2015).", "30.=30 o; 9.=9 o; 2015=2015 c"},
	{"Am 3. 10 Menschen starben.", "3.=3 o; 10=10 c"}, // false friend: no dot after 10
	// -- real sentences from corpus/dev and corpus/seeds
	// corpus/dev/d001.txt
	{"Seit dem Wahldebakel von Hofburg-Anwärter Andreas Khol am 24. April (11,12 Prozent, fünfter und vorletzter Platz) ist es ruhig.", "24.=24 o; 11,12=11.12 c; fünfter=5 o"},
	// corpus/dev/d001.txt
	{"Drei ihrer Chefs – Wilhelm Molterer, Josef Pröll und Michael Spindelegger – hat die Partei allein seit dem Abgang des Langzeitobmanns Wolfgang Schüssel (1995 bis 2007) verschlissen.", "Drei=3 c; 1995=1995 c; 2007=2007 c"},
	// corpus/dev/d001.txt
	{"Ob er diese Funktion tatsächlich noch innehat, war sich Mitterlehner vor kurzem in der ZiB 2 nicht ganz sicher.", ""},
	// corpus/dev/d002.txt
	{"Vor allem für einen Politiker, der fast 30 Jahre lang in der Wirtschaftskammer tätig war.", "30=30 c"},
	// corpus/dev/d002.txt
	{"Erste Aussagen des neuen Kanzlers und designierten SPÖ-Chefs Christian Kern deuten darauf hin.", "Erste=1 o"},
	// corpus/dev/d003.txt
	{"Wien – Zehn Tage nach der Wien-Wahl liegt nun das amtliche Endergebnis vor.", "Zehn=10 c"},
	// corpus/dev/d003.txt
	{"Die FPÖ liegt nun mit 10.010 (22,10 Prozent) nur mehr 21 Stimmen hinter den Grünen mit 10.031 Stimmen (22,15 Prozent).", "10.010=10010 c; 22,10=22.1 c; 21=21 c; 10.031=10031 c; 22,15=22.15 c"},
	// corpus/dev/d003.txt
	{"Die SPÖ kommt als stimmenstärkste Partei auf 38,64 Prozent, die ÖVP mit 7,08 Prozent auf Platz vier – vor den Neos mit 5,68 Prozent.", "38,64=38.64 c; 7,08=7.08 c; vier=4 c; 5,68=5.68 c"},
	// corpus/dev/d003.txt
	{"Durch eine Neuauszählung machte man sich Hoffnungen, doch noch den zweiten Platz erringen zu können.", "zweiten=2 o"},
	// corpus/dev/d003.txt
	{"Somit kommt die SPÖ auf 39,59 Prozent (44 Mandate), die FPÖ auf 30,79 Prozent (34 Mandate).", "39,59=39.59 c; 44=44 c; 30,79=30.79 c; 34=34 c"},
	// corpus/dev/d004.txt
	{"Laut Kickl sollen in den Stichwahlkampf noch einmal 1,2 Millionen Euro fließen. Zwei Millionen Euro hat die FPÖ nach eigenen Angaben bereits in der ersten Phase investiert.", "1,2 Millionen=1200000 c; Zwei Millionen=2000000 c; ersten=1 o"},
	// corpus/dev/d004.txt
	{"Beide zeigen Hofer vor einer rot-weiß-roten Fahne, daneben die Slogans Stimme der Vernunft – Einer mitten im Leben und Das Recht geht vom Volk aus – Ein neues Amtsverständnis.", ""},
	// corpus/dev/d005.txt
	{"Zuletzt rund 30 Tote bei Bombardement in Aleppo.", "30=30 c"},
	// corpus/dev/d006.txt
	{"Nach Enthüllungen über eine Offshore-Firma seiner Frau hatten Tausende Isländer gegen ihn protestiert.", "Tausende=null v"},
	// corpus/dev/d006.txt
	{"Die Panama Papers enthalten Informationen über die Firma Wintris auf den Britischen Jungferninseln, auf die Millionen geflossen sein sollen.", "Millionen=null v"},
	// corpus/dev/d006.txt
	{"Am Montagabend waren bis zu 12.000 Menschen gegen Gunnlaugsson auf die Straße gegangen.", "12.000=12000 c"},
	// corpus/dev/d007.txt
	{"Zudem warf er Polen Mitschuld beim Ausbruch des Zweiten Weltkriegs vor.", "Zweiten=2 o"},
	// corpus/dev/d007.txt
	{"Grund ist ein Interview des Fernsehsenders TVN24, in dem der Diplomat Warschau vorwarf.", ""},
	// corpus/dev/d008.txt
	{"Der mehr als ein Vierteljahrhundert andauernde Bürgerkrieg endete im Mai 2009.", "2009=2009 c"},
	// corpus/dev/d009.txt
	{"Katzian geht davon aus, dass von den 1.100 gemeldeten Baumax-Mitarbeitern weniger als 700 wirklich gehen müssen.", "1.100=1100 c; 700=700 c"},
	// corpus/dev/d010.txt
	{"Mehr als halbe Million Euro Bußgeld wegen Wettbewerbsvergehen zwischen März 2007 und Juli 2011.", "halbe Million=500000 c; 2007=2007 c; 2011=2011 c"},
	// corpus/dev/d010.txt
	{"Die Entscheidung des Kartellgerichts vom 2. Juli ist rechtskräftig. Die Firmen haben in fünf Produktgruppen auf die Verkaufspreise Einfluss genommen.", "2.=2 o; fünf=5 c"},
	// corpus/dev/d010.txt
	{"Dieser liege unter sieben Prozent (Pfeiffer und Zielpunkt) im Gegensatz zu den Mitbewerbern Spar (30 Prozent) und Rewe (35 Prozent).", "sieben=7 c; 30=30 c; 35=35 c"},
	// corpus/dev/d011.txt
	{"Die Detailverhandlungen über ein drittes Hilfspaket haben begonnen.", "drittes=3 o"},
	// corpus/dev/d011.txt
	{"Sie schrumpften um rund acht Milliarden auf 127,5 Milliarden Euro, wie EZB-Daten zeigen.", "acht Milliarden=8000000000 c; 127,5 Milliarden=127500000000 c"},
	// corpus/dev/d011.txt
	{"Schon vor mehr als einer Woche war bekannt geworden, dass es einen quasi geheimen Plan gab.", ""},
	// corpus/dev/d011.txt
	{"Die Zeitung zitiert aus einem Mitschnitt einer Telefonkonferenz am 16. Juli.", "16.=16 o"},
	// corpus/dev/d013.txt
	{"Die vier Projektpartner tragen mit jeweils 200.000 Euro pro Jahr zu dem neuen Zentrum bei: jeweils 40.000 Euro in bar sowie 160.000 Euro in Form von zwei Laufbahnstellen für einen Senior- und einen Junior-Wissenschafter.", "vier=4 c; 200.000=200000 c; 40.000=40000 c; 160.000=160000 c; zwei=2 c"},
	// corpus/dev/d013.txt
	{"Im Vollausbau könnten fünf bis zehn Senior-Forscher insgesamt 15 bis 30 Post-Docs beschäftigen.", "fünf=5 c; zehn=10 c; 15=15 c; 30=30 c"},
	// corpus/dev/d013.txt
	{"Der Physiker Stephen Hawking hat die Komplexitätsforschung als die Wissenschaft des 21. Jahrhunderts bezeichnet.", "21.=21 o"},
	// corpus/dev/d014.txt
	{"Wir können mit mehr als 90-prozentiger Wahrscheinlichkeit sagen, dass zwei zusätzliche Räume hinter der Grabkammer existieren.", "90=90 c; zwei=2 c"},
	// corpus/dev/d014.txt
	{"Damati kündigte eine erneute Pressekonferenz für den 1. April an.", "1.=1 o"},
	// corpus/dev/d014.txt
	{"Reeves hatte mit einem Aufsatz über Linienstrukturen in zwei Wänden der 1922 entdeckten Grabkammer von Tutanchamun (um 1330 vor unserer Zeitrechnung) für Schlagzeilen gesorgt.", "zwei=2 c; 1922=1922 c; 1330=1330 c"},
	// corpus/dev/d015.txt
	{"In manchen Gebieten, wie den Kärntner Nockbergen, kommen drei der vier Arten zum Teil auf kleinstem Raum gemeinsam vor.", "drei=3 c; vier=4 c"},
	// corpus/dev/d015.txt
	{"Die österreichische Flora umfasst etwa 3.600 heimische Arten, von denen 32 nur in Österreich vorkommen.", "3.600=3600 c; 32=32 c"},
	// corpus/dev/d015.txt
	{"Alle davon kommen in Österreich vor, eine sogar nur dort.", ""},
	// corpus/seeds/000_3ee6496f0a9e0860.txt
	{"In Russland halten sich laut ukrainischem Geheimdienst etwa 12.000 nordkoreanische Soldaten auf, darunter 500 Offiziere und drei Generäle.", "12.000=12000 c; 500=500 c; drei=3 c"},
	// corpus/seeds/000_3ee6496f0a9e0860.txt
	{"Die ersten in Russland ausgebildeten nordkoreanischen Truppen befinden sich in der Oblast Kursk.", "ersten=1 o"},
	// corpus/seeds/001_8dba789083dfecfe.txt
	{"Berichten zufolge halten sich Tausende nordkoreanische Soldaten derzeit in Russland auf.", "Tausende=null v"},
	// corpus/seeds/002_e9a26aed754cfeac.txt
	{"00:00\nDiese Audioversion wurde künstlich generiert.", ""},
	// corpus/seeds/002_e9a26aed754cfeac.txt
	{"Laut dem südkoreanischen Geheimdienst soll Nordkorea insgesamt bereits 3000 Soldaten nach Russland geschickt haben.", "3000=3000 c"},
	// corpus/seeds/003_987abc8aba56cad3.txt
	{"Der Ausgang entscheide mit über die globale Sicherheit im 21. Jahrhundert, sagte Austin.", "21.=21 o"},
	// corpus/seeds/003_987abc8aba56cad3.txt
	{"Unser nächstes Ziel: 50.000 – und mit Ihrer Beteiligung können wir es schaffen. Mit nur 5,- Euro sind Sie dabei!", "50.000=50000 c; 5,-=5 c"},
	// corpus/seeds/004_3a91d4dbb190197a.txt
	{"Davon seien bis zu 8.000 in der Region Kursk stationiert, wie die dpa am 31. Oktober 2024 meldete.", "8.000=8000 c; 31.=31 o; 2024=2024 c"},
	// corpus/seeds/004_3a91d4dbb190197a.txt
	{"Blinken wies darauf hin, dass es das erste Mal seit einem Jahrhundert sei.", "erste=1 o"},
}

// newNumberFixture returns the German tokenizer and the NUMBER stage on
// the embedded lexicon.
func newNumberFixture(t testing.TB) (*annotate.German, *Stage) {
	t.Helper()
	g, err := annotate.NewGerman(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	n, err := New(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	return g, n
}

// annotateNumbers tokenizes text and runs the NUMBER stage on it.
func annotateNumbers(g *annotate.German, n *Stage, text string) *annotate.Document {
	doc := &annotate.Document{Text: text}
	doc.Tokens, doc.Sentences = g.Tokenize(text)
	n.Annotate(doc)
	return doc
}

func TestNumbersTable(t *testing.T) {
	g, n := newNumberFixture(t)
	if len(numberCases) < 300 {
		t.Errorf("only %d cases, want at least 300", len(numberCases))
	}
	for _, tc := range numberCases {
		t.Run(tc.in, func(t *testing.T) {
			doc := annotateNumbers(g, n, tc.in)
			got := formatNumberSpans(doc)
			want, err := normaliseWant(tc.want)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("\n got: %s\nwant: %s", got, want)
			}
			if err := checkNumberSpans(doc); err != nil {
				t.Error(err)
			}
		})
	}
}

// formatNumberSpans writes the NUMBER spans of doc in the want notation.
func formatNumberSpans(doc *annotate.Document) string {
	var parts []string
	for _, s := range doc.Spans {
		if s.Label != annotate.LabelNumber {
			continue
		}
		v := "null"
		if s.HasValue() {
			v = strconv.FormatFloat(s.Value, 'g', 12, 64)
		}
		parts = append(parts, fmt.Sprintf("%s=%s %c", doc.Text[s.Start:s.End], v, s.Kind[0]))
	}
	return strings.Join(parts, "; ")
}

// normaliseWant rewrites a want string the way formatNumberSpans writes,
// evaluating "a/b" values.
func normaliseWant(want string) (string, error) {
	if want == "" {
		return "", nil
	}
	var parts []string
	for _, p := range strings.Split(want, "; ") {
		eq := strings.LastIndexByte(p, '=')
		sp := strings.LastIndexByte(p, ' ')
		if eq < 0 || sp < eq {
			return "", fmt.Errorf("bad want %q", p)
		}
		text, val, kind := p[:eq], p[eq+1:sp], p[sp+1:]
		if val != "null" {
			f, err := parseWantValue(val)
			if err != nil {
				return "", err
			}
			val = strconv.FormatFloat(f, 'g', 12, 64)
		}
		parts = append(parts, fmt.Sprintf("%s=%s %s", text, val, kind))
	}
	return strings.Join(parts, "; "), nil
}

func parseWantValue(s string) (float64, error) {
	if a, b, ok := strings.Cut(s, "/"); ok {
		x, err1 := strconv.ParseFloat(a, 64)
		y, err2 := strconv.ParseFloat(b, 64)
		if err1 != nil || err2 != nil {
			return 0, fmt.Errorf("bad value %q", s)
		}
		return x / y, nil
	}
	return strconv.ParseFloat(s, 64)
}

// checkNumberSpans checks the invariants of NUMBER spans: in bounds, in
// order, not overlapping, no surrounding space, a rule, a value unless
// vague, a known kind.
func checkNumberSpans(doc *annotate.Document) error {
	end := 0
	for _, s := range doc.Spans {
		if s.Label != annotate.LabelNumber {
			continue
		}
		text := doc.Text[s.Start:s.End]
		switch {
		case s.Start < end || s.End <= s.Start || s.End > len(doc.Text):
			return fmt.Errorf("span [%d,%d) out of order or bounds", s.Start, s.End)
		case strings.TrimSpace(text) != text:
			return fmt.Errorf("span %q has surrounding space", text)
		case s.Rule == "":
			return fmt.Errorf("span %q has no rule", text)
		case s.Kind == KindVague && s.Value != 0:
			return fmt.Errorf("span %q: kind %s with value %v", text, s.Kind, s.Value)
		case math.IsNaN(s.Value) || math.IsInf(s.Value, 0):
			return fmt.Errorf("span %q: value %v", text, s.Value)
		}
		switch s.Kind {
		case KindCardinal, KindOrdinal, KindFraction, KindVague:
		default:
			return fmt.Errorf("span %q: kind %q", text, s.Kind)
		}
		end = s.End
	}
	return nil
}
