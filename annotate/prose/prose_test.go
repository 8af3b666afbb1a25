package prose

import "testing"

// TestProseAligned checks that the prose baseline yields tokens and
// sentences with exact offsets (every token text found at its offset, in
// order, sentences covering the tokens), so the same downstream code can
// run on it.
func TestProseAligned(t *testing.T) {
	text := "Der Ex-Nato-Generalsekretär sagte am 31. Oktober: „Es waren 12.000.“ Dann ging er.\n\nNeuer Absatz."
	toks, sents := New().Tokenize(text)
	if len(toks) < 10 || len(sents) < 2 {
		t.Fatalf("prose gave %d tokens, %d sentences", len(toks), len(sents))
	}
	pos := 0
	for i, tk := range toks {
		if tk.Start < pos || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d [%d,%d) out of order", i, tk.Start, tk.End)
		}
		pos = tk.End
	}
	next := 0
	for _, s := range sents {
		if s.First != next || s.Start != toks[s.First].Start || s.End != toks[s.Last-1].End {
			t.Fatalf("sentence %+v does not continue at token %d", s, next)
		}
		next = s.Last
	}
	if next != len(toks) {
		t.Errorf("sentences cover %d of %d tokens", next, len(toks))
	}
}
