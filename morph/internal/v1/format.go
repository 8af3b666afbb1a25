package v1

// The table file (data/table.bin) is written by internal/gen and read by
// decode. All integers are unsigned varints (encoding/binary); strings are
// a varint length followed by UTF-8 bytes.
//
//	magic   "QMORPH1\n"
//	source  string: where the data comes from (package names and versions)
//	size    total bytes of all lemmas
//	tuples  count, then per tuple 9 bytes: POS Form Tense Mood Person
//	        Number Gender Case HasParticle (the feature values of one Analysis)
//	sets    count, then per set: length, tuple indices (the readings one
//	        form has for one lemma, e.g. nom/gen/dat/acc singular)
//	lemmas  count, then per lemma in byte order: bytes shared with the
//	        previous lemma, suffix string, particle string ("" if none)
//	forms   count, total bytes of all forms, number of analyses in all, then
//	        per form in byte order:
//	        bytes shared with the previous form, suffix string, number of
//	        lemmas, then per lemma: lemma index, set index
//
// Lemmas and forms are front-coded. Analyses of a form are stored lemma by
// lemma in lemma order, and within a set in tuple order, so regenerating
// from the same input gives identical bytes.

// Magic starts every table file.
const Magic = "QMORPH1\n"

// Tuple is the feature part of an Analysis as stored in the table; it is
// exported for the generator (internal/gen).
type Tuple struct {
	POS         POS
	Form        VerbForm
	Tense       Tense
	Mood        Mood
	Person      uint8
	Number      Number
	Gender      Gender
	Case        Case
	HasParticle bool // the Analysis carries its lemma's separable particle
}

// TupleSize is the number of bytes a Tuple takes in the table file.
const TupleSize = 9

// Bytes encodes the tuple for the table file.
func (t Tuple) Bytes() [TupleSize]byte {
	var p byte
	if t.HasParticle {
		p = 1
	}
	return [TupleSize]byte{byte(t.POS), byte(t.Form), byte(t.Tense), byte(t.Mood), t.Person, byte(t.Number), byte(t.Gender), byte(t.Case), p}
}

func tupleFrom(b []byte) Tuple {
	return Tuple{POS(b[0]), VerbForm(b[1]), Tense(b[2]), Mood(b[3]), b[4], Number(b[5]), Gender(b[6]), Case(b[7]), b[8] != 0}
}
