package petrarch

import (
	"strings"

	"dyad/internal/model"
	"dyad/internal/ontology"
)

// NullCode is PETRARCH's null event code: the pattern matched, and blocks
// more general patterns, but no event is coded.
const NullCode = "---"

// Finish applies the meaning of PETRARCH codes to the events the coder
// emitted from these patterns: a null-coded event is dropped, and a paired
// code "A:B" becomes an event A from source to target and an event B from
// target to source ("left for" → visit and receive a visit). It is the
// pipeline stage that follows the coder when PETRARCH dictionaries are in
// use.
func Finish(a *model.Article) {
	for i := range a.Events {
		defaultTarget(a, &a.Events[i])
	}
	out := a.Events[:0:0]
	for _, ev := range a.Events {
		c := ev.Code
		switch {
		case c == NullCode:
			continue
		case strings.Contains(c, ":"):
			x, y, _ := strings.Cut(c, ":")
			if x != NullCode && x != "" {
				e := ev
				e.Code = x
				ontology.FillEvent(&e)
				out = append(out, e)
			}
			if y != NullCode && y != "" {
				e := ev
				e.Code = y
				ontology.FillEvent(&e)
				e.Source, e.Target = ev.Target, ev.Source
				e.SourceSpan, e.TargetSpan = ev.TargetSpan, ev.SourceSpan
				out = append(out, e)
			}
		default:
			out = append(out, ev)
		}
	}
	a.Events = out
}

// defaultTarget gives an event without a target PETRARCH's default one:
// the first actor written after the verb in the same sentence ("restore
// ties with Gondor", "left for Minas Tirith"), other than the source. The
// dependency coder finds objects and pattern-named obliques itself; this
// covers the prepositional phrases PETRARCH's linear matching reaches.
func defaultTarget(a *model.Article, ev *model.Event) {
	if !ev.Target.IsZero() || ev.Sentence < 0 || ev.Sentence >= len(a.Sentences) {
		return
	}
	for _, ac := range a.Sentences[ev.Sentence].Actors {
		if ac.Code == "" || ac.Span.Start < ev.TriggerSpan.End || ac.Code == ev.Source.Code {
			continue
		}
		ev.Target, ev.TargetSpan = ac, ac.Span
		return
	}
}
