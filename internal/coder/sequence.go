package coder

import (
	"slices"
	"strings"

	"dyad/internal/kb/events"
)

// Sequence patterns (events.Pattern.Sequence) are matched the way
// PETRARCH and TABARI match their verb patterns: as word sequences around
// the verb, not as dependents in the tree.
//
//   - The words written after '*' are looked for, in order, among the
//     words of the verb's own phrase after it: its dependents to the
//     right, complements and adverbial clauses included, up to the end of
//     the last of them, but not a coordinated verb, a parenthetical or the
//     closing punctuation.
//   - The words written before '*' are looked for outward from the verb,
//     among the words before it back to the start of the sentence or the
//     nearest comma ("INDICATED WOULD *" in "X indicated it would act").
//   - Other words may come between two pattern words, unless '_' joins
//     them (events.Elem.Joined): "NEW_&TIETYPES_RELATIONS" matches "new
//     economic relations", not "new global economic relations".
//   - Words are compared as written, not as lemmas: "RESOLUTION" is not
//     "resolutions". A synonym-set member of several words is a phrase;
//     its plural matches too (events.Elem.Plural).
//   - '+' and '$' are the next noun phrase, '^' skips one, '%' before the
//     verb is a coordinated one whose members are each other's targets; a
//     time phrase ("next week") is no actor's phrase.
//   - The verb is found by its lemma, or by a regular form PETRARCH
//     generates (+S, +ED, +ING) when the lemmatizer missed it.
//   - A verb inside the phrase of a verb that a pattern coded is not coded
//     again (dropNested): PETRARCH resumes after the matched phrase.
//
// Who did it, when the pattern names no source: the subject of a pattern
// word before the verb that governs it ("X noted that Y regretted …", as
// PETRARCH takes its source from the words before the verb), else the
// verb's own doer; for a passive, the phrase after a "by" in its phrase,
// and without one the passive subject (PETRARCH recognizes the passive
// only by its "by"), unless that subject suffered a material act or is a
// bare role word. A finite active verb with no doer before it (a misparse)
// takes the first actor before it, and a verb whose object names no actor
// the first actor of its phrase outside clauses with their own subject,
// as PETRARCH finds its source and target.

// sufferedAct reports whether code is a material act done to someone
// (force posture, sanctions, coercion, assault, fighting, mass violence:
// CAMEO 15–20), whose passive subject ("five soldiers were killed") is
// never the doer, even where PETRARCH reads an agentless passive as
// active.
func sufferedAct(code string) bool {
	return (len(code) >= 2 && code[0] == '1' && code[1] >= '5') || strings.HasPrefix(code, "20")
}

// bareRole reports whether the phrase at n names only a role with no
// country or group ("people", "soldiers").
func (w *work) bareRole(n int) bool {
	a, _, ok := w.actorOf(n, 2)
	return ok && bareAgent(&a.actor)
}

// seqTime are head nouns of time phrases, which PETRARCH's parser leaves
// out of its noun phrases.
var seqTime = set("week", "day", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
	"today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"time", "hour", "decade", "century")

// chunkRel reports whether a relation attaches a word to the noun phrase
// of its head; an apposition is in it too ("the European Union (EU)"), as
// in PETRARCH's noun phrases.
func chunkRel(rel string) bool {
	switch base(rel) {
	case "compound", "flat", "amod", "det", "nummod", "fixed", "goeswith", "appos":
		return true
	}
	return rel == "nmod:poss"
}

// nominal reports whether token j can be (in) a noun phrase.
func (t *tree) nominal(j int) bool {
	switch t.toks[j].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return t.actorAt[j] >= 0
}

// chunkHead returns the head of the base noun phrase token j is in: the
// nominal reached by climbing modifier, name and possessor relations.
func (t *tree) chunkHead(j int) int {
	for k := 0; k < 8; k++ {
		h := t.head(j)
		if h < 0 || !chunkRel(t.rel(j)) || !t.nominal(h) {
			break
		}
		j = h
	}
	// "'s" hangs from the possessor, "the" from its noun: part of the
	// phrase too.
	if t.rel(j) == "case" || t.rel(j) == "det" {
		if h := t.head(j); h >= 0 && t.nominal(h) {
			return t.chunkHead(h)
		}
	}
	return j
}

// phraseEnd returns the last token of the phrase of verb v after it: its
// rightmost descendant through dependents written after it, other than a
// coordinated verb, a parenthetical or the closing punctuation.
func (t *tree) phraseEnd(v int) int {
	end := v
	var walk func(n int)
	walk = func(n int) {
		end = max(end, n)
		for c := t.first[n]; c >= 0; c = t.next[c] {
			walk(int(c))
		}
	}
	for c := t.first[v]; c >= 0; c = t.next[c] {
		if int(c) < v {
			continue
		}
		switch base(t.rel(int(c))) {
		case "conj", "cc", "parataxis", "punct", "nsubj", "csubj", "discourse", "vocative", "reparandum", "list":
			continue
		}
		walk(int(c))
	}
	return end
}

// ownClauseBetween reports whether a clause with a subject of its own lies
// between verb v and its descendant n ("after a hafling was reported on
// …"): what it names is that clause's, not the verb's.
func (t *tree) ownClauseBetween(v, n int) bool {
	for k := 0; n >= 0 && n != v && k < len(t.toks); k++ {
		if t.toks[n].UPOS == "VERB" && (t.childBase(n, "nsubj") >= 0 || t.childBase(n, "csubj") >= 0) {
			return true
		}
		n = t.head(n)
	}
	return false
}

// seqState is the scratch of one sequence match.
type seqState struct {
	seq []int // token indices, outward from the verb
	// elems are the pattern's elements on this side of the verb, in
	// written order; rev matches them from the last (the words before the
	// verb, read outward).
	elems []events.Elem
	rev   bool
	at    []int // matched token (word or slot head) per element in matching order, -1 for none
	// failed[k*(len(seq)+1)+pos] == gen when elements k… cannot match
	// from pos.
	failed []uint32
	gen    uint32
}

func (st *seqState) elem(k int) *events.Elem {
	if st.rev {
		return &st.elems[len(st.elems)-1-k]
	}
	return &st.elems[k]
}

// leftToFinish reports whether element k is a '^' right before a '+'
// ("* IFTAR IN ^ +"): the petrarch stage after the coder skips those
// phrases from the target the coder finds (petrarch.Finish), so the coder
// must not skip them too.
func (st *seqState) leftToFinish(k int) bool {
	for ; k < len(st.elems); k++ {
		if e := st.elem(k); !e.Skip {
			return e.Slot == events.Target
		}
	}
	return false
}

// seqScratch holds the word sequences of the current trigger, built once
// for all its candidate patterns.
type seqScratch struct {
	trig     int // -1 at the start of each sentence
	failed   []uint32
	gen      uint32
	up, low  []int
	atU, atL []int
}

// sequences returns the words before verb i (nearest first, back to a
// comma) and those of its phrase after it.
func (w *work) sequences(i int) (up, low []int) {
	t, sq := &w.t, &w.sq
	if sq.trig == i {
		return sq.up, sq.low
	}
	sq.trig = i
	sq.up, sq.low = sq.up[:0], sq.low[:0]
	for j := i - 1; j >= 0 && !(t.toks[j].Text == "," && t.toks[j].UPOS == "PUNCT"); j-- {
		sq.up = append(sq.up, j)
	}
	for j, end := i+1, t.phraseEnd(i); j <= end; j++ {
		sq.low = append(sq.low, j)
	}
	return sq.up, sq.low
}

// matchElems matches elems[k:] against seq[pos:], backtracking over the
// positions of words; a slot or skip takes the next noun phrase.
func (w *work) matchElems(st *seqState, k, pos int) bool {
	if k == len(st.elems) {
		return true
	}
	// (k, pos) fails or succeeds whatever came before: remember failures,
	// so that repeated words cannot make the backtracking explode.
	key := k*(len(st.seq)+1) + pos
	if st.failed[key] == st.gen {
		return false
	}
	if w.matchElem(st, k, pos) {
		return true
	}
	st.failed[key] = st.gen
	return false
}

// matchElem matches element k at or after pos, then the rest.
func (w *work) matchElem(st *seqState, k, pos int) bool {
	t := &w.t
	e := st.elem(k)
	if e.Skip && st.leftToFinish(k) {
		st.at[k] = -1
		return w.matchElems(st, k+1, pos)
	}
	last := len(st.seq) - 1
	if e.Joined && pos <= last {
		last = pos
	}
	if e.Slot != events.None || e.Skip || e.Compound {
		for j := pos; j <= last; j++ {
			n := st.seq[j]
			if !t.nominal(n) {
				continue
			}
			h := t.chunkHead(n)
			if seqTime[lowerLemma(t, h)] {
				// "next week": skip the whole time phrase.
				for j+1 <= last && t.chunkHead(st.seq[j+1]) == h {
					j++
				}
				continue
			}
			if e.Compound {
				// The coordination's first member heads it.
				for t.rel(h) == "conj" && t.head(h) >= 0 && t.head(h) < h {
					h = t.head(h)
				}
				if t.child(h, "conj") < 0 {
					return false
				}
			}
			st.at[k] = h
			next := j + 1
			if e.Skip {
				st.at[k] = -1
				for next < len(st.seq) && t.nominal(st.seq[next]) && t.chunkHead(st.seq[next]) == h {
					next++
				}
			}
			return w.matchElems(st, k+1, next)
		}
		return false
	}
	for j := pos; j <= last; j++ {
		if x := t.textLC[st.seq[j]]; x != e.Text && (e.Plural == "" || x != e.Plural) {
			continue
		}
		st.at[k] = st.seq[j]
		if w.matchElems(st, k+1, j+1) {
			return true
		}
	}
	return false
}

// matchSeq tries Sequence pattern p at verb i.
func (w *work) matchSeq(i int, p *events.Pattern) (match, bool) {
	t := &w.t
	m := match{p: p, trig: i, light: -1, anchor: i, src: noSlot(), tgt: noSlot()}
	if len(p.Forms) > 0 && !slices.Contains(p.Forms, t.textLC[i]) {
		return m, false
	}
	// The words before the verb, nearest first, and those after it.
	nUp := 0
	for nUp < len(p.Elems) && p.Elems[nUp].PreHead {
		nUp++
	}
	up := seqState{elems: p.Elems[:nUp], rev: true}
	low := seqState{elems: p.Elems[nUp:]}
	up.seq, low.seq = w.sequences(i)
	w.sq.atU = slices.Grow(w.sq.atU[:0], len(up.elems))[:len(up.elems)]
	w.sq.atL = slices.Grow(w.sq.atL[:0], len(low.elems))[:len(low.elems)]
	up.at, low.at = w.sq.atU, w.sq.atL
	if n := (len(p.Elems) + 1) * (max(len(up.seq), len(low.seq)) + 1); len(w.sq.failed) < n {
		w.sq.failed, w.sq.gen = make([]uint32, n+n/2), 0
	}
	w.sq.gen += 2 // one generation for each side
	if w.sq.gen < 2 {
		clear(w.sq.failed) // wrapped around: old stamps would read as failures
		w.sq.gen = 2
	}
	up.failed, low.failed = w.sq.failed, w.sq.failed
	up.gen, low.gen = w.sq.gen-1, w.sq.gen
	if len(up.elems) > 0 && !w.matchElems(&up, 0, 0) {
		return m, false
	}
	if len(low.elems) > 0 && !w.matchElems(&low, 0, 0) {
		return m, false
	}
	compound := false // a '%' before the verb: its members are each other's targets
	gov := -1         // the outermost pattern word before the verb that governs it
	for side := range 2 {
		st := &up
		if side == 1 {
			st = &low
		}
		for k := range st.elems {
			e, n := st.elem(k), st.at[k]
			switch {
			case e.Skip || n < 0:
			case e.Slot == events.Source:
				m.src = slot{n, "noun phrase at the pattern's '$'"}
			case e.Compound:
				m.src, compound = slot{n, "coordinated noun phrase at the pattern's '%'"}, true
			case e.Slot == events.Target:
				m.tgt = slot{n, "noun phrase at the pattern's '+'"}
			default:
				m.words = append(m.words, n)
				if e.PreHead && t.toks[n].UPOS == "VERB" && t.isAncestor(n, i) {
					gov = n
				}
			}
		}
	}
	if m.src.node < 0 && gov >= 0 {
		if s := w.agentOf(gov, 0); w.hasArg(s) && s.node != m.tgt.node {
			s.how = "subject of the pattern's " + quote(t.toks[gov].Text) + " (" + s.how + ")"
			m.src = s
		}
	}
	if m.src.node < 0 {
		m.src = w.agentOf(i, 0)
	}
	if m.src.node < 0 && t.child(i, "aux:pass") >= 0 {
		// PETRARCH's passive: a "by" in the participle's phrase, wherever
		// the parser hung it ("opposed earlier by Osgiliath"); the noun
		// phrase after it did it.
		for k, n := range low.seq {
			if t.textLC[n] != "by" || t.ownClauseBetween(i, n) {
				continue
			}
			for _, x := range low.seq[k+1:] {
				if t.nominal(x) {
					if h := t.chunkHead(x); h != m.tgt.node {
						m.src = slot{h, "passive agent (by) in the verb's phrase"}
					}
					break
				}
			}
			break
		}
	}
	if ps := t.child(i, "nsubj:pass"); m.src.node < 0 && ps >= 0 && m.tgt.node != ps && !sufferedAct(p.Code) && !w.bareRole(ps) {
		m.src = slot{t.child(i, "nsubj:pass"), "passive subject without a by-agent (read as active, as PETRARCH does)"}
	}
	if !hasSlot(p, events.Source) && !compound && (finite(t, i) || t.childLemma(i, "aux", "may", "might", "can", "could", "will", "would", "shall", "should", "must") >= 0) && t.child(i, "aux:pass") < 0 && (m.src.node < 0 || (m.src.node > i && !strings.HasPrefix(m.src.how, "passive agent"))) {
		// A finite verb (or one with a modal) with no doer before it (a
		// misparse: "Sam Gamgee
		// will be renewing …" with the verb under the name, or "X signed
		// …, officials said" with the verb under "said"): PETRARCH's
		// source, the first actor of the words before the verb.
		for j := len(up.seq) - 1; j >= 0; j-- {
			if n := up.seq[j]; t.actorAt[n] >= 0 && n != m.tgt.node {
				m.src = slot{int(t.actors[t.actorAt[n]].Head), "first actor before the verb (as PETRARCH finds its source)"}
				break
			}
		}
	}
	if m.tgt.node < 0 && !hasSlot(p, events.Target) && !compound {
		m.tgt = w.verbTarget(i)
		if m.tgt.node == m.src.node {
			m.tgt = noSlot()
		}
		if !w.hasArg(m.tgt) {
			// PETRARCH's target: the first actor in the verb's phrase
			// after it ("tap the links leading into Mordor").
			m.tgt = noSlot()
			srcCode := ""
			if m.src.node >= 0 {
				if a, _, ok := w.actorOf(m.src.node, 2); ok {
					srcCode = a.actor.Code
				}
			}
			for _, n := range low.seq {
				if a := t.actorAt[n]; a >= 0 && t.actors[a].Code != srcCode && !t.isAncestor(m.src.node, n) && !t.ownClauseBetween(i, n) {
					m.tgt = slot{int(t.actors[a].Head), "first actor after the verb in its phrase (as PETRARCH finds its target)"}
					break
				}
			}
		}
	}
	if n := m.tgt.node; n >= 0 && t.actorAt[n] < 0 && t.toks[n].UPOS != "PRON" {
		// "reconciliation between Calenardhon and Gondor": the target is
		// the actor in the phrase, with its conjuncts, as PETRARCH's
		// compound noun phrase.
		if a, _ := t.bestActor(n, 2); a >= 0 {
			m.tgt = slot{int(t.actors[a].Head), m.tgt.how + " (actor in the phrase of " + quote(t.toks[n].Text) + ")"}
		}
	}
	return m, true
}

// dropNested drops a Sequence match whose verb lies in the phrase of an
// earlier verb that a Sequence pattern coded: PETRARCH codes a verb phrase
// once and resumes after its end ("called on Gondor … to be allowed to
// leave" is a call, not also a release). A null-coded match ("---")
// codes nothing and covers nothing, and a statement (CAMEO 01) covers
// nothing either: "X said Y attacked Z" reports the attack, which dyad
// codes as the event (see resolveOverlaps) where PETRARCH would keep only
// the saying.
func (w *work) dropNested() {
	t := &w.t
	for i := range w.ms {
		o := &w.ms[i]
		if !o.p.Sequence || o.p.Code == "---" || o.dropped || strings.HasPrefix(o.p.Code, "01") {
			continue
		}
		end := t.phraseEnd(o.trig)
		for j := range w.ms {
			if m := &w.ms[j]; m.p.Sequence && m.trig > o.trig && m.trig <= end {
				m.dropped = true
			}
		}
	}
}

// regularForm returns the Sequence patterns of the verb whose regular form
// text is (PETRARCH generates them: +S, or +ES after S, X, Z; +D after E,
// else +ED; +ING, dropping a final E), for a verb whose lemma the
// lemmatizer missed ("acting" left as its own lemma). Only Sequence
// patterns, which match words as PETRARCH does, are looked up this way.
func (c *Coder) regularForm(text string) *candidates {
	try := func(root string) *candidates {
		cs := c.lookup(events.Verb, root)
		if cs == nil || !cs.ps[0].Sequence || !slices.Contains(regularForms(root), text) {
			return nil
		}
		return cs
	}
	for _, suf := range []string{"s", "es", "d", "ed", "ing"} {
		root, ok := strings.CutSuffix(text, suf)
		if !ok || root == "" {
			continue
		}
		if cs := try(root); cs != nil {
			return cs
		}
		if suf == "ing" {
			if cs := try(root + "e"); cs != nil {
				return cs
			}
		}
	}
	return nil
}

// regularForms are PETRARCH's regular forms of verb root.
func regularForms(root string) []string {
	s := root + "s"
	switch root[len(root)-1] {
	case 's', 'x', 'z':
		s = root + "es"
	}
	if strings.HasSuffix(root, "e") {
		return []string{s, root + "d", root[:len(root)-1] + "ing"}
	}
	return []string{s, root + "ed", root + "ing"}
}
