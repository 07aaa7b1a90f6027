package petrarch

import (
	"fmt"
	"slices"
	"strings"

	"dyad/internal/kb"
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

// reader reads the actors of one sentence the PETRARCH way.
type reader struct {
	s      *model.Sentence
	prefix map[string]bool
	np     *npIndex
	day    int32
}

// expand reads one coded actor the PETRARCH way (see Finish): an agent
// phrase over several countries is one actor per country; otherwise its
// noun phrase gives the code (npIndex.code), or, without dictionaries to
// read it by, adjacent mentions combine.
func (rd reader) expand(a model.Actor) []model.Actor {
	if a.Code == "" {
		return nil
	}
	s, prefix := rd.s, rd.prefix
	var out []model.Actor
	if s != nil {
		var ms []model.Actor
		if a.Country == "" && len(a.Roles) > 0 {
			ms = countriesUnder(s, a)
		}
		if x, ok := rd.np.code(s, a, rd.day); ok && !coordinated(s, ms) {
			a, ms = x, nil
		} else {
			a = mergeAdjacent(s, a, prefix)
		}
		if a.Country == "" && len(a.Roles) > 0 {
			for _, m := range ms {
				x := combine(m, a.Roles, prefix)
				x.Span = a.Span
				out = append(out, x)
			}
		}
	}
	if len(out) == 0 {
		out = []model.Actor{a}
	}
	// Multi-code actors: "FRO/BIL/SAM".
	var res []model.Actor
	for _, x := range out {
		if !strings.Contains(x.Code, "/") {
			res = append(res, x)
			continue
		}
		for _, c := range strings.Split(x.Code, "/") {
			if c != "" {
				y := x
				y.Code = c
				res = append(res, y)
			}
		}
	}
	return res
}

// mergeAdjacent combines a with a mention right next to it that names the
// same country with more roles ("Bree Prime Minister" + "Romendacil").
func mergeAdjacent(s *model.Sentence, a model.Actor, prefix map[string]bool) model.Actor {
	for _, m := range s.Actors {
		if m.Span == a.Span || m.Code == "" || m.Group != "" || a.Group != "" {
			continue
		}
		if m.Tokens[1] != a.Tokens[0] && a.Tokens[1] != m.Tokens[0] {
			continue
		}
		// An agent next to a country: "MSF Arnor", "Arnor cleric".
		switch {
		case agentOnly(a, prefix) && m.Country != "" && m.Group == "" && !prefix[m.Code]:
			x := combine(m, agentRoles(a), prefix)
			x.Span = a.Span.Cover(m.Span)
			return x
		case agentOnly(m, prefix) && a.Country != "" && !prefix[a.Code]:
			x := combine(a, agentRoles(m), prefix)
			x.Span = a.Span.Cover(m.Span)
			return x
		}
		if m.Country != a.Country || len(m.Roles) <= len(a.Roles) || !strings.HasPrefix(m.Code, a.Code) {
			continue
		}
		m.Span = a.Span.Cover(m.Span)
		return m
	}
	return a
}

// coordinated reports whether some of the mentions ms are conjuncts of
// each other ("lawmakers in Fornost and Gondor"): an agent over a
// compound is one actor per member, where PETRARCH expands the compound.
func coordinated(s *model.Sentence, ms []model.Actor) bool {
	for _, m := range ms {
		if m.Head < 0 || int(m.Head) >= len(s.Tokens) || baseRel(s.Tokens[m.Head].DepRel) != "conj" {
			continue
		}
		for _, o := range ms {
			if o.Head == s.Tokens[m.Head].Head {
				return true
			}
		}
	}
	return false
}

// countriesUnder returns the country mentions in the modifiers of agent
// mention a ("lawmakers in Fornost and Gondor", "ambassadors of Arnor").
func countriesUnder(s *model.Sentence, a model.Actor) []model.Actor {
	if out := countriesBelow(s, a, int(a.Head)); len(out) > 0 || a.Head < 0 || int(a.Head) >= len(s.Tokens) {
		return out
	}
	// "Lawmakers and officials in Fornost": the modifier of one conjunct
	// is shared by the others.
	var out []model.Actor
	t := s.Tokens[a.Head]
	if baseRel(t.DepRel) == "conj" && t.Head >= 0 {
		out = countriesBelow(s, a, int(t.Head))
	}
	for i := range s.Tokens {
		if len(out) == 0 && s.Tokens[i].Head == a.Head && baseRel(s.Tokens[i].DepRel) == "conj" {
			out = countriesBelow(s, a, i)
		}
	}
	return out
}

// countriesBelow returns the country mentions hanging from token head
// through nominal modifiers.
func countriesBelow(s *model.Sentence, a model.Actor, head int) []model.Actor {
	var out []model.Actor
	for _, m := range s.Actors {
		if m.Span == a.Span || m.Country == "" || len(m.Roles) > 0 || m.Group != "" || int(m.Head) < 0 || int(a.Head) < 0 {
			continue
		}
		// m's head must hang from a's head through nominal modifiers.
		ok := false
		for n, k := int(m.Head), 0; n >= 0 && n < len(s.Tokens) && k < 4; k++ {
			h := int(s.Tokens[n].Head)
			switch baseRel(s.Tokens[n].DepRel) {
			case "nmod", "conj", "compound", "appos", "flat":
			default:
				h = -1
			}
			if h == head && h >= 0 {
				ok = true
				break
			}
			n = h
		}
		if ok {
			out = append(out, m)
		}
	}
	return out
}

// agentOnly reports whether a is agent words alone: roles without a
// country, or a prefix agent ("MSF" → NGO) that the ontology reads as a
// country-like prefix.
func agentOnly(a model.Actor, prefix map[string]bool) bool {
	return a.Code != "" && a.Group == "" && (a.Country == "" && len(a.Roles) > 0 || prefix[a.Code])
}

func agentRoles(a model.Actor) []string {
	if len(a.Roles) == 0 {
		return []string{a.Code}
	}
	return a.Roles
}

// combine codes country actor c with agent roles: prefix roles ([NGO~])
// before its code, the others after.
func combine(c model.Actor, roles []string, prefix map[string]bool) model.Actor {
	var pre, post strings.Builder
	for _, r := range roles {
		if prefix[r] {
			pre.WriteString(r)
		} else {
			post.WriteString(r)
		}
	}
	x := c
	x.Code = pre.String() + c.Code + post.String()
	x.Roles = append(append([]string(nil), c.Roles...), roles...)
	return x
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

// npPhrase is one actor or agent phrase of the dictionaries, as words.
type npPhrase struct {
	words  []string
	gaps   []bool // gaps[j]: words may come between word j-1 and word j
	entry  *kb.Entry
	agent  bool
	prefix bool // [XXX~]: the agent code goes before the actor's
}

// npIndex finds dictionary phrases in a noun phrase, as PETRARCH reads
// its noun phrases: by first word, longest phrase first.
type npIndex struct {
	byFirst map[string][]npPhrase
}

func newNPIndex(entries []*kb.Entry, gaps map[string][]bool) *npIndex {
	x := &npIndex{byFirst: map[string][]npPhrase{}}
	for _, e := range entries {
		if e.Kind != "actor" && e.Kind != "country" && e.Kind != "agent" {
			continue
		}
		for _, p := range e.Phrases {
			w := strings.Fields(p.Text)
			if len(w) == 0 {
				continue
			}
			g := gaps[p.Text]
			if len(g) != len(w) {
				g = nil
			}
			x.byFirst[w[0]] = append(x.byFirst[w[0]], npPhrase{words: w, gaps: g, entry: e, agent: e.Kind == "agent", prefix: e.Type == "prefix"})
		}
	}
	for _, ps := range x.byFirst {
		slices.SortStableFunc(ps, func(a, b npPhrase) int { return len(b.words) - len(a.words) })
	}
	return x
}

// npWordRels are the relations that keep a word inside the noun phrase of
// its head; clauses and coordinated members are phrases of their own.
func npWordRel(rel string) bool {
	switch baseRel(rel) {
	case "det", "amod", "compound", "flat", "nmod", "appos", "nummod", "case", "fixed", "goeswith", "advmod":
		return true
	}
	return false
}

// npTokens returns, in text order, the tokens of the noun phrase that
// mention a heads: the phrase head reached from the mention through
// compound, flat, possessive and unpunctuated appositive links, its nominal dependents, and — for a
// coordinated member — the modifiers it shares with the first member ("the
// Danish Islamist media and government" → "the Danish Islamist
// government"), as PETRARCH distributes them over a compound.
func npTokens(s *model.Sentence, a model.Actor) []int {
	toks := s.Tokens
	h := int(a.Head)
	if h < 0 || h >= len(toks) {
		return nil
	}
	for k := 0; k < 8; k++ {
		r := baseRel(toks[h].DepRel)
		p := int(toks[h].Head)
		if p < 0 || p >= len(toks) || !(r == "compound" || r == "flat" || toks[h].DepRel == "nmod:poss" || r == "appos" && !punctBetween(toks, p, h)) {
			break
		}
		h = p
	}
	in := make([]bool, len(toks))
	var walk func(n int)
	walk = func(n int) {
		in[n] = true
		for i := range toks {
			if int(toks[i].Head) == n && !in[i] && npWordRel(toks[i].DepRel) && !(baseRel(toks[i].DepRel) == "appos" && punctBetween(toks, n, i)) {
				walk(i)
			}
		}
	}
	walk(h)
	// The mention's own words are one phrase whatever the parse says
	// ("Ministry of Silly Walks" with "Walks" read as a conjunct).
	for i := max(a.Tokens[0], 0); i < a.Tokens[1] && int(i) < len(toks); i++ {
		in[i] = true
	}
	if toks[h].DepRel == "conj" {
		first := int(toks[h].Head)
		for first >= 0 && first < len(toks) && toks[first].DepRel == "conj" {
			first = int(toks[first].Head)
		}
		if first >= 0 && first < len(toks) && first != h {
			for i := range toks {
				if int(toks[i].Head) == first && i < first && npWordRel(toks[i].DepRel) && baseRel(toks[i].DepRel) != "nmod" {
					walk(i)
				}
			}
		}
	}
	var out []int
	for i, ok := range in {
		if ok {
			out = append(out, i)
		}
	}
	return out
}

// punctBetween reports whether punctuation separates tokens i and j: a
// title and a name ("minister Calimehtar") are one phrase, an apposition
// set off by commas ("its ally, Arnor,") another.
func punctBetween(toks []model.Token, i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i + 1; k < j; k++ {
		if toks[k].UPOS == "PUNCT" || toks[k].DepRel == "punct" {
			return true
		}
	}
	return false
}

// match returns the longest phrase starting at word i of ws and the
// number of words it spans. Words match exactly, as in PETRARCH: an
// agent's plurals are phrases of their own (ReadAgents writes them out);
// an actor phrase written with spaces lets other words come between its
// words (readActors notes where).
func (x *npIndex) match(ws []string, i int, agent bool) (npPhrase, int, bool) {
	for _, p := range x.byFirst[ws[i]] {
		if p.agent != agent || i+len(p.words) > len(ws) {
			continue
		}
		if p.gaps == nil {
			if slices.Equal(ws[i:i+len(p.words)], p.words) {
				return p, len(p.words), true
			}
			continue
		}
		// Words may come between where the phrase was written with a
		// space: match in order, skipping others only there.
		k := i + 1
		j := 1
		for j < len(p.words) && k < len(ws) {
			switch {
			case ws[k] == p.words[j]:
				j++
			case !p.gaps[j]:
				k = len(ws)
				continue
			}
			k++
		}
		if j == len(p.words) {
			return p, k - i, true
		}
	}
	return npPhrase{}, 0, false
}

// code reads the noun phrase of mention a as PETRARCH reads a noun
// phrase: the first actor in it is the base code; every agent in the
// rest of the phrase adds its code, after the base ([~XXX]) or before it
// ([XXX~]), in the order found, until one whose code the base already
// has ("White House security officials" → USAGOV, not USAGOVGOV). It
// reports false when the phrase names no actor.
func (x *npIndex) code(s *model.Sentence, a model.Actor, day int32) (model.Actor, bool) {
	if x == nil || a.Tokens[1] <= a.Tokens[0] {
		return a, false // no dictionaries, or an actor not read from words
	}
	idx := npTokens(s, a)
	if len(idx) == 0 {
		return a, false
	}
	ws := make([]string, len(idx))
	for k, i := range idx {
		ws[k] = strings.ToLower(s.Tokens[i].Text)
	}
	base, lo, hi := "", -1, -1
	var entry *kb.Entry
	for i := range ws {
		if p, n, ok := x.match(ws, i, false); ok {
			entry, lo, hi = p.entry, i, i+n
			if p.entry.Kind == "country" {
				base = p.entry.Code
			} else {
				base, _ = p.entry.CodeAt(day)
			}
			break
		}
	}
	if entry == nil || base == "" || strings.Contains(base, "/") {
		return a, false
	}
	code, added, _ := x.addAgents(base, ws, lo, hi)
	out := a
	out.Code = code
	if out.Country == "" && len(base) >= 3 {
		out.Country = base[:3]
	}
	out.Roles = append(append([]string(nil), a.Roles...), added...)
	out.Name = entry.Name
	return out, true
}

// argRels are the relations of a noun phrase's head in its clause.
var argRels = map[string]bool{"nsubj": true, "nsubj:pass": true, "obj": true, "iobj": true, "obl": true, "nmod": true, "root": true, "appos": true}

// AgentPhrases is the pipeline stage between kb and the coder when
// PETRARCH dictionaries are in use. PETRARCH codes every noun phrase with
// an agent in it, with or without an actor ("the primary official news
// agency said" → ---GOV); kb leaves an agent word that modifies another
// noun unmatched ("official" in "official news agency"). This adds, for
// each noun phrase without an actor mention but with agents, an agent
// mention coded as PETRARCH codes it (agents in order, the same code
// once).
func (d *Dicts) AgentPhrases(a *model.Article) {
	if d.np == nil {
		return
	}
	for si := range a.Sentences {
		s := &a.Sentences[si]
		if s.Discarded != "" {
			continue
		}
		covered := make([]bool, len(s.Tokens))
		for _, m := range s.Actors {
			for i := m.Tokens[0]; i < m.Tokens[1] && int(i) < len(covered); i++ {
				covered[i] = true
			}
		}
		added := false
		for i := range s.Tokens {
			t := &s.Tokens[i]
			if covered[i] || (t.UPOS != "NOUN" && t.UPOS != "PROPN") || !argRels[t.DepRel] && !argRels[baseRel(t.DepRel)] {
				continue
			}
			idx := npTokens(s, model.Actor{Head: int32(i), Tokens: [2]int32{int32(i), int32(i + 1)}})
			free := true
			for _, k := range idx {
				free = free && !covered[k]
			}
			if !free {
				continue
			}
			m, ok := d.np.agentsOnly(s, idx, i)
			if !ok {
				continue
			}
			s.Actors = append(s.Actors, m)
			for k := m.Tokens[0]; k < m.Tokens[1]; k++ {
				covered[k] = true
			}
			added = true
		}
		if added {
			slices.SortStableFunc(s.Actors, func(x, y model.Actor) int { return int(x.Tokens[0] - y.Tokens[0]) })
		}
	}
}

// addAgents adds to code the agents found in words ws outside [lo, hi)
// (the actor's own words), as PETRARCH does: in order, prefix agents
// ([XXX~]) before the code and others after, stopping at the first whose
// code the result already has (in steps of three letters). It returns the
// code, the agent codes added and the index of the first agent word (-1
// when none).
func (x *npIndex) addAgents(code string, ws []string, lo, hi int) (string, []string, int) {
	var added []string
	first := -1
	for i := 0; i < len(ws); i++ {
		if i >= lo && i < hi {
			continue
		}
		p, n, ok := x.match(ws, i, true)
		if !ok {
			continue
		}
		if first < 0 {
			first = i
		}
		i += n - 1
		c := p.entry.Code
		if c == "" {
			continue
		}
		for k := 0; k+len(c) <= len(code); k += 3 {
			if code[k:k+len(c)] == c {
				return code, added, first
			}
		}
		if p.prefix {
			code = c + code
		} else {
			code += c
		}
		added = append(added, c)
	}
	return code, added, first
}

// agentsOnly codes the noun phrase of tokens idx (head h) by its agents
// alone: "" when it has none.
func (x *npIndex) agentsOnly(s *model.Sentence, idx []int, h int) (model.Actor, bool) {
	ws := make([]string, len(idx))
	for k, i := range idx {
		ws[k] = strings.ToLower(s.Tokens[i].Text)
	}
	code, roles, k := x.addAgents("", ws, 0, 0)
	first := -1
	if k >= 0 {
		first = idx[k]
	}
	if code == "" || first < 0 {
		return model.Actor{}, false
	}
	lo := min(first, h)
	m := model.Actor{Code: code, Roles: roles, Kind: model.KindAgent, Name: strings.Join(ws, " "),
		Tokens: [2]int32{int32(lo), int32(h + 1)}, Head: int32(h),
		Span: s.Tokens[lo].Span.Cover(s.Tokens[h].Span)}
	return m, true
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
