package events

import (
	"dyad/internal/kb/dictfile"
	"fmt"
	"sort"
	"strings"

	"dyad/internal/ontology"
)

// Problem is one finding of Lint.
type Problem struct {
	Pos     string // "file:line" of the pattern
	Code    string
	Pattern string // the pattern text
	Kind    string // unknown-code, root-code, duplicate, conflict, never-matches, malformed, style
	Msg     string
	Warning bool // style findings; the rest are errors
}

func (p Problem) String() string {
	sev := "error"
	if p.Warning {
		sev = "warning"
	}
	return fmt.Sprintf("%s: %s: %s %q: %s (%s)", p.Pos, sev, p.Code, p.Pattern, p.Msg, p.Kind)
}

// LintOptions tunes LintWith.
type LintOptions struct {
	// KnownCode reports whether a CAMEO code exists. Nil means the
	// ontology package (internal/ontology); tests may pass their own.
	KnownCode func(code string) bool
}

// Lint checks s against the CAMEO ontology. See LintWith.
func Lint(s *Set) []Problem { return LintWith(s, LintOptions{}) }

func inOntology(code string) bool {
	_, ok := ontology.Event(code)
	return ok
}

// LintWith reports unknown codes, patterns under a bare root code, exact
// duplicates, one pattern under two codes, malformed patterns (built by an
// importer rather than parsed), patterns that can never match, and style
// slips (inflected triggers, compounds written without their '^' head).
// Problems come sorted by position.
func LintWith(s *Set, opt LintOptions) []Problem {
	if opt.KnownCode == nil {
		opt.KnownCode = inOntology
	}
	var out []Problem
	type key struct {
		pos  POS
		text string
	}
	seen := map[key][]*Pattern{}
	for _, p := range s.Patterns() {
		add := func(kind, msg string, warn bool) {
			out = append(out, Problem{Pos: p.Pos, Code: p.Code, Pattern: p.Text, Kind: kind, Msg: msg, Warning: warn})
		}
		switch {
		case !validCodeSyntax(p.Code):
			add("unknown-code", "not a CAMEO code", false)
		case opt.KnownCode != nil && !opt.KnownCode(p.Code):
			add("unknown-code", "code not in the CAMEO ontology", false)
		case len(p.Code) == 2:
			add("root-code", "patterns for a root go under its residual code "+p.Code+"0", false)
		}
		k := key{p.POS, p.Text}
		for _, q := range seen[k] {
			if q.Code == p.Code {
				add("duplicate", "duplicate of "+q.Pos, false)
			} else {
				add("conflict", "same pattern under code "+q.Code+" at "+q.Pos, false)
			}
		}
		seen[k] = append(seen[k], p)
		if msg := malformed(p); msg != "" {
			add("malformed", msg, false)
			continue
		}
		for _, msg := range neverMatches(p) {
			add("never-matches", msg, false)
		}
		for _, msg := range style(p) {
			add("style", msg, true)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return dictfile.LessPos(out[i].Pos, out[j].Pos) })
	return out
}

// malformed checks what ParsePattern guarantees, for patterns that were
// built directly (importers call Add).
func malformed(p *Pattern) string {
	if !p.POS.valid() {
		return "unknown part of speech"
	}
	if err := checkWord(p.Trigger); err != nil {
		return "trigger: " + err.Error()
	}
	slots := map[SlotKind]int{}
	for _, e := range p.Elems {
		switch {
		case e.Slot != None && e.Lemma != "":
			return "a slot element with a lemma"
		case e.Slot == None && e.Lemma == "":
			return "an element with neither lemma nor slot"
		case e.Optional && e.Negated:
			return "a word both optional and negated"
		case e.Slot != None && (e.Optional || e.Negated):
			return "an optional or negated slot"
		case e.Lemma != "" && checkWord(e.Lemma) != nil:
			return fmt.Sprintf("element %q: %v", e.Lemma, checkWord(e.Lemma))
		}
		slots[e.Slot]++
	}
	if slots[Target] > 1 || slots[Source] > 1 {
		return "more than one slot of a kind"
	}
	return ""
}

// neverMatches finds contradictions no sentence can satisfy.
func neverMatches(p *Pattern) []string {
	var msgs []string
	if p.POS == Verb && nonHeads[p.Trigger] {
		msgs = append(msgs, fmt.Sprintf("%q is never the head of a UD clause (copulas and negations hang under the predicate)", p.Trigger))
	}
	required := map[string]bool{p.Trigger: true}
	for _, e := range p.Elems {
		if e.Lemma != "" && !e.Optional && !e.Negated {
			required[e.Lemma] = true
		}
	}
	for _, e := range p.Elems {
		if e.Negated && required[e.Lemma] {
			msgs = append(msgs, fmt.Sprintf("%q is both required and forbidden", e.Lemma))
		}
		if e.Slot != None && e.PreHead {
			msgs = append(msgs, "a slot before the head")
		}
	}
	for _, w := range p.Not {
		if required[w] {
			msgs = append(msgs, fmt.Sprintf("not: %q blocks its own required word", w))
		}
	}
	for i, e := range p.Elems {
		if e.Slot != None && i > 0 && p.Elems[i-1].Lemma == "that" {
			msgs = append(msgs, "a slot after \"that\" reads as the object of \"that\": drop \"that\" (the coder takes the subject of the clause)")
		}
	}
	if p.POS == Noun || p.POS == Adj {
		for i, e := range p.Elems {
			if e.Slot != None && e.Case == "" && (i == 0 || p.Elems[i-1].PreHead) {
				msgs = append(msgs, "a noun or adjective takes no direct object: write a preposition before the slot (\"of +\")")
			}
		}
	}
	return msgs
}

// style finds likely slips of dictionary writers. They are warnings: the
// pattern can match, but probably not what was meant.
func style(p *Pattern) []string {
	var msgs []string
	if p.POS == Noun && len(p.Elems) > 0 {
		e := p.Elems[0]
		if len(p.Elems) == 1 && !e.PreHead && e.Slot == None && !e.Optional && !e.Negated && !prepositions[e.Lemma] {
			msgs = append(msgs, fmt.Sprintf("%q after the noun %q looks like a compound written head-last: mark the head with '^'", e.Lemma, p.Trigger))
		}
	}
	for _, e := range p.Elems {
		if e.Lemma != "" && !e.PreHead && looksPlural(e.Lemma) && !prepositions[e.Lemma] {
			msgs = append(msgs, fmt.Sprintf("%q looks plural or inflected: lemmas are base forms", e.Lemma))
		}
	}
	if p.POS == Noun && looksPlural(p.Trigger) {
		msgs = append(msgs, fmt.Sprintf("noun trigger %q looks plural: lemmas are singular", p.Trigger))
	}
	if p.POS == Verb && looksInflected(p.Trigger) {
		msgs = append(msgs, fmt.Sprintf("verb trigger %q looks inflected: write the base form", p.Trigger))
	}
	return msgs
}

// pluralOK are nouns ending in s whose lemma keeps the s.
var pluralOK = map[string]bool{"himars": true, "themselves": true, "teargas": true, "habeas": true, "ecowas": true, "nato": true, "customs": true, "summons": true, "remains": true, "troops": false, "news": true, "arms": false, "series": true, "species": true, "means": true, "headquarters": true, "politics": true, "economics": true, "hostilities": false, "atlas": true, "bias": true, "canvas": true, "alias": true, "gas": true, "bus": true, "yes": true, "this": true}

func looksPlural(w string) bool {
	if ok, listed := pluralOK[w]; listed {
		return !ok
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ics", "ous", "ias", "sis"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// edOK are verbs whose base form ends in "ed".
var edOK = map[string]bool{"shed": true, "shred": true, "wed": true, "bed": true, "embed": true, "bleed": true, "breed": true, "feed": true, "speed": true, "heed": true, "need": true, "proceed": true, "succeed": true, "exceed": true, "concede": false, "plead": false, "seed": true, "weed": true, "impede": false, "recede": false, "redeem": false, "cede": false, "precede": false}

func looksInflected(w string) bool {
	if edOK[w] || strings.HasSuffix(w, "eed") {
		return false
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// nonHeads are words UD never makes the head of a clause: the copula hangs
// under its predicate ("be ready to" is headed by "ready"), and negation is
// an advmod (the coder reads it as modality, not as part of a pattern).
var nonHeads = map[string]bool{"be": true, "not": true, "n't": true, "no": true, "never": true}
