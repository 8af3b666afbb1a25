package job

import (
	"bytes"
	"io"
	"slices"
	"testing"

	"github.com/quelle-nlp/quelle/scheme"
)

// line is a record line as a reader sees it.
type line struct {
	n    int // 1-based line number
	data string
}

// FuzzSplitLines checks the invariant the job's JSONL reading rests on: cut
// anywhere, the lines that start before the cut plus those seekLine finds
// after it are exactly the lines scheme.Lines (quelle annotate's reader)
// gives for the whole input, with the same numbers.
func FuzzSplitLines(f *testing.F) {
	for _, s := range []string{
		"",
		"\n",
		"{\"a\":1}\n{\"b\":2}\n",
		"\uFEFF{\"a\":1}\r\n  \n\n{\"b\":2}",
		"\uFEFF\n\uFEFFx\n",
		"x\n\n\n   \t\ny\r\nz",
		"no newline at all",
		"\n\n\nlate\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var want []line
		err := scheme.Lines(bytes.NewReader(data), "in", func(n int, d []byte) error {
			want = append(want, line{n, string(d)})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for cut := int64(0); cut <= int64(len(data)); cut++ {
			var got []line
			for _, part := range [][2]int64{{0, cut}, {cut, int64(len(data)) + 1}} {
				for _, seeker := range []bool{true, false} {
					lines := readPart(t, data, part[0], part[1], seeker)
					if seeker {
						got = append(got, lines...)
					} else if !slices.Equal(lines, readPart(t, data, part[0], part[1], true)) {
						t.Fatalf("cut %d: a reader without Seek reads other lines", cut)
					}
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("cut at %d of %q:\ngot  %v\nwant %v", cut, data, got, want)
			}
		}
	})
}

// readPart returns the record lines that start in [from, to), numbered.
func readPart(t *testing.T, data []byte, from, to int64, seeker bool) []line {
	var r io.Reader = bytes.NewReader(data)
	if !seeker {
		r = struct{ io.Reader }{r}
	}
	br, off, err := seekLine(r, from)
	if err != nil {
		t.Fatal(err)
	}
	if br == nil {
		return nil
	}
	if off < from || off > 0 && data[off-1] != '\n' {
		t.Fatalf("seekLine(%d) = %d, not the first line start at or after it", from, off)
	}
	base := bytes.Count(data[:off], []byte{'\n'}) + 1
	var out []line
	err = splitLines(br, off, func(o int64, rel int, d []byte) (bool, error) {
		if o >= to {
			return false, nil
		}
		if n := bytes.Count(data[:o], []byte{'\n'}) + 1; n != base+rel {
			t.Fatalf("line at %d is line %d, splitLines says %d", o, n, base+rel)
		}
		out = append(out, line{base + rel, string(d)})
		return true, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
