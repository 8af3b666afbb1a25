package speech

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
)

// A development harness: go test ./annotate/speech -run TestEvalFile
// -gold FILE [-errors N] scores the stage against a JSONL gold file with
// the scheme's overlap and strict matching. It is skipped without -gold.
var (
	goldFlag   = flag.String("gold", "", "score the stage against this gold JSONL file")
	errorsFlag = flag.Int("errors", 0, "print this many misses and false alarms per label")
	errLabel   = flag.String("errlabel", "", "only print errors of this label")
	predFlag   = flag.String("pred", "", "write the predictions as JSONL to this file")
)

type gSpan struct {
	Label       string `json:"label"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Text        string `json:"text"`
	Mode        string `json:"mode"`
	Lemma       string `json:"lemma"`
	Attribution int    `json:"attribution"`
}

type gDoc struct {
	ID    string  `json:"id"`
	Text  string  `json:"text"`
	Spans []gSpan `json:"spans"`
}

func readGold(t testing.TB, path string) []gDoc {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("gold: %v", err)
	}
	defer f.Close()
	var docs []gDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var d gDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// predict runs tokenizer and stage and returns spans in code points.
func predict(t testing.TB, st *Stage, tok *annotate.German, text string) []gSpan {
	toks, sents := tok.Tokenize(text)
	doc := &annotate.Document{Text: text, Tokens: toks, Sentences: sents}
	st.Annotate(doc)
	cp := make([]int, len(text)+1)
	n := 0
	for i := range text {
		cp[i] = n
		n++
	}
	cp[len(text)] = n
	for i := len(text) - 1; i >= 0; i-- {
		if !utf8.RuneStart(text[i]) {
			cp[i] = cp[i+1]
		}
	}
	var out []gSpan
	for _, s := range doc.Spans {
		out = append(out, gSpan{Label: s.Label, Start: cp[s.Start], End: cp[s.End], Text: text[s.Start:s.End],
			Mode: s.Mode, Lemma: s.Lemma, Attribution: s.Attribution})
	}
	return out
}

type prf struct{ tp, fp, fn, stp int }

func (p prf) f1(strict bool) float64 {
	tp := p.tp
	if strict {
		tp = p.stp
	}
	if tp == 0 {
		return 0
	}
	pr := float64(tp) / float64(tp+p.fp+(p.tp-tp))
	rc := float64(tp) / float64(tp+p.fn+(p.tp-tp))
	return 2 * pr * rc / (pr + rc)
}

// match pairs gold and predicted spans of one label by overlap, largest
// overlap first, one to one.
func match(g, p []gSpan) (pairs [][2]int) {
	type cand struct{ i, j, ov int }
	var cs []cand
	for i, a := range g {
		for j, b := range p {
			lo, hi := max(a.Start, b.Start), min(a.End, b.End)
			if hi > lo {
				cs = append(cs, cand{i, j, hi - lo})
			}
		}
	}
	sort.Slice(cs, func(x, y int) bool { return cs[x].ov > cs[y].ov })
	ug, up := map[int]bool{}, map[int]bool{}
	for _, c := range cs {
		if !ug[c.i] && !up[c.j] {
			ug[c.i], up[c.j] = true, true
			pairs = append(pairs, [2]int{c.i, c.j})
		}
	}
	return pairs
}

func TestEvalFile(t *testing.T) {
	if *goldFlag == "" {
		t.Skip("no -gold file")
	}
	docs := readGold(t, *goldFlag)
	st, err := New(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	tok, err := annotate.NewGerman(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	labels := []string{"CUE", "SOURCE", "QUOTE"}
	score := map[string]*prf{}
	for _, l := range labels {
		score[l] = &prf{}
	}
	var lemmaOK, lemmaN, modeOK, modeN, attrOK, attrN int
	var misses, alarms []string
	var predOut *os.File
	if *predFlag != "" {
		if predOut, err = os.Create(*predFlag); err != nil {
			t.Fatal(err)
		}
		defer predOut.Close()
	}
	for _, d := range docs {
		pred := predict(t, st, tok, d.Text)
		if predOut != nil {
			line, _ := json.Marshal(gDoc{ID: d.ID, Text: d.Text, Spans: pred})
			predOut.Write(append(line, '\n'))
		}
		byLabel := func(ss []gSpan, l string) []gSpan {
			var out []gSpan
			seen := map[[2]int]bool{}
			for _, s := range ss {
				if s.Label == l && !seen[[2]int{s.Start, s.End}] {
					seen[[2]int{s.Start, s.End}] = true
					out = append(out, s)
				}
			}
			return out
		}
		for _, l := range labels {
			g, p := byLabel(d.Spans, l), byLabel(pred, l)
			pairs := match(g, p)
			sc := score[l]
			sc.tp += len(pairs)
			sc.fn += len(g) - len(pairs)
			sc.fp += len(p) - len(pairs)
			mg, mp := map[int]bool{}, map[int]bool{}
			exact := map[[2]int]bool{}
			for _, b := range p {
				exact[[2]int{b.Start, b.End}] = true
			}
			for _, a := range g {
				if exact[[2]int{a.Start, a.End}] {
					sc.stp++
				}
			}
			for _, pr := range pairs {
				a, b := g[pr[0]], p[pr[1]]
				mg[pr[0]], mp[pr[1]] = true, true
				switch l {
				case "CUE":
					if a.Lemma != "" {
						lemmaN++
						if a.Lemma == b.Lemma {
							lemmaOK++
						}
					}
					if gs := sourcesOf(d.Spans, a.Attribution); len(gs) > 0 {
						attrN++
						if overlapsAny(sourcesOf(pred, b.Attribution), gs) {
							attrOK++
						}
					}
				case "QUOTE":
					modeN++
					if a.Mode == b.Mode {
						modeOK++
					}
				}
			}
			if *errLabel != "" && *errLabel != l {
				continue
			}
			for i, a := range g {
				if !mg[i] {
					misses = append(misses, fmt.Sprintf("MISS  %s %s %q  | %s", d.ID, l, a.Text, context(d.Text, a.Start, a.End)))
				}
			}
			for j, b := range p {
				if !mp[j] {
					tag := ""
					if l == "CUE" && len(quotesOf(pred, b.Attribution)) == 0 {
						tag = " [np]"
					}
					alarms = append(alarms, fmt.Sprintf("FALSE %s %s%s %q  | %s", d.ID, l, tag, b.Text, context(d.Text, b.Start, b.End)))
				}
			}
		}
	}
	fmt.Printf("%-7s %5s %5s %5s  %6s %6s\n", "label", "tp", "fp", "fn", "F1ov", "F1str")
	for _, l := range labels {
		s := score[l]
		fmt.Printf("%-7s %5d %5d %5d  %6.3f %6.3f\n", l, s.tp, s.fp, s.fn, s.f1(false), s.f1(true))
	}
	fmt.Printf("lemma %.3f (%d)  mode %.3f (%d)  attribution %.3f (%d)\n",
		ratio(lemmaOK, lemmaN), lemmaN, ratio(modeOK, modeN), modeN, ratio(attrOK, attrN), attrN)
	for k := 0; k < *errorsFlag && k < len(misses); k++ {
		fmt.Println(misses[k])
	}
	for k := 0; k < *errorsFlag && k < len(alarms); k++ {
		fmt.Println(alarms[k])
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func sourcesOf(ss []gSpan, id int) []gSpan {
	var out []gSpan
	for _, s := range ss {
		if s.Label == "SOURCE" && s.Attribution == id && id != 0 {
			out = append(out, s)
		}
	}
	return out
}

func overlapsAny(a, b []gSpan) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Start < y.End && y.Start < x.End {
				return true
			}
		}
	}
	return false
}

func context(text string, a, b int) string {
	rs := []rune(text)
	lo, hi := max(0, a-60), min(len(rs), b+40)
	return strings.ReplaceAll(string(rs[lo:a])+"[["+string(rs[a:b])+"]]"+string(rs[b:hi]), "\n", "⏎")
}

func quotesOf(ss []gSpan, id int) []gSpan {
	var out []gSpan
	for _, s := range ss {
		if s.Label == "QUOTE" && s.Attribution == id && id != 0 {
			out = append(out, s)
		}
	}
	return out
}
