package main

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quelle-nlp/quelle/scheme"
)

// TestFeedEndDuringBuild: when the whole input is read ahead while the
// pipeline is being built, the worker that reached its end still takes
// documents once the pipeline is built (it used to stop, leaving every
// document of a small input to the other worker: one core at -j 2).
func TestFeedEndDuringBuild(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.jsonl")
	var lines []string
	for _, id := range []string{"a", "b", "c", "d"} {
		lines = append(lines, `{"id":"`+id+`","text":"Er sagte das."}`)
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	build := &pipelineBuild{done: make(chan struct{})}
	f := newFeed(&scheme.Reader{}, []scheme.Input{{Path: path, Format: scheme.FormatJSONL}}, build)
	defer f.close()
	first := make(chan *job, 1)
	go func() { first <- f.take() }()
	for !f.readAll() {
		time.Sleep(time.Millisecond)
	}
	select {
	case j := <-first:
		t.Fatalf("take returned %v before the pipeline was built", j)
	default:
	}
	close(build.done)
	var (
		mu   sync.Mutex
		seqs []int
		wg   sync.WaitGroup
	)
	took := func(j *job) bool {
		if j == nil {
			return false
		}
		mu.Lock()
		seqs = append(seqs, j.seq)
		mu.Unlock()
		return true
	}
	if !took(<-first) {
		t.Fatal("the worker that read to the end of the input during the build took no document")
	}
	for range 2 {
		wg.Go(func() {
			for took(f.take()) {
			}
		})
	}
	wg.Wait()
	if len(seqs) != len(lines) {
		t.Fatalf("handed out %d documents (%v), want %d", len(seqs), seqs, len(lines))
	}
}

// readAll reports whether the feed has read its whole input.
func (f *feed) readAll() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.ended && !f.reading
}
