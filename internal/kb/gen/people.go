package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// row is one office-holding from a facts file.
type row struct {
	person, country, role, start, end, source string
	file                                      string
}

// the facts files the generator builds from, newest last so that a later
// source can close an office a 2022 snapshot left open.
var peopleSources = []string{
	"wikidata_eps_officeholders_2022.csv.gz",
	"wikidata_eps_current_foreign_ministers_2023-01.csv",
	"wikidata_eps_io_officeholders_2023-01.csv",
	"wikipedia_eu10_ministers_defence_etc.csv",
	"world_leaders_current_2026-08_g20_asean.csv",
}

// crossCheck are the academic leader datasets used to confirm heads of
// state and government (they name many leaders by surname only).
var crossCheck = []string{"reign_2021_03_leaders.csv", "archigos_4.1_leaders.csv"}

// orgCodes maps the pseudo-countries of the IO files to actor codes.
var orgCodes = map[string]string{
	"UN": "IGOUNO", "EU": "IGOEUREEC", "AU": "IGOAFRAFU", "ARAB_LEAGUE": "IGOMEAARL",
	"OSCE": "IGOEUROSC", "WTO": "IGOBUSWTO", "ICJ": "IGOUNOJUDICJ", "COE": "IGOEURCOE",
}

// otherTitle selects the "other:" offices that are government roles.
var otherTitle = regexp.MustCompile(`(?i)\b(minister|president|premier|chancellor|secretary[- ]general|chairperson|secretary of state|vice[- ]president)\b`)

// junkTitle drops offices that are not national government posts.
var junkTitle = regexp.MustCompile(`(?i)\b(chief minister|first minister|assistant|under[- ]secretary|vice[- ]minister|minister of state|minister without|state secretary|parliament|assembly|court|judge|justice of|speaker|deputy minister|junior|shadow|regional|provincial|governor)\b`)

func readFacts(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = gz
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []row
	for i, rec := range recs {
		if i == 0 || len(rec) < 6 {
			continue
		}
		out = append(out, row{rec[0], rec[1], rec[2], rec[3], rec[4], rec[5], filepath.Base(path)})
	}
	return out, nil
}

// codeFor maps a row to a CAMEO actor code and a short title, or "" when
// the office is not one dyad codes.
func codeFor(r row) (code, title string) {
	ctry := r.country
	switch {
	case ctry == "XKX":
		ctry = "KOS"
	case orgCodes[ctry] != "":
		ctry = orgCodes[ctry]
	case len(ctry) != 3 || strings.ToUpper(ctry) != ctry:
		return "", ""
	case strings.HasPrefix(ctry, "X"):
		// Pseudo-codes for unrecognised states (Somaliland, South Ossetia,
		// Artsakh …): CAMEO has no code for them.
		return "", ""
	}
	switch r.role {
	case "head_of_state":
		return ctry + "GOV", "head of state"
	case "head_of_government":
		return ctry + "GOV", "head of government"
	case "foreign_minister":
		return ctry + "GOV", "foreign minister"
	case "defence_minister":
		return ctry + "GOV", "defence minister"
	}
	t, ok := strings.CutPrefix(r.role, "other:")
	if !ok || !otherTitle.MatchString(t) || junkTitle.MatchString(t) {
		return "", ""
	}
	if len(ctry) > 3 { // an IGO office: the organisation's code
		return ctry, t
	}
	return ctry + "GOV", t
}

type span struct {
	code, title, from, to, source string
	note                          string
	office                        string // "head_of_state" … for the four core offices, else ""
}

type person struct {
	name, country string
	spans         []span
	hosOrHog      bool
	confirmed     bool
}

var dateRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// writePeople builds people.gen.dict and returns the number of people.
func writePeople(dir, out string, known map[string]bool) (int, error) {
	people := map[string]*person{}
	var dropped []string
	for _, src := range peopleSources {
		rows, err := readFacts(filepath.Join(dir, src))
		if err != nil {
			return 0, fmt.Errorf("people: %w", err)
		}
		for _, r := range rows {
			if n, _, ok := strings.Cut(r.person, ","); ok {
				// "Andrew Adonis, Baron Adonis", "Brian Lenihan, Jnr": the
				// name before the comma is the one news text uses.
				r.person = strings.TrimSpace(n)
			}
			if len(strings.Fields(r.person)) < 2 {
				continue // a single word is too ambiguous to match alone
			}
			code, title := codeFor(r)
			if code != "" && !strings.HasPrefix(code, "IGO") && !known[code[:3]] {
				continue // not an ISO 3166 country (Tibet in exile, Somaliland …)
			}
			if code == "" || r.person == "" || strings.ContainsAny(r.person, "|#:\"") {
				continue
			}
			from, to := r.start, r.end
			if from != "" && !dateRe.MatchString(from) || to != "" && !dateRe.MatchString(to) {
				continue
			}
			// Known error (facts/README): 16 Wikidata rows end before they start.
			if from != "" && to != "" && to < from[:min(len(from), len(to))] {
				dropped = append(dropped, r.person+" "+r.source)
				continue
			}
			// Known error: the 2026 snapshot has Erdoğan as head of
			// government since 2014; he is head of state since 2014-08-28
			// and the premiership was abolished on 2018-07-09.
			if r.country == "TUR" && r.role == "head_of_government" && strings.Contains(r.person, "Erdo") && strings.HasPrefix(from, "2014") {
				continue
			}
			// Offices that ended before 2000 are out of dyad's range: the
			// person still matches through a later office when there is one.
			if to != "" && to < "2000" {
				continue
			}
			// Other ministers are many and minor: keep only those in office
			// from 2010 on.
			if strings.HasPrefix(r.role, "other:") && to != "" && to < "2010" {
				continue
			}
			key := r.person
			p := people[key]
			if p == nil {
				p = &person{name: r.person, country: code[:3]}
				people[key] = p
			}
			if r.role == "head_of_state" || r.role == "head_of_government" {
				p.hosOrHog = true
			}
			note := ""
			if to == "" {
				note = "open at snapshot"
			}
			p.spans = append(p.spans, span{code: code, title: title, from: from, to: to, source: shortSource(r), note: note, office: coreOffice(r.role)})
		}
	}
	closeBySuccessors(people, curatedSuccessions(filepath.Join(filepath.Dir(out), "people.dict")))
	confirm(dir, people)
	// A person whose only offices are IGO posts keeps the IGO code as the
	// country part; ELI after would be wrong for them, so they get no
	// country.
	names := make([]string, 0, len(people))
	for n, p := range people {
		p.spans = oneCountry(p.spans)
		p.spans = mergeSpans(p.spans)
		p.spans = trimOverlaps(p.spans)
		if len(p.spans) == 0 {
			delete(people, n)
			continue
		}
		names = append(names, n)
	}
	sort.Strings(names)
	surnames := surnameCounts(people)
	// A surname that is someone's first name ("Jonathan", "Philip") is no
	// safe alias.
	firstNames := map[string]bool{}
	for _, p := range people {
		if f := strings.Fields(p.name); len(f) > 1 {
			firstNames[strings.ToLower(f[0])] = true
		}
	}

	f, err := os.Create(out)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# Code generated by internal/kb/gen from ../shared/facts (Wikidata CC0, world-leaders-current CC BY-SA 4.0, Wikipedia CC BY-SA). DO NOT EDIT.")
	fmt.Fprintln(w, "# Heads of state and government, foreign and defence ministers and other ministers, offices ending 2000 or later.")
	fmt.Fprintln(w, "# Every office is GOV while held and ELI after. \"open at snapshot\" means the source snapshot (2022 for most,")
	fmt.Fprintln(w, "# 2026-08 for G20/ASEAN heads) still had the person in office: later changes are in people.dict.")
	fmt.Fprintf(w, "# %d rows dropped because they end before they start (known Wikidata error).\n", len(dropped))
	conf := 0
	for _, p := range people {
		if p.confirmed {
			conf++
		}
	}
	fmt.Fprintf(w, "# %d people; %d heads of state/government confirmed by REIGN or Archigos (surname and start year).\n\n", len(names), conf)
	for _, n := range names {
		p := people[n]
		fmt.Fprintf(w, "person %s\n", n)
		if s := surname(n); p.hosOrHog && !strings.Contains(n, " of ") && strings.ToUpper(s) != s && surnames[s] == 1 && len(s) >= 5 && !commonWord[strings.ToLower(s)] && !firstNames[strings.ToLower(s)] && s != n && startsUpper(s) {
			fmt.Fprintf(w, "    name: %s\n", s)
		}
		if len(p.country) == 3 && !strings.HasPrefix(p.spans[0].code, "IGO") {
			fmt.Fprintf(w, "    country: %s\n", p.country)
		}
		for _, s := range p.spans {
			rng := s.from + ".." + s.to
			c := s.title + "; " + s.source
			if s.note != "" {
				c += "; " + s.note
			}
			fmt.Fprintf(w, "    role: %s %s # %s\n", s.code, rng, c)
		}
		if p.confirmed {
			fmt.Fprintln(w, "    note: confirmed by REIGN/Archigos")
		}
		fmt.Fprintln(w)
	}
	if err := w.Flush(); err != nil {
		return 0, err
	}
	return len(names), f.Close()
}

func shortSource(r row) string {
	s := r.source
	if q, _, ok := strings.Cut(s, "|"); ok {
		s = q
	}
	return s
}

// mergeSpans sorts a person's offices, drops exact repeats (the same
// office from two sources) and merges overlapping spans of the same code.
func mergeSpans(in []span) []span {
	sort.SliceStable(in, func(i, j int) bool { return in[i].from < in[j].from })
	var out []span
	for _, s := range in {
		if s.from == "" {
			// An office with no start cannot be placed in time.
			continue
		}
		if n := len(out); n > 0 && out[n-1].code == s.code && (out[n-1].to == "" || s.from <= out[n-1].to) {
			last := &out[n-1]
			if last.to != "" && (s.to == "" || s.to > last.to) {
				last.to = s.to
				last.note = s.note
			}
			if !strings.Contains(last.title, s.title) {
				last.title += ", " + s.title
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// confirm marks heads of state/government whose surname and start year
// (±1) also appear in REIGN or Archigos for the same country.
func confirm(dir string, people map[string]*person) {
	type key struct{ ctry, sur string }
	years := map[key][]string{}
	for _, src := range crossCheck {
		rows, err := readFacts(filepath.Join(dir, src))
		if err != nil {
			continue
		}
		for _, r := range rows {
			if len(r.start) >= 4 {
				k := key{r.country, strings.ToLower(surname(r.person))}
				years[k] = append(years[k], r.start[:4])
			}
		}
	}
	for _, p := range people {
		if !p.hosOrHog {
			continue
		}
		k := key{p.country, strings.ToLower(surname(p.name))}
		for _, y := range years[k] {
			for _, s := range p.spans {
				if len(s.from) >= 4 && absYear(s.from[:4], y) <= 1 {
					p.confirmed = true
				}
			}
		}
	}
}

func absYear(a, b string) int {
	var x, y int
	fmt.Sscanf(a, "%d", &x)
	fmt.Sscanf(b, "%d", &y)
	if x > y {
		return x - y
	}
	return y - x
}

func surname(n string) string {
	f := strings.Fields(n)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func surnameCounts(people map[string]*person) map[string]int {
	m := map[string]int{}
	for _, p := range people {
		m[surname(p.name)]++
	}
	return m
}

// commonWord lists surnames that are also English words or very common
// names, which must not match alone.
var commonWord = map[string]bool{
	"brown": true, "king": true, "young": true, "white": true, "green": true, "black": true,
	"rich": true, "said": true, "love": true, "hope": true, "bush": true, "major": true,
	"may": true, "price": true, "rice": true, "powell": true, "wood": true, "hill": true,
	"ahmed": true, "mohamed": true, "mohammed": true, "muhammad": true, "hassan": true, "ali": true,
	"khan": true, "singh": true, "kumar": true, "abdullah": true, "ibrahim": true, "ahmad": true,
	"garcia": true, "lopez": true, "martin": true, "rodriguez": true, "fernandez": true, "gonzalez": true,
	"silva": true, "santos": true, "smith": true, "jones": true, "williams": true, "taylor": true,
	"johnson": true, "thomas": true, "james": true, "peter": true, "james.": true, "moses": true,
	"august": true, "march": true, "april": true, "union": true, "party": true,
	"english": true, "liverpool": true, "lagos": true, "parts": true, "banks": true, "gross": true, "christie": true,
	"mills": true, "abbott": true, "brandt": true, "berger": true, "granger": true, "burnham": true, "patterson": true,
	"schmid": true, "schmitt": true, "maurer": true, "heine": true, "ewing": true, "dionne": true, "mally": true,
	"chand": true, "mason": true, "simpson": true, "howard": true, "stuart": true, "cameron": true, "sharon": true,
	"muscat": true, "wahid": true, "philippe": true, "conte": true, "amato": true, "gatti": true, "vella": true,
	"bodden": true, "arthur": true, "weekes": true, "gorst": true, "banny": true, "nathan": true, "romeo": true,
	"lozada": true, "saimon": true, "adami": true, "rifai": true, "khamis": true, "hussein": true,
}

// oneCountry keeps a person's national offices in one country: the
// country of the latest office. Namesakes in different countries merged by
// name, and monarchs listed as head of state of every realm, would
// otherwise give one person overlapping offices in many states. IGO
// offices are kept.
func oneCountry(spans []span) []span {
	latest, latestFrom := "", ""
	for _, s := range spans {
		if strings.HasPrefix(s.code, "IGO") {
			continue
		}
		if s.from >= latestFrom {
			latest, latestFrom = s.code[:3], s.from
		}
	}
	var out []span
	for _, s := range spans {
		if strings.HasPrefix(s.code, "IGO") || s.code[:3] == latest {
			out = append(out, s)
		}
	}
	return out
}

// trimOverlaps ends an office where the next office with a different code
// begins, so that a person's roles never overlap (the newer office is what
// the person is then).
func trimOverlaps(spans []span) []span {
	for i := 1; i < len(spans); i++ {
		for j := 0; j < i; j++ {
			p := &spans[j]
			if p.code != spans[i].code && (p.to == "" || p.to > spans[i].from) && p.from <= spans[i].from {
				p.to = spans[i].from
				p.note = "ended by the next office"
			}
		}
	}
	return spans
}

// startsUpper reports whether a name starts with a capital letter (a
// lower-case "surname" is a particle, not a name).
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
