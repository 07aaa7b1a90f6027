package petrarch

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"dyad/internal/kb"
)

// ReadAgents reads a PETRARCH agent dictionary: "PHRASE {PLURALS} [~XXX]"
// lines and "!NAME! = A, B, C" substitution sets.
func ReadAgents(r io.Reader, file string) ([]*kb.Entry, []Skip, error) {
	lines, err := readLines(r, false)
	if err != nil {
		return nil, nil, fmt.Errorf("petrarch: %s: %w", file, err)
	}
	var out []*kb.Entry
	var skips []Skip
	subs := map[string][]string{}
	pos := func(n int) string { return file + ":" + strconv.Itoa(n) }
	skip := func(l line, approx bool, format string, a ...any) {
		skips = append(skips, Skip{Pos: pos(l.n), Text: l.raw, Reason: fmt.Sprintf(format, a...), Approx: approx})
	}
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") && !strings.Contains(t, "[") {
			name, list, _ := strings.Cut(t, "=")
			name = strings.TrimSpace(name)
			if len(name) < 3 || !strings.HasSuffix(name, "!") || strings.Count(name, "!") != 2 {
				skip(l, false, "substitution marker %q: want !NAME!", name)
				continue
			}
			var items []string
			for _, it := range strings.Split(list, ",") {
				if it = strings.TrimSpace(it); it != "" {
					items = append(items, it)
				}
			}
			if len(items) == 0 {
				skip(l, false, "substitution set %s is empty", name)
				continue
			}
			subs[name] = items
			continue
		}
		text, inside, ok := bracket(t)
		if !ok {
			skip(l, false, "agent line without a [code]")
			continue
		}
		code := strings.ToUpper(strings.TrimSpace(inside))
		prefix := false
		switch {
		case strings.HasPrefix(code, "~"):
			code = strings.TrimSpace(code[1:])
		case strings.HasSuffix(code, "~"):
			code = strings.TrimSpace(code[:len(code)-1])
			prefix = true
		default:
			skip(l, false, "agent code %q has no '~' (want [~XXX] or [XXX~])", inside)
			continue
		}
		if code == "" || (!validCode(code) && code != "---") {
			skip(l, false, "agent code %q is not letters and digits", code)
			continue
		}
		if code == "---" {
			code = ""
		}
		if prefix {
			skip(l, true, "prefix agent [%s~]: kb matches it as a role; the petrarch stage puts it before the actor code when most lines write it so", code)
		}
		// Plurals: "{}" means none, "{A B}" lists irregular ones.
		var plurals []string
		noPlural := false
		if i := strings.IndexByte(text, '{'); i >= 0 {
			j := strings.IndexByte(text[i:], '}')
			if j < 0 {
				skip(l, false, "unclosed '{'")
				continue
			}
			inner := strings.TrimSpace(text[i+1 : i+j])
			if inner == "" {
				noPlural = true
			} else {
				plurals = strings.Fields(inner)
			}
			text = text[:i] + text[i+j+1:]
		}
		if noPlural {
			skip(l, true, "'{}' (no plural): kb still forms the regular plural of agent words")
		}
		forms, err := expandSubs(strings.TrimSpace(text), subs)
		if err != nil {
			skip(l, false, "%v", err)
			continue
		}
		if !noPlural {
			plurals = append(plurals, petrPlurals(forms)...)
		}
		e := &kb.Entry{Kind: "agent", Key: "petrarch " + pos(l.n), Code: code, Pos: pos(l.n), File: file, Line: l.n}
		if prefix {
			e.Type = "prefix" // Dicts.Prefix: the role goes before the actor code
		}
		for _, f := range append(forms, plurals...) {
			if p := phraseText(f); p != "" {
				e.Phrases = append(e.Phrases, kb.Phrase{Text: p, Form: "name", Pos: pos(l.n)})
			}
		}
		if len(e.Phrases) == 0 {
			skip(l, false, "empty agent phrase")
			continue
		}
		e.Name = e.Phrases[0].Text
		out = append(out, e)
	}
	return out, skips, nil
}

// petrPlurals returns the regular plurals of agent phrases, formed on
// the last word as PETRARCH forms them ("CONGRESS" → "CONGRESSES",
// "PARTY" → "PARTIES", "SPOKESMAN" → "SPOKESMEN", "OFFICIAL" →
// "OFFICIALS"), so that a phrase matches its plural as a word of its own
// and "{}" (no plural) is honoured where the phrases are read word by word.
func petrPlurals(forms []string) []string {
	var out []string
	for _, f := range forms {
		f = strings.TrimRight(strings.TrimSpace(f), "_")
		u := strings.ToUpper(f)
		var p string
		switch {
		case u == "":
			continue
		case strings.HasSuffix(u, "MAN"):
			p = f[:len(f)-2] + "EN"
		case strings.HasSuffix(u, "Y") && len(u) > 1 && !strings.ContainsRune("AEIOU", rune(u[len(u)-2])):
			p = f[:len(f)-1] + "IES"
		case strings.HasSuffix(u, "S") || strings.HasSuffix(u, "X") || strings.HasSuffix(u, "CH") || strings.HasSuffix(u, "SH"):
			p = f + "ES"
		default:
			p = f + "S"
		}
		out = append(out, p)
	}
	return out
}

// storyDiscardKey starts the kb key of a file's story discards.
const storyDiscardKey = "petrarch story "

// expandSubs replaces every !NAME! marker in s by each member of its set.
func expandSubs(s string, subs map[string][]string) ([]string, error) {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}, nil
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return nil, fmt.Errorf("unclosed substitution marker in %q", s)
	}
	name := s[i : i+j+2]
	items, ok := subs[name]
	if !ok {
		return nil, fmt.Errorf("substitution marker %s is not defined above", name)
	}
	rest, err := expandSubs(s[i+j+2:], subs)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, it := range items {
		for _, r := range rest {
			out = append(out, s[:i]+it+r)
		}
	}
	return out, nil
}

// ReadDiscards reads a PETRARCH discard list: "+PHRASE" lines discard the
// story, other lines the sentence. kb discards sentences only, so story
// discards are loaded as sentence discards under their own key (Finish
// then drops the rest of the story) and reported as approximated.
func ReadDiscards(r io.Reader, file string) ([]*kb.Entry, []Skip, error) {
	lines, err := readLines(r, false)
	if err != nil {
		return nil, nil, fmt.Errorf("petrarch: %s: %w", file, err)
	}
	var skips []Skip
	pos := func(n int) string { return file + ":" + strconv.Itoa(n) }
	sent := &kb.Entry{Kind: "discard", Key: "petrarch sentence " + file, Name: "sentence discards", Scope: "sentence", File: file}
	story := &kb.Entry{Kind: "discard", Key: storyDiscardKey + file, Name: "story discards", Scope: "sentence", File: file}
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		e := sent
		if strings.HasPrefix(t, "+") {
			e, t = story, t[1:]
			skips = append(skips, Skip{Pos: pos(l.n), Text: l.raw, Reason: "story discard: kb discards the sentence, Finish the rest of the story", Approx: true})
		}
		t, _, _ = bracket(t)
		p := phraseText(t)
		if p == "" {
			skips = append(skips, Skip{Pos: pos(l.n), Text: l.raw, Reason: "empty discard phrase"})
			continue
		}
		if e.Pos == "" {
			e.Pos, e.Line = pos(l.n), l.n
		}
		e.Phrases = append(e.Phrases, kb.Phrase{Text: p, Form: "phrase", Pos: pos(l.n)})
	}
	var out []*kb.Entry
	for _, e := range []*kb.Entry{sent, story} {
		if len(e.Phrases) > 0 {
			out = append(out, e)
		}
	}
	return out, skips, nil
}
