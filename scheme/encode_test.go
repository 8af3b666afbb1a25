package scheme

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
)

// encodeBoth returns a document's record as Encoder writes it (in pieces
// of chunk bytes) and as FromDocument + AppendJSON builds it. It fails
// when AppendDocument (or, for valid UTF-8, AppendValidDocument) does not
// write the Encoder's bytes.
func encodeBoth(t testing.TB, doc *annotate.Document, tokens bool, chunk int) (got, want []byte) {
	t.Helper()
	var buf bytes.Buffer
	enc := NewEncoder(&buf, tokens)
	enc.chunk = chunk
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	if app := AppendDocument([]byte("x"), doc, tokens); !bytes.Equal(app[1:], buf.Bytes()) {
		t.Fatalf("AppendDocument:\n got %s\nwant %s", app[1:], buf.Bytes())
	}
	if utf8.ValidString(doc.Text) { // AppendValidDocument is for valid text only
		if app := AppendValidDocument([]byte("x"), doc, tokens); !bytes.Equal(app[1:], buf.Bytes()) {
			t.Fatalf("AppendValidDocument:\n got %s\nwant %s", app[1:], buf.Bytes())
		}
	}
	rec := FromDocument(doc, tokens)
	return buf.Bytes(), append(rec.AppendJSON(nil), '\n')
}

// german is the tokenizer, built once for all tests and fuzz calls.
var german = sync.OnceValues(func() (*annotate.German, error) { return annotate.NewGerman(lexicon.Default()) })

// oddDoc is a document with every kind of character the JSON writer
// escapes or replaces, tokenized, with spans on some tokens.
func oddDoc(t testing.TB, text string) *annotate.Document {
	g, err := german()
	if err != nil {
		t.Fatal(err)
	}
	doc := &annotate.Document{ID: "odd\u2028", Text: text, Meta: []byte(`{"k":"v"}`)}
	doc.Tokens, doc.Sentences = g.Tokenize(text)
	for i, tk := range doc.Tokens {
		switch {
		case tk.Kind == annotate.Number:
			doc.Spans = append(doc.Spans, annotate.Span{Label: annotate.LabelNumber, Start: tk.Start, End: tk.End, Value: float64(i), Kind: annotate.KindCardinal, Rule: "r"})
		case i%7 == 0 && i+2 < len(doc.Tokens):
			doc.Spans = append(doc.Spans, annotate.Span{Label: annotate.LabelQuote, Start: tk.Start, End: doc.Tokens[i+2].End, Mode: annotate.ModeDirect, Attribution: i})
		}
	}
	annotate.SortSpans(doc.Spans)
	return doc
}

// TestEncoderMatchesAppendJSON: the streaming encoder writes the bytes of
// FromDocument + AppendJSON, whatever the piece size, with and without
// tokens, on the corpus and on odd text.
func TestEncoderMatchesAppendJSON(t *testing.T) {
	texts := []string{
		"",
		"„Er“ zahlte 3,5 Mio. und \xff\xfe Tausende.\r\nNUL\x00 \u2028 👍 \"q\" \\ <&> \xe2\x82 12.000 Euro",
		strings.Repeat("äö👍\xe2\x82\xf0\x9f", 50) + " 1 2 3",
	}
	files, _ := filepath.Glob("../corpus/*/*.txt")
	for _, f := range files[:min(len(files), 5)] {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, text := range texts {
		doc := oddDoc(t, text)
		for _, tokens := range []bool{false, true} {
			for _, chunk := range []int{1, 2, 3, 5, 64, flushAt} {
				got, want := encodeBoth(t, doc, tokens, chunk)
				if !bytes.Equal(got, want) {
					t.Fatalf("text %.30q tokens=%v chunk=%d:\n got %.300s\nwant %.300s", text, tokens, chunk, got, want)
				}
			}
		}
	}
}

// FuzzEncoder checks the streaming encoder against AppendJSON on any text
// (invalid UTF-8 included) and piece size.
func FuzzEncoder(f *testing.F) {
	for _, s := range []string{"", "a", "\xe2\x82\xac €", "\xff\x80\x80\x80\x80 x", "„Ja“, sagte er, 12 Euro.", "\u2028\u2029"} {
		f.Add(s, uint8(3), true)
	}
	f.Fuzz(func(t *testing.T, text string, chunk uint8, tokens bool) {
		doc := oddDoc(t, text)
		got, want := encodeBoth(t, doc, tokens, int(chunk%40)+1)
		if !bytes.Equal(got, want) {
			t.Fatalf("%q chunk %d tokens %v:\n got %s\nwant %s", text, chunk%40+1, tokens, got, want)
		}
	})
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// TestEncoderWriteError: a write error comes back, from this and every
// later record.
func TestEncoderWriteError(t *testing.T) {
	enc := NewEncoder(&failWriter{n: 100}, true)
	enc.chunk = 16
	doc := oddDoc(t, strings.Repeat("Er sagte 12 Worte. ", 50))
	if err := enc.Encode(doc); err == nil || err.Error() != "disk full" {
		t.Fatalf("err = %v, want disk full", err)
	}
	if err := enc.Encode(&annotate.Document{ID: "x"}); err == nil {
		t.Error("the encoder wrote on after a write error")
	}
}

// FuzzEscapeOffsets checks escapeOffsets, which skips eight bytes at a
// time, against a byte-by-byte scan.
func FuzzEscapeOffsets(f *testing.F) {
	for _, s := range []string{"", "plain ASCII text, more than eight bytes", "„Zitat“ \"x\"\\y\n\t\x01 Ende", "abcdefg\u2028hijklmn\u2029", "\xe2\x80\xa8", "12345678\"", "1234567\x1f", "\xff invalid"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gotOK := escapeOffsets(s, false)
		var want []int32
		wantOK := utf8.ValidString(s)
		for i := 0; wantOK && i < len(s); i++ {
			c := s[i]
			if c < 0x20 || c == '"' || c == '\\' || c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				if len(want) == len(s)/64+1 {
					want, wantOK = nil, false
					break
				}
				want = append(want, int32(i))
			}
		}
		if gotOK != wantOK || !slices.Equal(got, want) {
			t.Fatalf("escapeOffsets(%q) = %v, %v; want %v, %v", s, got, gotOK, want, wantOK)
		}
	})
}

// FuzzCPCursorValid checks the cursor's counting of sequence starts in
// valid UTF-8 against its rune-by-rune walk, at every byte offset (inside
// sequences too), forward and once more from the start.
func FuzzCPCursorValid(f *testing.F) {
	for _, s := range []string{"", "abc", "„Zitat“ – 12 € 👍 ok", "ééééééééé"} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, step uint8) {
		if !utf8.ValidString(s) {
			return
		}
		fast, walk := cpCursor{text: s, valid: true}, cpCursor{text: s}
		for _, from := range []int{0, len(s) / 2} {
			for o := from; o <= len(s)+1; o += int(step%5) + 1 {
				if got, want := fast.at(o), walk.at(o); got != want {
					t.Fatalf("%q: at(%d) = %d, want %d", s, o, got, want)
				}
			}
		}
	})
}
