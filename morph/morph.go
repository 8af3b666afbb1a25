package morph

// POS is a word class. The zero value means unknown.
type POS uint8

// Word classes of the table.
const (
	NoPOS POS = iota
	Verb
	Noun
)

// VerbForm says which part of a verb's paradigm a form is. The zero value
// is used for nouns.
type VerbForm uint8

// Verb forms.
const (
	NoVerbForm        VerbForm = iota
	Finite                     // person and number ("sagt", "teilte", "mitteilte")
	Infinitive                 // "sagen", "mitteilen"
	ZuInfinitive               // "mitzuteilen" (only separable verbs write it as one word)
	Participle                 // Partizip II: "gesagt", "mitgeteilt"
	PresentParticiple          // Partizip I: "sagend"
	Imperative                 // "sag(e)", "sagt"
)

// Tense of a finite form. The zero value is used for non-finite forms.
type Tense uint8

// Tenses.
const (
	NoTense Tense = iota
	Present
	Preterite
)

// Mood of a finite form. Konjunktiv I is built on the present stem
// (Tense Present), Konjunktiv II on the preterite stem (Tense Preterite).
// The zero value is used for non-finite forms and imperatives.
type Mood uint8

// Moods.
const (
	NoMood       Mood = iota
	Indicative        // "sagt", "sagte"
	Subjunctive1      // Konjunktiv I: "sage", "sei", "könne"
	Subjunctive2      // Konjunktiv II: "sagte", "wäre", "könnte"
)

// Number of a finite verb form, an imperative or a noun form.
type Number uint8

// Numbers.
const (
	NoNumber Number = iota
	Singular
	Plural
)

// Gender of a noun (as the data records it, one per lemma).
type Gender uint8

// Genders.
const (
	NoGender Gender = iota
	Masc
	Fem
	Neut
)

// Case of a noun form.
type Case uint8

// Cases.
const (
	NoCase Case = iota
	Nom
	Gen
	Dat
	Acc
)

// Analysis is one reading of a word form. A form with several readings
// ("sagen": infinitive, 1st/3rd person plural indicative and Konjunktiv I)
// has one Analysis per reading.
type Analysis struct {
	Lemma string // citation form: "mitteilen", "Angabe"
	// Particle is the separable particle when the form is the bare stem of
	// a separable verb as it stands in a main clause: "teilte" → Lemma
	// "mitteilen", Particle "mit". The verb-final form "mitteilte" has no
	// Particle.
	Particle string
	POS      POS
	Form     VerbForm // verbs
	Tense    Tense    // finite verb forms
	Mood     Mood     // finite verb forms
	Person   uint8    // 1..3 for finite forms, 2 for imperatives, else 0
	Number   Number   // finite verb forms, imperatives, nouns
	Gender   Gender   // nouns
	Case     Case     // nouns
}

// Form is a word form with one of its analyses.
type Form struct {
	Word string
	Analysis
}

var (
	posNames    = [...]string{"?", "verb", "noun"}
	formNames   = [...]string{"", "finite", "infinitive", "zu-infinitive", "participle", "present-participle", "imperative"}
	tenseNames  = [...]string{"", "present", "preterite"}
	moodNames   = [...]string{"", "indicative", "subjunctive1", "subjunctive2"}
	numberNames = [...]string{"", "singular", "plural"}
	genderNames = [...]string{"", "masc", "fem", "neut"}
	caseNames   = [...]string{"", "nom", "gen", "dat", "acc"}
)

func name(names []string, i uint8) string {
	if int(i) < len(names) {
		return names[i]
	}
	return "?"
}

func (p POS) String() string      { return name(posNames[:], uint8(p)) }
func (f VerbForm) String() string { return name(formNames[:], uint8(f)) }
func (t Tense) String() string    { return name(tenseNames[:], uint8(t)) }
func (m Mood) String() string     { return name(moodNames[:], uint8(m)) }
func (n Number) String() string   { return name(numberNames[:], uint8(n)) }
func (g Gender) String() string   { return name(genderNames[:], uint8(g)) }
func (c Case) String() string     { return name(caseNames[:], uint8(c)) }

// String renders the analysis compactly, e.g.
// "mitteilen+mit verb finite preterite indicative 3 singular" or
// "Angabe noun plural fem dat".
func (a Analysis) String() string {
	s := a.Lemma
	if a.Particle != "" {
		s += "+" + a.Particle
	}
	s += " " + a.POS.String()
	for _, f := range [...]string{a.Form.String(), a.Tense.String(), a.Mood.String()} {
		if f != "" {
			s += " " + f
		}
	}
	if a.Person != 0 {
		s += " " + string(rune('0'+a.Person))
	}
	for _, f := range [...]string{a.Number.String(), a.Gender.String(), a.Case.String()} {
		if f != "" {
			s += " " + f
		}
	}
	return s
}
