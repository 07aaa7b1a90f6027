package ingest

import (
	"io"
	"log/slog"
	"net/http"
	"time"
)

// DefaultMaxBytes is the default size limit of one document: a text, HTML or
// feed file, or one JSONL line. News articles are far smaller; the limit
// keeps a stray log or dump from eating memory.
const DefaultMaxBytes = 16 << 20

// Options configures the readers. The zero value is usable.
type Options struct {
	// Date is the publication date for inputs that carry none (plain text
	// without a date in the name, HTML pages and feed items without one).
	Date time.Time
	// AllowUndated keeps articles whose date cannot be found, with a Warning
	// instead of an Error (for `dyad extract`, which needs no date).
	AllowUndated bool
	// FieldMap renames JSONL fields: keys are dyad's names (id, date, title,
	// text, url, source, language), values the names in the input
	// ("text": "body"). A value may be a dotted path into nested objects
	// ("date": "meta.published").
	FieldMap map[string]string
	// MaxBytes limits one document (a file, or one JSONL line). 0 means
	// DefaultMaxBytes; a negative value means no limit.
	MaxBytes int64
	// Format forces a reader instead of choosing by extension or content:
	// "text", "jsonl", "json", "html" or "feed".
	Format string
	// Extensions lists the file extensions read when walking a directory
	// (with the dot, without ".gz"). Nil means every format ingest knows.
	Extensions []string
	// Stdin is read for the path "-"; nil means no stdin is available.
	Stdin io.Reader
	// HTML configures the HTML extractor.
	HTML HTMLOptions
	// Client fetches http(s) feeds and pages; nil means a client with a 30 s
	// timeout. Only used when a path is a URL.
	Client *http.Client
	// Logger receives debug messages; nil discards them.
	Logger *slog.Logger
}

func (o *Options) maxBytes() int64 {
	switch {
	case o.MaxBytes == 0:
		return DefaultMaxBytes
	case o.MaxBytes < 0:
		return 1<<31 - 1 // spans are int32
	}
	return o.MaxBytes
}

func (o *Options) logger() *slog.Logger {
	if o.Logger != nil {
		return o.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func (o *Options) client() *http.Client {
	if o.Client != nil {
		return o.Client
	}
	return &http.Client{Timeout: 30 * time.Second}
}
