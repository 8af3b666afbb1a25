package job

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local files

	"github.com/quelle-nlp/quelle/scheme"
)

// inputFile is one input file of a batch.
type inputFile struct {
	Path  string
	Size  int64
	JSONL bool
	ID    string // a text file's document id, as quelle annotate gives it
	Err   string // why the input cannot be read: it becomes a dead letter
}

// batch is a list of input files, the element the annotating DoFn splits.
// Its restriction counts Size+1 positions per file, so that every file,
// even an empty one, has a first position of its own.
type batch struct {
	Index int // the batch's place in the input
	Files []inputFile
}

// size returns the number of positions of the batch.
func (b batch) size() int64 {
	var n int64
	for _, f := range b.Files {
		n += f.Size + 1
	}
	return n
}

// maxBatchFiles bounds the number of files in one batch, so that an
// element stays small however many files the glob matches.
const maxBatchFiles = 10000

// listFn lists the input files with their sizes, formats and ids, in
// batches.
type listFn struct {
	Input  string
	Format string
}

// ProcessElement lists the input once (it runs on the impulse).
func (fn *listFn) ProcessElement(ctx context.Context, _ []byte, emit func(batch)) error {
	ins, err := inputs(ctx, fn.Input)
	if err != nil {
		return err
	}
	fsys, err := filesystem.New(ctx, ins[0].Path)
	if err != nil {
		return err
	}
	defer fsys.Close()
	var b batch
	for _, in := range ins {
		f := inputFile{Path: in.Path, ID: in.ID, JSONL: in.Format == scheme.FormatJSONL}
		switch fn.Format {
		case FormatText:
			f.JSONL = false
		case FormatJSONL:
			f.JSONL = true
		}
		if in.Err != nil {
			f.Err = in.Err.Error()
		} else if f.Size, err = fsys.Size(ctx, in.Path); err != nil {
			f.Err = fmt.Sprintf("%s: %v", in.Path, err)
			f.Size = 0
		}
		b.Files = append(b.Files, f)
		if len(b.Files) == maxBatchFiles {
			emit(b)
			b = batch{Index: b.Index + 1}
		}
	}
	if len(b.Files) > 0 {
		emit(b)
	}
	return nil
}

// inputs lists the files the input names as quelle annotate lists the
// same paths: a local directory, or the local files and directories a glob
// matches, go through scheme.Inputs (same order, formats and ids); the
// files a glob matches on another file system (gs://…) get their formats
// and ids by the same rules.
func inputs(ctx context.Context, input string) ([]scheme.Input, error) {
	if !strings.Contains(input, "://") {
		paths := []string{input}
		if st, err := os.Stat(input); err != nil || !st.IsDir() {
			if paths, err = filepath.Glob(input); err != nil {
				return nil, fmt.Errorf("%s: %w", input, err)
			}
		}
		if len(paths) == 0 {
			return nil, fmt.Errorf("no input file matches %s", input)
		}
		return scheme.Inputs(paths, scheme.FormatText), nil
	}
	fsys, err := filesystem.New(ctx, input)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	paths, err := fsys.List(ctx, input)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", input, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no input file matches %s", input)
	}
	sort.Strings(paths)
	return remoteInputs(paths), nil
}

// remoteInputs gives remote files their formats and ids as scheme.Inputs
// gives files named on the command line: the file name without extension,
// or the path without extension where two text files share a name.
func remoteInputs(paths []string) []scheme.Input {
	ins := make([]scheme.Input, len(paths))
	count := map[string]int{}
	for i, p := range paths {
		base := path.Base(p)
		ins[i] = scheme.Input{Path: p, Format: scheme.FormatOf(p), ID: strings.TrimSuffix(base, path.Ext(base))}
		if ins[i].Format == scheme.FormatText {
			count[ins[i].ID]++
		}
	}
	for i := range ins {
		if ins[i].Format == scheme.FormatText && count[ins[i].ID] > 1 {
			ins[i].ID = strings.TrimSuffix(ins[i].Path, path.Ext(ins[i].Path))
		}
	}
	return ins
}
