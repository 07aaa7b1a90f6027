package format

import (
	"io"
	"strings"

	"dyad/internal/model"
)

// PloverActor is one actor of a PLOVER record.
type PloverActor struct {
	Code    string   `json:"code"`
	Name    string   `json:"name,omitempty"`
	Country string   `json:"country,omitempty"`
	Roles   []string `json:"roles,omitempty"`
	Group   string   `json:"group,omitempty"`
	Text    string   `json:"text,omitempty"` // the words in the article
}

// PloverRecord is one line of the plover format: an event in PLOVER's
// terms, with the actors of a compound event ("the US and the UK condemned
// …") as lists rather than one record per pair.
type PloverRecord struct {
	ID         string        `json:"id"` // the first event's id
	Date       string        `json:"date"`
	EventType  string        `json:"event_type"`
	Mode       string        `json:"mode,omitempty"`
	Context    []string      `json:"context,omitempty"`
	CAMEO      string        `json:"cameo"`
	Actors     []PloverActor `json:"actor"`
	Recipients []PloverActor `json:"recipient,omitempty"`
	Flags      []string      `json:"flags,omitempty"`
	Location   *model.Place  `json:"location,omitempty"`
	ArticleID  string        `json:"article_id"`
	Published  string        `json:"publication_date"`
	URL        string        `json:"url,omitempty"`
	Outlet     string        `json:"source,omitempty"`
	Sentence   string        `json:"sentence,omitempty"`
	Trigger    string        `json:"trigger,omitempty"`
	Pattern    string        `json:"pattern,omitempty"`
}

type ploverWriter struct{ jsonlWriter }

func newPlover(w io.Writer, opt Options) Writer {
	return &ploverWriter{*newJSONL(w, opt).(*jsonlWriter)}
}

// Write writes one record per event, or per group of events that share
// Event.Group and code. Events without a PLOVER type (CAMEO 01 statements)
// are left out: PLOVER does not code statements.
func (p *ploverWriter) Write(a *model.Article) error {
	var recs []*PloverRecord
	byGroup := map[string]*PloverRecord{}
	for _, ev := range events(a, p.opt) {
		if ev.PloverType == "" {
			continue
		}
		key := ""
		if ev.Group != "" {
			key = ev.Group + "|" + ev.Code
		}
		r := byGroup[key]
		if r == nil || key == "" {
			r = &PloverRecord{
				ID: ev.ID, Date: eventDate(a, ev).Format("2006-01-02"), EventType: ev.PloverType, Mode: ev.PloverMode,
				CAMEO: ev.Code, Flags: ev.Flags.Names(), Location: ev.Location,
				ArticleID: a.ID, Published: a.Date.Format("2006-01-02"), URL: a.URL, Outlet: a.Source,
				Trigger: ev.TriggerSpan.Text(a.Text), Pattern: ev.Explanation.Pattern,
			}
			for _, c := range strings.Split(ev.PloverContext, ";") {
				if c = strings.TrimSpace(c); c != "" {
					r.Context = append(r.Context, c)
				}
			}
			if ev.Sentence >= 0 && ev.Sentence < len(a.Sentences) {
				r.Sentence = a.Sentences[ev.Sentence].Span.Text(a.Text)
			}
			recs = append(recs, r)
			if key != "" {
				byGroup[key] = r
			}
		}
		r.Actors = addActor(r.Actors, &ev.Source, ev.SourceSpan.Text(a.Text))
		r.Recipients = addActor(r.Recipients, &ev.Target, ev.TargetSpan.Text(a.Text))
	}
	for _, r := range recs {
		if err := p.enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

// addActor appends an actor unless it is empty or already listed (a group
// of pairs repeats each side).
func addActor(list []PloverActor, a *model.Actor, text string) []PloverActor {
	if a.IsZero() {
		return list
	}
	for _, x := range list {
		if x.Code == a.Code && x.Text == text {
			return list
		}
	}
	return append(list, PloverActor{Code: a.Code, Name: a.Name, Country: a.Country, Roles: a.Roles, Group: a.Group, Text: text})
}
