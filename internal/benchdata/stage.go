package benchdata

import (
	"testing"
	"time"
)

// TokenizeOnly is the baseline a stage's cost is compared with: it times
// tokenize alone over articles, article by article, reporting MB/s of text
// (the whole corpus the articles come from) and allocations.
func TokenizeOnly[T, S any](b *testing.B, text string, articles []string, tokenize func(string) (T, S)) {
	b.Helper()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range articles {
			tokenize(d)
		}
	}
}

// Share times a tokenizer and a stage interleaved in one loop, so that both
// are equally hot and equally exposed to noise from other processes: for
// each batch of size articles out of n, tokenize(lo, hi) and then
// stage(lo, hi) run on articles lo to hi (hi exclusive). It returns the
// time spent in each over all of b's iterations.
func Share(b *testing.B, n, size int, tokenize, stage func(lo, hi int)) (tok, st time.Duration) {
	b.Helper()
	size = max(size, 1)
	for b.Loop() {
		for lo := 0; lo < n; lo += size {
			hi := min(lo+size, n)
			t0 := time.Now()
			tokenize(lo, hi)
			t1 := time.Now()
			stage(lo, hi)
			t2 := time.Now()
			tok += t1.Sub(t0)
			st += t2.Sub(t1)
		}
	}
	return tok, st
}
