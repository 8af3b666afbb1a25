// Package job is quelle as an Apache Beam pipeline: the same annotation
// as quelle annotate, for corpora that outgrow one machine.
//
// Build adds the job to a Beam pipeline:
//
//	Impulse ─► list: the input's files, as quelle annotate lists them
//	   │        (scheme.Inputs), with sizes, in batches
//	   ▼
//	annotate: a splittable DoFn over a batch's bytes. A JSONL line or a
//	   │  text file belongs to the restriction its first byte lies in, so
//	   │  runners split one big file or many small ones alike, up front
//	   │  (blocks of Options.BlockSize) and while it runs (dynamic splits).
//	   │  Each document goes through pipeline.New(lexicon, Layers) and
//	   │  scheme.FromDocument(doc, Tokens).AppendJSON: the bytes quelle
//	   │  annotate writes, in input order, to a temporary file per call.
//	   ├─► temporary file names ─► finalize ─► PREFIX-SSSSS-of-NNNNN.jsonl
//	   ├─► dead letters ─► PREFIX-deadletter.jsonl (source, reason, record)
//	   └─► counts, CUE lemmas, SOURCE texts ─► sums, top lists
//	                                        ─► PREFIX-stats.json
//
// The records never go through a shuffle: as Beam's file sinks do with
// runner-determined sharding, each call writes its part of the input to a
// temporary file and finalize renames the files of the calls that
// succeeded, in input order (the names sort by batch and position), so
// the shards concatenated are exactly what quelle annotate writes for the
// same input when no record is a dead letter.
//
// A record that cannot be decoded (or, should it ever happen, a document
// the pipeline panics on) goes to the dead-letter file with the reason
// quelle annotate would have stopped with ("file:line: …") and the raw
// record; it never fails the job. I/O errors do fail the bundle, which the
// runner retries.
//
// The lexicon travels with the job: Build reads the --lexicon directory
// where the job is launched and stores its files' bytes in the DoFn, which
// rebuilds the same lexicon on every worker (lexicon.Overlay), so rule
// provenance ("DIR/file:line") is the same as the CLI's.
//
// This module is separate from quelle's root module so that the core
// binary and `go test ./...` at the root do not build the Beam SDK.
package job
