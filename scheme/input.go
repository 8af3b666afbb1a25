package scheme

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
)

// Input formats for standard input and for files.
const (
	FormatText  = "text"  // the whole input is one document
	FormatJSONL = "jsonl" // one JSON object per line with "id" and "text"
)

// Reader reads documents from paths in order and hands them to a
// callback, one at a time, so a corpus streams through in bounded memory.
//
// A path is a .txt file (one document; id = file name without directory
// and extension), a .jsonl file (one record per line), a directory (every
// *.txt below it, in lexical order) or "-" for standard input in
// StdinFormat. Any other file is read as text.
type Reader struct {
	Stdin       io.Reader
	StdinFormat string
	// Warn receives non-fatal problems (invalid UTF-8), each naming the
	// file and byte offset. Nil discards them.
	Warn func(msg string)
}

// Expand resolves paths into the list of inputs they name: directories
// become their *.txt files in lexical order. No paths means "-".
func Expand(paths []string) ([]string, error) {
	if len(paths) == 0 {
		return []string{"-"}, nil
	}
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		files, err := textFilesBelow(p)
		if err != nil {
			return nil, err
		}
		out = append(out, files...)
	}
	return out, nil
}

func textFilesBelow(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".txt") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// Read reads every input of paths (already expanded) and calls fn for
// each document in order. It stops at the first error, after fn has seen
// every document read before it.
func (r *Reader) Read(paths []string, fn func(*annotate.Document) error) error {
	return r.ReadPending(paths, func(p *Pending) error {
		doc, err := p.Document()
		if err != nil {
			return err
		}
		return fn(doc)
	})
}

// Pending is a document that has been read but, for JSONL, not yet
// decoded, so that decoding can run in parallel on the caller's workers.
type Pending struct {
	doc  *annotate.Document
	line []byte
	name string
	n    int // line number
}

// Document decodes the pending document. A malformed JSONL line gives an
// error naming file and line (wrapping ErrInput).
func (p *Pending) Document() (*annotate.Document, error) {
	if p.doc != nil {
		return p.doc, nil
	}
	doc, err := parseRecord(p.line)
	if err != nil {
		return nil, &Error{File: p.name, Line: p.n, Msg: fmt.Sprintf("%v: %v", ErrSyntax, err), Err: ErrSyntax}
	}
	doc.Source = fmt.Sprintf("%s:%d", p.name, p.n)
	return doc, nil
}

// Size returns the number of input bytes the document was read from.
func (p *Pending) Size() int {
	if p.doc != nil {
		return len(p.doc.Text)
	}
	return len(p.line)
}

// ReadPending is Read without decoding: fn gets each document as read,
// in order, and decodes it with Pending.Document wherever it likes.
func (r *Reader) ReadPending(paths []string, fn func(*Pending) error) error {
	for _, p := range paths {
		if err := r.readOne(p, fn); err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) readOne(path string, fn func(*Pending) error) error {
	if path == "-" {
		if r.StdinFormat == FormatJSONL {
			return r.readJSONL("<stdin>", r.Stdin, fn)
		}
		data, err := io.ReadAll(r.Stdin)
		if err != nil {
			return fmt.Errorf("<stdin>: %w", err)
		}
		return fn(&Pending{doc: r.textDoc("<stdin>", "stdin", data)})
	}
	if strings.HasSuffix(path, ".jsonl") {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		return r.readJSONL(path, f, fn)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return fn(&Pending{doc: r.textDoc(path, id, data)})
}

// textDoc makes a document of a whole text file, warning about invalid
// UTF-8 (which is kept: each invalid byte counts as one code point).
func (r *Reader) textDoc(source, id string, data []byte) *annotate.Document {
	text := string(data)
	if !utf8.ValidString(text) && r.Warn != nil {
		off := firstInvalid(text)
		r.Warn(fmt.Sprintf("%s: invalid UTF-8 at byte offset %d (each invalid byte counts as one code point, U+FFFD)", source, off))
	}
	return &annotate.Document{ID: id, Text: text, Source: source}
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

// readJSONL reads one record per line, undecoded (see Lines).
func (r *Reader) readJSONL(name string, in io.Reader, fn func(*Pending) error) error {
	return Lines(in, name, func(line int, data []byte) error {
		return fn(&Pending{line: data, name: name, n: line})
	})
}

// parseRecord decodes one JSONL record. "id" and "text" are required;
// "spans", "tokens" and "sentences" are ignored (quelle annotates afresh);
// "meta" and every other field are passed through in Meta, in their
// original order. The line is split into its top-level fields in one pass
// (splitObject); only id and text are decoded.
func parseRecord(data []byte) (*annotate.Document, error) {
	fields, err := splitObject(data)
	if err != nil {
		return nil, err
	}
	doc := &annotate.Document{}
	var meta bytes.Buffer
	var haveID, haveText bool
	for _, f := range fields {
		switch f.key {
		case "id":
			if err := json.Unmarshal(f.raw, &doc.ID); err != nil {
				return nil, fmt.Errorf(`"id" must be a string`)
			}
			haveID = true
		case "text":
			if err := json.Unmarshal(f.raw, &doc.Text); err != nil {
				return nil, fmt.Errorf(`"text" must be a string`)
			}
			haveText = true
		case "spans", "tokens", "sentences":
		case "meta":
			if err := appendMetaObject(&meta, f.raw); err != nil {
				return nil, err
			}
		default:
			appendMetaField(&meta, f.key, f.raw)
		}
	}
	if !haveID || !haveText {
		return nil, errors.New(`record needs "id" and "text"`)
	}
	if meta.Len() > 0 {
		doc.Meta = append(append([]byte{'{'}, meta.Bytes()...), '}')
	}
	return doc, nil
}

// appendMetaObject copies the fields of a "meta" object into buf.
func appendMetaObject(buf *bytes.Buffer, raw json.RawMessage) error {
	raw = bytes.TrimSpace(raw)
	if string(raw) == "null" {
		return nil
	}
	if len(raw) < 2 || raw[0] != '{' {
		return errors.New(`"meta" must be an object`)
	}
	inner := bytes.TrimSpace(raw[1 : len(raw)-1])
	if len(inner) > 0 {
		if buf.Len() > 0 {
			buf.WriteByte(',')
		}
		buf.Write(inner)
	}
	return nil
}

func appendMetaField(buf *bytes.Buffer, key string, raw json.RawMessage) {
	if buf.Len() > 0 {
		buf.WriteByte(',')
	}
	k, _ := json.Marshal(key)
	buf.Write(k)
	buf.WriteByte(':')
	buf.Write(raw)
}
