package format

import (
	"bufio"
	"encoding/json"
	"io"
	"time"

	"dyad/internal/model"
)

// EventRecord is one line of the jsonl format: an event with the metadata
// of its article and the words its spans point at, so that a line can be
// read on its own.
type EventRecord struct {
	ArticleID    string    `json:"article_id"`
	ArticleDate  time.Time `json:"article_date"`
	Title        string    `json:"title,omitempty"`
	URL          string    `json:"url,omitempty"`
	Outlet       string    `json:"outlet,omitempty"` // Article.Source; "source" is the event's source actor
	Origin       string    `json:"origin,omitempty"`
	SentenceText string    `json:"sentence_text,omitempty"`
	SourceText   string    `json:"source_text,omitempty"`
	TriggerText  string    `json:"trigger_text,omitempty"`
	TargetText   string    `json:"target_text,omitempty"`
	CodeName     string    `json:"code_name,omitempty"`
	model.Event
}

// Record builds the jsonl record of ev in a.
func Record(a *model.Article, ev *model.Event) EventRecord {
	r := EventRecord{
		ArticleID: a.ID, ArticleDate: a.Date, Title: a.Title, URL: a.URL, Outlet: a.Source, Origin: a.Origin,
		SourceText:  ev.SourceSpan.Text(a.Text),
		TriggerText: ev.TriggerSpan.Text(a.Text),
		TargetText:  ev.TargetSpan.Text(a.Text),
		CodeName:    codeName(ev.Code),
		Event:       *ev,
	}
	if ev.Sentence >= 0 && ev.Sentence < len(a.Sentences) {
		r.SentenceText = a.Sentences[ev.Sentence].Span.Text(a.Text)
	}
	return r
}

type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
	opt Options
}

func newJSONL(w io.Writer, opt Options) Writer {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{bw: bw, enc: enc, opt: opt}
}

func (j *jsonlWriter) Write(a *model.Article) error {
	for _, ev := range events(a, j.opt) {
		if err := j.enc.Encode(Record(a, ev)); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonlWriter) Close() error { return j.bw.Flush() }

// articlesWriter writes whole articles, all events included whatever the
// options say: it is the lossless format.
type articlesWriter struct{ jsonlWriter }

func newArticles(w io.Writer, opt Options) Writer {
	return &articlesWriter{*newJSONL(w, opt).(*jsonlWriter)}
}

func (j *articlesWriter) Write(a *model.Article) error { return j.enc.Encode(a) }
