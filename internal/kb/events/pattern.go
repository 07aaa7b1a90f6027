package events

import (
	"fmt"
	"strings"
)

// POS says whether a pattern's trigger is a verb or a noun.
type POS uint8

// The trigger parts of speech.
const (
	Verb POS = iota + 1
	Noun
	// Adj is a predicate adjective ("skeptical of +", "ready to"): UD makes
	// it the head of its clause, with the copula as a dependent. It is an
	// addition to the agreed API; coders that ignore it lose nothing else.
	Adj
)

func (p POS) String() string {
	switch p {
	case Verb:
		return "verb"
	case Noun:
		return "noun"
	case Adj:
		return "adj"
	}
	return fmt.Sprintf("POS(%d)", uint8(p))
}

// SlotKind says whether an element is an actor slot, and which.
type SlotKind uint8

// The slot kinds.
const (
	None SlotKind = iota
	Target
	Source
)

func (k SlotKind) String() string {
	switch k {
	case None:
		return "none"
	case Target:
		return "target"
	case Source:
		return "source"
	}
	return fmt.Sprintf("SlotKind(%d)", uint8(k))
}

// Elem is one element of a pattern after the trigger.
type Elem struct {
	Lemma    string   // "" for a bare slot
	Slot     SlotKind // Target for "+", Source for "$" (a slot element has no lemma)
	Optional bool     // "(word)"
	Negated  bool     // "!word"
	// Case is, for a slot, the preposition written right before it ("on"
	// in "attack on +"); "" means the direct object of the word it follows.
	Case string
	// PreHead is true for a word written before the "^head" of a compound
	// ("air" in "air ^strike"); such words are dependents like the others.
	PreHead bool
	// Text is, in a Sequence pattern, the word as written (lower case): the
	// token's text must equal it, as PETRARCH matches words, not lemmas
	// ("RESOLUTION" is not "resolutions"). "" for slots and skips.
	Text string
	// Plural is another text the word matches: PETRARCH also matches the
	// plural of a synonym-set member ("&CURRENCY" +DOLLAR: "dollars").
	Plural string
	// Joined is, in a Sequence pattern, the "_" connector: the element must
	// be the word right next to its neighbour on the trigger's side (the
	// element after it for words before the trigger, the one before it for
	// words after), or to the trigger itself.
	Joined bool
	// Skip is PETRARCH's "^": skip the next noun phrase.
	Skip bool
	// Compound is PETRARCH's "%" before the verb: the next noun phrase
	// must be coordinated ("Gondor and Osgiliath have …"); its members are
	// the source and the target of one another.
	Compound bool
}

// Pattern is one alternative of a verb: or noun: line.
type Pattern struct {
	Code    string // CAMEO code, e.g. "111"
	POS     POS
	Trigger string // head lemma
	Elems   []Elem // the elements after the trigger, in written order (pre-head words first)
	Text    string // the pattern as written, lowercased, single-spaced, e.g. "accuse + of"
	Pos     string // "file:line"
	// Specificity is the number of required lemma elements (the trigger
	// included) plus slots: longer patterns win over shorter ones.
	Specificity int
	Not         []string // lemmas from the block's not: field; any of them among the trigger's dependents blocks the pattern
	Note        string   // the block's note: field
	// Sequence makes the coder match the pattern as PETRARCH/TABARI do: as
	// word sequences, not dependents. Elems with PreHead are the words
	// written before the verb ("INDICATED WOULD *"), matched outward from
	// it among the words before it back to a comma; the others are matched
	// in order among the words of the verb's phrase after it. Words may have
	// other words between them unless Joined. A slot is the next noun
	// phrase. Imported PETRARCH dictionaries set it; dyad's own patterns,
	// written for the dependency tree, do not.
	Sequence bool
	// Forms, when set, are the only texts of the trigger the pattern
	// accepts (lower case): a PETRARCH verb written inflected ("LEFT")
	// matches its own forms, not every form of its lemma.
	Forms []string
}

// Target returns the target slot element, if the pattern has one.
func (p *Pattern) Target() (Elem, bool) { return p.slot(Target) }

// Source returns the explicit source slot element, if the pattern has one.
func (p *Pattern) Source() (Elem, bool) { return p.slot(Source) }

func (p *Pattern) slot(k SlotKind) (Elem, bool) {
	for _, e := range p.Elems {
		if e.Slot == k {
			return e, true
		}
	}
	return Elem{}, false
}

// Required returns the lemmas that must be present besides the trigger.
func (p *Pattern) Required() []string {
	var out []string
	for _, e := range p.Elems {
		if e.Lemma != "" && !e.Optional && !e.Negated {
			out = append(out, e.Lemma)
		}
	}
	return out
}

func (p *Pattern) String() string { return fmt.Sprintf("%s %s: %s", p.Code, p.POS, p.Text) }

// prepositions are the words after which a slot is a prepositional
// attachment (obl/nmod with that case) rather than a direct object.
var prepositions = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`aboard about above across after against along alongside amid amidst among
		amongst around as at before behind below beneath beside besides between beyond by concerning despite down
		during except for from in including inside into like near of off on onto out outside over past per regarding
		since than through throughout to toward towards under underneath unlike until up upon versus via with within without`) {
		prepositions[w] = true
	}
}

// IsPreposition reports whether a slot after w is read as a prepositional
// attachment with case w.
func IsPreposition(w string) bool { return prepositions[w] }

// ParsePattern parses one pattern phrase for code. Errors describe the
// problem without a position; Load adds "file:line".
func ParsePattern(code string, pos POS, text string) (*Pattern, error) {
	if !pos.valid() {
		return nil, fmt.Errorf("pattern %q: unknown part of speech %d", text, pos)
	}
	words := strings.Fields(strings.ToLower(text))
	if len(words) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	p := &Pattern{Code: code, POS: pos, Text: strings.Join(words, " "), Elems: make([]Elem, 0, len(words)-1)}
	head := 0
	for i, w := range words {
		if strings.HasPrefix(w, "^") {
			if i == 0 {
				return nil, fmt.Errorf("pattern %q: '^' on the first word is redundant", p.Text)
			}
			if head != 0 {
				return nil, fmt.Errorf("pattern %q: more than one '^' head", p.Text)
			}
			head = i
		}
	}
	trig := strings.TrimPrefix(words[head], "^")
	if err := checkWord(trig); err != nil {
		return nil, fmt.Errorf("pattern %q: trigger %q: %w", p.Text, words[head], err)
	}
	p.Trigger = trig
	p.Specificity = 1
	for i, w := range words {
		if i == head {
			continue
		}
		e, err := parseElem(w)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: element %q: %w", p.Text, w, err)
		}
		if i < head {
			if e.Slot != None {
				return nil, fmt.Errorf("pattern %q: slot %q before the head", p.Text, w)
			}
			e.PreHead = true
		}
		if e.Slot != None {
			if i > 0 && i-1 != head {
				prev := words[i-1]
				if prepositions[prev] {
					e.Case = prev
				} else if strings.HasPrefix(prev, "(") || strings.HasPrefix(prev, "!") {
					return nil, fmt.Errorf("pattern %q: slot %q after an optional or negated word is ambiguous", p.Text, w)
				}
			}
			for _, o := range p.Elems {
				if o.Slot == e.Slot {
					return nil, fmt.Errorf("pattern %q: two %s slots", p.Text, e.Slot)
				}
			}
		}
		if e.Slot != None || (!e.Optional && !e.Negated) {
			p.Specificity++
		}
		p.Elems = append(p.Elems, e)
	}
	return p, nil
}

func parseElem(w string) (Elem, error) {
	switch w {
	case "+":
		return Elem{Slot: Target}, nil
	case "$":
		return Elem{Slot: Source}, nil
	}
	var e Elem
	if strings.HasPrefix(w, "(") || strings.HasSuffix(w, ")") {
		if !strings.HasPrefix(w, "(") || !strings.HasSuffix(w, ")") || len(w) < 3 {
			return e, fmt.Errorf("unbalanced parentheses")
		}
		w = w[1 : len(w)-1]
		if w == "+" || w == "$" {
			return e, fmt.Errorf("a slot cannot be optional")
		}
		e.Optional = true
	}
	if strings.HasPrefix(w, "!") {
		if e.Optional {
			return e, fmt.Errorf("a word cannot be both optional and negated")
		}
		w = w[1:]
		e.Negated = true
	}
	if err := checkWord(w); err != nil {
		return e, err
	}
	e.Lemma = w
	return e, nil
}

// checkWord accepts a lemma: letters, digits and the inner punctuation of
// words like "anti-government", "n't" or "u.n.".
func checkWord(w string) error {
	if w == "" {
		return fmt.Errorf("empty word")
	}
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '\'', r == '.', r == '_', r > 0x7f:
		default:
			return fmt.Errorf("character %q not allowed in a lemma", r)
		}
	}
	return nil
}

func (p POS) valid() bool { return p == Verb || p == Noun || p == Adj }
