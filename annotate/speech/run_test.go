package speech

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLower: run.lower (with its ASCII shortcut) answers as the plain
// definition — equal, or equal with the first letter lower-cased — for
// every pair of a set of words and targets, targets in lower and upper
// case („Ergebnis“ in „zu dem Ergebnis kommen“).
func TestLower(t *testing.T) {
	tok, st := fixture(t)
	text := "nach Nach NACH nacht Ärger ärger Über über Ergebnis ergebnis É é ß x X @ ` [ { sagte Sagte"
	toks, sents := tok.Tokenize(text)
	r := newRun(st, newDoc(text, toks, sents))
	defer r.release()
	targets := append(strings.Fields(text), "", "nacH", "ärgeR")
	want := func(w, s string) bool {
		if w == s {
			return true
		}
		if len(w) != len(s) || len(w) == 0 {
			return false
		}
		c, n := utf8.DecodeRuneInString(w)
		d, m := utf8.DecodeRuneInString(s)
		return n == m && unicode.ToLower(c) == d && w[n:] == s[m:]
	}
	for i := range toks {
		for _, s := range targets {
			if got, w := r.lower(i, s), want(r.w(i), s); got != w {
				t.Errorf("lower(%q, %q) = %v, want %v", r.w(i), s, got, w)
			}
		}
	}
	if r.lower(-1, "nach") || r.lower(len(toks), "nach") {
		t.Error("lower outside the tokens")
	}
}
