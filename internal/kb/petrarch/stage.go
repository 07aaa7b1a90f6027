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
		if derivedIntent(&ev) {
			continue
		}
		// PETRARCH dictionaries state modality in their patterns ("WILL NOT
		// *" [---]); what the patterns code is the event.
		ev.Flags &^= model.Future | model.Hypothetical | model.Negated
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

// derivedIntent reports whether the coder derived ev as an expressed intent
// from a future act ("is about to restore ties" → 0314). PETRARCH codes
// the act its pattern names, so with its dictionaries the derived intent
// is dropped and the act kept.
func derivedIntent(ev *model.Event) bool {
	_, rest, ok := strings.Cut(ev.Explanation.Pattern, " ")
	return ok && strings.HasPrefix(rest, "intent: ")
}
