package lexicon

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
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

// Dir returns the embedded lexicon overridden by the files in dir. Every
// file in dir must have the name of an embedded file (hidden files, whose
// names start with a dot, aside): a misspelled override would otherwise be
// ignored without a word. The error lists every such file, each with the
// closest name.
func Dir(dir string) (*Lexicon, error) {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("--lexicon %s: folder not found", dir)
	case err != nil:
		return nil, fmt.Errorf("--lexicon %s: %w", dir, err)
	case !st.IsDir():
		return nil, fmt.Errorf("--lexicon %s: is a file; give the folder that holds the files to override", dir)
	}
	l := Default()
	l.overlay = os.DirFS(dir)
	l.dir = dir
	if err := l.checkOverrides(); err != nil {
		return nil, err
	}
	return l, nil
}

// Files returns the names of the embedded lexicon files, sorted.
func (l *Lexicon) Files() []string {
	ents, _ := fs.ReadDir(l.base, ".")
	var names []string
	for _, e := range ents {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	return names
}

// checkOverrides reports the files of the override folder that override
// nothing.
func (l *Lexicon) checkOverrides() error {
	ents, err := fs.ReadDir(l.overlay, ".")
	if err != nil {
		return fmt.Errorf("--lexicon %s: cannot list the folder: %w", l.dir, err)
	}
	names := l.Files()
	var lists []string // the files a linguist edits, for messages
	for _, n := range names {
		if strings.HasSuffix(n, ".txt") {
			lists = append(lists, n)
		}
	}
	var errs ErrorList
	for _, e := range ents {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, "."):
		case e.IsDir():
			errs.Add(&Error{File: l.dir + "/" + name, Msg: "is a folder: override files go directly in " + l.dir})
		case !slices.Contains(names, name):
			errs.Add(&Error{File: l.dir + "/" + name, Msg: fmt.Sprintf(
				"no lexicon file has this name, so it would override nothing; did you mean %s? (the files are %s)",
				closest(name, lists), strings.Join(lists, ", "))})
		}
	}
	return errs.Err()
}

// closest returns the name nearest to name by edit distance, ignoring case.
func closest(name string, names []string) string {
	best, bestD := "", -1
	for _, n := range names {
		if d := editDistance(strings.ToLower(name), strings.ToLower(n)); bestD < 0 || d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// FS returns a lexicon read from fsys alone (no embedded fallback); for tests.
func FS(fsys fs.FS) *Lexicon { return &Lexicon{base: fsys} }

// Overlay returns the embedded lexicon overridden by the files of fsys,
// named dir/NAME in positions, exactly as Dir(dir) reads a directory. It
// rebuilds a --lexicon directory elsewhere from its files' bytes: the Beam
// pipeline reads the directory where the job is launched and ships the
// files to its workers.
func Overlay(dir string, fsys fs.FS) *Lexicon {
	l := Default()
	l.overlay = fsys
	l.dir = dir
	return l
}

// Entry is one non-blank, non-comment line of a lexicon file.
type Entry struct {
	File   string   // file name as the user knows it (path under --lexicon, or data/NAME)
	Line   int      // 1-based line number
	Fields []string // tab-separated fields, trimmed
	Raw    string   // the line as written, comment removed
}

// Need checks that the entry has a field for each name (the columns the
// file's header describes) and says what was expected otherwise: "expected
// 3 fields separated by tabs (form, value, class), found 1", adding that
// the line has spaces where tabs belong when it does.
func (e Entry) Need(names ...string) error {
	n := len(e.Fields)
	if n >= len(names) {
		return nil
	}
	if n == 1 && e.Fields[0] == "" {
		n = 0
	}
	msg := fmt.Sprintf("expected %d fields separated by tabs (%s), found %d", len(names), strings.Join(names, ", "), n)
	if strings.Contains(strings.TrimSpace(e.Raw), " ") {
		msg += ": the line has spaces where a tab belongs between fields"
	}
	return &Error{File: e.File, Line: e.Line, Msg: msg}
}

// Keys remembers the entries of a file by a key, to report a key given
// twice with different meanings instead of letting one line silently win.
type Keys map[string]Entry

// Claim records e under key. If key was claimed by another line, it
// returns an error naming both lines and what is listed there.
func (k Keys) Claim(key string, e Entry, what string) error {
	if old, dup := k[key]; dup {
		return e.Errorf("%s is already given at line %d (%s); remove one of the two lines", what, old.Line, strings.Join(old.Fields, " "))
	}
	k[key] = e
	return nil
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

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

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
		out = append(out, Entry{File: display, Line: n, Fields: parts, Raw: line})
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
