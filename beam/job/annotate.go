package job

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// annotateFn reads the documents of a batch, annotates them and encodes
// their records. It is a splittable DoFn over the batch's positions (see
// batch): a text file belongs to the restriction that holds its first
// position, a JSONL record to the one that holds the first byte of its line.
type annotateFn struct {
	Lexicon    map[string][]byte // the --lexicon directory's files (ReadLexicon)
	LexiconDir string            // its name, as the user gave it
	Layers     []string
	Tokens     bool
	Output     string // the prefix of the output files
	BlockSize  int64
	Workers    int // goroutines annotating the documents of a bundle

	pipe   *annotate.Pipeline
	reader *scheme.Reader // decodes JSONL lines
}

// Setup builds the annotation pipeline on the worker.
func (fn *annotateFn) Setup() error {
	pipe, err := newPipeline(fn.LexiconDir, fn.Lexicon, fn.Layers)
	if err != nil {
		return err
	}
	// As quelle annotate: input spans of the labels the run writes are
	// replaced (dropped unchecked); the others are kept.
	replace := map[string]bool{}
	for _, l := range pipe.Labels() {
		replace[l] = true
	}
	fn.pipe, fn.reader = pipe, &scheme.Reader{Replace: replace}
	return nil
}

// CreateInitialRestriction covers the whole batch.
func (fn *annotateFn) CreateInitialRestriction(b batch) offsetrange.Restriction {
	return offsetrange.Restriction{Start: 0, End: b.size()}
}

// SplitRestriction cuts the batch into blocks of BlockSize positions; a
// last block of less than a quarter of that joins the one before it.
func (fn *annotateFn) SplitRestriction(_ batch, rest offsetrange.Restriction) []offsetrange.Restriction {
	splits := rest.SizedSplits(fn.BlockSize)
	if n := len(splits); n > 1 && splits[n-1].End-splits[n-1].Start <= fn.BlockSize/4 {
		splits[n-2].End = splits[n-1].End
		splits = splits[:n-1]
	}
	return splits
}

// RestrictionSize is the number of positions (about the bytes to read).
func (fn *annotateFn) RestrictionSize(_ batch, rest offsetrange.Restriction) float64 {
	return rest.Size()
}

// CreateTracker tracks an offset range.
func (fn *annotateFn) CreateTracker(rest offsetrange.Restriction) *sdf.LockRTracker {
	return sdf.NewLockRTracker(offsetrange.NewTracker(rest))
}

// ProcessElement annotates the documents that start in the restriction,
// writes their records to a temporary file and emits its name (see
// finalize), and emits dead letters and statistics.
func (fn *annotateFn) ProcessElement(ctx context.Context, rt *sdf.LockRTracker, b batch,
	written func(string), dead func(string), count func(string, int), lemma func(string), source func(string)) error {
	if len(b.Files) == 0 {
		rt.TryClaim(rt.GetRestriction().(offsetrange.Restriction).End)
		return nil
	}
	fsys, err := filesystem.New(ctx, b.Files[0].Path)
	if err != nil {
		return err
	}
	defer fsys.Close() // after the workers, who may read to count lines
	out, err := fn.openOutput(ctx, b.Index, dead, count, lemma, source)
	if err != nil {
		return err
	}
	defer out.records.fsys.Close()
	p := fn.startPool(ctx, out)
	err = fn.read(ctx, fsys, rt, b, p)
	if perr := p.wait(); err == nil {
		err = perr
	}
	name, cerr := out.records.close(err != nil)
	if err == nil {
		err = cerr
	}
	if err == nil && name != "" {
		written(name)
	}
	return err
}

// openOutput prepares the outputs of a call.
func (fn *annotateFn) openOutput(ctx context.Context, batch int, dead func(string), count func(string, int), lemma func(string), source func(string)) (outputs, error) {
	fsys, err := filesystem.New(ctx, fn.Output)
	if err != nil {
		return outputs{}, err
	}
	rf := &recordFile{ctx: ctx, fsys: fsys, prefix: fn.Output, batch: batch}
	return outputs{records: rf, dead: dead, count: count, lemma: lemma, source: source}, nil
}

// read reads the documents that start in the restriction and hands them
// to the pool.
func (fn *annotateFn) read(ctx context.Context, fsys filesystem.Interface, rt *sdf.LockRTracker, b batch, p *pool) error {
	rest := rt.GetRestriction().(offsetrange.Restriction)
	var err error
	var first int64 // the first position of the file
	for _, f := range b.Files {
		start, end := first, first+f.Size+1
		first = end
		if end <= rest.Start || ((!f.JSONL || f.Err != "") && start < rest.Start) {
			continue // before the restriction
		}
		var more bool
		switch {
		case f.Err != "":
			if more = rt.TryClaim(start); more {
				err = p.add(&work{pos: start, failed: f})
			}
		case f.JSONL:
			more, err = fn.readJSONL(ctx, fsys, rt, f, start, rest.Start, p)
		default:
			more, err = fn.readText(ctx, fsys, rt, f, start, p)
		}
		if err != nil || !more {
			return err
		}
	}
	rt.TryClaim(rt.GetRestriction().(offsetrange.Restriction).End) // done
	return nil
}

// readText annotates a text file, one document, as quelle annotate reads
// it. It reports false when the restriction has ended before the file.
func (fn *annotateFn) readText(ctx context.Context, fsys filesystem.Interface, rt *sdf.LockRTracker, f inputFile, pos int64, p *pool) (bool, error) {
	if !rt.TryClaim(pos) {
		return false, nil
	}
	data, err := filesystem.Read(ctx, fsys, f.Path)
	if err != nil {
		return false, fmt.Errorf("%s: %w", f.Path, err)
	}
	text := string(data)
	if !utf8.ValidString(text) {
		log.Warnf(ctx, "%s: invalid UTF-8 (each invalid byte counts as one code point, U+FFFD)", f.Path)
	}
	return true, p.add(&work{pos: pos, doc: &annotate.Document{ID: f.ID, Text: text, Source: f.Path}})
}

// readJSONL annotates the records of a JSONL file whose lines start in
// the restriction (from position from on; the file starts at position
// first). Lines are split as scheme.Lines splits them: a byte order mark
// at the start of the file is dropped and blank lines are skipped. It
// reports false when the restriction has ended within the file.
func (fn *annotateFn) readJSONL(ctx context.Context, fsys filesystem.Interface, rt *sdf.LockRTracker, f inputFile, first, from int64, p *pool) (bool, error) {
	rc, err := fsys.OpenRead(ctx, f.Path)
	if err != nil {
		return false, fmt.Errorf("%s: %w", f.Path, err)
	}
	defer rc.Close()
	br, off, err := seekLine(rc, max(from-first, 0))
	if err != nil {
		return false, fmt.Errorf("%s: %w", f.Path, err)
	}
	if br == nil {
		return true, nil // no line starts in the restriction's part of the file
	}
	lines := &lineCounter{fsys: fsys, path: f.Path, start: off}
	if off == 0 {
		lines.base = 1
	}
	more := true
	err = splitLines(br, off, func(off int64, rel int, data []byte) (bool, error) {
		if more = rt.TryClaim(first + off); !more {
			return false, nil
		}
		return true, p.add(&work{pos: first + off, lines: lines, rel: rel, raw: data}) // ReadBytes's own copy
	})
	if err != nil {
		return false, fmt.Errorf("%s: %w", f.Path, err)
	}
	return more, nil
}

// splitLines reads the lines of br, which starts at offset off (0 or the
// start of a line), and calls fn for each record line with its offset, its
// index from off (blank lines count) and its bytes, splitting as
// scheme.Lines does: a byte order mark at offset 0 is dropped and blank
// lines are skipped. It stops when fn returns false or an error.
func splitLines(br *bufio.Reader, off int64, fn func(off int64, rel int, data []byte) (bool, error)) error {
	for rel := 0; ; rel++ {
		raw, rerr := br.ReadBytes('\n')
		data := raw
		if off == 0 {
			data = bytes.TrimPrefix(raw, bom)
		}
		if len(bytes.TrimSpace(data)) > 0 {
			if ok, err := fn(off, rel, data); !ok || err != nil {
				return err
			}
		}
		off += int64(len(raw))
		if errors.Is(rerr, io.EOF) {
			return nil
		}
		if rerr != nil {
			return rerr
		}
	}
}

var bom = []byte("\uFEFF")

// seekLine positions a reader on the first line that starts at or after
// offset off of rc (a line starts at 0 or after a newline) and returns the
// line's offset. It returns a nil reader when no line starts there.
func seekLine(rc io.Reader, off int64) (*bufio.Reader, int64, error) {
	if off == 0 {
		return bufio.NewReaderSize(rc, 1<<16), 0, nil
	}
	// Go to the byte before off: if it is a newline, the line starts at off.
	off--
	if s, ok := rc.(io.Seeker); ok {
		if _, err := s.Seek(off, io.SeekStart); err != nil {
			return nil, 0, err
		}
	} else if _, err := io.CopyN(io.Discard, rc, off); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, 0, nil
		}
		return nil, 0, err
	}
	br := bufio.NewReaderSize(rc, 1<<16)
	for {
		chunk, err := br.ReadSlice('\n')
		off += int64(len(chunk))
		switch {
		case err == nil:
			return br, off, nil
		case errors.Is(err, io.EOF):
			return nil, 0, nil
		case !errors.Is(err, bufio.ErrBufferFull):
			return nil, 0, err
		}
	}
}

// lineCounter numbers the lines of a JSONL file read from offset start
// (the start of a line). When start is not 0 the number of the first line
// is only counted when it is needed, for a dead letter: the file is read
// again up to start.
type lineCounter struct {
	fsys  filesystem.Interface
	path  string
	start int64

	mu   sync.Mutex
	base int // the number of the line at start; 0 until counted
}

// known returns the number of the line rel lines after start, or 0 if it
// has not been counted.
func (c *lineCounter) known(rel int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.base == 0 {
		return 0
	}
	return c.base + rel
}

// number returns the number of the line rel lines after start, counting
// it if need be.
func (c *lineCounter) number(ctx context.Context, rel int) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.base == 0 {
		n, err := c.count(ctx)
		if err != nil {
			return 0, err
		}
		c.base = n + 1
	}
	return c.base + rel, nil
}

// count counts the newlines before start.
func (c *lineCounter) count(ctx context.Context) (int, error) {
	if c.start == 0 {
		return 0, nil
	}
	rc, err := c.fsys.OpenRead(ctx, c.path)
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	buf := make([]byte, 1<<16)
	n, left := 0, c.start
	for left > 0 {
		m, err := rc.Read(buf[:min(int64(len(buf)), left)])
		n += bytes.Count(buf[:m], []byte{'\n'})
		left -= int64(m)
		if err != nil && (left > 0 || !errors.Is(err, io.EOF)) {
			return 0, err
		}
	}
	return n, nil
}
