package hedge_test

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
)

// checkInvariants fails t unless every HEDGE of doc lies inside the text
// (on rune boundaries, when the text is valid UTF-8), has a type and a
// rule, and no two HEDGEs overlap.
func checkInvariants(t *testing.T, doc *annotate.Document) {
	t.Helper()
	end := -1
	for _, s := range doc.Spans {
		if s.Label != annotate.LabelHedge {
			continue
		}
		switch {
		case s.Start < 0 || s.End > len(doc.Text) || s.Start >= s.End:
			t.Fatalf("HEDGE %d–%d outside the text (%d bytes)", s.Start, s.End, len(doc.Text))
		case utf8.ValidString(doc.Text) && (!utf8.RuneStart(doc.Text[s.Start]) || (s.End < len(doc.Text) && !utf8.RuneStart(doc.Text[s.End]))):
			t.Fatalf("HEDGE %d–%d cuts a character", s.Start, s.End)
		case s.Type != annotate.TypeEpistemic && s.Type != annotate.TypeEvidential && s.Type != annotate.TypeApproximator:
			t.Fatalf("HEDGE %q has type %q", doc.Text[s.Start:s.End], s.Type)
		case s.Rule == "":
			t.Fatalf("HEDGE %q has no rule", doc.Text[s.Start:s.End])
		case s.Start < end:
			t.Fatalf("HEDGE %q overlaps the one before", doc.Text[s.Start:s.End])
		}
		end = s.End
	}
}

func FuzzAnnotate(f *testing.F) {
	for _, c := range hedgeCases {
		f.Add(c.text)
	}
	f.Add(strings.Repeat("soll könnte wohl heißt es etwa ", 50))
	fx := newFixture(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, fx.annotate(t, text, nil))
	})
}

// TestConcurrent runs one stage from several goroutines (go test -race)
// and expects the results of a serial run.
func TestConcurrent(t *testing.T) {
	fx := newFixture(t)
	want := make([]string, len(hedgeCases))
	for i, c := range hedgeCases {
		want[i] = strings.Join(hedges(fx.annotate(t, c.text, c.speech)), " | ")
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i, c := range hedgeCases {
				if got := strings.Join(hedges(fx.annotate(t, c.text, c.speech)), " | "); got != want[i] {
					t.Errorf("%s: concurrent %q, serial %q", c.name, got, want[i])
				}
			}
		})
	}
	wg.Wait()
}

// TestLinearWindow feeds a long sentence without punctuation full of
// candidates: every check is bounded by a window, so this stays fast.
func TestLinearWindow(t *testing.T) {
	fx := newFixture(t)
	text := strings.Repeat("sie soll es wohl geschickt haben und könnte etwa 3 sein ", 2000)
	doc := fx.annotate(t, text, nil)
	checkInvariants(t, doc)
	if len(hedges(doc)) == 0 {
		t.Fatal("no hedges in a text full of them")
	}
}
