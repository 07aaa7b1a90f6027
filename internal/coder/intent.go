package coder

import (
	"fmt"

	"dyad/internal/kb/events"
	"dyad/internal/model"
)

// intentHeads are verbs whose subject, by using them with a future act in
// their complement, expresses an intent or a threat: "X said it will send
// aid", "X vowed to retaliate", "X plans to meet Y".
var intentHeads = set("say", "announce", "state", "declare", "tell", "vow", "pledge", "promise", "plan",
	"intend", "decide", "agree", "warn", "threaten", "confirm", "insist", "signal", "indicate", "offer")

// intentCode maps the code of an intended act to CAMEO's code for
// expressing that intent (03x) or threatening it (13x); "" when CAMEO has
// no such code (one does not "intend to criticise").
func intentCode(code string) string {
	if len(code) < 2 {
		return ""
	}
	switch code[:2] {
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		if len(code) >= 3 && code[2] >= '1' && code[2] <= '4' {
			return "031" + code[2:3]
		}
		return "031"
	case "07":
		if len(code) >= 3 && code[2] >= '1' && code[2] <= '4' {
			return "033" + code[2:3]
		}
		return "033"
	case "08":
		switch {
		case len(code) >= 3 && code[2] == '1':
			return "0351"
		case len(code) >= 3 && code[2] == '4':
			return "0353"
		case len(code) >= 3 && code[2] == '5':
			return "0354"
		case len(code) >= 3 && code[2] == '7':
			return "0356"
		}
		return "035"
	case "14":
		return "133"
	case "16":
		if len(code) >= 3 {
			switch code[2] {
			case '1':
				return "1313"
			case '2':
				return "1311"
			case '3':
				return "1312"
			}
		}
		return "131"
	case "17":
		return "137"
	case "15", "18", "19", "20":
		return "138"
	}
	return ""
}

// deriveIntents turns a future act announced by its own doer into the
// expressed intent or threat that CAMEO codes ("Netanyahu said he will
// seek support" → 03x; "Hamas vowed to attack Israel" → 138). The act
// itself stays, flagged future; the statement that carried it is dropped,
// the intent being its content.
func (w *work) deriveIntents() {
	t := &w.t
	n := len(w.ms)
	for i := 0; i < n; i++ {
		e := &w.ms[i]
		if e.dropped || e.flags&model.Future == 0 || e.flags&(model.Hypothetical|model.Question) != 0 {
			continue
		}
		// "X said it will not end the strike": a cooperative act its doer
		// says it will not do is a refusal (12x).
		neg := e.flags&model.Negated != 0
		code := intentCode(e.p.Code)
		if neg {
			code = refusalCode(e.p.Code)
		}
		if code == "" {
			continue
		}
		// The governing verb: up through the complement clauses.
		g := -1
		for cur, k := e.anchor, 0; k < 3; k++ {
			r := base(t.rel(cur))
			if r != "xcomp" && r != "ccomp" && r != "conj" {
				break
			}
			cur = t.head(cur)
			if cur < 0 {
				break
			}
			if r != "conj" && intentHeads[lowerLemma(t, cur)] {
				g = cur
				break
			}
		}
		// A threat needs someone who utters it: a future conflict act is a
		// threat (13x) only when its doer says, warns or vows it, and
		// protest or reduced relations (14x, 16x) only when warned or
		// threatened; "Sweden will withdraw its troops" is no threat.
		if conflict := code[:2] == "13"; conflict {
			if g < 0 {
				continue
			}
			if r := e.p.Code[:2]; (r == "14" || r == "16") && !threatHeads[lowerLemma(t, g)] {
				continue
			}
		}
		if neg && g < 0 {
			continue // a refusal needs someone who utters it
		}
		sp := e.src
		if g < 0 {
			// "X will meet Y": a plan announced as such is an intent, as
			// ICEWS codes future acts; an aim ("sent troops to attack") is
			// not announced.
			if e.aim {
				continue
			}
			g = e.anchor
		} else {
			// The speaker must be the doer: "X said it will attack" is X's
			// threat; "X said Y will attack" is a report about Y.
			sp = w.agentOf(g, 0)
			spk, act := w.args(sp, nil), w.args(e.src, nil)
			if len(spk) == 0 || len(act) == 0 || spk[0].actor.Code != act[0].actor.Code {
				continue
			}
		}
		// A pattern at the governing verb that already codes an intent or
		// a threat ("threatened to attack") says it; a statement there is
		// replaced by the intent.
		covered := false
		for j := 0; j < n; j++ {
			o := &w.ms[j]
			if o.trig != g || o.dropped || j == i {
				continue
			}
			switch o.p.Code[:2] {
			case "03", "13", "12":
				covered = true
			case "01":
				o.dropped = true
			}
		}
		if covered {
			continue
		}
		kind := "intent"
		if neg {
			kind = "refusal"
		}
		p := &events.Pattern{Code: code, POS: events.Verb, Trigger: lowerLemma(t, g),
			Text: fmt.Sprintf("%s: %s + future %s %q", kind, lowerLemma(t, g), e.p.Code, e.p.Text), Pos: e.p.Pos,
			Specificity: e.p.Specificity}
		d := match{p: p, trig: g, light: -1, anchor: g, src: sp, tgt: e.tgt,
			flags: e.flags &^ (model.Future | model.Reported | model.Negated)}
		if g == e.anchor {
			d.noDate = true
			d.fsteps = append(d.fsteps, fmt.Sprintf("expressed intent: %s %q is announced as future", e.p.Code, t.toks[e.trig].Text))
		} else if neg {
			d.fsteps = append(d.fsteps, fmt.Sprintf("refusal: %s %q is negated future under %q, said by its doer", e.p.Code, t.toks[e.trig].Text, t.toks[g].Text))
		} else {
			d.fsteps = append(d.fsteps, fmt.Sprintf("expressed intent: %s %q is future under %q, said by its doer", e.p.Code, t.toks[e.trig].Text, t.toks[g].Text))
		}
		w.ms = append(w.ms, d)
	}
}

// threatHeads utter a threat whatever the act threatened.
var threatHeads = set("warn", "threaten", "vow")

// refusalCode maps the code of a cooperative act its doer says it will not
// do to CAMEO's refusal (12x); "" for acts whose refusal CAMEO does not
// code ("will not attack" is no rejection).
func refusalCode(code string) string {
	if len(code) < 2 {
		return ""
	}
	switch code[:2] {
	case "04":
		return "125"
	case "05":
		return "120"
	case "06":
		return "121"
	case "07":
		return "122"
	case "08":
		if len(code) >= 3 && code[2] >= '1' && code[2] <= '7' && code[2] != '3' {
			// 081 ease sanctions → 1241, 082 → 1242, 084 release → 1243,
			// 085 → 1244, 086 → 1245, 087 de-escalate → 1246.
			return "124" + string("12 3456"[code[2]-'1'])
		}
		return "124"
	}
	return ""
}

// deriveDemands turns "X said Y must V" into X's demand on Y (100): a
// statement whose complement has the modal "must" and a subject naming
// another actor. The statement is the vehicle of the demand and is
// dropped; the act itself stays, flagged hypothetical.
func (w *work) deriveDemands() {
	t := &w.t
	n := len(w.ms)
	for i := 0; i < n; i++ {
		s := &w.ms[i]
		if s.dropped || s.p.Code != "010" || s.light >= 0 || s.flags&(model.Negated|model.Hypothetical|model.Question) != 0 {
			continue
		}
		c := t.child(s.trig, "ccomp")
		if c < 0 || t.childLemma(c, "aux", "must") < 0 || t.childLemma(c, "advmod", "not") >= 0 {
			continue
		}
		subj := t.child(c, "nsubj")
		if subj < 0 {
			continue
		}
		tgt := slot{subj, "subject of " + quote(t.toks[c].Text) + " (must)"}
		spk, who := w.args(s.src, nil), w.args(tgt, nil)
		if len(spk) == 0 || len(who) == 0 || spk[0].actor.Code == who[0].actor.Code {
			continue
		}
		s.dropped = true
		p := &events.Pattern{Code: "100", POS: events.Verb, Trigger: lowerLemma(t, s.trig),
			Text: fmt.Sprintf("demand: %s + must %s", lowerLemma(t, s.trig), lowerLemma(t, c)), Pos: s.p.Pos,
			Specificity: s.p.Specificity}
		d := match{p: p, trig: s.trig, light: -1, anchor: s.trig, src: s.src, tgt: tgt, flags: s.flags,
			fsteps: append(append([]string(nil), s.fsteps...), fmt.Sprintf("demand: %q says what %q must do", t.toks[s.trig].Text, t.toks[subj].Text))}
		w.ms = append(w.ms, d)
	}
}
