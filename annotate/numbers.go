package annotate

import "github.com/quelle-nlp/quelle/lexicon"

// Numbers is the NUMBER stage (placeholder until the numbers layer lands).
type Numbers struct{}

// NewNumbers builds the NUMBER stage from the lexicon.
func NewNumbers(lex *lexicon.Lexicon) (*Numbers, error) { return &Numbers{}, nil }

// Layer returns LayerNumbers.
func (n *Numbers) Layer() string { return LayerNumbers }

// Annotate adds NUMBER spans to doc.
func (n *Numbers) Annotate(doc *Document) {}
