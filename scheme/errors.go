package scheme

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors; test for them with errors.Is.
var (
	// ErrSyntax marks a line that is not a valid JSON document record.
	ErrSyntax = errors.New("malformed record")
	// ErrSpan marks a span whose offsets or text do not fit its document.
	ErrSpan = errors.New("bad span")
	// ErrUnknownLabel marks a label the annotation scheme does not define.
	ErrUnknownLabel = errors.New("unknown label")
	// ErrDuplicateID marks a document id that occurs twice in one set.
	ErrDuplicateID = errors.New("duplicate document id")
	// ErrTextMismatch marks a prediction whose text differs from the gold text.
	ErrTextMismatch = errors.New("document text differs from gold")
)

// Error is a problem on one line of an input file.
type Error struct {
	File string
	Line int
	Msg  string
	Err  error // the sentinel it is an instance of
}

// Error returns "file:line: message".
func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Unwrap returns the sentinel error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList collects the problems of one read, so that one run shows every
// broken line.
type ErrorList []*Error

// maxShown bounds the lines ErrorList.Error prints.
const maxShown = 20

// Error lists the errors one per line (at most 20, then a count).
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i == maxShown {
			fmt.Fprintf(&b, "\n(and %d more errors)", len(l)-maxShown)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap lets errors.Is and errors.As see every error in the list.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

func (l *ErrorList) add(file string, line int, sentinel error, format string, args ...any) {
	*l = append(*l, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...), Err: sentinel})
}
