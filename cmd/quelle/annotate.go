package main

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"sync"

	"github.com/spf13/pflag"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/format"
	"github.com/quelle-nlp/quelle/pipeline"
	"github.com/quelle-nlp/quelle/scheme"
)

// annotateFlags are the flags of quelle annotate.
type annotateFlags struct {
	pipe   *pipelineFlags
	in     string
	out    string
	tokens bool
	jobs   int
	format string // --format: jsonl, or a format.Writer (formats.go)
	gold   string // --gold: the HTML view marks the differences
	prof   string // --cpuprofile (hidden): write a CPU profile of the run
	mprof  string // --memprofile (hidden): write a heap profile at the end of the run
}

func annotateFlagSet(e *env) (*pflag.FlagSet, *annotateFlags) {
	fs := pflag.NewFlagSet("annotate", pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	f := &annotateFlags{pipe: addPipelineFlags(fs)}
	fs.StringVar(&f.in, "in", scheme.FormatText, "format of standard input: text (one document) or jsonl")
	fs.StringVarP(&f.out, "out", "o", "", "write to this file instead of standard output (replaced only when the run finishes); the folder of a folder format")
	fs.BoolVar(&f.tokens, "tokens", false, "add tokens and sentences (code-point offsets) and each span's token_start/token_end to each record")
	fs.StringVar(&f.format, "format", "jsonl", "output format: "+format.Names(false)+" (listed below); brat, webanno and labelstudio write into -o DIR")
	fs.StringVar(&f.gold, "gold", "", "with --format html: gold JSONL file or folder; the page marks missed, spurious, wrong-boundary and wrong-attribute spans")
	fs.IntVarP(&f.jobs, "jobs", "j", runtime.NumCPU(), "number of cores to use (documents are annotated in parallel; output order is kept)")
	fs.StringVar(&f.prof, "cpuprofile", "", "write a CPU profile of the run to this file (for go tool pprof)")
	fs.MarkHidden("cpuprofile")
	fs.StringVar(&f.mprof, "memprofile", "", "write a heap profile at the end of the run to this file (for go tool pprof)")
	fs.MarkHidden("memprofile")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: quelle annotate [flags] [PATH ...]")
		fmt.Fprintln(e.stderr, "\nPATH is a .txt file, a .jsonl or .ndjson file, a folder (every .txt file below it) or - (standard input).")
		fmt.Fprintln(e.stderr, "Writes one scheme JSONL record per document, in input order. An input that cannot be read is")
		fmt.Fprintln(e.stderr, "named on stderr and skipped; the run goes on and exits 1 at the end.\n\nflags:")
		fs.PrintDefaults()
		fmt.Fprintln(e.stderr, "\nformats (--format):"+formatUsage())
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
	if err := checkFormat(f.format, f.out, f.gold, f.tokens); err != nil {
		return err
	}
	if f.prof != "" {
		stop, err := startProfile(f.prof)
		if err != nil {
			return err
		}
		defer stop()
	}
	if f.mprof != "" {
		defer writeHeapProfile(f.mprof, e.stderr)
	}
	// -j N means N cores: start-up, reading, annotating and writing all
	// share them.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(f.jobs))
	tuneGC()
	lex, opt, err := f.pipe.plan()
	if err != nil {
		return err
	}
	labels, err := pipeline.Labels(opt)
	if err != nil {
		return err
	}
	// With more than one core the pipeline is built while the first
	// documents are read (JSONL records need only its labels until then;
	// a format writer needs the pipeline itself).
	async := f.jobs > 1 && f.format == "jsonl"
	build := startBuild(lex, opt, async)
	if !async {
		if _, err := build.wait(); err != nil {
			return err
		}
	}
	rep := newReporter(e.stderr, "annotate")
	dir := ""
	if f.format != "jsonl" && format.WritesDir(f.format, f.out) {
		dir = f.out
	}
	ins, err := dropOutput(scheme.Inputs(fs.Args(), f.in), f.out, e.stdin, rep.note)
	if err != nil {
		return build.before(err)
	}
	outPath := f.out
	if dir != "" {
		ins, outPath = dropOutputDir(ins, dir, rep.note), ""
	}
	// Signals are caught from before the output file exists, so that
	// Ctrl-C never leaves a temporary file behind.
	var sigs <-chan os.Signal
	release := func() {}
	if e.signals != nil {
		sigs, release = e.signals()
		defer release()
	}
	out, err := openOutput(outPath, e.stdout)
	if err != nil {
		return build.before(err)
	}
	var fw *formatWriter
	if f.format != "jsonl" {
		pipe, _ := build.wait() // built, without error: not async
		if fw, err = newFormatWriter(f.format, out.w, dir, pipe.Labels(), f.gold, pipe.Tokenizer(), rep.note); err != nil {
			out.abort() // no temporary file left behind
			return err
		}
		if dir != "" {
			out.name = dir
		}
	}
	if e.stderrIsTTY {
		rep.prog = newProgress(e.stderr, func() int64 { return out.count.n })
	}
	a := &annotator{build: build, tokens: f.tokens, jobs: f.jobs, rep: rep, out: out, enc: newJSONLEncoder(out.w, f.tokens), writes: map[string]bool{}}
	if fw != nil {
		a.fw, a.enc = fw, fw
	}
	for _, l := range labels {
		a.writes[l] = true
	}
	a.stop, a.release = sigs, release
	// the workers read, one at a time. With one worker each record is
	// decoded as it is read, straight from the read buffer; with more, the
	// reader only copies the line and the worker that took it decodes it,
	// so that decoding runs on all cores (see feed.read)
	return a.run(&scheme.Reader{Stdin: e.stdin, Replace: a.writes, Decode: a.jobs == 1}, ins)
}

// startProfile starts a CPU profile written to path; the function it
// returns stops it.
func startProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--cpuprofile %s: %s", path, scheme.PathError(path, err).Msg)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpuprofile %s: %v", path, err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// writeHeapProfile writes the live heap (after a collection) to path;
// a failure is reported on stderr.
func writeHeapProfile(path string, stderr io.Writer) {
	f, err := os.Create(path)
	if err == nil {
		runtime.GC()
		err = pprof.Lookup("heap").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "quelle annotate: --memprofile %s: %v\n", path, err)
	}
}

// tuneGC lets the heap grow to 8× the live data before collecting, under
// a soft limit of 80 MiB. The live heap of a streaming run is about 10 MB
// (lexicon, speech grammar, the documents in flight; the morphology table
// is read in place, outside the heap); with Go's default the collector
// would run every 10 MB of garbage, and two cores spend much of their
// extra time on it (measured in the second session: -j 2 gave 1.0× of
// -j 1 at GOGC=100, 1.8× at 800). Measured now (GODEBUG=gctrace=1): a
// 20 MB run collects once, a 200 MB run 6 times at -j 1 and 7 at -j 2,
// each for well under 1 % of the CPU time; the peak RSS stays under
// 95 MiB. GOGC or GOMEMLIMIT in the environment take precedence.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(800)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(80 << 20)
	}
}

// annotator is one run of quelle annotate.
type annotator struct {
	build   *pipelineBuild
	tokens  bool
	jobs    int
	rep     *reporter
	writes  map[string]bool // the labels the pipeline writes
	out     *output
	enc     recordEncoder
	fw      *formatWriter    // --format other than jsonl (then also enc)
	stop    <-chan os.Signal // SIGINT, SIGTERM
	release func()           // restores the default signal handling
	bufs    sync.Pool        // *[]byte: record buffers, back once written
}

// job is one document on its way through the workers.
type job struct {
	seq  int
	size int // input bytes, counted in the sink's held bytes until written
	p    *scheme.Pending

	// filled by the worker
	err      error           // the document could not be read or decoded
	notes    []*scheme.Error // problems that did not stop it
	id       string
	file     string             // the input file
	lineNo   int                // the line in a JSONL file, 0 for text
	replaced labelCounts        // input spans replaced, per label
	line     []byte             // the encoded record (documents up to streamMin)
	buf      *[]byte            // holds line, from annotator.bufs
	enc      *format.Encoded    // the encoded document, with a format writer
	big      *annotate.Document // the annotated document, streamed by the worker that writes it
	pieces   []piece            // big was annotated in pieces
	spans    *spanList          // then its spans (not in big.Spans)
}

// interrupted is returned when a signal stopped the run.
type interrupted struct{ sig os.Signal }

func (i interrupted) Error() string { return "interrupted by " + sigName(i.sig) }

// finish ends the run: commits or aborts the output and sums up.
func (a *annotator) finish(written int, err error) error {
	if cerr := a.fw.close(); err == nil && cerr != nil {
		err = a.out.writeError(cerr)
	}
	a.rep.summary()
	var intr interrupted
	switch {
	case errors.As(err, &intr):
		a.out.abort()
		if a.out.tmp != "" {
			a.rep.line(fmt.Sprintf("%s: stopped reading after %s; nothing written%s", err, plural(written, "document"), a.out.keeps()))
		} else {
			a.rep.line(fmt.Sprintf("%s: stopped reading; %s written to %s, each complete", err, plural(written, "document"), a.out.name))
		}
		return errSilent{err}
	case err != nil:
		a.out.abort()
		return err
	case a.rep.errors > 0 && written == 0 && a.out.tmp != "":
		// a run that annotated nothing does not replace an output file
		a.out.abort()
		return fmt.Errorf("%s (see above); no document could be annotated%s", plural(a.rep.errors, "error"), a.out.keeps())
	}
	if err := a.out.commit(); err != nil {
		return err
	}
	if a.rep.errors > 0 {
		return fmt.Errorf("%s (see above); %s written to %s", plural(a.rep.errors, "error"), plural(written, "document"), a.out.name)
	}
	return nil
}

// errSilent is an error already reported on stderr.
type errSilent struct{ err error }

func (e errSilent) Error() string { return e.err.Error() }
func (e errSilent) Unwrap() error { return e.err }

// errStopped ends reading when the run has stopped (the feed's iterator was told to stop).
var errStopped = errors.New("stopped")

// workerBufs are one worker's token, sentence and span slices, handed
// from a document whose record is written to the next one
// (Pipeline.Annotate writes into them), so that tokenizing and collecting
// the spans allocate nothing per document once the slices have grown.
type workerBufs struct {
	toks  []annotate.Token
	sents []annotate.Sentence
	spans []annotate.Span
}

// work decodes and annotates one document.
func (a *annotator) work(j *job, w *workerBufs) {
	defer a.recoverDoc(j)
	doc, err := j.p.Document()
	j.notes, j.file, j.lineNo = j.p.Notes(), j.p.File(), j.p.Line()
	if err != nil {
		j.err, j.p = err, nil
		return
	}
	j.id, j.replaced = doc.ID, j.p.Replaced()
	valid := j.p.ValidText()
	j.p = nil
	pipe, err := a.build.wait()
	if err != nil {
		return // the worker stops the run with the pipeline's error
	}
	switch {
	case len(doc.Text) > pieceMin:
		j.pieces = cutPieces(doc.Text, pieceLen, pieceCtx)
		j.spans = annotatePieces(pipe, doc, j.pieces)
		doc.Spans = nil
		j.big = doc
	case len(doc.Text) > streamMin:
		pipe.Annotate(doc)
		j.big = doc
	case a.fw != nil:
		pipe.Annotate(doc)
		j.enc, j.err = a.fw.encode(doc)
	default:
		// the record is encoded here, so the document's tokens are free
		// again when work returns
		doc.Tokens, doc.Sentences = w.toks, w.sents
		if len(doc.Spans) == 0 {
			// no input spans to keep: the stages append into the
			// last document's span slice
			doc.Spans = w.spans[:0]
		}
		pipe.Annotate(doc)
		j.buf, _ = a.bufs.Get().(*[]byte)
		if j.buf == nil {
			j.buf = new([]byte)
		}
		j.line = a.enc.appendRecord((*j.buf)[:0], doc, valid)
		*j.buf = j.line
		w.toks, w.sents, w.spans = doc.Tokens, doc.Sentences, doc.Spans
	}
}

// recoverDoc turns a panic while j was annotated (a defect in a stage,
// never expected) into an error naming the document, so that one document
// cannot cost the others their records: the run goes on and exits 1.
func (a *annotator) recoverDoc(j *job) {
	r := recover()
	if r == nil {
		return
	}
	where := j.file
	if j.lineNo > 0 {
		where = fmt.Sprintf("%s:%d", j.file, j.lineNo)
	}
	j.err = fmt.Errorf("%s: document %q: internal error, not annotated (please report): %v", where, j.id, r)
	j.p, j.line, j.enc, j.big, j.pieces, j.spans = nil, nil, nil, nil, nil, nil
}

// writeJob reports a job's problems and writes its record; it returns
// only a write error.
func (a *annotator) writeJob(j *job, ids *idSet) error {
	for _, n := range j.notes {
		a.rep.warn(n)
	}
	if j.err != nil {
		a.rep.fail(j.err)
		return nil
	}
	if first, dup := ids.add(j.id, j.file, j.lineNo); dup {
		a.rep.fail(&scheme.Error{File: j.file, Line: j.lineNo, Err: scheme.ErrDuplicateID,
			Msg: fmt.Sprintf("%v %q (first at %s): the record is written, but eval and agree will refuse the output", scheme.ErrDuplicateID, j.id, first)})
	}
	var err error
	switch {
	case j.enc != nil:
		err = a.fw.write(j.enc)
	case j.line != nil:
		_, err = a.out.w.Write(j.line)
	case j.pieces != nil:
		tok := a.build.pipe.Tokenizer() // built: write waited for it
		err = a.enc.stream(j.big, j.spans, pieceTokens(tok, j.big.Text, j.pieces), pieceSentences(tok, j.big.Text, j.pieces))
	default:
		err = a.enc.stream(j.big, scheme.SpanSlice(j.big.Spans), slices.Values(j.big.Tokens), slices.Values(j.big.Sentences))
	}
	if j.buf != nil && cap(*j.buf) <= maxPooledRecord {
		a.bufs.Put(j.buf) // the record is written
	}
	j.line, j.buf, j.big, j.enc, j.spans = nil, nil, nil, nil, nil
	return a.out.writeError(err)
}

// maxPooledRecord is the largest record buffer kept for the next records.
const maxPooledRecord = 1 << 20

func total(c labelCounts) int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// recordEncoder is the seam where an output format plugs in. Workers
// encode documents of ordinary size in parallel (appendRecord); the writer
// streams documents larger than streamMin, in input order, with their
// tokens and sentences from iterators (stream), so a huge record is never
// held whole in memory.
type recordEncoder interface {
	appendRecord(b []byte, doc *annotate.Document, validText bool) []byte
	stream(doc *annotate.Document, spans scheme.Spans, toks iter.Seq[annotate.Token], sents iter.Seq[annotate.Sentence]) error
}

// jsonlEncoder writes scheme JSONL.
type jsonlEncoder struct {
	tokens bool
	enc    *scheme.Encoder
}

func newJSONLEncoder(w io.Writer, tokens bool) *jsonlEncoder {
	return &jsonlEncoder{tokens: tokens, enc: scheme.NewEncoder(w, tokens)}
}

// appendRecord appends doc's record to b; validText says that doc.Text is
// known to be valid UTF-8 (scheme.Pending.ValidText).
func (j *jsonlEncoder) appendRecord(b []byte, doc *annotate.Document, validText bool) []byte {
	if validText {
		return scheme.AppendValidDocument(b, doc, j.tokens)
	}
	return scheme.AppendDocument(b, doc, j.tokens)
}

func (j *jsonlEncoder) stream(doc *annotate.Document, spans scheme.Spans, toks iter.Seq[annotate.Token], sents iter.Seq[annotate.Sentence]) error {
	return j.enc.EncodeSeq(doc, spans, toks, sents)
}
