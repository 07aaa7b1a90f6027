package coder

import (
	"strings"

	"dyad/internal/kb/events"
	"dyad/internal/model"
)

// lightVerbs carry no event of their own when their object is a nominal
// trigger: "launched strikes on", "held talks with", "imposed sanctions on".
// The source of such a nominal event is the light verb's subject. Verbs
// that do carry meaning ("condemned the attack") are not here, so the
// condemner never becomes the attacker.
var lightVerbs = set("launch", "carry", "conduct", "stage", "hold", "impose", "make", "issue", "give", "offer",
	"provide", "sign", "mount", "begin", "start", "continue", "resume", "intensify", "step", "escalate",
	"announce", "order", "take", "deliver", "express", "voice", "lodge", "file", "level", "extend", "pay",
	"have", "engage", "reach", "conclude", "host", "unleash", "wage", "commit", "perpetrate", "slap",
	"introduce", "approve", "adopt", "send", "hurl", "fire", "renew", "expand", "increase", "step up", "initiate")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// searchDepth bounds how far below the trigger the pattern's words are
// looked for: a preposition is the grandchild of a verb ("on" in "imposed
// sanctions on Russia" hangs from the object's modifier, depth 3).
const searchDepth = 3

// match tries pattern p at trigger i.
// trigger is what match needs to know of a trigger token, computed once
// for all its candidate patterns.
type trigger struct {
	light    int  // the light verb governing a nominal trigger, or -1
	reversed bool // a nominal trigger under a verb that undoes it
}

func (w *work) trigInfo(i int, pos events.POS) trigger {
	t := &w.t
	ti := trigger{light: -1}
	if pos != events.Noun {
		return ti
	}
	ti.reversed = w.reversed(i)
	// "X was responsible for the killings": the adjective's subject did it.
	if v := t.head(i); v >= 0 && t.toks[v].UPOS == "ADJ" && lightAdjs[lowerLemma(t, v)] && base(t.rel(i)) == "obl" && t.caseOf(i) == "for" {
		ti.light = v
	}
	if v := t.head(i); v >= 0 && t.toks[v].UPOS == "VERB" && lightVerbs[lowerLemma(t, v)] {
		switch r := t.rel(i); r {
		case "obj", "nsubj:pass", "iobj":
			ti.light = v
		case "obl", "obl:unmarked", "dep":
			// An object misparsed as an oblique: no preposition.
			if t.caseOf(i) == "" {
				ti.light = v
			}
		}
	}
	return ti
}

func (w *work) match(i int, p *events.Pattern, ti trigger) (match, bool) {
	if p.Sequence {
		return w.matchSeq(i, p)
	}
	t := &w.t
	m := match{p: p, trig: i, light: -1, anchor: i, src: noSlot(), tgt: noSlot()}
	if p.POS == events.Noun {
		if ti.reversed {
			return m, false
		}
		if ti.light >= 0 {
			m.light, m.anchor = ti.light, ti.light
		}
	}
	for _, l := range p.Not {
		if w.findWord(&m, l) >= 0 {
			return m, false
		}
	}
	prev, prevTrig := -1, true
	explicitSrc, explicitTgt := false, false
	for _, e := range p.Elems {
		if e.Negated {
			if w.findWord(&m, e.Lemma) >= 0 {
				return m, false
			}
			continue
		}
		if e.Slot == events.None {
			wd := w.findWord(&m, e.Lemma)
			if wd < 0 {
				if e.Optional {
					continue
				}
				return m, false
			}
			m.words = append(m.words, wd)
			prev, prevTrig = wd, false
			continue
		}
		var sl slot
		switch {
		case e.Case != "" && !prevTrig && prev >= 0 && (t.rel(prev) == "case" || t.rel(prev) == "mark"):
			// "on +": the nominal the preposition marks.
			n := t.head(prev)
			sl = slot{n, t.rel(n) + " with " + quote(t.toks[prev].Text)}
		case e.Case != "":
			// The preposition is there but not parsed as a case marker:
			// look for the oblique by its case.
			n := w.oblWith(i, e.Case)
			if n < 0 && m.light >= 0 {
				n = w.oblWith(m.light, e.Case)
			}
			sl = slot{n, "obl with " + quote(e.Case)}
		case p.POS != events.Noun:
			sl = w.objectOf(i)
		default:
			sl = w.nounTarget(&m)
		}
		if sl.node < 0 {
			if e.Optional {
				continue
			}
			return m, false
		}
		// A slot must name an actor: "abandon +" with "abandoned allies"
		// is not the pattern; a less specific one may still match.
		if !w.hasArg(sl) {
			if w.lenient && e.Slot == events.Target && p.POS == events.Verb && materialAct(p.Code) && !lightVerbs[p.Trigger] && !vagueVerbs[p.Trigger] {
				// Last resort, when no pattern of the trigger matched: the
				// act is coded without a target ("released 19 Christians").
				m.tgt, explicitTgt, m.untargeted = noSlot(), true, true
				continue
			}
			return m, false
		}
		if e.Slot == events.Source {
			m.src, explicitSrc = sl, true
		} else {
			m.tgt, explicitTgt = sl, true
		}
	}
	if !explicitSrc {
		if p.POS != events.Noun {
			m.src = w.agentOf(i, 0)
			if m.src.node < 0 && w.t.toks[i].UPOS == "NOUN" {
				// A verb tagged as a noun (Code tries its verb patterns
				// when it has an object) hangs its subject as a modifier.
				if m.src = w.modifierSubject(i); m.src.node < 0 {
					m.src = w.nounSource(&m)
				}
			}
		} else {
			m.src = w.nounSource(&m)
		}
	}
	if !explicitTgt && !hasSlot(p, events.Target) {
		if p.POS != events.Noun {
			m.tgt = w.verbTarget(i)
		} else {
			m.tgt = w.nounTarget(&m)
		}
	}
	return m, true
}

// modifierSubject is the subject of a verb that the tagger took for a
// noun: an actor modifying it whose phrase opens the sentence ("Israel
// strikes …", "French police arrest …", parsed as compounds). Any actor
// will do, as for a verb's subject: the country names and bare roles
// that a noun's modifiers leave out ("the Gaza conflict") are who acts
// here. A modifier further in is most often a place misattached in the
// same bad parse ("Floods in Vietnam kill …"), so it is not taken.
func (w *work) modifierSubject(i int) slot {
	t := &w.t
	for c := t.first[i]; c >= 0 && int(c) < i; c = t.next[c] {
		switch t.rel(int(c)) {
		case "compound", "amod", "nmod:poss":
		default:
			continue
		}
		if t.actorAt[c] < 0 || t.child(int(c), "case") >= 0 {
			// With a preposition it is where, not who ("In the U.S., …").
			continue
		}
		first, _ := t.extent(int(c))
		opens := true
		for k := range first {
			if u := t.toks[k].UPOS; u != "DET" && u != "PUNCT" {
				opens = false
				break
			}
		}
		if opens {
			return slot{int(c), "modifier " + quote(t.toks[c].Text) + " (the subject of a verb tagged as a noun)"}
		}
	}
	return noSlot()
}

// verbTarget is the target of verb i when its pattern names none: its
// object, its complement's object, or its against-oblique.
func (w *work) verbTarget(i int) slot {
	t := &w.t
	tgt := w.objectOf(i)
	if tgt.node < 0 {
		// "threatened to attack Israel", "agreed to meet X": the
		// complement's object is the target.
		if x := t.child(i, "xcomp"); x >= 0 {
			if o := w.objectOf(x); o.node >= 0 && o.how == "obj" {
				tgt = slot{o.node, "object of the complement " + quote(t.toks[x].Text)}
			}
		}
	}
	if tgt.node < 0 {
		if o := w.oblWith(i, "against"); o >= 0 {
			tgt = slot{o, "obl with 'against'"}
		}
	}
	return tgt
}

func hasSlot(p *events.Pattern, k events.SlotKind) bool {
	for _, e := range p.Elems {
		if e.Slot == k {
			return true
		}
	}
	return false
}

func lowerLemma(t *tree, i int) string {
	if i < len(t.lemmaLC) {
		return t.lemmaLC[i]
	}
	l := t.lemma(i)
	for j := 0; j < len(l); j++ {
		if c := l[j]; c >= 'A' && c <= 'Z' {
			b := []byte(l)
			for k := j; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return l
}

// findWord looks for a pattern word below the trigger and, for a nominal
// trigger, below its light verb ("launched strikes on Gaza": "on" hangs
// from the verb).
func (w *work) findWord(m *match, lemma string) int {
	t := &w.t
	if wd := t.find(m.trig, lemma, searchDepth, -1); wd >= 0 {
		return wd
	}
	if m.light >= 0 {
		return t.find(m.light, lemma, 2, m.trig)
	}
	return -1
}

// oblWith returns the oblique or nominal modifier of i whose case is prep.
func (w *work) oblWith(i int, prep string) int {
	t := &w.t
	for c := t.first[i]; c >= 0; c = t.next[c] {
		switch base(t.rel(int(c))) {
		case "obl", "nmod":
			if t.caseOf(int(c)) == prep {
				return int(c)
			}
		}
	}
	return -1
}

func isRelPron(t *tree, i int) bool {
	if i < 0 {
		return false
	}
	switch lowerLemma(t, i) {
	case "who", "whom", "which", "that", "whose":
		return t.toks[i].UPOS == "PRON" || t.toks[i].UPOS == "DET"
	}
	return false
}

// objectOf finds the patient of verb v: its object, the subject of a
// passive, the antecedent of an object relative pronoun, or the noun a
// passive participle modifies ("the city attacked by …").
func (w *work) objectOf(v int) slot {
	t := &w.t
	if o := t.child(v, "obj"); o >= 0 {
		if isRelPron(t, o) && t.rel(v) == "acl:relcl" {
			return slot{t.head(v), "antecedent of relative " + quote(t.toks[o].Text)}
		}
		return slot{o, "obj"}
	}
	if o := t.child(v, "iobj"); o >= 0 {
		return slot{o, "iobj"}
	}
	if t.rel(v) == "conj" {
		// "condemned and sanctioned Russia": a right-shared object hangs
		// from the first conjunct.
		if o := t.child(t.head(v), "obj"); o > v {
			return slot{o, "object shared with " + quote(t.toks[t.head(v)].Text)}
		}
	}
	if o := t.child(v, "nsubj:pass"); o >= 0 {
		if isRelPron(t, o) && t.rel(v) == "acl:relcl" {
			return slot{t.head(v), "antecedent of relative " + quote(t.toks[o].Text)}
		}
		return slot{o, "passive subject"}
	}
	if t.rel(v) == "acl" && t.toks[v].XPOS == "VBN" {
		return slot{t.head(v), "noun modified by passive participle"}
	}
	if t.rel(v) == "xcomp" {
		// "X was forced to …": a passive controller's subject is not the
		// patient; nothing.
		return noSlot()
	}
	return noSlot()
}

// agentOf finds the doer of verb v: its subject, a passive's by-agent, or
// the controller of a subjectless clause ("X vowed to attack", "accused X of
// abandoning", "X met Y and signed …").
func (w *work) agentOf(v, depth int) slot {
	s := w.agentOfTree(v, depth)
	if v < 0 || (s.node >= 0 && (w.t.childBase(v, "nsubj") >= 0 || w.hasArg(s))) {
		return s
	}
	// Parse repair: a finite verb with no subject in the tree ("a rift as
	// Netanyahu defies …" with the name attached elsewhere) takes the actor
	// that ends right before it, as a phrase-structure coder would.
	t := &w.t
	switch t.toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
		if v > 0 && t.childBase(v, "nsubj") < 0 && t.childBase(v, "csubj") < 0 {
			if a := t.actorAt[v-1]; a >= 0 && int(t.actors[a].Tokens[1]) == v {
				return slot{int(t.actors[a].Head), "actor right before the verb (parse repair)"}
			}
		}
	case "VB":
		// Parse repair for an inverted question ("Did Turkey condemn
		// Greece?", "Will Egypt host the talks?"): the subject stands
		// between the auxiliary and the verb, and the parser, which saw few
		// questions, hangs it on the auxiliary. The actor ending right
		// before the verb, after one of its auxiliaries, is the doer.
		if v > 1 && t.childBase(v, "nsubj") < 0 {
			if a := t.actorAt[v-1]; a >= 0 && int(t.actors[a].Tokens[1]) == v {
				lo := int(t.actors[a].Tokens[0])
				for c := t.first[v]; c >= 0 && int(c) < lo; c = t.next[c] {
					if base(t.rel(int(c))) == "aux" {
						return slot{int(t.actors[a].Head), "subject after the auxiliary of a question (parse repair)"}
					}
				}
			}
		}
	case "VBG":
		// ", suggesting …" attached to a clause whose subject names no
		// actor: the participle's doer is the subject of the nearest verb
		// before it that has one (attachment of such clauses is the
		// parser's weakest point).
		if base(t.rel(v)) == "advcl" && t.childBase(v, "nsubj") < 0 {
			for u := v - 1; u >= 0; u-- {
				if t.toks[u].UPOS != "VERB" {
					continue
				}
				if sj := t.child(u, "nsubj"); sj >= 0 && sj < v {
					if c := (slot{sj, "subject of the nearest verb before it " + quote(t.toks[u].Text) + " (parse repair)"}); w.hasArg(c) {
						return c
					}
					break
				}
			}
		}
	}
	return s
}

func (w *work) agentOfTree(v, depth int) slot {
	t := &w.t
	if depth > 6 || v < 0 {
		return noSlot()
	}
	if a := t.byAgent(v); a >= 0 {
		return slot{a, "passive agent (by)"}
	}
	// "UN experts today urged": a time noun parsed as the subject with the
	// real subject as its compound.
	if s := t.child(v, "nsubj"); s >= 0 && temporalNouns[lowerLemma(t, s)] {
		if c := t.child(s, "compound"); c >= 0 && c < s {
			return slot{c, "compound of the time noun " + quote(t.toks[s].Text) + " (parse repair)"}
		}
	}
	// Two subjects (a misparse): the one nearest before the verb that names
	// an actor ("troops killed …, the health ministry said").
	if s := t.child(v, "nsubj"); s >= 0 {
		for c := t.first[v]; c >= 0 && int(c) < v; c = t.next[c] {
			if t.toks[c].DepRel == "nsubj" && int(c) != s && w.hasArg(slot{int(c), ""}) {
				s = int(c)
			}
		}
		if !temporalNouns[lowerLemma(t, s)] {
			// "The missiles fired by the Israeli military struck …": a weapon
			// subject that names nobody is wielded by its participle's agent.
			if !w.hasArg(slot{s, ""}) {
				if a := t.child(s, "acl"); a >= 0 && t.toks[a].XPOS == "VBN" {
					if b := w.oblWith(a, "by"); b >= 0 && w.hasArg(slot{b, ""}) {
						return slot{b, "agent of the subject's participle " + quote(t.toks[a].Text)}
					}
				}
			}
			if isRelPron(t, s) && t.rel(v) == "acl:relcl" {
				return slot{t.head(v), "antecedent of relative " + quote(t.toks[s].Text)}
			}
			return slot{s, "nsubj"}
		}
	}
	if t.child(v, "nsubj:pass") >= 0 {
		if a := t.byAgent(v); a >= 0 {
			return slot{a, "passive agent (by)"}
		}
		if a := w.oblWith(v, "by"); a >= 0 {
			return slot{a, "passive agent (by)"}
		}
		return noSlot()
	}
	p := t.head(v)
	if p < 0 {
		return noSlot()
	}
	// Parse repair: "Erdogan on Wednesday blamed …" parsed with the name as
	// the root and the finite verb as its clausal modifier: the root
	// nominal before the verb is its subject.
	if (base(t.rel(v)) == "acl" || t.rel(v) == "advcl:relcl") && t.rel(p) == "root" && p < v && finite(t, v) {
		if u := t.toks[p].UPOS; u == "PROPN" || u == "NOUN" {
			return slot{p, "nominal root before the verb (parse repair)"}
		}
	}
	switch t.rel(v) {
	case "parataxis", "dep", "appos":
		// "Trump on Tuesday lifted …" misparsed with the name as the root
		// and the verb hanging from it: the nominal before the verb is
		// its subject.
		if u := t.toks[p].UPOS; (u == "PROPN" || u == "NOUN") && p < v && t.childBase(v, "nsubj") < 0 && t.actorAt[p] >= 0 {
			return slot{p, "nominal before the verb (parse repair)"}
		}
	case "xcomp":
		if t.toks[v].XPOS == "VBN" && t.toks[p].XPOS == "VBN" && t.child(v, "aux") < 0 && t.child(v, "aux:pass") < 0 {
			// A bare past participle under a passive verb of report or
			// finding is passive itself: "people are reported killed",
			// "students are found stabbed", "presumed killed": its
			// controller suffered the act.
			return noSlot()
		}
		if o := w.controller(p); o >= 0 && !t.is(p, "promise") {
			return slot{o, "object of " + quote(t.toks[p].Text) + " (control)"}
		}
		if s := t.child(p, "nsubj:pass"); s >= 0 {
			return slot{s, "subject of " + quote(t.toks[p].Text) + " (control)"}
		}
		s := w.agentOf(p, depth+1)
		if s.node >= 0 {
			s.how = "subject of " + quote(t.toks[p].Text) + " (control)"
		}
		return s
	case "conj":
		if t.child(v, "aux:pass") >= 0 {
			// "submits its resignation, but is asked to stay on": the
			// shared subject is what a passive conjunct befalls.
			return noSlot()
		}
		s := w.agentOf(p, depth+1)
		if s.node >= 0 {
			s.how = "subject shared with " + quote(t.toks[p].Text)
		}
		return s
	case "advcl":
		// "urged China to press Russia to end the war": a to-clause
		// parsed as adverbial under a verb of asking is still controlled
		// by its object.
		if t.caseOf(v) == "to" && controlVerbs[lowerLemma(t, p)] {
			if o := w.controller(p); o >= 0 {
				return slot{o, "object of " + quote(t.toks[p].Text) + " (control)"}
			}
		}
		if t.caseOf(v) == "of" {
			if o := t.child(p, "obj"); o >= 0 {
				return slot{o, "object of " + quote(t.toks[p].Text) + " (accused of …)"}
			}
		}
		s := w.agentOf(p, depth+1)
		if s.node >= 0 {
			s.how = "subject of " + quote(t.toks[p].Text) + " (adverbial clause)"
		}
		return s
	case "acl":
		// "Israeli troops killed twelve people, the ministry said": a past
		// participle with an object of its own is a finite verb misparsed as
		// a modifier; the noun is its subject.
		if t.toks[v].XPOS == "VBN" && t.child(v, "obj") >= 0 && t.child(v, "aux:pass") < 0 && p < v && w.hasArg(slot{p, ""}) {
			return slot{p, "noun before a participle with an object (parse repair)"}
		}
		if t.toks[v].XPOS == "VBG" {
			sl := slot{p, "noun modified by participle"}
			// "X issued a statement calling on Y to …": a participle on the
			// object of a verb, when that object names nobody, is done by
			// the verb's subject.
			if g := t.head(p); g >= 0 && base(t.rel(p)) == "obj" && t.toks[g].UPOS == "VERB" && !w.hasArg(sl) {
				if s := w.agentOf(g, depth+1); s.node >= 0 {
					s.how = "subject of " + quote(t.toks[g].Text) + " (participle on its object)"
					return s
				}
			}
			return sl
		}
		if t.toks[v].XPOS == "VBN" {
			if a := t.byAgent(v); a >= 0 {
				return slot{a, "passive agent (by)"}
			}
			if a := w.oblWith(v, "by"); a >= 0 {
				return slot{a, "passive agent (by)"}
			}
		}
	}
	return noSlot()
}

// nounSource finds the doer of a nominal trigger: a possessor ("Biden's
// rebuke"), an actor modifier ("Israeli strikes"), a by-phrase, or the
// subject of the light verb ("X launched strikes").
func (w *work) nounSource(m *match) slot {
	t := &w.t
	n := m.trig
	if p := t.child(n, "nmod:poss"); p >= 0 && !(m.light >= 0 && t.toks[p].UPOS == "PRON") && !patientNouns[lowerLemma(t, n)] {
		return slot{p, "possessor"}
	}
	// "Iraqi forces started their assault": a possessive pronoun under a
	// light verb is its subject; the subject is taken below.
	for c := t.first[n]; c >= 0; c = t.next[c] {
		switch base(t.rel(int(c))) {
		case "amod", "compound":
			// "Israeli strikes", "a Russian attack"; not a place standing
			// for a government ("the Astana talks" were held there).
			// A proper-noun compound that names a country is where, not who
			// ("the Gaza conflict"); an adjective is who ("Israeli strikes").
			if a := t.actorAt[c]; a >= 0 && t.actors[a].Kind != model.KindMetonym && !bareAgent(&t.actors[a]) &&
				!(base(t.rel(int(c))) == "compound" && t.actors[a].Kind == model.KindCountry && t.toks[c].UPOS == "PROPN") {
				return slot{int(c), "modifier " + quote(t.toks[c].Text)}
			}
		}
	}
	if b := w.oblWith(n, "by"); b >= 0 {
		return slot{b, "by-phrase"}
	}
	// Parse repair: "the government expressed condolences" parsed with the
	// noun as the clause head and the verb as its modifier: the noun's
	// subject (with no copula, it is no predicate nominal) is the doer.
	if s := t.child(n, "nsubj"); s >= 0 && t.child(n, "cop") < 0 && m.light < 0 {
		return slot{s, "subject of the noun (parse repair)"}
	}
	if m.light >= 0 {
		if t.rel(n) == "nsubj:pass" {
			if b := w.oblWith(m.light, "by"); b >= 0 {
				return slot{b, "passive agent of " + quote(t.toks[m.light].Text)}
			}
			return noSlot()
		}
		s := w.agentOf(m.light, 0)
		if s.node >= 0 {
			s.how = "subject of light verb " + quote(t.toks[m.light].Text) + " (" + s.how + ")"
		}
		return s
	}
	return noSlot()
}

// nounTargetPreps are the prepositions that introduce the target of a
// nominal trigger with no target words of its own ("criticism of",
// "sanctions on", "war against").
var nounTargetPreps = []string{"against", "on", "of", "toward", "towards", "with", "over"}

// nounTarget finds the target of a nominal trigger from its own modifiers,
// then from the light verb's obliques.
func (w *work) nounTarget(m *match) slot {
	t := &w.t
	src := m.src.node
	// "his arrest", "Khashoggi's killing": the possessor underwent it.
	if p := t.child(m.trig, "nmod:poss"); p >= 0 && p != src && patientNouns[lowerLemma(t, m.trig)] {
		return slot{p, "possessor of " + quote(t.toks[m.trig].Text) + " (who underwent it)"}
	}
	for _, prep := range nounTargetPreps {
		if o := w.oblWith(m.trig, prep); o >= 0 && o != src {
			return slot{o, "nmod with " + quote(prep)}
		}
	}
	if m.light >= 0 {
		for _, prep := range nounTargetPreps {
			if o := w.oblWith(m.light, prep); o >= 0 && o != src {
				return slot{o, "obl of light verb with " + quote(prep)}
			}
		}
		if o := t.child(m.light, "iobj"); o >= 0 {
			return slot{o, "iobj of light verb"}
		}
	}
	return noSlot()
}

// controlVerbs take an object that is the subject of their to-complement.
var controlVerbs = set("urge", "ask", "call", "press", "push", "tell", "order", "force", "persuade", "encourage",
	"invite", "allow", "want", "pressure", "pressure", "request", "instruct", "direct", "permit", "authorize",
	"authorise", "compel", "help", "warn", "advise", "beg", "implore", "lobby", "appeal")

// controller returns the object (or indirect object) of verb p, the
// subject of its controlled complement, or -1.
func (w *work) controller(p int) int {
	t := &w.t
	if o := t.child(p, "obj"); o >= 0 {
		return o
	}
	return t.child(p, "iobj")
}

// reversalHeads undo or refuse the act a nominal trigger names: "suspended
// military aid" is no aid, "rejected the offer" no offer, "the suspension
// of talks" no talks. The head verb's own pattern codes what happened.
var reversalHeads = set("suspend", "halt", "stop", "end", "cut", "freeze", "cancel", "withdraw", "pull", "lift",
	"scrap", "terminate", "reduce", "curtail", "block", "abandon", "break", "sever", "revoke", "postpone",
	"delay", "reject", "refuse", "deny", "oppose", "rebuff", "spurn", "dismiss", "boycott", "quit", "shun",
	"suspension", "halt", "end", "cut", "freeze", "cancellation", "withdrawal", "termination", "reduction",
	"rejection", "refusal", "denial", "lifting", "collapse", "breakdown", "failure", "postponement", "cutoff")

// reversed reports whether nominal trigger n is the object of a reversal
// ("suspended aid") or the of-complement of one ("suspension of aid").
func (w *work) reversed(n int) bool {
	t := &w.t
	h := t.head(n)
	if h < 0 || !reversalHeads[lowerLemma(t, h)] {
		return false
	}
	switch r := t.rel(n); base(r) {
	case "obj":
		return true
	case "nsubj":
		return r == "nsubj:pass"
	case "nmod":
		return t.toks[h].UPOS == "NOUN" && t.caseOf(n) == "of"
	}
	return false
}

// patientNouns name what happens to someone: their possessor is the one
// it happened to ("his arrest", "the journalist's killing"), not the doer.
var patientNouns = set("arrest", "detention", "release", "death", "killing", "murder", "assassination",
	"kidnapping", "abduction", "execution", "capture", "trial", "conviction", "sentencing", "extradition",
	"expulsion", "deportation", "ouster", "removal", "dismissal", "imprisonment", "jailing", "torture",
	"beating", "injury", "wounding", "rescue", "freeing", "exile", "impeachment", "indictment", "prosecution")

// finite reports whether verb v is a finite clause head: a past or present
// tense form, or a participle with a tense auxiliary ("has accused").
func finite(t *tree, v int) bool {
	switch t.toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN", "VBG":
		for c := t.first[v]; c >= 0; c = t.next[c] {
			if base(t.rel(int(c))) == "aux" && t.toks[c].XPOS != "TO" {
				return true
			}
		}
	}
	return false
}

// temporalNouns as a subject are a misparsed time adverbial ("Bachelet this
// week voiced concern"), never the doer.
var temporalNouns = set("week", "day", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "today", "yesterday")

// lightAdjs carry the act of their for-complement over to their subject:
// "X was responsible for the attack".
var lightAdjs = set("responsible", "to blame")

// materialAct reports whether code is a material act that happened whoever
// underwent it (aid, release, force, coercion), so that a target naming no
// known actor ("released 19 Christians") leaves the event without target.
// A verbal or yielding act ("abandoned its allies") is another act when its
// target is no actor, and is not coded.
func materialAct(code string) bool {
	if strings.HasPrefix(code, "084") {
		return true
	}
	switch code[:2] {
	case "06", "07", "15", "17", "18", "19", "20":
		return true
	}
	return false
}

// vagueVerbs name a material act only with the right patient ("held
// hostages", not "held elections"), so they are never coded without one.
// The verbs of markets and figures are among them: "a town fell to the
// rebels" is a capture, "prices fell to a low" is not; "buy" and "sell"
// without a counterpart, "acquire" without a weapon, and "push" without a
// victim are business or numbers ("… pushing the case total to 637,712").
// So are the verbs of policy and trade whose material sense needs a
// person as patient: "slashed spending", "removing trade barriers",
// "eliminating all duties", "monitored the election", "drafted a report",
// "imported 56,823 tonnes" (each seen coded as an act on the Reuters and
// current-events corpora; docs/results.md).
var vagueVerbs = set("keep", "get", "put", "hit", "strike", "catch", "pick", "move", "run", "use", "target", "own", "fly", "secure", "bring", "drive", "return", "leave", "turn",
	"fall", "push", "buy", "sell", "acquire",
	"slash", "contribute", "monitor", "clear", "eliminate", "dispatch", "draft", "transfer", "import", "export", "work", "help", "remove", "sponsor")
