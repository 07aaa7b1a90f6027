package kb

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync"

	"dyad/internal/kb/dictfile"
)

//go:embed data/*.dict
var shipped embed.FS

// Options selects the dictionaries to load.
type Options struct {
	// Files are user dictionary files read after the shipped ones: their
	// entries extend the shipped ones, and replace a shipped person or
	// organisation with the same key (a country block with the same key
	// adds names to the shipped country).
	Files []string
	// NoShipped loads only Files (for tests and for users who want a
	// dictionary of their own).
	NoShipped bool
}

// KB is a compiled actor dictionary. It is read-only after Load and safe
// for use by many goroutines.
type KB struct {
	entries []*Entry          // every live entry, in load order
	byKey   map[string]*Entry // kind+"\x00"+key → entry
	// ofJoin joins an agent to the country after "of" ("the President
	// of Ukraine"). Dictionaries imported from PETRARCH or TABARI read
	// such phrases their own way, so LoadEntries leaves it off.
	ofJoin bool

	nodes []node
	cands []cand
}

// node is one state of the token trie. Edges are keyed by folded words.
type node struct {
	next map[string]int32
	term []int32 // candidates ending here, best first
}

// cand is one dictionary phrase as compiled into the trie.
type cand struct {
	e      *Entry
	p      *Phrase
	words  []string // the phrase's words as written, for case rules
	rules  []uint8
	rank   int // load rank: higher wins ties
	plural bool
}

var (
	defaultOnce = sync.OnceValues(func() (*KB, error) { return Load(Options{}) })
)

// LoadDefault returns the shipped dictionaries, compiled once per process.
func LoadDefault() (*KB, error) { return defaultOnce() }

// shippedFiles lists the embedded files in load order: generated files
// first, hand-curated ones after, so that curated entries override.
func shippedFiles() []string {
	names, _ := fs.Glob(shipped, "data/*.dict")
	sort.SliceStable(names, func(i, j int) bool {
		gi, gj := strings.Contains(names[i], ".gen."), strings.Contains(names[j], ".gen.")
		if gi != gj {
			return gi
		}
		return names[i] < names[j]
	})
	return names
}

// ReadBlocks parses every shipped and user dictionary file, in load order,
// returning the blocks and all syntax errors. Lint and stats use it.
func ReadBlocks(opt Options) ([]*dictfile.Block, []error) {
	var blocks []*dictfile.Block
	var errs []error
	read := func(name string, r io.Reader) {
		bs, es := dictfile.Parse(r, name)
		blocks = append(blocks, bs...)
		errs = append(errs, es...)
	}
	if !opt.NoShipped {
		for _, n := range shippedFiles() {
			f, err := shipped.Open(n)
			if err != nil {
				errs = append(errs, fmt.Errorf("kb: %s: %w", n, err))
				continue
			}
			read("kb/"+n, f)
			f.Close()
		}
	}
	for _, n := range opt.Files {
		f, err := os.Open(n)
		if err != nil {
			errs = append(errs, fmt.Errorf("kb: %w", err))
			continue
		}
		read(n, f)
		f.Close()
	}
	return blocks, errs
}

// Load reads and compiles the dictionaries. It reports every problem it
// finds (each with file and line), not just the first.
func Load(opt Options) (*KB, error) {
	blocks, errs := ReadBlocks(opt)
	k := &KB{byKey: map[string]*Entry{}, ofJoin: true}
	for _, b := range blocks {
		e, es := entryFromBlock(b)
		errs = append(errs, es...)
		if e == nil {
			continue
		}
		k.add(e)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("kb: %d dictionary error(s): %w", len(errs), errors.Join(errs...))
	}
	k.compile()
	return k, nil
}

// add registers an entry, applying the override rules: a later country
// block merges into an earlier one with the same key; a later person or
// actor block with the same key replaces it; agents and discards add.
func (k *KB) add(e *Entry) {
	key := e.Kind + "\x00" + e.Key
	switch e.Kind {
	case "country":
		if old, ok := k.byKey[key]; ok {
			old.Phrases = append(old.Phrases, e.Phrases...)
			if e.Code != e.Key {
				old.Code = e.Code
			}
			old.Roles = append(old.Roles, e.Roles...)
			if old.Name == old.Key && e.Name != e.Key {
				old.Name = e.Name
			}
			return
		}
	case "person", "actor":
		if old, ok := k.byKey[key]; ok {
			for i, x := range k.entries {
				if x == old {
					k.entries = append(k.entries[:i], k.entries[i+1:]...)
					break
				}
			}
		}
	}
	k.byKey[key] = e
	k.entries = append(k.entries, e)
}

// compile builds the token trie from every entry's phrases.
func (k *KB) compile() {
	// Size the tables once: growing them phrase by phrase was most of the
	// load time.
	phrases := 0
	for _, e := range k.entries {
		phrases += len(e.Phrases)
	}
	k.nodes = make([]node, 1, 2*phrases+16)
	k.cands = make([]cand, 0, phrases+phrases/4+16)
	for rank, e := range k.entries {
		for i := range e.Phrases {
			p := &e.Phrases[i]
			variants := splitPhrase(p.Text)
			// "the White House" also matches "White House officials".
			if rest, ok := strings.CutPrefix(p.Text, "the "); ok && e.Kind != "agent" && e.Kind != "discard" {
				variants = append(variants, splitPhrase(rest)...)
			}
			for _, words := range variants {
				k.insert(e, p, words, rank, false)
				last := words[len(words)-1]
				if pluralisable(p.Form, last) || (e.Kind == "agent" && !strings.HasSuffix(strings.ToLower(last), "s") && !uncountable[strings.ToLower(last)]) {
					pw := append(append([]string(nil), words[:len(words)-1]...), plural(last))
					k.insert(e, p, pw, rank, true)
				}
			}
		}
	}
}

// uncountable agent words get no automatic plural.
var uncountable = setOf("police", "military", "personnel", "staff", "government", "leadership", "army", "navy", "coast guard", "militia", "security", "intelligence", "opposition", "junta", "cabinet", "parliament", "congress", "judiciary", "clergy", "media", "press", "public", "people")

func (k *KB) insert(e *Entry, p *Phrase, words []string, rank int, isPlural bool) {
	n := int32(0)
	for _, w := range words {
		f := fold(w)
		nx, ok := k.nodes[n].next[f]
		if !ok {
			nx = int32(len(k.nodes))
			k.nodes = append(k.nodes, node{})
			if k.nodes[n].next == nil {
				k.nodes[n].next = map[string]int32{}
			}
			k.nodes[n].next[f] = nx
		}
		n = nx
	}
	c := cand{e: e, p: p, words: words, rank: rank, plural: isPlural}
	c.rules = make([]uint8, len(words))
	for i, w := range words {
		c.rules[i] = caseRule(w, p.Form == "acronym")
	}
	ci := int32(len(k.cands))
	k.cands = append(k.cands, c)
	// Later entries (curated, user) come first; among equals, keep order.
	t := k.nodes[n].term
	pos := len(t)
	for i, o := range t {
		if k.cands[o].rank < rank {
			pos = i
			break
		}
	}
	t = append(t, 0)
	copy(t[pos+1:], t[pos:])
	t[pos] = ci
	k.nodes[n].term = t
}

// Entries returns the live entries in load order (overridden ones
// removed). The slice must not be modified.
func (k *KB) Entries() []*Entry { return k.entries }

// Lookup returns the entry of a kind with a key ("person", "Joe Biden").
func (k *KB) Lookup(kind, key string) (*Entry, bool) {
	e, ok := k.byKey[kind+"\x00"+key]
	return e, ok
}

// Name implements pipeline.Stage.
func (k *KB) Name() string { return "kb" }

// ShippedFile returns the content of a shipped dictionary file by its base
// name, for `dyad dict` commands.
func ShippedFile(name string) ([]byte, error) {
	return shipped.ReadFile(path.Join("data", name))
}
