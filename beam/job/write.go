package job

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
)

// ShardName returns the name of record file shard of n.
func ShardName(prefix string, shard, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, shard, n)
}

// The records are written as Beam's file sinks write with runner-determined
// sharding: every call of annotateFn.ProcessElement writes the records of
// its part of the input to a temporary file of its own (recordFile) and
// emits the file's name; finalizeFn, once every part is done, renames the
// files into the shards. A part that fails and is run again writes a new
// temporary file; only the names of parts that succeeded reach finalizeFn,
// which removes the others. So the records pass through no shuffle.

// tempPrefix is the prefix of the temporary record files of a job.
func tempPrefix(prefix string) string { return prefix + ".tmp-" }

// tempName names the temporary record file of a part whose first record
// is at position pos of batch: the names sort in input order.
func tempName(prefix string, batch int, pos int64) string {
	var r [6]byte
	rand.Read(r[:])
	return fmt.Sprintf("%s%06d-%016d-%s.jsonl", tempPrefix(prefix), batch, pos, hex.EncodeToString(r[:]))
}

// recordFile writes the records of one part of the input to a temporary
// file, created with the first record.
type recordFile struct {
	ctx    context.Context
	fsys   filesystem.Interface
	prefix string
	batch  int

	name string
	wc   io.WriteCloser
	w    *bufio.Writer
}

// write appends the record of the document at position pos.
func (f *recordFile) write(pos int64, record []byte) error {
	if f.w == nil {
		f.name = tempName(f.prefix, f.batch, pos)
		wc, err := f.fsys.OpenWrite(f.ctx, f.name)
		if err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		f.wc, f.w = wc, bufio.NewWriterSize(wc, 1<<20)
	}
	if _, err := f.w.Write(record); err != nil {
		return fmt.Errorf("%s: %w", f.name, err)
	}
	return nil
}

// close finishes the file and returns its name ("" if no record came).
// After a failure (failed is set) it removes the file instead.
func (f *recordFile) close(failed bool) (string, error) {
	if f.w == nil {
		return "", nil
	}
	err := f.w.Flush()
	if cerr := f.wc.Close(); err == nil {
		err = cerr
	}
	if failed || err != nil {
		if rm, ok := f.fsys.(filesystem.Remover); ok {
			rm.Remove(f.ctx, f.name)
		}
		if err != nil {
			return "", fmt.Errorf("%s: %w", f.name, err)
		}
		return "", nil
	}
	return f.name, nil
}

// finalize renames the temporary record files into the shards, in input
// order, and returns the shards' names.
func finalize(s beam.Scope, prefix string, temps beam.PCollection) beam.PCollection {
	s = s.Scope("records")
	return beam.ParDo(s, &finalizeFn{Prefix: prefix}, beam.Impulse(s), beam.SideInput{Input: temps})
}

// finalizeFn renames the temporary record files.
type finalizeFn struct {
	Prefix string
}

// ProcessElement runs on the impulse. With no record at all it writes one
// empty shard. It can run again after a failure: a file already renamed
// is skipped.
func (fn *finalizeFn) ProcessElement(ctx context.Context, _ []byte, temps func(*string) bool, emit func(string)) error {
	var names []string
	var name string
	for temps(&name) {
		names = append(names, name)
	}
	sort.Strings(names)
	if len(names) == 0 {
		path, err := writeFile(ctx, ShardName(fn.Prefix, 0, 1), func(*bufio.Writer) error { return nil })
		if err == nil {
			emit(path)
		}
		return err
	}
	fsys, err := filesystem.New(ctx, fn.Prefix)
	if err != nil {
		return err
	}
	defer fsys.Close()
	for i, old := range names {
		shard := ShardName(fn.Prefix, i, len(names))
		if _, err := fsys.Size(ctx, old); err != nil {
			if _, serr := fsys.Size(ctx, shard); serr == nil {
				emit(shard) // renamed by an earlier attempt
				continue
			}
			return fmt.Errorf("%s: %w", old, err)
		}
		if err := filesystem.Rename(ctx, fsys, old, shard); err != nil {
			return fmt.Errorf("%s: %w", old, err)
		}
		emit(shard)
	}
	fn.removeLeftovers(ctx, fsys)
	return nil
}

// removeLeftovers removes the temporary files of parts that failed.
func (fn *finalizeFn) removeLeftovers(ctx context.Context, fsys filesystem.Interface) {
	rm, ok := fsys.(filesystem.Remover)
	if !ok {
		return
	}
	left, err := fsys.List(ctx, tempPrefix(fn.Prefix)+"*")
	if err != nil {
		return
	}
	for _, name := range left {
		if err := rm.Remove(ctx, name); err != nil {
			log.Warnf(ctx, "%s: %v", name, err)
		}
	}
}

// writeDeadLetters writes the dead letters to path, one per line; the file
// is written (empty) when there are none. It returns the file's name.
//
// Every writer returns the names of its files, as Beam's file sinks do; it
// also keeps prism (v2.77) from busy-waiting on a core while a bundle
// without outputs runs.
func writeDeadLetters(s beam.Scope, path string, dead beam.PCollection) beam.PCollection {
	s = s.Scope("deadletters")
	return beam.ParDo(s, &writeLinesFn{Path: path}, beam.Impulse(s), beam.SideInput{Input: dead})
}

// writeLinesFn writes its side input to a file, a line per element.
type writeLinesFn struct {
	Path string
}

// ProcessElement runs on the impulse and returns the file's name.
func (fn *writeLinesFn) ProcessElement(ctx context.Context, _ []byte, lines func(*string) bool) (string, error) {
	return writeFile(ctx, fn.Path, func(w *bufio.Writer) error {
		var line string
		for lines(&line) {
			if _, err := w.WriteString(line); err != nil {
				return err
			}
			if err := w.WriteByte('\n'); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeFile creates (or replaces) a file on any Beam file system, writes
// it with write and returns its name.
func writeFile(ctx context.Context, path string, write func(*bufio.Writer) error) (string, error) {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return "", err
	}
	defer fsys.Close()
	fd, err := fsys.OpenWrite(ctx, path)
	if err != nil {
		return "", err
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := fd.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return path, nil
}
