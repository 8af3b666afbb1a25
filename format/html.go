package format

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// The HTML view: the text with a coloured mark per span (attributes and
// rule on hover, the spans of one attribution highlighted together), a
// legend with the number of spans per label and, with a gold set, the
// differences marked in place. Pages are self-contained: inline CSS and a
// few lines of inline script, nothing fetched.
//
// Marks nest; a span that crosses the end of an enclosing one is closed
// and continued, so each span has exactly one head element (data-s for a
// predicted span, data-g for a missed gold span) and maybe continuations.
// data-cs/data-ce are its code-point offsets, data-diff its differences
// from gold (FP, FN, boundary, attr), data-gs/data-ge the offsets of the
// gold span it was matched to and data-attrs the attributes that differ.
//
// Memory stays bounded on any input: documents are written as they come,
// in input order, and the legend, which needs the totals, is written last
// and shown first (CSS order). A single page of a large run is a large
// page, so with --out DIR the writer makes index.html (totals and one row
// per document) and one page per document under docs/.

type htmlWriter struct {
	opt   Options
	gold  map[string]*scheme.Record
	seen  map[string]bool // gold documents in the run
	pages *dirOut         // per-document pages (nil: one page)
	out   *bufio.Writer
	file  *os.File // index.html (pages mode)
	total labelCounts
	diffs diffCounts
	docs  int
	begun bool
}

// diffCounts counts the marked differences.
type diffCounts struct{ fp, fn, boundary, attr int }

func (d *diffCounts) add(o diffCounts) {
	d.fp, d.fn, d.boundary, d.attr = d.fp+o.fp, d.fn+o.fn, d.boundary+o.boundary, d.attr+o.attr
}

// htmlDoc is what Write needs of an encoded document.
type htmlDoc struct {
	diffs  diffCounts
	inGold bool
}

func newHTMLWriter(opt Options, dir bool) (*htmlWriter, error) {
	w := &htmlWriter{opt: opt, seen: map[string]bool{}}
	if len(opt.Gold) > 0 {
		w.gold = make(map[string]*scheme.Record, len(opt.Gold))
		for i := range opt.Gold {
			if w.gold[opt.Gold[i].ID] != nil {
				return nil, fmt.Errorf("gold: %w %q", scheme.ErrDuplicateID, opt.Gold[i].ID)
			}
			w.gold[opt.Gold[i].ID] = &opt.Gold[i]
		}
	}
	if !dir {
		w.out = bufio.NewWriterSize(opt.Out, 1<<16)
		return w, nil
	}
	pages, err := newDirOut(filepath.Join(opt.Dir, "docs"))
	if err != nil {
		return nil, err
	}
	f, err := os.Create(filepath.Join(opt.Dir, "index.html"))
	if err != nil {
		return nil, err
	}
	w.pages, w.file, w.out = pages, f, bufio.NewWriterSize(f, 1<<16)
	return w, nil
}

// Encode renders the document's article (in pages mode, its whole page).
func (w *htmlWriter) Encode(doc *annotate.Document) (*Encoded, error) {
	var diff *docDiff
	g := w.gold[doc.ID]
	if g != nil {
		var err error
		if diff, err = diffDoc(doc, g, w.opt.Labels); err != nil {
			return nil, err
		}
	}
	var b strings.Builder
	b.Grow(3*len(doc.Text) + 200*len(doc.Spans) + 512)
	counts := countSpans(doc.Spans)
	info := htmlDoc{inGold: g != nil}
	if diff != nil {
		info.diffs = diff.counts
	}
	if w.pages != nil {
		b.WriteString(pageHead(doc.ID))
	}
	writeArticle(&b, doc, diff, w.gold != nil)
	if w.pages != nil {
		w.writeLegend(&b, counts, info.diffs, 1, `<a href="../index.html">← all documents</a>`)
		b.WriteString(pageFoot)
		return &Encoded{ID: doc.ID, files: []file{{".html", []byte(b.String())}}, counts: counts, extra: info}, nil
	}
	return &Encoded{ID: doc.ID, data: []byte(b.String()), counts: counts, extra: info}, nil
}

func (w *htmlWriter) begin() {
	if w.begun {
		return
	}
	w.begun = true
	w.out.WriteString(pageHead("quelle"))
	if w.pages != nil {
		w.out.WriteString("<main><table class=\"index\"><thead><tr><th>document</th><th>spans</th>")
		if w.gold != nil {
			w.out.WriteString("<th>differences from gold</th>")
		}
		w.out.WriteString("</tr></thead><tbody>\n")
	}
}

// Write appends the article (or writes the page and an index row).
func (w *htmlWriter) Write(e *Encoded) error {
	w.begin()
	info := e.extra.(htmlDoc)
	w.docs++
	w.total.addAll(e.counts)
	w.diffs.add(info.diffs)
	if info.inGold {
		w.seen[e.ID] = true
	}
	if w.pages == nil {
		_, err := w.out.Write(e.data)
		return err
	}
	stem, err := w.pages.stem(e.ID)
	if err != nil {
		return err
	}
	if err := w.pages.write(stem+".html", e.files[0].data); err != nil {
		return err
	}
	fmt.Fprintf(w.out, "<tr><td><a href=\"docs/%s.html\">%s</a></td><td>%s</td>", html.EscapeString(stem), html.EscapeString(e.ID), countsText(e.counts, w.opt.Labels))
	if w.gold != nil {
		fmt.Fprintf(w.out, "<td>%s</td>", diffText(info.diffs, info.inGold))
	}
	_, err = w.out.WriteString("</tr>\n")
	return err
}

// Close writes the legend with the totals and ends the page.
func (w *htmlWriter) Close() error {
	w.begin()
	var b strings.Builder
	if w.pages != nil {
		b.WriteString("</tbody></table></main>\n")
	}
	w.writeLegend(&b, w.total, w.diffs, w.docs, "")
	if missing := w.missingGold(); len(missing) > 0 {
		fmt.Fprintf(&b, "<p class=\"missing\">Gold documents not in this run (%d): %s</p>\n", len(missing), html.EscapeString(strings.Join(missing, ", ")))
	}
	b.WriteString(pageFoot)
	w.out.WriteString(b.String())
	err := w.out.Flush()
	if w.file != nil {
		if cerr := w.file.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

func (w *htmlWriter) missingGold() []string {
	var ids []string
	for _, g := range w.opt.Gold {
		if !w.seen[g.ID] {
			ids = append(ids, g.ID)
		}
	}
	return ids
}

// writeLegend writes the legend: colours, counts per label (data-count),
// and with gold the differences.
func (w *htmlWriter) writeLegend(b *strings.Builder, c labelCounts, d diffCounts, docs int, nav string) {
	b.WriteString("<aside id=\"legend\">")
	if nav != "" {
		b.WriteString(nav + " · ")
	}
	fmt.Fprintf(b, "<b>quelle</b> %s · <span id=\"docs\" data-count=\"%d\">%d document%s</span><ul class=\"labels\">", html.EscapeString(w.opt.Version), docs, docs, plural(docs))
	for _, l := range w.opt.Labels {
		n := c[labelIndex(l)]
		fmt.Fprintf(b, "<li><mark class=\"s L-%s\">%s</mark> <span class=\"count\" data-label=\"%s\" data-count=\"%d\">%d</span></li>", l, l, l, n, n)
	}
	b.WriteString("</ul>")
	if w.gold != nil {
		fmt.Fprintf(b, "<ul class=\"diffs\"><li><mark class=\"s fp\">spurious</mark> <span class=\"count\" data-diff=\"FP\" data-count=\"%d\">%d</span></li>"+
			"<li><mark class=\"g fn\">missed</mark> <span class=\"count\" data-diff=\"FN\" data-count=\"%d\">%d</span></li>"+
			"<li><mark class=\"s bd\">wrong boundary</mark> <span class=\"count\" data-diff=\"boundary\" data-count=\"%d\">%d</span></li>"+
			"<li><mark class=\"s at\">wrong attribute</mark> <span class=\"count\" data-diff=\"attr\" data-count=\"%d\">%d</span></li></ul>",
			d.fp, d.fp, d.fn, d.fn, d.boundary, d.boundary, d.attr, d.attr)
	}
	b.WriteString("<label class=\"toggle\"><input type=\"checkbox\" id=\"showlabels\"> label names</label></aside>\n")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func countsText(c labelCounts, labels []string) string {
	var parts []string
	for _, l := range labels {
		parts = append(parts, fmt.Sprintf("%s %d", l, c[labelIndex(l)]))
	}
	return strings.Join(parts, " · ")
}

func diffText(d diffCounts, inGold bool) string {
	if !inGold {
		return "not in the gold set"
	}
	return fmt.Sprintf("%d spurious · %d missed · %d boundary · %d attribute", d.fp, d.fn, d.boundary, d.attr)
}

// writeArticle writes one document: a heading and the marked text.
func writeArticle(b *strings.Builder, doc *annotate.Document, diff *docDiff, withGold bool) {
	fmt.Fprintf(b, "<article class=\"doc\" data-doc=\"%s\"><h2>%s</h2>", html.EscapeString(doc.ID), html.EscapeString(doc.ID))
	if withGold && diff == nil {
		b.WriteString("<p class=\"note\">not in the gold set</p>")
	}
	b.WriteString("<div class=\"text\">")
	writeMarked(b, doc, diff)
	b.WriteString("</div></article>\n")
}

// item is one mark to draw: a predicted span or a missed gold span.
type item struct {
	start, end int // bytes
	rank       int // nesting order of equal ranges
	head, cont string
}

// writeMarked writes the text with its marks, nested.
func writeMarked(b *strings.Builder, doc *annotate.Document, diff *docDiff) {
	items := markItems(doc, diff)
	slices.SortStableFunc(items, func(a, c item) int {
		if a.start != c.start {
			return a.start - c.start
		}
		if a.end != c.end {
			return c.end - a.end
		}
		return a.rank - c.rank
	})
	bounds := make([]int, 0, 2*len(items))
	for _, it := range items {
		bounds = append(bounds, it.start, it.end)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	var stack []int
	pos, next := 0, 0
	for _, p := range bounds {
		writeText(b, doc.Text[pos:p])
		pos = p
		stack = closeAt(b, items, stack, p)
		for next < len(items) && items[next].start == p {
			b.WriteString(items[next].head)
			if items[next].end == p {
				b.WriteString("</mark>")
			} else {
				stack = append(stack, next)
			}
			next++
		}
	}
	writeText(b, doc.Text[pos:])
}

// closeAt closes the marks that end at p, continuing the ones inside them
// that go on.
func closeAt(b *strings.Builder, items []item, stack []int, p int) []int {
	ending := 0
	for _, i := range stack {
		if items[i].end == p {
			ending++
		}
	}
	var reopen []int
	for ending > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.WriteString("</mark>")
		if items[top].end == p {
			ending--
		} else {
			reopen = append(reopen, top)
		}
	}
	for i := len(reopen) - 1; i >= 0; i-- {
		b.WriteString(items[reopen[i]].cont)
		stack = append(stack, reopen[i])
	}
	return stack
}

// writeText writes text escaped, each invalid byte as U+FFFD (one code
// point, as everywhere in quelle).
func writeText(b *strings.Builder, s string) {
	for s != "" {
		i := 0
		for i < len(s) {
			if s[i] < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		b.WriteString(html.EscapeString(s[:i]))
		if i < len(s) {
			b.WriteString("\uFFFD")
			i++
		}
		s = s[i:]
	}
}

// labelRank orders marks of equal range: QUOTE outermost.
func labelRank(label string) int {
	switch label {
	case annotate.LabelQuote:
		return 0
	case annotate.LabelSource:
		return 1
	case annotate.LabelCue:
		return 2
	case annotate.LabelHedge:
		return 3
	}
	return 4
}

// markItems makes the marks of the predicted spans and the missed gold
// spans.
func markItems(doc *annotate.Document, diff *docDiff) []item {
	cp := unitMap(doc, scheme.CodePoints, nil)
	items := make([]item, 0, len(doc.Spans))
	for i := range doc.Spans {
		s := &doc.Spans[i]
		cs, ce := cp.At(s.Start), cp.At(s.End)
		var d *spanDiff
		if diff != nil {
			d = diff.pred[i]
		}
		attrs := predAttrs(s, i, cs, ce, doc.Text[s.Start:s.End], d)
		items = append(items, item{start: s.Start, end: s.End, rank: labelRank(s.Label),
			head: "<mark " + attrs.class + ` data-s="` + strconv.Itoa(i) + `"` + attrs.rest + ">",
			cont: "<mark " + attrs.class + ` data-cont="` + strconv.Itoa(i) + `"` + attrs.rest + ">"})
	}
	if diff != nil {
		for j, g := range diff.missed {
			title := html.EscapeString("missed: gold " + spanTitle(&g.span, g.span.Start, g.span.End, g.span.Text, g.span.Rule))
			rest := fmt.Sprintf(` data-l="%s" data-cs="%d" data-ce="%d" data-diff="FN" title="%s"`, g.span.Label, g.span.Start, g.span.End, title)
			class := `class="g fn L-` + g.span.Label + `"`
			items = append(items, item{start: g.start, end: g.end, rank: 5 + labelRank(g.span.Label),
				head: "<mark " + class + ` data-g="` + strconv.Itoa(j) + `"` + rest + ">",
				cont: "<mark " + class + ` data-gcont="` + strconv.Itoa(j) + `"` + rest + ">"})
		}
	}
	return items
}

type markAttrs struct{ class, rest string }

// predAttrs builds the class and data attributes of a predicted span.
func predAttrs(s *annotate.Span, i, cs, ce int, text string, d *spanDiff) markAttrs {
	classes := []string{"s", "L-" + s.Label}
	rs := scheme.RecordSpan{Label: s.Label, Kind: s.Kind, Type: s.Type, Mode: s.Mode, Lemma: s.Lemma, Attribution: s.Attribution}
	if s.HasValue() {
		v := s.Value
		rs.Value = &v
	}
	title := spanTitle(&rs, cs, ce, text, s.Rule)
	rest := fmt.Sprintf(` data-l="%s" data-cs="%d" data-ce="%d"`, s.Label, cs, ce)
	if s.Attribution != 0 && isSpeech(s.Label) {
		rest += fmt.Sprintf(` data-a="%d"`, s.Attribution)
	}
	if d != nil {
		var kinds []string
		if d.fp {
			classes, kinds = append(classes, "fp"), append(kinds, "FP")
			title += "\nspurious: no gold " + s.Label + " overlaps it"
		}
		if d.matched {
			rest += fmt.Sprintf(` data-gs="%d" data-ge="%d"`, d.gold.Start, d.gold.End)
		}
		if d.boundary {
			classes, kinds = append(classes, "bd"), append(kinds, "boundary")
			title += fmt.Sprintf("\nwrong boundary: gold %d–%d «%s»", d.gold.Start, d.gold.End, d.gold.Text)
		}
		if len(d.attrs) > 0 {
			classes, kinds = append(classes, "at"), append(kinds, "attr")
			var names []string
			for _, a := range d.attrs {
				names = append(names, a.name)
				title += fmt.Sprintf("\nwrong %s: gold %s, predicted %s", a.name, a.gold, a.pred)
			}
			rest += ` data-attrs="` + strings.Join(names, " ") + `"`
		}
		if len(kinds) > 0 {
			rest += ` data-diff="` + strings.Join(kinds, " ") + `"`
		}
	}
	rest += ` title="` + html.EscapeString(title) + `"`
	return markAttrs{class: `class="` + strings.Join(classes, " ") + `"`, rest: rest}
}

// spanTitle is the hover text of a span: label, offsets, text, attributes,
// attribution and rule.
func spanTitle(s *scheme.RecordSpan, cs, ce int, text, rule string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d–%d «%s»", s.Label, cs, ce, text)
	switch s.Label {
	case annotate.LabelNumber:
		if s.Value != nil {
			b.WriteString("\nvalue: " + formatValue(*s.Value))
		} else {
			b.WriteString("\nvalue: none")
		}
		attrLine(&b, "kind", s.Kind)
	case annotate.LabelHedge:
		attrLine(&b, "type", s.Type)
	case annotate.LabelQuote:
		attrLine(&b, "mode", s.Mode)
	case annotate.LabelCue:
		attrLine(&b, "lemma", s.Lemma)
	}
	if s.Attribution != 0 {
		fmt.Fprintf(&b, "\nattribution %d", s.Attribution)
	}
	attrLine(&b, "rule", rule)
	return b.String()
}

func attrLine(b *strings.Builder, name, v string) {
	if v != "" {
		b.WriteString("\n" + name + ": " + v)
	}
}

// pageHead starts a page.
func pageHead(title string) string {
	return "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
		"<title>" + html.EscapeString(title) + "</title><style>" + pageCSS + "</style></head><body>\n"
}

// pageCSS styles the view. Okabe–Ito colours; each label has its own kind
// of mark so that nested and overlapping spans stay distinguishable.
const pageCSS = `body{font:17px/2.1 Georgia,"DejaVu Serif",serif;color:#222;max-width:56em;margin:0 auto;padding:0 1.2em 3em;display:flex;flex-direction:column}
#legend{order:-1;position:sticky;top:0;z-index:2;background:#fafafa;border-bottom:1px solid #ccc;padding:.3em .6em;font:14px/1.8 system-ui,sans-serif}
#legend ul{display:inline;margin:0;padding:0}#legend li{display:inline-block;margin-left:1em;white-space:nowrap}
.toggle{margin-left:1.5em;color:#555}
h2{font:600 15px/1.4 system-ui,sans-serif;color:#555;margin:1.8em 0 .3em;border-bottom:1px solid #eee}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.note,.missing{font:14px system-ui,sans-serif;color:#a00}
table.index{border-collapse:collapse;font:14px/1.6 system-ui,sans-serif;margin-top:1em}
table.index td,table.index th{padding:.1em .8em;border-bottom:1px solid #eee;text-align:left}
mark{background:none;color:inherit;padding:0 1px;border-radius:3px}
mark.L-QUOTE{background:rgba(0,158,115,.13);box-shadow:inset 0 -2px 0 rgba(0,158,115,.8)}
mark.L-SOURCE{background:rgba(86,180,233,.38)}
mark.L-CUE{background:rgba(230,159,0,.5);font-weight:bold}
mark.L-HEDGE{text-decoration:underline wavy #CC79A7 2px;text-decoration-skip-ink:none;text-underline-offset:4px}
mark.L-NUMBER{outline:2px solid #0072B2;outline-offset:-1px}
mark.hl{outline:2px solid #000;outline-offset:0}
mark.fp{background-image:repeating-linear-gradient(135deg,rgba(200,0,0,.28) 0 3px,transparent 3px 7px)}
mark.g.fn{background:rgba(200,0,0,.07);outline:2px dashed #c00;outline-offset:1px}
mark.bd{border-bottom:3px double #d55e00}
mark.at{border-top:2px dotted #d55e00}
mark.fp[data-s]::after,mark.fn[data-g]::after,mark.at[data-s]::after{font:bold 10px system-ui,sans-serif;vertical-align:super;color:#c00}
mark.fp[data-s]::after{content:"+"}mark.fn[data-g]::after{content:"−"}mark.at[data-s]:not(.fp)::after{content:"≠";color:#d55e00}
body:has(#showlabels:checked) mark[data-s]::before,body:has(#showlabels:checked) mark[data-g]::before{content:attr(data-l);font:9px system-ui,sans-serif;vertical-align:super;color:#333;margin-right:1px}
#legend mark{padding:0 .3em}`

// pageFoot ends a page: the script that highlights an attribution's
// spans together while the pointer is on one of them.
const pageFoot = `<script>(function(){var on=[];function clear(){on.forEach(function(e){e.classList.remove("hl")});on=[]}
document.addEventListener("mouseover",function(ev){var m=ev.target.closest?ev.target.closest("mark[data-a]"):null;clear();if(!m)return;
on=Array.prototype.slice.call(m.closest("article").querySelectorAll('mark[data-a="'+m.dataset.a+'"]'));on.forEach(function(e){e.classList.add("hl")})})})();</script>
</body></html>
`

var _ io.Writer = (*bufio.Writer)(nil)
