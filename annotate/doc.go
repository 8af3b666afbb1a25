// Package annotate is quelle's core: the document model (Document, Token,
// Sentence, Span), the German tokenizer and sentence segmenter, the Stage
// interface and the Pipeline that runs stages in the order their
// declarations demand.
//
// How a document flows:
//
//	input (scheme.Reader: .txt, .jsonl, dir/, stdin)
//	   │  Document{ID, Text, Meta}            Text is never rewritten
//	   ▼
//	Tokenizer.Tokenize (German, or the prose baseline in annotate/prose)
//	   │  Tokens, Sentences                    byte offsets into Text
//	   ▼
//	Stage.Annotate, each stage after the layers it Needs:
//	   numbers (NUMBER) ─┐
//	   speech  (CUE, SOURCE, QUOTE) ─┤
//	                     └─► hedge (HEDGE; reads NUMBER, CUE, SOURCE)
//	   │  Spans                                byte offsets, Rule = provenance
//	   ▼
//	Pipeline drops the labels of layers that were not selected, sorts spans
//	   ▼
//	scheme.FromDocument → Record (code points) → JSONL, or format/ writers
//
// Import rules (TestImportRules enforces the first two):
//   - The core imports no package below annotate/.
//   - Each stage is a package below annotate/ (annotate/numbers, …). It may
//     import the core, lexicon and morph, never another stage: it reads the
//     spans of the layers it needs from Document.Spans, by label, and says
//     which layers those are in Needs.
//   - package pipeline (at the repository root) is the one place that
//     imports every stage and wires them; the CLI, eval's tests and the Beam
//     module build their pipelines through it.
//   - The prose baseline (annotate/prose) is linked by the CLI only, so eval
//     and beam do not carry prose and its models.
//
// Offsets are bytes everywhere inside; code points (or UTF-16 for
// INCEpTION) appear only at the edges, in package scheme and the format
// writers.
package annotate
