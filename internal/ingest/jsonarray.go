package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"dyad/internal/model"
)

// jsonDocReader reads a .json file holding one record object or an array
// of them (the other common shape of news dumps), with the same fields and
// FieldMap as JSONL. Records are located by the line they start on.
type jsonDocReader struct {
	rec   *JSONLReader // for its record decoding; its line is set per record
	data  []byte
	dec   *json.Decoder
	array bool
	done  bool
	extra *model.Article
}

// openJSON reads a .json file: one object or an array of objects, or JSON
// Lines after all (many dumps named .json hold one object per line).
func openJSON(path string, b []byte, opt *Options) interface {
	Next() (*model.Article, error)
} {
	t := bytes.TrimSpace(stripBOM(b))
	if len(t) > 0 && t[0] == '{' && !json.Valid(t) {
		return NewJSONLReader(path, bytes.NewReader(b), nil, *opt)
	}
	return newJSONDocReader(path, b, opt)
}

func newJSONDocReader(path string, b []byte, opt *Options) *jsonDocReader {
	r := &jsonDocReader{rec: &JSONLReader{path: path, opt: opt}, data: b}
	trimmed := bytes.TrimSpace(stripBOM(b))
	switch {
	case len(trimmed) == 0:
		r.extra = failed(baseID(path), path, path, 0, "", "empty file")
	case looksBinary(b):
		r.extra = failed(baseID(path), path, path, 0, "", "binary file, not JSON")
	case trimmed[0] == '{':
		r.rec.line = 1 + bytes.Count(b[:bytes.IndexByte(b, '{')], []byte("\n"))
		r.extra = r.rec.record(trimmed, false)
	case trimmed[0] == '[':
		r.dec = json.NewDecoder(bytes.NewReader(b))
		r.dec.Token() // the opening bracket
		r.array = true
	default:
		r.extra = failed(baseID(path), path, path, 1, "", "not a JSON object or array of objects")
	}
	return r
}

func (r *jsonDocReader) Next() (*model.Article, error) {
	if r.extra != nil {
		a := r.extra
		r.extra = nil
		return a, nil
	}
	if !r.array || r.done {
		return nil, io.EOF
	}
	if !r.dec.More() {
		r.done = true
		return nil, io.EOF
	}
	start := r.dec.InputOffset()
	var raw json.RawMessage
	err := r.dec.Decode(&raw)
	// The record starts after any separator and white space.
	for int(start) < len(r.data) && bytes.IndexByte([]byte(" \t\r\n,"), r.data[start]) >= 0 {
		start++
	}
	r.rec.line = 1 + bytes.Count(r.data[:start], []byte("\n"))
	if err != nil {
		// A syntax error leaves the decoder unable to find the next record.
		r.done = true
		p := r.rec.path
		msg := "malformed JSON here; records after it are lost: %v"
		if errors.Is(err, io.ErrUnexpectedEOF) {
			msg = "JSON array ends early (truncated file?): %v"
		}
		return failed(baseID(p), p, p, r.rec.line, "", msg, err), nil
	}
	return r.rec.record(raw, false), nil
}
