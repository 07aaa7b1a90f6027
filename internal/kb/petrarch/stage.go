package petrarch

import (
	"fmt"
	"slices"
	"strings"

	"dyad/internal/model"
	"dyad/internal/ontology"
)

// NullCode is PETRARCH's null event code: the pattern matched, and blocks
// more general patterns, but no event is coded.
const NullCode = "---"

// Finish gives the events the coder found with PETRARCH patterns the
// meaning PETRARCH gives them. It is the pipeline stage that follows the
// coder when PETRARCH dictionaries are in use:
//
//   - an event without a target takes the first actor after the verb in the
//     verb's own phrase (not in a subordinate clause), PETRARCH's default;
//   - PETRARCH codes what its patterns say, so expressed intents the coder
//     derives from future acts are dropped and the future and hypothetical
//     flags cleared (PETRARCH codes the act a future or conditional clause
//     names); a negation stays flagged unless the pattern wrote words
//     before its verb ("WILL NOT *"), where PETRARCH dictionaries state it;
//   - actors are read the PETRARCH way: the noun phrase of a mention is
//     coded by its first actor plus every agent in it ("An MSF Arnor
//     diplomat" → NGOARNGOV, "Ithilen's minister Calimehtar" → ITHGOV);
//     an agent-only phrase over coordinated countries ("lawmakers in
//     Fornost and Gondor") is one actor per country; a multi-code actor
//     ("ELR/GAL") stands for each of its codes; a compound target ("with
//     Gondor and Arnor") is one event per member; events go from every
//     source to every target;
//   - an event whose source is not its verb's own subject takes the actor
//     of the noun phrase right before the verb ("after Calenardhon crowds
//     burned down its embassy");
//   - an event of an adverbial clause ("after crowds burned down its
//     embassy") goes when the verb the clause modifies coded an event;
//   - an event without a target needs a phrase after its verb ("said on
//     Saturday", not "said today"), as PETRARCH needs one to code;
//   - a "%" compound pattern codes the compound's members to each other;
//   - a story discard ("+PHRASE" in the discards file) drops every event of
//     the article, not only those of the sentence kb discarded;
//   - the null code drops the event, and a paired code "A:B" gives event A
//     from source to target and event B back ("left for" → visit and
//     receive a visit); "[:B]" gives only the reverse.
func Finish(a *model.Article) { finish(a, nil, nil, nil) }

// Finish is the package Finish with this folder's prefix agents ([NGO~]):
// their roles go before the actor's code ("MSF Arnor" → NGOARN).
func (d *Dicts) Finish(a *model.Article) { finish(a, d.Prefix, d.FormCode, d.np) }

func finish(a *model.Article, prefix map[string]bool, formCode map[string]string, np *npIndex) {
	day := int32(a.Date.Year()*10000 + int(a.Date.Month())*100 + a.Date.Day())
	var out []model.Event
	compounds, targets := map[string][]model.Actor{}, map[string][]model.Actor{}
	for i := range a.Events {
		ev := a.Events[i]
		if derivedIntent(&ev) || !formOK(a, &ev) || inCodedClause(a, i) {
			continue
		}
		recodeForm(a, &ev, formCode)
		if s := a.Sentences; ev.Sentence >= 0 && ev.Sentence < len(s) {
			subjectBefore(&s[ev.Sentence], &ev)
		}
		if s := a.Sentences; ev.Sentence >= 0 && ev.Sentence < len(s) {
			skipPhrases(&s[ev.Sentence], &ev)
		}
		ev.Flags &^= model.Future | model.Hypothetical
		if wordsBeforeVerb(&ev) {
			ev.Flags &^= model.Negated
		}
		var s *model.Sentence
		if ev.Sentence >= 0 && ev.Sentence < len(a.Sentences) {
			s = &a.Sentences[ev.Sentence]
		}
		var extra []model.Actor
		if s != nil {
			hadTarget := !ev.Target.IsZero()
			extra = defaultTarget(s, &ev)
			if hadTarget && ev.Group == "" && ev.Target.Tokens[1] > ev.Target.Tokens[0] {
				// The coder named one target; PETRARCH codes every member
				// of a compound target ("with Gondor and Arnor").
				extra = conjuncts(s, ev.Target)
			}
			if ev.Target.IsZero() && !compound(&ev) && !phraseAfter(s, &ev) {
				continue
			}
		}
		rd := reader{s: s, prefix: prefix, np: np, day: day}
		srcs, tgts := rd.expand(ev.Source), rd.expand(ev.Target)
		for _, x := range extra {
			tgts = appendNew(tgts, rd.expand(x)...)
		}
		if compound(&ev) {
			// Collect the members; pairs are made below.
			key := ev.Group
			if key == "" {
				key = fmt.Sprintf("%d:%d", ev.Sentence, ev.TriggerSpan.Start)
			}
			if len(compounds[key]) == 0 {
				out = append(out, ev) // a placeholder carrying the code
				out[len(out)-1].Group = "\x00" + key
			}
			compounds[key] = appendNew(compounds[key], srcs...)
			if ev.Group == "" && s != nil && !ev.Source.IsZero() {
				// The coder found one actor in the subject ("Old foes
				// Gondor and Osgiliath"); its conjuncts are members too.
				for _, c := range conjuncts(s, ev.Source) {
					compounds[key] = appendNew(compounds[key], rd.expand(c)...)
				}
			}
			targets[key] = appendNew(targets[key], tgts...)
			continue
		}
		out = appendPairs(out, ev, srcs, tgts)
	}
	// Compound patterns: every member to the target, or with no target
	// every member to every other (once per pair when the code is paired:
	// the pair gives the way back).
	final := out[:0:0]
	for _, ev := range out {
		if key, ok := strings.CutPrefix(ev.Group, "\x00"); ok {
			ms := compounds[key]
			ev.Group = key
			if ts := targets[key]; len(ts) > 0 {
				final = appendPairs(final, ev, ms, ts)
				continue
			}
			if len(ms) < 2 {
				// No compound after all: PETRARCH's "%" pattern does not
				// match, and the event stands as a plain one would.
				final = appendPairs(final, ev, ms, nil)
				continue
			}
			paired := strings.Contains(ev.Code, ":")
			for i, x := range ms {
				for j, y := range ms {
					if x.Code != y.Code && (!paired || i < j) {
						final = appendPairs(final, ev, []model.Actor{x}, []model.Actor{y})
					}
				}
			}
			continue
		}
		final = append(final, ev)
	}
	a.Events = final
	for _, s := range a.Sentences {
		if strings.HasPrefix(s.Discarded, storyDiscard) {
			// A story discard removes the whole story, not only the
			// sentence kb discarded.
			if len(a.Events) > 0 {
				a.Diag(model.Info, "petrarch", model.Span{}, fmt.Sprintf("%d events dropped: the story is discarded (%s)", len(a.Events), s.Discarded))
			}
			a.Events = nil
			break
		}
	}
}

// storyDiscard starts the Discarded note kb writes for a sentence matched
// by the story discards ReadDiscards loads.
const storyDiscard = "discard " + storyDiscardKey

// appendPairs appends ev for every source and target, splitting paired
// and null codes.
func appendPairs(out []model.Event, ev model.Event, srcs, tgts []model.Actor) []model.Event {
	if len(srcs) == 0 {
		srcs = []model.Actor{{}}
	}
	if len(tgts) == 0 {
		tgts = []model.Actor{{}}
	}
	fwd, back, paired := strings.Cut(ev.Code, ":")
	for _, s := range srcs {
		for _, t := range tgts {
			if s.Code != "" && s.Code == t.Code {
				continue
			}
			e := ev
			e.Source, e.Target = s, t
			if s.Code != "" {
				e.SourceSpan = s.Span
			}
			if t.Code != "" {
				e.TargetSpan = t.Span
			}
			if fwd != "" && fwd != NullCode {
				e.Code = fwd
				if paired {
					ontology.FillEvent(&e)
				}
				out = append(out, e)
			}
			if paired && back != "" && back != NullCode {
				r := e
				r.Code = back
				r.Source, r.Target = e.Target, e.Source
				r.SourceSpan, r.TargetSpan = e.TargetSpan, e.SourceSpan
				ontology.FillEvent(&r)
				out = append(out, r)
			}
		}
	}
	return out
}

func appendNew(xs []model.Actor, ys ...model.Actor) []model.Actor {
	for _, y := range ys {
		if y.Code != "" && !slices.ContainsFunc(xs, func(x model.Actor) bool { return x.Code == y.Code }) {
			xs = append(xs, y)
		}
	}
	return xs
}

// compound reports whether ev came from a "%" pattern.
func compound(ev *model.Event) bool {
	_, rest, _ := strings.Cut(ev.Explanation.Pattern, " ")
	before, _, ok := strings.Cut(rest, "*")
	return ok && slices.Contains(strings.Fields(before), "%")
}

// derivedIntent reports whether the coder derived ev from another event or
// predicate: an expressed intent from a future act ("is about to restore
// ties" → 0314), an accusation from an accusatory predicate. PETRARCH codes
// the act its pattern names, so with its dictionaries the derived intent
// is dropped and the act kept.
func derivedIntent(ev *model.Event) bool {
	_, rest, ok := strings.Cut(ev.Explanation.Pattern, " ")
	return ok && (strings.HasPrefix(rest, "intent: ") || strings.HasPrefix(rest, "accusation: "))
}

// wordsBeforeVerb reports whether the pattern that coded ev writes words
// before its verb ("WILL NOT *", "&NEGATVAUXVRB *"). PETRARCH dictionaries
// state negation there and give it its own code, so such an event keeps no
// Negated flag; an event of a pattern that says nothing of the words before
// its verb keeps the flag the coder found ("did not attack" coded by
// "- * ATTACK" is a negated attack, not an attack).
func wordsBeforeVerb(ev *model.Event) bool {
	_, text, ok := strings.Cut(ev.Explanation.Pattern, " ")
	if !ok {
		return false
	}
	lower, _, ok := strings.Cut(text, "*")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(lower) {
		switch w {
		case "$", "+", "^", "%", "-":
		default:
			return true
		}
	}
	return false
}

// formOK reports whether the trigger of ev is written in one of the forms
// its pattern allows: a pattern of a verb written inflected ("LEFT") has
// Text "{left} …" and matches only those words.
func formOK(a *model.Article, ev *model.Event) bool {
	_, rest, _ := strings.Cut(ev.Explanation.Pattern, " ")
	if !strings.HasPrefix(rest, "{") {
		return true
	}
	forms, _, ok := strings.Cut(rest[1:], "}")
	if !ok {
		return true
	}
	w := strings.ToLower(ev.TriggerSpan.Text(a.Text))
	if i := strings.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	return slices.Contains(strings.Fields(forms), w)
}

// recodeForm gives an event coded by a verb alone the code of the verb
// written in the trigger's own form, when the dictionary has one: "left"
// is LEFT [032:033], not LEAVE [012], as PETRARCH matches words.
func recodeForm(a *model.Article, ev *model.Event, formCode map[string]string) {
	if len(formCode) == 0 || ev.Sentence < 0 || ev.Sentence >= len(a.Sentences) {
		return
	}
	_, rest, _ := strings.Cut(ev.Explanation.Pattern, " ")
	text, _, _ := strings.Cut(rest, " (")
	if strings.HasPrefix(text, "{") || strings.Contains(text, "*") {
		return
	}
	s := &a.Sentences[ev.Sentence]
	i := tokenAt(s.Tokens, ev.TriggerSpan.Start)
	if i < 0 {
		return
	}
	if c, ok := formCode[strings.ToLower(s.Tokens[i].Lemma)+"|"+strings.ToLower(s.Tokens[i].Text)]; ok {
		ev.Code = c
		ontology.FillEvent(ev)
	}
}
