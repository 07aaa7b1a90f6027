package tag

import (
	"cmp"
	"math"
	"slices"
)

// noGap marks a word that repairVerbless may not change: its class came
// from the dictionary, or no finite-verb class scored for it.
const noGap = float32(math.MaxFloat32)

// The limits of repairVerbless. maxVerbGap bounds how far below a word's
// chosen class its verb reading may have scored for the word to be tried
// as the verb, maxVerbTries how many words are tried, and maxVerbLoss how
// much lower than the verbless tagging the best tagging with a verb may
// score and still be taken: chosen on EWT and GUM dev, where it gains the
// most words (docs/results.md). A verb followed by what begins its object
// ("kills 10", "bombs the", "fires its") may cost more, up to
// maxVerbLossObject, the largest that loses nothing on dev: a noun
// compound is rarely followed by a determiner or a number. The gap and the loss are in the model's score
// units (weights times their scale), as decode sums them.
//
// repairCoordinated may cost up to maxCoordLoss: its word stands right
// after a coordinating conjunction and before an object's first word, in
// a sentence that already has a verb of the same form ("kills four
// fighters and wounds two others"), which no EWT or GUM sentence matched
// at any limit up to 400 (docs/results.md). Raising it from 100 to 250
// gave the current-events corpus 36 more events, nearly all the second
// act of "kills … and wounds …"; nothing more changes up to 400.
const (
	maxVerbGap        = 200
	maxVerbTries      = 3
	maxVerbLoss       = 50
	maxVerbLossObject = 100
	maxCoordLoss      = 250
)

// Finite verb kinds: the class's XPOS is VBZ, VBP or VBD.
const (
	notFinite byte = iota
	vbz
	vbp
	vbd
)

// finiteKinds gives the finite-verb kind of each class, notFinite for all
// but VERB with VBZ, VBP or VBD.
func finiteKinds(cs []class) []byte {
	f := make([]byte, len(cs))
	for i, c := range cs {
		if c.upos != "VERB" {
			continue
		}
		switch c.xpos {
		case "VBZ":
			f[i] = vbz
		case "VBP":
			f[i] = vbp
		case "VBD":
			f[i] = vbd
		}
	}
	return f
}

// Suffix and word hashes for the spelling checks of repairVerbless, in
// the form computeInfo gives them.
var (
	sufS, sufSS, sufUS, sufIS, sufED = suffixHash("s"), suffixHash("ss"), suffixHash("us"), suffixHash("is"), suffixHash("ed")
	// Nouns singular in form that take a plural verb: "Police arrest…".
	pluralNouns = []uint64{hashLower("police"), hashLower("people"), hashLower("cattle")}
)

func suffixHash(s string) uint64 {
	return computeInfo(s, nil, nil).suf[len([]rune(s))-1]
}

// spelledAs reports whether a finite verb of kind k may be spelled as w:
// a VBZ ends in -s ("backs", not "press"), a VBD that is not irregular in
// -ed, a VBP in neither.
func spelledAs(w *wordInfo, k byte) bool { return verbSpellings(w)&(1<<k) != 0 }

// verbSpellings gives the set (bit 1<<kind) of finite-verb kinds that w
// may be spelled as (spelledAs); never notFinite.
func verbSpellings(w *wordInfo) uint8 {
	if w.suf[0] == sufS && w.suf[1] != sufSS && w.suf[1] != sufUS && w.suf[1] != sufIS {
		return 1 << vbz
	}
	if w.suf[1] == sufED {
		return 1 << vbd
	}
	return 1<<vbp | 1<<vbd
}

// noteGap records word i's best finite-verb class that its spelling
// allows (verb, or -1 when none scored) and how far below the word's best
// class that scored.
func (t *Tagger) noteGap(sc *scratch, i, verb int, gap float32) {
	if verb >= 0 {
		sc.gap[i], sc.verb[i] = gap, uint16(verb)
	}
}

// repairVerbless gives a sentence without a finite verb the verb it most
// likely has. News writes in the present tense far more than the
// treebanks do, and a third-person "-s" verb or a plural present after a
// plural subject ("Saudi Arabia backs the plan", "Militants fire
// rockets") looks like a plural noun or a noun compound to a tagger
// trained on them; the sentence then has no verb, its parse no
// predicate, and the event coder nothing to code.
//
// Fragments without verbs are real too (headlines, captions, "Great food,
// friendly staff"), so a word is tried as the verb only where a clause
// would have it: after a nominal, before what may follow a verb, spelled
// as the verb would be, agreeing with what precedes it, and only when the
// tagger itself rated the verb reading close (maxVerbGap). Each word
// tried is forced to its verb class and the whole sentence re-tagged
// around it; a tagging is acceptable if it scores within maxVerbLoss of
// the verbless one, and of the acceptable ones the leftmost verb is kept:
// news puts its subject first and the verb right after it, so in
// "Chile signs trade pacts with Peru" "signs" wins over "pacts" when both
// read well, and in "The committee subpoenas the minister to provide tax
// returns" over "returns" (on the current-events corpus the leftmost
// choice gave better events than the best-scoring one in 15 of 24
// sampled sentences where they differed, worse in 5; docs/results.md).
func (t *Tagger) repairVerbless(sc *scratch, base float32) float32 {
	n := len(sc.tags)
	sc.cands = sc.cands[:0]
	// The main clause ends at the first subordinating conjunction or
	// relative pronoun, if a verb follows it: "The minister calls for calm
	// as protests spread" and "Police raid a depot that stored rifles"
	// have a verb, but not in their main clause.
	end, verb := n, false
	for i, c := range sc.tags {
		if t.finite[c] != notFinite || t.classes[c].xpos == "MD" || t.classes[c].upos == "AUX" {
			if end == n {
				return base
			}
			verb = true
			break
		}
		if end == n && i >= 2 && (t.classes[c].upos == "SCONJ" || t.classes[c].xpos == "WDT" || t.classes[c].xpos == "WP") {
			end = i
		}
	}
	if !verb {
		end = n
	}
	coord := false // a conjunction so far: "Ukraine and Russia exchange…"
	for i := 1; i < end; i++ {
		prev := t.classes[sc.tags[i-1]]
		coord = coord || prev.upos == "CCONJ"
		if sc.gap[i] >= maxVerbGap {
			continue
		}
		switch t.classes[sc.tags[i]].upos {
		case "NOUN", "ADJ", "ADV", "X", "INTJ":
		case "PUNCT", "SYM":
			// An unknown word the tagger took for a symbol: only if it
			// is a word.
			if !sc.ws[i].letter {
				continue
			}
		default:
			continue
		}
		switch prev.upos {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		kind := t.finite[sc.verb[i]]
		if kind == vbp && !coord && !slices.Contains(pluralNouns, sc.ws[i-1].lower) {
			switch prev.xpos {
			case "NNS", "NNPS", "PRP":
			default:
				continue // "Backdrop stand", "Good sports bar"
			}
		}
		if i+1 == n {
			continue // a headline's last word: "Border clashes"
		}
		next := t.classes[sc.tags[i+1]]
		switch next.upos {
		case "DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ", "ADP", "ADV", "PART", "SCONJ":
		case "PUNCT":
			// An intransitive verb may end the sentence ("The prime
			// minister resigns."), when its full stop and its -s or -ed
			// show it is one.
			if i+2 < n || next.xpos != "." || kind == vbp {
				continue
			}
		default:
			continue
		}
		obj := next.upos == "DET" || next.upos == "NUM" || next.xpos == "PRP$"
		sc.cands = append(sc.cands, candidate{i, sc.verb[i], sc.gap[i], obj})
	}
	if len(sc.cands) == 0 {
		return base
	}
	slices.SortFunc(sc.cands, func(a, b candidate) int { return cmp.Compare(a.gap, b.gap) })
	sc.cands = sc.cands[:min(len(sc.cands), maxVerbTries)]
	score, chosen := base, -1
	for k, c := range sc.cands {
		sc.force[c.i] = c.verb
		s := t.decode(sc)
		sc.force[c.i] = noTag
		limit := float32(maxVerbLoss)
		if c.obj {
			limit = maxVerbLossObject
		}
		if base-s < limit && (chosen < 0 || c.i < sc.cands[chosen].i) {
			score, chosen = s, k
		}
	}
	// Decode once more with the reading kept, so that the tags, gaps and
	// verbs in sc are that reading's for repairCoordinated; the chosen
	// verb stays forced for its re-taggings too.
	if chosen >= 0 {
		sc.force[sc.cands[chosen].i] = sc.cands[chosen].verb
	}
	t.decode(sc)
	return score
}

// repairCoordinated makes a verb of a noun that begins a second predicate
// after a conjunction: "A car bomb kills eight people and injures 20",
// "Gunmen kill a guard and wound two others" — the same mistake as
// repairVerbless's in a sentence that does have a verb. The noun must
// follow a coordinating conjunction, come before what begins an object
// (a determiner, a number or a possessive), be spelled as a finite verb
// of a kind the sentence already has, and keep the sentence's score
// within maxCoordLoss.
func (t *Tagger) repairCoordinated(sc *scratch, base float32) {
	n := len(sc.tags)
	var kinds uint8 // finite-verb kinds seen so far
	for i := 0; i < n; i++ {
		c := t.classes[sc.tags[i]]
		kinds |= 1 << t.finite[sc.tags[i]]
		if i == 0 || i+1 == n || kinds&^1 == 0 || c.upos != "NOUN" || sc.gap[i] >= maxVerbGap ||
			t.classes[sc.tags[i-1]].upos != "CCONJ" || kinds&(1<<t.finite[sc.verb[i]]) == 0 {
			continue
		}
		if next := t.classes[sc.tags[i+1]]; next.upos != "DET" && next.upos != "NUM" && next.xpos != "PRP$" {
			continue
		}
		sc.force[i] = sc.verb[i]
		s := t.decode(sc)
		if base-s < maxCoordLoss {
			base = s
			continue
		}
		sc.force[i] = noTag
		t.decode(sc) // the tags as they were, and their gaps for the words to come
	}
}

// candidate is a word repairVerbless may make the sentence's verb.
type candidate struct {
	i    int
	verb uint16
	gap  float32
	obj  bool // a determiner, number or possessive follows: "kills 10", "fires the"
}

// withoutRepair returns a view of t that does not repair verbless
// sentences, to measure what the repair does. It shares t's weights.
func (t *Tagger) withoutRepair() *Tagger {
	v := t.view()
	v.noRepair = true
	return v
}
