package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/eval"
	"github.com/quelle-nlp/quelle/scheme"
)

// evalCmd is the parsed command line of quelle eval.
type evalCmd struct {
	e         *env
	fs        *pflag.FlagSet
	pf        *pipelineFlags
	gold      string
	pred      string
	compare   []string
	labels    []string
	bounds    []evalBound
	match     string
	json      bool
	errors    bool
	bootstrap int
	seed      uint64
	quoted    bool
}

// evalBound is one --fail-under bound: label (or "macro") and minimum F1.
type evalBound struct {
	label string
	f1    float64
}

const evalUsage = `usage: quelle eval --gold FILE|DIR [--pred FILE|DIR] [flags]
       quelle eval --gold FILE|DIR --compare A.jsonl B.jsonl [flags]

Scores predictions against gold annotations (scheme JSONL; a directory means
all its *.jsonl files). Without --pred the pipeline runs on the gold texts.
P/R/F1 per label, strict and overlap matching, with 95% bootstrap intervals.
Exit status 1 if a --fail-under bound is not met.

flags:
`

func runEval(args []string, e *env) error {
	c, err := parseEval(args, e)
	if err != nil {
		return err
	}
	gold, err := scheme.Read(c.gold)
	if err != nil {
		return err
	}
	if len(c.compare) > 0 {
		return c.runCompare(gold)
	}
	pred, err := c.predictions(gold)
	if err != nil {
		return err
	}
	res, err := eval.Evaluate(gold, pred, c.options())
	if err != nil {
		return err
	}
	c.warn("", res)
	if err := c.report(res); err != nil {
		return err
	}
	return c.checkBounds(res)
}

func parseEval(args []string, e *env) (*evalCmd, error) {
	fs := pflag.NewFlagSet("eval", pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	c := &evalCmd{e: e, fs: fs, pf: addPipelineFlags(fs)}
	var labels, failUnder string
	fs.StringVar(&c.gold, "gold", "", "gold JSONL file or directory (required)")
	fs.StringVar(&c.pred, "pred", "", "predictions JSONL file or directory (default: run the pipeline on the gold texts)")
	fs.StringVar(&labels, "labels", "", "comma-separated labels to score and list (default all): "+strings.Join(eval.AllLabels(), ","))
	fs.BoolVar(&c.json, "json", false, "write JSON instead of tables")
	fs.BoolVar(&c.errors, "errors", false, "list false positives, false negatives and attribute mismatches in context")
	fs.StringVar(&failUnder, "fail-under", "", "exit 1 if F1 is below a bound: LABEL=F1,… (LABEL may be macro), e.g. NUMBER=0.8")
	fs.StringVar(&c.match, "match", "overlap", "matching the --fail-under bounds apply to: strict or overlap")
	fs.IntVar(&c.bootstrap, "bootstrap", eval.DefaultResamples, "bootstrap resamples for the 95% intervals (0: none)")
	fs.Uint64Var(&c.seed, "seed", 1, "seed of the bootstrap resampling")
	fs.BoolVar(&c.quoted, "quoted-only", false, "drop predicted CUE/SOURCE spans of attributions without a QUOTE before scoring (for gold sets that mark only attributions with content, such as Wikinews)")
	fs.StringArrayVar(&c.compare, "compare", nil, "compare two prediction files on the gold set: --compare A.jsonl B.jsonl")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), evalUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return nil, errHelp
		}
		return nil, usagef("%v", err)
	}
	return c, c.check(fs.Args(), labels, failUnder)
}

// check validates the flag combination and parses the list flags.
func (c *evalCmd) check(args []string, labels, failUnder string) error {
	if err := c.checkModes(args); err != nil {
		return err
	}
	if c.bootstrap < 0 {
		return usagef("--bootstrap must be 0 or more")
	}
	if c.match != "strict" && c.match != "overlap" {
		return usagef("--match must be strict or overlap, not %q", c.match)
	}
	var err error
	if c.labels, err = eval.ParseLabels(labels); err != nil {
		return usagef("--labels: %v", err)
	}
	c.bounds, err = parseBounds(failUnder, c.labels)
	return err
}

// checkModes checks the arguments of plain and --compare runs.
func (c *evalCmd) checkModes(args []string) error {
	if c.gold == "" {
		return usagef("--gold is required")
	}
	pipelineSet := c.fs.Changed("tokenizer") || c.fs.Changed("layers") || c.fs.Changed("lexicon")
	if len(c.compare) == 0 {
		if len(args) > 0 {
			return usagef("unexpected argument %q", args[0])
		}
		if c.pred != "" && pipelineSet {
			return usagef("--tokenizer, --layers and --lexicon configure the pipeline run; they do not apply with --pred")
		}
		return nil
	}
	c.compare = append(c.compare, args...)
	switch {
	case len(c.compare) != 2:
		return usagef("--compare takes two prediction files: --compare A.jsonl B.jsonl")
	case c.pred != "" || c.errors || c.fs.Changed("fail-under") || pipelineSet:
		return usagef("--compare cannot be combined with --pred, --errors, --fail-under or pipeline flags")
	case c.bootstrap == 0:
		return usagef("--compare needs --bootstrap above 0")
	}
	return nil
}

// parseBounds parses --fail-under: LABEL=F1 pairs, F1 in [0, 1], LABEL a
// scored label or "macro".
func parseBounds(s string, labels []string) ([]evalBound, error) {
	var bounds []evalBound
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		name, val, ok := strings.Cut(f, "=")
		name = strings.ToUpper(strings.TrimSpace(name))
		if name == "MACRO" {
			name = "macro"
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if !ok || err != nil || v < 0 || v > 1 {
			return nil, usagef("--fail-under: %q is not LABEL=F1 with F1 between 0 and 1", f)
		}
		if name != "macro" && !slices.Contains(labels, name) {
			return nil, usagef("--fail-under: %q is not a scored label (scored: %s, macro)", name, strings.Join(labels, ","))
		}
		bounds = append(bounds, evalBound{name, v})
	}
	return bounds, nil
}

func (c *evalCmd) options() eval.Options {
	return eval.Options{Labels: c.labels, Bootstrap: c.bootstrap, Seed: c.seed}
}

// predictions reads --pred, or runs the pipeline on the gold texts over
// one goroutine per CPU; with --quoted-only it drops the attributions
// without a QUOTE (eval.QuotedOnly).
func (c *evalCmd) predictions(gold []scheme.Record) ([]scheme.Record, error) {
	var pred []scheme.Record
	if c.pred != "" {
		var err error
		if pred, err = scheme.Read(c.pred); err != nil {
			return nil, err
		}
	} else {
		p, err := c.pf.pipeline()
		if err != nil {
			return nil, err
		}
		pred = eval.Predict(p, gold, runtime.NumCPU())
	}
	if c.quoted {
		pred = eval.QuotedOnly(pred)
	}
	return pred, nil
}

// predName says where the predictions came from.
func (c *evalCmd) predName() string {
	if c.pred != "" {
		return c.pred
	}
	return fmt.Sprintf("pipeline (tokenizer %s, layers %s)", c.pf.tokenizer, c.pf.layers)
}

// warn reports unpaired documents on stderr; who names the prediction set.
func (c *evalCmd) warn(who string, r *eval.Result) {
	if len(r.Missing) > 0 {
		fmt.Fprintf(c.e.stderr, "quelle eval: warning: %sgold documents without prediction (%d), scored as predicting nothing: %s\n",
			who, len(r.Missing), shortIDList(r.Missing))
	}
	if len(r.Ignored) > 0 {
		fmt.Fprintf(c.e.stderr, "quelle eval: warning: %spredicted documents not in the gold set (%d), ignored: %s\n",
			who, len(r.Ignored), shortIDList(r.Ignored))
	}
}

// shortIDList shows at most ten ids.
func shortIDList(ids []string) string {
	if len(ids) > 10 {
		return strings.Join(ids[:10], ", ") + fmt.Sprintf(", … (%d more)", len(ids)-10)
	}
	return strings.Join(ids, ", ")
}

// evalJSON is the --json output: the result, where gold and predictions
// came from, and with --errors the error report.
type evalJSON struct {
	Gold string `json:"gold"`
	Pred string `json:"pred"`
	*eval.Result
	Errors *eval.ErrorReport `json:"errors,omitempty"`
}

func (c *evalCmd) report(r *eval.Result) error {
	var rep *eval.ErrorReport
	if c.errors {
		lex, err := c.pf.lex()
		if err != nil {
			return err
		}
		tok, err := annotate.NewGerman(lex)
		if err != nil {
			return err
		}
		rep = r.Errors(tok)
	}
	if c.json {
		return writeEvalJSON(c.e.stdout, evalJSON{Gold: c.gold, Pred: c.predName(), Result: r, Errors: rep})
	}
	if err := eval.WriteScores(c.e.stdout, r); err != nil || rep == nil {
		return err
	}
	fmt.Fprintln(c.e.stdout)
	return eval.WriteErrors(c.e.stdout, rep)
}

func writeEvalJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// checkBounds returns an error naming every bound the result misses.
func (c *evalCmd) checkBounds(r *eval.Result) error {
	var fails []string
	for _, b := range c.bounds {
		if f1 := c.f1(r, b.label); f1 < b.f1 {
			fails = append(fails, fmt.Sprintf("%s %s F1 %.4f < %.4f", b.label, c.match, f1, b.f1))
		}
	}
	if len(fails) > 0 {
		return fmt.Errorf("below --fail-under: %s", strings.Join(fails, "; "))
	}
	return nil
}

// f1 returns the F1 of label (or "macro") under --match.
func (c *evalCmd) f1(r *eval.Result, label string) float64 {
	if label == "macro" {
		if c.match == "strict" {
			return r.Macro.Strict.F1
		}
		return r.Macro.Overlap.F1
	}
	ls, _ := r.Label(label)
	if c.match == "strict" {
		return ls.Strict.F1
	}
	return ls.Overlap.F1
}

// runCompare runs the paired bootstrap between the two --compare files.
func (c *evalCmd) runCompare(gold []scheme.Record) error {
	a, err := scheme.Read(c.compare[0])
	if err != nil {
		return err
	}
	b, err := scheme.Read(c.compare[1])
	if err != nil {
		return err
	}
	cmp, err := eval.Compare(gold, a, b, c.options())
	if err != nil {
		return err
	}
	c.warn("A: ", cmp.A)
	c.warn("B: ", cmp.B)
	if c.json {
		return writeEvalJSON(c.e.stdout, cmp)
	}
	return eval.WriteComparison(c.e.stdout, cmp)
}
