package kb

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dyad/internal/model"
)

// match is one dictionary phrase found in a sentence.
type match struct {
	start, end int // token range [start, end)
	c          *cand
}

// Process implements pipeline.Stage; it is Annotate.
func (k *KB) Process(a *model.Article) { k.Annotate(a) }

// Annotate fills Sentence.Actors of every sentence that has tokens, coding
// people by their roles on the article's date. A sentence that contains a
// sentence-scope discard phrase gets Discarded set and no actors.
func (k *KB) Annotate(a *model.Article) {
	d := dayOf(a.Date)
	buf := scratchPool.Get().(*scratch)
	defer scratchPool.Put(buf)
	for i := range a.Sentences {
		s := &a.Sentences[i]
		s.Actors = s.Actors[:0]
		if len(s.Tokens) == 0 {
			s.Actors = nil
			continue
		}
		k.annotateSentence(s, d, buf)
		if len(s.Actors) == 0 {
			s.Actors = nil
		}
	}
}

// scratch holds per-sentence buffers reused across sentences.
type scratch struct {
	keys    []string
	fb      []byte  // folded words of the sentence, back to back
	offs    []int32 // word i is fb[offs[i]:offs[i+1]]
	former  []bool
	matches []match
}

// scratchPool keeps scratch buffers across articles and goroutines.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Match returns the actors of one token sequence on day (yyyymmdd; 0 means
// the newest roles), and the discard reason when a sentence discard fired.
// It is Annotate for one sentence, for callers without an Article.
func (k *KB) Match(toks []model.Token, day int32) ([]model.Actor, string) {
	if day == 0 {
		day = openEnd - 1
	}
	s := model.Sentence{Tokens: toks}
	var buf scratch
	k.annotateSentence(&s, day, &buf)
	return s.Actors, s.Discarded
}

func (k *KB) annotateSentence(s *model.Sentence, day int32, buf *scratch) {
	if k.scan(s, buf) {
		k.group(s, buf.matches, day, buf)
	}
}

// scan finds the longest dictionary match at each position of the
// sentence into buf.matches. It returns false, with s.Discarded set, when a
// sentence-scope discard phrase fired.
func (k *KB) scan(s *model.Sentence, buf *scratch) bool {
	toks := s.Tokens
	n := len(toks)
	buf.keys = buf.keys[:0]
	buf.former = buf.former[:0]
	// Fold every word into one buffer first, then take the keys as views
	// of it: no allocation per word. The views live only while this
	// sentence is matched.
	buf.fb = buf.fb[:0]
	buf.offs = buf.offs[:0]
	for _, t := range toks {
		buf.offs = append(buf.offs, int32(len(buf.fb)))
		buf.fb = foldAppend(buf.fb, t.Text)
	}
	buf.offs = append(buf.offs, int32(len(buf.fb)))
	for i := range toks {
		key := viewOf(buf.fb[buf.offs[i]:buf.offs[i+1]])
		former := false
		// "ex-president" kept as one word by the tokenizer.
		if strings.HasPrefix(key, "ex-") && len(key) > 3 {
			key, former = key[3:], true
		}
		buf.keys = append(buf.keys, key)
		buf.former = append(buf.former, former)
	}
	// Longest match at each position, left to right: linear in the
	// sentence length times the (small, bounded) depth of the trie.
	ms := buf.matches[:0]
	for i := 0; i < n; {
		best, bestEnd := int32(-1), 0
		node := int32(0)
		for j := i; j < n; j++ {
			nx, ok := k.nodes[node].next[buf.keys[j]]
			if !ok {
				break
			}
			node = nx
			for _, ci := range k.nodes[node].term {
				if k.caseFits(ci, toks[i:j+1], buf.former[i:j+1]) {
					best, bestEnd = ci, j+1
					break
				}
			}
		}
		if best < 0 {
			i++
			continue
		}
		c := &k.cands[best]
		if c.e.Kind == "discard" && c.e.Scope == "sentence" {
			s.Discarded = "discard " + c.e.Key + " (" + c.p.Pos + ")"
			s.Actors = nil
			buf.matches = ms
			return false
		}
		// "pro-Russian separatists", "anti-government protesters": the
		// country or role word after "pro-"/"anti-" says whom the actor is
		// for or against, not who it is.
		if (c.e.Kind == "country" || c.e.Kind == "agent") && i >= 2 && buf.keys[i-1] == "-" && (buf.keys[i-2] == "pro" || buf.keys[i-2] == "anti") {
			i = bestEnd
			continue
		}
		// "the Kyiv region", "Moscow oblast": a capital followed by a word
		// for the land around it names that land, not the government.
		if c.p.Form == "metonym" && bestEnd < n && divisionWords[buf.keys[bestEnd]] {
			i = bestEnd
			continue
		}
		ms = append(ms, match{start: i, end: bestEnd, c: c})
		i = bestEnd
	}
	buf.matches = ms
	return true
}

// divisionWords, after a city's name, make it the name of a region.
var divisionWords = map[string]bool{"region": true, "oblast": true, "province": true, "governorate": true, "prefecture": true}

// caseFits checks the case rules of a candidate against the text words.
func (k *KB) caseFits(ci int32, toks []model.Token, former []bool) bool {
	c := &k.cands[ci]
	for i, r := range c.rules {
		text := toks[i].Text
		if former[i] {
			text = text[3:]
		}
		if !caseOK(r, c.words[i], text) {
			return false
		}
	}
	return true
}

// element roles inside a group.
const (
	elNone = iota
	elCountry
	elOrg
	elAgent
	elPerson
)

func elementOf(c *cand) int {
	switch c.e.Kind {
	case "country":
		return elCountry
	case "actor":
		return elOrg
	case "agent":
		return elAgent
	case "person":
		return elPerson
	}
	return elNone
}

// ofThe reports whether tokens [i, j) are "of" or "of the".
func ofThe(keys []string, i, j int) bool {
	switch j - i {
	case 1:
		return keys[i] == "of"
	case 2:
		return keys[i] == "of" && keys[i+1] == "the"
	}
	return false
}

// isPossessive reports whether tokens [i, j) are only a possessive marker.
func isPossessive(keys []string, i, j int) bool {
	return j == i+1 && (keys[i] == "'s" || keys[i] == "'")
}

// joinable reports whether match b may extend a group whose last element
// is a (with gap tokens between them), following the grammar
//
//	[former] (COUNTRY|METONYM|ORG) ['s] AGENT* [ORG] [PERSON]
//	[former] AGENT+ of [the] COUNTRY [PERSON]
//
// e.g. "Israel's army", "Iranian Foreign Minister Abbas Araghchi", "the
// U.N. human rights chief", "Lebanon's Hezbollah", "Hezbollah leader Hassan
// Nasrallah", "the militant group Hamas", "the President of Ukraine
// Volodymyr Zelenskyy", "the Prime Minister of Finland".
func joinable(s *model.Sentence, keys []string, a, b match, hasOrg, ofJoin bool) bool {
	ea, eb := elementOf(a.c), elementOf(b.c)
	if ea == elNone || eb == elNone {
		return false
	}
	gap := b.start - a.end
	if ofJoin && ea == elAgent && eb == elCountry && ofThe(keys, a.end, b.start) {
		// The country by its name, not an adjective or a city standing
		// for its government ("the governor of Moscow" is no RUSGOV);
		// and one country: "the ambassadors of Arnor, Osgiliath and
		// Gondor" are each country's, which the coder's reading of
		// coordinated phrases gives and a join with the first would not.
		if b.end < len(keys) {
			switch keys[b.end] {
			case ",", "and", "or", "&":
				return false
			}
		}
		return b.c.p.Form != "adjective" && b.c.p.Form != "metonym"
	}
	poss := gap > 0 && isPossessive(keys, a.end, b.start)
	if ea == elPerson {
		// "Netanyahu's government", "Putin's army": the person's country;
		// but not "Netanyahu's military strategy", where the agent word
		// modifies a noun.
		return poss && eb == elAgent && bodyAgent(b.c.e.Code) && !modifiesNext(s, keys, b.end)
	}
	if gap > 0 && !poss {
		// Allow up to two lower-case modifiers tagged ADJ/NOUN between a
		// country word and an agent ("Israeli ground troops"), only when
		// the tagger has run.
		if gap > 2 || eb != elAgent {
			return false
		}
		for t := a.end; t < b.start; t++ {
			tok := s.Tokens[t]
			r, _ := utf8.DecodeRuneInString(tok.Text)
			if (tok.UPOS != "ADJ" && tok.UPOS != "NOUN") || !unicode.IsLower(r) {
				return false
			}
		}
	}
	switch eb {
	case elAgent:
		return true
	case elPerson:
		return true
	case elOrg:
		if hasOrg {
			return false
		}
		// "Lebanon's Hezbollah", "Lebanese Hezbollah", "the militant group
		// Hamas"; not "Israel Hamas".
		return ea == elAgent || poss || (ea == elCountry && a.c.p.Form == "adjective")
	case elCountry:
		return false
	}
	return false
}

// group joins adjacent matches into actor mentions and codes each.
func (k *KB) group(s *model.Sentence, ms []match, day int32, buf *scratch) {
	hasDep := false
	for _, t := range s.Tokens {
		if t.DepRel != "" {
			hasDep = true
			break
		}
	}
	for i := 0; i < len(ms); {
		if ms[i].c.e.Kind == "discard" {
			i++
			continue
		}
		j := i + 1
		hasOrg := ms[i].c.e.Kind == "actor"
		for j < len(ms) && ms[j].c.e.Kind != "discard" && joinable(s, buf.keys, ms[j-1], ms[j], hasOrg, k.ofJoin) {
			hasOrg = hasOrg || ms[j].c.e.Kind == "actor"
			j++
		}
		if backerOf(buf.keys, ms, j) {
			// "Iran-backed Houthis": the backer is a modifier of the next
			// actor, not an actor of the sentence.
			i = j
			continue
		}
		if a, ok := k.code(s, buf, ms[i:j], day, hasDep); ok {
			s.Actors = append(s.Actors, a)
		}
		i = j
	}
}

// formerBefore reports whether the group starting at token i is preceded by
// "former" or "ex-" (allowing "the" or "a" before it).
func formerBefore(keys []string, former []bool, i int) (int, bool) {
	if i < len(former) && former[i] {
		return i, true
	}
	switch {
	case i >= 1 && keys[i-1] == "former":
		return i - 1, true
	case i >= 2 && keys[i-1] == "-" && keys[i-2] == "ex":
		return i - 2, true
	case i >= 1 && keys[i-1] == "ex-":
		return i - 1, true
	}
	return i, false
}

// code computes the actor of a group of matches.
func (k *KB) code(s *model.Sentence, buf *scratch, g []match, day int32, hasDep bool) (model.Actor, bool) {
	var person, org, place *match
	var agentRoles, afterPerson []string
	var roleLine *Role
	agents, agentsAfterPerson := 0, 0
	for i := range g {
		m := &g[i]
		if person != nil && m.c.e.Kind == "agent" {
			agentsAfterPerson++
			afterPerson = append(afterPerson, rolesOf(m.c.e.Code)...)
			continue
		}
		switch m.c.e.Kind {
		case "person":
			person = m
			agentsAfterPerson, afterPerson = 0, nil
		case "actor":
			org = m
		case "country":
			if place == nil {
				place = m
			}
		case "agent":
			agents++
			agentRoles = append(agentRoles, rolesOf(m.c.e.Code)...)
		}
	}
	start, end := g[0].start, g[len(g)-1].end
	start, former := formerBefore(buf.keys, buf.former, start)
	for t := g[0].start; t < end && !former; t++ {
		former = buf.former[t] || buf.keys[t] == "former"
	}
	a := model.Actor{}
	var main *match
	switch {
	case person != nil:
		main = person
		code, r := person.c.e.CodeAt(day)
		roleLine = r
		ctry := countryOf(code)
		if ctry == "" {
			ctry = person.c.e.Country
		}
		switch {
		case former && ctry != "":
			code, roleLine = ctry+"ELI", nil
		case hasRole(agentRoles, "OPP") && ctry != "":
			code, roleLine = ctry+"OPP", nil
		case agentsAfterPerson > 0 && len(afterPerson) > 0 && ctry != "":
			// "Putin's army": the person's country with the agent's roles.
			code = addRoles(ctry, afterPerson)
		}
		a.Code, a.Kind = code, model.KindPerson
	case org != nil:
		main = org
		code, r := org.c.e.CodeAt(day)
		roleLine = r
		if c := countryOf(code); (c == "IGO" || c == "NGO") && len(agentRoles) > 0 {
			code = addRoles(code, agentRoles)
		}
		a.Code, a.Kind = code, model.KindOrg
	case place != nil:
		main = place
		code, r := place.c.e.CodeAt(day)
		roleLine = r
		if place.c.p.Form == "metonym" {
			code = addRoles(code, rolesOf(place.c.p.Roles))
		}
		a.Kind = actorKind(place.c.e, place.c.p.Form)
		if agents > 0 {
			a.Kind = model.KindAgent
			if former {
				code = code[:3] + "ELI"
			} else {
				code = addRoles(code[:3], agentRoles)
				if len(code) == 3 && len(place.c.e.Code) == 3 && place.c.p.Form == "metonym" {
					code = addRoles(code, rolesOf(place.c.p.Roles))
				}
			}
		}
		a.Code = code
	default:
		// Agent words alone: a bare role code ("MIL"), country unknown.
		main = &g[len(g)-1]
		if former {
			agentRoles = []string{"ELI"}
		}
		// "military actions", "police station": a lone agent word that
		// modifies a noun names no actor.
		if modifiesNext(s, buf.keys, end) {
			return a, false
		}
		if len(agentRoles) == 0 {
			return a, false
		}
		a.Code = addRoles("", agentRoles)
		a.Kind = model.KindAgent
	}
	if a.Code == "" {
		return a, false
	}
	fillActor(&a)
	a.Name = main.c.e.Name
	a.Entry = main.c.p.Pos // the line of the name that matched
	if roleLine != nil {
		a.Role = roleLine.Pos + " " + roleLine.Text
	}
	a.Tokens = [2]int32{int32(start), int32(end)}
	a.Span = model.Span{Start: s.Tokens[start].Span.Start, End: s.Tokens[end-1].Span.End}
	a.Head = headOf(s.Tokens, start, end, hasDep)
	return a, true
}

func hasRole(rs []string, r string) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// headOf returns the token of [start, end) whose dependency head lies
// outside the range; without a parse, the last token (English noun phrases
// are head-final).
func headOf(toks []model.Token, start, end int, hasDep bool) int32 {
	if hasDep {
		for t := start; t < end; t++ {
			h := int(toks[t].Head)
			if h < start || h >= end {
				return int32(t)
			}
		}
	}
	return int32(end - 1)
}

// backedWords follow a hyphen after a country or group that only modifies
// the next actor ("Iran-backed", "Saudi-led", "Hamas-run").
var backedWords = setOf("backed", "led", "run", "allied", "aligned", "funded", "supported", "sponsored", "controlled", "affiliated", "linked", "armed", "trained", "installed")

// backerOf reports whether the group ending before ms[j] is followed by
// "-backed" (or the like) and then directly by the next actor match.
func backerOf(keys []string, ms []match, j int) bool {
	if j == 0 || j >= len(ms) {
		return false
	}
	end := ms[j-1].end
	return end+2 == ms[j].start && keys[end] == "-" && backedWords[keys[end+1]] && ms[j].c.e.Kind != "discard"
}

// modifiesNext reports whether the word at t (just after an agent match)
// is a noun the agent word modifies ("military strategy"). With tags, a
// NOUN there says so; without, one of the nouns such agent words commonly
// modify ("military strategy").
func modifiesNext(s *model.Sentence, keys []string, t int) bool {
	if t >= len(s.Tokens) || t == 0 {
		return false
	}
	tok := s.Tokens[t]
	if tok.UPOS != "" {
		return tok.UPOS == "NOUN"
	}
	r, _ := utf8.DecodeRuneInString(tok.Text)
	return adjectiveLike[keys[t-1]] && unicode.IsLower(r) && modifiedNouns[keys[t]]
}

// modifiedNouns are the nouns that adjective-like agent words most often
// modify in news text; without tags only these are recognised.
var modifiedNouns = setOf("strategy", "action", "actions", "operation", "operations", "aid", "base", "bases", "equipment",
	"exercise", "exercises", "support", "assistance", "campaign", "campaigns", "offensive", "pressure", "presence", "spending",
	"budget", "policy", "policies", "station", "stations", "vehicle", "vehicles", "convoy", "activity", "activities",
	"capabilities", "capability", "targets", "target", "infrastructure", "installations", "facilities", "facility",
	"sites", "site", "court", "courts", "junta", "rule", "coup", "escalation", "intervention", "cooperation", "ties")

// adjectiveLike agent words are often adjectives ("military strategy",
// "government policy"); without tags only they are checked.
var adjectiveLike = setOf("military", "police", "government", "security", "intelligence", "civilian", "opposition", "rebel", "militant", "army", "naval", "media", "court")

// bodyAgent reports whether an agent names a body a person commands
// ("Putin's army", "Netanyahu's government", "Biden's spokesman"), which
// may follow a person's possessive; not "Biden's opposition", where the
// word is a noun of its own.
func bodyAgent(roles string) bool {
	for _, r := range rolesOf(roles) {
		switch r {
		case "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "HLH", "EDU", "BUS":
		default:
			return false
		}
	}
	return true
}
