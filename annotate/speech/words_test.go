package speech

import (
	"fmt"
	"strings"
	"testing"
)

// TestWordCache: what the cache returns for a word is what the grammar
// says of it, for short and long words, capitalised and not, before and
// after the table grows and after it starts afresh.
func TestWordCache(t *testing.T) {
	_, st := fixture(t)
	g := st.g
	words := []string{"sagte", "Sagte", "der", "Der", "nach", "Nach", "mitteilte", "mitteiltX", "Mitteilung",
		"äußerte", "Äußerung", "sei", "ich", "a", "Bundesverwaltungsgericht", "Bundesverfassungsgericht",
		"zwölfeinhalb", strings.Repeat("x", maxCachedWord), strings.Repeat("y", maxCachedWord+1),
		"https://example.org/a/very/long/path/that/is/longer/than/the/cache/allows/for/one/word"}
	var c wordCache
	check := func(w string, s *wordSlot) {
		t.Helper()
		if len(w) > 8 && len(w) <= maxCachedWord {
			if got, want := c.tail8(s), load8(w[8:]); got != want {
				t.Errorf("%q: tail8 %x, want %x", w, got, want)
			}
		}
		if len(w) <= maxCachedWord && s.hash != uint32(wordHash(g.hashSeed, load8(w), w)) {
			t.Errorf("%q: hash %x, want the low bits of %x", w, s.hash, wordHash(g.hashSeed, load8(w), w))
		}
		in := g.info[w]
		var want wordSlot
		if in != nil {
			want.info, want.flags = in.id+1, in.flags
		}
		if s.info != want.info || s.flags != want.flags {
			t.Errorf("%q: info %d flags %x, want %d %x", w, s.info, s.flags, want.info, want.flags)
		}
		if got, up := s.bits&slotUpper != 0, isUpperStart(w); got != up {
			t.Errorf("%q: upper %v, want %v", w, got, up)
		}
		if got, trig := s.bits&slotTrigger != 0, in != nil && in.trigger; got != trig {
			t.Errorf("%q: trigger %v, want %v", w, got, trig)
		}
		if got, closed := s.bits&slotClosed != 0, want.flags&closedClasses != 0; got != closed {
			t.Errorf("%q: closed %v, want %v", w, got, closed)
		}
		wantVerb := g.verbFlags(w, isUpperStart(w))
		if v := (&wordCache{}).verbOf(g, s, w); v != wantVerb {
			t.Errorf("%q: verb %x, want %x", w, v, wantVerb)
		}
	}
	for round := 0; round < 2; round++ {
		for _, w := range words {
			check(w, lookupWord(&c, g, w))
		}
		// fill the cache past its limit: it grows, then starts afresh;
		// a word found again is the word looked up („wort10001“ and
		// „wort10002“ share their first eight bytes)
		for k := range wordCacheMax {
			w := fmt.Sprintf("wort%d", k)
			lookupWord(&c, g, w)
			if v := fmt.Sprintf("wort%d", k/2); keyOf(&c, lookupWord(&c, g, v)) != v {
				t.Fatalf("looked up %q, found %q", v, keyOf(&c, lookupWord(&c, g, v)))
			}
		}
		if len(c.slots) != wordCacheMax || c.n > wordCacheMax/2 {
			t.Fatalf("after %d words: %d slots, %d words", wordCacheMax, len(c.slots), c.n)
		}
	}
}

// keyOf returns the word of slot s.
func keyOf(c *wordCache, s *wordSlot) string {
	var b []byte
	for k := 0; k < 8 && k < int(s.len); k++ {
		b = append(b, byte(s.head>>(8*k)))
	}
	if s.len > 8 {
		b = append(b, c.arena[s.off:s.off+uint32(s.len)-8]...)
	}
	return string(b)
}

// lookupWord is wordCache.lookup with the word's key computed.
func lookupWord(c *wordCache, g *grammar, w string) *wordSlot {
	head, h := wordKey(g.hashSeed, w)
	return c.lookup(g, w, head, h)
}

// TestFilters: the info filter passes every word of the lexicon index,
// the verb filter every verb form of morph.
func TestFilters(t *testing.T) {
	_, st := fixture(t)
	g := st.g
	for w := range g.info {
		if _, h := wordKey(g.hashSeed, w); !g.maybeInfo(h) {
			t.Errorf("%q: the info filter rules it out", w)
		}
	}
	n := 0
	for i := range g.t.Len() {
		if w := g.t.Word(i); g.t.IsVerb(w) {
			n++
			if !g.maybeVerb(w) {
				t.Errorf("%q: the verb filter rules it out", w)
			}
		}
	}
	if n < 10000 {
		t.Errorf("%d verb forms in morph", n)
	}
}

// TestFacts: run.fact answers what morph says, the first time and from
// the cache.
func TestFacts(t *testing.T) {
	tok, st := fixture(t)
	text := "Er versprach, mitzuteilen und voranzutreiben, was Heute und heute Morgen zu sagen ist. Gestern Abend Deshalb Zuzugeben"
	toks, sents := tok.Tokenize(text)
	r := newRun(st, newDoc(text, toks, sents))
	defer r.release()
	zu, lower := 0, 0
	for round := 0; round < 2; round++ {
		for j := range toks {
			w := r.w(j)
			if got, want := r.fact(j, factZuInf), st.g.zuInfinitive(w); got != want {
				t.Errorf("%q: zu-infinitive %v, want %v", w, got, want)
			} else if got {
				zu++
			}
			if got, want := r.fact(j, factLowerOnly), st.g.lowerOnly(w); got != want {
				t.Errorf("%q: lower only %v, want %v", w, got, want)
			} else if got {
				lower++
			}
		}
	}
	if zu == 0 || lower == 0 {
		t.Errorf("%d zu-infinitives, %d lower-only words: the text should have both", zu, lower)
	}
}

// TestTailHash: tailHash mixes the last chunk of a word as load8 reads
// it, for every length from 9 to 40 bytes.
func TestTailHash(t *testing.T) {
	const text = "Bundesverfassungsgericht-Äußerungsmöglichkeiten"
	for n := 9; n <= 40; n++ {
		w := text[:n]
		h := uint64(12345)
		k := 8
		for ; k+8 <= n; k += 8 {
			h = mix(h^hashM1, load8(w[k:k+8])^hashM2)
		}
		if k < n {
			h = mix(h^hashM1, load8(w[k:])^hashM2)
		}
		if got := tailHash(12345, w); got != h {
			t.Errorf("tailHash(%q) = %x, want %x", w, got, h)
		}
	}
}

// load8 returns the first eight bytes of w, little-endian, zero-padded
// (without a loop: overlapping loads of the first and last bytes).
func load8(w string) uint64 {
	switch n := len(w); {
	case n >= 8:
		return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	case n >= 4:
		lo := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
		hi := uint64(w[n-4]) | uint64(w[n-3])<<8 | uint64(w[n-2])<<16 | uint64(w[n-1])<<24
		return lo | hi<<(8*(n-4))
	case n > 0:
		return uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	return 0
}

// wordHash hashes w (whose first eight bytes are head) with seed: a
// multiply-mix of its 8-byte chunks and its length (the wyhash scheme,
// cheaper than hash/maphash for short words).
func wordHash(seed, head uint64, w string) uint64 {
	h := mix(head^hashM1, seed^uint64(len(w)))
	if len(w) > 8 {
		h = tailHash(h, w)
	}
	return h
}
