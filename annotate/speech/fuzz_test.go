package speech

import (
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
)

// FuzzAnnotate runs the stage on arbitrary text and checks that it never
// panics and that every span lies inside the text, on rune boundaries, has
// a label of the layer, a rule, and (for CUE and QUOTE) its attribute.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"Kritisiert wurde die Berichterstattung.",
		"Das lädt zu Missbrauch ein, sagte Georg Mascolo, Leiter des Netzwerks NDR, ",
		"„Fragen Sie in Pjöngjang nach“, erklärte die Sprecherin des russischen Außenministeriums.",
		"Wir haben unser Ziel nicht erreicht, sagte Herrera.",
		"Die Menge habe am Freitag fünf Männer angegriffen, teilte die Polizei mit.",
		"Laut Polizei kamen rund 300 Menschen. Dort seien sie seit Mittwoch, heißt es.",
		"Expertin: „Das ist so.“ „A“, sagte er, „B“",
		"„„„ ”” » « ‚ ‘ sagte, dass ob wie: so,",
		"sagte",
		",",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := annotateText(t, text)
		starts := map[int]bool{len(text): true} // code-point boundaries; an invalid byte is one code point
		for i := range text {
			starts[i] = true
		}
		for _, sp := range doc.Spans {
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				t.Fatalf("span %+v out of range for %d bytes", sp, len(text))
			}
			if !starts[sp.Start] || !starts[sp.End] {
				t.Fatalf("span %+v cuts a rune", sp)
			}
			if sp.Rule == "" {
				t.Fatalf("span %+v has no rule", sp)
			}
			switch sp.Label {
			case annotate.LabelCue:
				if sp.Lemma == "" {
					t.Fatalf("CUE %q has no lemma", text[sp.Start:sp.End])
				}
			case annotate.LabelQuote:
				if sp.Mode != annotate.ModeDirect && sp.Mode != annotate.ModeIndirect {
					t.Fatalf("QUOTE %q has mode %q", text[sp.Start:sp.End], sp.Mode)
				}
			case annotate.LabelSource:
			default:
				t.Fatalf("span with label %q", sp.Label)
			}
			if strings.TrimSpace(text[sp.Start:sp.End]) == "" {
				t.Fatalf("span %+v is blank", sp)
			}
		}
	})
}
