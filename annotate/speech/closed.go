package speech

import (
	"strings"

	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/morph"
)

// classFlags maps the classes of closed-classes.txt (morph.LoadClosed) to
// the word classes the frames use.
var classFlags = map[morph.Class]wflags{
	morph.Article:       wArticle,
	morph.Determiner:    wArticle,
	morph.Pronoun:       wPronoun,
	morph.Relative:      wRelative,
	morph.Interrogative: wWh,
	morph.Preposition:   wPrep,
	morph.Subordinator:  wSubord,
	morph.Conjunction:   wConj,
	morph.Auxiliary:     wAux,
	morph.Modal:         wModal,
}

// Three small lists the closed classes do not give: possessive
// determiners (their owner is a SOURCE: „nach ihren Worten“), first- and
// second-person words (the speaker's own voice when quotation marks are
// lost), and the adverbs that stand between a cue and its subject or
// close a frame („sagte dazu der Minister“, „so X weiter“).
const (
	possessives = "sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren unser unsere unserer " +
		"unseres unserem unseren euer eure eurer eures eurem euren mein meine meiner meines meinem meinen " +
		"dein deine deiner deines deinem deinen deren dessen"
	firstPerson = "ich wir mir mich uns unser unsere unserer unseres unserem unseren mein meine meiner meines " +
		"meinem meinen du dich dir dein deine"
	frameAdverbs = "auch zudem außerdem weiter weiterhin ferner dazu darauf daraufhin jedoch aber allerdings " +
		"nun jetzt heute gestern morgen damals bereits schon noch dann zuletzt erneut zugleich gleichzeitig " +
		"ebenfalls ebenso indes indessen dagegen hingegen demnach daher deshalb deswegen also später " +
		"zuvor vorher kürzlich jüngst unlängst inzwischen mittlerweile einst selbst sogar nur bislang bisher " +
		"wiederum offenbar offensichtlich ausdrücklich mehrfach wiederholt stets immer nie nicht gar kaum " +
		"so dabei damit dadurch dafür dagegen danach davor dennoch doch hier sinngemäß trotzdem " +
		"überdies zunächst schließlich letztlich erstmals nämlich vielmehr gleichwohl " +
		"künftig zukünftig demnächst bald wieder abermals nochmals oft häufig mehrmals vorerst zuerst " +
		"anschließend seither seitdem vorgestern heuer weiters insofern insoweit " +
		// sentence adverbs and discourse markers that open a Vorfeld or a
		// colon without being a speaker („Genau dies konnte X bestätigen“,
		// „Erst jetzt werde behauptet“, „Kurzum: …“; speech-news n153, n242,
		// n209, n169)
		"genau erst kurzum apropos"
)

// addClosed fills the word classes from closed-classes.txt into one map,
// so a token needs a single lookup. morph.CheckClosed checks the file
// (the errors of morph.LoadClosed) and returns its words and classes.
func (g *grammar) addClosed(l *lexicon.Lexicon) error {
	words, err := morph.CheckClosed(l)
	if err != nil {
		return err
	}
	for _, w := range words {
		f := classFlags[w.Class]
		if f&(wAux|wModal) != 0 && !g.t.IsFiniteVerb(w.Word) {
			continue // infinitives and participles of sein/haben/werden and the modals
		}
		g.words[w.Word] |= f
	}
	g.addWords(wPossessive, possessives)
	g.addWords(wFirstPerson, firstPerson)
	g.addWords(wAdverb, frameAdverbs)
	// the same words with a capital first letter, for the start of a sentence
	var lower []string
	for w := range g.words {
		lower = append(lower, w)
	}
	for _, w := range lower {
		if u := upperFirst(w); u != w {
			g.words[u] |= g.words[w]
		}
	}
	return nil
}

func (g *grammar) addWords(f wflags, words string) {
	for _, w := range strings.Fields(words) {
		g.words[w] |= f
	}
}
