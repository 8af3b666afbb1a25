package morph

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"slices"
	"testing"
	"unsafe"
)

func finite(lemma, particle string, tense Tense, mood Mood, person uint8, n Number) Analysis {
	return Analysis{Lemma: lemma, Particle: particle, POS: Verb, Form: Finite, Tense: tense, Mood: mood, Person: person, Number: n}
}

func nonFinite(lemma string, f VerbForm) Analysis {
	return Analysis{Lemma: lemma, POS: Verb, Form: f}
}

func noun(lemma string, n Number, g Gender, c Case) Analysis {
	return Analysis{Lemma: lemma, POS: Noun, Number: n, Gender: g, Case: c}
}

// TestAnalyzeSentences checks words of real sentences from corpus/dev and
// the Wikinews training set: each row's analysis must be among the
// analyses of the word.
func TestAnalyzeSentences(t *testing.T) {
	tests := []struct {
		word string
		want Analysis
	}{
		// Strong verbs and separable verbs in main clauses.
		// "bisher hieß es, die sei mit dem Evolutionsprozess erfolgt" (corpus/dev)
		{"hieß", finite("heißen", "", Preterite, Indicative, 3, Singular)},
		// "Auch in Sachen Rückführungsabkommen sprach sich der Bundeskanzler für ein gemeinsames Vorgehen aus"
		{"sprach", finite("sprechen", "", Preterite, Indicative, 3, Singular)},
		// "gab der Bundeswahlleiter eine Wahlbeteiligung von 77,7 Prozent der Wahlberechtigten bekannt"
		{"gab", finite("bekanntgeben", "bekannt", Preterite, Indicative, 3, Singular)},
		// "Elshorst wies darauf hin, dass Siemens bei der Organisation …"
		{"wies", finite("hinweisen", "hin", Preterite, Indicative, 3, Singular)},
		// "… angegriffen, teilte die Polizei mit"
		{"teilte", finite("mitteilen", "mit", Preterite, Indicative, 3, Singular)},
		// "wie der Bundeswahlleiter mitteilte" (CUE span in the Wikinews training set)
		{"mitteilte", finite("mitteilen", "", Preterite, Indicative, 3, Singular)},
		// "… musste Ergebnis korrigieren" (spelled with ss; the data has "mußte")
		{"musste", finite("müssen", "", Preterite, Indicative, 3, Singular)},

		// Konjunktiv I in reported speech.
		// "Der Airbus sei erst „weit hinter der normalen Aufsetzzone“ zu Boden gebracht worden"
		{"sei", finite("sein", "", Present, Subjunctive1, 3, Singular)},
		// "Vier saudische Sicherheitskräfte seien zudem getötet worden"
		{"seien", finite("sein", "", Present, Subjunctive1, 3, Plural)},
		{"worden", nonFinite("werden", Participle)},
		// "Dadurch habe er die sichere Zone … verlassen"
		{"habe", finite("haben", "", Present, Subjunctive1, 3, Singular)},
		// "Schröder sagte, er werde dafür sorgen, dass …"
		{"werde", finite("werden", "", Present, Subjunctive1, 3, Singular)},
		// "eine solche Forderung könne nur vom mexikanischen Parlament gestellt werden"
		{"könne", finite("können", "", Present, Subjunctive1, 3, Singular)},
		// "Der Leistungskatalog in diesem Bereich müsse überprüft werden"
		{"müsse", finite("müssen", "", Present, Subjunctive1, 3, Singular)},
		// "Allerdings gebe es auch schädliche Therapien"
		{"gebe", finite("geben", "", Present, Subjunctive1, 3, Singular)},
		// "Die Gegend liege aber nahe einer Straße"
		{"liege", finite("liegen", "", Present, Subjunctive1, 3, Singular)},
		// "Die Strahlung des Wassers betrage 100 mal mehr als die zulässigen Grenzwerte"
		{"betrage", finite("betragen", "", Present, Subjunctive1, 3, Singular)},

		// Participles and zu-infinitives.
		// "Der Bundestagspräsident hat in einem Brief den Bundestagsabgeordneten mitgeteilt, dass …"
		{"mitgeteilt", nonFinite("mitteilen", Participle)},
		// "Auch die ersten Namen der beteiligten Künstler wurden nun bekanntgegeben"
		{"bekanntgegeben", nonFinite("bekanntgeben", Participle)},
		// "Linke Gruppen hatten bereits ihren Protest gegen die umstrittene Militärzeremonie angekündigt"
		{"angekündigt", nonFinite("ankündigen", Participle)},
		// "… auf ein gesetzlich verankertes Sonderkündigungsrecht hinzuweisen"
		{"hinzuweisen", nonFinite("hinweisen", ZuInfinitive)},

		// Nouns in every case.
		// "sagte eine Sprecherin der EU-Kommission am Montag in Brüssel"
		{"Sprecherin", noun("Sprecherin", Singular, Fem, Nom)},
		// "nach Berichten des schleswig-holsteinischen Sozialministeriums"
		{"Berichten", noun("Bericht", Plural, Masc, Dat)},
		// "Ein Tatverdacht bestehe nach Angaben der Bundesanwaltschaft nicht mehr"
		{"Angaben", noun("Angabe", Plural, Fem, Dat)},
		// "In einem Jahresbericht für 2005 des zuständigen Ministeriums steht, …"
		{"Ministeriums", noun("Ministerium", Singular, Neut, Gen)},
		// "Linke Gruppen hatten bereits ihren Protest … angekündigt"
		{"Protest", noun("Protest", Singular, Masc, Acc)},
	}
	tb := Default()
	for _, tt := range tests {
		got := tb.Analyze(tt.word)
		if !slices.Contains(got, tt.want) {
			t.Errorf("Analyze(%q) lacks %v; has %d analyses: %v", tt.word, tt.want, len(got), got)
		}
	}
}

// TestAmbiguity checks that every reading of an ambiguous form is kept.
func TestAmbiguity(t *testing.T) {
	got := Default().Analyze("sagen")
	for _, want := range []Analysis{
		nonFinite("sagen", Infinitive),
		finite("sagen", "", Present, Indicative, 1, Plural),
		finite("sagen", "", Present, Indicative, 3, Plural),
		finite("sagen", "", Present, Subjunctive1, 1, Plural),
		finite("sagen", "", Present, Subjunctive1, 3, Plural),
		finite("aussagen", "aus", Present, Indicative, 3, Plural),
	} {
		if !slices.Contains(got, want) {
			t.Errorf("Analyze(sagen) lacks %v", want)
		}
	}
}

func TestPredicates(t *testing.T) {
	tb := Default()
	tests := []struct {
		name string
		f    func(string) bool
		yes  []string
		no   []string
	}{
		{"IsSubjunctive1", tb.IsSubjunctive1,
			[]string{"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "sage", "gebe", "liege", "betrage", "teile"},
			[]string{"sagen", "sagt", "ist", "hat", "wird", "kann", "sagte", "haben", "gesagt", "Angabe", ""}},
		{"IsFiniteVerb", tb.IsFiniteVerb,
			[]string{"sagte", "teilte", "mitteilte", "sei", "ist", "wies", "könnte", "dürfte"},
			[]string{"gesagt", "mitzuteilen", "Angaben", "und", ""}},
		{"IsParticiple", tb.IsParticiple,
			[]string{"gesagt", "mitgeteilt", "bekanntgegeben", "worden", "gewesen"},
			[]string{"sagte", "sagen", "Bericht", ""}},
		{"IsVerb", tb.IsVerb,
			[]string{"sagen", "mitzuteilen", "sagend", "hieß"},
			[]string{"Bericht", "der", "Sagen", ""}},
		{"IsNoun", tb.IsNoun,
			[]string{"Bericht", "Berichten", "Angaben", "Ministeriums", "Sagen"},
			[]string{"sagen", "berichten", ""}},
	}
	for _, tt := range tests {
		for _, w := range tt.yes {
			if !tt.f(w) {
				t.Errorf("%s(%q) = false, want true", tt.name, w)
			}
		}
		for _, w := range tt.no {
			if tt.f(w) {
				t.Errorf("%s(%q) = true, want false", tt.name, w)
			}
		}
	}
}

func TestAnalyzeFold(t *testing.T) {
	tb := Default()
	exact, folded := tb.AnalyzeFold("Sagen")
	if len(exact) == 0 || exact[0].POS != Noun {
		t.Errorf("AnalyzeFold(Sagen) exact = %v, want the noun Sage", exact)
	}
	if !slices.Contains(folded, nonFinite("sagen", Infinitive)) {
		t.Errorf("AnalyzeFold(Sagen) folded = %v, want the verb sagen", folded)
	}
	if _, folded := tb.AnalyzeFold("sagen"); folded != nil {
		t.Errorf("AnalyzeFold(sagen) folded = %v, want nil", folded)
	}
	if _, folded := tb.AnalyzeFold("Über"); folded != nil {
		t.Errorf("AnalyzeFold(Über) folded = %v, want nil (not a verb or noun form)", folded)
	}
	if exact, folded := tb.AnalyzeFold(""); exact != nil || folded != nil {
		t.Errorf("AnalyzeFold(\"\") = %v, %v", exact, folded)
	}
}

// TestFormsSeparable checks what a cue lexicon needs from a separable verb.
func TestFormsSeparable(t *testing.T) {
	forms := Default().Forms("mitteilen")
	for _, want := range []Form{
		{"teilte", finite("mitteilen", "mit", Preterite, Indicative, 3, Singular)},
		{"teilt", finite("mitteilen", "mit", Present, Indicative, 3, Singular)},
		{"mitteilte", finite("mitteilen", "", Preterite, Indicative, 3, Singular)},
		{"mitteilt", finite("mitteilen", "", Present, Indicative, 3, Singular)},
		{"teile", finite("mitteilen", "mit", Present, Subjunctive1, 3, Singular)},
		{"mitgeteilt", nonFinite("mitteilen", Participle)},
		{"mitzuteilen", nonFinite("mitteilen", ZuInfinitive)},
		{"mitteilen", nonFinite("mitteilen", Infinitive)},
	} {
		if !slices.Contains(forms, want) {
			t.Errorf("Forms(mitteilen) lacks %s %v", want.Word, want.Analysis)
		}
	}
	for _, f := range forms {
		if f.Lemma != "mitteilen" {
			t.Errorf("Forms(mitteilen) has %s with lemma %q", f.Word, f.Lemma)
		}
	}
	if got := Default().Forms("Angabe"); len(got) != 8 {
		t.Errorf("Forms(Angabe) has %d forms, want 8 (4 cases × 2 numbers): %v", len(got), got)
	}
	if got := Default().Forms("keinverb"); got != nil {
		t.Errorf("Forms(keinverb) = %v, want nil", got)
	}
}

// TestTableRoundTrip walks the whole table both ways: every form has
// analyses, every analysis of every form is among the forms of its lemma,
// and every form of every lemma is found again by Analyze.
func TestTableRoundTrip(t *testing.T) {
	tb, err := Decode([]byte(tableData))
	if err != nil {
		t.Fatal(err)
	}
	type pair struct {
		word string
		a    Analysis
	}
	seen := make(map[pair]bool, tb.Analyses())
	for i := 0; i < tb.Len(); i++ {
		w := tb.Word(i)
		as := tb.Analyze(w)
		if len(as) == 0 {
			t.Fatalf("form %d %q has no analyses", i, w)
		}
		for _, a := range as {
			if a.Lemma == "" || a.POS == NoPOS {
				t.Fatalf("%q: bad analysis %+v", w, a)
			}
			seen[pair{w, a}] = true
		}
	}
	if len(seen) != tb.Analyses() {
		t.Errorf("%d distinct (form, analysis) pairs, table says %d", len(seen), tb.Analyses())
	}
	n := 0
	for l := 0; l < tb.Lemmas(); l++ {
		lemma := tb.lemma(l)
		for _, f := range tb.Forms(lemma) {
			if !seen[pair{f.Word, f.Analysis}] {
				t.Fatalf("Forms(%q) has %s %v, which Analyze(%q) lacks", lemma, f.Word, f.Analysis, f.Word)
			}
			n++
		}
	}
	if n != tb.Analyses() {
		t.Errorf("Forms over all lemmas gives %d analyses, table has %d", n, tb.Analyses())
	}
	t.Logf("%d forms, %d lemmas, %d analyses, %d bytes; %s", tb.Len(), tb.Lemmas(), tb.Analyses(), len(tableData), tb.Source())
}

func TestDecodeErrors(t *testing.T) {
	for _, data := range [][]byte{
		nil,
		[]byte("not a table"),
		[]byte(Magic),
		[]byte(tableData[:len(tableData)/2]),
		append([]byte(tableData), 0),
		[]byte(tableData[:len(tableData)-4]),
		[]byte("QMORPH1\n" + tableData[len(Magic):]),
	} {
		if _, err := Decode(data); !errors.Is(err, errCorrupt) {
			t.Errorf("Decode(%d bytes) error = %v, want a corrupt-table error", len(data), err)
		}
	}
}

// FuzzAnalyze: lookups never panic and the predicates agree with the
// analyses.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"sagen", "Sagen", "teilte", "sei", "Ministeriums", "", "ß", "\xff", "Über"} {
		f.Add(s)
	}
	tb := Default()
	f.Fuzz(func(t *testing.T, w string) {
		as := tb.Analyze(w)
		var verb, noun, finite, part bool
		for _, a := range as {
			if a.Lemma == "" {
				t.Fatalf("%q: empty lemma", w)
			}
			verb = verb || a.POS == Verb
			noun = noun || a.POS == Noun
			finite = finite || a.Form == Finite
			part = part || a.Form == Participle
		}
		if tb.IsVerb(w) != verb || tb.IsNoun(w) != noun || tb.IsFiniteVerb(w) != finite || tb.IsParticiple(w) != part {
			t.Fatalf("%q: predicates disagree with %v", w, as)
		}
		if tb.IsSubjunctive1(w) && !finite {
			t.Fatalf("%q: Konjunktiv I but not finite", w)
		}
		exact, _ := tb.AnalyzeFold(w)
		if !slices.Equal(exact, as) {
			t.Fatalf("%q: AnalyzeFold exact differs from Analyze", w)
		}
	})
}

// FuzzDecode: a damaged table gives an error, never a panic, and a table
// that Decode accepts answers every lookup. The fuzzer's data gets its
// checksum set (withCRC), so that it reaches the checks behind it.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(Magic))
	f.Add(smallTable(f))
	f.Add([]byte(tableData[:4096]))
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := Decode(withCRC(data))
		if err != nil {
			return
		}
		useAll(tb)
	})
}

// withCRC returns data with the checksum in its header set to that of its
// body.
func withCRC(data []byte) []byte {
	if len(data) < headerSize {
		return data
	}
	data = bytes.Clone(data)
	binary.LittleEndian.PutUint32(data[len(Magic):], crc32.Checksum(data[headerSize:], crc32.MakeTable(crc32.Castagnoli)))
	return data
}

// useAll looks up every form and the forms of every lemma.
func useAll(tb *Table) { useEvery(tb, 1) }

// useEvery looks up every step-th form and the forms of every step-th
// lemma.
func useEvery(tb *Table, step int) {
	for i := 0; i < tb.Len(); i += step {
		w := tb.Word(i)
		tb.Analyze(w)
		tb.IsSubjunctive1(w)
	}
	for l := 0; l < tb.Lemmas(); l += step {
		tb.Forms(tb.lemma(l))
	}
}

// smallContent is a table of three forms of two lemmas.
func smallContent() *Content {
	return &Content{
		Source: "test",
		Tuples: []Tuple{
			{POS: Verb, Form: Finite, Tense: Present, Mood: Indicative, Person: 3, Number: Singular},
			{POS: Verb, Form: Finite, Tense: Present, Mood: Indicative, Person: 3, Number: Singular, HasParticle: true},
			{POS: Verb, Form: Finite, Tense: Present, Mood: Subjunctive1, Person: 3, Number: Singular},
			{POS: Noun, Number: Singular, Gender: Masc, Case: Nom},
		},
		Sets:   [][]uint16{{0}, {1}, {2}, {3}},
		Lemmas: []Lemma{{Lemma: "Sager"}, {Lemma: "ansagen", Particle: "an"}, {Lemma: "sagen"}},
		Forms: []FormGroups{
			{Word: "Sager", Groups: []Group{{Lemma: 0, Set: 3}}},
			{Word: "sage", Groups: []Group{{Lemma: 2, Set: 2}}},
			{Word: "sagt", Groups: []Group{{Lemma: 1, Set: 1}, {Lemma: 2, Set: 0}}},
		},
	}
}

func smallTable(tb testing.TB) []byte {
	data, err := Encode(smallContent())
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// TestEncodeSmall: a table made with Encode answers what it was given.
func TestEncodeSmall(t *testing.T) {
	tb, err := Decode(smallTable(t))
	if err != nil {
		t.Fatal(err)
	}
	if tb.Len() != 3 || tb.Lemmas() != 3 || tb.Analyses() != 4 || tb.Source() != "test" {
		t.Fatalf("Len %d, Lemmas %d, Analyses %d, Source %q", tb.Len(), tb.Lemmas(), tb.Analyses(), tb.Source())
	}
	want := []Analysis{finite("ansagen", "an", Present, Indicative, 3, Singular), finite("sagen", "", Present, Indicative, 3, Singular)}
	if got := tb.Analyze("sagt"); !slices.Equal(got, want) {
		t.Errorf("Analyze(sagt) = %v, want %v", got, want)
	}
	if !tb.IsSubjunctive1("sage") || tb.IsSubjunctive1("sagt") || !tb.IsNoun("Sager") || tb.IsVerb("Sager") || tb.Analyze("sag") != nil {
		t.Error("predicates wrong")
	}
	if got := tb.Forms("sagen"); len(got) != 2 || got[0].Word != "sage" || got[1].Word != "sagt" {
		t.Errorf("Forms(sagen) = %v", got)
	}
}

// TestEncodeChecks: Encode refuses content the format cannot hold or
// that refers outside itself.
func TestEncodeChecks(t *testing.T) {
	for name, change := range map[string]func(c *Content){
		"forms out of order":  func(c *Content) { c.Forms[1], c.Forms[2] = c.Forms[2], c.Forms[1] },
		"lemmas out of order": func(c *Content) { c.Lemmas[0], c.Lemmas[1] = c.Lemmas[1], c.Lemmas[0] },
		"bad lemma":           func(c *Content) { c.Forms[0].Groups[0].Lemma = 3 },
		"bad set":             func(c *Content) { c.Forms[0].Groups[0].Set = 4 },
		"bad tuple":           func(c *Content) { c.Sets[0][0] = 4 },
		"too many analyses": func(c *Content) {
			c.Sets[0] = make([]uint16, 256)
		},
	} {
		c := smallContent()
		change(c)
		if _, err := Encode(c); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestDecodeDamaged damages each section of the small and the embedded
// table (with the checksum set): Decode gives an error or a table that
// answers every lookup (of the small table; every 101st of the large one).
func TestDecodeDamaged(t *testing.T) {
	for step, data := range [][]byte{smallTable(t), []byte(tableData)} {
		step = 1 + 100*step
		tb, err := Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		sizes, _ := tb.hdr.sections()
		p := uint64(headerSize)
		for _, n := range sizes {
			ats, vs := []uint64{p, p + n/2, p + n - 1}, []byte{0, 0x7f, 0xff}
			if step > 1 { // the large table: fewer decodes
				ats, vs = ats[1:2], vs[2:]
			}
			for _, at := range ats {
				if n == 0 || at >= uint64(len(data)) {
					continue
				}
				for _, v := range vs {
					d := bytes.Clone(data)
					d[at] = v
					if tb, err := Decode(withCRC(d)); err == nil {
						useEvery(tb, step)
					}
				}
			}
			p = pad4(p + n)
		}
		// every header field
		for k := 3; k < 16; k++ {
			for _, v := range []uint32{0, 1, 1 << 31, 1<<32 - 1}[:min(4, 4/step+1)] {
				d := bytes.Clone(data)
				binary.LittleEndian.PutUint32(d[len(Magic)+4*k:], v)
				if tb, err := Decode(withCRC(d)); err == nil {
					useEvery(tb, step)
				}
			}
		}
		d := bytes.Clone(data)
		d[len(d)-1] ^= 1
		if _, err := Decode(d); !errors.Is(err, errCorrupt) {
			t.Errorf("a changed byte without a new checksum: error = %v", err)
		}
	}
}

// TestEmbeddedTable checks the embedded table whole (Default only opens
// it) and its checksum.
func TestEmbeddedTable(t *testing.T) {
	if _, err := Decode([]byte(tableData)); err != nil {
		t.Fatal(err)
	}
	if got, want := crc32.Checksum([]byte(tableData[headerSize:]), crc32.MakeTable(crc32.Castagnoli)), Default().hdr.crc; got != want {
		t.Fatalf("checksum %08x, header says %08x", got, want)
	}
}

// TestViewCopy opens the table from bytes that are not 4-byte aligned, so
// that view copy: every form and lemma must read the same.
func TestViewCopy(t *testing.T) {
	s := (" " + tableData)[1:]
	if uintptr(unsafe.Pointer(unsafe.StringData(s)))%4 == 0 {
		s = ("  " + tableData)[2:]
	}
	tb, err := open(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.slots) > 0 && &tb.slots[0] == &Default().slots[0] {
		t.Fatal("not a copy")
	}
	def := Default()
	for i := 0; i < tb.Len(); i++ {
		w := tb.Word(i)
		if w != def.Word(i) || !slices.Equal(tb.Analyze(w), def.Analyze(w)) || tb.flags[i] != def.flags[i] {
			t.Fatalf("form %d (%q) differs", i, w)
		}
	}
	for l := 0; l < tb.Lemmas(); l += 7 {
		if !slices.Equal(tb.Forms(tb.lemma(l)), def.Forms(def.lemma(l))) {
			t.Fatalf("lemma %d differs", l)
		}
	}
}

// TestProbeLength bounds the longest probe of the hash: the seed is fixed
// (the file is regenerated identically), so a lookup of any word, in the
// table or not, reads at most the longest run of full slots.
func TestProbeLength(t *testing.T) {
	tb := Default()
	longest := longestRun(tb.slots)
	if longest > 64 {
		t.Errorf("longest run of full slots: %d", longest)
	}
	t.Logf("longest run of full slots: %d of %d slots, %d forms", longest, len(tb.slots), tb.Len())
}

// TestConcurrentFirstLookups has goroutines look up the same fresh forms
// at once, so the lazy filling of analyses runs concurrently (run with
// -race); all must see the same analyses.
func TestConcurrentFirstLookups(t *testing.T) {
	tb, err := Decode([]byte(tableData))
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"teilte", "sei", "Angaben", "mitgeteilt", "sagen", "hieß", "Ministeriums", "gab", "musste"}
	const g = 8
	results := make([][][]Analysis, g)
	done := make(chan int)
	for k := 0; k < g; k++ {
		go func(k int) {
			for i := range words {
				w := words[(i+k)%len(words)]
				results[k] = append(results[k], tb.Analyze(w))
				_ = tb.Forms("mitteilen")
			}
			done <- k
		}(k)
	}
	for k := 0; k < g; k++ {
		<-done
	}
	for k := 1; k < g; k++ {
		for i := range words {
			a := results[k][(i-k%len(words)+len(words))%len(words)]
			b := results[0][i]
			if !slices.Equal(a, b) {
				t.Fatalf("goroutine %d saw different analyses of %q", k, words[i])
			}
		}
	}
}

// TestFormsIndex checks the lemma index against the analyses: Forms of
// every lemma is exactly the forms whose analyses carry that lemma, in
// table order (forms in byte order, each form's analyses in order).
func TestFormsIndex(t *testing.T) {
	tb := Default()
	want := map[string][]Form{}
	for f := range tb.Len() {
		for _, a := range tb.Analyze(tb.Word(f)) {
			want[a.Lemma] = append(want[a.Lemma], Form{Word: tb.Word(f), Analysis: a})
		}
	}
	for i := range tb.Lemmas() {
		l := tb.lemma(i)
		if got := tb.Forms(l); !slices.Equal(got, want[l]) {
			t.Fatalf("Forms(%q) = %v, want %v", l, got, want[l])
		}
	}
	if len(want) != tb.Lemmas() {
		t.Errorf("%d lemmas have analyses, the table has %d", len(want), tb.Lemmas())
	}
}

// TestAppendParticles: AppendParticles gives the distinct particles of
// Analyze's readings, in their order, for every form of the table (and
// keeps what dst held, even the same particle).
func TestAppendParticles(t *testing.T) {
	tb := Default()
	n := 0
	for f := range tb.Len() {
		w := tb.Word(f)
		var want []string
		for _, a := range tb.Analyze(w) {
			if a.Particle != "" && !slices.Contains(want, a.Particle) {
				want = append(want, a.Particle)
			}
		}
		got := tb.AppendParticles([]string{"x", "an"}, w)
		if !slices.Equal(got[2:], want) || got[0] != "x" || got[1] != "an" {
			t.Fatalf("AppendParticles(%q) = %q, want %q", w, got[2:], want)
		}
		n += len(want)
	}
	if n == 0 {
		t.Error("no particles")
	}
	if got := tb.AppendParticles(nil, "keinwortxyz"); got != nil {
		t.Errorf("unknown word: %q", got)
	}
}
