package coder

import (
	"strings"

	"dyad/internal/model"
)

// tree is the per-sentence view the coder walks: children lists and the
// actor covering each token. It is rebuilt for every sentence from a pooled
// scratch buffer, so the hot path allocates little.
type tree struct {
	toks    []model.Token
	actors  []model.Actor
	first   []int32  // first child of each token, -1 when none
	next    []int32  // next sibling, -1 when none
	actorAt []int32  // index into actors of the actor covering the token, -1
	lemmaLC []string // lower-case lemma of each token
	textLC  []string // lower-case text of each token
	bloom   bloom    // the lower-case lemmas and texts of the sentence
	// doer is set while a source is looked up: an apposition right after
	// a place phrase is then a place too (bestActor). A target may be a
	// place ("attacks a town in Blue Nile, Sudan" attacks Sudan); a doer
	// may not ("a landslide in South Kivu, Democratic Republic of the
	// Congo" is not Congo's act).
	doer bool
}

func (t *tree) reset(s *model.Sentence) {
	n := len(s.Tokens)
	t.toks, t.actors = s.Tokens, s.Actors
	t.first = grow(t.first, n)
	t.next = grow(t.next, n)
	t.actorAt = grow(t.actorAt, n)
	for i := range n {
		t.first[i], t.next[i], t.actorAt[i] = -1, -1, -1
	}
	t.lemmaLC = growS(t.lemmaLC, n)
	t.textLC = growS(t.textLC, n)
	t.bloom = bloom{}
	for i := range n {
		tk := &s.Tokens[i]
		l := tk.Lemma
		if l == "" {
			l = tk.Text
		}
		t.lemmaLC[i], t.textLC[i] = lower(l), lower(tk.Text)
		t.bloom.add(t.lemmaLC[i])
		t.bloom.add(t.textLC[i])
	}
	// Prepend children from the right so that each list is in text order.
	for i := n - 1; i >= 0; i-- {
		h := s.Tokens[i].Head
		if h >= 0 && int(h) < n && int(h) != i {
			t.next[i] = t.first[h]
			t.first[h] = int32(i)
		}
	}
	// Longer actors win a token over shorter ones inside them.
	for ai := range s.Actors {
		a := &s.Actors[ai]
		lo, hi := int(a.Tokens[0]), int(a.Tokens[1])
		if lo < 0 || hi > n || lo >= hi {
			continue
		}
		if dateline(s, a) {
			continue
		}
		for i := lo; i < hi; i++ {
			if cur := t.actorAt[i]; cur < 0 || spanLen(s.Actors[cur].Tokens) < hi-lo {
				t.actorAt[i] = int32(ai)
			}
		}
	}
}

func spanLen(r [2]int32) int { return int(r[1] - r[0]) }

func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n, n+n/2)
	}
	return s[:n]
}

func (t *tree) head(i int) int {
	if i < 0 || i >= len(t.toks) {
		return -1
	}
	return int(t.toks[i].Head)
}

func (t *tree) rel(i int) string {
	if i < 0 {
		return ""
	}
	return t.toks[i].DepRel
}

// base returns the universal part of a relation ("nmod:poss" → "nmod").
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func (t *tree) lemma(i int) string {
	tk := &t.toks[i]
	if tk.Lemma != "" {
		return tk.Lemma
	}
	return tk.Text
}

// is reports whether token i's lemma (or text) equals w, ignoring case.
func (t *tree) is(i int, w string) bool {
	if len(t.lemmaLC) > i {
		return t.lemmaLC[i] == w || t.textLC[i] == w
	}
	return strings.EqualFold(t.lemma(i), w) || strings.EqualFold(t.toks[i].Text, w)
}

// child returns the first child of i with the relation rel (exact, subtype
// included), or -1.
func (t *tree) child(i int, rel string) int {
	for c := t.first[i]; c >= 0; c = t.next[c] {
		if t.toks[c].DepRel == rel {
			return int(c)
		}
	}
	return -1
}

// childBase returns the first child of i whose relation's universal part is
// rel, or -1.
func (t *tree) childBase(i int, rel string) int {
	for c := t.first[i]; c >= 0; c = t.next[c] {
		if base(t.toks[c].DepRel) == rel {
			return int(c)
		}
	}
	return -1
}

// childLemma returns the first child of i with relation base rel (any when
// rel is "") whose lemma is one of ws, or -1.
func (t *tree) childLemma(i int, rel string, ws ...string) int {
	for c := t.first[i]; c >= 0; c = t.next[c] {
		if rel != "" && base(t.toks[c].DepRel) != rel {
			continue
		}
		for _, w := range ws {
			if t.is(int(c), w) {
				return int(c)
			}
		}
	}
	return -1
}

// caseOf returns the lemma of the case (or mark) child of a nominal, "" when
// none. Multi-word prepositions ("according to") give their first word.
func (t *tree) caseOf(i int) string {
	for c := t.first[i]; c >= 0; c = t.next[c] {
		if r := t.toks[c].DepRel; r == "case" || r == "mark" {
			return strings.ToLower(t.lemma(int(c)))
		}
	}
	return ""
}

// byAgent returns the passive agent of verb v: its obl:agent child when
// that is marked by "by" or by nothing, or -1. The parser sometimes labels
// "according to the authorities" obl:agent too, and the source of a
// report is not the doer of what it reports.
func (t *tree) byAgent(v int) int {
	for c := t.first[v]; c >= 0; c = t.next[c] {
		if t.toks[c].DepRel == "obl:agent" {
			if k := t.caseOf(int(c)); k == "" || k == "by" {
				return int(c)
			}
		}
	}
	return -1
}

// find searches the dependents of root, breadth first down to depth, for a
// token with lemma w, skipping the tokens in skip. It returns -1 when none.
func (t *tree) find(root int, w string, depth int, skip int) int {
	type qn struct{ n, d int32 }
	var queue [64]qn
	q := append(queue[:0], qn{int32(root), 0})
	for i := 0; i < len(q); i++ {
		n, d := q[i].n, int(q[i].d)
		if d >= depth {
			continue
		}
		for c := t.first[n]; c >= 0; c = t.next[c] {
			if int(c) == skip {
				continue
			}
			// A participial adjunct (", claiming …") or a parenthetical is
			// another clause, not a word of the trigger's phrase.
			if r := base(t.toks[c].DepRel); r == "parataxis" || (r == "advcl" && t.toks[c].XPOS == "VBG" && t.childBase(int(c), "mark") < 0) {
				continue
			}
			if t.is(int(c), w) {
				return int(c)
			}
			if r := t.toks[c].DepRel; clausal(r) && base(r) != "xcomp" {
				// Another clause's words are not the trigger's, except its
				// marker: the "of" of "accused X of abandoning". A controlled
				// complement is part of the predicate ("urge + to exercise
				// restraint").
				if d+1 < depth {
					for g := t.first[c]; g >= 0; g = t.next[g] {
						if r := t.toks[g].DepRel; (r == "mark" || r == "case") && t.is(int(g), w) {
							return int(g)
						}
					}
				}
				continue
			}
			if len(q) < cap(queue) {
				q = append(q, qn{c, int32(d + 1)})
			}
		}
	}
	return -1
}

// isAncestor reports whether a dominates b (or a == b).
func (t *tree) isAncestor(a, b int) bool {
	for i := 0; b >= 0 && i < len(t.toks); i++ {
		if a == b {
			return true
		}
		b = t.head(b)
	}
	return false
}

// phraseRels are the relations the coder follows from a slot word to find
// the actor it names: titles, appositions, names, possessors and modifiers
// ("Prime Minister Benjamin Netanyahu's plans" → Netanyahu). Clauses are not
// followed: they are other assertions.
func phraseRel(rel string) bool {
	switch base(rel) {
	case "nmod", "compound", "flat", "appos", "amod", "det", "fixed", "goeswith":
		return true
	}
	return false
}

// bestActor finds the actor of the phrase headed by node: the one whose
// token is highest in the phrase (fewest phrase relations away), leftmost
// on ties. It returns the actor index and its depth, or -1.
func (t *tree) bestActor(node, maxDepth int) (int, int) {
	if node < 0 {
		return -1, -1
	}
	type qn struct{ n, d int32 }
	var queue [64]qn
	q := append(queue[:0], qn{int32(node), 0})
	best, bestD := -1, -1
	for i := 0; i < len(q); i++ {
		n, d := q[i].n, int(q[i].d)
		if best >= 0 && d > bestD {
			break
		}
		// A bare role word without a country ("military" in "its military
		// offensive", "citizens' rights") names nobody below the phrase head.
		if a := int(t.actorAt[n]); a >= 0 && (d == 0 || !bareAgent(&t.actors[a]) || (d == 1 && t.titleOf(int(n)))) {
			if best < 0 || t.actors[a].Tokens[0] < t.actors[best].Tokens[0] {
				best, bestD = a, d
			}
			continue
		}
		if d >= maxDepth {
			continue
		}
		placeEnd := -1 // the last token of a place phrase among n's dependents
		for c := t.first[n]; c >= 0; c = t.next[c] {
			r := t.toks[c].DepRel
			// A plain nmod is followed only from the phrase head ("the leader
			// of Hamas"), not from deeper ("the contrast in the positions of
			// the U.S." does not name the U.S.).
			// A place phrase ("a landslide in Bijie, China") says where, not
			// who; nor, for a doer, does an apposition right after one,
			// which the parser often hangs on the head instead of the place
			// ("a landslide in South Kivu, Democratic Republic of the Congo").
			loc := base(r) == "nmod" && locative[t.caseOf(int(c))]
			if loc {
				_, placeEnd = t.extent(int(c))
			}
			placeAppos := false
			if t.doer && r == "appos" && placeEnd >= 0 {
				// Right after the place and its comma (which the parser
				// hangs on either side).
				lo, _ := t.extent(int(c))
				placeAppos = (lo == placeEnd+1 || lo == placeEnd+2) && t.toks[placeEnd+1].Text == ","
			}
			if phraseRel(r) && (d == 0 || r != "nmod") && !loc && !placeAppos && len(q) < cap(queue) {
				q = append(q, qn{c, int32(d + 1)})
			}
		}
	}
	return best, bestD
}

// extent returns the first and last token of the subtree of n.
func (t *tree) extent(n int) (lo, hi int) {
	lo, hi = n, n
	for c := t.first[n]; c >= 0; c = t.next[c] {
		l, h := t.extent(int(c))
		lo, hi = min(lo, l), max(hi, h)
	}
	return lo, hi
}

// conjuncts returns node and the nodes coordinated with it ("the US and the
// UK"), in text order.
func (t *tree) conjuncts(node int, out []int) []int {
	out = append(out, node)
	for c := t.first[node]; c >= 0; c = t.next[c] {
		if t.toks[c].DepRel == "conj" {
			out = t.conjuncts(int(c), out)
		}
	}
	return out
}

// tokSpan returns the text span of tokens [lo, hi).
func (t *tree) tokSpan(lo, hi int) model.Span {
	if lo < 0 || hi > len(t.toks) || lo >= hi {
		return model.Span{}
	}
	return model.Span{Start: t.toks[lo].Span.Start, End: t.toks[hi-1].Span.End}
}

// bareAgent reports whether an actor is a generic role word with no country
// or group ("troops", "military").
func bareAgent(a *model.Actor) bool {
	return a.Kind == model.KindAgent && a.Country == "" && a.Group == ""
}

// clausal reports whether a relation attaches a clause of its own.
func clausal(rel string) bool {
	switch base(rel) {
	case "advcl", "ccomp", "xcomp", "acl", "parataxis", "csubj", "conj", "list":
		return true
	}
	return false
}

func growS(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n, n+n/2)
	}
	return s[:n]
}

// lower lower-cases ASCII letters without allocating when there are none
// (most lemmas); other strings go through strings.ToLower.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s)
		}
		if c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// bloom is a 256-bit set of word hashes: a pattern whose required words are
// not all in the sentence's bloom cannot match, and is skipped without a
// tree search (trigger lemmas such as "demand" have hundreds of patterns).
type bloom [4]uint64

func wordBit(w string) (int, uint64) {
	// FNV-1a, folded to 8 bits.
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	b := (h ^ h>>8 ^ h>>16 ^ h>>24) & 0xff
	return int(b >> 6), 1 << (b & 63)
}

func (b *bloom) add(w string) {
	i, bit := wordBit(w)
	b[i] |= bit
}

// covers reports whether every bit of o is in b.
func (b *bloom) covers(o *bloom) bool {
	return o[0]&^b[0] == 0 && o[1]&^b[1] == 0 && o[2]&^b[2] == 0 && o[3]&^b[3] == 0
}

// locative prepositions introduce where something is, not who takes part.
var locative = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true,
	"within": true, "across": true, "around": true, "throughout": true, "beside": true, "off": true}

// dateline reports whether actor a is a wire dateline ("CAIRO, June 2 -"):
// a place written in capitals at the start of the sentence and followed
// by a comma says where the story was filed, not who acted.
func dateline(s *model.Sentence, a *model.Actor) bool {
	if a.Tokens[0] != 0 || a.Tokens[1] >= int32(len(s.Tokens)) || s.Tokens[a.Tokens[1]].Text != "," {
		return false
	}
	if a.Kind != model.KindMetonym && a.Kind != model.KindCountry {
		return false
	}
	letters := 0
	for i := a.Tokens[0]; i < a.Tokens[1]; i++ {
		for _, r := range s.Tokens[i].Text {
			switch {
			case r >= 'a' && r <= 'z':
				return false
			case r >= 'A' && r <= 'Z':
				letters++
			}
		}
	}
	return letters >= 4
}

// officeNouns stand for the person or office that owns them ("the
// governor's office", "the minister's spokesman").
var officeNouns = set("office", "spokesman", "spokeswoman", "spokesperson", "aide", "cabinet", "administration")

// quantityNouns head a phrase whose of-complement names the members.
var quantityNouns = set("thousand", "hundred", "dozen", "million", "score", "group", "number", "crowd", "band", "team", "delegation", "contingent", "unit", "hundreds", "thousands", "dozens")

// titleOf reports whether node n is a role word that titles its head: a
// title before a name ("President Duterte", "Gov. Phil Murphy") or the
// owner of an office ("the governor's office"). A bare role word there
// names the actor, for want of a known name.
func (t *tree) titleOf(n int) bool {
	h := t.head(n)
	if h < 0 {
		return false
	}
	switch r := t.rel(n); {
	case r == "nmod:desc":
		return true
	case r == "compound":
		return t.toks[h].UPOS == "PROPN" && n < h
	case r == "nmod:poss":
		return officeNouns[lower(t.lemma(h))]
	case base(r) == "nmod":
		// "thousands of workers", "a group of protesters": the quantity
		// heads the phrase, the role word names who.
		return quantityNouns[lower(t.lemma(h))] && t.caseOf(n) == "of"
	}
	return false
}
