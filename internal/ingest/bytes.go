package ingest

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"dyad/internal/model"
)

// diag builds an ingest diagnostic.
func diag(sev model.Severity, file string, line int, record, format string, args ...any) model.Diagnostic {
	return model.Diagnostic{Severity: sev, Stage: "ingest", File: file, Line: line, Record: record, Message: fmt.Sprintf(format, args...)}
}

// failed returns an article that only carries an Error diagnostic: the
// record could not be read, and the sink should say so.
func failed(id, origin, file string, line int, record, format string, args ...any) *model.Article {
	return &model.Article{ID: id, Origin: origin, Diagnostics: []model.Diagnostic{diag(model.Error, file, line, record, format, args...)}}
}

// errTooLarge is returned by readLimited when the input exceeds the limit.
type errTooLarge struct{ limit int64 }

func (e errTooLarge) Error() string {
	return fmt.Sprintf("larger than the size limit of %d bytes (raise Options.MaxBytes / --max-bytes to read it)", e.limit)
}

// readLimited reads r to its end, failing once more than limit bytes come.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return b, err
	}
	if int64(len(b)) > limit {
		return nil, errTooLarge{limit}
	}
	return b, nil
}

// looksBinary reports whether b is not text: a NUL byte, or many control
// bytes, in its first 8 KiB. UTF-16 text is binary to dyad (it is rare in
// news data and would need a declared encoding).
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctl++
		}
	}
	return len(b) > 0 && ctl*20 > len(b)
}

// fixUTF8 replaces invalid UTF-8 with U+FFFD, returning the fixed text and
// the line (1-based, counting from firstLine) of the first bad byte, or 0.
func fixUTF8(s string, firstLine int) (string, int) {
	if utf8.ValidString(s) {
		return s, 0
	}
	line := firstLine
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		if s[i] == '\n' {
			line++
		}
		i += n
	}
	return strings.ToValidUTF8(s, "\uFFFD"), line
}

// stripBOM removes a UTF-8 byte order mark.
func stripBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF")) }

// baseID names an article after its file: the base name without extensions.
func baseID(path string) string {
	if path == "-" {
		return "stdin"
	}
	b := filepath.Base(path)
	b = strings.TrimSuffix(b, ".gz")
	if e := filepath.Ext(b); e != "" && len(e) <= 6 {
		b = strings.TrimSuffix(b, e)
	}
	return b
}
