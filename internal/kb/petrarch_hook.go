package kb

import "fmt"

// LoadEntries compiles a knowledge base from entries built in memory by an
// importer (internal/kb/petrarch reads PETRARCH/TABARI dictionaries into
// Entries), after the shipped and user files that opt selects. Entries are
// added under the usual override rules, so an importer must give actor and
// person entries unique keys when they must not replace each other.
func LoadEntries(extra []*Entry, opt Options) (*KB, error) {
	// ofJoin stays off: see KB.
	k := &KB{byKey: map[string]*Entry{}}
	if !opt.NoShipped || len(opt.Files) > 0 {
		base, err := Load(opt)
		if err != nil {
			return nil, err
		}
		for _, e := range base.entries {
			k.add(e)
		}
	}
	for _, e := range extra {
		if e == nil || e.Kind == "" {
			return nil, fmt.Errorf("kb: LoadEntries: entry without a kind")
		}
		k.add(e)
	}
	k.compile()
	return k, nil
}
