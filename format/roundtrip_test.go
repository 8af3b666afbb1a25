package format

import (
	"strconv"
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// TestRoundTripGold writes every gold document (and the special one) in
// each readable format and reads it back with the originals: the records
// must be identical, byte for byte as scheme JSONL.
func TestRoundTripGold(t *testing.T) {
	all := append(goldRecords(t), scheme.FromDocument(specialDoc(), false))
	want := jsonOf(all)
	for _, name := range []string{"jsonl", "brat", "webanno", "labelstudio"} {
		t.Run(name, func(t *testing.T) {
			path, warnings := writeAll(t, name, t.TempDir(), mustDocs(t, all), Options{})
			got := jsonOf(readAll(t, name, path, ReadOptions{Originals: all}))
			if got != want {
				t.Errorf("round trip differs:\n%s", firstDiff(got, want))
			}
			if name == "webanno" {
				// "71" in "71-Jähriger" needs a token split: reported, not lost.
				if !strings.Contains(strings.Join(warnings, "\n"), `NUMBER`) {
					t.Errorf("webanno: the unaligned span was not reported: %q", warnings)
				}
			}
		})
	}
}

// TestRoundTripWithoutOriginals: brat and Label Studio files carry the
// exact text; brat loses only meta (ids are file names), WebAnno the text
// between sentences (rebuilt with spaces, with a warning).
func TestRoundTripWithoutOriginals(t *testing.T) {
	all := append(goldRecords(t)[:5], scheme.FromDocument(specialDoc(), false))
	for _, name := range []string{"brat", "labelstudio", "webanno"} {
		t.Run(name, func(t *testing.T) {
			path, _ := writeAll(t, name, t.TempDir(), mustDocs(t, all), Options{})
			var warned []string
			got := readAll(t, name, path, ReadOptions{Warn: func(m string) { warned = append(warned, m) }})
			if len(got) != len(all) {
				t.Fatalf("%d documents back, want %d", len(got), len(all))
			}
			byID := map[string]scheme.Record{}
			for _, r := range got {
				byID[r.ID] = r
			}
			for _, w := range all {
				id := w.ID
				if name != "labelstudio" {
					id = fileStem(id)
				}
				g, ok := byID[id]
				if !ok {
					t.Fatalf("document %q missing (got ids %v)", id, keys(byID))
				}
				if name == "webanno" {
					if len(g.Text) == 0 || len(g.Spans) != len(w.Spans) {
						t.Errorf("%s: %d spans back, want %d", id, len(g.Spans), len(w.Spans))
					}
					continue
				}
				w.ID = id
				if name == "brat" {
					w.Meta = nil
				}
				if a, b := jsonOf([]scheme.Record{g}), jsonOf([]scheme.Record{w}); a != b {
					t.Errorf("%s differs:\n%s", id, firstDiff(a, b))
				}
			}
			if name == "webanno" && len(warned) == 0 {
				t.Error("webanno without originals: no warning about the rebuilt text")
			}
		})
	}
}

// TestReadChangedText: a document whose text changed is an error naming
// it, in every format.
func TestReadChangedText(t *testing.T) {
	all := []scheme.Record{scheme.FromDocument(specialDoc(), false)}
	changed := all[0]
	changed.Text = strings.Replace(changed.Text, "Polizei", "Polizist", 1)
	for _, name := range []string{"jsonl", "brat", "webanno", "labelstudio"} {
		t.Run(name, func(t *testing.T) {
			path, _ := writeAll(t, name, t.TempDir(), mustDocs(t, []scheme.Record{changed}), Options{})
			err := Read(name, path, ReadOptions{Originals: all}, func(*scheme.Record) error { return nil })
			if err == nil || !strings.Contains(err.Error(), "special <1>") || !strings.Contains(err.Error(), ErrTextChanged.Error()) {
				t.Errorf("got %v, want an error naming the document and saying the text changed", err)
			}
		})
	}
}

func mustDocs(t testing.TB, recs []scheme.Record) []*annotate.Document {
	t.Helper()
	docs := make([]*annotate.Document, len(recs))
	for i := range recs {
		d, err := ToDocument(&recs[i])
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = d
	}
	return docs
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// firstDiff shows the first differing line of two texts.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			j := 0
			for j < len(a) && j < len(b) && a[j] == b[j] {
				j++
			}
			from := max(0, j-80)
			return "line " + itoa(i+1) + ":\n got: …" + a[from:min(len(a), j+120)] + "\nwant: …" + b[from:min(len(b), j+120)]
		}
	}
	return "(no difference)"
}

func itoa(i int) string { return strconv.Itoa(i) }
