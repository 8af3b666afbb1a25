// Command stripmarks removes the quotation marks from the texts of a
// scheme JSONL file and shifts every span's code-point offsets to match,
// so that direct speech without its marks (as in scraped text) can be
// measured on annotated data. No span is dropped: a span's new text is
// the stripped text between its shifted offsets.
//
//	go run ./scripts/stripmarks < in.jsonl > out.jsonl
//
// Removed: „ “ ” " » « ‹ › ‚ ‘ always; ’ and ' unless they stand between
// two letters (an apostrophe: „geht's“, „d'Or“).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"unicode"
)

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "stripmarks:", err)
		os.Exit(1)
	}
}

func run(in io.Reader, out io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(nil, 1<<28)
	w := bufio.NewWriter(out)
	defer w.Flush()
	for n := 1; sc.Scan(); n++ {
		line, err := strip(sc.Bytes())
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		w.Write(line)
		w.WriteByte('\n')
	}
	return sc.Err()
}

func isMark(rs []rune, i int) bool {
	switch rs[i] {
	case '„', '“', '”', '"', '»', '«', '‹', '›', '‚', '‘':
		return true
	case '’', '\'':
		return !(i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]))
	}
	return false
}

func strip(line []byte) ([]byte, error) {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(line, &doc); err != nil {
		return nil, err
	}
	var text string
	if err := json.Unmarshal(doc["text"], &text); err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	rs := []rune(text)
	shift := make([]int, len(rs)+1) // shift[i]: marks removed before code point i
	kept := make([]rune, 0, len(rs))
	for i := range rs {
		shift[i+1] = shift[i]
		if isMark(rs, i) {
			shift[i+1]++
			continue
		}
		kept = append(kept, rs[i])
	}
	var spans []map[string]any
	if raw, ok := doc["spans"]; ok {
		d := json.NewDecoder(bytes.NewReader(raw))
		d.UseNumber()
		if err := d.Decode(&spans); err != nil {
			return nil, fmt.Errorf("spans: %w", err)
		}
	}
	for _, s := range spans {
		a, err1 := intOf(s["start"])
		b, err2 := intOf(s["end"])
		if err1 != nil || err2 != nil || a < 0 || b > len(rs) || a > b {
			return nil, fmt.Errorf("span %v: bad offsets", s)
		}
		na, nb := a-shift[a], b-shift[b]
		s["start"], s["end"] = na, nb
		s["text"] = string(kept[na:nb])
	}
	var err error
	if doc["text"], err = json.Marshal(string(kept)); err != nil {
		return nil, err
	}
	if spans != nil {
		if doc["spans"], err = json.Marshal(spans); err != nil {
			return nil, err
		}
	}
	return json.Marshal(doc)
}

func intOf(v any) (int, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, fmt.Errorf("not a number")
	}
	i, err := n.Int64()
	return int(i), err
}
