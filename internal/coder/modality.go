package coder

import (
	"fmt"
	"strings"

	"dyad/internal/model"
)

// Verbs (and a few adjectives) whose complement clause is not asserted as
// fact, by the flag they give it. See the package comment. "Decide" is not
// among them: news reports a decision to act ("decided to ease sanctions")
// as the act.
var (
	negVerbs    = set("deny", "refuse", "fail", "decline", "reject", "avoid", "refrain")
	futureHeads = set("plan", "intend", "aim", "vow", "pledge", "promise", "threaten", "hope", "agree",
		"prepare", "expect", "want", "wish", "seek", "mean", "propose", "offer", "consider", "set", "likely",
		"poised", "due", "schedule", "slate", "about", "ready", "resolve", "vote", "plot", "intention", "threat",
		"bid", "unlikely", "promise", "pledge", "intention", "readiness", "willingness", "decision",
		"commitment", "agreement", "preparation", "deadline", "ultimatum")
	hypoHeads = set("urge", "ask", "call", "demand", "press", "request", "appeal", "encourage", "push",
		"implore", "beg", "invite", "advise", "warn", "believe", "think", "suspect", "fear", "suggest",
		"speculate", "possible", "able", "need", "want", "would", "could", "call for", "offer", "proposal",
		"demand", "request", "appeal", "wish", "hope", "effort", "attempt", "push", "suggestion", "idea",
		"possibility", "option", "chance", "plea", "urging", "fear", "concern", "warning")
	reportHeads = set("say", "tell", "claim", "report", "allege", "state", "announce", "add", "insist",
		"assert", "confirm", "note", "write", "accuse", "charge", "quote", "tweet", "declare", "acknowledge",
		"admit", "reveal", "testify", "explain", "argue", "maintain", "post", "accord", "claim", "allegation",
		"charge", "accusation", "report", "announcement", "statement", "rumor", "rumour", "suspicion")
	hypoAux   = set("could", "would", "might", "may", "should", "must", "can", "ought")
	futureAux = set("will", "shall", "'ll", "wo")
	negWords  = set("not", "n't", "never", "no", "neither", "nor")
	repAdv    = set("allegedly", "reportedly", "purportedly", "supposedly", "alleged", "reported", "purported", "apparently")
	condMarks = set("if", "unless", "whether", "lest")
)

// modality computes the flags of a match and the steps that explain them.
func (w *work) modality(m *match) (model.Flags, []string) {
	t := &w.t
	var f model.Flags
	var steps []string
	// "would" is the future of reported speech ("said it would send
	// troops") and otherwise a conditional; decided after the climb.
	would := ""
	note := func(flag model.Flags, why string) {
		if f&flag == 0 {
			f |= flag
			steps = append(steps, fmt.Sprintf("%s by %s", flag.Names()[0], why))
		}
	}
	own := func(n int) {
		for c := t.first[n]; c >= 0; c = t.next[c] {
			ci := int(c)
			l := lowerLemma(t, ci)
			txt := strings.ToLower(t.toks[ci].Text)
			switch base(t.rel(ci)) {
			case "advmod", "det", "cc:preconj":
				if negWords[l] || negWords[txt] {
					note(model.Negated, quote(t.toks[ci].Text))
				} else if repAdv[l] || repAdv[txt] {
					note(model.Reported, quote(t.toks[ci].Text))
				}
			case "aux":
				switch {
				case l == "would" || txt == "would" || txt == "'d":
					would = quote(t.toks[ci].Text)
				case futureAux[l] || futureAux[txt]:
					note(model.Future, quote(t.toks[ci].Text))
				case hypoAux[l] || hypoAux[txt]:
					note(model.Hypothetical, quote(t.toks[ci].Text))
				}
			case "amod":
				if repAdv[l] || repAdv[txt] {
					note(model.Reported, quote(t.toks[ci].Text))
				}
			case "mark":
				if condMarks[l] {
					note(model.Hypothetical, quote(t.toks[ci].Text)+" clause")
				}
			case "parataxis":
				if reportHeads[l] {
					note(model.Reported, "attribution "+quote(t.toks[ci].Text))
				}
			case "obl", "nmod":
				if t.caseOf(ci) == "according" || t.childLemma(ci, "case", "according") >= 0 {
					note(model.Reported, "'according to'")
				}
			}
		}
	}
	own(m.trig)
	if m.anchor != m.trig {
		own(m.anchor)
	}
	// Climb the clauses that embed the anchor.
	cur := m.anchor
	// Above an adverbial clause only attribution carries down: "declined
	// to comment when asked" does not negate the asking.
	adverbial := false
	for range 8 {
		p := t.head(cur)
		if p < 0 {
			break
		}
		rel := t.rel(cur)
		pl := lowerLemma(t, p)
		pw := quote(t.toks[p].Text)
		stop := false
		switch base(rel) {
		case "conj":
			own(p)
		case "xcomp", "ccomp", "advcl", "csubj", "acl":
			if rel == "acl:relcl" {
				stop = true
				break
			}
			if base(rel) == "advcl" {
				// An adverbial clause has its own modality: only a condition
				// ("if") or the "of" of "accused X of V-ing" says something.
				if t.childLemma(cur, "mark", "if", "unless", "whether", "lest") >= 0 {
					note(model.Hypothetical, "condition clause")
				}
				if reportHeads[pl] && t.caseOf(cur) == "of" {
					note(model.Reported, "clause under "+pw)
				}
				if t.childLemma(cur, "mark", "to") >= 0 {
					note(model.Future, "purpose clause")
					m.aim = true
				}
				adverbial = true
				break
			}
			if adverbial {
				if reportHeads[pl] {
					note(model.Reported, "clause under "+pw)
				}
				break
			}
			switch {
			case negVerbs[pl]:
				note(model.Negated, "clause under "+pw)
			case futureHeads[pl] || (pl == "go" && t.toks[p].XPOS == "VBG"):
				note(model.Future, "clause under "+pw)
			case hypoHeads[pl]:
				note(model.Hypothetical, "clause under "+pw)
			case reportHeads[pl]:
				note(model.Reported, "clause under "+pw)
			case base(rel) == "acl" && t.childLemma(cur, "mark", "to") >= 0:
				// "the necessity of an invasion to dismantle Hamas": an aim.
				note(model.Future, "infinitive clause of "+pw)
				m.aim = true
			}
			// The embedding clause's own modality carries down: "will
			// try to attack", "did not vow to attack" stays future.
			if base(rel) == "xcomp" {
				ownSub(t, p, note)
			}
		case "obj", "nsubj", "obl", "nmod":
			// "denied charges that X helped", "rejected reports that …"
			if base(rel) == "obj" && cur != m.anchor && !adverbial && negVerbs[pl] {
				note(model.Negated, "content of what "+pw+" refers to")
			}
			// A nominal trigger's clause: "called for talks" etc. is handled
			// by the patterns; stop here.
			stop = true
		default:
			stop = true
		}
		if stop {
			break
		}
		cur = p
	}
	if would != "" {
		if f&model.Reported != 0 && f&model.Hypothetical == 0 {
			note(model.Future, would+" in reported speech")
		} else {
			note(model.Hypothetical, would)
		}
	}
	if n := len(t.toks); n > 0 && t.toks[n-1].Text == "?" {
		note(model.Question, "question mark")
	}
	// Intents (03x) and threats (13x) are events in their own right.
	if c := m.p.Code; f&model.Future != 0 && (strings.HasPrefix(c, "03") || strings.HasPrefix(c, "13")) {
		f &^= model.Future
		steps = append(steps, "future kept factual: "+c+" codes an intent or threat")
	}
	return f, steps
}

// ownSub carries the future and hypothetical auxiliaries of an embedding
// clause down to its complement ("will try to", "could decide to"); its
// negation does not carry ("did not say that X attacked" is still a report).
func ownSub(t *tree, p int, note func(model.Flags, string)) {
	for c := t.first[p]; c >= 0; c = t.next[c] {
		ci := int(c)
		if base(t.rel(ci)) != "aux" {
			continue
		}
		l := lowerLemma(t, ci)
		switch {
		case futureAux[l]:
			note(model.Future, quote(t.toks[ci].Text)+" on "+quote(t.toks[p].Text))
		case hypoAux[l]:
			note(model.Hypothetical, quote(t.toks[ci].Text)+" on "+quote(t.toks[p].Text))
		}
	}
}
