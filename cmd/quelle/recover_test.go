package main

import (
	"strings"
	"testing"
)

// TestRecoverDocNamesTheDocument checks that a panic while one document is
// annotated becomes that document's error (file, line, id), and that the
// job carries no half-built output.
func TestRecoverDocNamesTheDocument(t *testing.T) {
	a := &annotator{}
	j := &job{file: "in.jsonl", lineNo: 7, id: "d7", line: []byte("partial")}
	func() {
		defer a.recoverDoc(j)
		panic("index out of range [-1]")
	}()
	if j.err == nil {
		t.Fatal("no error after a panic")
	}
	for _, want := range []string{"in.jsonl:7", `"d7"`, "internal error", "index out of range"} {
		if !strings.Contains(j.err.Error(), want) {
			t.Errorf("error %q lacks %q", j.err, want)
		}
	}
	if j.line != nil {
		t.Errorf("half-built record kept: %q", j.line)
	}
	ok := &job{file: "x.txt"}
	func() { defer a.recoverDoc(ok) }()
	if ok.err != nil {
		t.Errorf("error without a panic: %v", ok.err)
	}
}
