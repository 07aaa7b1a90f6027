package format

import (
	"fmt"
	"io"
	"sort"
	"time"

	"dyad/internal/model"
)

// Options configures a writer.
type Options struct {
	// IncludeFlagged writes negated, hypothetical, future and question
	// events too; by default only factual events are written.
	IncludeFlagged bool
	// Added is the time stamp written as GDELT's DATEADDED and the mention
	// times; zero means the article's publication time.
	Added time.Time
}

// Writer writes coded articles to one output.
type Writer interface {
	// Write writes the events (or the whole article) of a.
	Write(a *model.Article) error
	// Close flushes buffered output. It does not close the underlying writer.
	Close() error
}

type maker struct {
	summary string
	new     func(w io.Writer, opt Options) Writer
}

var formats = map[string]maker{
	"jsonl":    {"one JSON object per event with article metadata", newJSONL},
	"articles": {"one JSON object per article: the whole model", newArticles},
	"csv":      {"one event per row, with a header", newCSV},
	"gdelt":    {"GDELT 2.0 event export: 61 tab-separated columns, no header", newGDELT},
	"mentions": {"GDELT 2.0 mentions table: 16 tab-separated columns, no header", newMentions},
	"plover":   {"one JSON object per PLOVER event, compound actors as lists", newPlover},
}

// New returns a writer of the named format on w.
func New(name string, w io.Writer, opt Options) (Writer, error) {
	m, ok := formats[name]
	if !ok {
		return nil, fmt.Errorf("unknown output format %q (want one of %v)", name, Names())
	}
	return m.new(w, opt), nil
}

// Names lists the formats New accepts, sorted.
func Names() []string {
	out := make([]string, 0, len(formats))
	for n := range formats {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Summary describes a format in one line, for help texts.
func Summary(name string) string { return formats[name].summary }

// events returns the events of a that opt lets through, as pointers into
// a.Events.
func events(a *model.Article, opt Options) []*model.Event {
	var out []*model.Event
	for i := range a.Events {
		if opt.IncludeFlagged || a.Events[i].Flags.Factual() {
			out = append(out, &a.Events[i])
		}
	}
	return out
}

// eventDate is the event's date, or the article's when the coder left it unset.
func eventDate(a *model.Article, ev *model.Event) time.Time {
	if ev.Date.IsZero() {
		return a.Date
	}
	return ev.Date
}

// added is the DATEADDED stamp of a.
func added(a *model.Article, opt Options) time.Time {
	if !opt.Added.IsZero() {
		return opt.Added.UTC()
	}
	return a.Date.UTC()
}
