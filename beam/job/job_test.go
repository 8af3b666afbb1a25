package job

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// The tests run the job on prism, Beam's in-process runner, and compare
// its records with what the quelle binary (built from this repository)
// writes for the same input.

var quelleBin string // the quelle CLI, built by TestMain

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "quelle-beam-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	quelleBin = filepath.Join(dir, "quelle")
	// The SDK leaves an empty file in the temporary folder per loopback
	// job; keep them in ours.
	os.Setenv("TMPDIR", dir)
	cmd := exec.Command("go", "build", "-o", quelleBin, "./cmd/quelle")
	cmd.Dir = repoRoot()
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building quelle: %v\n%s", err, out)
		os.Exit(1)
	}
	// Prism logs every job at level INFO; keep warnings and errors.
	beamlog.LogLevel = "warn"
	code := ptest.MainRetWithDefault(m, "prism")
	os.RemoveAll(dir)
	os.Exit(code)
}

// repoRoot is the root module's directory, two levels up.
func repoRoot() string {
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	return root
}

// cli runs quelle annotate with args and returns its output.
func cli(t *testing.T, args ...string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "cli.jsonl")
	cmd := exec.Command(quelleBin, append([]string{"annotate", "-j", "2", "-o", out}, args...)...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("quelle annotate %v: %v\n%s", args, err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// output is what a run of the job wrote.
type output struct {
	all     []byte   // the shards, concatenated in the order of their names
	records []string // their lines, sorted by id
	dead    []deadLetter
	stats   Stats
}

// run runs the job on prism; opt.Output defaults to a temporary prefix.
func run(t *testing.T, opt Options) output {
	t.Helper()
	if opt.Output == "" {
		opt.Output = filepath.Join(t.TempDir(), "out")
	}
	p, s := beam.NewPipelineWithRoot()
	if _, err := Build(s, opt); err != nil {
		t.Fatal(err)
	}
	return runBuilt(t, p, opt)
}

func runBuilt(t *testing.T, p *beam.Pipeline, opt Options) output {
	t.Helper()
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	var res output
	shards, err := filepath.Glob(opt.Output + "-*-of-*.jsonl")
	if err != nil || len(shards) == 0 {
		t.Fatalf("no shard written (%v)", err)
	}
	for i, name := range shards {
		if name != ShardName(opt.Output, i, len(shards)) {
			t.Fatalf("shard %d of %d is %s", i, len(shards), name)
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		res.all = append(res.all, data...)
	}
	if left, _ := filepath.Glob(tempPrefix(opt.Output) + "*"); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	res.records = sortByID(t, res.all)
	data, err := os.ReadFile(opt.Output + "-deadletter.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range splitLines0(data) {
		var d deadLetter
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("dead letter %q: %v", line, err)
		}
		res.dead = append(res.dead, d)
	}
	sort.Slice(res.dead, func(i, j int) bool { return lineOf(res.dead[i].Source) < lineOf(res.dead[j].Source) })
	data, err = os.ReadFile(opt.Output + "-stats.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &res.stats); err != nil {
		t.Fatalf("stats: %v", err)
	}
	return res
}

// lineOf returns the line number of a source "file:line".
func lineOf(source string) int {
	n, _ := strconv.Atoi(source[strings.LastIndexByte(source, ':')+1:])
	return n
}

// splitLines0 splits JSONL output into its lines (each without "\n").
func splitLines0(data []byte) []string {
	s := strings.TrimSuffix(string(data), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// sortByID splits JSONL into lines and sorts them by id (then by line).
func sortByID(t *testing.T, data []byte) []string {
	t.Helper()
	lines := splitLines0(data)
	ids := map[string]string{}
	for _, l := range lines {
		var r struct{ ID string }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("record %.80q: %v", l, err)
		}
		ids[l] = r.ID
	}
	sort.Slice(lines, func(i, j int) bool {
		if ids[lines[i]] != ids[lines[j]] {
			return ids[lines[i]] < ids[lines[j]]
		}
		return lines[i] < lines[j]
	})
	return lines
}

// sameRecords fails unless the job wrote the records the CLI wrote, byte
// for byte and in the same order.
func sameRecords(t *testing.T, res output, cliOut []byte) {
	t.Helper()
	got, want := res.records, sortByID(t, cliOut)
	if len(want) == 0 {
		t.Fatal("quelle annotate wrote no record")
	}
	if len(got) != len(want) {
		t.Fatalf("job wrote %d records, quelle annotate %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("record %d (by id) differs:\njob: %.300s\ncli: %.300s", i, got[i], want[i])
		}
	}
	if !bytes.Equal(res.all, cliOut) {
		t.Fatal("the job wrote the records of quelle annotate in another order")
	}
}

func TestCorpusMatchesCLI(t *testing.T) {
	corpus := filepath.Join(repoRoot(), "corpus")
	want := cli(t, corpus)
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"directory", Options{Input: corpus}},
		{"glob", Options{Input: filepath.Join(corpus, "*", "*.txt")}},
		{"small blocks", Options{Input: corpus, BlockSize: 2000}},
		{"3 workers", Options{Input: corpus, Workers: 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.opt)
			sameRecords(t, res, want)
			if len(res.dead) != 0 {
				t.Errorf("dead letters: %v", res.dead)
			}
			checkStats(t, res.stats, res.records)
		})
	}
}

// checkStats compares the job's statistics with counts made from the
// records themselves.
func checkStats(t *testing.T, st Stats, records []string) {
	t.Helper()
	if st.Documents != len(records) {
		t.Errorf("stats: %d documents, want %d", st.Documents, len(records))
	}
	spans, docs, total := map[string]int{}, map[string]int{}, 0
	for _, l := range records {
		var r struct{ Spans []struct{ Label string } }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, s := range r.Spans {
			spans[s.Label]++
			seen[s.Label] = true
			total++
		}
		for l := range seen {
			docs[l]++
		}
	}
	if total == 0 {
		t.Fatal("no span in the records")
	}
	for label := range st.Labels {
		if _, ok := spans[label]; !ok && label != annotate.LabelCue && label != annotate.LabelSource &&
			label != annotate.LabelQuote && label != annotate.LabelHedge && label != annotate.LabelNumber {
			t.Errorf("stats name label %q", label)
		}
	}
	for label, n := range spans {
		ls := st.Labels[label]
		if ls.Spans != n || ls.Documents != docs[label] {
			t.Errorf("stats %s: %d spans in %d documents, records have %d in %d", label, ls.Spans, ls.Documents, n, docs[label])
		}
	}
}

// jsonlCorpus writes the corpus texts as JSONL records with meta and an
// extra field, a byte order mark, blank lines and CRLF line ends, and
// returns the file's path and its lines.
func jsonlCorpus(t *testing.T, dir, name string, bad map[int]string) (string, []string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(repoRoot(), "corpus", "*", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("corpus: %v (%d files)", err, len(files))
	}
	var lines []string
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rec := map[string]any{"id": fmt.Sprintf("%s-%02d", name, i), "text": string(data), "meta": map[string]any{"file": filepath.Base(f)}, "n": i}
		b, _ := json.Marshal(rec)
		lines = append(lines, string(b))
		if i%5 == 0 {
			lines = append(lines, "  ")
		}
	}
	var nums []int
	for n := range bad {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	for _, n := range nums { // bad[n] becomes line n
		lines = append(lines[:n-1], append([]string{bad[n]}, lines[n-1:]...)...)
	}
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	for i, l := range lines {
		buf.WriteString(l)
		if i%7 == 3 {
			buf.WriteString("\r")
		}
		if i < len(lines)-1 {
			buf.WriteString("\n") // the last line has no newline
		}
	}
	path := filepath.Join(dir, name+".jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, lines
}

func TestJSONLMatchesCLI(t *testing.T) {
	dir := t.TempDir()
	a, _ := jsonlCorpus(t, dir, "a", nil)
	b, _ := jsonlCorpus(t, dir, "b", nil)
	want := cli(t, a, b)
	for _, tc := range []struct {
		name    string
		block   int64
		workers int
	}{{"whole files", 0, 0}, {"split inside files", 3000, 0}, {"split, 2 workers", 3000, 2}} {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, Options{Input: filepath.Join(dir, "*.jsonl"), BlockSize: tc.block, Workers: tc.workers})
			sameRecords(t, res, want)
			if len(res.dead) != 0 {
				t.Errorf("dead letters: %v", res.dead)
			}
		})
	}
}

func TestDeadLetters(t *testing.T) {
	dir := t.TempDir()
	bad := map[int]string{
		4:  `{"id": "x", "text": 5}`,
		20: `{"id": "y", "text": "unterminated`,
		31: `not json at all`,
	}
	path, lines := jsonlCorpus(t, dir, "c", bad)
	// quelle annotate stops at the first bad record; its message is the
	// reason the job gives.
	cmd := exec.Command(quelleBin, "annotate", "-o", filepath.Join(dir, "stopped.jsonl"), path)
	msg, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("quelle annotate on a bad record: %v, want a failure", err)
	}
	// The good records are those quelle annotate writes with the bad lines blanked.
	var good []string
	for i, l := range lines {
		if _, isBad := bad[i+1]; isBad {
			l = ""
		}
		good = append(good, l)
	}
	clean := filepath.Join(t.TempDir(), "clean.jsonl")
	if err := os.WriteFile(clean, []byte(strings.Join(good, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	want := cli(t, clean)

	for _, opt := range []Options{{}, {BlockSize: 5000}, {BlockSize: 5000, Workers: 2}} {
		t.Run(fmt.Sprintf("block %d, %d workers", opt.BlockSize, opt.Workers), func(t *testing.T) {
			opt.Input = path
			res := run(t, opt)
			sameRecords(t, res, want)
			if len(res.dead) != len(bad) || res.stats.DeadLetters != len(bad) {
				t.Fatalf("%d dead letters (stats: %d), want %d: %+v", len(res.dead), res.stats.DeadLetters, len(bad), res.dead)
			}
			var nums []int
			for n := range bad {
				nums = append(nums, n)
			}
			sort.Ints(nums)
			for i, d := range res.dead {
				n := nums[i]
				src := fmt.Sprintf("%s:%d", path, n)
				if d.Source != src || !strings.HasPrefix(d.Reason, src+": ") || d.Record != bad[n] {
					t.Errorf("dead letter %+v, want source %s and record %q", d, src, bad[n])
				}
				if i == 0 && !strings.Contains(string(msg), d.Reason) {
					t.Errorf("reason %q is not what quelle annotate says: %s", d.Reason, msg)
				}
			}
			if res.stats.Documents != len(res.records) {
				t.Errorf("stats: %d documents, %d records", res.stats.Documents, len(res.records))
			}
		})
	}
}

func TestLexiconTravelsWithTheJob(t *testing.T) {
	lex := filepath.Join(t.TempDir(), "lex")
	if err := os.Mkdir(lex, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"numbers-words.txt", "numbers-scales.txt"} {
		data, err := os.ReadFile(filepath.Join(repoRoot(), "lexicon", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(lex, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	corpus := filepath.Join(repoRoot(), "corpus")
	want := cli(t, "--lexicon", lex, "--layers", "numbers", corpus)
	if !bytes.Contains(want, []byte(`"rule":"`+lex+"/")) {
		t.Fatalf("no span's rule names the override directory %s: the test shows nothing", lex)
	}
	opt := Options{Input: corpus, Lexicon: lex, Layers: []string{"numbers"}, Output: filepath.Join(t.TempDir(), "out")}
	p, s := beam.NewPipelineWithRoot()
	if _, err := Build(s, opt); err != nil {
		t.Fatal(err)
	}
	// The workers must not need the directory: the job carries its files.
	if err := os.RemoveAll(lex); err != nil {
		t.Fatal(err)
	}
	res := runBuilt(t, p, opt)
	sameRecords(t, res, want)
}

func TestBuildFailsEarly(t *testing.T) {
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "numbers-words.txt"), []byte("eins\tnot-a-number\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, opt := range []Options{
		{Input: "x", Output: "y", Format: "xml"},
		{Input: "x", Output: "y", Layers: []string{"syntax"}},
		{Input: "x", Output: "y", Lexicon: filepath.Join(bad, "missing")},
		{Input: "x", Output: "y", Lexicon: bad},
	} {
		_, s := beam.NewPipelineWithRoot()
		if _, err := Build(s, opt); err == nil {
			t.Errorf("Build(%+v) succeeded", opt)
		}
	}
}

// sameNames makes a directory whose text files share names below it.
func sameNames(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	texts, err := filepath.Glob(filepath.Join(repoRoot(), "corpus", "dev", "*.txt"))
	if err != nil || len(texts) < 4 {
		t.Fatalf("corpus: %v", err)
	}
	for i, name := range []string{"x/a.txt", "y/a.txt", "y/b.TXT", "z.txt"} {
		data, err := os.ReadFile(texts[i])
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestTextIDsMatchCLI(t *testing.T) {
	dir := sameNames(t)
	t.Run("directory", func(t *testing.T) {
		res := run(t, Options{Input: dir})
		sameRecords(t, res, cli(t, dir))
	})
	t.Run("glob", func(t *testing.T) {
		glob := filepath.Join(dir, "*", "a.txt")
		files, _ := filepath.Glob(glob)
		res := run(t, Options{Input: glob})
		sameRecords(t, res, cli(t, files...))
	})
}

// TestRemoteIDs checks that files on other file systems get the ids and
// formats that scheme.Inputs gives the same paths on the local one.
func TestRemoteIDs(t *testing.T) {
	dir := sameNames(t)
	for _, name := range []string{"r.jsonl", "s.NDJSON", "x/r.txt"} {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := scheme.Inputs(paths, scheme.FormatText)
	got := remoteInputs(paths)
	for i := range want {
		if got[i].ID != want[i].ID || got[i].Format != want[i].Format {
			t.Errorf("%s: id %q format %s, scheme.Inputs says %q %s", paths[i], got[i].ID, got[i].Format, want[i].ID, want[i].Format)
		}
	}
}
