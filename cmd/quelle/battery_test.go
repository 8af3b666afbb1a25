package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestBattery builds the quelle binary and runs the bad-input battery end
// to end, as a user would: every finding of issue 14 and the cases that
// already worked. Each case checks the exit status, the message on stderr,
// that N documents in give N complete records out, and that every span and
// token text is the code-point slice of its record's text. Run it alone
// with `go test ./cmd/quelle -run Battery -v` (scripts/battery.sh); -short
// skips the cases with large inputs.
func TestBattery(t *testing.T) {
	bin := buildQuelle(t)
	dir := openTempDir(t)
	f := func(name, data string) string { return mkfile(t, filepath.Join(dir, name), data) }
	rec := func(id, text string) string {
		b, _ := json.Marshal(map[string]string{"id": id, "text": text})
		return string(b) + "\n"
	}

	type bcase struct {
		name    string
		args    []string
		stdin   string
		code    int
		stderr  []string // each must appear
		records int      // complete records on stdout (or in -o), -1: do not count
		out     string   // the -o file to count in, if any
		check   func(t *testing.T, stdout, stderr string)
	}
	news := "Die Polizei meldete am 31. Oktober 12.000 Fälle, sagte der Sprecher. „Es waren vermutlich mehr“, hieß es.\n\n"
	self := f("self.jsonl", rec("a", news))
	selfTxt := f("self.txt", news)
	f("twice/a.txt", news)
	f("twice/b.txt", "Zwei.")
	f("nested/x/a.txt", "Eins.")
	f("nested/y/a.txt", "Zwei.")
	os.Mkdir(filepath.Join(dir, "empty"), 0o755)
	f("mixed/a.txt", news)
	os.Symlink(filepath.Join(dir, "mixed", "gone.txt"), filepath.Join(dir, "mixed", "b.txt"))
	os.Mkdir(filepath.Join(dir, "mixed", "c.txt"), 0o755)
	f("mixed/d.txt", "Vier.")
	dupMeta := f("dupmeta.jsonl", `{"k":"top","id":"m","text":"x","meta":{"k":"inner"}}`+"\n")
	gold := f("gold.jsonl", `{"id":"g","text":"„Ja“, sagte sie, 3 Leute.","spans":[{"label":"CUE","start":6,"end":11,"text":"sagte","lemma":"sagen","attribution":1},{"label":"NUMBER","start":17,"end":18,"text":"3","value":3,"kind":"cardinal"}]}`+"\n")
	dupIDs := f("dupids.jsonl", rec("a", "x")+rec("b", "y")+rec("a", "z"))
	nd := f("x.ndjson", rec("n1", "Eins.")+rec("n2", "Zwei."))
	upper := f("X.JSONL", rec("u1", "Eins.")+rec("u2", "Zwei."))
	badUTF8 := f("badutf8.jsonl", "{\"id\":\"b\",\"text\":\"ab\xffc 3 Leute\"}\n")
	odd := f("odd.txt", "\ufeffEr sagte 👍 zu „allem“: 12.000\r\nLeute\x00 \xff\xfe kamen, 3,5 Mio.\r\n")
	empty := f("empty.txt", "")
	emptyJSONL := f("empty.jsonl", "")
	malformed := f("malformed.jsonl", rec("a", "Eins.")+`{"id":"b","text":`+"\n"+rec("c", "Drei."))
	lexTypo := filepath.Join(dir, "lextypo")
	f("lextypo/numbers-word.txt", "drei\t3\tunit\n")
	f("lexbad/numbers-words.txt", "drei 3 unit\n")
	f("lexbad/abbreviations.txt", "usw.\tfinal\nusw.\n")
	f("lexbad/numbers-context.txt", "Uhr clock\n")
	oldOut := f("old.jsonl", "old\n")
	keptOut := f("kept.jsonl", "old\n")

	cases := []bcase{
		{name: "1 output is the input", args: []string{"annotate", self, "-o", self}, code: 2, stderr: []string{"is both an input and the output"}, records: -1,
			check: func(t *testing.T, _, _ string) { same(t, self, rec("a", news)) }},
		{name: "1 output is the input, other spelling", args: []string{"annotate", filepath.Join(dir, "twice", "..", "self.txt"), "-o", relative(t, selfTxt)}, code: 2,
			stderr: []string{"is both an input and the output"}, records: -1, check: func(t *testing.T, _, _ string) { same(t, selfTxt, news) }},
		{name: "1 folder into itself, run 1", args: []string{"annotate", filepath.Join(dir, "twice"), "-o", filepath.Join(dir, "twice", "out.txt")}, records: 2, out: filepath.Join(dir, "twice", "out.txt")},
		{name: "1 folder into itself, run 2", args: []string{"annotate", filepath.Join(dir, "twice"), "-o", filepath.Join(dir, "twice", "out.txt")}, records: 2, out: filepath.Join(dir, "twice", "out.txt"),
			stderr: []string{"out.txt is not read: it is the output file"}},
		{name: "1 -o written at the end, with a missing input", args: []string{"annotate", selfTxt, filepath.Join(dir, "missing.txt"), "-o", oldOut}, code: 1,
			stderr: []string{"missing.txt: not found", "1 error (see above); 1 document written to " + oldOut}, records: 1, out: oldOut},
		{name: "3 duplicate meta key", args: []string{"annotate", dupMeta}, records: 1, stderr: []string{`dupmeta.jsonl:1: "k" is given both as a field and in "meta": the value in "meta" is kept`},
			check: func(t *testing.T, out, _ string) {
				if !strings.Contains(out, `"meta":{"k":"inner"}`) {
					t.Errorf("meta: %s", out)
				}
			}},
		{name: "4 input spans kept and replaced", args: []string{"annotate", "--layers", "numbers", gold}, records: 1, stderr: []string{"replaced 1 input span of labels this run writes (NUMBER 1)"},
			check: func(t *testing.T, out, _ string) {
				if !strings.Contains(out, `"label":"CUE","start":6,"end":11,"text":"sagte","lemma":"sagen","attribution":1}`) {
					t.Errorf("CUE not kept: %s", out)
				}
			}},
		{name: "5 nested ids", args: []string{"annotate", filepath.Join(dir, "nested")}, records: 2,
			check: func(t *testing.T, out, _ string) {
				if !strings.Contains(out, `"id":"x/a"`) || !strings.Contains(out, `"id":"y/a"`) {
					t.Errorf("ids: %s", out)
				}
			}},
		{name: "5 duplicate ids", args: []string{"annotate", dupIDs}, code: 1, records: 3, stderr: []string{`dupids.jsonl:3: duplicate document id "a" (first at ` + dupIDs + ":1)"}},
		{name: "7 folder without text files", args: []string{"annotate", filepath.Join(dir, "empty")}, code: 1, records: 0, stderr: []string{"empty: no .txt file in this folder or below it"}},
		{name: "7 .ndjson", args: []string{"annotate", nd}, records: 2},
		{name: "7 .JSONL", args: []string{"annotate", upper}, records: 2},
		{name: "7 unknown layer", args: []string{"annotate", "--layers", "nope", selfTxt}, code: 2, records: 0, stderr: []string{`--layers: unknown layer "nope"`}},
		{name: "7 unknown tokenizer", args: []string{"annotate", "--tokenizer", "spacy", selfTxt}, code: 2, records: 0, stderr: []string{`unknown tokenizer "spacy"`}},
		{name: "7 empty --layers", args: []string{"annotate", "--layers", "", selfTxt}, code: 2, records: 0, stderr: []string{"--layers is empty"}},
		{name: "8 misspelled override", args: []string{"annotate", "--lexicon", lexTypo, selfTxt}, code: 1, records: 0, stderr: []string{"numbers-word.txt: no lexicon file has this name", "did you mean numbers-words.txt?"}},
		{name: "8 every broken file at once", args: []string{"annotate", "--lexicon", filepath.Join(dir, "lexbad"), selfTxt}, code: 1, records: 0, stderr: []string{
			"abbreviations.txt:2: \"usw.\" is already listed at line 1 with other flags",
			"numbers-words.txt:1: expected 3 fields separated by tabs (form, value, class), found 1: the line has spaces where a tab belongs",
			"numbers-context.txt:1: expected 2 fields separated by tabs (word, kind)"}},
		// with -j 2 and JSONL the pipeline is built while the first records
		// are read and decoded: its errors still come alone, nothing is
		// written, and an -o file stays as it was
		{name: "8 broken lexicon, -j 2, JSONL into -o", args: []string{"annotate", "-j", "2", "--lexicon", filepath.Join(dir, "lexbad"), malformed, self, "-o", keptOut}, code: 1, records: -1, stderr: []string{
			"abbreviations.txt:2: \"usw.\" is already listed at line 1 with other flags",
			"numbers-context.txt:1: expected 2 fields separated by tabs (word, kind)"},
			check: func(t *testing.T, stdout, stderr string) {
				same(t, keptOut, "old\n")
				if strings.Contains(stderr, "malformed.jsonl") || stdout != "" {
					t.Errorf("a record was read out before the lexicon error: stdout %q, stderr %q", stdout, stderr)
				}
			}},
		{name: "8 broken lexicon, -j 2, empty JSONL into -o", args: []string{"annotate", "-j", "2", "--lexicon", filepath.Join(dir, "lexbad"), emptyJSONL, "-o", keptOut}, code: 1, records: -1, stderr: []string{
			"numbers-words.txt:1: expected 3 fields separated by tabs"},
			check: func(t *testing.T, _, _ string) { same(t, keptOut, "old\n") }},
		{name: "8 broken lexicon, -j 2, JSONL to stdout", args: []string{"annotate", "-j", "2", "--lexicon", filepath.Join(dir, "lexbad"), self}, code: 1, records: 0, stderr: []string{
			"numbers-words.txt:1: expected 3 fields separated by tabs"}},
		{name: "9 dangling link and a folder named a.txt", args: []string{"annotate", filepath.Join(dir, "mixed")}, code: 1, records: 2, stderr: []string{"b.txt: broken link: it points to", "1 error (see above); 2 documents written"}},
		{name: "10 invalid UTF-8 in JSONL text", args: []string{"annotate", badUTF8}, records: 1, stderr: []string{`badutf8.jsonl:1: invalid UTF-8 at byte offset 20 of the line, in "text"`}},
		{name: "12 --version", args: []string{"--version"}, records: -1, check: func(t *testing.T, out, _ string) {
			if !strings.HasPrefix(out, "quelle ") {
				t.Errorf("out %q", out)
			}
		}},
		{name: "12 help help", args: []string{"help", "help"}, records: -1},
		{name: "12 help version", args: []string{"help", "version"}, records: -1},
		{name: "12 missing file in plain words", args: []string{"annotate", "nonexistent.txt"}, code: 1, records: 0, stderr: []string{"nonexistent.txt: not found"}},
		{name: "worked: invalid UTF-8, NUL, BOM, CRLF in .txt", args: []string{"annotate", "--tokens", odd}, records: 1, stderr: []string{"odd.txt: invalid UTF-8 at byte offset"}},
		{name: "worked: empty file", args: []string{"annotate", empty}, records: 1},
		{name: "worked: malformed JSONL line", args: []string{"annotate", malformed}, code: 1, records: 2, stderr: []string{"malformed.jsonl:2: malformed record"}},
		{name: "worked: full disk", args: []string{"annotate", selfTxt, "-o", "/dev/full"}, code: 1, records: -1, stderr: []string{"cannot write /dev/full: the disk is full"}},
		{name: "worked: text on stdin", args: []string{"annotate"}, stdin: news, records: 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runBin(t, bin, c.stdin, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr %q", code, c.code, stderr)
			}
			for _, want := range c.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr %q does not say %q", stderr, want)
				}
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
				t.Errorf("stderr shows a crash: %q", stderr)
			}
			out := stdout
			if c.out != "" {
				out = readFile(t, c.out)
			}
			if c.records >= 0 {
				if n := completeRecords(t, out); n != c.records {
					t.Errorf("%d complete records, want %d", n, c.records)
				}
			}
			if c.check != nil {
				c.check(t, stdout, stderr)
			}
		})
	}
	noTemp(t, dir)
	noTemp(t, filepath.Join(dir, "twice"))

	t.Run("9 unreadable file and folder", func(t *testing.T) { batteryUnreadable(t, bin, dir, news) })
	t.Run("worked: broken pipe", func(t *testing.T) { batteryBrokenPipe(t, bin, dir, rec) })
	if testing.Short() {
		t.Skip("large inputs skipped in -short mode")
	}
	t.Run("worked: 20 MB single line", func(t *testing.T) {
		big := f("line20.jsonl", rec("big", strings.Repeat(strings.TrimSpace(news)+" ", 20<<20/len(news))))
		code, stdout, stderr := runBin(t, bin, "", "annotate", "--tokens", big)
		if code != 0 || completeRecords(t, stdout) != 1 {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
	})
	t.Run("2 SIGINT mid-run", func(t *testing.T) { batteryInterrupt(t, bin, dir, news, rec) })
}

// buildQuelle builds the binary into a temporary folder.
func buildQuelle(t *testing.T) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the battery builds quelle and needs the go command")
	}
	dir := openTempDir(t)
	bin := filepath.Join(dir, "quelle")
	if out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// openTempDir returns a temporary folder that other users may enter (the
// unreadable-input case runs the binary as nobody when the tests run as
// root).
func openTempDir(t *testing.T) string {
	dir := t.TempDir()
	os.Chmod(filepath.Dir(dir), 0o755)
	os.Chmod(dir, 0o755)
	return dir
}

// runBin runs the binary and returns its exit status (128+n for a signal),
// stdout and stderr.
func runBin(t *testing.T, bin, stdin string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	return exitCode(t, cmd.Run()), out.String(), errb.String()
}

func exitCode(t *testing.T, err error) int {
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal())
		}
		return ee.ExitCode()
	}
	t.Fatal(err)
	return -1
}

// completeRecords counts the records of JSONL output, failing on a line
// that is not a complete record or whose spans and tokens are not the
// code-point slices of its text.
func completeRecords(t *testing.T, out string) int {
	t.Helper()
	if out == "" {
		return 0
	}
	if !strings.HasSuffix(out, "\n") {
		t.Errorf("output does not end with a complete line: …%q", out[max(0, len(out)-80):])
	}
	return len(parseOut(t, out))
}

// relative spells path relative to the working folder, starting "./".
func relative(t *testing.T, path string) string {
	wd, _ := os.Getwd()
	rel, err := filepath.Rel(wd, path)
	if err != nil {
		t.Fatal(err)
	}
	return "./" + rel
}

func same(t *testing.T, path, want string) {
	t.Helper()
	if got := readFile(t, path); got != want {
		t.Errorf("%s changed: %q", path, got)
	}
}

// batteryUnreadable: a file and a subfolder quelle may not read cost the
// others nothing. As root, permissions do not bind, so the binary runs as
// nobody.
func batteryUnreadable(t *testing.T, bin, dir, news string) {
	d := filepath.Join(dir, "perm")
	mkfile(t, filepath.Join(d, "a.txt"), news)
	mkfile(t, filepath.Join(d, "b.txt"), news)
	mkfile(t, filepath.Join(d, "sub", "c.txt"), news)
	mkfile(t, filepath.Join(d, "z.txt"), news)
	os.Chmod(filepath.Join(d, "b.txt"), 0)
	os.Chmod(filepath.Join(d, "sub"), 0)
	defer os.Chmod(filepath.Join(d, "sub"), 0o755)
	cmd := exec.Command(bin, "annotate", d)
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	code := exitCode(t, cmd.Run())
	if code != 1 || completeRecords(t, out.String()) != 2 {
		t.Errorf("exit %d, %d records, want 1 and 2 (a, z); stderr %q", code, completeRecords(t, out.String()), errb.String())
	}
	for _, want := range []string{"b.txt: permission denied", "sub: cannot list this folder: permission denied", "2 errors (see above); 2 documents written"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr %q does not say %q", errb.String(), want)
		}
	}
}

// batteryBrokenPipe: a reader that goes away ends quelle quietly.
func batteryBrokenPipe(t *testing.T, bin, dir string, rec func(string, string) string) {
	var in strings.Builder
	for i := range 3000 {
		in.WriteString(rec(fmt.Sprint("p", i), "Die Polizei meldete 12.000 Fälle, sagte er."))
	}
	p := mkfile(t, filepath.Join(dir, "pipe.jsonl"), in.String())
	cmd := exec.Command("sh", "-c", fmt.Sprintf("%q annotate %q | head -c 100 >/dev/null; echo ${PIPESTATUS:-x}", bin, p))
	var errb bytes.Buffer
	cmd.Stderr = &errb
	done := make(chan error, 1)
	go func() { done <- cmd.Run() }()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatal("quelle did not end after its reader went away")
	}
	if strings.Contains(errb.String(), "panic") {
		t.Errorf("stderr %q", errb.String())
	}
}

// waitWriting waits (at most 10 s) until a run writing with -o into dir has
// put its first records into its temporary file, so that a signal then
// arrives in the middle of the run however fast the machine is.
func waitWriting(dir string) {
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
		tmps, _ := filepath.Glob(filepath.Join(dir, ".*.quelle-*.tmp"))
		for _, f := range tmps {
			if fi, err := os.Stat(f); err == nil && fi.Size() > 0 {
				return
			}
		}
	}
}

// batteryInterrupt: SIGINT in the middle of a corpus, and SIGTERM in the
// middle of one huge document, to stdout and to -o.
func batteryInterrupt(t *testing.T, bin, dir, news string, rec func(string, string) string) {
	var in strings.Builder
	for i := 0; in.Len() < 30<<20; i++ {
		in.WriteString(rec(fmt.Sprint("d", i), news+news))
	}
	corpus := mkfile(t, filepath.Join(dir, "corpus.jsonl"), in.String())
	huge := mkfile(t, filepath.Join(dir, "huge.txt"), strings.Repeat(news, 40<<20/len(news)))
	old := mkfile(t, filepath.Join(dir, "kept.jsonl"), "old\n")
	for _, c := range []struct {
		name, input string
		sig         syscall.Signal
		out         string
	}{
		{"SIGINT, corpus to stdout", corpus, syscall.SIGINT, ""},
		{"SIGTERM, one huge document to stdout", huge, syscall.SIGTERM, ""},
		{"SIGINT, corpus to -o", corpus, syscall.SIGINT, old},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"annotate", c.input}
			if c.out != "" {
				args = append(args, "-o", c.out)
			}
			cmd := exec.Command(bin, args...)
			stdout, _ := cmd.StdoutPipe()
			var errb bytes.Buffer
			cmd.Stderr = &errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			br := bufio.NewReaderSize(stdout, 1<<16)
			var got bytes.Buffer
			switch {
			case c.input == corpus && c.out == "":
				line, _ := br.ReadBytes('\n') // wait for the first record
				got.Write(line)
			case c.out != "":
				waitWriting(dir) // records are being written: mid-run
			default:
				time.Sleep(1500 * time.Millisecond)
			}
			cmd.Process.Signal(c.sig)
			rest, _ := readAll(br)
			got.Write(rest)
			code := exitCode(t, cmd.Wait())
			if code != 128+int(c.sig) {
				t.Errorf("exit %d, want %d; stderr %q", code, 128+int(c.sig), errb.String())
			}
			n := completeRecords(t, got.String())
			var want string
			switch {
			case c.out != "":
				want = "nothing written; " + c.out + " is unchanged"
				same(t, c.out, "old\n")
				noTemp(t, dir)
			default:
				want = fmt.Sprintf("stopped reading; %s written to standard output, each complete", plural(n, "document"))
			}
			if !strings.Contains(errb.String(), want) {
				t.Errorf("stderr %q does not say %q", errb.String(), want)
			}
			if c.input == huge && n != 0 {
				t.Errorf("%d records of the huge document", n)
			}
		})
	}
}

func readAll(br *bufio.Reader) ([]byte, error) {
	var b bytes.Buffer
	_, err := b.ReadFrom(br)
	return b.Bytes(), err
}
