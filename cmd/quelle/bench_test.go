package main

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"testing"

	"github.com/quelle-nlp/quelle/internal/benchdata"
)

// BenchmarkAnnotateJSONL runs quelle annotate -j 1 and -j 2 on the bench
// corpus as JSONL (one record per article), reading, annotating and
// writing.
func BenchmarkAnnotateJSONL(b *testing.B) {
	for _, jobs := range []string{"1", "2"} {
		b.Run("j"+jobs, func(b *testing.B) { benchAnnotate(b, jobs) })
	}
}

func benchAnnotate(b *testing.B, jobs string) {
	var in bytes.Buffer
	for i, a := range benchdata.Articles(benchdata.Raw(b)) {
		line, _ := json.Marshal(map[string]string{"id": "a" + strconv.Itoa(i), "text": a})
		in.Write(line)
		in.WriteByte('\n')
	}
	b.SetBytes(int64(in.Len()))
	for b.Loop() {
		e := &env{stdin: bytes.NewReader(in.Bytes()), stdout: io.Discard, stderr: io.Discard}
		if code := run([]string{"annotate", "-j", jobs, "--in", "jsonl"}, e); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
