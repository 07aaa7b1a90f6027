package model

// Span is a half-open byte range [Start, End) into Article.Text.
// int32 keeps tokens compact; articles over 2 GiB are rejected by ingest.
type Span struct {
	Start int32 `json:"start"`
	End   int32 `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int32 { return s.End - s.Start }

// IsZero reports whether the span is unset.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Text returns the slice of text the span covers, or "" when the span does
// not fit in text (a defensive choice: a bad span must not panic a run).
func (s Span) Text(text string) string {
	if s.Start < 0 || s.End < s.Start || int(s.End) > len(text) {
		return ""
	}
	return text[s.Start:s.End]
}

// Cover returns the smallest span covering both s and o. A zero span is
// treated as empty.
func (s Span) Cover(o Span) Span {
	if s.IsZero() {
		return o
	}
	if o.IsZero() {
		return s
	}
	if o.Start < s.Start {
		s.Start = o.Start
	}
	if o.End > s.End {
		s.End = o.End
	}
	return s
}
