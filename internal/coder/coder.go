package coder

import (
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"dyad/internal/kb/events"
	"dyad/internal/model"
)

// Options configures a Coder.
type Options struct {
	// Events are the event patterns to code with (events.LoadDefault()).
	Events *events.Set
	// NoReference turns off resolving pronouns and definite descriptions
	// ("he", "the prime minister") to actors named earlier in the article.
	NoReference bool
	// KeepStatements keeps a statement event (root 01) whose complement
	// holds another coded event: "X said Y attacked Z" then also gives
	// X → (none) 01x beside Y → Z. Off by default: the statement is the
	// vehicle of the report, not news in itself.
	KeepStatements bool
	// NewActorWords > 0 makes an actor of a slot's noun phrase that names no
	// known actor, when the phrase has at most that many words (PETRARCH's
	// new actors): Kind model.KindUserPhrase, Code the phrase in upper case
	// between double quotes ("\"THE MINISTRY OF MAGIC\""). Off by default:
	// such events have no codable actor.
	NewActorWords int
	// Logger receives debug notes; nil means slog.Default().
	Logger *slog.Logger
}

// Coder is the event-coding stage. It is safe on many goroutines.
type Coder struct {
	opt  Options
	set  *events.Set
	log  *slog.Logger
	pool sync.Pool // *work
	// byTrig holds, per part of speech and trigger lemma, the candidate
	// patterns most specific first with the bloom bits of their required
	// words, so a token costs one map lookup.
	byTrig [4]map[string]*candidates
	anySeq bool // some patterns are Sequence patterns (PETRARCH dictionaries)
}

// New returns a Coder coding with opt.Events.
func New(opt Options) (*Coder, error) {
	if opt.Events == nil {
		return nil, errors.New("coder: Options.Events is nil (load patterns with events.LoadDefault)")
	}
	c := &Coder{opt: opt, set: opt.Events, log: opt.Logger}
	if c.log == nil {
		c.log = slog.Default()
	}
	c.pool.New = func() any { return new(work) }
	for _, pos := range []events.POS{events.Verb, events.Noun, events.Adj} {
		c.byTrig[pos] = map[string]*candidates{}
	}
	for _, p := range opt.Events.Patterns() {
		if int(p.POS) >= len(c.byTrig) {
			continue // a part of speech this coder does not trigger on
		}
		c.anySeq = c.anySeq || p.Sequence
		m := c.byTrig[p.POS]
		if m == nil || m[p.Trigger] != nil {
			continue
		}
		cs := &candidates{ps: opt.Events.ByTrigger(p.POS, p.Trigger)}
		cs.req = make([]bloom, len(cs.ps))
		for k, q := range cs.ps {
			for _, e := range q.Elems {
				switch {
				case q.Sequence:
					switch {
					case e.Text != "" && e.Plural == "":
						cs.req[k].add(e.Text) // matched as written
					case e.Text != "" && e.Lemma == e.Text:
						// "dollar" or "dollars": the sentence has the lemma.
						cs.req[k].add(e.Lemma)
					}
				case e.Lemma != "" && !e.Optional && !e.Negated:
					cs.req[k].add(e.Lemma)
				}
			}
		}
		m[p.Trigger] = cs
	}
	return c, nil
}

// Name implements pipeline.Stage.
func (c *Coder) Name() string { return "coder" }

// work is the scratch state of coding one article.
type work struct {
	c       *Coder
	a       *model.Article
	t       tree
	sent    int
	s       *model.Sentence
	hist    []mention // actors of earlier sentences, for reference
	dates   []dateExpr
	dated   bool // dates of the current sentence were collected
	ms      []match
	lenient bool // a target slot that names no actor leaves the event without target
	conj    []int
	sq      seqScratch
}

// mention is an actor named earlier in the article.
type mention struct {
	sent  int
	actor *model.Actor
	subj  bool // the mention is (inside) its clause's subject
	head  bool // the mention is the subject itself, not a modifier in it
}

// Process codes the events of every sentence of a and appends them to
// a.Events, numbered "<article id>-<n>".
func (c *Coder) Process(a *model.Article) {
	w := c.pool.Get().(*work)
	w.c, w.a = c, a
	w.hist = w.hist[:0]
	first := len(a.Events)
	for si := range a.Sentences {
		s := &a.Sentences[si]
		w.sent, w.s = si, s
		if s.Discarded == "" && len(s.Tokens) > 0 {
			w.codeSentence(s)
		}
		for ai := range s.Actors {
			w.hist = append(w.hist, mention{si, &s.Actors[ai], isSubject(s, &s.Actors[ai], false), isSubject(s, &s.Actors[ai], true)})
		}
	}
	groups := map[string]string{}
	for i := first; i < len(a.Events); i++ {
		ev := &a.Events[i]
		ev.ID = fmt.Sprintf("%s-%d", a.ID, i+1)
		if ev.Group != "" {
			g, ok := groups[ev.Group]
			if !ok {
				g = fmt.Sprintf("%s-g%d", a.ID, len(groups)+1)
				groups[ev.Group] = g
			}
			ev.Group = g
		}
	}
	w.c, w.a, w.t.toks, w.t.actors = nil, nil, nil, nil
	clear(w.hist)
	c.pool.Put(w)
}

// match is one pattern matched at one trigger, before actors are paired.
type match struct {
	p          *events.Pattern
	trig       int
	light      int // the light verb governing a nominal trigger, or -1
	anchor     int // the clause head whose modality applies: trigger or light verb
	src        slot
	tgt        slot
	words      []int // tokens of the pattern's words (for the trigger span)
	dropped    bool
	flags      model.Flags
	noDate     bool // an intent derived from a future act: dated by the article, not by the act
	aim        bool // future only as the aim of another act ("sent troops to attack")
	fsteps     []string
	untargeted bool // the target slot named no actor; coded without one (last resort)
}

// slot is the syntactic place of an argument: the head word of its phrase
// and how it was found (for the explanation).
type slot struct {
	node int
	how  string
}

func noSlot() slot { return slot{node: -1} }

func (w *work) codeSentence(s *model.Sentence) {
	t := &w.t
	t.reset(s)
	w.sq.trig = -1
	w.dated = false
	w.ms = w.ms[:0]
	for i := headingEnd(s.Tokens); i < len(s.Tokens); i++ {
		var pos events.POS
		switch s.Tokens[i].UPOS {
		case "VERB":
			// A participle used as an adjective ("assisted suicide", "the
			// detained leaders") reports no act of its own.
			if r := base(s.Tokens[i].DepRel); r == "amod" || r == "compound" {
				continue
			}
			pos = events.Verb
		case "NOUN":
			pos = events.Noun
		case "ADJ":
			// A predicate adjective ("X is skeptical of Y", "ready to
			// talk"); an attributive one describes, it does not report.
			if r := base(s.Tokens[i].DepRel); r == "amod" || r == "compound" || r == "nmod" {
				continue
			}
			pos = events.Adj
		default:
			continue
		}
		if contestVerbs[t.lemmaLC[i]] && t.contest() {
			// "Qatar defeats Japan 3-1 to win the Asian Cup", "wins the
			// election, defeating the incumbent": a game or a vote.
			continue
		}
		cands := w.c.lookup(pos, t.lemmaLC[i])
		if cands == nil && pos == events.Verb && w.c.anySeq {
			cands = w.c.regularForm(t.textLC[i])
		}
		if cands == nil && pos == events.Verb && s.Tokens[i].XPOS == "VBG" && t.childLemma(i, "det", "the", "a", "an", "this", "that") >= 0 {
			// A gerund with a determiner is a noun ("the bombing of Gaza").
			pos = events.Noun
			if cands = w.c.lookup(pos, t.textLC[i]); cands == nil {
				cands = w.c.lookup(pos, t.lemmaLC[i])
			}
		}
		found := false
		if pos == events.Noun && t.child(i, "obj") >= 0 {
			// A noun with a direct object is a verb the tagger missed
			// ("Turkey strikes Kurdish targets", "strikes" read as a
			// plural noun): UD gives nouns no objects. Its verb patterns
			// go first; the noun's own still apply when none matches.
			if vc := w.c.lookup(events.Verb, t.lemmaLC[i]); vc != nil {
				found = w.matchFirst(i, vc, w.trigInfo(i, events.Verb))
			}
		}
		if cands == nil || found {
			continue
		}
		w.matchFirst(i, cands, w.trigInfo(i, pos))
	}
	w.dropNested()
	for mi := range w.ms {
		m := &w.ms[mi]
		m.flags, m.fsteps = w.modality(m)
	}
	w.deriveAccusations()
	if len(w.ms) == 0 {
		return
	}
	w.resolveOverlaps()
	w.deriveIntents()
	w.deriveDemands()
	for mi := range w.ms {
		if !w.ms[mi].dropped {
			w.emit(s, &w.ms[mi])
		}
	}
}

// resolveOverlaps drops a verb match that is the light verb of a nominal
// match (or the other way round: the more specific pattern wins, the noun on
// ties), and statement events whose complement carries another event.
func (w *work) resolveOverlaps() {
	t := &w.t
	for i := range w.ms {
		m := &w.ms[i]
		if m.light < 0 {
			continue
		}
		for j := range w.ms {
			o := &w.ms[j]
			if o.trig != m.light || o.dropped {
				continue
			}
			// The loser goes only when the winner names its doer.
			if o.p.Specificity > m.p.Specificity {
				m.dropped = w.hasArg(o.src)
			} else {
				o.dropped = w.hasArg(m.src)
			}
		}
	}
	// A trigger that is one of the words of another match ("crime" in
	// "investigate war crime") belongs to that match.
	for i := range w.ms {
		m := &w.ms[i]
		for j := range w.ms {
			// A clause a statement names ("claimed that they attacked": 015
			// "claim attack") is still an act of its own.
			if o := &w.ms[j]; j != i && !o.dropped && slices.Contains(o.words, m.trig) && w.hasArg(o.src) && !(strings.HasPrefix(o.p.Code, "01") && t.toks[m.trig].UPOS == "VERB" && t.childBase(m.trig, "nsubj") >= 0) {
				m.dropped = true
				break
			}
		}
	}
	if w.c.opt.KeepStatements {
		return
	}
	for i := range w.ms {
		m := &w.ms[i]
		if m.dropped || !strings.HasPrefix(m.p.Code, "01") {
			continue
		}
		// Only a bare saying is a vehicle: a pattern that names the act
		// ("claim attack", "deny charge") is a statement about it.
		if reportsAction(t, m.trig) && len(m.words) == 0 {
			// "Russia said it had expelled diplomats": the saying carries a
			// report of an act that no pattern knows; it is not news itself.
			m.dropped = true
			continue
		}
		for j := range w.ms {
			o := &w.ms[j]
			// Only an asserted act makes the statement redundant: "X said
			// he will seek support" stays a statement.
			// Another statement ("rejected the accusation, saying …") is no
			// act that would make this one a mere vehicle.
			if j == i || o.dropped || o.trig == m.trig || !o.flags.Factual() || strings.HasPrefix(o.p.Code, "01") || slices.Contains(m.words, o.trig) || !w.hasArg(o.src) {
				continue
			}
			// "X said Y attacked Z" (the attack is in the complement) and
			// "Y attacked Z, X said" (the saying is a parataxis of it).
			// Only a plain statement (010) is the vehicle of an act in its
			// complement; an opinion about it ("hoped that …") is news.
			if (m.p.Code == "010" && t.isAncestor(m.trig, o.trig) && clausalBetween(t, m.trig, o.trig)) ||
				(t.isAncestor(o.anchor, m.trig) && attribution(t, o.anchor, m.trig)) {
				m.dropped = true
				break
			}
		}
	}
}

// clausalBetween reports whether the path from ancestor a down to b enters a
// complement or adjoined clause (the reported content of a speech verb).
func clausalBetween(t *tree, a, b int) bool {
	for n := b; n >= 0 && n != a; n = t.head(n) {
		switch base(t.rel(n)) {
		case "ccomp", "parataxis", "xcomp", "advcl", "csubj":
			return true
		}
	}
	return false
}

// arg is one actor filling a slot, with the words it stands on.
type arg struct {
	actor model.Actor
	how   string
	ref   string // how a reference was resolved, "" for a named actor
}

func (w *work) emit(s *model.Sentence, m *match) {
	t := &w.t
	t.doer = true
	srcs := w.args(m.src, nil)
	t.doer = false
	if len(srcs) == 0 {
		return
	}
	tgts := w.args(m.tgt, nil)
	if len(tgts) == 0 && w.c.opt.NewActorWords > 0 {
		if a, ok := w.newTarget(m); ok {
			tgts = append(tgts, a)
		}
	}
	// A target that is the source itself ("the U.N. chief expressed concern
	// to the U.N. Security Council") is no target: the event stands
	// without one rather than being lost.
	if len(srcs) == 1 {
		tgts = slices.DeleteFunc(tgts, func(a arg) bool { return a.actor.Code != "" && a.actor.Code == srcs[0].actor.Code })
	}
	flags, fsteps := m.flags, m.fsteps
	when, dateText := w.eventDate(m, flags)
	if m.noDate {
		when, dateText = isoDay(w.a.Date), ""
		if w.a.Date.IsZero() {
			when = time.Time{}
		}
	}
	trig := t.tokSpan(m.trig, m.trig+1)
	for _, wd := range m.words {
		// Contiguous pattern words belong to the trigger ("air strike",
		// "called off"); distant ones (a preposition) are evidence only.
		if r := base(t.rel(wd)); (wd == m.trig-1 || wd == m.trig+1) && (r == "compound" || r == "fixed" || r == "flat") {
			trig = trig.Cover(t.tokSpan(wd, wd+1))
		}
	}
	group := ""
	if len(srcs) > 1 || len(tgts) > 1 {
		group = fmt.Sprintf("s%d-t%d", w.sent, m.trig)
	}
	if len(tgts) == 0 {
		tgts = append(tgts, arg{})
	}
	p := m.p
	for _, src := range srcs {
		for _, tgt := range tgts {
			if tgt.actor.Code != "" && tgt.actor.Code == src.actor.Code {
				w.c.log.Debug("coder: source and target are the same actor", "article", w.a.ID, "sentence", w.sent, "code", src.actor.Code)
				continue
			}
			ev := model.Event{
				Source: src.actor, Target: tgt.actor,
				Code: p.Code, Date: when, DateText: dateText,
				Sentence: w.sent, SourceSpan: src.actor.Span, TriggerSpan: trig, TargetSpan: tgt.actor.Span,
				Flags: flags, Group: group,
			}
			fill(&ev)
			ex := &ev.Explanation
			ex.Pattern = fmt.Sprintf("%s %s (%s)", p.Code, p.Text, p.Pos)
			ex.Entries = append(ex.Entries, entry("source", &src.actor))
			if !tgt.actor.IsZero() {
				ex.Entries = append(ex.Entries, entry("target", &tgt.actor))
			}
			tw := t.toks[m.trig]
			ex.Steps = append(ex.Steps, fmt.Sprintf("trigger %q (lemma %s) matched %s %q", tw.Text, t.lemma(m.trig), p.Code, p.Text))
			if m.light >= 0 {
				ex.Steps = append(ex.Steps, fmt.Sprintf("nominal trigger governed by light verb %q", t.toks[m.light].Text))
			}
			ex.Steps = append(ex.Steps, fmt.Sprintf("source from %s %q", src.how, src.actor.Span.Text(w.a.Text)))
			if src.ref != "" {
				ex.Steps = append(ex.Steps, src.ref)
			}
			if m.untargeted {
				ex.Steps = append(ex.Steps, "the pattern's target names no known actor: coded without target")
			}
			if tgt.actor.IsZero() {
				ex.Steps = append(ex.Steps, "no target")
			} else {
				ex.Steps = append(ex.Steps, fmt.Sprintf("target from %s %q", tgt.how, tgt.actor.Span.Text(w.a.Text)))
				if tgt.ref != "" {
					ex.Steps = append(ex.Steps, tgt.ref)
				}
			}
			if group != "" {
				ex.Steps = append(ex.Steps, fmt.Sprintf("compound actors: %d source(s) × %d target(s), one event per pair", len(srcs), len(tgts)))
			}
			ex.Steps = append(ex.Steps, fsteps...)
			if dateText != "" {
				ex.Steps = append(ex.Steps, fmt.Sprintf("date %s from %q", when.Format("2006-01-02"), dateText))
			}
			w.a.Events = append(w.a.Events, ev)
		}
	}
}

func entry(role string, a *model.Actor) string {
	var b strings.Builder
	b.WriteString(role)
	b.WriteString(" ")
	b.WriteString(a.Code)
	if a.Name != "" {
		b.WriteString(" (" + a.Name + ")")
	}
	if a.Entry != "" {
		b.WriteString(" entry " + a.Entry)
	}
	if a.Role != "" {
		b.WriteString(" role " + a.Role)
	}
	if a.Kind == model.KindPronoun {
		b.WriteString(" [resolved reference]")
	}
	return b.String()
}

// args turns a slot into the actors it names: the phrase's own actor, one
// per coordinated conjunct, or the referent of a pronoun or description.
func (w *work) args(sl slot, out []arg) []arg {
	if sl.node < 0 {
		return out
	}
	t := &w.t
	w.conj = t.conjuncts(sl.node, w.conj[:0])
	for k, n := range w.conj {
		depth := 2
		if k > 0 {
			depth = 1 // a conjunct must name its actor itself
		}
		a, how, ok := w.actorOf(n, depth)
		if !ok {
			continue
		}
		dup := false
		for _, o := range out {
			if o.actor.Code == a.actor.Code && o.actor.Span == a.actor.Span {
				dup = true
			}
		}
		if dup {
			continue
		}
		a.how = sl.how
		if how != "" {
			a.how = sl.how + " (" + how + ")"
		}
		if k > 0 {
			a.how = sl.how + " (conjunct)"
		}
		out = append(out, a)
	}
	return out
}

// actorOf finds the actor named by the phrase headed by n.
func (w *work) actorOf(n, depth int) (arg, string, bool) {
	t := &w.t
	if ai := t.actorAt[n]; ai >= 0 {
		a := &t.actors[ai]
		// A bare role word ("the president") without a country is better
		// resolved to the person it stands for, when one is known.
		if a.Kind == model.KindAgent && a.Country == "" && !w.c.opt.NoReference {
			if r, ok := w.refer(n); ok {
				return r, "", true
			}
		}
		return arg{actor: *a}, "", true
	}
	if !w.c.opt.NoReference {
		if r, ok := w.refer(n); ok {
			return r, "", true
		}
	}
	ai, d := t.bestActor(n, depth)
	if ai < 0 {
		if w.c.opt.NewActorWords > 0 {
			if a, ok := w.newActor(n); ok {
				return a, "new actor from the phrase", true
			}
		}
		return arg{}, "", false
	}
	how := ""
	if d > 0 {
		how = "actor in the phrase of " + quote(t.toks[n].Text)
	}
	return arg{actor: t.actors[ai]}, how, true
}

func quote(s string) string { return "'" + s + "'" }

// isoDay truncates a time to its UTC day.
func isoDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// isSubject reports whether an actor mention is (inside) its clause's
// subject: a subject pronoun later prefers such antecedents.
func isSubject(s *model.Sentence, a *model.Actor, strict bool) bool {
	for n, k := int(a.Head), 0; n >= 0 && n < len(s.Tokens) && k < 4; n, k = int(s.Tokens[n].Head), k+1 {
		switch r := s.Tokens[n].DepRel; {
		case strings.HasPrefix(r, "nsubj"):
			return true
		case r == "flat" || r == "appos" || strings.HasPrefix(r, "flat:"):
			continue
		case !strict && (r == "compound" || r == "amod" || r == "nmod:poss"):
			continue
		}
		return false
	}
	return false
}

// newActor makes a KindUserPhrase actor of the noun phrase around n (see
// newActorPhrase), when it has at most NewActorWords words.
func (w *work) newActor(n int) (arg, bool) {
	t := &w.t
	switch t.toks[n].UPOS {
	case "NOUN", "PROPN":
	default:
		return arg{}, false
	}
	lo, hi, words := w.newActorPhrase(n)
	if len(words) == 0 || len(words) > w.c.opt.NewActorWords {
		return arg{}, false
	}
	var b strings.Builder
	b.WriteByte('"')
	b.WriteString(strings.Join(words, " "))
	b.WriteByte('"')
	a := model.Actor{Code: b.String(), Kind: model.KindUserPhrase, Span: t.tokSpan(lo, hi+1),
		Tokens: [2]int32{int32(lo), int32(hi + 1)}, Head: int32(n)}
	a.Name = a.Span.Text(w.a.Text)
	return arg{actor: a}, true
}

// attribution reports whether statement trigger s hangs from the clause of
// event anchor a as an attribution ("…, officials said"): a parataxis or
// an adverbial clause on the way up.
func attribution(t *tree, a, s int) bool {
	for n := s; n >= 0 && n != a; n = t.head(n) {
		switch base(t.rel(n)) {
		case "parataxis", "advcl":
			return true
		}
	}
	return false
}

// reportsAction reports whether statement trigger s carries a report of an
// asserted act: its complement (or the clause it attributes, "…, officials
// said") is a verb with a subject and no modal. Such a statement is the
// vehicle of the report, not an event of its own; a statement of opinion
// ("X said the plan is an attempt", "X said Y would …") stays an event.
func reportsAction(t *tree, s int) bool {
	act := func(v int) bool {
		if v < 0 || t.toks[v].UPOS != "VERB" || t.child(v, "cop") >= 0 {
			return false
		}
		if t.childBase(v, "nsubj") < 0 {
			return false
		}
		for c := t.first[v]; c >= 0; c = t.next[c] {
			if base(t.rel(int(c))) == "aux" && (hypoAux[lowerLemma(t, int(c))] || futureAux[lowerLemma(t, int(c))]) {
				return false
			}
		}
		return true
	}
	if act(t.child(s, "ccomp")) {
		return true
	}
	if base(t.rel(s)) == "parataxis" && act(t.head(s)) {
		return true
	}
	return false
}

// candidates are the patterns of one trigger lemma, most specific first,
// with the bloom bits of each one's required words.
type candidates struct {
	ps  []*events.Pattern
	req []bloom
}

// lookup returns the candidates for a trigger lemma, or nil.
func (c *Coder) lookup(pos events.POS, lemma string) *candidates {
	if int(pos) >= len(c.byTrig) || c.byTrig[pos] == nil {
		return nil
	}
	return c.byTrig[pos][lemma]
}

// hasArg reports whether a slot names at least one actor, without building
// the arguments (the matcher asks this for every candidate slot).
func (w *work) hasArg(sl slot) bool {
	if sl.node < 0 {
		return false
	}
	t := &w.t
	w.conj = t.conjuncts(sl.node, w.conj[:0])
	for k, n := range w.conj {
		depth := 2
		if k > 0 {
			depth = 1
		}
		if _, _, ok := w.actorOf(n, depth); ok {
			return true
		}
	}
	return false
}

// matchFirst adds the first of cands that matches at trigger i, trying
// every candidate strictly first and then leniently, and reports whether
// one matched.
func (w *work) matchFirst(i int, cands *candidates, ti trigger) bool {
	t := &w.t
	defer func() { w.lenient = false }()
	for pass := range 2 {
		w.lenient = pass == 1
		for k, p := range cands.ps {
			if !t.bloom.covers(&cands.req[k]) {
				continue
			}
			if m, ok := w.match(i, p, ti); ok {
				w.ms = append(w.ms, m)
				return true
			}
		}
	}
	return false
}

// maxHeading is the longest sentence opening that headingEnd takes for a
// topic label.
const maxHeading = 12

// headingEnd returns the index of the first token after a topic label
// that opens the sentence, or 0 when there is none. A label is a run of
// at most maxHeading tokens without a verb, ended by a colon and followed
// by more: "2011 Syrian uprising: At least 14 people are killed …",
// "Russian invasion of Ukraine: Russian forces strike …". It names the
// story the sentence belongs to, not an act it reports, so no trigger is
// looked up in it (the uprising or the invasion would be coded again with
// every item filed under it).
func headingEnd(toks []model.Token) int {
	for i := 0; i < len(toks) && i <= maxHeading; i++ {
		switch {
		case toks[i].Text == ":":
			if i == 0 || i+1 == len(toks) {
				return 0
			}
			return i + 1
		case toks[i].UPOS == "VERB" || toks[i].UPOS == "AUX":
			return 0
		}
	}
	return 0
}

// contestVerbs report a win in war and in a game or an election alike.
var contestVerbs = set("defeat", "beat", "rout", "crush", "thrash", "trounce", "overcome", "edge", "outlast", "eliminate")

// contestWords mark a sentence about a game or an election: there a
// contest verb reports a result, not force.
var contestWords = set("final", "finals", "semifinal", "semi-final", "quarterfinal", "quarter-final", "championship", "championships",
	"tournament", "cup", "title", "match", "game", "league", "seed", "medal", "olympics", "olympic", "grand", "prix", "tennis",
	"football", "soccer", "cricket", "rugby", "basketball", "hockey", "golf", "race", "playoff", "playoffs", "draw", "goal", "goals",
	"election", "elections", "runoff", "run-off", "vote", "votes", "ballot", "seats", "poll", "polls", "primary", "candidate", "referendum")

// contest reports whether the sentence is about a game or an election
// (contestWords, or a score such as "3-1").
func (t *tree) contest() bool {
	for i := range t.toks {
		if contestWords[t.textLC[i]] || isScore(t.textLC[i]) {
			return true
		}
	}
	return false
}

// isScore reports whether s reads as a score: digits, a dash, digits.
func isScore(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		a, b, ok = strings.Cut(s, "–")
	}
	if !ok || a == "" || b == "" {
		return false
	}
	for _, p := range []string{a, b} {
		for _, r := range p {
			if r < '0' || r > '9' {
				return false
			}
		}
	}
	return true
}
