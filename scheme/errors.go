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
	// ErrUnreadable marks an input that cannot be read: missing, a broken
	// link, no permission, a folder that cannot be listed.
	ErrUnreadable = errors.New("input cannot be read")
)

// Error is a problem on one line of an input file.
type Error struct {
	File  string
	Line  int
	Msg   string
	Err   error // the sentinel it is an instance of
	Cause error // the error behind it, if any (an *fs.PathError, …)
}

// Error returns "file:line: message", or "file: message" when the problem
// concerns the whole file (Line 0).
func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Unwrap returns the sentinel error and the cause, so that errors.Is
// finds both (ErrUnreadable and fs.ErrNotExist, say).
func (e *Error) Unwrap() []error {
	var errs []error
	for _, err := range []error{e.Err, e.Cause} {
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

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
