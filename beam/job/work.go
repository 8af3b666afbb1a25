package job

import (
	"context"
	"fmt"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// work is one document on its way through a bundle's workers: a text
// file's document, or a JSONL line still to be decoded.
type work struct {
	seq    int                // its place in the input of this call
	pos    int64              // its position in the batch
	failed inputFile          // an input that cannot be read (Err is set)
	doc    *annotate.Document // a text file's document; nil for a JSONL line
	lines  *lineCounter       // the JSONL file's lines
	rel    int                // the line's index in lines
	raw    []byte             // the JSONL line

	res result
}

// result is what a document gives: its record, or a dead letter, and its
// statistics.
type result struct {
	record  []byte
	dead    string
	counts  []keyCount
	lemmas  []string
	sources []string
	err     error // an I/O error: the bundle fails
}

type keyCount struct {
	key string
	n   int
}

func (r *result) count(key string, n int) { r.counts = append(r.counts, keyCount{key, n}) }

// outputs are where results go: records to the call's record file, the
// rest to annotateFn's emitters.
type outputs struct {
	records *recordFile
	dead    func(string)      // dead letter (one JSON line, no newline)
	count   func(string, int) // statistics: key, amount
	lemma   func(string)      // the lemma of a CUE
	source  func(string)      // the text of a SOURCE
}

// emit sends the result of the document at position pos to the outputs.
func (r *result) emit(out outputs, pos int64) error {
	if r.err != nil {
		return r.err
	}
	if r.record != nil {
		if err := out.records.write(pos, r.record); err != nil {
			return err
		}
	}
	if r.dead != "" {
		out.dead(r.dead)
	}
	for _, c := range r.counts {
		out.count(c.key, c.n)
	}
	for _, l := range r.lemmas {
		out.lemma(l)
	}
	for _, s := range r.sources {
		out.source(s)
	}
	return nil
}

// pool annotates the documents of a call on fn.Workers goroutines and
// emits their results in input order from one goroutine (Beam's emitters
// are not safe for concurrent use). At most 8 documents per worker are in
// flight. With one worker it works inline.
type pool struct {
	ctx     context.Context
	fn      *annotateFn
	out     outputs
	next    int           // seq of the next document added
	slots   chan struct{} // one per document in flight
	todo    chan *work
	done    chan *work
	wg      sync.WaitGroup
	emitted chan error
	err     error // inline: the first error
}

func (fn *annotateFn) startPool(ctx context.Context, out outputs) *pool {
	p := &pool{ctx: ctx, fn: fn, out: out}
	if fn.Workers <= 1 {
		return p
	}
	p.slots = make(chan struct{}, 8*fn.Workers)
	p.todo = make(chan *work, 4*fn.Workers)
	p.done = make(chan *work, 8*fn.Workers)
	p.emitted = make(chan error, 1)
	for range fn.Workers {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for w := range p.todo {
				fn.process(ctx, w)
				p.done <- w
			}
		}()
	}
	go p.emitInOrder()
	return p
}

// emitInOrder emits the finished documents in the order they were added.
func (p *pool) emitInOrder() {
	var err error
	pending := map[int]*work{}
	next := 0
	for w := range p.done {
		pending[w.seq] = w
		for w, ok := pending[next]; ok; w, ok = pending[next] {
			delete(pending, next)
			next++
			if err == nil {
				err = w.res.emit(p.out, w.pos)
			}
			<-p.slots
		}
	}
	p.emitted <- err
}

// add annotates a document (now, or on a worker).
func (p *pool) add(w *work) error {
	if p.todo == nil {
		p.fn.process(p.ctx, w)
		return w.res.emit(p.out, w.pos)
	}
	p.slots <- struct{}{}
	w.seq = p.next
	p.next++
	p.todo <- w
	return nil
}

// wait waits until every document added has been emitted and returns the
// first error.
func (p *pool) wait() error {
	if p.todo == nil {
		return nil
	}
	close(p.todo)
	p.wg.Wait()
	close(p.done)
	return <-p.emitted
}

// process decodes a JSONL line as quelle annotate does, annotates the
// document and fills w.res. A record that cannot be decoded becomes a
// dead letter with the error quelle annotate would stop with
// ("file:line: …").
func (fn *annotateFn) process(ctx context.Context, w *work) {
	switch {
	case w.failed.Err != "":
		w.res.fail(w.failed.Path, w.failed.Err, nil)
		return
	case w.doc != nil:
		fn.annotate(w.doc, nil, &w.res)
		return
	}
	line := trimLineEnd(w.raw) // for a dead letter
	p := fn.reader.Line(w.lines.path, w.lines.known(w.rel), w.raw)
	doc, err := p.Document()
	for _, note := range p.Notes() {
		if note.Line == 0 {
			note.Line, _ = w.lines.number(ctx, w.rel)
		}
		log.Warn(ctx, note.Error())
	}
	if err == nil {
		fn.annotate(doc, line, &w.res)
		return
	}
	// The line's number is counted only now if it was not known.
	n, lerr := w.lines.number(ctx, w.rel)
	if lerr != nil {
		w.res.err = fmt.Errorf("%s: %w", w.lines.path, lerr)
		return
	}
	_, err = fn.reader.Line(w.lines.path, n, w.raw).Document()
	w.res.fail(fmt.Sprintf("%s:%d", w.lines.path, n), err.Error(), line)
}

// annotate annotates a document and puts its record and its statistics
// in res. A panic in the pipeline (a bug:
// it must not happen on any input) makes the document a dead letter, with
// its JSONL line raw (nil: its text), instead of failing the job.
func (fn *annotateFn) annotate(doc *annotate.Document, raw []byte, res *result) {
	line, err := fn.encode(doc)
	if err != nil {
		if raw == nil {
			raw = []byte(doc.Text)
		}
		res.fail(doc.Source, err.Error(), raw)
		return
	}
	res.record = line
	countDocument(doc, res)
}

// encode annotates doc and encodes its record as quelle annotate does.
func (fn *annotateFn) encode(doc *annotate.Document) (line []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (please report): %v", r)
		}
	}()
	fn.pipe.Annotate(doc)
	rec := scheme.FromDocument(doc, fn.Tokens)
	return append(rec.AppendJSON(make([]byte, 0, 2*len(doc.Text)+256)), '\n'), nil
}
