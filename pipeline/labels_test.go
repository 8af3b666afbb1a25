package pipeline

import (
	"slices"
	"testing"

	"github.com/quelle-nlp/quelle/lexicon"
)

// TestLabels: Labels, which does not build the pipeline, gives the labels
// New's pipeline writes, for every choice of layers, and New's error for
// an unknown layer.
func TestLabels(t *testing.T) {
	for _, layers := range [][]string{nil, {"all"}, {"numbers"}, {"speech"}, {"hedge"}, {"numbers", "hedge"}, {"speech", "numbers"}, {"nope"}} {
		opt := Options{Layers: layers}
		got, gerr := Labels(opt)
		p, werr := New(lexicon.Default(), opt)
		if (gerr == nil) != (werr == nil) {
			t.Fatalf("%v: Labels error %v, New error %v", layers, gerr, werr)
		}
		if werr != nil {
			if gerr.Error() != werr.Error() {
				t.Errorf("%v: Labels error %q, New error %q", layers, gerr, werr)
			}
			continue
		}
		if want := p.Labels(); !slices.Equal(got, want) {
			t.Errorf("%v: Labels = %v, New's pipeline writes %v", layers, got, want)
		}
	}
}
