package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"syscall"

	"github.com/quelle-nlp/quelle/scheme"
)

// output is where records go: standard output, or the file of -o.
//
// A regular file (existing or not) is written as a temporary file beside
// it, ".NAME.quelle-N.tmp", which replaces it only when the run has
// finished (commit): a run that fails or is interrupted leaves the old
// file as it was, or no file. Devices and pipes (-o /dev/stdout) are
// written directly.
type output struct {
	w       *bufio.Writer
	count   countingWriter
	name    string   // for messages: the -o path, or "standard output"
	file    *os.File // nil for standard output
	tmp     string   // the temporary file, "" when writing directly
	target  string   // the file tmp replaces
	written bool     // something was written (for the interruption message)
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// openOutput opens path for writing, or stdout when path is "".
func openOutput(path string, stdout io.Writer) (*output, error) {
	o := &output{name: "standard output"}
	if path == "" {
		o.count.w = stdout
	} else if err := o.openFile(path); err != nil {
		return nil, err
	}
	o.w = bufio.NewWriterSize(&o.count, 1<<18)
	return o, nil
}

func (o *output) openFile(path string) error {
	o.name = path
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return fmt.Errorf("-o %s: is a folder; name the file to write", path)
	case err == nil && !st.Mode().IsRegular():
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("-o %s: %s", path, scheme.PathError(path, err).Msg)
		}
		o.file, o.count.w = f, f
		return nil
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("-o %s: %s", path, scheme.PathError(path, err).Msg)
	}
	o.target = path
	if real, err := filepath.EvalSymlinks(path); err == nil {
		o.target = real // replace the file a link points to, not the link
	}
	dir, base := filepath.Split(o.target)
	if dir == "" {
		dir = "."
	}
	for range 100 {
		tmp := filepath.Join(dir, "."+base+".quelle-"+strconv.FormatUint(rand.Uint64()%1e9, 10)+".tmp")
		f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("-o %s: cannot write in folder %s: %s", path, dir, scheme.PathError(dir, err).Msg)
		}
		if st != nil {
			f.Chmod(st.Mode().Perm()) // keep the permissions of the file replaced
		}
		o.file, o.tmp, o.count.w = f, tmp, f
		return nil
	}
	return fmt.Errorf("-o %s: cannot create a temporary file in %s", path, dir)
}

// commit flushes the output and, for a file, puts it in place.
func (o *output) commit() error {
	err := o.w.Flush()
	if o.file == nil {
		return o.writeError(err)
	}
	if err == nil && o.tmp != "" {
		err = o.file.Sync()
	}
	if cerr := o.file.Close(); err == nil {
		err = cerr
	}
	if err == nil && o.tmp != "" {
		err = os.Rename(o.tmp, o.target)
	}
	if err != nil {
		o.removeTemp()
		return o.writeError(err)
	}
	return nil
}

// abort ends an output that is not to be kept: standard output and
// devices get the complete records written so far, a temporary file is
// removed and the old file stays.
func (o *output) abort() {
	if o.tmp == "" {
		o.w.Flush()
		if o.file != nil {
			o.file.Close()
		}
		return
	}
	o.file.Close()
	o.removeTemp()
}

func (o *output) removeTemp() {
	if o.tmp != "" {
		os.Remove(o.tmp)
	}
}

// keeps says what became of the output file after abort.
func (o *output) keeps() string {
	if o.tmp == "" {
		return ""
	}
	if _, err := os.Stat(o.target); err == nil {
		return fmt.Sprintf("; %s is unchanged", o.name)
	}
	return fmt.Sprintf("; %s was not created", o.name)
}

// writeError words a write error for the user.
func (o *output) writeError(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	switch {
	case errors.Is(err, syscall.ENOSPC):
		msg = "the disk is full"
	case errors.Is(err, syscall.EDQUOT):
		msg = "the disk quota is used up"
	case errors.Is(err, syscall.EPIPE):
		msg = "the reader of the output has gone away (broken pipe)"
	default:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
	}
	return fmt.Errorf("cannot write %s: %s%s", o.name, msg, o.keeps())
}

// dropOutput makes sure the output file of -o is never read as an input,
// however its path is spelled (links, "./", another folder's "../"): if
// it was named on the command line, or is standard input, that is a usage
// error; if it was found in a folder (the output of an earlier run), it
// is left out of the inputs, and a note says so.
func dropOutput(ins []scheme.Input, out string, stdin io.Reader, note func(string)) ([]scheme.Input, error) {
	if out == "" {
		return ins, nil
	}
	ost, err := os.Stat(out)
	if err != nil || !ost.Mode().IsRegular() {
		return ins, nil // a file that does not exist yet is no input
	}
	kept := ins[:0:0]
	for _, in := range ins {
		st, err := inputStat(in, stdin)
		if err != nil || !os.SameFile(st, ost) {
			kept = append(kept, in)
			continue
		}
		switch {
		case in.Path == "-":
			return nil, usagef("standard input is the output file %s: quelle never reads its own output; choose another -o file", out)
		case in.Dir == "":
			return nil, usagef("%s is both an input and the output (-o %s): quelle never writes over its input; choose another -o file", in.Path, out)
		}
		note(fmt.Sprintf("%s is not read: it is the output file (-o %s)", in.Path, out))
	}
	return kept, nil
}

// inputStat returns the file behind an input, standard input included.
func inputStat(in scheme.Input, stdin io.Reader) (os.FileInfo, error) {
	if in.Err != nil {
		return nil, in.Err
	}
	if in.Path == "-" {
		if f, ok := stdin.(*os.File); ok {
			return f.Stat()
		}
		return nil, errors.New("not a file")
	}
	return os.Stat(in.Path)
}
