package petrarch

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"dyad/internal/kb"
	"dyad/internal/kb/events"
)

// Dicts is a folder of PETRARCH/TABARI dictionaries mapped onto dyad's
// knowledge base.
type Dicts struct {
	Dir      string
	Files    []FileStat
	Entries  []*kb.Entry       // actors, agents and discards, in file order
	Patterns []*events.Pattern // verb patterns
	Skipped  []Skip
	// FormCode maps "lemma|form" to the code of a verb written inflected
	// ("LEFT [032:033]"), for Finish.
	FormCode map[string]string
	// Prefix holds the agent codes written only as prefixes ([NGO~]): Finish
	// puts them before the actor's code.
	Prefix map[string]bool
	// np finds actor and agent phrases in noun phrases, for Finish.
	np *npIndex
	// gaps holds the actor phrases whose words may have others between
	// them (written with spaces, not '_'), by phrase text.
	gaps map[string][]bool
}

// FileStat says what one file contributed.
type FileStat struct {
	File    string
	Kind    string // "verbs", "actors", "agents", "discards", or "ignored"
	Entries int    // kb entries or patterns
	Phrases int    // kb phrases (actors, agents, discards)
	Skipped int
	Verbs   VerbStats
}

// kindOf picks a reader by file name, as PETRARCH's config names them.
func kindOf(name string) string {
	n := strings.ToLower(name)
	switch {
	case !strings.HasSuffix(n, ".txt"):
		return ""
	case strings.Contains(n, "verbs") || strings.HasPrefix(n, "cameo"):
		return "verbs"
	case strings.Contains(n, "actors"):
		return "actors"
	case strings.Contains(n, "agents"):
		return "agents"
	case strings.Contains(n, "discards"):
		return "discards"
	}
	return "ignored"
}

// LoadDir reads every dictionary in dir, choosing the reader by file name
// (*verbs*.txt and CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt).
// Other .txt files (issue codings, preposition lists) are listed as
// ignored with a Skip each. A file that cannot be read is an error; lines
// that cannot be mapped are Skips.
func LoadDir(dir string) (*Dicts, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("petrarch: %w", err)
	}
	var names []string
	for _, e := range ents {
		if !e.IsDir() && kindOf(e.Name()) != "" {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	d := &Dicts{Dir: dir}
	for _, n := range names {
		if err := d.readFile(filepath.Join(dir, n), kindOf(n)); err != nil {
			return nil, err
		}
	}
	d.FormCode = map[string]string{}
	for _, p := range d.Patterns {
		forms, rest, ok := strings.Cut(strings.TrimPrefix(p.Text, "{"), "} ")
		if !strings.HasPrefix(p.Text, "{") || !ok || strings.Contains(rest, "*") {
			continue
		}
		for _, f := range strings.Fields(forms) {
			if _, dup := d.FormCode[p.Trigger+"|"+f]; !dup {
				d.FormCode[p.Trigger+"|"+f] = p.Code
			}
		}
	}
	d.np = newNPIndex(d.Entries, d.gaps)
	if len(d.Patterns) == 0 {
		return nil, fmt.Errorf("petrarch: %s: no verb dictionary (*verbs*.txt or CAMEO*.txt)", dir)
	}
	return d, nil
}

func (d *Dicts) readFile(path, kind string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("petrarch: %w", err)
	}
	defer f.Close()
	fs := FileStat{File: path, Kind: kind}
	var es []*kb.Entry
	var sk []Skip
	switch kind {
	case "verbs":
		var ps []*events.Pattern
		ps, fs.Verbs, sk, err = ReadVerbs(f, path)
		d.Patterns = append(d.Patterns, ps...)
		fs.Entries = len(ps)
	case "actors":
		var gaps map[string][]bool
		es, sk, gaps, err = readActors(f, path)
		if d.gaps == nil {
			d.gaps = map[string][]bool{}
		}
		for k, v := range gaps {
			d.gaps[k] = v
		}
	case "agents":
		es, sk, err = ReadAgents(f, path)
	case "discards":
		es, sk, err = ReadDiscards(f, path)
	default:
		sk = []Skip{{Pos: path + ":1", Reason: "not a verb, actor, agent or discard dictionary: file ignored"}}
	}
	if err != nil {
		return err
	}
	if kind != "verbs" {
		fs.Entries = len(es)
	}
	for _, e := range es {
		fs.Phrases += len(e.Phrases)
	}
	fs.Skipped = len(sk)
	if kind == "agents" {
		if d.Prefix == nil {
			d.Prefix = map[string]bool{}
		}
		// A code written both ways is a prefix when most lines say so.
		votes := map[string]int{}
		for _, e := range es {
			if e.Type == "prefix" {
				votes[e.Code]++
			} else {
				votes[e.Code]--
			}
		}
		for c, v := range votes {
			if v > 0 {
				d.Prefix[c] = true
			}
		}
	}
	d.Entries = append(d.Entries, es...)
	d.Skipped = append(d.Skipped, sk...)
	d.Files = append(d.Files, fs)
	return nil
}

// KB compiles the actor, agent and discard entries into a knowledge base
// with nothing shipped (PETRARCH's dictionaries replace dyad's).
func (d *Dicts) KB() (*kb.KB, error) {
	return kb.LoadEntries(d.Entries, kb.Options{NoShipped: true})
}

// Events returns the verb patterns as a pattern set.
func (d *Dicts) Events() *events.Set {
	s := events.NewSet()
	for _, p := range d.Patterns {
		s.Add(p)
	}
	return s
}
