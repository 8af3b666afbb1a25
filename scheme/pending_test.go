package scheme

import (
	"bytes"
	"path/filepath"
	"reflect"
	"testing"
)

// TestLineIsRead: Reader.Line decodes a JSONL line exactly as Read does
// (document, error, notes and replaced spans), for good and bad lines.
func TestLineIsRead(t *testing.T) {
	path := writeFile(t, filepath.Join(t.TempDir(), "in.jsonl"), "\uFEFF"+
		`{"id":"a","text":"Er sagte drei Worte.","meta":{"src":"x"},"extra":1}`+"\n"+
		"\n"+
		`{"id":"b","text":"Drei.","spans":[{"label":"NUMBER","start":0,"end":4,"text":"Drei","value":3,"kind":"cardinal"},{"label":"CUE","start":0,"end":4,"text":"Drei","lemma":"drei"}]}`+"\r\n"+
		`{"id":"c","text":5}`+"\n"+
		`{"id":"d","id":"e","text":"doppelt"}`+"\n"+
		`not json`)
	rd := &Reader{Replace: map[string]bool{"NUMBER": true}}
	n := 0
	err := rd.Read(Inputs([]string{path}, FormatText), func(p *Pending) error {
		n++
		q := rd.Line(p.File(), p.Line(), bytes.Clone(p.line))
		want, werr := p.Document()
		got, gerr := q.Document()
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gerr, werr) {
			t.Errorf("line %d: Line gives %+v, %v; Read %+v, %v", p.Line(), got, gerr, want, werr)
		}
		if !reflect.DeepEqual(q.Notes(), p.Notes()) || !reflect.DeepEqual(q.Replaced(), p.Replaced()) {
			t.Errorf("line %d: Line notes %v replaced %v; Read %v %v", p.Line(), q.Notes(), q.Replaced(), p.Notes(), p.Replaced())
		}
		return nil
	})
	if err != nil || n != 5 {
		t.Fatalf("read %d lines (%v), want 5", n, err)
	}
}
