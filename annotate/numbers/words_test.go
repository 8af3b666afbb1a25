package numbers

import (
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/quelle-nlp/quelle/lexicon"
)

func newNumberWords(t testing.TB) *Words {
	t.Helper()
	w, err := NewWords(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestNumberWordsParse(t *testing.T) {
	w := newNumberWords(t)
	tests := []struct {
		in    string
		value float64
		kind  string
	}{
		{"null", 0, KindCardinal},
		{"eins", 1, KindCardinal},
		{"drei", 3, KindCardinal},
		{"Drei", 3, KindCardinal},
		{"zwölf", 12, KindCardinal},
		{"einundzwanzig", 21, KindCardinal},
		{"dreihundertfünfundzwanzig", 325, KindCardinal},
		{"zweitausendvierundzwanzig", 2024, KindCardinal},
		{"zwölftausend", 12000, KindCardinal},
		{"tausend", 1000, KindCardinal},
		{"hundertundeins", 101, KindCardinal},
		{"neunzehnhundertneunzig", 1990, KindCardinal},
		{"eine Million", 1e6, KindCardinal},
		{"zwei Millionen", 2e6, KindCardinal},
		{"zwei Millionen dreihunderttausend", 2.3e6, KindCardinal},
		{"eine Milliarde eine Million eins", 1_001_000_001, KindCardinal},
		{"3,5 Millionen", 3.5e6, KindCardinal},
		{"2,7 Mrd.", 2.7e9, KindCardinal},
		{"12 Tausend", 12000, KindCardinal},
		{"ein Dutzend", 12, KindCardinal},
		{"minus zwölf", -12, KindCardinal},
		{"minus 35", -35, KindCardinal},
		{"dreien", 3, KindCardinal},
		{"erste", 1, KindOrdinal},
		{"dritten", 3, KindOrdinal},
		{"zwanzigste", 20, KindOrdinal},
		{"hundertster", 100, KindOrdinal},
		{"einundzwanzigsten", 21, KindOrdinal},
		{"achte", 8, KindOrdinal},
		{"ein Drittel", 1.0 / 3, KindFraction},
		{"drei Viertel", 0.75, KindFraction},
		{"Hälfte", 0.5, KindFraction},
		{"eineinhalb", 1.5, KindFraction},
		{"anderthalb", 1.5, KindFraction},
		{"zweieinhalb", 2.5, KindFraction},
		{"Hundertstel", 0.01, KindFraction},
		{"Tausende", 0, KindVague},
		{"Hunderte Millionen", 0, KindVague},
		{"zig", 0, KindVague},
		{"Millionen", 0, KindVague},
		{"fünf und drei Viertel Milliarden", 5.75e9, KindCardinal},
		{"sechs und zwei Drittel Millionen", 20e6 / 3, KindCardinal},
		{"zwei Komma fünf", 2.5, KindCardinal},
		{"1 Komma 1", 1.1, KindCardinal},
		{"negativ 1200000", -1.2e6, KindCardinal},
		{"dreiviertel", 0.75, KindFraction},
		{"einundhalb", 1.5, KindFraction},
		{"drei halbe", 1.5, KindFraction},
		{"zwei billiarden siebenhunderteinundsiebzig billionen neunzig milliarden zweiundneunzig millionen", 2771090092000000, KindCardinal},
		{"einhundert Milliardste", 1e11, KindOrdinal},
		{"dreihundert Billionste", 3e14, KindOrdinal},
		{"hundertmillionste", 1e8, KindOrdinal},
		{"½", 0.5, KindFraction},
		{"2½", 2.5, KindFraction},
		{",77", 0.77, KindCardinal},
	}
	for _, tc := range tests {
		got, ok := w.Parse(tc.in)
		if !ok || got.Kind != tc.kind || math.Abs(got.Value-tc.value) > 1e-9*math.Abs(tc.value) {
			t.Errorf("Parse(%q) = %+v, %v; want %v %s", tc.in, got, ok, tc.value, tc.kind)
		}
	}
}

func TestNumberWordsParseRejects(t *testing.T) {
	w := newNumberWords(t)
	for _, in := range []string{
		"", "ein", "eine", "einer", "und", "einund", "zweiund", "undzwanzig", "dreivier",
		"zwanzigzwanzig", "hunderthundert", "tausendtausend", "nullnull", "einsund", "zehnjährig",
		"zwölfmal", "Dreivierteljahr", "erst", "einst", "zweit", "Erstens", "drei vier",
		"eine Million Million", "Millionen zwei", "Zweitel", "Mio.", "minus", "minus Tausende",
		"eins zwei", "Mann", "zweihundertein", "Komma", "zwei Komma", "Komma fünf", "negativ", "undhalb",
		"eine halbe", "fünf und drei Viertel", "tausendtrillionste",
	} {
		if got, ok := w.Parse(in); ok {
			t.Errorf("Parse(%q) = %+v, want no numeral", in, got)
		}
	}
}

func TestNumberWordsSpell(t *testing.T) {
	w := newNumberWords(t)
	tests := []struct {
		n    int64
		want string
	}{
		{0, "null"},
		{1, "eins"},
		{7, "sieben"},
		{16, "sechzehn"},
		{21, "einundzwanzig"},
		{30, "dreißig"},
		{99, "neunundneunzig"},
		{100, "einhundert"},
		{101, "einhunderteins"},
		{325, "dreihundertfünfundzwanzig"},
		{1000, "eintausend"},
		{1001, "eintausendeins"},
		{2024, "zweitausendvierundzwanzig"},
		{12000, "zwölftausend"},
		{21000, "einundzwanzigtausend"},
		{999999, "neunhundertneunundneunzigtausendneunhundertneunundneunzig"},
		{1_000_000, "eine Million"},
		{1_000_001, "eine Million eins"},
		{2_300_000, "zwei Millionen dreihunderttausend"},
		{1_000_000_000, "eine Milliarde"},
		{999_999_999, "neunhundertneunundneunzig Millionen neunhundertneunundneunzigtausendneunhundertneunundneunzig"},
		{-12, "minus zwölf"},
		{3_000_000_000_000, "drei Billionen"},
	}
	for _, tc := range tests {
		if got := w.Spell(tc.n); got != tc.want {
			t.Errorf("Spell(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestNumberWordsSpellOrdinal(t *testing.T) {
	w := newNumberWords(t)
	tests := []struct {
		n    int64
		want string
	}{
		{1, "erste"}, {2, "zweite"}, {3, "dritte"}, {7, "siebte"}, {8, "achte"},
		{13, "dreizehnte"}, {20, "zwanzigste"}, {21, "einundzwanzigste"},
		{100, "einhundertste"}, {101, "einhunderterste"}, {103, "einhundertdritte"},
		{1000, "eintausendste"}, {0, ""}, {1_000_000, ""},
	}
	for _, tc := range tests {
		if got := w.SpellOrdinal(tc.n); got != tc.want {
			t.Errorf("SpellOrdinal(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

// checkRoundTrip checks Parse(Spell(n)) == n (and the same for ordinals
// below a million).
func checkRoundTrip(t *testing.T, w *Words, n int64) {
	s := w.Spell(n)
	got, ok := w.Parse(s)
	if !ok || got.Kind != KindCardinal || got.Value != float64(n) {
		t.Fatalf("Parse(Spell(%d) = %q) = %+v, %v", n, s, got, ok)
	}
	if o := w.SpellOrdinal(n); o != "" {
		got, ok := w.Parse(o)
		if !ok || got.Kind != KindOrdinal || got.Value != float64(n) {
			t.Fatalf("Parse(SpellOrdinal(%d) = %q) = %+v, %v", n, o, got, ok)
		}
	}
}

// TestNumberWordsRoundTrip is the property test: every number below
// 100 000, and random numbers up to 999 999 999, spell and parse back.
func TestNumberWordsRoundTrip(t *testing.T) {
	w := newNumberWords(t)
	limit := int64(100_000)
	if testing.Short() {
		limit = 10_000
	}
	for n := int64(0); n < limit; n++ {
		checkRoundTrip(t, w, n)
	}
	rng := rand.New(rand.NewPCG(2024, 10))
	for range 50_000 {
		checkRoundTrip(t, w, rng.Int64N(1_000_000_000))
	}
	for _, n := range []int64{999_999, 1_000_000, 1_000_001, 999_999_999, 100_000_000, 101_101_101} {
		checkRoundTrip(t, w, n)
	}
}

// FuzzNumberWordsParse checks that Parse never panics and returns a
// finite value of a known kind.
func FuzzNumberWordsParse(f *testing.F) {
	for _, s := range []string{"drei", "zweitausendvierundzwanzig", "zwei Millionen dreihunderttausend",
		"3,5 Millionen", "dritten", "eineinhalb", "drei Viertel", "Tausende", "minus 35", "einundund",
		"hunderthunderttausend", "\xff\xfe", "Ää", "zwölf\u00a0tausend", "1.000.000.000.000.000.000.000", "99999999999999999999 Billionen"} {
		f.Add(s)
	}
	w := newNumberWords(f)
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := w.Parse(s)
		if !ok {
			return
		}
		switch got.Kind {
		case KindCardinal, KindOrdinal, KindFraction, KindVague:
		default:
			t.Fatalf("Parse(%q): kind %q", s, got.Kind)
		}
		if math.IsNaN(got.Value) {
			t.Fatalf("Parse(%q): NaN", s)
		}
	})
}

// FuzzNumberWordsRoundTrip checks Parse(Spell(n)) == n for n folded into
// 0 … 999 999 999.
func FuzzNumberWordsRoundTrip(f *testing.F) {
	for _, n := range []int64{0, 1, 21, 101, 1001, 999_999, 1_000_000, 123_456_789} {
		f.Add(n)
	}
	w := newNumberWords(f)
	f.Fuzz(func(t *testing.T, n int64) {
		n %= 1_000_000_000
		if n < 0 {
			n = -n
		}
		checkRoundTrip(t, w, n)
	})
}

// FuzzNumbersAnnotate runs tokenizer and NUMBER stage on arbitrary text:
// no panic, and the spans keep their invariants.
func FuzzNumbersAnnotate(f *testing.F) {
	for _, c := range numberCases[:60] {
		f.Add(c.in)
	}
	f.Add("1. FC\n2)\n(3) +43 1 0:0 24.9. 5,- −3 minus")
	g, n := newNumberFixture(f)
	f.Fuzz(func(t *testing.T, s string) {
		doc := annotateNumbers(g, n, s)
		if err := checkNumberSpans(doc); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
	})
}

// TestNumbersLexiconErrors checks that bad lexicon lines are reported with
// their file and line, all of them at once.
func TestNumbersLexiconErrors(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{"abbreviations.txt", "ordinal-context.txt", numbersWordsFile, numbersSuffixesFile,
		numbersScalesFile, numbersFractionsFile, numbersVagueFile, numbersContextFile, numbersPhrasesFile} {
		data, err := os.ReadFile("../../lexicon/data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	fsys[numbersWordsFile].Data = append(fsys[numbersWordsFile].Data, "zweiundfünfzigtausend\tx\tunit\n"...)
	fsys[numbersScalesFile].Data = append(fsys[numbersScalesFile].Data, "Gazillion\t1\tsg\n"...)
	fsys[numbersVagueFile].Data = append(fsys[numbersVagueFile].Data, "tausende\tnoun\nmassig\tlots\n"...)
	_, err := New(lexicon.FS(fsys))
	if err == nil {
		t.Fatal("no error for a broken lexicon")
	}
	for _, want := range []string{
		numbersWordsFile + ":", `must be a whole number such as 0, 3 or 1000, not "x"`,
		numbersScalesFile + ":", `must be a whole number above 1, not "1"`,
		numbersVagueFile + ":", `"tausende" is already defined`, `unknown kind "lots"`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}

	for _, name := range []string{numbersScalesFile, numbersVagueFile} {
		data, _ := os.ReadFile("../../lexicon/data/" + name)
		fsys[name] = &fstest.MapFile{Data: data}
	}
	fsys[numbersWordsFile].Data = []byte("drei\t3\tunit\n")
	if _, err := New(lexicon.FS(fsys)); err == nil || !strings.Contains(err.Error(), "no line gives the word for 0 (class zero)") || strings.Contains(err.Error(), "3 (class unit)") {
		t.Errorf("incomplete number words: error %v, want a list of missing forms", err)
	}
}
