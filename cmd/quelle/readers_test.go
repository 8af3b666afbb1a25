package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadersAgreeOnBOMAndErrors checks that annotate, eval and agree read
// JSONL through the one scheme reader: a byte order mark before the first
// record and blank lines are accepted by all three, and a malformed line is
// reported as "file:line: …" by all three.
func TestReadersAgreeOnBOMAndErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "bom.jsonl")
	text := "\uFEFF" + `{"id":"a","text":"Er sagte, es seien 3.000.","spans":[]}` + "\n\n" +
		`{"id":"b","text":"Laut Polizei kamen 12 Menschen.","spans":[]}` + "\n"
	if err := os.WriteFile(good, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runCLI(t, "", "annotate", good); code != 0 || len(parseOut(t, out)) != 2 {
		t.Errorf("annotate: exit %d, stderr %q, output %q", code, errs, out)
	}
	if code, _, errs := runCLI(t, "", "eval", "--gold", good, "--pred", good, "--bootstrap", "0"); code != 0 {
		t.Errorf("eval: exit %d, stderr %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "agree", good, good); code != 0 {
		t.Errorf("agree: exit %d, stderr %q", code, errs)
	}

	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("\uFEFF"+`{"id":"a","text":"x"}`+"\n"+`{"id":"b",`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := bad + ":2: "
	for _, args := range [][]string{
		{"annotate", bad},
		{"eval", "--gold", bad, "--pred", bad, "--bootstrap", "0"},
		{"agree", bad, bad},
	} {
		code, _, errs := runCLI(t, "", args...)
		if code != 1 || !strings.Contains(errs, want) {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 and %q", args[0], code, errs, want)
		}
	}
}
