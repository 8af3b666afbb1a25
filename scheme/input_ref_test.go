package scheme

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/quelle-nlp/quelle/annotate"
)

// parseRecordReference is the former decoder (encoding/json tokens), kept
// as the reference for FuzzParseRecord. "id" and "text" are required;
// "spans" is ignored (quelle annotates afresh); "meta" and every other
// field are passed through in Meta, in their original order.
func parseRecordReference(data []byte) (*annotate.Document, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, errors.New("not a JSON object")
	}
	doc := &annotate.Document{}
	var meta bytes.Buffer
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
			if err := json.Unmarshal(raw, &doc.ID); err != nil {
				return nil, fmt.Errorf(`"id" must be a string`)
			}
			haveID = true
		case "text":
			if err := json.Unmarshal(raw, &doc.Text); err != nil {
				return nil, fmt.Errorf(`"text" must be a string`)
			}
			haveText = true
		case "spans", "tokens", "sentences":
		case "meta":
			if err := appendMetaObject(&meta, raw); err != nil {
				return nil, err
			}
		default:
			appendMetaField(&meta, key, raw)
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("more than one JSON value on the line")
	}
	if !haveID || !haveText {
		return nil, errors.New(`record needs "id" and "text"`)
	}
	if meta.Len() > 0 {
		doc.Meta = append(append([]byte{'{'}, meta.Bytes()...), '}')
	}
	return doc, nil
}

// FuzzParseRecord checks the one-pass record splitter against the
// encoding/json token decoder: both accept the same lines and give the
// same id, text and meta.
func FuzzParseRecord(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Er sagte drei Worte.","source":"x","meta":{"k":1}}`,
		`{"id":"a","text":"x\u00e4\"y","spans":[{"label":"CUE","start":0,"end":1,"text":"x"}],"tokens":[]}`,
		`{"text":"t","id":"b","meta":null,"n":[1,{"a":"]"}]}`,
		`{"id":"c","text":`, `[]`, `{"id":1,"text":"x"}`, `{"id":"d","text":"x"} {}`, ` {"id" : "e" , "text" : "\n" } `,
		`{"id":"f","text":"x","meta":{}}`, `{"id":"g","text":"x","meta":[1]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		want, werr := parseRecordReference(line)
		got, gerr := parseRecord(line)
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("%q: reference error %v, splitter error %v", line, werr, gerr)
		}
		if werr != nil {
			return
		}
		if got.ID != want.ID || got.Text != want.Text || !bytes.Equal(got.Meta, want.Meta) {
			t.Fatalf("%q:\n got %q %q %s\nwant %q %q %s", line, got.ID, got.Text, got.Meta, want.ID, want.Text, want.Meta)
		}
	})
}
