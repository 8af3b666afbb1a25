package scheme

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// Lines calls fn for every record line of a JSONL stream, with its 1-based
// line number. It is the one place where quelle's readers (annotate's
// input, eval and agree) split JSONL, so they all treat these the same:
// a UTF-8 byte order mark before the first record is dropped, blank lines
// (white space only) are skipped, lines of any length are read, and a final
// line without a newline counts. An I/O error comes back as an *Error
// naming name and the line; an error from fn is returned as it is.
func Lines(r io.Reader, name string, fn func(line int, data []byte) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for line := 1; ; line++ {
		data, err := br.ReadBytes('\n')
		if line == 1 {
			data = bytes.TrimPrefix(data, bom)
		}
		if len(bytes.TrimSpace(data)) > 0 {
			if ferr := fn(line, data); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return &Error{File: name, Line: line, Msg: err.Error(), Err: err}
		}
	}
}

// bom is the UTF-8 byte order mark.
var bom = []byte("\uFEFF")
