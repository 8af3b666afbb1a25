package main

import (
	"fmt"
	"iter"
	"sync"

	"github.com/quelle-nlp/quelle/scheme"
)

// run reads documents, annotates them on a.jobs workers and writes their
// records in input order. Each worker takes the next document from the
// feed, decodes, annotates and encodes it, and hands the
// record to the sink, which the worker holding the next record in input
// order writes at once. So a document stays on one core, in its cache,
// from reading to writing, and no worker waits for another goroutine to
// be scheduled; with -j 1 it is a plain loop.
//
// Memory stays bounded whatever the corpus size: besides the documents
// being annotated, at most windowPerJob×jobs finished records and (beyond
// a single larger one) inFlight bytes of input wait for an earlier record,
// and at most earlyWindow documents and inFlight bytes are read ahead
// while the pipeline is being built.
//
// An input or record that cannot be read is reported and skipped; the run
// goes on and fails at its end. A signal stops reading: the records
// finished so far are written (each complete), the output file, if any,
// is left as it was, and run returns interrupted. A write error (disk
// full) stops the run at once.
func (a *annotator) run(rd *scheme.Reader, ins []scheme.Input) error {
	f := newFeed(rd, ins, a.build)
	s := a.newSink()
	done := make(chan struct{})
	go func() {
		var wg sync.WaitGroup
		for range a.jobs {
			wg.Go(func() { a.worker(f, s) })
		}
		wg.Wait()
		f.close()
		close(done)
	}()
	select {
	case <-done:
	case <-s.halted:
		// a write error or a broken lexicon: stop at once, without
		// waiting for a worker blocked reading (a slow pipe)
		f.halt()
	case sig := <-a.stop:
		a.release() // a second signal ends the process at once
		s.halt(interrupted{sig})
		f.halt()
	}
	written, err := s.end()
	// also when no worker took a document (an empty input) and so never
	// asked for the pipeline
	err = a.build.before(err)
	a.rep.prog.finish()
	return a.finish(written, err)
}

// worker annotates documents from f and hands their records to s until
// the input ends or the run stops.
func (a *annotator) worker(f *feed, s *sink) {
	var w workerBufs
	for {
		j := f.take()
		if j == nil {
			return
		}
		a.work(j, &w)
		if _, err := a.build.wait(); err != nil {
			// nothing is reported or written: the lexicon is broken
			s.halt(err)
			f.halt()
			return
		}
		if !s.put(j) {
			f.halt()
			return
		}
	}
}

// Bounds of a run's memory (see run).
const (
	// windowPerJob is the number of finished records, per worker, that
	// may wait for an earlier one (a long document) to be written.
	windowPerJob = 256
	// inFlight bounds the input bytes of the records that wait, and of
	// the documents read ahead while the pipeline is being built.
	inFlight = 16 << 20
)

// feed hands out the documents of the input in order, to whichever worker
// asks. One worker at a time reads (with more than one, reading is only
// finding and copying a line: decoding it, a tenth of a document's work,
// would otherwise keep the other workers waiting; measured on 20 MB with
// -j 2, the cores were busy 1.85 of 2 when the reader decoded, 1.92 when
// the workers do); meanwhile the others can take the documents read ahead
// while the pipeline was being built.
type feed struct {
	next  func() (*scheme.Pending, bool) // the reader, as a pull iterator
	stop  func()
	build *pipelineBuild

	mu         sync.Mutex
	cond       *sync.Cond // signalled when a read ends, the build ends or the run stops
	seq        int        // the next document's number
	reading    bool       // a worker is reading
	ended      bool       // the input is read, or the run has stopped
	early      []*job     // read while the pipeline was being built
	earlyBytes int
}

func newFeed(rd *scheme.Reader, ins []scheme.Input, build *pipelineBuild) *feed {
	next, stop := iter.Pull(func(yield func(*scheme.Pending) bool) {
		rd.Read(ins, func(p *scheme.Pending) error {
			if !yield(p) {
				return errStopped
			}
			return nil
		})
	})
	f := &feed{next: next, stop: stop, build: build}
	f.cond = sync.NewCond(&f.mu)
	if !build.finished() {
		go func() {
			build.wait()
			f.mu.Lock()
			f.cond.Broadcast()
			f.mu.Unlock()
		}()
	}
	return f
}

// take returns the next document to annotate, or nil when there is none
// left. While the pipeline is being built, the documents read are set
// aside (up to earlyWindow of them and inFlight bytes) and handed out
// first once it is built: reading and decoding them uses the core that
// the build leaves idle.
func (f *feed) take() *job {
	f.mu.Lock()
	defer f.mu.Unlock()
	for {
		built := f.build.finished()
		switch {
		case built && len(f.early) > 0:
			j := f.early[0]
			f.early[0] = nil
			f.early = f.early[1:]
			return j
		case f.reading || f.ended && len(f.early) > 0:
			f.cond.Wait()
			continue
		case f.ended:
			return nil
		}
		j := f.read()
		if j == nil {
			// the input has ended (f.ended is set): the documents set
			// aside during the build are still to be handed out, to
			// this worker too
			continue
		}
		if built || !f.setAside(j) {
			return j
		}
	}
}

// read reads the next document (f.mu is held, and released while
// reading); nil at the end of the input.
func (f *feed) read() *job {
	f.reading = true
	f.mu.Unlock()
	p, ok := f.next()
	if ok && !f.build.finished() {
		// set aside for after the build: decoded now, on the core
		// the build leaves idle
		p.Document()
	}
	f.mu.Lock()
	f.reading = false
	f.cond.Broadcast()
	if !ok || f.ended {
		f.ended = true
		return nil
	}
	j := &job{seq: f.seq, p: p, size: p.Size()}
	f.seq++
	return j
}

// setAside keeps j for after the build, if there is room.
func (f *feed) setAside(j *job) bool {
	if len(f.early) >= earlyWindow || f.earlyBytes > 0 && f.earlyBytes+j.size > inFlight {
		return false
	}
	f.early = append(f.early, j)
	f.earlyBytes += j.size
	return true
}

// halt stops handing out documents.
func (f *feed) halt() {
	f.mu.Lock()
	f.ended, f.early = true, nil
	f.cond.Broadcast()
	f.mu.Unlock()
}

// close ends the reader; no worker may be reading.
func (f *feed) close() { f.stop() }

// sink writes the workers' records in input order. The worker whose record
// is the next one writes it, and then the records finished after it that
// wait; a worker too far ahead of the output waits until it has caught up.
type sink struct {
	a       *annotator
	mu      sync.Mutex
	cond    *sync.Cond    // signalled when a record is written or the run stops
	pending map[int]*job  // finished records that wait for an earlier one
	held    int           // their input bytes
	next    int           // the number of the next record to write
	writing bool          // a worker is writing (outside mu)
	stopped bool          // nothing more is written
	err     error         // why the run stopped early
	halted  chan struct{} // closed when the run stops early (err is set)

	// kept by the writing worker
	ids      *idSet
	written  int                    // records written
	replaced map[string]labelCounts // input spans replaced, per file
	files    []string               // the files of replaced, in order
}

func (a *annotator) newSink() *sink {
	s := &sink{a: a, pending: map[int]*job{}, ids: newIDSet(), replaced: map[string]labelCounts{}, halted: make(chan struct{})}
	s.cond = sync.NewCond(&s.mu)
	return s
}

// put hands over a finished job; it returns false once the run has
// stopped.
func (s *sink) put(j *job) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for !s.stopped && j.seq != s.next && (len(s.pending) >= windowPerJob*s.a.jobs || s.held > 0 && s.held+j.size > inFlight) {
		s.cond.Wait()
	}
	if s.stopped {
		return false
	}
	s.pending[j.seq] = j
	s.held += j.size
	if s.writing {
		return true
	}
	s.writing = true
	for !s.stopped {
		p, ok := s.pending[s.next]
		if !ok {
			break
		}
		delete(s.pending, s.next)
		s.next++
		s.mu.Unlock()
		err := s.write(p)
		s.mu.Lock()
		s.held -= p.size
		if err != nil {
			s.stopEarly(err)
		}
		s.cond.Broadcast()
	}
	s.writing = false
	s.cond.Broadcast()
	return !s.stopped
}

// write reports j's problems, writes its record and counts it; it returns
// only a write error.
func (s *sink) write(j *job) error {
	if err := s.a.writeJob(j, s.ids); err != nil {
		return err
	}
	if j.err == nil {
		s.written++
		s.a.rep.prog.add()
	}
	if j.replaced != nil {
		if s.replaced[j.file] == nil {
			s.files = append(s.files, j.file)
			s.replaced[j.file] = labelCounts{}
		}
		for l, n := range j.replaced {
			s.replaced[j.file][l] += n
		}
	}
	return nil
}

// halt stops the run for err: once the record being written is complete,
// nothing more is written.
func (s *sink) halt(err error) {
	s.mu.Lock()
	s.stopEarly(err)
	s.cond.Broadcast()
	s.mu.Unlock()
}

// stopEarly stops the run for err unless it has stopped already (s.mu is
// held), and closes halted.
func (s *sink) stopEarly(err error) {
	if !s.stopped {
		s.stopped, s.err = true, err
		close(s.halted)
	}
}

// end stops writing (waiting for the record being written) and returns
// the number of records written and why the run stopped early, if it
// did. It notes, per input file, the input spans the run replaced.
func (s *sink) end() (int, error) {
	s.mu.Lock()
	s.stopped = true
	s.cond.Broadcast()
	for s.writing {
		s.cond.Wait()
	}
	s.mu.Unlock()
	for _, f := range s.files {
		s.a.rep.note(fmt.Sprintf("%s: replaced %s of labels this run writes (%s); spans of other labels are kept", f, plural(total(s.replaced[f]), "input span"), s.replaced[f]))
	}
	return s.written, s.err
}
