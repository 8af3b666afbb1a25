// Package scheme is the annotation scheme's JSONL record
// (../shared/annotation-scheme.md) and everything that touches it at the
// edge: the Record types and their writers (AppendJSON, byte-identical to
// encoding/json without reflection; Encoder, which writes the same bytes
// in pieces so a huge record is never held whole; and AppendDocument, the
// same bytes for a document held whole, in one pass), the conversion of
// documents' byte offsets into code points or UTF-16 (FromDocument,
// OffsetMap), the readers and the validator.
//
// One reader serves every command. Lines splits JSONL for quelle annotate's
// input (Inputs lists the files, ids included; Reader reads them, keeps id,
// text, meta and the input spans of the labels the run does not write, and
// passes every other field through), for quelle eval and quelle agree (Read
// and Decode, which also check every span against its text): a byte order
// mark before the first record and blank lines are accepted everywhere, and
// every problem is an *Error that prints as "file:line: message" (or
// "file: message" for a whole file, in plain words: "not found").
package scheme
