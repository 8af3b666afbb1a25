package job

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/pipeline"
)

// Input formats.
const (
	FormatAuto  = "auto"  // by extension, as quelle annotate: *.jsonl is JSONL, any other file text
	FormatText  = "text"  // every file is one document
	FormatJSONL = "jsonl" // every file holds one record per line
)

// Defaults of Options.
const (
	DefaultTop       = 50
	DefaultBlockSize = 32 << 20
)

// Options configure the job.
type Options struct {
	// Input is a glob of input files (any file system Beam knows, e.g.
	// gs://bucket/news/*.jsonl) or a local directory, which means every
	// *.txt below it in lexical order, as for quelle annotate.
	Input string
	// Output is the prefix of the output files: PREFIX-SSSSS-of-NNNNN.jsonl
	// (the records in input order; the runner decides how many files),
	// PREFIX-deadletter.jsonl and PREFIX-stats.json.
	Output string
	// Format is FormatAuto (empty), FormatText or FormatJSONL.
	Format string
	// Layers selects the layers to write, as quelle annotate --layers.
	Layers []string
	// Lexicon is a directory whose files override the embedded lexicon.
	// Build reads it; its contents travel with the job.
	Lexicon string
	// Tokens adds tokens and sentences to each record.
	Tokens bool
	// Top is the length of the frequency lists in the statistics (0:
	// DefaultTop).
	Top int
	// BlockSize is the size in bytes of the input blocks the job starts
	// with (0: DefaultBlockSize); runners split further while it runs.
	BlockSize int64
	// Workers is the number of goroutines that annotate the documents of
	// one bundle (0: 1). Runners run bundles in parallel, and Flink and
	// Dataflow give each worker as many as it has cores; but prism runs
	// all elements of a stage as one bundle (it splits only a bundle that
	// stalls), so on prism this is how the job uses more than one core.
	Workers int
}

// Build adds the job to the pipeline of scope s and returns the names of
// the files it writes (a PCollection of strings). It reads the lexicon
// directory and builds the annotation pipeline once, so that a broken
// lexicon or an unknown layer fails here, before the job is submitted.
func Build(s beam.Scope, opt Options) (beam.PCollection, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return beam.PCollection{}, err
	}
	files, err := ReadLexicon(opt.Lexicon)
	if err != nil {
		return beam.PCollection{}, err
	}
	fn := &annotateFn{
		Lexicon: files, LexiconDir: opt.Lexicon, Layers: opt.Layers,
		Tokens: opt.Tokens, Output: opt.Output, BlockSize: opt.BlockSize, Workers: opt.Workers,
	}
	if err := fn.Setup(); err != nil {
		return beam.PCollection{}, err
	}
	s = s.Scope("quelle")
	batches := beam.ParDo(s, &listFn{Input: opt.Input, Format: opt.Format}, beam.Impulse(s))
	outs := beam.ParDoN(s, fn, batches)
	temps, dead, counts, lemmas, sources := outs[0], outs[1], outs[2], outs[3], outs[4]
	return beam.Flatten(s,
		finalize(s, opt.Output, temps),
		writeDeadLetters(s, opt.Output+"-deadletter.jsonl", dead),
		writeStats(s, opt.Output+"-stats.json", opt.Top, fn.pipe.Labels(), counts, lemmas, sources),
	), nil
}

func (opt Options) withDefaults() (Options, error) {
	switch opt.Format {
	case "":
		opt.Format = FormatAuto
	case FormatAuto, FormatText, FormatJSONL:
	default:
		return opt, fmt.Errorf("format must be auto, text or jsonl, not %q", opt.Format)
	}
	if opt.Input == "" || opt.Output == "" {
		return opt, fmt.Errorf("an input and an output prefix are needed")
	}
	if opt.Top == 0 {
		opt.Top = DefaultTop
	}
	if opt.BlockSize == 0 {
		opt.BlockSize = DefaultBlockSize
	}
	if opt.Workers == 0 {
		opt.Workers = 1
	}
	if opt.Top < 1 || opt.BlockSize < 1 || opt.Workers < 1 {
		return opt, fmt.Errorf("top, block size and workers must be positive")
	}
	return opt, nil
}

// ReadLexicon reads the override files of a --lexicon directory (its
// regular files; hidden ones, whose names start with a dot, aside) into a
// map from name to contents: the directory as it travels with the job. An
// empty dir gives nil (the embedded lexicon). It fails as lexicon.Dir
// does when dir is not a directory or a file in it overrides nothing.
func ReadLexicon(dir string) (map[string][]byte, error) {
	if dir == "" {
		return nil, nil
	}
	if _, err := lexicon.Dir(dir); err != nil {
		return nil, err
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("--lexicon %s: %w", dir, err)
	}
	files := map[string][]byte{}
	for _, e := range ents {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("--lexicon %s: %w", dir, err)
		}
		files[e.Name()] = data
	}
	return files, nil
}

// newPipeline builds the annotation pipeline from a lexicon directory's
// files as ReadLexicon returns them (nil: the embedded lexicon), the same
// one quelle annotate --lexicon DIR --layers … builds.
func newPipeline(dir string, files map[string][]byte, layers []string) (*annotate.Pipeline, error) {
	lex := lexicon.Default()
	if dir != "" {
		m := fstest.MapFS{}
		for name, data := range files {
			m[name] = &fstest.MapFile{Data: data, Mode: 0o444}
		}
		lex = lexicon.Overlay(dir, m)
	}
	return pipeline.New(lex, pipeline.Options{Layers: layers})
}
