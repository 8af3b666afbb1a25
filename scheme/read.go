package scheme

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/quelle-nlp/quelle/annotate"
)

// Read reads scheme records from path: a JSONL file, or a directory whose
// *.jsonl files are read in lexical order. Blank lines are skipped, unknown
// fields ignored and "lemma": null read as "". Every problem found (bad
// JSON, a span out of range or whose text is not the code-point slice of
// the document text, an unknown label, a repeated document id) is reported
// as "file:line: message"; all of them come back together as an ErrorList.
func Read(path string) ([]Record, error) {
	files, err := jsonlFiles(path)
	if err != nil {
		return nil, err
	}
	rd := newReader()
	for _, name := range files {
		if err := rd.readFile(name); err != nil {
			return nil, err
		}
	}
	return rd.result()
}

// Decode reads scheme records from r as Read does; name is the file name
// used in error messages.
func Decode(r io.Reader, name string) ([]Record, error) {
	rd := newReader()
	if err := rd.decode(r, name); err != nil {
		return nil, err
	}
	return rd.result()
}

// jsonlFiles returns path itself, or the *.jsonl files in directory path.
func jsonlFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, PathError(path, err)
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	files, err := filepath.Glob(filepath.Join(path, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.jsonl files", path)
	}
	slices.Sort(files)
	return files, nil
}

// reader accumulates records and errors over several files.
type reader struct {
	recs []Record
	seen map[string]string // document id → "file:line" of its first record
	errs ErrorList
}

func newReader() *reader { return &reader{seen: map[string]string{}} }

func (rd *reader) result() ([]Record, error) {
	if err := rd.errs.Err(); err != nil {
		return nil, err
	}
	return rd.recs, nil
}

func (rd *reader) readFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return PathError(name, err)
	}
	defer f.Close()
	return rd.decode(f, name)
}

// decode reads one file's lines; it returns only I/O errors, problems in
// the data go to rd.errs.
func (rd *reader) decode(r io.Reader, name string) error {
	return Lines(r, name, func(line int, b []byte) error {
		rd.line(b, name, line)
		return nil
	})
}

// line parses and checks one record.
func (rd *reader) line(b []byte, name string, line int) {
	var rec Record
	if err := json.Unmarshal(b, &rec); err != nil {
		rd.errs.add(name, line, ErrSyntax, "%v", err)
		return
	}
	n := len(rd.errs)
	for _, p := range checkRecord(&rec) {
		rd.errs.add(name, line, p.kind, "%s", p.msg)
	}
	if len(rd.errs) > n {
		return
	}
	pos := fmt.Sprintf("%s:%d", name, line)
	if first, dup := rd.seen[rec.ID]; dup {
		rd.errs.add(name, line, ErrDuplicateID, "%v %q (first at %s)", ErrDuplicateID, rec.ID, first)
		return
	}
	rd.seen[rec.ID] = pos
	rd.recs = append(rd.recs, rec)
}

// problem is one thing wrong with a record.
type problem struct {
	kind error
	msg  string
}

// checkRecord checks the id and every span of rec against its text.
func checkRecord(rec *Record) []problem {
	var ps []problem
	if rec.ID == "" {
		ps = append(ps, problem{ErrSyntax, `record has no "id"`})
	}
	text := []rune(rec.Text)
	for i, s := range rec.Spans {
		if p, bad := checkSpan(text, s); bad {
			p.msg = fmt.Sprintf("span %d (%s %d:%d): %s", i, s.Label, s.Start, s.End, p.msg)
			ps = append(ps, p)
		}
	}
	return ps
}

// checkSpan checks one span against the code points of its document.
func checkSpan(text []rune, s RecordSpan) (problem, bool) {
	switch {
	case !slices.Contains(annotate.AllLabels(), s.Label):
		return problem{ErrUnknownLabel, fmt.Sprintf("%v %q", ErrUnknownLabel, s.Label)}, true
	case s.Start < 0 || s.End > len(text) || s.Start >= s.End:
		return problem{ErrSpan, fmt.Sprintf("offsets out of range (text has %d code points)", len(text))}, true
	case string(text[s.Start:s.End]) != s.Text:
		return problem{ErrSpan, fmt.Sprintf("text %q is not text[%d:%d] = %q", s.Text, s.Start, s.End, string(text[s.Start:s.End]))}, true
	}
	return problem{}, false
}
