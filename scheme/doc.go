// Package scheme is the annotation scheme's JSONL record
// (../shared/annotation-scheme.md) and everything that touches it at the
// edge: the Record types and their writer (AppendJSON, byte-identical to
// encoding/json without reflection), the conversion of documents' byte
// offsets into code points or UTF-16 (FromDocument, OffsetMap), the readers
// and the validator.
//
// One reader serves every command. Lines splits JSONL for quelle annotate's
// input (Reader, which keeps id, text and meta and passes every other field
// through), for quelle eval and quelle agree (Read and Decode, which also
// check every span against its text): a byte order mark before the first
// record and blank lines are accepted everywhere, and every problem is an
// *Error that prints as "file:line: message".
package scheme
