package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/spf13/pflag"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
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
	fs.StringVar(&f.in, "in", scheme.FormatText, "format of standard input: text (one document) or jsonl")
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
	if f.in != scheme.FormatText && f.in != scheme.FormatJSONL {
		return usagef("--in must be text or jsonl, not %q", f.in)
	}
	if f.jobs < 1 {
		return usagef("-j must be at least 1")
	}
	// -j N means N cores: reading, annotating and writing all share them.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(f.jobs))
	tuneGC()
	pipe, err := f.pipe.pipeline()
	if err != nil {
		return err
	}
	paths, err := scheme.Expand(fs.Args())
	if err != nil {
		return err
	}
	out, closeOut, err := openOut(f.out, e.stdout)
	if err != nil {
		return err
	}
	rd := &scheme.Reader{Stdin: e.stdin, StdinFormat: f.in, Warn: func(m string) { fmt.Fprintln(e.stderr, "quelle annotate: warning:", m) }}
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

// tuneGC lets the heap grow to 8× the live data before collecting, under
// a soft limit of 80 MiB. The live heap of a streaming run is only a few
// megabytes, so with Go's default the collector runs constantly and two
// cores spend most of their extra time on it (measured: -j 2 gave 1.0× of
// -j 1 at GOGC=100, 1.8× at 800). GOGC or GOMEMLIMIT in the environment
// take precedence.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(800)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(80 << 20)
	}
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
	size int // input bytes, held in the budget until written
	doc  *scheme.Pending
	line []byte // the encoded record
	err  error  // the document could not be decoded
}

// annotateStream reads documents, annotates them on f.jobs workers and
// writes their records in input order. At most 32×jobs documents and
// (beyond a single larger document) 16 MiB of input are in flight, so
// memory stays bounded whatever the corpus size; the window is wide enough
// that one long document does not leave the other workers idle. A read error
// is returned after every document read before it has been written.
func annotateStream(rd *scheme.Reader, paths []string, pipe *annotate.Pipeline, f *annotateFlags, out io.Writer, prog *progress) error {
	window := 32 * f.jobs
	budget := newByteBudget(16 << 20)
	slots := make(chan struct{}, window)
	todo := make(chan *job, window)
	done := make(chan *job, window)
	var wg sync.WaitGroup
	for range f.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range todo {
				if doc, err := j.doc.Document(); err != nil {
					j.err = err
				} else {
					j.line = encodeDoc(pipe, doc, f.tokens)
				}
				j.doc = nil
				done <- j
			}
		}()
	}
	readErr := make(chan error, 1)
	quit := make(chan struct{}) // closed when a document cannot be decoded
	go func() {
		seq := 0
		readErr <- rd.ReadPending(paths, func(d *scheme.Pending) error {
			select {
			case slots <- struct{}{}:
			case <-quit:
				return errStopped
			}
			budget.acquire(d.Size())
			todo <- &job{seq: seq, doc: d, size: d.Size()}
			seq++
			return nil
		})
		close(todo)
		wg.Wait()
		close(done)
	}()
	werr := writeInOrder(done, out, func() { <-slots }, budget, quit, prog)
	rerr := <-readErr
	prog.finish()
	if werr != nil {
		return werr
	}
	return rerr
}

// errStopped ends reading after a document could not be decoded.
var errStopped = errors.New("stopped")

// writeInOrder writes finished jobs in sequence order, releasing a slot
// for each one written. At the first document that could not be decoded
// it stops writing, closes quit and returns that document's error, after
// every document before it has been written.
func writeInOrder(done <-chan *job, out io.Writer, release func(), budget *byteBudget, quit chan<- struct{}, prog *progress) error {
	pending := map[int]*job{}
	next := 0
	var werr error
	for j := range done {
		pending[j.seq] = j
		for p, ok := pending[next]; ok; p, ok = pending[next] {
			if p.err != nil && werr == nil {
				werr = p.err
				close(quit)
			}
			if werr == nil {
				_, werr = out.Write(p.line)
			}
			prog.add(len(p.line))
			delete(pending, next)
			next++
			budget.release(p.size)
			release()
		}
	}
	return werr
}

// encodeDoc annotates doc and encodes its record as one JSON line.
func encodeDoc(pipe *annotate.Pipeline, doc *annotate.Document, tokens bool) []byte {
	pipe.Annotate(doc)
	rec := scheme.FromDocument(doc, tokens)
	return append(rec.AppendJSON(make([]byte, 0, 2*len(doc.Text)+256)), '\n')
}

// byteBudget bounds the input bytes in flight. A document larger than the
// whole budget is let through alone.
type byteBudget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	used  int
	limit int
}

func newByteBudget(limit int) *byteBudget {
	b := &byteBudget{limit: limit}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *byteBudget) acquire(n int) {
	b.mu.Lock()
	for b.used > 0 && b.used+n > b.limit {
		b.cond.Wait()
	}
	b.used += n
	b.mu.Unlock()
}

func (b *byteBudget) release(n int) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.cond.Broadcast()
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
