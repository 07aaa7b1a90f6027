package coder

import (
	"fmt"

	"dyad/internal/kb/events"
	"dyad/internal/model"
)

// accusatory predicates: "the strikes constitute war crimes", "amount to
// genocide", "are a violation of international law". Said by someone, they
// are an accusation (CAMEO 112x) by the speaker against the subject's actor.
var accusePreds = set("constitute", "amount", "represent", "qualify", "be")

// accusationCode returns the 112x code of a wrong named by the noun at n
// ("war crimes" 1124, "aggression" 1123, "violation" 1122, "terrorism"
// 1121), or "".
func (w *work) accusationCode(n int) string {
	t := &w.t
	if n < 0 {
		return ""
	}
	switch lowerLemma(t, n) {
	case "crime":
		if t.childLemma(n, "compound", "war") >= 0 || t.childLemma(n, "amod", "war") >= 0 {
			return "1124"
		}
		for c := t.first[n]; c >= 0; c = t.next[c] {
			if base(t.rel(int(c))) == "nmod" && lowerLemma(t, int(c)) == "humanity" {
				return "1124"
			}
		}
		return "1121"
	case "genocide", "atrocity", "massacre":
		return "1124"
	case "cleansing":
		if t.childLemma(n, "amod", "ethnic") >= 0 {
			return "1124"
		}
	case "aggression", "invasion":
		return "1123"
	case "violation", "abuse":
		return "1122"
	case "terrorism":
		return "1121"
	}
	return ""
}

// deriveAccusations codes "X said/suggested [Y] could constitute war
// crimes" as X accusing Y's actor, flagged as the content is ("could":
// hypothetical). The statement that carried it is dropped.
func (w *work) deriveAccusations() {
	t := &w.t
	for v := range t.toks {
		pl := lowerLemma(t, v)
		var wrong int
		switch {
		case pl == "constitute" || pl == "represent":
			wrong = t.child(v, "obj")
		case pl == "amount" || pl == "qualify":
			wrong = -1
			for c := t.first[v]; c >= 0; c = t.next[c] {
				if base(t.rel(int(c))) == "obl" && (t.caseOf(int(c)) == "to" || t.caseOf(int(c)) == "as") {
					wrong = int(c)
				}
			}
		case t.toks[v].UPOS == "NOUN" && t.child(v, "cop") >= 0:
			wrong = v // "the strikes are war crimes"
		default:
			continue
		}
		code := w.accusationCode(wrong)
		if code == "" {
			continue
		}
		// The speaker: the clause must be the complement of a verb of saying.
		s := t.head(v)
		if s < 0 || base(t.rel(v)) != "ccomp" {
			continue
		}
		if sl := lowerLemma(t, s); !reportHeads[sl] && !hypoHeads[sl] {
			continue
		}
		src := w.agentOf(s, 0)
		if !w.hasArg(src) {
			continue
		}
		var tgt slot
		if subj := t.childBase(v, "nsubj"); subj >= 0 {
			tgt = slot{subj, "subject of " + quote(t.toks[v].Text)}
		} else {
			tgt = noSlot()
		}
		p := &events.Pattern{Code: code, POS: events.Verb, Trigger: lowerLemma(t, v),
			Text: fmt.Sprintf("accusation: %s + %s %s", lowerLemma(t, s), pl, lowerLemma(t, wrong)), Pos: "coder:accusatory predicate"}
		d := match{p: p, trig: v, light: -1, anchor: v, src: src, tgt: tgt}
		d.flags, d.fsteps = w.modality(&d)
		// The speaker is the source: the accusation is not reported speech.
		d.flags &^= model.Reported
		d.fsteps = append(d.fsteps, fmt.Sprintf("accusation: %q calls %s's subject %q", t.toks[s].Text, quote(t.toks[v].Text), t.toks[wrong].Text))
		for j := range w.ms {
			if o := &w.ms[j]; o.trig == s && !o.dropped && o.p.Code[:2] == "01" {
				o.dropped = true
			}
		}
		w.ms = append(w.ms, d)
	}
}
