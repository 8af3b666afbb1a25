package annotate

import (
	"strings"
	"unicode"

	"github.com/quelle-nlp/quelle/lexicon"
)

// NewGerman builds quelle's German tokenizer from the lexicon.
func NewGerman(lex *lexicon.Lexicon) (*German, error) {
	var errs lexicon.ErrorList
	abbr, err := newAbbrevTrie(lex)
	errs.Add(err) // and go on: the errors of both files are reported at once
	ents, err := lex.Entries("ordinal-context.txt")
	if err != nil {
		return nil, err
	}
	g := &German{abbr: abbr, ordNext: map[string]bool{}, ordPrev: map[string]bool{}, ordArticle: map[string]bool{}}
	for _, e := range ents {
		switch e.Field(1) {
		case "next":
			g.ordNext[e.Field(0)] = true
		case "prev":
			g.ordPrev[e.Field(0)] = true
		case "article":
			g.ordPrev[e.Field(0)] = true
			g.ordArticle[e.Field(0)] = true
		default:
			errs.Add(e.Errorf("kind must be next, prev or article, not %q", e.Field(1)))
		}
	}
	return g, errs.Err()
}

// segment groups tokens into sentences. A sentence ends
//   - at a blank line;
//   - at a line break after a line without final punctuation (headlines,
//     datelines), unless the line ends in a comma, colon or hyphen;
//   - after . ! ? … (and the closing quotes and brackets that follow them)
//     when the next token can start a sentence: not a lowercase word and
//     not a comma ("… bestimmt sein.“ sagte er" stays one sentence);
//   - after an abbreviation marked final ("usw.") under the same condition.
//
// Ordinal dots and other abbreviations never end a sentence.
func (g *German) segment(text string, toks []Token, sents []Sentence) []Sentence {
	if len(toks) == 0 {
		return nil
	}
	// there is at least one sentence
	if want := len(toks)/16 + 1; cap(sents) < want {
		sents = make([]Sentence, 0, want)
	}
	sents = sents[:0]
	first := 0
	for i := 1; i < len(toks); i++ {
		p, next := &toks[i-1], toks[i].Start
		if (p.Kind-Abbrev > Quote-Abbrev || p.Kind == Punct && byteClass[text[p.Start]]&cEnd == 0) &&
			(p.End == next || p.End+1 == next && text[p.End] == ' ') {
			// the common case, mayEnd written out: no line break, and no
			// punctuation, or punctuation that is neither terminal nor
			// closes (a comma: boundary would find no terminal token)
			continue
		}
		if !mayEnd(text, *p, next) || !g.boundary(text, toks, i) {
			continue
		}
		sents = append(sents, Sentence{Start: toks[first].Start, End: p.End, First: first, Last: i})
		first = i
	}
	if first < len(toks) {
		sents = append(sents, Sentence{Start: toks[first].Start, End: toks[len(toks)-1].End, First: first, Last: len(toks)})
	}
	return sents
}

// segment's screen needs Abbrev, Punct and Quote consecutive: otherwise
// one of these unsigned constants overflows and the build stops.
const _ = (Punct - Abbrev - 1) + (Abbrev + 1 - Punct) + (Quote - Punct - 1) + (Punct + 1 - Quote)

// mayEnd is boundary's screen: a sentence can end after token t, which
// the next token follows at next, only at a line break or when t is
// punctuation, a quotation mark or an abbreviation (closes and terminal
// are false for every other kind). Most tokens stop here. segment
// depends on Abbrev, Punct and Quote being consecutive kinds.
func mayEnd(text string, t Token, next int) bool {
	switch t.Kind {
	case Punct, Quote, Abbrev:
		return true
	}
	for k := t.End; k < next; k++ {
		if text[k] == '\n' {
			return true
		}
	}
	return false
}

// boundary reports whether a sentence ends before toks[i].
func (g *German) boundary(text string, toks []Token, i int) bool {
	prev := toks[i-1]
	gap := text[prev.End:toks[i].Start]
	if nl := strings.IndexByte(gap, '\n'); nl >= 0 {
		if strings.IndexByte(gap[nl+1:], '\n') >= 0 {
			return true // blank line
		}
		if !continuesLine(text, prev) {
			return true
		}
	}
	j := i - 1
	for k := 0; j > 0 && k < maxClosers && closes(text, toks[j]); k++ {
		j--
	}
	if !g.terminal(text, toks[j]) {
		return false
	}
	return startsSentence(text, toks[i])
}

// maxClosers bounds the closing marks looked through after final
// punctuation ("…ist.“)"), keeping segmentation linear on any input.
const maxClosers = 4

// continuesLine reports whether a line ending in token t goes on in the
// next line: it ends in a comma, colon, semicolon, an opening bracket or
// quotation mark, or a hyphen.
func continuesLine(text string, t Token) bool {
	s := text[t.Start:t.End]
	switch {
	case t.Kind == Quote && t.Quote == Opening:
		return true
	case s == "," || s == ":" || s == ";" || s == "(" || s == "[":
		return true
	case strings.HasSuffix(s, "-") && t.Kind == Word:
		return true
	}
	return false
}

// closes reports closing quotation marks and brackets.
func closes(text string, t Token) bool {
	if t.Kind == Quote {
		return t.Quote != Opening
	}
	return t.Kind == Punct && (text[t.Start] == ')' || text[t.Start] == ']')
}

// terminal reports tokens that can end a sentence.
func (g *German) terminal(text string, t Token) bool {
	switch t.Kind {
	case Punct:
		c := text[t.Start]
		return c == '.' || c == '!' || c == '?' || strings.HasPrefix(text[t.Start:], "…")
	case Abbrev:
		return g.abbr.isFinal(text[t.Start:t.End])
	}
	return false
}

// startsSentence reports whether t can begin a sentence: anything but a
// lowercase word and punctuation that continues one.
func startsSentence(text string, t Token) bool {
	switch t.Kind {
	case Word, Abbrev:
		r, _ := runeAt(text, t.Start)
		return !unicode.IsLower(r)
	case Punct:
		c := text[t.Start]
		return !strings.ContainsRune(",;:)]}.!?", rune(c)) && !strings.HasPrefix(text[t.Start:], "…")
	case Quote:
		return t.Quote != Closing
	}
	return true
}
