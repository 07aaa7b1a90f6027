package model

import "time"

// Article is one dated news text and everything dyad learns about it.
//
// Ingest fills the metadata and Raw; clean fills Text and Offsets; the NLP
// stage fills Sentences (with tokens, tags, lemmas and the parse); kb adds
// actors to each sentence; the coder adds Events; geo adds Places and sets
// event locations.
type Article struct {
	ID       string    `json:"id"`
	Date     time.Time `json:"date"`            // publication date, UTC midnight when only the day is known
	Title    string    `json:"title,omitempty"` // headline, when the input has one
	URL      string    `json:"url,omitempty"`
	Source   string    `json:"source,omitempty"` // outlet or feed name
	Language string    `json:"language,omitempty"`
	Origin   string    `json:"origin,omitempty"` // where it was read: "file.jsonl:12", "page.html"

	Raw     string    `json:"raw,omitempty"` // text as read (after format extraction)
	Text    string    `json:"text"`          // cleaned text; all spans point here
	Offsets OffsetMap `json:"offsets,omitzero"`

	Sentences   []Sentence   `json:"sentences,omitempty"`
	Places      []Place      `json:"places,omitempty"` // every resolved place mention
	Events      []Event      `json:"events,omitempty"`
	Diagnostics []Diagnostic `json:"diagnostics,omitempty"`
}

// Diag records a diagnostic on the article, with the article's origin as
// its file.
func (a *Article) Diag(sev Severity, stage string, span Span, msg string) {
	a.Diagnostics = append(a.Diagnostics, Diagnostic{Severity: sev, Stage: stage, File: a.Origin, Span: span, Message: msg})
}

// Sentence is one sentence of an article's cleaned text.
type Sentence struct {
	Index  int     `json:"index"` // position in Article.Sentences
	Span   Span    `json:"span"`
	Tokens []Token `json:"tokens,omitempty"`
	Actors []Actor `json:"actors,omitempty"` // actor mentions found by kb, in text order
	// Discarded is set when a discard rule removed the sentence from coding;
	// the reason is kept so that `dyad explain` can say why nothing was coded.
	Discarded string `json:"discarded,omitempty"`
}

// Token is one syntactic word (UD sense: "don't" is two tokens, "do" and
// "n't"). Text is the word as it stands in Article.Text, Span its place.
type Token struct {
	Text   string `json:"text"`
	Span   Span   `json:"span"`
	Lemma  string `json:"lemma,omitempty"`
	UPOS   string `json:"upos,omitempty"`
	XPOS   string `json:"xpos,omitempty"`
	Feats  string `json:"feats,omitempty"`
	Head   int32  `json:"head"`             // index of the head token in Sentence.Tokens; -1 for the root
	DepRel string `json:"deprel,omitempty"` // UD relation, with subtype ("obl:agent", "nmod:poss")
	// SpaceAfter is false when the next token follows with no space (UD's
	// SpaceAfter=No), so sentences can be rebuilt from tokens.
	SpaceAfter bool `json:"space_after"`
}
