package geo

import (
	"strings"

	"dyad/internal/model"
)

// Stage recognises and resolves places in articles and sets each event's
// location. It is a pipeline stage; it must run after the coder.
type Stage struct{ g *Gazetteer }

// New returns the geo stage over gazetteer g (nil means Default()).
func New(g *Gazetteer) (*Stage, error) {
	if g == nil {
		var err error
		if g, err = Default(); err != nil {
			return nil, err
		}
	}
	return &Stage{g: g}, nil
}

// Name implements pipeline.Stage.
func (*Stage) Name() string { return "geo" }

// Process fills a.Places and sets Location on a's events.
func (s *Stage) Process(a *model.Article) {
	a.Places = s.g.Places(a)
	s.g.Locate(a)
}

// Places recognises and resolves every place mention in a.
func (g *Gazetteer) Places(a *model.Article) []model.Place {
	var ms []mention
	for i := range a.Sentences {
		ms = append(ms, g.recognize(a, &a.Sentences[i])...)
	}
	if len(ms) == 0 {
		return nil
	}
	c := g.articleContext(a, ms)
	out := make([]model.Place, 0, len(ms))
	for i := range ms {
		if p, ok := g.resolve(&ms[i], c); ok {
			out = append(out, p)
		}
	}
	return out
}

// Locate sets each event's location: the place attached to the trigger's
// clause in the dependency tree, else the first place of the event's
// sentence, else the article's dateline place, else none.
func (g *Gazetteer) Locate(a *model.Article) {
	var dateline *model.Place
	for i := range a.Places {
		if strings.HasPrefix(a.Places[i].Evidence, datelineWord+" ") {
			dateline = &a.Places[i]
			break
		}
	}
	for ei := range a.Events {
		ev := &a.Events[ei]
		if ev.Sentence < 0 || ev.Sentence >= len(a.Sentences) {
			continue
		}
		s := &a.Sentences[ev.Sentence]
		trig := tokenAt(s, ev.TriggerSpan.Start)
		var attached, first *model.Place
		for pi := range a.Places {
			p := &a.Places[pi]
			if p.Sentence != ev.Sentence {
				continue
			}
			if first == nil {
				first = p
			}
			if trig >= 0 && attached == nil && governs(s, trig, tokenAt(s, p.Span.Start)) {
				attached = p
			}
		}
		loc := attached
		how := "attached to the trigger's clause"
		if loc == nil && first != nil {
			loc, how = first, "the sentence's place"
		}
		if loc == nil && dateline != nil {
			loc, how = dateline, "the article's dateline"
		}
		if loc != nil {
			l := *loc
			l.Evidence = how + "; " + l.Evidence
			ev.Location = &l
		}
	}
}

func tokenAt(s *model.Sentence, off int32) int {
	for i, t := range s.Tokens {
		if t.Span.Start <= off && off < t.Span.End || t.Span.Start == off {
			return i
		}
	}
	return -1
}

// governs reports whether token tok lies in the clause headed by trig: the
// head chain from tok reaches trig before it reaches another clause head
// (a verb with a subject of its own, reached through ccomp/advcl/parataxis).
func governs(s *model.Sentence, trig, tok int) bool {
	if tok < 0 {
		return false
	}
	for steps := 0; tok >= 0 && steps < len(s.Tokens); steps++ {
		if tok == trig {
			return true
		}
		switch s.Tokens[tok].DepRel {
		case "ccomp", "parataxis", "advcl", "conj":
			// Crossing into another clause: only the trigger's own clause counts.
			if s.Tokens[tok].Head != int32(trig) {
				return false
			}
		}
		tok = int(s.Tokens[tok].Head)
	}
	return false
}
