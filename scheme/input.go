package scheme

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
)

// Input formats for standard input and for files.
const (
	FormatText  = "text"  // the whole input is one document
	FormatJSONL = "jsonl" // one JSON object per line with "id" and "text"
)

// FormatOf returns the format of a file from its extension, in any case:
// .jsonl and .ndjson are JSONL, anything else is text.
func FormatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return FormatText
}

// isTextFile reports whether a file found below a directory is read: a
// .txt file, in any case.
func isTextFile(name string) bool { return strings.EqualFold(filepath.Ext(name), ".txt") }

// Input is one input of a run: a file named on the command line, a text
// file found below a directory, or standard input.
type Input struct {
	// Path is the file's path, or "-" for standard input.
	Path string
	// Format is FormatText or FormatJSONL.
	Format string
	// ID is the document id of a text input (JSONL records carry their own).
	ID string
	// Dir is the folder named on the command line that the file was found
	// below; "" for a path named directly.
	Dir string
	// Err is set when the input cannot be read (it does not exist, a
	// folder cannot be listed, a folder has no text file); it is an *Error
	// naming the path in plain words and wrapping ErrUnreadable.
	Err error
}

// Inputs resolves command-line paths into the inputs they name, in order.
// No paths means "-", standard input in stdinFormat. A directory stands
// for every *.txt file below it (any case), in lexical order of their
// paths.
//
// A text file's id is its file name without extension ("corpus/dev/d001.txt"
// → "d001"). When two text inputs of the run would get the same id, each of
// them gets its path below the directory it was found in (or, for a file
// named on the command line, its path as given), without extension
// ("x/a.txt" and "y/a.txt" → "x/a" and "y/a"). So ids depend only on the
// set of files read, never on reading order, and the ids of a corpus
// whose file names are unique are its file names.
//
// Problems do not stop the listing: an input that cannot be read, a folder
// that cannot be listed and a folder without text files each become an
// Input with Err set, in its place in the order.
func Inputs(paths []string, stdinFormat string) []Input {
	return listInputs(paths, stdinFormat, os.DirFS)
}

// listInputs is Inputs with the directory file system as a parameter, so
// that tests can list folders that fail.
func listInputs(paths []string, stdinFormat string, dirFS func(string) fs.FS) []Input {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	var out []Input
	var below []string // for each text input: its path below its directory ("" if named directly)
	for _, p := range paths {
		if p == "-" {
			out = append(out, Input{Path: p, Format: stdinFormat, ID: "stdin"})
			below = append(below, "")
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			out = append(out, Input{Path: p, Err: PathError(p, err)})
			below = append(below, "")
			continue
		}
		if !st.IsDir() {
			out = append(out, Input{Path: p, Format: FormatOf(p), ID: baseID(p)})
			below = append(below, "")
			continue
		}
		ins, rels := listDir(p, dirFS(p))
		out = append(out, ins...)
		below = append(below, rels...)
	}
	disambiguate(out, below)
	return out
}

// baseID is the id of a text file: its name without directory and
// extension.
func baseID(p string) string {
	return strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
}

// listDir lists the text files below dir (fsys is dir as a file system),
// sorted by path, with their paths relative to dir. A subfolder that
// cannot be listed becomes an input with Err set; a folder without any
// text file gives one such input for itself.
func listDir(dir string, fsys fs.FS) ([]Input, []string) {
	var ins []Input
	var rels []string
	others := 0 // files that are not read, for the "no text file" hint
	err := fs.WalkDir(fsys, ".", func(rel string, d fs.DirEntry, err error) error {
		full := filepath.Join(dir, filepath.FromSlash(rel))
		if err != nil {
			msg := "cannot list this folder: " + plainError(full, err)
			ins = append(ins, Input{Path: full, Err: &Error{File: full, Msg: msg, Err: ErrUnreadable}})
			rels = append(rels, "")
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case d.IsDir():
		case isTextFile(rel):
			ins = append(ins, Input{Path: full, Format: FormatText, ID: baseID(rel), Dir: dir})
			rels = append(rels, strings.TrimSuffix(rel, path.Ext(rel)))
		default:
			others++
		}
		return nil
	})
	if err != nil {
		ins = append(ins, Input{Path: dir, Err: PathError(dir, err)})
		rels = append(rels, "")
	}
	idx := make([]int, len(ins))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return ins[idx[a]].Path < ins[idx[b]].Path })
	sortedIns, sortedRels := make([]Input, len(ins)), make([]string, len(ins))
	for i, j := range idx {
		sortedIns[i], sortedRels[i] = ins[j], rels[j]
	}
	if len(sortedIns) == 0 {
		msg := "no .txt file in this folder or below it"
		if others > 0 {
			msg += fmt.Sprintf(" (%d other files; name a .jsonl file to read it)", others)
		}
		sortedIns = append(sortedIns, Input{Path: dir, Err: &Error{File: dir, Msg: msg, Err: ErrUnreadable}})
		sortedRels = append(sortedRels, "")
	}
	return sortedIns, sortedRels
}

// disambiguate gives the text inputs that share an id their longer ids:
// the path below their directory, or the path as given, without extension.
func disambiguate(ins []Input, below []string) {
	count := map[string]int{}
	for _, in := range ins {
		if in.Err == nil && in.Format == FormatText && in.Path != "-" {
			count[in.ID]++
		}
	}
	for i := range ins {
		in := &ins[i]
		if in.Err != nil || in.Format != FormatText || in.Path == "-" || count[in.ID] < 2 {
			continue
		}
		if below[i] != "" {
			in.ID = below[i]
		} else {
			p := filepath.ToSlash(filepath.Clean(in.Path))
			in.ID = strings.TrimSuffix(p, path.Ext(p))
		}
	}
}

// Expand resolves paths into the files they name, as Inputs does, and
// returns their paths; the first input that cannot be read is an error.
func Expand(paths []string) ([]string, error) {
	var out []string
	for _, in := range Inputs(paths, FormatText) {
		if in.Err != nil {
			return nil, in.Err
		}
		out = append(out, in.Path)
	}
	return out, nil
}

// PathError describes err, an error from opening or reading path, in plain
// words ("not found", "broken link: …", "permission denied") as an *Error
// that wraps ErrUnreadable.
func PathError(path string, err error) *Error {
	return &Error{File: path, Msg: plainError(path, err), Err: ErrUnreadable, Cause: err}
}

func plainError(path string, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if target, lerr := os.Readlink(path); lerr == nil {
			return fmt.Sprintf("broken link: it points to %s, which does not exist", target)
		}
		return "not found"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied (quelle may not read it)"
	case errors.Is(err, syscall.EISDIR):
		return "is a folder, not a file"
	case errors.Is(err, syscall.ENOTDIR):
		return "not found (a part of the path is a file, not a folder)"
	case errors.Is(err, syscall.ELOOP):
		return "links point to each other in a loop"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Reader reads the documents of a list of inputs in order and hands them
// to a callback, one at a time, so a corpus streams through in bounded
// memory.
type Reader struct {
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Replace holds the labels the run writes: input spans of these labels
	// are counted (Pending.Replaced) and dropped unchecked; input spans of
	// other labels are checked and kept in the document.
	Replace map[string]bool
	// Decode has Read decode each JSONL record before it calls fn,
	// straight from the read buffer, so that no line up to the buffer's
	// size is copied (for a caller that annotates each document on the
	// reading goroutine; a caller that decodes on other goroutines leaves
	// it unset). Pending.Document then returns at once.
	Decode bool

	lines sync.Pool // *[]byte: JSONL line buffers, back once decoded
}

// Pending is a document that has been read but, for JSONL, not yet
// decoded, so that decoding can run in parallel on the caller's workers.
// It may also stand for an input that could not be read (Document returns
// the error).
type Pending struct {
	doc      *annotate.Document
	line     []byte
	name     string
	n        int   // line number
	err      error // the input or line could not be read
	size     int
	notes    []*Error
	replace  map[string]bool
	replaced map[string]int
	pool     *sync.Pool // buf goes back to it once the line is decoded
	buf      *[]byte    // holds line
	valid    bool       // the text is valid UTF-8 (ValidText)
}

// Document decodes the pending document. A malformed JSONL line gives an
// *Error naming file and line that wraps ErrSyntax (or ErrSpan or
// ErrUnknownLabel for a bad input span); an input that could not be read
// gives its *Error (ErrUnreadable). Decoding drops the raw line.
func (p *Pending) Document() (*annotate.Document, error) {
	if p.err != nil {
		return nil, p.err
	}
	if p.doc != nil {
		return p.doc, nil
	}
	doc, notes, replaced, err := parseRecord(p.line, p.replace)
	if p.buf != nil && cap(p.line) <= maxPooledLine {
		p.pool.Put(p.buf) // nothing of the document points into the line
	}
	p.line, p.replaced = nil, replaced
	for _, m := range notes {
		p.notes = append(p.notes, &Error{File: p.name, Line: p.n, Msg: m})
	}
	if err != nil {
		var se spanError
		if errors.As(err, &se) {
			p.err = &Error{File: p.name, Line: p.n, Msg: err.Error(), Err: se.kind}
		} else {
			p.err = &Error{File: p.name, Line: p.n, Msg: fmt.Sprintf("%v: %v", ErrSyntax, err), Err: ErrSyntax}
		}
		return nil, p.err
	}
	doc.Source = p.name + ":" + strconv.Itoa(p.n)
	p.doc, p.valid = doc, true // decoding made any invalid byte U+FFFD
	return doc, nil
}

// ValidText reports whether the text of the document Document returned is
// known to be valid UTF-8: that of a JSONL record always is (decoding
// turns invalid bytes into U+FFFD), that of a text file when the file was.
// AppendValidDocument needs it.
func (p *Pending) ValidText() bool { return p.valid }

// Replaced returns the number of input spans dropped per label, because
// the run writes that label (see Reader.Replace).
func (p *Pending) Replaced() map[string]int { return p.replaced }

// Notes returns the problems that did not stop the document (invalid
// UTF-8, a key given twice, span fields that are not kept), each naming
// file and line. They are complete once Document has been called.
func (p *Pending) Notes() []*Error { return p.notes }

// Size returns the number of input bytes the document was read from.
func (p *Pending) Size() int {
	if p.size == 0 {
		return len(p.line)
	}
	return p.size
}

// File returns the input file the document comes from ("<stdin>" for
// standard input).
func (p *Pending) File() string { return p.name }

// Line returns the document's line in a JSONL input, 0 for a text input.
func (p *Pending) Line() int { return p.n }

// Read reads every input and calls fn for each pending document, in
// order. An input that cannot be read, or a read error in the middle of a
// file, reaches fn as a Pending whose Document returns the error, and
// reading goes on with the next input. Read returns only an error of fn,
// which stops it.
func (r *Reader) Read(ins []Input, fn func(*Pending) error) error {
	for _, in := range ins {
		if err := r.readOne(in, fn); err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) readOne(in Input, fn func(*Pending) error) error {
	if in.Err != nil {
		return fn(&Pending{name: in.Path, err: in.Err})
	}
	name := in.Path
	var src io.Reader = r.Stdin
	size := -1
	if in.Path == "-" {
		name = "<stdin>"
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			return fn(&Pending{name: name, err: PathError(name, err)})
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			size = int(st.Size())
		}
		src = f
	}
	if in.Format == FormatJSONL {
		return r.readJSONL(name, src, fn)
	}
	text, err := readText(src, size)
	if err != nil {
		return fn(&Pending{name: name, err: PathError(name, err)})
	}
	p := &Pending{name: name, size: len(text), doc: &annotate.Document{ID: in.ID, Text: text, Source: name}, valid: utf8.ValidString(text)}
	if !p.valid {
		msg := fmt.Sprintf("invalid UTF-8 at byte offset %d (each invalid byte counts as one code point, U+FFFD)", firstInvalid(text))
		p.notes = append(p.notes, &Error{File: name, Msg: msg})
	}
	return fn(p)
}

// readText reads all of src into a string without a second copy; size is
// the expected length, or -1.
func readText(src io.Reader, size int) (string, error) {
	var b strings.Builder
	if size >= 0 {
		b.Grow(size + 1)
	}
	buf := make([]byte, 64<<10)
	for {
		n, err := src.Read(buf)
		b.Write(buf[:n])
		if errors.Is(err, io.EOF) {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
	}
}

func firstInvalid(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return -1
}

// readJSONL reads one record per line (see Lines), undecoded unless
// r.Decode is set. A read error ends the file with a Pending that carries
// it.
func (r *Reader) readJSONL(name string, in io.Reader, fn func(*Pending) error) error {
	var ferr error
	err := eachLine(in, name, func(line int, data []byte) error {
		if r.Decode {
			// data is valid until this function returns: decoded now,
			// nothing of the document points into it
			p := &Pending{line: data, name: name, n: line, size: len(data), replace: r.Replace}
			p.Document()
			ferr = fn(p)
			return ferr
		}
		buf, _ := r.lines.Get().(*[]byte)
		if buf == nil {
			buf = new([]byte)
		}
		*buf = append((*buf)[:0], data...)
		ferr = fn(&Pending{line: *buf, name: name, n: line, size: len(*buf), replace: r.Replace, pool: &r.lines, buf: buf})
		return ferr
	})
	if err != nil && ferr == nil {
		var e *Error
		if errors.As(err, &e) {
			e.Msg = "cannot read on: " + plainError(name, e.Err)
			e.Err = ErrUnreadable
		}
		return fn(&Pending{name: name, err: err})
	}
	return err
}

// maxPooledLine is the largest line buffer kept for the next lines.
const maxPooledLine = 1 << 20
