package scheme

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quelle-nlp/quelle/annotate"
)

// parseRecordReference is an independent decoder (encoding/json tokens),
// kept as the reference for FuzzParseRecord. "id" and "text" are required
// strings (null is not one);
// "spans" are decoded by decodeSpans; "meta" and every other field are
// passed through in Meta, in their original order, each key once: a key
// of "meta" beats a top-level field, otherwise the last value wins.
func parseRecordReference(data []byte) (*annotate.Document, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, errors.New("not a JSON object")
	}
	type kv struct {
		key    string
		raw    json.RawMessage
		inMeta bool
		inner  []byte // verbatim members of a "meta" object, on its first key
	}
	doc := &annotate.Document{}
	var kvs []kv
	var spans json.RawMessage
	var haveID, haveText bool
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := kt.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		switch key {
		case "id":
			if err := json.Unmarshal(raw, &doc.ID); err != nil || raw[0] != '"' {
				return nil, fmt.Errorf(`"id" must be a string`)
			}
			haveID = true
		case "text":
			if err := json.Unmarshal(raw, &doc.Text); err != nil || raw[0] != '"' {
				return nil, fmt.Errorf(`"text" must be a string`)
			}
			haveText = true
		case "spans":
			spans = raw
		case "tokens", "sentences":
		case "meta":
			if string(bytes.TrimSpace(raw)) == "null" {
				continue
			}
			md := json.NewDecoder(bytes.NewReader(raw))
			if t, err := md.Token(); err != nil || t != json.Delim('{') {
				return nil, errors.New(`"meta" must be an object`)
			}
			first := true
			for md.More() {
				kt, _ := md.Token()
				var v json.RawMessage
				if err := md.Decode(&v); err != nil {
					return nil, err
				}
				e := kv{key: kt.(string), raw: v, inMeta: true}
				if first {
					t := bytes.TrimSpace(raw)
					e.inner = bytes.TrimSpace(t[1 : len(t)-1])
					first = false
				}
				kvs = append(kvs, e)
			}
		default:
			kvs = append(kvs, kv{key: key, raw: raw})
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data[dec.InputOffset():])) > 0 {
		return nil, errors.New("more than one JSON value on the line")
	}
	if !haveID || !haveText {
		return nil, errors.New(`record needs "id" and "text"`)
	}
	lastMeta, lastAny, count := map[string]int{}, map[string]int{}, map[string]int{}
	for i, e := range kvs {
		count[e.key]++
		lastAny[e.key] = i
		if e.inMeta {
			lastMeta[e.key] = i
		}
	}
	dup := false
	for _, n := range count {
		dup = dup || n > 1
	}
	var parts [][]byte
	for i, e := range kvs {
		k, _ := json.Marshal(e.key)
		member := append(append(k, ':'), e.raw...)
		switch {
		case dup:
			w, ok := lastMeta[e.key]
			if !ok {
				w = lastAny[e.key]
			}
			if w == i {
				parts = append(parts, member)
			}
		case !e.inMeta:
			parts = append(parts, member)
		case len(e.inner) > 0:
			parts = append(parts, e.inner)
		}
	}
	if len(parts) > 0 {
		doc.Meta = append(append([]byte{'{'}, bytes.Join(parts, []byte{','})...), '}')
		if !utf8.Valid(doc.Meta) {
			doc.Meta = bytes.ToValidUTF8(doc.Meta, []byte("\uFFFD"))
		}
	}
	if spans != nil {
		s, err := decodeSpansReference(spans, doc.Text)
		if err != nil {
			return nil, err
		}
		doc.Spans = s
	}
	return doc, nil
}

// decodeSpansReference decodes "spans" with encoding/json alone: a list
// (or null) of objects, each with a label of the scheme, code-point
// offsets inside the text and the text at them; offsets converted to
// bytes.
func decodeSpansReference(raw []byte, text string) ([]annotate.Span, error) {
	var objs []json.RawMessage
	if err := json.Unmarshal(raw, &objs); err != nil {
		return nil, err
	}
	var at []int // the byte offset of every code point, and the end
	for i := range text {
		at = append(at, i)
	}
	at = append(at, len(text))
	var out []annotate.Span
	for _, o := range objs {
		var r RecordSpan
		if err := json.Unmarshal(o, &r); err != nil {
			return nil, err
		}
		if o[0] != '{' {
			return nil, errors.New("span is not an object")
		}
		if !slices.Contains(annotate.AllLabels(), r.Label) {
			return nil, errors.New("unknown label")
		}
		if r.Start < 0 || r.Start >= r.End || r.End >= len(at) {
			return nil, errors.New("offsets out of range")
		}
		if text[at[r.Start]:at[r.End]] != r.Text {
			return nil, errors.New("wrong text")
		}
		s := annotate.Span{Label: r.Label, Start: at[r.Start], End: at[r.End], Kind: r.Kind, Type: r.Type, Mode: r.Mode,
			Lemma: r.Lemma, Attribution: r.Attribution, Rule: r.Rule}
		if r.Value != nil {
			s.Value = *r.Value
		}
		out = append(out, s)
	}
	return out, nil
}

// FuzzParseRecord checks the one-pass record splitter and string decoder
// against the encoding/json token decoder: both accept the same lines and
// give the same id, text, meta and spans, and the meta object never holds
// a key twice.
func FuzzParseRecord(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Er sagte drei Worte.","source":"x","meta":{"k":1}}`,
		`{"id":"a","text":"x\u00e4\"y","spans":[{"label":"CUE","start":0,"end":1,"text":"x"}],"tokens":[]}`,
		`{"text":"t","id":"b","meta":null,"n":[1,{"a":"]"}]}`,
		`{"id":"c","text":`, `[]`, `{"id":1,"text":"x"}`, `{"id":"d","text":"x"} {}`, ` {"id" : "e" , "text" : "\n" } `,
		`{"id":"f","text":"x","meta":{}}`, `{"id":"g","text":"x","meta":[1]}`,
		`{"k":"top","id":"h","text":"x","meta":{"k":"inner","j":1,"j":2}}`,
		`{"id":"i","text":"a\ud800b\udc00\ud83d\ude00","k":1,"k":2}`,
		"{\"id\":\"j\",\"text\":\"a\xffb\",\"m\":\"\xfe\"}",
		`{"id":"k","text":"ab","spans":[{"label":"NUMBER","start":0,"end":3,"text":"ab"}]}`,
		`{"id":"l","text":"ab","spans":[{"label":"X","start":0,"end":1,"text":"a","note":1}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		want, werr := parseRecordReference(line)
		got, _, _, gerr := parseRecord(line, nil)
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("%q: reference error %v, splitter error %v", line, werr, gerr)
		}
		if werr != nil {
			return
		}
		if got.ID != want.ID || got.Text != want.Text || !bytes.Equal(got.Meta, want.Meta) {
			t.Fatalf("%q:\n got %q %q %s\nwant %q %q %s", line, got.ID, got.Text, got.Meta, want.ID, want.Text, want.Meta)
		}
		if !utf8.ValidString(got.Text) { // Pending.ValidText promises it
			t.Fatalf("%q: decoded text %q is not valid UTF-8", line, got.Text)
		}
		if fmt.Sprint(got.Spans) != fmt.Sprint(want.Spans) {
			t.Fatalf("%q: spans %v, want %v", line, got.Spans, want.Spans)
		}
		if got.Meta != nil {
			if !json.Valid(got.Meta) || !utf8.Valid(got.Meta) {
				t.Fatalf("%q: meta %s is not valid UTF-8 JSON", line, got.Meta)
			}
			members, _ := splitMembers(got.Meta)
			seen := map[string]bool{}
			for _, m := range members {
				if seen[m.key] {
					t.Fatalf("%q: meta %s has key %q twice", line, got.Meta, m.key)
				}
				seen[m.key] = true
			}
		}
	})
}

// FuzzScanSpan checks the span reader's fast path against json.Unmarshal
// into a RecordSpan: whatever it accepts, encoding/json accepts too and
// decodes to the same span, it ends where the object ends, and what it
// calls invalid JSON is.
func FuzzScanSpan(f *testing.F) {
	for _, s := range []string{
		`{"label":"CUE","start":0,"end":5,"text":"sagte","lemma":"sagen","attribution":1,"rule":"r"}`,
		`{"label":"NUMBER","start":3,"end":5,"text":"12","value":12,"kind":"cardinal"}`,
		`{"label":"NUMBER","start":3,"end":5,"text":"x\u00e4\"","value":null,"kind":"vague","token_start":1,"token_end":2}`,
		`{"label":"QUOTE","text":"a","text":null,"mode":"direct","start":-0,"end":1e2}`,
		`{"label":"HEDGE","LABEL":"X","start":1.5}`, `{"start":"1"}`, `{"value":"1"}`, `{"label":null,"x":1}`,
		`{ "label" : "CUE" , "start" : 123456789012345678901 }`, "{\"text\":\"\xff\"}", `{"value":1e400}`,
		`{"kind":"cardinal","kind":"x\n","lemma":"vague","value":-0,"type":"evidential"}`, `{"value":-12345678901234567}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var s annotate.Span
		var ref spanRefs
		bad := false
		end, ok := scanSpan(data, 0, &s, &ref, &bad)
		if end < 0 && json.Valid(data) {
			t.Fatalf("%q: called invalid", data)
		}
		if !ok {
			return
		}
		var r RecordSpan
		if err := json.Unmarshal(data[:end], &r); err != nil {
			t.Fatalf("%q: fast path accepts what encoding/json rejects: %v", data, err)
		}
		if bad != !utf8.Valid(data[:end]) {
			t.Fatalf("%q: bad %v", data, bad)
		}
		want := spanOf(r)
		var text string
		if ref.text.end > 0 {
			text, _ = decodeString(data[ref.text.start:ref.text.end])
		}
		sd := spanDecoder{line: data, spans: []annotate.Span{s}, refs: []spanRefs{ref}}
		sd.setStrings()
		if got := sd.spans[0]; got != want || text != r.Text || math.Signbit(got.Value) != math.Signbit(want.Value) {
			t.Fatalf("%q:\n got %+v %q\nwant %+v %q", data, got, text, want, r.Text)
		}
	})
}

// FuzzSplitObject checks the one-pass validator against encoding/json: it
// accepts exactly the valid JSON objects, says whether the line is valid
// UTF-8 as utf8.Valid does, and skipString finds the end of every string
// value it splits off.
func FuzzSplitObject(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Er sagte \"drei\" Worte über\u00e4 \\ / \t.","n":[1,2.5e3,{"a":null}]}`,
		"{\"a\":\"\xe4\xff\",\"b\":\"0123456789abcdef\x01\"}", `{"a":"12345678\"12345678"}`, "{\"a\":\"ÄÖÜäöüß€𝄞\xed\xa0\x80\"}",
		`[1]`, `{"a":1`, `{"a":"\u12g4"}`, ` { } `,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fields, valid, err := splitObject(data)
		trimmed := bytes.TrimLeft(data, " \t\r\n")
		want := json.Valid(data) && len(trimmed) > 0 && trimmed[0] == '{'
		if (err == nil) != want {
			t.Fatalf("%q: error %v, json.Valid %v", data, err, json.Valid(data))
		}
		if err != nil {
			return
		}
		if valid != utf8.Valid(data) {
			t.Fatalf("%q: valid %v", data, valid)
		}
		for _, fl := range fields {
			if fl.raw[0] == '"' && skipString(fl.raw, 0) != len(fl.raw) {
				t.Fatalf("%q: skipString ends %s at %d", data, fl.raw, skipString(fl.raw, 0))
			}
		}
	})
}

// FuzzAdvance checks the code-point walk against ranging over the text:
// walking on from any code point to any later one lands where the
// reference does.
func FuzzAdvance(f *testing.F) {
	f.Add("Größe: 3 €, 𝄞 und ein längerer Text über Äpfel", 2, 30)
	f.Add("abcdefghijklmnopq", 0, 17)
	f.Fuzz(func(t *testing.T, text string, from, to int) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		var at []int // the byte offset of every code point, and the end
		for i := range text {
			at = append(at, i)
		}
		at = append(at, len(text))
		if from < 0 || to < from || to > len(at)+2 {
			return
		}
		b, n := 0, 0
		if from < len(at) {
			b, n = advance(text, 0, 0, from)
			if b != at[from] || n != from {
				t.Fatalf("%q: to %d: %d %d, want %d", text, from, b, n, at[from])
			}
		}
		b, n = advance(text, b, n, to)
		if to < len(at) && (b != at[to] || n != to) || to >= len(at) && (b != len(text) || n != len(at)-1) {
			t.Fatalf("%q: %d to %d: %d %d", text, from, to, b, n)
		}
	})
}
