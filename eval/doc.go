// Package eval scores annotations against a gold set. It is a library, not
// part of the CLI, because two programs need the same scorer: `quelle eval`
// and `quelle agree` on the command line, and the quality-floor tests
// (TestGold) that fail `go test` when the pipeline's F1 on gold/ drops
// below a stored baseline. Both must count exactly alike.
//
// # Data flow
//
//	Read (JSONL file or directory) ─┐
//	                                ├─ Evaluate ─ Result ─ WriteScores / JSON
//	Predict (pipeline on gold texts)┘              └─ Errors ─ WriteErrors
//	Compare (gold, A, B) ─ paired bootstrap ─ WriteComparison
//	Agree (A, B) ─ F1 (A as gold) + token-level Cohen's kappa ─ WriteAgreement
//
// # Scoring (annotation scheme §5)
//
// A predicted span matches a gold span strictly when label, start and end
// are equal, and by overlap when the labels are equal and the spans share at
// least one code point. Overlap matching is one-to-one: all candidate pairs
// are sorted by overlap size (largest first; ties by gold position, then
// predicted position) and taken greedily. Identical (label, start, end)
// spans within one document count once (the first one's attributes are
// kept). Counts are summed over all documents (micro average) per label.
//
// Undefined ratios: P = TP/(TP+FP) is 0 without predictions, R = TP/(TP+FN)
// is 0 without gold spans, and F1 = 2TP/(2TP+FP+FN) is 0 when TP is 0 — but
// when a label has neither gold nor predicted spans, P, R and F1 are all 1
// (nothing to find, nothing found). The macro average is the mean of the
// per-label P, R and F1 over the labels that have at least one gold or
// predicted span, so unused labels do not inflate it.
//
// Attributes are scored on overlap-matched pairs: CUE lemma (pairs whose
// gold lemma is empty are skipped; so are QUOTE mode, HEDGE type and NUMBER
// kind when gold leaves them empty), NUMBER value (equal within 1e-9
// relative; null equals null), and CUE attribution: a matched CUE pair is
// correct when some predicted SOURCE with the predicted CUE's attribution
// id overlaps some gold SOURCE with the gold CUE's attribution id; pairs
// whose gold attribution has no SOURCE are not counted.
//
// Documents are paired by id. A gold document without a prediction counts
// as predicting nothing (its spans are false negatives) and is listed in
// Result.Missing; a predicted document that is not in the gold set is
// ignored and listed in Result.Ignored (a warning, not an error: a
// prediction file usually covers the whole corpus while gold covers part
// of it). A paired document whose text differs from the gold text is an
// error (scheme.ErrTextMismatch): its offsets would mean nothing.
//
// Confidence intervals are 95% percentile bootstrap intervals over
// documents: documents are resampled with replacement Options.Bootstrap
// times from a PCG generator seeded with Options.Seed, so the same seed
// gives the same intervals.
//
// # JSON
//
// Result, ErrorReport, Comparison and Agreement marshal with stable
// snake_case field names. `quelle eval --json` writes a Result, with the
// fields "gold" and "pred" (where they came from) and, with --errors, an
// "errors" ErrorReport:
//
//	{"gold": "gold/", "pred": "pipeline",
//	 "documents": 3, "missing_predictions": [], "ignored_predictions": [],
//	 "labels": [{"label": "CUE", "gold": 12, "pred": 10,
//	   "strict":  {"tp": 8, "fp": 2, "fn": 4, "precision": 0.8, "recall": 0.667, "f1": 0.727,
//	               "f1_ci": {"low": 0.51, "high": 0.89}},
//	   "overlap": {…}}, …],
//	 "macro": {"labels": ["CUE", …], "strict": {"precision": …, "recall": …, "f1": …, "f1_ci": {…}}, "overlap": {…}},
//	 "attributes": [{"label": "CUE", "attribute": "lemma", "correct": 8, "total": 9, "accuracy": 0.889}, …],
//	 "bootstrap": {"resamples": 1000, "seed": 1, "confidence": 0.95},
//	 "errors": {"spans": [{"kind": "FP", "label": "CUE", "doc": "d017", "start": 200, "end": 209,
//	                       "text": "schimpfte", "rule": "…", "sentence": "…", "marked": "… ⟦schimpfte⟧ …"}],
//	            "attributes": [{"label": "NUMBER", "attribute": "value", "doc": "d017", "start": 44, "end": 45,
//	                            "text": "0", "pred_start": 44, "pred_end": 45, "pred_text": "0",
//	                            "gold": "0", "pred": "1", "rule": "…", "sentence": "…", "marked": "…"}]}}
//
// "f1_ci" and "bootstrap" are omitted without resampling; "accuracy" is
// null when "total" is 0. `quelle eval --compare A B --json` writes a
// Comparison: {"bootstrap": {…}, "a": Result, "b": Result, "labels":
// [{"label": "CUE", "strict": {"f1_a", "f1_b", "delta", "delta_ci":
// {"low", "high"}, "p_b_better"}, "overlap": {…}}, …, {"label": "macro", …}]}.
// `quelle agree --json` writes an Agreement: {"documents", "only_a",
// "only_b", "labels": [{"label", "a", "b", "strict", "overlap", "kappa",
// "tokens": {"both", "a_only", "b_only", "neither"}}], "macro": {"labels",
// "strict", "overlap", "kappa"}}.
package eval
