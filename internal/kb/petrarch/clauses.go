package petrarch

import (
	"slices"
	"strings"

	"dyad/internal/model"
)

// Clause structure as PETRARCH sees it: a verb's own phrase, clause
// boundaries, default targets, and the clause rules Finish applies.

// clauseRels are the relations that start a clause of its own: PETRARCH's
// default target lies in the verb's phrase, not beyond them.
var clauseRels = map[string]bool{"advcl": true, "parataxis": true, "csubj": true, "conj": true, "vocative": true, "list": true}

func baseRel(r string) string {
	if i := strings.IndexByte(r, ':'); i >= 0 && r != "nsubj:pass" && !strings.HasPrefix(r, "acl") {
		return r[:i]
	}
	if strings.HasPrefix(r, "acl") {
		return "acl"
	}
	return r
}

// under reports whether token i lies in the phrase of token top: top is
// an ancestor and no clause boundary lies between.
func under(toks []model.Token, i, top int) bool {
	for n, k := i, 0; n >= 0 && n < len(toks) && k < len(toks); k++ {
		if n == top {
			return true
		}
		switch r := baseRel(toks[n].DepRel); {
		case r == "conj" && toks[n].UPOS != "VERB":
			// coordinated nominals stay in the phrase; coordinated verbs do not
		case r == "advcl" && toks[n].UPOS != "VERB" && punctBefore(toks, n):
			// a noun phrase set off by a comma that a parser hung on the
			// verb as a clause (", a senior Bree official said today")
			return false
		case r == "advcl" && !hasSubject(toks, n) && !finite(toks, n):
			// a non-finite clause without a subject of its own ("to supply
			// Gondor", "hunting trip in …") continues the verb phrase, as
			// PETRARCH reads it; "after a hafling was reported on …" does
			// not, even where a parser lost its subject
		case clauseRels[r]:
			return false
		}
		n = int(toks[n].Head)
	}
	return false
}

// tokenAt returns the index of the token starting at offset off, or -1.
func tokenAt(toks []model.Token, off int32) int {
	for i := range toks {
		if toks[i].Span.Start == off {
			return i
		}
	}
	return -1
}

// defaultTarget gives an event without a target PETRARCH's default one:
// the first actor written after the verb in the verb's own phrase ("restore
// ties with Gondor", "left for Minas Tirith"), other than the source. The
// dependency coder finds objects and pattern-named obliques itself; this
// covers the prepositional phrases PETRARCH's linear matching reaches.
func defaultTarget(s *model.Sentence, ev *model.Event) (conj []model.Actor) {
	if !ev.Target.IsZero() {
		return nil
	}
	trig := tokenAt(s.Tokens, ev.TriggerSpan.Start)
	for _, ac := range s.Actors {
		if ac.Code == "" || ac.Span.Start < ev.TriggerSpan.End || ac.Code == ev.Source.Code {
			continue
		}
		if trig >= 0 && int(ac.Head) >= 0 && !under(s.Tokens, int(ac.Head), trig) {
			continue
		}
		ev.Target, ev.TargetSpan = ac, ac.Span
		return conjuncts(s, ac)
	}
	return nil
}

// conjuncts returns the actors coordinated with a ("with Mordor, Rohan and
// Bree"): PETRARCH codes a compound target as one event per member.
func conjuncts(s *model.Sentence, a model.Actor) []model.Actor {
	var out []model.Actor
	heads := []int32{a.Head}
	for _, m := range s.Actors {
		if m.Code == "" || m.Span == a.Span || m.Head < 0 || int(m.Head) >= len(s.Tokens) {
			continue
		}
		t := s.Tokens[m.Head]
		if baseRel(t.DepRel) == "conj" && slices.Contains(heads, t.Head) {
			out = append(out, m)
			heads = append(heads, m.Head)
		}
	}
	return out
}

// skipPhrases applies '^' before a target slot ("* AT ^ +", "* IFTAR IN ^
// +"): PETRARCH skips that many phrases after the preposition, so the
// target is the actor that many mentions after the one the slot found
// ("warned at the Gondor of the Prince" → the Prince).
func skipPhrases(s *model.Sentence, ev *model.Event) {
	_, rest, _ := strings.Cut(ev.Explanation.Pattern, " ")
	text, _, _ := strings.Cut(rest, " (")
	i := strings.Index(text, "^ +")
	if i < 0 || ev.Target.IsZero() {
		return
	}
	n := 0
	for j := i; j >= 0 && text[j] == '^'; j -= 2 {
		n++
	}
	cur := ev.Target
	for ; n > 0; n-- {
		next := model.Actor{}
		for _, m := range s.Actors {
			if m.Code != "" && m.Span.Start >= cur.Span.End {
				next = m
				break
			}
		}
		if next.Code == "" {
			return // fewer phrases than carets: keep what the slot found
		}
		cur = next
	}
	ev.Target, ev.TargetSpan = cur, cur.Span
}

// punctBefore reports whether the phrase of token n starts with
// punctuation: a dependent of n that is punctuation before it.
func punctBefore(toks []model.Token, n int) bool {
	for i := 0; i < n; i++ {
		if int(toks[i].Head) == n && baseRel(toks[i].DepRel) == "punct" {
			return true
		}
	}
	return false
}

// finite reports whether verb n heads a finite clause: it has an
// auxiliary or copula, or a tensed form.
func finite(toks []model.Token, n int) bool {
	switch toks[n].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	for i := range toks {
		if int(toks[i].Head) == n && strings.HasPrefix(toks[i].DepRel, "aux") && !strings.EqualFold(toks[i].Text, "to") {
			return true
		}
	}
	return false
}

func hasSubject(toks []model.Token, n int) bool {
	for i := range toks {
		if int(toks[i].Head) == n && strings.HasPrefix(toks[i].DepRel, "nsubj") || int(toks[i].Head) == n && strings.HasPrefix(toks[i].DepRel, "csubj") {
			return true
		}
	}
	return false
}

// inCodedClause reports whether event i was found in an adverbial clause
// ("after Calenardhon crowds burned down its embassy") of a verb that
// coded an event itself: PETRARCH codes the clause's event only when the
// verb above it codes nothing.
func inCodedClause(a *model.Article, i int) bool {
	ev := &a.Events[i]
	if ev.Sentence < 0 || ev.Sentence >= len(a.Sentences) {
		return false
	}
	toks := a.Sentences[ev.Sentence].Tokens
	t := tokenAt(toks, ev.TriggerSpan.Start)
	if t < 0 || baseRel(toks[t].DepRel) != "advcl" {
		return false
	}
	up := int(toks[t].Head)
	if up < 0 || up >= len(toks) {
		return false
	}
	for j := range a.Events {
		o := &a.Events[j]
		if j != i && o.Sentence == ev.Sentence && tokenAt(toks, o.TriggerSpan.Start) == up && !derivedIntent(o) {
			return true
		}
	}
	return false
}

// phraseAfter reports whether the trigger of ev has a phrase after it
// that could hold a target: an object, an oblique or a clause. PETRARCH
// codes a verb only with a noun phrase after it, coded or not ("said on
// Saturday" gives "X --- 023"; "said today", with a bare time word, gives
// nothing).
func phraseAfter(s *model.Sentence, ev *model.Event) bool {
	t := tokenAt(s.Tokens, ev.TriggerSpan.Start)
	if t < 0 {
		return true
	}
	for i := t + 1; i < len(s.Tokens); i++ {
		if int(s.Tokens[i].Head) != t {
			continue
		}
		switch r := s.Tokens[i].DepRel; baseRel(r) {
		case "obl":
			if r != "obl:tmod" && r != "obl:unmarked" && r != "obl:npmod" {
				return true
			}
		case "obj", "iobj", "ccomp", "xcomp", "nmod", "advcl":
			return true
		}
	}
	return false
}

// subjectBefore gives an event whose source is not its verb's own subject
// (the coder took a controlling clause's subject, or a parser hung the
// real one elsewhere: "after Calenardhon crowds burned down its embassy")
// the actor of the noun phrase right before the verb, which PETRARCH
// reads as the clause's subject.
func subjectBefore(s *model.Sentence, ev *model.Event) {
	toks := s.Tokens
	t := tokenAt(toks, ev.TriggerSpan.Start)
	if t < 1 || ev.Source.IsZero() || toks[t].UPOS != "VERB" {
		return
	}
	if h := int(ev.Source.Head); h >= 0 && h < len(toks) && underSubject(toks, h, t) {
		return
	}
	prev := t - 1
	if p := toks[prev].UPOS; p != "NOUN" && p != "PROPN" {
		return
	}
	for _, m := range s.Actors {
		if m.Code == "" || m.Code == ev.Source.Code || m.Head < 0 || int(m.Head) >= len(toks) {
			continue
		}
		// The mention ends right before the verb, or modifies the noun
		// that does ("Calenardhon crowds").
		if int(m.Tokens[1]) == t || int(toks[m.Head].Head) == prev && baseRel(toks[m.Head].DepRel) == "compound" && int(m.Tokens[1]) == prev {
			ev.Source, ev.SourceSpan = m, m.Span
			return
		}
	}
}

// underSubject reports whether token i lies in the subject phrase of verb v.
func underSubject(toks []model.Token, i, v int) bool {
	for n, k := i, 0; n >= 0 && n < len(toks) && k < len(toks); k++ {
		if int(toks[n].Head) == v {
			return strings.HasPrefix(toks[n].DepRel, "nsubj") || strings.HasPrefix(toks[n].DepRel, "csubj")
		}
		n = int(toks[n].Head)
	}
	return false
}
