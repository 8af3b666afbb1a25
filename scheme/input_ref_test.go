package scheme

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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
		s, _, _, err := decodeSpans(spans, doc.Text, nil)
		if err != nil {
			return nil, err
		}
		doc.Spans = s
	}
	return doc, nil
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

// FuzzFastSpan checks the span decoder's fast path against json.Unmarshal
// into a RecordSpan: whatever it accepts, encoding/json accepts too and
// decodes to the same span, and it ends where the object ends.
func FuzzFastSpan(f *testing.F) {
	for _, s := range []string{
		`{"label":"CUE","start":0,"end":5,"text":"sagte","lemma":"sagen","attribution":1,"rule":"r"}`,
		`{"label":"NUMBER","start":3,"end":5,"text":"12","value":12,"kind":"cardinal"}`,
		`{"label":"NUMBER","start":3,"end":5,"text":"x\u00e4\"","value":null,"kind":"vague","token_start":1,"token_end":2}`,
		`{"label":"QUOTE","text":"a","text":null,"mode":"direct","start":-0,"end":1e2}`,
		`{"label":"HEDGE","LABEL":"X","start":1.5}`, `{"start":"1"}`, `{"value":"1"}`, `{"label":null,"x":1}`,
		`{ "label" : "CUE" , "start" : 123456789012345678901 }`, "{\"text\":\"\xff\"}", `{"value":1e400}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) || len(data) == 0 || data[0] != '{' {
			return
		}
		got, textRaw, end, ok := fastSpan(data, 0, map[string]string{})
		if !ok {
			return
		}
		var want RecordSpan
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("%q: fast path accepts what encoding/json rejects: %v", data, err)
		}
		if textRaw != nil {
			got.Text, _ = decodeString(textRaw)
		}
		if end != len(bytes.TrimRight(data, " \t\r\n")) {
			t.Fatalf("%q: ends at %d", data, end)
		}
		gv, wv := got.Value, want.Value
		got.Value, want.Value = nil, nil
		got.TokenStart, got.TokenEnd, want.TokenStart, want.TokenEnd = nil, nil, nil, nil
		if got != want || (gv == nil) != (wv == nil) || gv != nil && *gv != *wv {
			t.Fatalf("%q:\n got %+v %v\nwant %+v %v", data, got, gv, want, wv)
		}
	})
}
