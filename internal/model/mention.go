package model

import "time"

// Mention is one report of an event in one article: the GDELT Mentions
// table's row. Cross-article dedup (in the store) attaches many mentions to
// one event; before dedup each event has exactly the mention it came from.
type Mention struct {
	EventID     string    `json:"event_id"`
	EventDate   time.Time `json:"event_date"`
	MentionDate time.Time `json:"mention_date"` // when the article was published
	ArticleID   string    `json:"article_id"`
	Source      string    `json:"source"` // outlet name or domain
	URL         string    `json:"url"`
	Sentence    int       `json:"sentence"` // 1-based, as GDELT counts
	// Byte offsets of the actors and the trigger in the article text, -1 when absent.
	Actor1Offset int32   `json:"actor1_offset"`
	Actor2Offset int32   `json:"actor2_offset"`
	ActionOffset int32   `json:"action_offset"`
	InRawText    bool    `json:"in_raw_text"` // the event was found without coreference or inference
	Confidence   int     `json:"confidence"`  // 0–100
	DocLen       int     `json:"doc_len"`     // length of the article text in bytes
	DocTone      float64 `json:"doc_tone"`
}

// MentionOf builds the mention of ev in a.
func MentionOf(a *Article, ev *Event) Mention {
	m := Mention{
		EventID: ev.ID, EventDate: ev.Date, MentionDate: a.Date,
		ArticleID: a.ID, Source: a.Source, URL: a.URL,
		Sentence:     ev.Sentence + 1,
		Actor1Offset: -1, Actor2Offset: -1, ActionOffset: ev.TriggerSpan.Start,
		InRawText:  ev.Source.Kind != KindPronoun && ev.Target.Kind != KindPronoun,
		Confidence: 100, DocLen: len(a.Text),
	}
	if !ev.Source.IsZero() {
		m.Actor1Offset = ev.SourceSpan.Start
	}
	if !ev.Target.IsZero() {
		m.Actor2Offset = ev.TargetSpan.Start
	}
	if ev.Flags&Reported != 0 {
		m.Confidence = 80
	}
	if !m.InRawText {
		m.Confidence -= 20
	}
	return m
}
