package format

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quelle-nlp/quelle/scheme"
)

// The fuzz tests check every reader: it never panics, and whatever it
// reads, the matching writer writes back so that reading that gives the
// same record.

// rewrite converts a record read back into a document, encodes it with w
// and returns the encoding; the record must be writable.
func rewrite(t *testing.T, w Writer, rec *scheme.Record) *Encoded {
	t.Helper()
	doc, err := ToDocument(rec)
	if err != nil {
		t.Fatalf("read a record the writers cannot take: %v", err)
	}
	e, err := w.Encode(doc)
	if err != nil {
		t.Fatalf("read a record the writer cannot write: %v", err)
	}
	return e
}

func sameRecord(t *testing.T, got, want *scheme.Record) {
	t.Helper()
	if a, b := jsonOf([]scheme.Record{*got}), jsonOf([]scheme.Record{*want}); a != b {
		t.Fatalf("read back differently:\n%s", firstDiff(a, b))
	}
}

// seedFile reads a golden file of the special document as a fuzz seed
// (small seeds keep the fuzzer fast).
func seedFile(f *testing.F, name string) []byte {
	data, err := os.ReadFile(filepath.Join("testdata", "golden", name))
	if err != nil {
		f.Fatal(err)
	}
	return data
}

func FuzzReadBrat(f *testing.F) {
	f.Add(string(seedFile(f, "brat/special__1_.txt")), string(seedFile(f, "brat/special__1_.ann")))
	f.Add("Er sagte: ja", "T1\tCUE 3 8\tsagte\n#1\tAnnotatorNotes T1\tlemma= sag\\ ; rule=a\\;b ;x\nR1\tX Arg1:T1 Arg2:T1\n")
	f.Add("a\r\nb 👍 c", "T1\tNUMBER 5 6\tc\nA1\tKind T1 cardinal\n#1\tAnnotatorNotes T1\tvalue=1e3\n")
	w := &bratWriter{}
	f.Fuzz(func(t *testing.T, text, ann string) {
		rec, err := parseBrat("doc", text, []byte(ann), "doc.ann", func(string) {})
		if err != nil || fillSpans(rec) != nil {
			return
		}
		e := rewrite(t, w, rec)
		back, err := parseBrat("doc", string(e.files[0].data), e.files[1].data, "doc.ann", func(string) {})
		if err != nil {
			t.Fatalf("cannot read what was written: %v\n%s", err, e.files[1].data)
		}
		if err := fillSpans(back); err != nil {
			t.Fatal(err)
		}
		sameRecord(t, back, rec)
	})
}

func FuzzReadWebanno(f *testing.F) {
	f.Add(seedFile(f, "webanno/special__1_.tsv"))
	f.Add([]byte("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Quote|attribution|mode|rule\n#T_RL=x.Rel|label|BT_x\n\n\n#Text=a b\n1-1\t0-1\ta\t1[1]\t*[1]\t_\t_\t_\t\n1-2\t2-3\tb\t1[1]\t*[1]\tx\\|y[1]\t_\t_\t\n"))
	w := &webannoWriter{}
	f.Fuzz(func(t *testing.T, data []byte) {
		w.opt.Tokenizer = german(t)
		rec, err := parseWebanno("doc", data, "doc.tsv", nil)
		if err != nil || fillSpans(rec) != nil {
			return
		}
		e := rewrite(t, w, rec)
		back, err := parseWebanno("doc", e.files[0].data, "doc.tsv", &rec.Text)
		if err != nil {
			t.Fatalf("cannot read what was written: %v\n%s", err, e.files[0].data)
		}
		if err := fillSpans(back); err != nil {
			t.Fatal(err)
		}
		sameRecord(t, back, rec)
	})
}

func FuzzReadLabelStudio(f *testing.F) {
	tasks := seedFile(f, "labelstudio/tasks.json")
	f.Add(append([]byte("["), tasks[bytes.LastIndex(tasks, []byte("\n{")):]...)) // the special document's task
	f.Add([]byte(`[{"data":{"id":"x","text":"a 👍 b"},"annotations":[{"result":[{"id":"r","from_name":"label","to_name":"text","type":"labels","value":{"start":4,"end":5,"text":"b","labels":["NUMBER"]}},{"id":"r","from_name":"kind","type":"choices","value":{"start":4,"end":5,"choices":["vague"]}}]}]}]`))
	w := &lsWriter{}
	f.Fuzz(func(t *testing.T, data []byte) {
		var recs []*scheme.Record
		err := decodeLSTasks(bytes.NewReader(data), "tasks.json", func(string) {}, func(r *scheme.Record, _ string) error {
			if err := fillSpans(r); err != nil {
				return err
			}
			recs = append(recs, r)
			return nil
		})
		if err != nil {
			return
		}
		for _, rec := range recs {
			e := rewrite(t, w, rec)
			var back []*scheme.Record
			err := decodeLSTasks(bytes.NewReader(append(append([]byte("["), e.data...), ']')), "tasks.json", func(string) {},
				func(r *scheme.Record, _ string) error { back = append(back, r); return fillSpans(r) })
			if err != nil || len(back) != 1 {
				t.Fatalf("cannot read what was written: %v\n%s", err, e.data)
			}
			sameRecord(t, back[0], rec)
		}
	})
}

func FuzzReadJSONL(f *testing.F) {
	lines := bytes.Split(bytes.TrimSpace(seedFile(f, "jsonl/out.jsonl")), []byte("\n"))
	f.Add(lines[len(lines)-1])
	f.Add([]byte("\uFEFF{\"id\":\"a\",\"text\":\"x 3\",\"spans\":[{\"label\":\"NUMBER\",\"start\":2,\"end\":3,\"text\":\"3\",\"value\":3,\"kind\":\"cardinal\"}],\"meta\":{ \"k\": 1 }}\n"))
	var out bytes.Buffer
	w := &jsonlWriter{opt: Options{Out: &out}}
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := scheme.Decode(bytes.NewReader(data), "in.jsonl")
		if err != nil {
			return
		}
		for i := range recs {
			rec := &recs[i]
			rec.Tokens, rec.Sentences = nil, nil
			for j := range rec.Spans {
				rec.Spans[j].TokenStart, rec.Spans[j].TokenEnd = nil, nil
			}
			if fillSpans(rec) != nil || strings.TrimSpace(string(rec.Meta)) == "null" {
				continue
			}
			e := rewrite(t, w, rec)
			back, err := scheme.Decode(bytes.NewReader(e.data), "out.jsonl")
			if err != nil || len(back) != 1 {
				t.Fatalf("cannot read what was written: %v\n%s", err, e.data)
			}
			sameRecord(t, &back[0], rec)
		}
	})
}
