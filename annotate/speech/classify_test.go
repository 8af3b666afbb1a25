package speech

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
)

// TestClassifyPaths: classify answers every word from its inline probe
// of the word cache as its slow path (classifyWord) does, and marks as
// unit starts (pcUnit) exactly the tokens that open a sentence or
// paragraph or follow a quotation mark or colon. The seed articles run
// twice through one scratch state, so the second round finds its words
// in the warm cache.
func TestClassifyPaths(t *testing.T) {
	files, err := filepath.Glob("../../corpus/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("no seed articles in corpus/seeds")
	}
	tok, st := fixture(t)
	texts := []string{"„Sagte“: äußerte Äußerung sagte. Bundesverwaltungsgericht mitteilte mitteilte",
		"\n„A“\n„B: c“: d\n\n„", "Titel:\n„Zitat“ sagte er: „Ja.“"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for round := range 2 {
		for k, text := range texts {
			toks, sents := tok.Tokenize(text)
			if len(toks) == 0 {
				continue
			}
			r := newRun(st, newDoc(text, toks, sents))
			tf, info, trig := slices.Clone(r.tf), slices.Clone(r.info), slices.Clone(r.trig)
			var marks []int
			var colons []int32
			for i := range toks {
				if r.paraSt[i] || toks[i].Kind == annotate.Quote {
					marks = append(marks, i)
				}
				if r.isPunct(i, ":") {
					colons = append(colons, int32(i))
				}
			}
			if !slices.Equal(r.marks, marks) || !slices.Equal(r.colons, colons) {
				t.Errorf("round %d, text %d: marks %v colons %v, want %v %v", round, k, r.marks, r.colons, marks, colons)
			}
			trigs := slices.Clone(r.trigs[:r.nTrig])
			for i, on := range trig {
				if on != slices.Contains(trigs, int32(i)) {
					t.Errorf("round %d, text %d, token %d %q: trigger %v, not so in the list", round, k, i, r.w(i), on)
				}
			}
			r.nTrig = 0
			for i := range toks {
				if unit := r.pc[i]&pcUnit != 0; unit != startsUnitRef(r, i) {
					t.Errorf("round %d, text %d, token %d %q: unit start %v", round, k, i, r.w(i), unit)
				}
				if kind := toks[i].Kind; kind != annotate.Word && kind != annotate.Abbrev {
					continue
				}
				r.tf[i], r.info[i], r.trig[i] = 0, nil, false
				r.classifyWord(i)
				if r.tf[i] != tf[i] || r.info[i] != info[i] || r.trig[i] != trig[i] {
					t.Errorf("round %d, text %d, word %d %q: classes %x %p %v, slow path %x %p %v",
						round, k, i, r.w(i), tf[i], info[i], trig[i], r.tf[i], r.info[i], r.trig[i])
				}
			}
			if got := r.trigs[:r.nTrig]; !slices.Equal(got, trigs) {
				t.Errorf("round %d, text %d: triggers %v, slow path %v", round, k, trigs, got)
			}
			r.release()
		}
	}
}

// startsUnitRef is the definition of pcUnit: a token that opens a
// sentence (the sentence newRun gave it) or a paragraph, or follows a
// quotation mark or a colon.
func startsUnitRef(r *run, i int) bool {
	if i == 0 || r.paraSt[i] {
		return true
	}
	if len(r.sent) > 0 && r.sent[r.sentOf[i]].First == i {
		return true
	}
	p := r.toks[i-1]
	return p.Kind == annotate.Quote || p.Kind == annotate.Punct && r.text[p.Start:p.End] == ":"
}

// TestColonIn: colonIn answers what a scan of the tokens does, for
// ranges in order (the scans' pattern), backwards and at random.
func TestColonIn(t *testing.T) {
	text := "Er: ja. Sie sagte: nein: doch. Kein Doppelpunkt hier. A: B: C: D. Ende:"
	tok, st := fixture(t)
	toks, sents := tok.Tokenize(text)
	r := newRun(st, newDoc(text, toks, sents))
	defer r.release()
	n := len(toks)
	scan := func(a, b int) bool {
		for j := max(a, 0); j < min(b, n); j++ {
			if r.isPunct(j, ":") {
				return true
			}
		}
		return false
	}
	var ranges [][2]int
	for a := -1; a <= n+1; a++ {
		for _, w := range []int{0, 1, 2, 6, 61} {
			ranges = append(ranges, [2]int{a, a + w})
		}
	}
	for k := len(ranges) - 1; k >= 0; k-- {
		ranges = append(ranges, ranges[k])
	}
	for k := 0; k < 200; k++ {
		a := (k * 7919) % (n + 3)
		ranges = append(ranges, [2]int{a - 1, a + k%9})
	}
	for _, ab := range ranges {
		if got, want := r.colonIn(ab[0], ab[1]), scan(ab[0], ab[1]); got != want {
			t.Errorf("colonIn(%d, %d) = %v, want %v", ab[0], ab[1], got, want)
		}
	}
}

// TestParaStarts: paraStarts (newline by newline, binary search) marks
// what the scan over every token marks, on the seed articles, on texts
// with newlines at the edges, in runs and inside a token, and on tokens
// out of text order (which take the scan); and newRun, which learns the
// order from classifyTokens, marks the same.
func TestParaStarts(t *testing.T) {
	tok, st := fixture(t)
	texts := []string{"\nA b.\n\nC d\r\n e.\n", "A\nb", "\n\n\n", "x", "A b c.\n \n D.\n\n"}
	files, _ := filepath.Glob("../../corpus/seeds/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	check := func(name, text string, toks []annotate.Token) {
		t.Helper()
		got, want := make([]bool, len(toks)), make([]bool, len(toks))
		gotList, wantList := paraStarts(text, toks, got, nil), paraStartsScan(text, toks, want, nil)
		if !slices.Equal(got, want) || !slices.Equal(gotList, wantList) {
			t.Errorf("%s: paragraph starts %v %v, want %v %v", name, got, gotList, want, wantList)
		}
		for _, i := range wantList {
			if !want[i] {
				t.Errorf("%s: token %d listed, not marked", name, i)
			}
		}
		if len(toks) > 0 {
			r := newRun(st, newDoc(text, slices.Clone(toks), nil))
			if !slices.Equal(r.paraSt, want) {
				t.Errorf("%s: newRun's paragraph starts %v, want %v", name, r.paraSt, want)
			}
			r.release()
		}
	}
	for k, text := range texts {
		toks, _ := tok.Tokenize(text)
		check(fmt.Sprintf("text %d", k), text, toks)
	}
	text := "ab\ncd ef\ngh"
	check("newline inside a token", text, []annotate.Token{{Start: 0, End: 5}, {Start: 6, End: 8}, {Start: 9, End: 11}})
	check("newline inside a token, then between tokens", "ab\ncd\nef", []annotate.Token{{Start: 0, End: 5}, {Start: 6, End: 8}})
	check("tokens out of order", text, []annotate.Token{{Start: 6, End: 8}, {Start: 0, End: 2}, {Start: 9, End: 11}})
	check("overlapping tokens", text, []annotate.Token{{Start: 0, End: 8}, {Start: 3, End: 5}, {Start: 9, End: 11}})
	// (here the binary search would mark the third token)
	check("tokens out of order, last first", "a\nb\nc", []annotate.Token{{Start: 4, End: 5}, {Start: 0, End: 1}, {Start: 2, End: 3}})
}

// TestAdverb: run.adverb answers what grammar.isAdverb says of every
// token of the seed articles.
func TestAdverb(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/seeds/*.txt")
	tok, st := fixture(t)
	texts := []string{"Er sagte weiter, dass auch Weiter und DAZU so 5 bleibe."}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	n := 0
	for _, text := range texts {
		toks, sents := tok.Tokenize(text)
		if len(toks) == 0 {
			continue
		}
		r := newRun(st, newDoc(text, toks, sents))
		for j := range toks {
			if got, want := r.adverb(j), st.g.isAdverb(r.w(j)); got != want {
				t.Errorf("token %d %q: adverb %v, want %v", j, r.w(j), got, want)
			}
			if r.adverb(j) {
				n++
			}
		}
		r.release()
	}
	if n == 0 {
		t.Error("no adverb found")
	}
}

// paraStarts marks the first token of each paragraph in paraSt (all false
// on entry): the first token and every token with a newline between it
// and the token before. It appends their indexes, in order, to paras and
// returns it. For tokens in text order (the tokenizer's) it goes from
// newline to newline and finds the token after each by binary search;
// other tokens go to paraStartsScan.
func paraStarts(text string, toks []annotate.Token, paraSt []bool, paras []int32) []int32 {
	for i := 1; i < len(toks); i++ {
		if toks[i].Start < toks[i-1].End {
			return paraStartsScan(text, toks, paraSt, paras)
		}
	}
	return paraStartsInOrder(text, toks, paraSt, paras)
}
