package kb

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"dyad/internal/kb/dictfile"
	"dyad/internal/ontology"
)

// Problem is one finding of Lint.
type Problem struct {
	Pos      string // "file:line"
	Severity string // "error" or "warning"
	Msg      string
}

func (p Problem) String() string { return p.Pos + ": " + p.Severity + ": " + p.Msg }

// Lint checks the dictionaries selected by opt and returns every problem,
// sorted by position: syntax errors, duplicate keys, one name with
// conflicting codes, overlapping roles with different codes, roles after a
// death date, unknown codes, and names that can never match. Overriding a
// generated entry from a curated file, or a shipped one from a user file,
// is not a problem: that is what the layers are for.
func Lint(opt Options) []Problem {
	var out []Problem
	add := func(pos, sev, format string, a ...any) {
		out = append(out, Problem{Pos: pos, Severity: sev, Msg: fmt.Sprintf(format, a...)})
	}
	blocks, errs := ReadBlocks(opt)
	var entries []*Entry
	for _, b := range blocks {
		e, es := entryFromBlock(b)
		errs = append(errs, es...)
		if e != nil {
			entries = append(entries, e)
		}
	}
	for _, err := range errs {
		var de *dictfile.Error
		if errors.As(err, &de) {
			add(fmt.Sprintf("%s:%d", de.File, de.Line), "error", "%s", de.Msg)
		} else {
			add("", "error", "%v", err)
		}
	}
	groups := knownGroups(entries)
	countries := map[string]bool{}
	for _, e := range entries {
		if e.Kind == "country" {
			countries[e.Key] = true
			countries[e.Code] = true
		}
	}
	checkCode := func(pos, code string) {
		if msg := codeProblem(code, countries, groups); msg != "" {
			add(pos, "error", "%s", msg)
		}
	}

	// Duplicate keys within one layer (a file, or the curated files together).
	seen := map[string]*Entry{}
	for _, e := range entries {
		if e.Kind == "agent" || e.Kind == "discard" || e.Kind == "country" {
			continue
		}
		k := e.Kind + "\x00" + e.Key
		if old, ok := seen[k]; ok && layer(old.File, opt) == layer(e.File, opt) {
			add(e.Pos, "error", "duplicate %s %q (first at %s)", e.Kind, e.Key, old.Pos)
		}
		seen[k] = e
	}

	for _, e := range entries {
		switch e.Kind {
		case "actor":
			checkCode(e.Pos, e.Key)
			for _, r := range e.Roles {
				checkCode(r.Pos, r.Code)
			}
		case "country":
			for _, r := range e.Roles {
				checkCode(r.Pos, r.Code)
			}
			for _, p := range e.Phrases {
				if p.Form == "metonym" {
					for _, r := range rolesOf(p.Roles) {
						if !roleCodes[r] {
							add(p.Pos, "error", "metonym role %q is not a CAMEO role code", r)
						}
					}
				}
			}
		case "agent":
			for _, r := range rolesOf(e.Code) {
				if !roleCodes[r] {
					add(e.Pos, "error", "agent role %q is not a CAMEO role code", r)
				}
			}
		case "person":
			lintPerson(e, checkCode, add)
		}
		for _, p := range e.Phrases {
			for _, words := range splitPhrase(p.Text) {
				if msg := neverMatches(words); msg != "" {
					add(p.Pos, "error", "%q can never match: %s", p.Text, msg)
				}
			}
		}
	}
	lintConflicts(entries, opt, add)
	sort.SliceStable(out, func(i, j int) bool { return dictfile.LessPos(out[i].Pos, out[j].Pos) })
	return out
}

func lintPerson(e *Entry, checkCode func(pos, code string), add func(pos, sev, format string, a ...any)) {
	if e.Country != "" && len(e.Country) != 3 {
		add(e.Pos, "error", "country %q is not a three-letter code", e.Country)
	}
	if e.After != "" {
		checkCode(e.Pos, e.After)
	}
	if e.Before != "" {
		checkCode(e.Pos, e.Before)
	}
	for i, r := range e.Roles {
		checkCode(r.Pos, r.Code)
		if e.Died != 0 && r.From > e.Died {
			add(r.Pos, "error", "role starts after the death date")
		}
		if e.Died != 0 && r.To != openEnd && r.To > e.Died {
			add(r.Pos, "error", "role ends after the death date")
		}
		for _, o := range e.Roles[:i] {
			if o.Code != r.Code && o.From <= r.To && r.From <= o.To && overlapDays(o, r) > 1 {
				add(r.Pos, "error", "role %s overlaps role %s (%s) with a different code", r.Code, o.Code, o.Pos)
			}
		}
	}
}

// overlapDays approximates how many days two inclusive ranges share
// (handover days, when one office ends and the next begins, share one).
func overlapDays(a, b Role) int32 {
	from, to := max(a.From, b.From), min(a.To, b.To)
	if to < from {
		return 0
	}
	yd := (to/10000 - from/10000) * 365
	md := ((to/100)%100 - (from/100)%100) * 30
	dd := to%100 - from%100
	return yd + md + dd + 1
}

// knownGroups collects the group parts of every organisation code: the
// three-letter parts after the first that are not roles.
func knownGroups(entries []*Entry) map[string]bool {
	g := map[string]bool{}
	for _, e := range entries {
		if e.Kind != "actor" {
			continue
		}
		codes := []string{e.Key}
		for _, r := range e.Roles {
			codes = append(codes, r.Code)
		}
		for _, c := range codes {
			parts, _ := splitCode(c)
			for i, p := range parts {
				if i > 0 && !roleCodes[p] {
					g[p] = true
				}
			}
		}
	}
	return g
}

// codeProblem explains why a code is not valid, or returns "".
func codeProblem(code string, countries, groups map[string]bool) string {
	if _, err := ontology.ParseActorCode(code); err == nil {
		return ""
	}
	parts, ok := splitCode(code)
	if !ok {
		return fmt.Sprintf("code %q is not made of three-letter parts", code)
	}
	for i, p := range parts {
		switch {
		case i == 0 && (countries[p] || prefixCodes[p] || roleCodes[p] || ontology.IsCountry(p)):
		case i > 0 && (roleCodes[p] || groups[p] || ontology.IsRole(p) || ontology.IsGroup(p) || ontology.IsCountry(p) && i == 1):
		case i == 0:
			return fmt.Sprintf("code %q: %q is no known country or prefix", code, p)
		default:
			return fmt.Sprintf("code %q: %q is neither a role code nor a known group", code, p)
		}
	}
	return ""
}

// neverMatches explains why a phrase cannot match any token sequence.
func neverMatches(words []string) string {
	if len(words) == 0 {
		return "no words"
	}
	if words[0] == "'s" || words[0] == "’s" {
		return "it starts with a possessive"
	}
	letters := false
	for _, w := range words {
		for _, r := range w {
			if r != '.' && r != '-' && r != '\'' && r != ',' {
				letters = true
			}
		}
		if len(w) > 1 && (strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";")) {
			return fmt.Sprintf("the tokenizer splits the punctuation off %q", w)
		}
	}
	if !letters {
		return "it has only punctuation"
	}
	return ""
}

// lintConflicts reports names given to entries with different codes in the
// same layer. People sharing a name are reported once as a warning (the
// matcher prefers the one in office on the article's date).
func lintConflicts(entries []*Entry, opt Options, add func(pos, sev, format string, a ...any)) {
	type use struct {
		e *Entry
		p Phrase
	}
	byName := map[string][]use{}
	for _, e := range entries {
		if e.Kind == "agent" || e.Kind == "discard" {
			continue
		}
		for _, p := range e.Phrases {
			for _, words := range splitPhrase(p.Text) {
				key := make([]string, len(words))
				for i, w := range words {
					key[i] = fold(w)
				}
				k := strings.Join(key, " ")
				// Two forms that differ in case rules can both match
				// ("US" and "us"): only same-case forms conflict.
				k += "\x00" + caseKey(words, p.Form == "acronym")
				byName[k] = append(byName[k], use{e, p})
			}
		}
	}
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		us := byName[n]
		for i := 1; i < len(us); i++ {
			a, b := us[0], us[i]
			if a.e == b.e || layer(a.e.File, opt) != layer(b.e.File, opt) {
				continue
			}
			if a.e.Kind == b.e.Kind && a.e.Key == b.e.Key {
				continue // a country block merged from two files
			}
			ca, _ := a.e.CodeAt(openEnd - 1)
			cb, _ := b.e.CodeAt(openEnd - 1)
			if a.e.Kind == "person" && b.e.Kind == "person" {
				if strings.Contains(a.e.File, ".gen.") {
					continue // generated namesakes: full names, dated choice
				}
				add(b.p.Pos, "warning", "name %q is shared with %s %q (%s); the one in office is preferred", b.p.Text, a.e.Kind, a.e.Key, a.p.Pos)
				continue
			}
			if ca != cb {
				add(b.p.Pos, "error", "name %q is coded %s here but %s by %s %q (%s)", b.p.Text, cb, ca, a.e.Kind, a.e.Key, a.p.Pos)
			}
		}
	}
}

func caseKey(words []string, acronym bool) string {
	var b strings.Builder
	for _, w := range words {
		b.WriteByte('0' + caseRule(w, acronym))
	}
	return b.String()
}

// layer groups files whose entries may not repeat each other: generated
// files, curated shipped files, and each user file on its own.
func layer(file string, opt Options) string {
	switch {
	case strings.HasPrefix(file, "kb/data/") && strings.Contains(file, ".gen."):
		return "generated"
	case strings.HasPrefix(file, "kb/data/"):
		return "curated"
	}
	return file
}
