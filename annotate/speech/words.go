package speech

import (
	"encoding/binary"
	"math/bits"
	"slices"
)

// wordCache remembers, for each distinct word the stage has seen, what
// newRun needs of it: its lexicon entry and closed classes, and its verb
// classes (from morph, asked the first time the word may be a verb: the
// stage's start-up asks nothing of the ~8,000 words of the lexicon index,
// most of which a corpus never holds). A word is looked up in
// the grammar once rather than at every occurrence, and a token costs one
// probe of a compact table instead of a filter, a map lookup and a morph
// cache.
//
// It lives in the scratch state, which one goroutine owns at a time and
// which the pool hands from document to document, so it warms up over a
// corpus without locks. Open addressing with linear probing; slots hold no
// pointers (the garbage collector does not scan them) and the first eight
// bytes of their word, so a short word is compared without reading the
// arena that holds the longer ones (no allocation per word once it has
// grown). The table starts small, doubles while it is at most half full
// up to wordCacheMax slots, and starts afresh when that is half full.
type wordCache struct {
	slots []wordSlot
	arena []byte // bytes 8… of the words longer than eight bytes
	n     int
	long  wordSlot // the slot of the last word too long for the cache
}

// wordSlot is one word of the cache.
type wordSlot struct {
	head  uint64 // the first eight bytes of the word, zero-padded
	off   uint32 // bytes 8… of the word are arena[off : off+len-8]
	len   uint8
	role  roleKind // the word's role (lex.roleOf), valid when bits&slotRole != 0
	bits  uint16
	info  int32  // index of the word's entry in grammar.infos plus one, 0: none
	flags wflags // closed classes (wordInfo.flags)
	verb  wflags // verb classes, valid when bits&slotVerb != 0
	hash  uint32 // the low bits of the word's wordHash: its place when the table grows
}

// The slots' hash holds every bit of a place in the table.
const _ = uint32(wordCacheMax - 1)

const (
	slotUsed    uint16 = 1 << iota
	slotUpper          // the word starts with an upper-case letter
	slotClosed         // a closed-class word: no verb classes are added
	slotVerb           // verb is computed
	slotTrigger        // the frames start from the word (wordInfo.trigger)
	// facts about the word from morph the frames ask (run.fact): a
	// fact's bit is valid when the bit above it is set
	factZuInf          // a zu-infinitive (isZuInf)
	factZuInfKnown     //
	factLowerOnly      // known to morph only in lower case (lowerWordAtStart)
	factLowerOnlyKnown //
	factSingular       // a finite verb form morph knows only in the singular (singularVerb)
	factSingularKnown  //
	factGenitive       // a noun that can follow a genitive „der“ (genitiveDer)
	factGenitiveKnown  //
	factCompound       // a compound whose last part is a noun morph knows (compoundNoun)
	factCompoundKnown  //
	slotRole           // role is computed
)

// fact reports fact (factZuInf, factLowerOnly, factSingular,
// factGenitive or factCompound) of word j, asking morph the first time
// the word is asked about (words repeat: a probe of the cache is cheaper
// than a lookup in morph's large table, or several for the parts of a
// compound).
func (r *run) fact(j int, fact uint16) bool {
	w, g := r.w(j), r.s.g
	s := r.slot(w)
	if s.bits&(fact<<1) == 0 {
		var ok bool
		switch fact {
		case factZuInf:
			ok = g.zuInfinitive(w)
		case factLowerOnly:
			ok = g.lowerOnly(w)
		case factSingular:
			ok = g.singularVerb(w)
		case factGenitive:
			ok = g.genitiveDer(w)
		case factCompound:
			ok = r.compoundNoun(w)
		}
		s.bits |= fact << 1
		if ok {
			s.bits |= fact
		}
	}
	return s.bits&fact != 0
}

// slot returns the word cache's slot of word w.
func (r *run) slot(w string) *wordSlot {
	g := r.s.g
	head, h := wordKey(g.hashSeed, w)
	return r.scratch.words.lookup(g, w, head, h)
}

// role returns the role of word j (lex.roleOf: lower-casing and a lookup
// per compound part), computed once per distinct word.
func (r *run) role(j int) roleKind {
	w := r.w(j)
	s := r.slot(w)
	if s.bits&slotRole == 0 {
		s.role = r.s.lex.roleOf(w)
		s.bits |= slotRole
	}
	return s.role
}

// singularAt is singularVerb of word j, genitiveAt genitiveDer and
// compoundAt compoundNoun (run.fact).
func (r *run) singularAt(j int) bool { return r.fact(j, factSingular) }
func (r *run) genitiveAt(j int) bool { return r.fact(j, factGenitive) }
func (r *run) compoundAt(j int) bool { return r.fact(j, factCompound) }

const (
	wordCacheMin = 1 << 12
	wordCacheMax = 1 << 17 // 4 MB of slots
)

// maxCachedWord is the longest word the cache keeps; longer tokens (URLs,
// hashes) are looked up in the grammar every time.
const maxCachedWord = 64

// closedClasses are the classes that keep a word from being read as a verb.
const closedClasses = wArticle | wPossessive | wPrep | wPronoun | wConj | wSubord | wRelative | wWh

// wordKey returns the first eight bytes of w (little-endian,
// zero-padded) and its hash with seed: a multiply-mix of its 8-byte chunks
// and its length (the wyhash scheme, cheaper than hash/maphash for short
// words). It is load8 and wordHash (words_test.go, which checks the two
// agree) written out, as it runs once per word.
func wordKey(seed uint64, w string) (head, h uint64) {
	switch n := len(w); {
	case n >= 8:
		head = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	case n >= 4:
		lo := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
		hi := uint64(w[n-4]) | uint64(w[n-3])<<8 | uint64(w[n-2])<<16 | uint64(w[n-1])<<24
		head = lo | hi<<(8*(n-4))
	case n > 0:
		head = uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	h = mix(head^hashM1, seed^uint64(len(w)))
	if len(w) > 8 {
		h = tailHash(h, w)
	}
	return head, h
}

// lookup returns the slot of word w, adding it when it is new; head and h
// are its wordKey.
func (c *wordCache) lookup(g *grammar, w string, head, h uint64) *wordSlot {
	if len(w) > maxCachedWord {
		c.long = wordSlot{}
		c.fill(g, &c.long, w)
		return &c.long
	}
	if len(c.slots) == 0 {
		c.reset(wordCacheMin)
	}
	mask := uint64(len(c.slots) - 1)
	j := h & mask
	for {
		s := &c.slots[j]
		if s.bits == 0 {
			break
		}
		if s.head == head && int(s.len) == len(w) && (len(w) <= 8 || string(c.arena[s.off:s.off+uint32(len(w)-8)]) == w[8:]) {
			return s
		}
		j = (j + 1) & mask
	}
	if c.n >= len(c.slots)/2 {
		c.grow()
		return c.lookup(g, w, head, h)
	}
	s := &c.slots[j]
	*s = wordSlot{head: head, off: uint32(len(c.arena)), len: uint8(len(w)), hash: uint32(h)}
	if len(w) > 8 {
		c.arena = append(c.arena, w[8:]...)
		if cap(c.arena)-len(c.arena) < 8 {
			// room for the eight-byte load of tail8 past the last word
			c.arena = slices.Grow(c.arena, 8)
		}
	}
	c.n++
	c.fill(g, s, w)
	return s
}

// fill writes what the grammar says of word w into the new slot s.
func (c *wordCache) fill(g *grammar, s *wordSlot, w string) {
	s.bits |= slotUsed
	if in := g.info[w]; in != nil {
		s.info = in.id + 1
		s.flags = in.flags
		if in.trigger {
			s.bits |= slotTrigger
		}
	}
	if isUpperStart(w) {
		s.bits |= slotUpper
	}
	if s.flags&closedClasses != 0 {
		s.bits |= slotClosed
	}
}

// tail8 returns bytes 8… of the word in slot s (longer than eight bytes),
// at most eight of them, as load8 does: one load from the arena, whose
// capacity reaches at least eight bytes past every word's start (lookup).
func (c *wordCache) tail8(s *wordSlot) uint64 {
	x := binary.LittleEndian.Uint64(c.arena[s.off:cap(c.arena)])
	if n := int(s.len) - 8; n < 8 {
		x &= 1<<(8*uint(n)) - 1
	}
	return x
}

// verbOf returns the verb classes of the word in slot s (w), asking
// morph the first time.
func (c *wordCache) verbOf(g *grammar, s *wordSlot, w string) wflags {
	if s.bits&slotVerb == 0 {
		s.verb = g.verbFlags(w, s.bits&slotUpper != 0)
		s.bits |= slotVerb
	}
	return s.verb
}

// reset empties the cache and gives it n slots.
func (c *wordCache) reset(n int) {
	c.slots = grow(c.slots, n)
	c.arena = c.arena[:0]
	c.n = 0
}

// grow doubles the table, keeping its words, or starts afresh when it
// has reached wordCacheMax slots.
func (c *wordCache) grow() {
	if len(c.slots) >= wordCacheMax {
		c.reset(len(c.slots))
		return
	}
	old := c.slots
	c.slots = make([]wordSlot, 2*len(old))
	mask := uint64(len(c.slots) - 1)
	for _, s := range old {
		if s.bits == 0 {
			continue
		}
		j := uint64(s.hash) & mask
		for c.slots[j].bits != 0 {
			j = (j + 1) & mask
		}
		c.slots[j] = s
	}
}

// le64 returns the eight bytes of c (len(c) == 8) as a little-endian
// number (one load).
func le64(c string) uint64 {
	return uint64(c[0]) | uint64(c[1])<<8 | uint64(c[2])<<16 | uint64(c[3])<<24 |
		uint64(c[4])<<32 | uint64(c[5])<<40 | uint64(c[6])<<48 | uint64(c[7])<<56
}

// tailHash mixes the chunks of w after its first eight bytes into h
// (len(w) > 8).
func tailHash(h uint64, w string) uint64 {
	k := 8
	for ; k+8 <= len(w); k += 8 {
		h = mix(h^hashM1, le64(w[k:k+8])^hashM2)
	}
	if k < len(w) {
		// load8(w[k:]): the word's last eight bytes shifted down to its
		// last len(w)-k, one load without a branch on their number
		h = mix(h^hashM1, le64(w[len(w)-8:])>>(8*uint(8-(len(w)-k)))^hashM2)
	}
	return h
}

// The multipliers of wordHash (wyhash's).
const hashM1, hashM2 = 0xa0761d6478bd642f, 0xe7037ed1a0b428db

// mix is the 128-bit multiply folded to 64 bits.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}
