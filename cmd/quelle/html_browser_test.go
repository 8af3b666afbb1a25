package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/eval"
	"github.com/quelle-nlp/quelle/scheme"
)

// The HTML view (--format html) checked in a real browser: headless
// Chromium (Debian's chromium; .ci/run installs it) opens the pages that
// quelle annotate writes, and the test reads what the page shows.

var updateScreenshot = flag.Bool("update-screenshot", false, "rewrite docs/html-view.png, the README's screenshot of the seeds' HTML view")

// chromium finds a headless browser, or skips the test saying why. In CI
// (CI set) a missing browser fails: .ci/run installs Debian's chromium.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "headless Chromium not found (apt-get install chromium; .ci/run installs it): the HTML view is not checked in a browser"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// browser starts a headless Chromium for the test.
func browser(t *testing.T) context.Context {
	path := chromium(t)
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return ctx
}

// domReport is what the page shows, collected by domScript.
type domReport struct {
	Spans  [][4]any       `json:"spans"`  // doc, label, start, end of every predicted span's head mark
	Texts  []string       `json:"texts"`  // the text shown in each span's marks (head and continuations)
	Hidden []string       `json:"hidden"` // spans with a mark that has no box on screen
	Legend map[string]int `json:"legend"` // label → count
	Diffs  map[string]int `json:"diffs"`  // FP, FN, boundary, attr → count in the legend
	FP     [][4]any       `json:"fp"`
	FN     [][4]any       `json:"fn"`
	Attr   [][5]any       `json:"attr"` // doc, label, attribute, gold start, gold end
	Docs   int            `json:"docs"`
}

// domScript reads the page: every mark, its text (head and continuations
// joined) and whether it has a box on screen, the legend and the diff
// marks.
const domScript = `(() => {
  const r = {spans: [], texts: [], hidden: [], legend: {}, diffs: {}, fp: [], fn: [], attr: []};
  for (const art of document.querySelectorAll("article")) {
    const doc = art.dataset.doc;
    const parts = {};
    for (const m of art.querySelectorAll("mark[data-s], mark[data-cont]")) {
      const i = m.dataset.s ?? m.dataset.cont;
      (parts[i] = parts[i] || []).push(m);
    }
    for (const m of art.querySelectorAll("mark[data-s]")) {
      const cs = +m.dataset.cs, ce = +m.dataset.ce, l = m.dataset.l;
      r.spans.push([doc, l, cs, ce]);
      r.texts.push(parts[m.dataset.s].map(p => p.textContent).join(""));
      if (!parts[m.dataset.s].every(p => p.getClientRects().length > 0)) r.hidden.push(doc + " " + l + " " + cs + "-" + ce);
      const diff = (m.dataset.diff || "").split(" ");
      if (diff.includes("FP")) r.fp.push([doc, l, cs, ce]);
      for (const a of (m.dataset.attrs || "").split(" ").filter(x => x)) r.attr.push([doc, l, a, +m.dataset.gs, +m.dataset.ge]);
    }
    for (const m of art.querySelectorAll("mark[data-g]")) r.fn.push([doc, m.dataset.l, +m.dataset.cs, +m.dataset.ce]);
  }
  for (const c of document.querySelectorAll("#legend .count[data-label]")) r.legend[c.dataset.label] = +c.dataset.count;
  for (const c of document.querySelectorAll("#legend .count[data-diff]")) r.diffs[c.dataset.diff] = +c.dataset.count;
  r.docs = +document.getElementById("docs").dataset.count;
  return JSON.stringify(r);
})()`

func readPage(t *testing.T, ctx context.Context, path string) domReport {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+abs)); err != nil {
		t.Fatal(err)
	}
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](domScript))
	if err != nil {
		t.Fatal(err)
	}
	var r domReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// specialLine is a document where byte, code-point and UTF-16 offsets all
// differ: a byte order mark, emoji, „quotes“ and CRLF line ends.
const specialLine = `{"id":"special","text":"\ufeffLaut Polizei 👍 wurden rund 3.500 Menschen verletzt, darunter ein 71-Jähriger.\r\n„Die Lage ist ernst 😟“, sagte Innenministerin Faeser.\r\nTausende protestierten.\r\n"}` + "\n"

// TestHTMLInBrowser annotates the gold set (and the special document) with
// --format html --gold, opens the page in headless Chromium and checks
// that every predicted span is on screen with its text, that the legend's
// counts equal the spans of the JSONL run, and that the diff marks equal
// the error list of quelle eval --errors --json.
func TestHTMLInBrowser(t *testing.T) {
	ctx := browser(t)
	dir := t.TempDir()
	gold := "../../gold/dev.jsonl"
	input := filepath.Join(dir, "in.jsonl")
	data, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(input, append(data, specialLine...), 0o644); err != nil {
		t.Fatal(err)
	}
	page, pred := filepath.Join(dir, "view.html"), filepath.Join(dir, "pred.jsonl")
	for _, args := range [][]string{
		{"annotate", "--in", "jsonl", "--format", "html", "--gold", gold, "-o", page, input},
		{"annotate", "--in", "jsonl", "-o", pred, input},
	} {
		if code, _, stderr := runCLI(t, "", args...); code != 0 {
			t.Fatalf("quelle %s: exit %d: %s", strings.Join(args, " "), code, stderr)
		}
	}
	r := readPage(t, ctx, page)
	recs, err := scheme.Read(pred)
	if err != nil {
		t.Fatal(err)
	}
	var want, shown [][5]any
	counts := map[string]int{}
	for _, rec := range recs {
		for _, s := range rec.Spans {
			// The HTML parser turns CR LF into LF.
			want = append(want, [5]any{rec.ID, s.Label, float64(s.Start), float64(s.End), strings.ReplaceAll(s.Text, "\r", "")})
			counts[s.Label]++
		}
	}
	if len(want) == 0 || len(r.Texts) != len(r.Spans) {
		t.Fatalf("the run predicted %d spans, the page has %d texts for %d marks", len(want), len(r.Texts), len(r.Spans))
	}
	for i, s := range r.Spans {
		shown = append(shown, [5]any{s[0], s[1], s[2], s[3], r.Texts[i]})
	}
	sameList(t, "spans on the page (with their text)", shown, want)
	if len(r.Hidden) > 0 {
		t.Errorf("%d spans have a mark without a box on screen, e.g. %s", len(r.Hidden), r.Hidden[0])
	}
	for _, l := range annotate.AllLabels() {
		if r.Legend[l] != counts[l] {
			t.Errorf("legend: %s %d, the JSONL run has %d", l, r.Legend[l], counts[l])
		}
	}
	if r.Docs != len(recs) {
		t.Errorf("legend: %d documents, the run wrote %d", r.Docs, len(recs))
	}

	code, out, stderr := runCLI(t, "", "eval", "--gold", gold, "--pred", pred, "--errors", "--json", "--bootstrap", "0")
	if code != 0 {
		t.Fatalf("quelle eval: exit %d: %s", code, stderr)
	}
	var res struct{ Errors eval.ErrorReport }
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	var fp, fn [][4]any
	for _, e := range res.Errors.Spans {
		x := [4]any{e.Doc, e.Label, float64(e.Start), float64(e.End)}
		if e.Kind == "FP" {
			fp = append(fp, x)
		} else {
			fn = append(fn, x)
		}
	}
	var attr [][5]any
	for _, e := range res.Errors.Attributes {
		attr = append(attr, [5]any{e.Doc, e.Label, e.Attribute, float64(e.Start), float64(e.End)})
	}
	if len(fp) == 0 || len(fn) == 0 || len(attr) == 0 {
		t.Fatalf("eval listed %d FP, %d FN, %d attribute errors: the diff is not fully tested", len(fp), len(fn), len(attr))
	}
	sameList(t, "false positives", r.FP, fp)
	sameList(t, "false negatives", r.FN, fn)
	sameList(t, "attribute errors", r.Attr, attr)
	if r.Diffs["FP"] != len(fp) || r.Diffs["FN"] != len(fn) || r.Diffs["attr"] != len(attr) {
		t.Errorf("legend diff counts %v, eval: FP %d, FN %d, attr %d", r.Diffs, len(fp), len(fn), len(attr))
	}
	t.Logf("%d spans, %d FP, %d FN, %d attribute errors, %d boundary marks", len(want), len(fp), len(fn), len(attr), r.Diffs["boundary"])
}

// TestHTMLPagesInBrowser checks the folder form: the index's counts and a
// document's page.
func TestHTMLPagesInBrowser(t *testing.T) {
	ctx := browser(t)
	dir := filepath.Join(t.TempDir(), "view")
	code, out, stderr := runCLI(t, specialLine, "annotate", "--in", "jsonl", "-")
	if code != 0 {
		t.Fatal(stderr)
	}
	want := strings.Count(out, `"label":`)
	if code, _, stderr := runCLI(t, specialLine, "annotate", "--in", "jsonl", "--format", "html", "-o", dir, "-"); code != 0 {
		t.Fatal(stderr)
	}
	for _, page := range []string{filepath.Join(dir, "index.html"), filepath.Join(dir, "docs", "special.html")} {
		r := readPage(t, ctx, page)
		total := 0
		for _, n := range r.Legend {
			total += n
		}
		if total != want || r.Docs != 1 || len(r.Hidden) > 0 {
			t.Errorf("%s: legend counts %d spans in %d documents (want %d in 1); hidden: %v", page, total, r.Docs, want, r.Hidden)
		}
	}
}

// TestHTMLScreenshot rewrites the README's screenshot, docs/html-view.png
// (the seeds' view with the gold diff), when run with -update-screenshot.
func TestHTMLScreenshot(t *testing.T) {
	if !*updateScreenshot {
		t.Skip("run with -update-screenshot to rewrite docs/html-view.png")
	}
	ctx := browser(t)
	page := filepath.Join(t.TempDir(), "seeds.html")
	if code, _, stderr := runCLI(t, "", "annotate", "--format", "html", "--gold", "../../gold/dev.jsonl", "-o", page, "../../corpus/seeds"); code != 0 {
		t.Fatal(stderr)
	}
	abs, _ := filepath.Abs(page)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1100, 820), chromedp.Navigate("file://"+abs)); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("../../docs/html-view.png", png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// sameList compares two lists as multisets.
func sameList[T any](t *testing.T, what string, got, want []T) {
	t.Helper()
	key := func(x T) string { return fmt.Sprint(x) }
	g, w := make([]string, len(got)), make([]string, len(want))
	for i, x := range got {
		g[i] = key(x)
	}
	for i, x := range want {
		w[i] = key(x)
	}
	slices.Sort(g)
	slices.Sort(w)
	if !slices.Equal(g, w) {
		missing, extra := diffSorted(w, g), diffSorted(g, w)
		t.Errorf("%s: page has %d, want %d; missing %s; extra %s", what, len(g), len(w), head(missing), head(extra))
	}
}

func diffSorted(a, b []string) []string {
	var out []string
	for _, x := range a {
		if i, ok := slices.BinarySearch(b, x); !ok {
			out = append(out, x)
		} else {
			b = slices.Delete(slices.Clone(b), i, i+1)
		}
	}
	return out
}

func head(s []string) string {
	if len(s) > 5 {
		return strings.Join(s[:5], "; ") + fmt.Sprintf(" … (%d)", len(s))
	}
	return strings.Join(s, "; ")
}
