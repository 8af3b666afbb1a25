// Package format writes annotated documents in the formats of the tools
// quelle's users work in, and reads corrected annotations back.
//
// Linguists pre-annotate a corpus with quelle, correct the result in their
// annotation tool (INCEpTION, brat, Label Studio) and bring it back as gold;
// engineers feed token classifiers. That round trip is this package:
//
//	quelle annotate --format F ─► Writer ─► tool files ─► (correction) ─► Read ─► scheme JSONL
//	quelle convert --from F --to G        Read ─► ToDocument ─► Writer
//
// It exists apart from the pipeline because a format is an edge, like the
// scheme's JSONL: the pipeline produces documents with byte offsets, and
// each format converts them to its own unit (code points for brat, UTF-16
// for INCEpTION and Label Studio) and its own file layout. Keeping that out
// of cmd/quelle lets quelle convert and quelle annotate share it, and keeps
// it testable without the CLI.
//
// # Writers
//
// A Writer works in three steps so that a run streams in bounded memory
// and keeps its parallelism:
//
//	Encode(doc)  on the worker goroutines, concurrently: the document's bytes
//	Write(enc)   in input order, from one goroutine: append to the stream or write the document's files
//	Close()      once: a trailer (the HTML legend), configuration files (brat's annotation.conf, Label Studio's labeling-config.xml)
//
// Stream formats (jsonl, iob2, a single HTML page) write to Options.Out;
// directory formats (brat, webanno, labelstudio, HTML pages with an index)
// write into Options.Dir, one file per document, named after its id
// (fileStem), and refuse two documents with the same file name rather than
// overwrite one.
//
// # Readers
//
// Read turns a tool's files back into scheme records (code points, spans in
// the pipeline's order, span texts taken from the document text). With the
// originals (ReadOptions.Originals, the JSONL that was exported) every
// document must keep exactly its original text: a changed text is an error
// naming the document (ErrTextChanged), never a silent shift. Attributions,
// which brat and Label Studio store as relations, come back numbered 1, 2,
// … in the order of their first span; WebAnno TSV stores the ids as a
// feature and keeps them.
//
// # Offsets
//
// Documents carry byte offsets. scheme.NewOffsetMap converts them for a
// writer (scheme.CodePoints, scheme.UTF16); a reader converts back through
// a unit index of the text, so an offset inside a character is an error.
package format
