package format

import (
	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/scheme"
)

// jsonlWriter writes one scheme record per line, the same bytes quelle
// annotate always wrote; with Options.Tokens the records carry tokens,
// sentences and each span's token_start and token_end (inclusive, as
// Prodigy and spaCy's Doc.char_span users expect).
type jsonlWriter struct{ opt Options }

func (w *jsonlWriter) Encode(doc *annotate.Document) (*Encoded, error) {
	if w.opt.Tokens {
		if err := ensureTokens(doc, w.opt.Tokenizer); err != nil {
			return nil, err
		}
	}
	rec := scheme.FromDocument(doc, w.opt.Tokens)
	line := append(rec.AppendJSON(make([]byte, 0, 2*len(doc.Text)+256)), '\n')
	return &Encoded{ID: doc.ID, data: line, counts: countSpans(doc.Spans)}, nil
}

func (w *jsonlWriter) Write(e *Encoded) error {
	_, err := w.opt.Out.Write(e.data)
	return err
}

func (w *jsonlWriter) Close() error { return nil }
