// Command quelle-beam runs quelle annotate as an Apache Beam pipeline:
//
//	quelle-beam --input GLOB --output PREFIX [--format auto|text|jsonl]
//	    [--layers numbers,speech,hedge] [--lexicon DIR] [--tokens]
//	    [--top N] [--workers N] [--runner prism|direct|flink|dataflow …]
//
// It writes PREFIX-SSSSS-of-NNNNN.jsonl (the records quelle annotate
// writes, in input order across the shards), PREFIX-deadletter.jsonl (records that could not
// be read, with the reason) and PREFIX-stats.json (corpus statistics).
// Without --runner the job runs in this process on Beam's prism runner.
// Runner options are Beam's (--endpoint, --environment_type, --project,
// --region, --temp_location, …); see beam/README.md.
//
// Flags are Go's flag package, not pflag, because Beam's runners register
// theirs there.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/quelle-nlp/quelle/beam/job"
)

var (
	input     = flag.String("input", "", "input: a glob of files (*.jsonl records, other files one text each) or a local directory (every *.txt below it)")
	output    = flag.String("output", "", "prefix of the output files")
	format    = flag.String("format", job.FormatAuto, "input format: auto (by extension, as quelle annotate), text or jsonl")
	layers    = flag.String("layers", "all", "comma-separated layers to write: numbers, speech, hedge or all (the layers they need run too)")
	lexiconIn = flag.String("lexicon", "", "directory whose files override the embedded lexicon; read here and shipped with the job")
	tokens    = flag.Bool("tokens", false, "add tokens and sentences (code-point offsets) to each record")
	top       = flag.Int("top", job.DefaultTop, "length of the frequency lists (cue lemmas, sources) in the statistics")
	blockSize = flag.Int64("block_size", job.DefaultBlockSize, "bytes of input per initial split (runners split further while running)")
	workers   = flag.Int("workers", 0, "goroutines annotating the documents of one bundle; 0: the number of CPUs on prism and direct (which run a stage as one bundle), 1 on other runners (which run bundles in parallel)")
	logLevel  = flag.String("log_level", "warn", "level of Beam's log: debug, info, warn or error")
)

func main() {
	flag.Parse()
	beamlog.LogLevel = *logLevel
	beam.Init() // on a worker, this runs the worker and does not return
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "quelle-beam:", err)
		os.Exit(1)
	}
}

func run() error {
	if *input == "" || *output == "" {
		flag.Usage()
		return fmt.Errorf("--input and --output are required")
	}
	p, s := beam.NewPipelineWithRoot()
	_, err := job.Build(s, job.Options{
		Input: *input, Output: *output, Format: *format, Layers: splitLayers(*layers),
		Lexicon: *lexiconIn, Tokens: *tokens, Top: *top, BlockSize: *blockSize,
		Workers: bundleWorkers(),
	})
	if err != nil {
		return err
	}
	return beamx.Run(context.Background(), p)
}

// bundleWorkers returns --workers, or its default for the runner.
func bundleWorkers() int {
	if *workers != 0 {
		return *workers
	}
	switch *runners.Runner {
	case "", "prism", "direct":
		return runtime.NumCPU()
	}
	return 1
}

// splitLayers splits --layers as quelle annotate does.
func splitLayers(s string) []string {
	var out []string
	for _, l := range strings.Split(s, ",") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
