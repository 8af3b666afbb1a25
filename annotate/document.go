package annotate

// Document is one text to annotate. Text is never rewritten; every offset
// in Tokens, Sentences and Spans is a byte offset into it.
type Document struct {
	ID        string
	Text      string
	Tokens    []Token
	Sentences []Sentence
	Spans     []Span
	// Meta is passed through from the input unchanged (a JSON object, or nil).
	Meta []byte
	// Source names where the document came from (file, or file:line for
	// JSONL), for messages.
	Source string
}

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word    TokenKind = iota // letters, possibly with digits, hyphens, apostrophes ("Ex-Nato-Chef", "geht's", "G7")
	Number                   // digits with separators: "12.000", "3,5", "5,-", "2:1", "24.9.2015", "−3"
	Ordinal                  // digits with an ordinal dot: "31." in "31. Oktober"
	Abbrev                   // an abbreviation from the lexicon, dots included: "z. B.", "Dr."
	Punct                    // Unicode punctuation: . , ; : ! ? … – — ( ) [ ] % & § and the like
	Quote                    // a quotation mark; see Token.Quote for its role
	Symbol                   // other symbols (€ + = emoji) and invalid bytes
	URL                      // "https://…", "www.…"
	Email                    // "name@example.org"
	Hashtag                  // "#Wahl2024"
	Mention                  // "@handle"
)

var kindNames = [...]string{"word", "number", "ordinal", "abbrev", "punct", "quote", "symbol", "url", "email", "hashtag", "mention"}

// String returns the kind's name as used in JSON output.
func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// QuoteRole says whether a quotation mark opens or closes a quote.
type QuoteRole uint8

// Quote roles.
const (
	NotQuote QuoteRole = iota
	Opening
	Closing
	Ambiguous // the role cannot be told from the context
)

var roleNames = [...]string{"", "open", "close", "ambiguous"}

// String returns the role's name as used in JSON output.
func (r QuoteRole) String() string { return roleNames[r] }

// Token is a span of the text. Start and End are byte offsets.
type Token struct {
	Start, End int
	Kind       TokenKind
	Quote      QuoteRole // for Kind == Quote
}

// Text returns the token's text in doc.
func (t Token) Text(text string) string { return text[t.Start:t.End] }

// Sentence is a run of tokens [First, Last) covering bytes [Start, End).
type Sentence struct {
	Start, End  int
	First, Last int
}

// Span is one annotation: a labelled byte range with attributes and the
// rule or lexicon entry that produced it.
type Span struct {
	Label      string
	Start, End int
	// Attributes; which are meaningful depends on Label (see the scheme).
	Value       float64 // NUMBER; 0 when HasValue is false
	Kind        string  // NUMBER: cardinal, ordinal, fraction, vague
	Type        string  // HEDGE: epistemic, evidential, approximator
	Mode        string  // QUOTE: direct, indirect
	Lemma       string  // CUE
	Attribution int     // CUE, SOURCE, QUOTE; 0 = none
	// Rule is the provenance: a rule name or a lexicon "file:line".
	Rule string
}

// HasValue reports whether the span has a value: a NUMBER that is not a
// vague quantity ("Tausende" has none, null in the scheme).
func (s *Span) HasValue() bool { return s.Label == LabelNumber && s.Kind != KindVague }

// Labels of the annotation scheme.
const (
	LabelCue    = "CUE"
	LabelSource = "SOURCE"
	LabelQuote  = "QUOTE"
	LabelHedge  = "HEDGE"
	LabelNumber = "NUMBER"
)

// AllLabels returns the scheme's labels in report order.
func AllLabels() []string {
	return []string{LabelCue, LabelSource, LabelQuote, LabelHedge, LabelNumber}
}

// Attribute values of the scheme: NUMBER kind, HEDGE type, QUOTE mode.
const (
	KindCardinal = "cardinal"
	KindOrdinal  = "ordinal"
	KindFraction = "fraction"
	KindVague    = "vague" // a vague quantity has no value (null in the scheme)

	TypeEpistemic    = "epistemic"
	TypeEvidential   = "evidential"
	TypeApproximator = "approximator"

	ModeDirect   = "direct"
	ModeIndirect = "indirect"
)

// Layers are groups of labels that a stage produces and --layers selects.
const (
	LayerSpeech  = "speech"  // CUE, SOURCE, QUOTE
	LayerHedge   = "hedge"   // HEDGE
	LayerNumbers = "numbers" // NUMBER
)
