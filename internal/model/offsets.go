package model

import "sort"

// OffsetMap maps byte offsets in the cleaned text back to the raw text.
//
// It is a sorted list of anchors: at cleaned offset Clean the raw offset is
// Raw, and offsets between two anchors advance one-for-one from the earlier
// anchor. Cleaning records an anchor wherever it deletes, inserts or
// replaces bytes, so the map stays small (one anchor per edit, not per byte).
type OffsetMap struct {
	Anchors []Anchor `json:"anchors,omitempty"`
}

// Anchor pairs a cleaned-text offset with the raw-text offset it came from.
type Anchor struct {
	Clean int32 `json:"c"`
	Raw   int32 `json:"r"`
}

// Add appends an anchor. Anchors must be added in increasing Clean order;
// an anchor at the same Clean offset as the last one replaces it.
func (m *OffsetMap) Add(clean, raw int32) {
	if n := len(m.Anchors); n > 0 && m.Anchors[n-1].Clean == clean {
		m.Anchors[n-1].Raw = raw
		return
	}
	m.Anchors = append(m.Anchors, Anchor{Clean: clean, Raw: raw})
}

// ToRaw maps a cleaned-text offset to the raw text. With no anchors the two
// texts are taken to be identical.
func (m *OffsetMap) ToRaw(clean int32) int32 {
	a := m.Anchors
	i := sort.Search(len(a), func(i int) bool { return a[i].Clean > clean }) - 1
	if i < 0 {
		return clean
	}
	return a[i].Raw + (clean - a[i].Clean)
}

// SpanToRaw maps a cleaned-text span to the raw text.
func (m *OffsetMap) SpanToRaw(s Span) Span {
	return Span{Start: m.ToRaw(s.Start), End: m.ToRaw(s.End)}
}
