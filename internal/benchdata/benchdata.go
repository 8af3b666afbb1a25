// Package benchdata finds and loads the bench corpus for the benchmarks of
// every package (tokenizer, stages, scheme, pipeline), so that each of them
// reads the same data from the same place. It earns its folder because six
// packages share it; it is internal because only tests use it.
//
// The corpus is ../shared/bench/news_de.txt next to the repository root
// (found by walking up from the working directory to go.mod), or the file
// named by QUELLE_BENCH_FILE. A missing corpus skips the benchmark with a
// message saying what to fetch.
package benchdata

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Path returns the bench corpus's path: QUELLE_BENCH_FILE, or
// ../shared/bench/news_de.txt beside the repository root.
func Path() (string, error) {
	if p := os.Getenv("QUELLE_BENCH_FILE"); p != "" {
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if isRoot(dir) {
			return filepath.Join(dir, "..", "shared", "bench", "news_de.txt"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod of " + rootModule + " above the working directory")
		}
		dir = parent
	}
}

// isRoot reports whether dir holds the root module's go.mod (not the
// go.mod of a nested module such as beam/).
func isRoot(dir string) bool {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	return err == nil && strings.HasPrefix(string(data), "module "+rootModule+"\n")
}

// rootModule is the path of the repository's root module.
const rootModule = "github.com/quelle-nlp/quelle"

// Raw returns the bench corpus as it is on disk (2.7 MB of news, one
// article per line), skipping tb when it is missing.
func Raw(tb testing.TB) string {
	tb.Helper()
	path, err := Path()
	if err == nil {
		var data []byte
		if data, err = os.ReadFile(path); err == nil {
			return string(data)
		}
	}
	tb.Skipf("bench corpus missing (%v): put news_de.txt (German news, one article per line) at ../shared/bench/ beside the repository, or set QUELLE_BENCH_FILE", err)
	return ""
}

// Articles splits text into its non-blank lines (one article per line).
func Articles(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// Tiled returns the corpus tiled to at least QUELLE_BENCH_MB megabytes
// (default def) and its articles.
func Tiled(tb testing.TB, def int) (whole string, articles []string) {
	tb.Helper()
	raw := Raw(tb)
	mb := def
	if s := os.Getenv("QUELLE_BENCH_MB"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			tb.Fatalf("QUELLE_BENCH_MB: %v", err)
		}
		mb = n
	}
	var sb strings.Builder
	for sb.Len() < mb<<20 {
		sb.WriteString(raw)
		sb.WriteString("\n\n")
	}
	whole = sb.String()
	return whole, Articles(whole)
}

// Describe says where the corpus is looked for, for messages.
func Describe() string {
	p, err := Path()
	if err != nil {
		return fmt.Sprintf("bench corpus: %v", err)
	}
	return "bench corpus: " + p
}
