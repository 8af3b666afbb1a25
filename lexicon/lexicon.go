package lexicon

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

//go:embed data
var embedded embed.FS

// Lexicon gives access to the data files. It is immutable and safe for
// concurrent use.
type Lexicon struct {
	base    fs.FS // embedded data
	overlay fs.FS // optional directory that overrides files of base
	dir     string
}

// Default returns the lexicon embedded in the binary.
func Default() *Lexicon {
	sub, err := fs.Sub(embedded, "data")
	if err != nil { // cannot happen: the directory is embedded
		panic(err)
	}
	return &Lexicon{base: sub}
}

// Dir returns the embedded lexicon overridden by the files in dir.
// It fails if dir is not a readable directory.
func Dir(dir string) (*Lexicon, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("lexicon: %s is not a directory", dir)
	}
	l := Default()
	l.overlay = os.DirFS(dir)
	l.dir = dir
	return l, nil
}

// FS returns a lexicon read from fsys alone (no embedded fallback); for tests.
func FS(fsys fs.FS) *Lexicon { return &Lexicon{base: fsys} }

// Entry is one non-blank, non-comment line of a lexicon file.
type Entry struct {
	File   string   // file name as the user knows it (path under --lexicon, or data/NAME)
	Line   int      // 1-based line number
	Fields []string // tab-separated fields, trimmed
}

// Pos returns "file:line" for messages and provenance.
func (e Entry) Pos() string { return fmt.Sprintf("%s:%d", e.File, e.Line) }

// Errorf returns an error prefixed with the entry's file and line.
func (e Entry) Errorf(format string, args ...any) error {
	return &Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf(format, args...)}
}

// Field returns field i, or "" if the line has fewer fields.
func (e Entry) Field(i int) string {
	if i < len(e.Fields) {
		return e.Fields[i]
	}
	return ""
}

// Error is a problem on one line of a lexicon file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ErrorList collects errors; its Err method returns nil when it is empty.
type ErrorList []error

// Add appends err unless it is nil.
func (l *ErrorList) Add(err error) {
	if err != nil {
		*l = append(*l, err)
	}
}

// Err returns the list as an error, or nil.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return errors.Join(l...)
}

// Entries reads file name and returns its entries. Fields are split at
// tabs; a '#' at the start of a line or after whitespace starts a comment.
func (l *Lexicon) Entries(name string) ([]Entry, error) {
	data, display, err := l.read(name)
	if err != nil {
		return nil, err
	}
	return Parse(display, data), nil
}

// Parse splits data into entries; display is the file name used in
// positions. A UTF-8 BOM at the start is ignored.
func Parse(display string, data []byte) []Entry {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var out []Entry
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), len(data)+1)
	for n := 1; sc.Scan(); n++ {
		line := stripComment(sc.Text())
		if strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.Split(line, "\t")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		for len(parts) > 1 && parts[len(parts)-1] == "" {
			parts = parts[:len(parts)-1]
		}
		out = append(out, Entry{File: display, Line: n, Fields: parts})
	}
	return out
}

func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return s[:i]
		}
	}
	return s
}

func (l *Lexicon) read(name string) (data []byte, display string, err error) {
	if l.overlay != nil {
		data, err = fs.ReadFile(l.overlay, name)
		if err == nil {
			return data, l.dir + "/" + name, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, "", fmt.Errorf("lexicon: %w", err)
		}
	}
	data, err = fs.ReadFile(l.base, name)
	if err != nil {
		return nil, "", fmt.Errorf("lexicon: %s: %w", name, err)
	}
	return data, "lexicon/data/" + name, nil
}
