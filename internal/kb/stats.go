package kb

import "strings"

// Stat is one count printed by `dyad dict stats`.
type Stat struct {
	Name  string
	Count int
}

// Stats counts what the loaded dictionaries hold.
func (k *KB) Stats() []Stat {
	var countries, iso, metonyms, people, roles, orgs, agents, agentWords, discards, names int
	for _, e := range k.entries {
		names += len(e.Phrases)
		switch e.Kind {
		case "country":
			countries++
			if strings.Contains(e.File, "countries-iso.gen") {
				iso++
			}
			for _, p := range e.Phrases {
				if p.Form == "metonym" {
					metonyms++
				}
			}
		case "person":
			people++
			roles += len(e.Roles)
		case "actor":
			orgs++
		case "agent":
			agents++
			agentWords += len(e.Phrases)
		case "discard":
			discards++
		}
	}
	return []Stat{
		{"countries", countries},
		{"countries from ISO 3166-1", iso},
		{"metonyms", metonyms},
		{"people", people},
		{"dated roles", roles},
		{"organisations", orgs},
		{"agent blocks", agents},
		{"agent words", agentWords},
		{"discard rules", discards},
		{"names (all phrases)", names},
		{"compiled phrases (with plurals and variants)", len(k.cands)},
		{"trie states", len(k.nodes)},
	}
}
