package kb

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"dyad/internal/kb/dictfile"
	"dyad/internal/model"
)

// Entry is one dictionary block after parsing: a country, organisation,
// person, agent word set or discard rule.
type Entry struct {
	Kind string // "country", "actor", "person", "agent", "discard"
	Key  string // header key: ISO code, actor code, person name, role, discard label
	Name string // canonical name shown in output
	Pos  string // "file:line" of the header
	File string
	Line int

	// Code is the entry's code outside any dated line: the CAMEO country
	// code for a country, the actor code for an organisation, the role
	// string ("MIL", "GOVHLH", "" for "-") for an agent.
	Code string
	// Country is a person's or organisation's home country, used to build
	// "<country>ELI" for former office holders.
	Country string
	// Roles are a person's dated roles, or an organisation's dated codes.
	Roles []Role
	// After is a person's code outside all roles after the first began
	// (default Country+"ELI"); Before is the code before the first role
	// (default Country, or nothing when no country is known).
	After, Before string
	Died          int32 // yyyymmdd, 0 when alive or unknown
	Type          string
	Scope         string // discard: "sentence" or "match"

	Phrases []Phrase
}

// Role is one dated line of a person (or a dated code of an organisation).
type Role struct {
	Code     string
	From, To int32 // yyyymmdd, inclusive; 0 and 99991231 for open ends
	Title    string
	Pos      string // "file:line"
	Text     string // the line as written, for explanations
}

// Phrase is one name of an entry, with how it was given.
type Phrase struct {
	Text  string
	Form  string // "name", "short", "former", "adjective", "demonym", "metonym", "acronym", "title"
	Roles string // for a metonym: the roles it stands for ("GOV", "MIL")
	Pos   string
}

const openEnd = 99991231

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD. end selects the last day of
// a year or month, so that "2019..2021" covers all of 2021.
func parseDate(s string, end bool) (int32, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		if end {
			return openEnd, nil
		}
		return 0, nil
	}
	var parts [3]string
	n := 0
	for rest := s; ; n++ {
		if n == 3 {
			return 0, fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
		}
		p, r, more := strings.Cut(rest, "-")
		parts[n] = p
		if !more {
			n++
			break
		}
		rest = r
	}
	var nums [3]int
	for i, p := range parts[:n] {
		n, err := strconv.Atoi(p)
		if err != nil || (i == 0 && len(p) != 4) || (i > 0 && len(p) != 2) {
			return 0, fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
		}
		nums[i] = n
	}
	y, m, d := nums[0], 1, 1
	len3 := n
	if end {
		m, d = 12, 31
	}
	if len3 > 1 {
		m = nums[1]
		if m < 1 || m > 12 {
			return 0, fmt.Errorf("bad month in %q", s)
		}
		if end {
			d = time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		}
	}
	if len3 > 2 {
		d = nums[2]
		if d < 1 || d > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
			return 0, fmt.Errorf("bad day in %q", s)
		}
	}
	return int32(y*10000 + m*100 + d), nil
}

// dayOf turns a time into yyyymmdd; the zero time counts as "now or later",
// so undated text gets the newest roles.
func dayOf(t time.Time) int32 {
	if t.IsZero() {
		return openEnd - 1
	}
	return int32(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

// parseRange reads "CODE FROM..TO" (the range optional) into a Role.
func parseRange(v string) (Role, error) {
	v = strings.TrimSpace(v)
	code, rng, _ := strings.Cut(v, " ")
	r := Role{Code: strings.TrimSpace(code), From: 0, To: openEnd, Text: v}
	rng = strings.TrimSpace(rng)
	if rng == "" {
		return r, nil
	}
	from, to, ok := strings.Cut(rng, "..")
	if !ok {
		return r, fmt.Errorf("date range %q has no '..' (write FROM..TO, FROM.. or ..TO)", rng)
	}
	var err error
	if r.From, err = parseDate(from, false); err != nil {
		return r, err
	}
	if r.To, err = parseDate(to, true); err != nil {
		return r, err
	}
	if r.To < r.From {
		return r, fmt.Errorf("range %q ends before it starts", rng)
	}
	return r, nil
}

// fieldsByKind lists the fields each block kind accepts.
var fieldsByKind = map[string]map[string]bool{
	"country": setOf("name", "short", "former", "adjective", "demonym", "metonym", "code", "note"),
	"actor":   setOf("name", "acronym", "code", "country", "type", "note", "former"),
	"person":  setOf("name", "role", "country", "died", "after", "before", "note"),
	"agent":   setOf("name", "note"),
	"discard": setOf("phrase", "scope", "note"),
}

// entryFromBlock checks one block and turns it into an Entry. It returns
// every problem it finds, each naming file and line.
func entryFromBlock(b *dictfile.Block) (*Entry, []error) {
	var errs []error
	bad := func(line int, format string, a ...any) {
		errs = append(errs, &dictfile.Error{File: b.File, Line: line, Msg: fmt.Sprintf(format, a...)})
	}
	allowed, ok := fieldsByKind[b.Kind]
	if !ok {
		bad(b.Line, "unknown block kind %q (want country, actor, person, agent or discard)", b.Kind)
		return nil, errs
	}
	if b.Key == "" {
		bad(b.Line, "%s block has no key", b.Kind)
		return nil, errs
	}
	e := &Entry{Kind: b.Kind, Key: b.Key, Name: b.Key, Pos: posOf(b.File, b.Line), File: b.File, Line: b.Line}
	add := func(f dictfile.Field, form, roles string) {
		alts := dictfile.Alternatives(f.Value)
		if len(alts) == 0 {
			bad(f.Line, "field %q has no phrase", f.Name)
		}
		for _, p := range alts {
			e.Phrases = append(e.Phrases, Phrase{Text: p, Form: form, Roles: roles, Pos: posOf(b.File, f.Line)})
		}
	}
	switch b.Kind {
	case "country":
		if _, ok := splitCode(b.Key); !ok || len(b.Key) != 3 {
			bad(b.Line, "country key %q is not a three-letter code", b.Key)
		}
		e.Code = b.Key
	case "actor":
		if _, ok := splitCode(b.Key); !ok {
			bad(b.Line, "actor key %q is not a code of three-letter parts", b.Key)
		}
		e.Code = b.Key
		e.Country = countryOf(b.Key)
	case "agent":
		if b.Key != "-" {
			if _, ok := splitCode(b.Key); !ok {
				bad(b.Line, "agent key %q is not a role code (or '-')", b.Key)
			}
			e.Code = b.Key
		}
	case "person":
		e.Phrases = append(e.Phrases, Phrase{Text: b.Key, Form: "name", Pos: e.Pos})
	case "discard":
		e.Scope = "match"
	}
	for _, f := range b.Fields {
		if !allowed[f.Name] {
			bad(f.Line, "%s block does not take field %q", b.Kind, f.Name)
			continue
		}
		if f.Name != "metonym" && len(f.Args) > 0 {
			bad(f.Line, "field %q takes no words before ':'", f.Name)
		}
		switch f.Name {
		case "note":
		case "name", "short", "former", "adjective", "demonym", "acronym", "phrase":
			if b.Kind == "country" && f.Name == "name" && e.Name == e.Key {
				if alts := dictfile.Alternatives(f.Value); len(alts) > 0 {
					e.Name = alts[0]
				}
			}
			if b.Kind == "actor" && f.Name == "name" && e.Name == e.Key {
				if alts := dictfile.Alternatives(f.Value); len(alts) > 0 {
					e.Name = alts[0]
				}
			}
			add(f, f.Name, "")
		case "metonym":
			if len(f.Args) != 1 {
				bad(f.Line, "metonym needs one role code before ':' (\"metonym GOV: Washington\")")
				continue
			}
			add(f, "metonym", f.Args[0])
		case "code":
			r, err := parseRange(f.Value)
			if err != nil {
				bad(f.Line, "%v", err)
				continue
			}
			r.Pos = posOf(b.File, f.Line)
			if b.Kind == "country" && r.From == 0 && r.To == openEnd {
				e.Code = r.Code
			} else {
				e.Roles = append(e.Roles, r)
			}
		case "role":
			text, title, _ := strings.Cut(f.Value, "#")
			r, err := parseRange(text)
			if err != nil {
				bad(f.Line, "%v", err)
				continue
			}
			r.Title = strings.TrimSpace(title)
			r.Pos = posOf(b.File, f.Line)
			e.Roles = append(e.Roles, r)
		case "country":
			e.Country = strings.TrimSpace(f.Value)
		case "type":
			e.Type = strings.TrimSpace(f.Value)
		case "after":
			e.After = strings.TrimSpace(f.Value)
		case "before":
			e.Before = strings.TrimSpace(f.Value)
		case "died":
			d, err := parseDate(f.Value, false)
			if err != nil {
				bad(f.Line, "%v", err)
			}
			e.Died = d
		case "scope":
			switch v := strings.TrimSpace(f.Value); v {
			case "sentence", "match":
				e.Scope = v
			default:
				bad(f.Line, "scope %q (want sentence or match)", v)
			}
		}
	}
	if b.Kind == "person" {
		if e.Country == "" && len(e.Roles) > 0 {
			e.Country = countryOf(e.Roles[0].Code)
		}
	}
	if b.Kind == "agent" && len(e.Phrases) == 0 {
		bad(b.Line, "agent block has no name")
	}
	if b.Kind == "discard" && len(e.Phrases) == 0 {
		bad(b.Line, "discard block has no phrase")
	}
	return e, errs
}

// CodeAt returns the code of a person or organisation on day d (yyyymmdd),
// and the role line that decided it (nil when no dated line applies).
// A person outside every role is coded by what they are then: Before until
// the first role starts, After (default <country>ELI) once one has ended.
// When roles overlap, the one that started last wins: it is the newer
// office.
func (e *Entry) CodeAt(d int32) (string, *Role) {
	var best *Role
	started := false
	for i := range e.Roles {
		r := &e.Roles[i]
		if r.From <= d {
			started = true
		}
		if r.From <= d && d <= r.To && (best == nil || r.From >= best.From) {
			best = r
		}
	}
	if best != nil {
		return best.Code, best
	}
	switch e.Kind {
	case "person":
		if len(e.Roles) == 0 {
			if e.After != "" {
				return e.After, nil
			}
			return e.Country, nil
		}
		if !started {
			if e.Before != "" {
				return e.Before, nil
			}
			return e.Country, nil
		}
		if e.After != "" {
			return e.After, nil
		}
		if e.Country == "" {
			return "", nil
		}
		return e.Country + "ELI", nil
	default:
		return e.Code, nil
	}
}

// actorKind maps an entry kind (and phrase form) to the model's kind.
func actorKind(e *Entry, form string) model.ActorKind {
	switch e.Kind {
	case "country":
		if form == "metonym" {
			return model.KindMetonym
		}
		return model.KindCountry
	case "person":
		return model.KindPerson
	case "actor":
		return model.KindOrg
	case "agent":
		return model.KindAgent
	}
	return model.KindUnknown
}

// posOf renders "file:line" (what dictfile's Pos does, without fmt: it
// runs for every name and role line at load time).
func posOf(file string, line int) string { return file + ":" + strconv.Itoa(line) }
