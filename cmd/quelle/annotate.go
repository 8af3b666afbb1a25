package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/spf13/pflag"

	"github.com/quelle-nlp/quelle/annotate"
)

// annotateFlags are the flags of quelle annotate.
type annotateFlags struct {
	pipe   *pipelineFlags
	in     string
	out    string
	tokens bool
	jobs   int
}

func annotateFlagSet(e *env) (*pflag.FlagSet, *annotateFlags) {
	fs := pflag.NewFlagSet("annotate", pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	f := &annotateFlags{pipe: addPipelineFlags(fs)}
	fs.StringVar(&f.in, "in", annotate.FormatText, "format of standard input: text (one document) or jsonl")
	fs.StringVarP(&f.out, "out", "o", "", "write JSONL to this file instead of standard output")
	fs.BoolVar(&f.tokens, "tokens", false, "add tokens and sentences (code-point offsets) to each record")
	fs.IntVarP(&f.jobs, "jobs", "j", runtime.NumCPU(), "number of cores to use (documents are annotated in parallel; output order is kept)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: quelle annotate [flags] [PATH ...]")
		fmt.Fprintln(e.stderr, "\nPATH is a .txt file, a .jsonl file, a directory (all *.txt below it) or - (standard input).")
		fmt.Fprintln(e.stderr, "Writes one scheme JSONL record per document, in input order.\n\nflags:")
		fs.PrintDefaults()
	}
	return fs, f
}

// runAnnotate implements quelle annotate.
func runAnnotate(args []string, e *env) error {
	fs, f := annotateFlagSet(e)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return errHelp
		}
		return usageError{err.Error()}
	}
	if f.in != annotate.FormatText && f.in != annotate.FormatJSONL {
		return usagef("--in must be text or jsonl, not %q", f.in)
	}
	if f.jobs < 1 {
		return usagef("-j must be at least 1")
	}
	// -j N means N cores: reading, annotating and writing all share them.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(f.jobs))
	pipe, err := f.pipe.pipeline()
	if err != nil {
		return err
	}
	paths, err := annotate.Expand(fs.Args())
	if err != nil {
		return err
	}
	out, closeOut, err := openOut(f.out, e.stdout)
	if err != nil {
		return err
	}
	rd := &annotate.Reader{Stdin: e.stdin, StdinFormat: f.in, Warn: func(m string) { fmt.Fprintln(e.stderr, "quelle annotate: warning:", m) }}
	var prog *progress
	if e.stderrIsTTY {
		prog = newProgress(e.stderr)
	}
	err = annotateStream(rd, paths, pipe, f, out, prog)
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	return err
}

// openOut returns a buffered writer on path (or on def when path is
// empty) and a function that flushes and closes it.
func openOut(path string, def io.Writer) (*bufio.Writer, func() error, error) {
	if path == "" {
		w := bufio.NewWriterSize(def, 1<<18)
		return w, w.Flush, nil
	}
	file, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	w := bufio.NewWriterSize(file, 1<<18)
	return w, func() error {
		if err := w.Flush(); err != nil {
			file.Close()
			return err
		}
		return file.Close()
	}, nil
}

// job is one document on its way through the workers.
type job struct {
	seq  int
	doc  *annotate.Document
	line []byte // the encoded record
}

// annotateStream reads documents, annotates them on f.jobs workers and
// writes their records in input order. At most 4×jobs documents are in
// flight, so memory stays bounded whatever the corpus size. A read error
// is returned after every document read before it has been written.
func annotateStream(rd *annotate.Reader, paths []string, pipe *annotate.Pipeline, f *annotateFlags, out io.Writer, prog *progress) error {
	window := 4 * f.jobs
	slots := make(chan struct{}, window)
	todo := make(chan *job, window)
	done := make(chan *job, window)
	var wg sync.WaitGroup
	for range f.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range todo {
				j.line = encodeDoc(pipe, j.doc, f.tokens)
				j.doc = nil
				done <- j
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		seq := 0
		readErr <- rd.Read(paths, func(d *annotate.Document) error {
			slots <- struct{}{}
			todo <- &job{seq: seq, doc: d}
			seq++
			return nil
		})
		close(todo)
		wg.Wait()
		close(done)
	}()
	werr := writeInOrder(done, out, slots, prog)
	rerr := <-readErr
	prog.finish()
	if rerr != nil {
		return rerr
	}
	return werr
}

// writeInOrder writes finished jobs in sequence order, releasing a slot
// for each one written.
func writeInOrder(done <-chan *job, out io.Writer, slots <-chan struct{}, prog *progress) error {
	pending := map[int]*job{}
	next := 0
	var werr error
	for j := range done {
		pending[j.seq] = j
		for p, ok := pending[next]; ok; p, ok = pending[next] {
			if werr == nil {
				_, werr = out.Write(p.line)
			}
			prog.add(len(p.line))
			delete(pending, next)
			next++
			<-slots
		}
	}
	return werr
}

// encodeDoc annotates doc and encodes its record as one JSON line.
func encodeDoc(pipe *annotate.Pipeline, doc *annotate.Document, tokens bool) []byte {
	pipe.Annotate(doc)
	rec := doc.Record(tokens)
	return append(rec.AppendJSON(make([]byte, 0, 2*len(doc.Text)+256)), '\n')
}

// progress prints a status line on a terminal.
type progress struct {
	w     io.Writer
	start time.Time
	last  time.Time
	docs  int
	bytes int
}

func newProgress(w io.Writer) *progress {
	now := time.Now()
	return &progress{w: w, start: now, last: now}
}

func (p *progress) add(n int) {
	if p == nil {
		return
	}
	p.docs++
	p.bytes += n
	if now := time.Now(); now.Sub(p.last) > 200*time.Millisecond {
		p.last = now
		p.print()
	}
}

func (p *progress) print() {
	secs := time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r%d documents, %.1f MB written, %.1f s", p.docs, float64(p.bytes)/1e6, secs)
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	p.print()
	fmt.Fprintln(p.w)
}
