package coder

import (
	"fmt"
	"slices"
	"strings"

	"dyad/internal/model"
)

// refKind is what a pronoun or description can refer to.
type refKind uint8

const (
	refNone     refKind = iota
	refPerson           // he, she
	refGroup            // they: an organisation or a group of agents
	refThing            // it: a country or an organisation
	refLeader           // the president, the prime minister, the U.S. leader
	refOrg              // the group, the militant group, the movement
	refCountry          // the country
	pronounLook = 2     // sentences back a pronoun may reach
	nominalLook = 50    // sentences back a description may reach
)

var leaderTitles = set("president", "leader", "premier", "chancellor", "minister", "king", "emir", "monarch", "prime minister", "ruler")
var orgNouns = set("group", "organization", "organisation", "movement", "militia", "faction", "party", "alliance", "coalition")

// referent classifies node n as a referring expression, or refNone.
func (w *work) referent(n int) (refKind, string) {
	t := &w.t
	tk := &t.toks[n]
	l := lowerLemma(t, n)
	switch tk.UPOS {
	case "PRON":
		if tk.DepRel == "expl" {
			return refNone, ""
		}
		switch l {
		case "he", "she", "him", "her", "his", "hers":
			return refPerson, ""
		case "they", "them", "their", "theirs":
			return refGroup, ""
		case "it", "its":
			return refThing, ""
		}
	case "NOUN":
		// A definite singular only: "the detained leaders" are not the
		// head of government.
		if t.childLemma(n, "det", "the", "this", "that") < 0 || strings.HasSuffix(tk.XPOS, "S") {
			return refNone, ""
		}
		switch {
		case leaderTitles[l]:
			title := l
			if l == "minister" {
				if t.childLemma(n, "", "prime") >= 0 {
					title = "prime minister"
				} else if t.first[n] >= 0 && t.childLemma(n, "", "foreign", "defence", "defense", "interior", "finance") >= 0 {
					return refNone, "" // a cabinet minister is not the head of government
				}
			}
			return refLeader, title
		case orgNouns[l]:
			return refOrg, l
		case l == "country" || l == "nation":
			return refCountry, l
		}
	}
	return refNone, ""
}

// refer resolves a pronoun or a definite description at node n to the most
// recent compatible actor: earlier in the same sentence, then in earlier
// sentences (a pronoun looks back two sentences, a description through the
// article). Precision over recall: anything unclear stays unresolved.
func (w *work) refer(n int) (arg, bool) {
	kind, title := w.referent(n)
	if kind == refNone {
		return arg{}, false
	}
	t := &w.t
	// "the U.S. leader": the country modifier restricts the referent.
	country := ""
	if kind == refLeader {
		for c := t.first[n]; c >= 0; c = t.next[c] {
			if ai := t.actorAt[c]; ai >= 0 && t.actors[ai].Country != "" {
				country = t.actors[ai].Country
			}
		}
	}
	ok := func(a *model.Actor, here bool) bool {
		switch kind {
		case refPerson:
			return a.Kind == model.KindPerson || (here && a.Kind == model.KindAgent && a.Country != "" && int(a.Head) < n && personTitle[lowerLemma(t, int(a.Head))])
		case refGroup:
			return a.Kind == model.KindOrg || (a.Kind == model.KindAgent && !bareAgent(a))
		case refThing:
			return a.Kind == model.KindCountry || a.Kind == model.KindOrg || a.Kind == model.KindMetonym
		case refOrg:
			return a.Kind == model.KindOrg
		case refCountry:
			return a.Kind == model.KindCountry
		case refLeader:
			if a.Kind != model.KindPerson || !slices.Contains(a.Roles, "GOV") {
				return false
			}
			if country != "" && a.Country != country {
				return false
			}
			r := strings.ToLower(a.Role)
			switch title {
			case "prime minister", "premier":
				return !strings.Contains(r, "president")
			case "president":
				return !strings.Contains(r, "prime minister") && !strings.Contains(r, "premier")
			}
			return true
		}
		return false
	}
	if kind <= refThing {
		if r, ok := w.speakerRef(n, kind); ok {
			return r, true
		}
	}
	look := pronounLook
	if kind >= refLeader {
		look = nominalLook
	}
	// A pronoun subject continues the topic: it prefers an earlier subject.
	// "it" and "they" are often about no actor at all ("it is", "they
	// say"), so they only ever take an earlier subject, one sentence back.
	subj := strings.HasPrefix(t.rel(n), "nsubj")
	subjOnly := kind == refThing || kind == refGroup
	if subjOnly {
		look = 1
	}
	var found *model.Actor
	where := ""
	for pass := 0; pass < 2 && found == nil; pass++ {
		wantSubj := pass == 0 && (subj || subjOnly)
		if pass == 1 && subjOnly {
			break
		}
		if pass == 0 && !wantSubj {
			continue
		}
		for ai := len(t.actors) - 1; ai >= 0; ai-- {
			a := &t.actors[ai]
			if int(a.Tokens[1]) <= n && ok(a, true) && (!wantSubj || isSubject(w.s, a, subjOnly)) {
				found, where = a, "earlier in the sentence"
				break
			}
		}
		for k := len(w.hist) - 1; found == nil && k >= 0; k-- {
			h := w.hist[k]
			if w.sent-h.sent > look {
				break
			}
			if ok(h.actor, false) && (!wantSubj || (h.subj && !subjOnly) || h.head) {
				found, where = h.actor, fmt.Sprintf("in sentence %d", h.sent+1)
			}
		}
	}
	if found == nil {
		return arg{}, false
	}
	r := *found
	r.Kind = model.KindPronoun
	r.Span = t.tokSpan(n, n+1)
	if kind >= refLeader {
		lo := n
		if d := t.childLemma(n, "det", "the", "this", "that"); d >= 0 && d < lo {
			lo = d
		}
		r.Span = t.tokSpan(lo, n+1)
	}
	r.Tokens = [2]int32{int32(n), int32(n + 1)}
	r.Head = int32(n)
	word := r.Span.Text(w.a.Text)
	return arg{actor: r, ref: fmt.Sprintf("%q resolved to %s (%s, named %s)", word, found.Code, nameOr(found, w.a.Text), where)}, true
}

func nameOr(a *model.Actor, text string) string {
	if a.Name != "" {
		return a.Name
	}
	return a.Span.Text(text)
}

// personTitle are head nouns of agent phrases that stand for one person
// ("Iran's Supreme Leader", "the Russian foreign minister"), so that "he"
// may refer to them within the sentence.
var personTitle = set("leader", "president", "minister", "premier", "chancellor", "king", "queen", "emir",
	"prince", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief", "commander", "general",
	"ambassador", "envoy", "governor", "mayor", "head", "official", "senator", "lawmaker")

// speakerVerbs report what their subject says, hopes or believes: a subject
// pronoun of their complement is, by default, the speaker ("X said it
// would …", "X and Y said they hoped …").
var speakerVerbs = set("say", "tell", "claim", "state", "announce", "insist", "assert", "add", "confirm", "declare",
	"hope", "expect", "believe", "think", "feel", "warn", "stress", "reiterate", "note", "argue", "explain", "admit",
	"acknowledge", "indicate", "signal", "vow", "promise", "pledge", "maintain", "suggest")

// speakerRef resolves a subject pronoun at n to the subject of the speech
// verb whose complement it opens: "the government said it is skeptical".
func (w *work) speakerRef(n int, kind refKind) (arg, bool) {
	t := &w.t
	if !strings.HasPrefix(t.rel(n), "nsubj") {
		return arg{}, false
	}
	v := t.head(n)
	if v < 0 || base(t.rel(v)) != "ccomp" {
		return arg{}, false
	}
	sv := t.head(v)
	if sv < 0 || !speakerVerbs[lowerLemma(t, sv)] {
		return arg{}, false
	}
	s := t.child(sv, "nsubj")
	if s < 0 || s > n {
		return arg{}, false
	}
	ai, _ := t.bestActor(s, 1)
	if ai < 0 {
		return arg{}, false
	}
	a := &t.actors[ai]
	plural := t.child(s, "conj") >= 0
	switch kind {
	case refPerson:
		if plural || (a.Kind != model.KindPerson && !(a.Kind == model.KindAgent && personTitle[lowerLemma(t, int(a.Head))])) {
			return arg{}, false
		}
	case refThing:
		if plural || a.Kind == model.KindPerson || bareAgent(a) {
			return arg{}, false
		}
	case refGroup:
		if a.Kind == model.KindPerson && !plural {
			return arg{}, false
		}
	}
	r := *a
	r.Kind = model.KindPronoun
	r.Span = t.tokSpan(n, n+1)
	r.Tokens = [2]int32{int32(n), int32(n + 1)}
	r.Head = int32(n)
	return arg{actor: r, ref: fmt.Sprintf("%q resolved to %s (%s, the subject of %q)", r.Span.Text(w.a.Text), a.Code, nameOr(a, w.a.Text), t.toks[sv].Text)}, true
}
