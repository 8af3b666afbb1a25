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
	return eachLine(r, name, func(line int, data []byte) error { return fn(line, bytes.Clone(data)) })
}

// eachLine is Lines, but data is only valid until fn returns: it may be
// a view of the reader's buffer.
func eachLine(r io.Reader, name string, fn func(line int, data []byte) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	var long []byte // a line longer than br's buffer, gathered
	for line := 1; ; line++ {
		data, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			long = append(long[:0], data...)
			for errors.Is(err, bufio.ErrBufferFull) {
				data, err = br.ReadSlice('\n')
				long = append(long, data...)
			}
			data = long
		}
		if line == 1 {
			data = bytes.TrimPrefix(data, bom)
		}
		if len(bytes.TrimSpace(data)) > 0 {
			if ferr := fn(line, data); ferr != nil {
				return ferr
			}
		}
		if cap(long) > 1<<20 {
			long = nil // do not keep a huge line's buffer for the rest of the file
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
