package petrarch

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"dyad/internal/kb"
)

const openEnd = 99991231

// actorRecord is one PETRARCH actor record being read.
type actorRecord struct {
	phrases []kb.Phrase
	def     string // default code; "" when none or null
	hasDef  bool
	roles   []kb.Role
	line    int
}

// ReadActors reads a TABARI/PETRARCH actor dictionary. Every record
// becomes one kb entry (see the package comment); unreadable lines are
// returned as Skips naming file and line.
func ReadActors(r io.Reader, file string) ([]*kb.Entry, []Skip, error) {
	es, skips, _, err := readActors(r, file)
	return es, skips, err
}

// readActors is ReadActors that also returns, per phrase text, where its
// words were joined by a space rather than '_' (see gapsOf).
func readActors(r io.Reader, file string) ([]*kb.Entry, []Skip, map[string][]bool, error) {
	lines, err := readLines(r, true)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("petrarch: %s: %w", file, err)
	}
	gaps := map[string][]bool{}
	var out []*kb.Entry
	var skips []Skip
	pos := func(n int) string { return file + ":" + strconv.Itoa(n) }
	skip := func(l line, format string, a ...any) {
		skips = append(skips, Skip{Pos: pos(l.n), Text: l.raw, Reason: fmt.Sprintf(format, a...)})
	}
	var cur *actorRecord
	flush := func() {
		if cur == nil || len(cur.phrases) == 0 {
			cur = nil
			return
		}
		if e := cur.entry(file); e != nil {
			out = append(out, e)
		}
		cur = nil
	}
	// addCode reads "CODE" or "CODE <date" / ">date" / "d1-d2".
	addCode := func(l line, inside string) {
		code, rest, _ := strings.Cut(strings.TrimSpace(inside), " ")
		code = strings.ToUpper(strings.TrimSpace(code))
		rest = strings.TrimSpace(rest)
		// "[HOB < 950601]" and "[HOB <950601]" read alike; so does
		// "[HOB<950601]" written without a space.
		if k := strings.IndexAny(code, "<>"); k > 0 {
			rest, code = code[k:]+" "+rest, code[:k]
		}
		if code != "---" && !validMulti(code) {
			skip(l, "actor code %q is not letters and digits (or codes joined by '/')", code)
			return
		}
		if code == "---" {
			code = ""
		}
		if rest == "" {
			cur.def, cur.hasDef = code, true
			return
		}
		role := kb.Role{Code: code, From: 0, To: openEnd, Pos: pos(l.n), Text: strings.TrimSpace(inside)}
		var err error
		switch {
		case strings.HasPrefix(rest, "<"):
			role.To, err = petrDate(rest[1:])
		case strings.HasPrefix(rest, ">"):
			role.From, err = petrDate(rest[1:])
		case strings.Contains(rest, "-"):
			a, b, _ := strings.Cut(rest, "-")
			role.From, err = petrDate(a)
			if err == nil {
				role.To, err = petrDate(b)
			}
			if err == nil && role.To < role.From {
				err = fmt.Errorf("interval ends before it starts")
			}
		default:
			err = fmt.Errorf("want <DATE, >DATE or DATE-DATE after the code")
		}
		if err != nil {
			skip(l, "date restriction %q: %v", rest, err)
			return
		}
		cur.roles = append(cur.roles, role)
	}
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		switch {
		case l.indent && strings.HasPrefix(t, "["):
			if cur == nil {
				skip(l, "code line outside an actor record")
				continue
			}
			_, inside, ok := bracket(t)
			if !ok {
				skip(l, "unclosed '['")
				continue
			}
			addCode(l, inside)
		case strings.HasPrefix(t, "+"):
			if cur == nil {
				skip(l, "synonym outside an actor record")
				continue
			}
			text, _, _ := bracket(t[1:])
			p := phraseText(text)
			gapsOf(gaps, text)
			if p == "" {
				skip(l, "empty synonym")
				continue
			}
			cur.phrases = append(cur.phrases, kb.Phrase{Text: p, Form: "name", Pos: pos(l.n)})
		default:
			text, inside, ok := bracket(t)
			if strings.Contains(t, "[") && !ok {
				skip(l, "unclosed '['")
				continue
			}
			// A new primary ends the previous record once it has codes;
			// primaries without codes in between share what follows.
			if cur != nil && (cur.hasDef || len(cur.roles) > 0) {
				flush()
			}
			if cur == nil {
				cur = &actorRecord{line: l.n}
			}
			p := phraseText(text)
			gapsOf(gaps, text)
			if p == "" {
				skip(l, "empty actor phrase")
				continue
			}
			cur.phrases = append(cur.phrases, kb.Phrase{Text: p, Form: "name", Pos: pos(l.n)})
			if ok {
				addCode(l, inside)
			}
		}
	}
	flush()
	return out, skips, gaps, nil
}

// gapsOf notes which words of a phrase may have other words before them
// in a noun phrase: PETRARCH's actor phrases match their words in order,
// consecutively across '_' ("THE_BROWN") but with words between across a
// space ("ITHILEN TELEVISION" matches "Ithilen state-run television").
func gapsOf(gaps map[string][]bool, text string) {
	fs := strings.Fields(text)
	var g []bool
	spaced := false
	for _, f := range fs {
		for k, w := range strings.Split(strings.Trim(f, "_"), "_") {
			if w == "" {
				continue
			}
			gap := k == 0 && len(g) > 0
			spaced = spaced || gap
			g = append(g, gap)
		}
	}
	if spaced {
		gaps[phraseText(text)] = g
	}
}

// entry turns a record into a kb entry: a country entry for a single
// undated three-letter code (so that agents attach), else an actor entry
// with dated codes, keyed by its position so records never replace each
// other.
func (a *actorRecord) entry(file string) *kb.Entry {
	p := file + ":" + strconv.Itoa(a.line)
	e := &kb.Entry{Name: a.phrases[0].Text, Pos: p, File: file, Line: a.line, Phrases: a.phrases, Code: a.def, Roles: a.roles}
	if len(a.roles) == 0 && len(a.def) == 3 {
		e.Kind, e.Key = "country", a.def
		return e
	}
	e.Kind, e.Key = "actor", "petrarch "+p
	if len(a.def) >= 3 {
		e.Country = a.def[:3]
	} else if len(a.roles) > 0 && len(a.roles[0].Code) >= 3 {
		e.Country = a.roles[0].Code[:3]
	}
	return e
}

// petrDate reads a PETRARCH date: YYYYMMDD or YYMMDD (years below 30 are
// 20xx, others 19xx), as yyyymmdd.
func petrDate(s string) (int32, error) {
	s = strings.TrimSpace(s)
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, fmt.Errorf("date %q is not all digits", s)
		}
	}
	var y, m, d int
	switch len(s) {
	case 6:
		y, _ = strconv.Atoi(s[:2])
		if y < 30 {
			y += 2000
		} else {
			y += 1900
		}
		m, _ = strconv.Atoi(s[2:4])
		d, _ = strconv.Atoi(s[4:6])
	case 8:
		y, _ = strconv.Atoi(s[:4])
		m, _ = strconv.Atoi(s[4:6])
		d, _ = strconv.Atoi(s[6:8])
	default:
		return 0, fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, fmt.Errorf("date %q: no such month or day", s)
	}
	return int32(y*10000 + m*100 + d), nil
}

// validMulti accepts a code or several joined by '/' ("FRO/BIL/SAM": the
// phrase stands for each of them).
func validMulti(c string) bool {
	for _, p := range strings.Split(c, "/") {
		if !validCode(p) {
			return false
		}
	}
	return true
}
