package scheme

// Line returns line n of the JSONL input name as the pending, undecoded
// document Read would hand over for it, so that a reader that splits JSONL
// itself (the Beam pipeline reads byte ranges of files on many workers)
// decodes records exactly as quelle annotate does.
func (r *Reader) Line(name string, n int, data []byte) *Pending {
	return &Pending{line: data, name: name, n: n, size: len(data), replace: r.Replace}
}
