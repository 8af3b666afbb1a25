package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/lexicon"
)

// abbrevTrie matches the abbreviations of lexicon/data/abbreviations.txt.
// Entries are stored without their spaces ("z.B."); a space in the text is
// allowed after each inner dot, so "z. B." and "z.B." both match.
type abbrevTrie struct {
	entries map[string]abbrevInfo
	maxLen  int // longest entry in bytes, spaces removed
	// maxFirst is the longest first segment of an entry (up to and with
	// its first dot: "z." of "z.B."), and firstScreen has the
	// firstKey bit of every first segment: a word before a dot that is
	// no entry's first segment starts no abbreviation, and most words
	// that end a sentence are rejected by these two without a lookup.
	maxFirst    int
	firstScreen [firstScreenBits / 64]uint64
}

// firstScreenBits is the size of abbrevTrie.firstScreen in bits.
const firstScreenBits = 1 << 15

// firstKey combines the length of a first segment seg ("z.", "Dr.") and
// the bytes before its dot.
func firstKey(seg string) uint32 {
	n := len(seg)
	return uint32(n&7)<<12 | uint32(seg[0]&63)<<6 | uint32(seg[n-2]&63)
}

type abbrevInfo struct {
	final bool // may end a sentence ("usw.")
	num   bool // only before a number ("Art. 5")
}

// newAbbrevTrie loads abbreviations.txt.
func newAbbrevTrie(lex *lexicon.Lexicon) (*abbrevTrie, error) {
	ents, err := lex.Entries("abbreviations.txt")
	if err != nil {
		return nil, err
	}
	t := &abbrevTrie{entries: map[string]abbrevInfo{}}
	var errs lexicon.ErrorList
	seen := map[string]lexicon.Entry{} // by form without spaces: "z. B." and "z.B." are one
	for _, e := range ents {
		form := strings.ReplaceAll(e.Field(0), " ", "")
		if !strings.HasSuffix(form, ".") || strings.HasPrefix(form, ".") {
			errs.Add(e.Errorf("abbreviation %q must end in a dot", e.Field(0)))
			continue
		}
		var info abbrevInfo
		for _, f := range e.Fields[1:] {
			switch f {
			case "final":
				info.final = true
			case "num":
				info.num = true
			default:
				errs.Add(e.Errorf("unknown flag %q (want final or num)", f))
			}
		}
		if old, dup := seen[form]; dup && t.entries[form] != info {
			errs.Add(e.Errorf("%q is already listed at line %d with other flags (%s); list it once", e.Field(0), old.Line, strings.Join(old.Fields[1:], " ")))
			continue
		}
		seen[form] = e
		t.add(form, info)
		if r, size := utf8.DecodeRuneInString(form); unicode.IsLower(r) {
			t.add(string(unicode.ToUpper(r))+form[size:], info)
		}
	}
	return t, errs.Err()
}

func (t *abbrevTrie) add(form string, info abbrevInfo) {
	t.entries[form] = info
	if len(form) > t.maxLen {
		t.maxLen = len(form)
	}
	first := form[:strings.IndexByte(form, '.')+1]
	t.maxFirst = max(t.maxFirst, len(first))
	if len(first) >= 2 {
		k := firstKey(first)
		t.firstScreen[k>>6] |= 1 << (k & 63)
	}
}

// match returns the end of the longest abbreviation at i, if any. It is
// cheap for ordinary words: only a letter run directly followed by a dot
// is looked up.
func (t *abbrevTrie) match(text string, i int) (int, bool) {
	j := i
	for j < len(text) && j-i <= t.maxFirst { // a longer run of letters is no first segment
		if c := text[j]; c < utf8.RuneSelf {
			if byteClass[c]&cLetter == 0 {
				break
			}
			j++
			continue
		}
		r, size := runeAt(text, j)
		if !isLetter(r) {
			break
		}
		j += size
	}
	if j >= len(text) || text[j] != '.' || j-i >= t.maxLen || j+1-i > t.maxFirst {
		return 0, false
	}
	if j > i { // an entry's first segment has a letter before its dot
		if k := firstKey(text[i : j+1]); t.firstScreen[k>>6]&(1<<(k&63)) == 0 {
			return 0, false
		}
	}
	var buf [64]byte
	key := buf[:0]
	best := 0
	for k := i; k < len(text) && len(key) < t.maxLen && len(key) < len(buf); {
		c := text[k]
		if c == ' ' && len(key) > 0 && key[len(key)-1] == '.' {
			k++
			if k < len(text) && text[k] == ' ' {
				break
			}
			continue
		}
		if c == ' ' || c == '\n' || c == '\t' {
			break
		}
		key = append(key, c)
		k++
		if c == '.' {
			if info, ok := t.entries[string(key)]; ok && t.boundary(text, k, info) {
				best = k
			}
		}
	}
	return best, best > 0
}

// boundary checks what follows a candidate abbreviation ending at k: not a
// letter or digit, and for "num" entries a number.
func (t *abbrevTrie) boundary(text string, k int, info abbrevInfo) bool {
	r, _ := runeAt(text, k)
	if isWordRune(r) {
		return false
	}
	if !info.num {
		return true
	}
	for k < len(text) && (text[k] == ' ' || text[k] == '\u00a0') {
		k++
	}
	return k < len(text) && isDigit(rune(text[k]))
}

// isFinal reports whether the abbreviation token text may end a sentence.
func (t *abbrevTrie) isFinal(tok string) bool {
	return t.entries[strings.ReplaceAll(tok, " ", "")].final
}
