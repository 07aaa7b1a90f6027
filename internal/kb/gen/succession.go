package main

import (
	"os"
	"regexp"
	"sort"
	"strings"

	"dyad/internal/kb/dictfile"
)

// coreOffice names an office whose holders succeed one another (the four
// core offices and every titled "other:" office), so that an office a
// snapshot left open can be closed when the next holder takes it.
func coreOffice(role string) string {
	switch role {
	case "head_of_state", "head_of_government", "foreign_minister", "defence_minister":
		return role
	}
	// Other offices succeed one another under the same title ("other:Minister
	// of Finance").
	if strings.HasPrefix(role, "other:") {
		return role
	}
	return ""
}

// succession is one start of a core office.
type succession struct {
	person, country, office, from string
}

// curatedTitle maps the titles of people.dict role lines to core offices.
var curatedTitle = []struct {
	re     *regexp.Regexp
	office string
}{
	{regexp.MustCompile(`^(President|King|Queen|Emir|Sultan)\b`), "head_of_state"},
	{regexp.MustCompile(`^(Prime Minister|Chancellor|Premier)\b`), "head_of_government"},
	{regexp.MustCompile(`^Foreign (Minister|Secretary)\b|^Secretary of State\b|^External Affairs Minister\b`), "foreign_minister"},
	{regexp.MustCompile(`^(Defen[cs]e (Minister|Secretary)|Secretary of Defense|Armed Forces Minister)\b`), "defence_minister"},
}

// curatedSuccessions reads the hand-curated people file for the core
// offices taken after the snapshots (Starmer, Merz, Carney …). A missing
// file gives none.
func curatedSuccessions(path string) []succession {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	blocks, _ := dictfile.Parse(f, path)
	var out []succession
	for _, b := range blocks {
		if b.Kind != "person" {
			continue
		}
		for _, line := range rawRoleLines(path, b) {
			code, rest, _ := strings.Cut(strings.TrimSpace(line.value), " ")
			rng, title, _ := strings.Cut(rest, "#")
			from, _, ok := strings.Cut(strings.TrimSpace(rng), "..")
			title = strings.TrimSpace(title)
			if !ok || from == "" || len(code) < 3 {
				continue
			}
			for _, ct := range curatedTitle {
				if ct.re.MatchString(title) {
					out = append(out, succession{person: b.Key, country: code[:3], office: ct.office, from: from})
				}
			}
		}
	}
	return out
}

type rawLine struct{ value string }

var rawCache = map[string][]string{}

// rawRoleLines returns the role lines of a block with their comments (the
// titles), which dictfile.Parse strips.
func rawRoleLines(path string, b *dictfile.Block) []rawLine {
	lines, ok := rawCache[path]
	if !ok {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		lines = strings.Split(string(data), "\n")
		rawCache[path] = lines
	}
	var out []rawLine
	for _, f := range b.Get("role") {
		if f.Line-1 < len(lines) {
			_, v, _ := strings.Cut(lines[f.Line-1], ":")
			out = append(out, rawLine{v})
		}
	}
	return out
}

// closeBySuccessors ends every office a snapshot left open when a later
// holder of the same office in the same country is known, from the facts
// or from the curated file: a 2022 snapshot's prime minister is not prime
// minister in 2025 when the next one took office in 2024.
func closeBySuccessors(people map[string]*person, curated []succession) {
	var all []succession
	for _, p := range people {
		for _, s := range p.spans {
			if s.office != "" && s.from != "" {
				all = append(all, succession{person: p.name, country: s.code[:3], office: s.office, from: s.from})
			}
		}
	}
	all = append(all, curated...)
	sort.Slice(all, func(i, j int) bool { return all[i].from < all[j].from })
	for _, p := range people {
		for i := range p.spans {
			s := &p.spans[i]
			if s.office == "" || s.to != "" {
				continue
			}
			for _, n := range all {
				if n.person != p.name && n.country == s.code[:3] && n.office == s.office && n.from > s.from {
					s.to = n.from
					s.note = "closed when " + n.person + " took the office"
					break
				}
			}
		}
	}
}
