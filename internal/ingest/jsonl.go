package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"dyad/internal/model"
)

// jsonlFields are dyad's record fields, in the order they are read.
var jsonlFields = []string{"id", "date", "title", "text", "url", "source", "language"}

// jsonlAliases are other names that common news dumps use for a field, tried
// when the record lacks dyad's own name and no FieldMap entry is given.
var jsonlAliases = map[string][]string{
	"text":  {"body", "content", "articleBody", "article"},
	"date":  {"published", "publish_date", "pubdate", "datePublished", "timestamp"},
	"title": {"headline"},
	"url":   {"link"},
}

// JSONLReader streams articles from JSON Lines, one object per line.
type JSONLReader struct {
	path   string
	r      *bufio.Reader
	closer io.Closer
	opt    *Options
	line   int
	done   bool
	seen   bool // any non-blank line
}

// NewJSONLReader reads JSONL from r; path names it in diagnostics. closer,
// when not nil, is closed at the end.
func NewJSONLReader(path string, r io.Reader, closer io.Closer, opt Options) *JSONLReader {
	return &JSONLReader{path: path, r: bufio.NewReaderSize(r, 64<<10), closer: closer, opt: &opt}
}

func (j *JSONLReader) finish() {
	j.done = true
	if j.closer != nil {
		j.closer.Close()
		j.closer = nil
	}
}

// Close stops reading and closes the input.
func (j *JSONLReader) Close() error {
	j.finish()
	return nil
}

// Next returns the next record's article, io.EOF at the end.
func (j *JSONLReader) Next() (*model.Article, error) {
	for !j.done {
		if j.line == 0 {
			if head, _ := j.r.Peek(8192); looksBinary(head) {
				j.finish()
				return failed(baseID(j.path), j.path, j.path, 0, "", "binary file, not JSON Lines (NUL or control bytes in its first 8 KiB)"), nil
			}
		}
		b, tooLong, err := j.readLine()
		j.line++
		if j.line == 1 {
			b = stripBOM(b) // editors on Windows start UTF-8 files with one
		}
		if err != nil && !errors.Is(err, io.EOF) {
			j.finish()
			origin := fmt.Sprintf("%s:%d", j.path, j.line)
			return failed(fmt.Sprintf("%s-%d", baseID(j.path), j.line), origin, j.path, j.line, "",
				"read error at this line (truncated or corrupt file?); records after it are lost: %v", err), nil
		}
		if errors.Is(err, io.EOF) {
			j.finish()
			if len(bytes.TrimSpace(b)) == 0 && !tooLong {
				if !j.seen {
					return failed(baseID(j.path), j.path, j.path, 0, "", "empty file: no JSON records"), nil
				}
				return nil, io.EOF
			}
		}
		if !tooLong && len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		j.seen = true
		return j.record(b, tooLong), nil
	}
	return nil, io.EOF
}

// readLine reads one line without its newline. A line longer than the size
// limit is skipped to its end and reported as tooLong, so that one huge
// record does not stop the stream.
func (j *JSONLReader) readLine() (line []byte, tooLong bool, err error) {
	limit := j.opt.maxBytes()
	var buf []byte
	for {
		chunk, err := j.r.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > limit {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r")), tooLong, err
	}
}

func (j *JSONLReader) record(b []byte, tooLong bool) *model.Article {
	origin := fmt.Sprintf("%s:%d", j.path, j.line)
	a := &model.Article{ID: fmt.Sprintf("%s-%d", baseID(j.path), j.line), Origin: origin}
	if tooLong {
		return failed(a.ID, origin, j.path, j.line, "", "record is larger than the size limit of %d bytes (raise Options.MaxBytes / --max-bytes)", j.opt.maxBytes())
	}
	if !utf8.Valid(b) {
		a.Diagnostics = append(a.Diagnostics, diag(model.Warning, j.path, j.line, "", "invalid UTF-8 replaced by U+FFFD"))
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	var rec map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&rec); err != nil {
		return failed(a.ID, origin, j.path, j.line, "", "not a JSON object: %v", err)
	}
	if rec == nil {
		return failed(a.ID, origin, j.path, j.line, "", "not a JSON object (null)")
	}
	get := func(field string) (string, string, bool, error) {
		name, v, ok := j.lookup(rec, field)
		if !ok || v == nil {
			return name, "", false, nil
		}
		switch x := v.(type) {
		case string:
			return name, x, true, nil
		case json.Number:
			if field != "text" && field != "title" {
				return name, x.String(), true, nil
			}
		}
		return name, "", false, fmt.Errorf("field %q is %s, want a string", name, jsonType(v))
	}
	type fieldErr struct {
		field string
		err   error
	}
	var fieldErrs []fieldErr
	vals := map[string]string{}
	for _, f := range jsonlFields {
		_, v, ok, err := get(f)
		if err != nil {
			fieldErrs = append(fieldErrs, fieldErr{f, err})
			continue
		}
		if ok {
			vals[f] = v
		}
	}
	if id := strings.TrimSpace(vals["id"]); id != "" {
		a.ID = id
	}
	rid := vals["id"]
	for _, fe := range fieldErrs {
		// A record without usable text or date cannot be coded; a bad
		// title or URL only loses that field.
		sev := model.Warning
		if fe.field == "text" || fe.field == "date" {
			sev = model.Error
		}
		a.Diagnostics = append(a.Diagnostics, diag(sev, j.path, j.line, rid, "%v", fe.err))
	}
	a.Title = strings.TrimSpace(vals["title"])
	a.URL = strings.TrimSpace(vals["url"])
	a.Source = strings.TrimSpace(vals["source"])
	a.Language = strings.TrimSpace(vals["language"])
	if hasError(a) {
		return a
	}
	text := strings.TrimSpace(vals["text"])
	if text == "" && a.Title != "" {
		// Wire services send headline-only items ("U.S. ENVOY MEETS
		// SANDINISTAS"); the headline is the news, so it is coded.
		a.Diagnostics = append(a.Diagnostics, diag(model.Warning, j.path, j.line, rid, "record has no text (field %q missing or empty); its title is coded instead", j.fieldName(rec, "text")))
		text = a.Title
	}
	if text == "" {
		a.Diagnostics = append(a.Diagnostics, diag(model.Error, j.path, j.line, rid, "record has no text (field %q missing or empty)", j.fieldName(rec, "text")))
		return a
	}
	a.Raw = text
	if ds, ok := vals["date"]; ok && strings.TrimSpace(ds) != "" {
		t, ok := ParseDate(ds)
		if !ok {
			a.Raw = ""
			a.Diagnostics = append(a.Diagnostics, diag(model.Error, j.path, j.line, rid, "malformed date %q in field %q (want YYYY-MM-DD, RFC 3339 or YYYYMMDD)", ds, j.fieldName(rec, "date")))
			return a
		}
		a.Date = day(t)
		return a
	}
	if !j.opt.Date.IsZero() {
		a.Date = day(j.opt.Date)
		return a
	}
	return undated(a, j.opt, diag(model.Error, j.path, j.line, rid, "record has no date (field %q); pass --date for undated input", j.fieldName(rec, "date")))
}

// fieldName is the input's name for dyad's field: from FieldMap, else the
// first alias present in rec, else the field itself.
func (j *JSONLReader) fieldName(rec map[string]any, field string) string {
	if n, ok := j.opt.FieldMap[field]; ok && n != "" {
		return n
	}
	if _, ok := rec[field]; ok {
		return field
	}
	for _, al := range jsonlAliases[field] {
		if _, ok := rec[al]; ok {
			return al
		}
	}
	return field
}

// lookup finds a field by its mapped name, following dotted paths into
// nested objects.
func (j *JSONLReader) lookup(rec map[string]any, field string) (string, any, bool) {
	name := j.fieldName(rec, field)
	if v, ok := rec[name]; ok {
		return name, v, true
	}
	cur := any(rec)
	for _, part := range strings.Split(name, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return name, nil, false
		}
		if cur, ok = m[part]; !ok {
			return name, nil, false
		}
	}
	return name, cur, true
}

func jsonType(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return "null"
}

func hasError(a *model.Article) bool {
	for _, d := range a.Diagnostics {
		if d.Severity == model.Error {
			return true
		}
	}
	return false
}
