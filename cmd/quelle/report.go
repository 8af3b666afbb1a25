package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/quelle-nlp/quelle/scheme"
)

// reporter prints a command's warnings, notes and errors on stderr and
// counts the errors. It shows at most maxPerFile messages per input file
// and says at the end how many more there were, so a file with a million
// broken lines does not bury the rest. It is used from one goroutine.
type reporter struct {
	w      io.Writer
	prefix string // "quelle annotate: "
	prog   *progress
	errors int
	shown  map[string]int // messages shown per file
	hidden map[string]int // messages not shown per file
	order  []string       // files with hidden messages, in order
}

const maxPerFile = 10

func newReporter(w io.Writer, cmd string) *reporter {
	return &reporter{w: w, prefix: "quelle " + cmd + ": ", shown: map[string]int{}, hidden: map[string]int{}}
}

// fail reports an error that makes the run fail (exit 1) at its end.
func (r *reporter) fail(err error) {
	r.errors++
	r.print(fileOf(err), "", err.Error())
}

// warn reports a problem that does not make the run fail.
func (r *reporter) warn(err error) { r.print(fileOf(err), "warning: ", err.Error()) }

// note prints a message that is neither (never hidden).
func (r *reporter) note(msg string) { r.line("note: " + msg) }

func (r *reporter) print(file, kind, msg string) {
	if file != "" {
		if r.shown[file] >= maxPerFile {
			if r.hidden[file] == 0 {
				r.order = append(r.order, file)
			}
			r.hidden[file]++
			return
		}
		r.shown[file]++
	}
	r.line(kind + msg)
}

func (r *reporter) line(msg string) {
	r.prog.clear()
	fmt.Fprintf(r.w, "%s%s\n", r.prefix, msg)
}

// summary says how many messages were not shown.
func (r *reporter) summary() {
	for _, f := range r.order {
		r.line(fmt.Sprintf("%s: %s more not shown", f, plural(r.hidden[f], "message")))
	}
}

// fileOf returns the file an error names, for the per-file limit.
func fileOf(err error) string {
	var e *scheme.Error
	if errors.As(err, &e) {
		return e.File
	}
	return ""
}

// plural returns "1 document", "2 documents".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// labelCounts counts spans per label.
type labelCounts map[string]int

func (c labelCounts) String() string {
	labels := make([]string, 0, len(c))
	for l := range c {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	parts := make([]string, len(labels))
	for i, l := range labels {
		parts[i] = fmt.Sprintf("%s %d", l, c[l])
	}
	return strings.Join(parts, ", ")
}

// progress prints a status line on a terminal.
type progress struct {
	w     io.Writer
	start time.Time
	last  time.Time
	docs  int
	bytes func() int64
	shown bool
}

func newProgress(w io.Writer, bytes func() int64) *progress {
	now := time.Now()
	return &progress{w: w, start: now, last: now, bytes: bytes}
}

func (p *progress) add() {
	if p == nil {
		return
	}
	p.docs++
	if now := time.Now(); now.Sub(p.last) > 200*time.Millisecond {
		p.last = now
		p.print()
	}
}

func (p *progress) print() {
	secs := time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r%s, %.1f MB written, %.1f s\x1b[K", plural(p.docs, "document"), float64(p.bytes())/1e6, secs)
	p.shown = true
}

// clear removes the status line before a message.
func (p *progress) clear() {
	if p != nil && p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	p.print()
	fmt.Fprintln(p.w)
	p.shown = false
}
