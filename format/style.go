package format

import "github.com/quelle-nlp/quelle/annotate"

// labelColor is a label's colour (Okabe–Ito, safe for colour-blind
// readers), shared by the brat configuration, Label Studio and HTML.
func labelColor(label string) string {
	switch label {
	case annotate.LabelCue:
		return "#E69F00"
	case annotate.LabelSource:
		return "#56B4E9"
	case annotate.LabelQuote:
		return "#009E73"
	case annotate.LabelHedge:
		return "#CC79A7"
	case annotate.LabelNumber:
		return "#0072B2"
	}
	return "#999999"
}

// labelName is a label's name in legends.
func labelName(label string) string {
	switch label {
	case annotate.LabelCue:
		return "Cue"
	case annotate.LabelSource:
		return "Source"
	case annotate.LabelQuote:
		return "Quote"
	case annotate.LabelHedge:
		return "Hedge"
	case annotate.LabelNumber:
		return "Number"
	}
	return label
}
