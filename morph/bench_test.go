package morph

import (
	"strings"
	"testing"
	"unicode"

	"github.com/quelle-nlp/quelle/internal/benchdata"
)

// benchWords returns the words of the news bench corpus (see
// internal/benchdata; the benchmark skips when it is missing).
func benchWords(b *testing.B) []string {
	b.Helper()
	return strings.FieldsFunc(benchdata.Raw(b), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
}

// BenchmarkAnalyze looks up every word of the news benchmark text, as
// written; it reports lookups per second and MB/s of word bytes.
func BenchmarkAnalyze(b *testing.B) {
	words := benchWords(b)
	tb := Default()
	size, found := 0, 0
	for _, w := range words {
		size += len(w)
		tb.Analyze(w) // fill the analyses of the text's forms first
		if tb.IsVerb(w) || tb.IsNoun(w) {
			found++
		}
	}
	b.Logf("%d words, %d (%.0f %%) found in the table", len(words), found, 100*float64(found)/float64(len(words)))
	b.SetBytes(int64(size))
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, w := range words {
			n += len(tb.Analyze(w))
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(words))/b.Elapsed().Seconds(), "lookups/s")
	if n == 0 {
		b.Fatal("nothing found")
	}
}

// BenchmarkIsSubjunctive1 is the cheap predicate a clause rule calls on
// every token.
func BenchmarkIsSubjunctive1(b *testing.B) {
	words := benchWords(b)
	tb := Default()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, w := range words {
			if tb.IsSubjunctive1(w) {
				n++
			}
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(words))/b.Elapsed().Seconds(), "lookups/s")
}

// BenchmarkOpen measures the start-up cost of Default: opening the
// embedded table in place (header, reading sets, particles).
func BenchmarkOpen(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := open(tableData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecode measures Decode of the embedded table: a copy, the
// checksum and the check of every section.
func BenchmarkDecode(b *testing.B) {
	b.SetBytes(int64(len(tableData)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode([]byte(tableData)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstText is start-up plus the first pass over a news text:
// opening the table and filling the analyses of every form the text uses.
func BenchmarkFirstText(b *testing.B) {
	words := benchWords(b)
	b.ReportAllocs()
	for b.Loop() {
		tb, err := open(tableData)
		if err != nil {
			b.Fatal(err)
		}
		for _, w := range words {
			tb.Analyze(w)
		}
	}
}
