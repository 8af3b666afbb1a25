package speech

import (
	"sync"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/morph"
)

// Stage is the reported-speech stage: it writes CUE, SOURCE and QUOTE
// spans linked by attribution ids. It is immutable after New and safe for
// concurrent use; each Annotate call keeps its scratch state locally
// (per-token slices come from a sync.Pool and go back to it).
type Stage struct {
	lex  *lex
	g    *grammar
	pool sync.Pool // *scratch: per-token slices reused across documents
}

// New loads the speech lexicon files (speech-verbs.txt, speech-phrases.txt,
// speech-nouns.txt, speech-roles.txt) and builds the cue-form index from
// the morph tables. Every malformed lexicon line is reported in one error
// as file:line: message.
func New(l *lexicon.Lexicon) (*Stage, error) {
	x, err := loadLex(l)
	if err != nil {
		return nil, err
	}
	g := buildGrammar(x, morph.Default())
	if err := g.addClosed(l); err != nil {
		return nil, err
	}
	g.index(x)
	return &Stage{lex: x, g: g}, nil
}

// Layer returns annotate.LayerSpeech.
func (s *Stage) Layer() string { return annotate.LayerSpeech }

// Labels returns CUE, SOURCE and QUOTE.
func (s *Stage) Labels() []string {
	return []string{annotate.LabelCue, annotate.LabelSource, annotate.LabelQuote}
}

// Needs returns nil: the stage reads only tokens and sentences.
func (s *Stage) Needs() []string { return nil }

// Annotate appends the document's CUE, SOURCE and QUOTE spans (byte
// offsets) to doc.Spans. Attribution ids are 1, 2, … in the order of each
// attribution's first span.
func (s *Stage) Annotate(doc *annotate.Document) {
	if len(doc.Tokens) == 0 {
		return
	}
	s.annotate(doc).release()
}

// annotate runs the steps and returns the scratch state (for tests).
func (s *Stage) annotate(doc *annotate.Document) *run {
	r := newRun(s, doc)
	r.annotate()
	return r
}

// annotate runs the steps on the run's document.
func (r *run) annotate() {
	r.steps = len(r.toks)
	r.quotes()
	r.frames()
	r.continuations()
	r.emit()
}
