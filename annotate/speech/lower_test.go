package speech

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// lowerCases are words whose lower case strings.ToLower gives in ways a
// hand-written loop can miss: ASCII, umlauts, ẞ (three bytes, ß two),
// İ and the Kelvin sign (the lower case is longer or shorter), Ⱥ (two
// bytes, three in lower case), invalid UTF-8 (U+FFFD), U+FFFD itself,
// and words longer than the 64-byte stack buffers.
var lowerCases = []string{"", "a", "Polizeisprecher", "ÖSTERREICH", "Äußerung", "STRAẞE", "İstanbul", "\u212aelvin",
	"\u023aB", "a\xffb", "\xc3", "x\ufffdy", "UN-Schätzungen", "Sprecherin", strings.Repeat("Ä", 40), strings.Repeat("Ⱥ", 30) + "sprecher"}

// TestAppendLower: appendLower writes what strings.ToLower returns.
func TestAppendLower(t *testing.T) {
	for _, w := range lowerCases {
		var buf [64]byte
		if got, want := string(appendLower(buf[:0], w)), strings.ToLower(w); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
		if got, want := string(appendLower([]byte("Ab"), w)), "Ab"+strings.ToLower(w); got != want {
			t.Errorf("appendLower(\"Ab\", %q) = %q, want %q", w, got, want)
		}
	}
}

// roleRef is role without the filter of the last three bytes: a listed
// role, or the longest listed role that ends the word (at least three
// bytes, from a rune boundary).
func roleRef(x *lex, lower string) roleKind {
	if k, ok := x.roles[lower]; ok {
		return k
	}
	for i := 1; i < len(lower)-2; i++ {
		if !utf8.RuneStart(lower[i]) || len(lower)-i > x.maxRole {
			continue
		}
		if k, ok := x.roles[lower[i:]]; ok && k != roleNone {
			return k
		}
	}
	return 0
}

// TestRoleOf: roleOf(w) and role(strings.ToLower(w)) are roleRef, for every listed
// role written with a capital and in capitals, as a compound and for the
// cases above; hasSuffix is strings.HasSuffix.
func TestRoleOf(t *testing.T) {
	_, st := fixture(t)
	x := st.lex
	words := append([]string{}, lowerCases...)
	n := 0
	for w := range x.roles {
		words = append(words, w, upperFirst(w), strings.ToUpper(w), "Landes"+w, "Polizei"+w+"s", "Ex"+w[1:], w+"x")
		if n++; n > 2000 {
			break
		}
	}
	for _, w := range words {
		if got, want := x.roleOf(w), roleRef(x, strings.ToLower(w)); got != want {
			t.Errorf("roleOf(%q) = %v, want %v", w, got, want)
		}
		if got, want := x.role(strings.ToLower(w)), roleRef(x, strings.ToLower(w)); got != want {
			t.Errorf("role(%q) = %v, want %v", strings.ToLower(w), got, want)
		}
		for _, s := range []string{"", "s", "sprecher", w} {
			if got, want := hasSuffix(w, s), strings.HasSuffix(w, s); got != want {
				t.Errorf("hasSuffix(%q, %q) = %v, want %v", w, s, got, want)
			}
		}
	}
}

// TestMaybeLower: maybeLower holds wherever lower does, for words with an
// ASCII lower-case first letter, at every token of a text with both
// spellings, capitals, look-alikes and letters outside ASCII.
func TestMaybeLower(t *testing.T) {
	text := "man Man MAN mAn män Män \u212aan İch ich Ich ICH als Als ALS sei Sei um Um ohne Ohne statt Statt anstatt Anstatt " +
		"von Von vom Vom seitens Seitens unter Unter zum Zum vor Vor allen Allen Ärger ärger \xffan 1an _an @an an. Man. " +
		"Was was Wo wo In in Im im Wie wie Dass dass Ob ob OB İn İm Ǐn Wö. " +
		"Angaben angaben ANGABEN über Über ÜBER Wert wert -an 1an Äuch äuch ÄUCH."
	tok, st := fixture(t)
	toks, sents := tok.Tokenize(text)
	r := st.annotate(newDoc(text, toks, sents))
	words := []string{"man", "ich", "als", "sei", "um", "ohne", "statt", "anstatt", "von", "vom", "seitens", "unter", "zum", "vor", "allen", "an", "kan", "ärger",
		"was", "wo", "in", "im", "wie", "dass", "ob", "Angaben", "angaben", "über", "Über", "Wert", "wert", "-an", "1an", "äuch", ""}
	hits := 0
	for j := -1; j <= len(toks); j++ {
		for _, s := range words {
			if r.lower(j, s) {
				hits++
				if !r.maybeLower(j, s) {
					t.Errorf("lower(%q, %q) but not maybeLower", r.w(j), s)
				}
			}
		}
	}
	if hits < 40 {
		t.Errorf("lower matched %d times, want the text's 40 or more spellings", hits)
	}
}
