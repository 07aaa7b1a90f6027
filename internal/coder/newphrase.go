package coder

import "strings"

// newActorPhrase returns the words of the noun phrase around slot word n
// that a new actor is named by (PETRARCH's quoted actors, Options.
// NewActorWords): the phrase head reached through compound, flat and
// unpunctuated appositive links ("minister Calimehtar"), its subtree
// without clauses, coordination, punctuation and time phrases, and a title the parser
// left as a sibling right before it ("head" in "Gryffindor's head Minerva
// McGonagall" read as two subjects). The preposition before the phrase
// and possessive markers are not words of the name. lo and hi are the first and last token.
func (w *work) newActorPhrase(n int) (lo, hi int, words []string) {
	t := &w.t
	h := n
	for k := 0; k < 4; k++ {
		p := t.head(h)
		if p < 0 {
			break
		}
		r := base(t.rel(h))
		if r != "compound" && r != "flat" && !(r == "appos" && !t.punctBetween(p, h)) {
			break
		}
		h = p
	}
	in := make([]bool, len(t.toks))
	var walk func(i int)
	walk = func(i int) {
		in[i] = true
		for c := t.first[i]; c >= 0; c = t.next[c] {
			switch base(t.rel(int(c))) {
			case "acl", "advcl", "punct", "conj", "cc", "parataxis", "ccomp", "xcomp", "dep":
				continue
			case "appos":
				if t.punctBetween(i, int(c)) {
					continue
				}
			case "case", "mark":
				if i == h {
					continue // the preposition before the phrase ("for")
				}
			case "nmod":
				// A time phrase ("on Wednesday") says when, not who; a
				// parser often hangs it on the noun before it.
				if timeWord(t.textLC[c]) {
					continue
				}
			}
			walk(int(c))
		}
	}
	walk(h)
	lo, hi = h, h
	for i, ok := range in {
		if ok {
			lo, hi = min(lo, i), max(hi, i)
		}
	}
	// A title before the name, parsed as a second argument of the verb.
	if p := lo - 1; p >= 0 && t.head(p) == t.head(h) && t.rel(p) == t.rel(h) && (t.toks[p].UPOS == "NOUN" || t.toks[p].UPOS == "PROPN") {
		walk(p)
		for i, ok := range in {
			if ok {
				lo = min(lo, i)
			}
		}
	}
	for i := lo; i <= hi; i++ {
		tx := t.toks[i].Text
		if t.toks[i].UPOS == "PUNCT" || base(t.rel(i)) == "case" && (tx == "'s" || tx == "'" || tx == "’s") {
			continue
		}
		words = append(words, strings.ToUpper(tx))
	}
	return lo, hi, words
}

// punctBetween reports whether punctuation lies between tokens i and j.
func (t *tree) punctBetween(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i + 1; k < j; k++ {
		if t.toks[k].UPOS == "PUNCT" || base(t.toks[k].DepRel) == "punct" {
			return true
		}
	}
	return false
}

// newTarget gives an event without a target a new actor as target, when
// new actors are on (Options.NewActorWords): PETRARCH's default target is
// the first noun phrase after the verb, and a phrase that names no known
// actor is a new one ("left for the Ministry of Magic"). A first phrase
// with a known actor gives nothing here: the actor is the target there.
func (w *work) newTarget(m *match) (arg, bool) {
	t := &w.t
	if m.trig < 0 || m.trig >= len(t.toks) {
		return arg{}, false
	}
	for c := t.first[m.trig]; c >= 0; c = t.next[c] {
		n := int(c)
		if n < m.trig {
			continue
		}
		switch base(t.rel(n)) {
		case "obj", "obl", "iobj":
		default:
			continue
		}
		if t.actorAt[n] >= 0 {
			return arg{}, false
		}
		if ai, _ := t.bestActor(n, 2); ai >= 0 {
			return arg{}, false
		}
		a, ok := w.newActor(n)
		a.how = "new actor from the first phrase after the verb"
		return a, ok
	}
	return arg{}, false
}

// timeWord reports whether w names a day or month ("Wednesday", "today").
func timeWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	_, day := weekdays[w]
	_, month := months[w]
	return day || month || w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight"
}
