package speech

import (
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
)

// markKind tells double quotation marks („ “ ” " » «) from single ones
// (‚ ‘ ’ ' ‹ ›).
func (r *run) markKind(i int) int {
	if r.toks[i].Kind != annotate.Quote {
		return 0
	}
	c, _ := utf8.DecodeRuneInString(r.w(i))
	switch c {
	case '„', '“', '”', '"', '»', '«':
		return 2
	case '‚', '‘', '’', '\'', '‹', '›':
		return 1
	}
	return 0
}

// quotes pairs quotation marks into regions in one pass over the tokens.
// Double marks pair within a paragraph; a quote left open at a paragraph
// end continues when the next paragraph opens with a mark (the German
// convention for multi-paragraph quotes) or when it opened the paragraph;
// otherwise the opening mark is a stray and is dropped. A second opening
// mark („ or ») while a quote is open makes the first one a stray. Single
// marks pair only within one sentence and outside double quotes (nested
// single quotes stay part of the outer quote).
func (r *run) quotes() {
	open, sOpen := -1, -1
	paraEnd := func(i int) int { // last token of the paragraph before i
		return i
	}
	_ = paraEnd
	for _, i := range r.marks { // the marks and paragraph starts, in order
		if r.paraSt[i] && i > 0 {
			if open >= 0 {
				startsQuote := r.markKind(i) == 2 && r.toks[i].Quote != annotate.Closing
				if startsQuote || r.paraSt[open] {
					r.addRegion(open, -1, i)
				}
				open = -1
			}
			sOpen = -1
		}
		switch r.markKind(i) {
		case 2:
			role := r.toks[i].Quote
			if open < 0 {
				if role != annotate.Closing {
					open = i
				}
				continue
			}
			if role == annotate.Opening && (r.w(i) == "„" || (r.w(i) == r.w(open) && r.w(i) != "\"")) {
				open = i // the earlier mark was a stray
				continue
			}
			r.addRegion(open, i, i)
			open = -1
			sOpen = -1
		case 1:
			if open >= 0 {
				continue // nested: part of the outer quote
			}
			role := r.toks[i].Quote
			if sOpen >= 0 && r.sentOf[sOpen] != r.sentOf[i] {
				sOpen = -1
			}
			if sOpen < 0 {
				if role == annotate.Opening {
					sOpen = i
				}
				continue
			}
			if role != annotate.Opening {
				r.addRegion(sOpen, i, i)
				sOpen = -1
			}
		}
	}
	if open >= 0 && r.paraSt[open] {
		r.addRegion(open, -1, len(r.toks))
	}
}

// addRegion records the quote opened at token open and closed at token
// close (-1: runs to token end, exclusive).
func (r *run) addRegion(open, close, end int) {
	first, last := open+1, end
	if close >= 0 {
		last = close
	}
	// trim trailing punctuation of an unclosed quote
	for last > first && (r.toks[last-1].Kind == annotate.Punct || r.toks[last-1].Kind == annotate.Quote) && close < 0 {
		last--
	}
	if last <= first {
		return
	}
	idx := int32(len(r.regions))
	r.regions = append(r.regions, region{open: open, close: close, first: first, last: last})
	r.steps += last - first
	for j := first; j < last; j++ {
		if r.inQ[j] < 0 {
			r.inQ[j] = idx
		}
	}
	if !r.hasMarks && r.sentOf[open] > 0 && (r.speechLike(int(idx)) || r.hasLowerWord(first, last)) {
		// not only names and titles in marks („Münchner Merkur“), and not
		// only in the headline: a scraped text may keep the headline's
		// marks and lose those of the body
		r.hasMarks = true
	}
}

// hasLowerWord reports a word starting in lower case in tokens [a, b).
func (r *run) hasLowerWord(a, b int) bool {
	for j := a; j < b && j < a+maxNP; j++ {
		if r.toks[j].Kind == annotate.Word && !isUpperStart(r.w(j)) {
			return true
		}
	}
	return false
}

// regionEndingAt returns the region whose closing mark is token i, or -1.
func (r *run) regionEndingAt(i int) int {
	if i < 0 || i >= len(r.toks) || r.toks[i].Kind != annotate.Quote {
		return -1
	}
	// the region containing token i-1 and closed by i
	if i == 0 {
		return -1
	}
	q := r.inQ[i-1]
	if q >= 0 && r.regions[q].close == i {
		return int(q)
	}
	return -1
}

// regionStartingAt returns the region opened at token i, or -1.
func (r *run) regionStartingAt(i int) int {
	if i < 0 || i+1 >= len(r.toks) || r.toks[i].Kind != annotate.Quote {
		return -1
	}
	q := r.inQ[i+1]
	if q >= 0 && r.regions[q].open == i {
		return int(q)
	}
	return -1
}

// shortRegionAt returns the region opened or closed at token i if it is
// closed and at most 6 tokens long (the length of a name or title), or -1.
func (r *run) shortRegionAt(i int) int {
	q := r.regionStartingAt(i)
	if q < 0 {
		q = r.regionEndingAt(i)
	}
	if q < 0 || r.regions[q].close < 0 || r.regions[q].last-r.regions[q].first > 6 {
		return -1
	}
	return q
}

// words counts word tokens of region q.
func (r *run) regionWords(q int) int {
	n := 0
	for j := r.regions[q].first; j < r.regions[q].last; j++ {
		if r.isWord(j) {
			n++
		}
	}
	return n
}

// speechLike reports whether region q reads like an utterance rather
// than a name, title or scare quote: at least four words with a finite
// verb, or a sentence-final mark inside.
func (r *run) speechLike(q int) bool {
	g := r.regions[q]
	r.steps += g.last - g.first
	words, finite := 0, false
	for j := g.first; j < g.last; j++ {
		if r.isWord(j) {
			words++
			if r.tf[j]&wFinite != 0 {
				finite = true
			}
		}
		if r.isFinal(j) && j > g.first {
			return words >= 2
		}
	}
	return words >= 4 && finite
}

// ownFirstPerson reports a first-person singular word („ich“, „mich“,
// „mir“, „mein…“) outside quotation marks in [a, b): in a document that
// marks its quotes elsewhere, an unmarked clause in which the speaker
// says „ich“ still is the speaker's own words, its marks lost („Sie
// stoppen, kommen auf mich zu, werfen mir einen Sack über den Kopf,
// erzählt der Bub“, speech-news n136). The writer's „wir“ and „uns“ do
// not count.
func (r *run) ownFirstPerson(a, b int) bool {
	r.steps += b - a
	for j := a; j < b; j++ {
		if r.inQ[j] >= 0 || !r.isWord(j) {
			continue
		}
		switch r.w(j) {
		case "ich", "Ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines", "Mein", "Meine":
			return true
		}
	}
	return false
}

// thirdPersonSpeaker turns the unmarked direct quotes of attribution a
// indirect when its SOURCE is the pronoun „er“ and the quote speaks of a
// male third person („er“, „ihm“, „ihn“, „sein…“) and has no first
// person: the writer paraphrases the speaker („Um den Nachwuchs will er
// sich aber auch in Freiheit kümmern, verriet er dem kicker“,
// speech-news n215; GUIDELINES §1.4.5, obvious paraphrases).
func (r *run) thirdPersonSpeaker(a *att) {
	if len(a.sources) != 1 || len(a.quotes) == 0 {
		return
	}
	s := a.sources[0]
	if s.end-s.start != 2 || !(r.text[s.start:s.end] == "er" || r.text[s.start:s.end] == "Er") {
		return
	}
	for q := range a.quotes {
		x := &a.quotes[q]
		if x.mode != annotate.ModeDirect {
			continue
		}
		i, e := r.spanToks(*x)
		if i == e || r.inQ[i] >= 0 || r.firstPerson(i, e) || !r.maleThird(i, e) {
			continue
		}
		x.mode = annotate.ModeIndirect
	}
}

// maleThird reports „er“, „ihm“, „ihn“ or a form of „sein“ the possessive
// in tokens [a, b).
func (r *run) maleThird(a, b int) bool {
	r.steps += b - a
	for j := a; j < b; j++ {
		switch r.w(j) {
		case "er", "Er", "ihm", "ihn", "seine", "seinen", "seinem", "seiner", "seines", "Seine", "Seinen", "Seinem":
			return true
		}
	}
	return false
}
