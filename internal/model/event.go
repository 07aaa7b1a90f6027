package model

import "time"

// Flags mark events that are not plain reports of something that happened.
// The bit set keeps Event compact and lets writers filter cheaply.
type Flags uint8

const (
	Negated      Flags = 1 << iota // "did not attack", "denied striking"
	Hypothetical                   // "could constitute", "if … then"
	Future                         // "will", "plans to"
	Reported                       // attributed by a third party ("X said Y attacked Z") — still coded as Y→Z
	Question                       // "Did X attack Z?"
)

var flagNames = [...]string{"negated", "hypothetical", "future", "reported", "question"}

// Factual reports whether the event is asserted as having happened: not
// negated, hypothetical, future or a question. Reported events are factual
// (news is mostly reported speech); the flag is kept for users who filter.
func (f Flags) Factual() bool { return f&(Negated|Hypothetical|Future|Question) == 0 }

// Names lists the set flags by name.
func (f Flags) Names() []string {
	var out []string
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// MarshalText writes the flags as a comma-separated list of names.
func (f Flags) MarshalText() ([]byte, error) {
	var b []byte
	for i, n := range f.Names() {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, n...)
	}
	return b, nil
}

// UnmarshalText reads a comma-separated list of flag names.
func (f *Flags) UnmarshalText(b []byte) error {
	*f = 0
	start := 0
	for i := 0; i <= len(b); i++ {
		if i == len(b) || b[i] == ',' {
			name := string(b[start:i])
			for j, n := range flagNames {
				if n == name {
					*f |= 1 << j
				}
			}
			start = i + 1
		}
	}
	return nil
}

// Event is one coded event: who did what to whom, when and where, with the
// evidence for it.
type Event struct {
	ID string `json:"id"` // stable within an article: "<article id>-<n>"

	Source Actor `json:"source"`
	Target Actor `json:"target"` // zero when the event has no target

	Code       string  `json:"code"`      // CAMEO event code, e.g. "112"
	Base       string  `json:"base"`      // three-digit base code, e.g. "112"
	Root       string  `json:"root"`      // two-digit root code, e.g. "11"
	QuadClass  int     `json:"quadclass"` // GDELT 1–4
	Goldstein  float64 `json:"goldstein"`
	PloverType string  `json:"plover_type,omitempty"`
	PloverMode string  `json:"plover_mode,omitempty"`
	// PloverContext is PLOVER's context label where the mapping gives one.
	PloverContext string `json:"plover_context,omitempty"`

	Date     time.Time `json:"date"`                // when the event happened (article date or a stated date)
	DateText string    `json:"date_text,omitempty"` // the words that set Date, when not the article date

	Sentence    int  `json:"sentence"` // index into Article.Sentences
	SourceSpan  Span `json:"source_span"`
	TriggerSpan Span `json:"trigger_span"`
	TargetSpan  Span `json:"target_span,omitzero"`

	Flags Flags `json:"flags,omitzero"`
	// Group ties together the events made from one compound actor
	// ("the US and the UK condemned …"): each pair is its own event, and the
	// PLOVER writer lists them as one event with actor lists.
	Group string `json:"group,omitempty"`

	Location *Place `json:"location,omitempty"`

	Explanation Explanation `json:"explanation"`
}

// Explanation says why an event was coded: which pattern fired, which
// dictionary entries named its actors, and what the coder decided on the way.
type Explanation struct {
	Pattern string   `json:"pattern"`           // the event pattern as written, with its file:line
	Entries []string `json:"entries,omitempty"` // dictionary entries for source, target, trigger
	Steps   []string `json:"steps,omitempty"`   // coder decisions: "source from nsubj", "target from obl:on", "negated by 'not'"
}
