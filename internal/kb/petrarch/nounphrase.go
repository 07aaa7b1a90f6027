package petrarch

import (
	"slices"
	"strings"

	"dyad/internal/kb"
	"dyad/internal/model"
)

// Noun phrases read the PETRARCH way: the first actor of a phrase plus its
// agents, appended or prefixed in order; agent-only phrases; coordinated
// countries under one agent. Finish and AgentPhrases use these.

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
