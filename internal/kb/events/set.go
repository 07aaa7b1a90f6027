package events

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"dyad/internal/kb/dictfile"
)

//go:embed data/*.dict
var shipped embed.FS

// Set is a loaded collection of patterns, indexed by trigger. It is
// read-only after loading (Add is for loaders) and safe for concurrent reads.
type Set struct {
	all     []*Pattern
	byTrig  [4]map[string][]*Pattern // indexed by POS
	byCode  map[string][]*Pattern
	sorted  atomic.Bool // read on the hot path without the lock
	sortMux sync.Mutex
}

// Options controls Load.
type Options struct {
	Files     []string // extra user pattern files, read after the shipped ones
	NoDefault bool     // skip the shipped files
}

// NewSet returns an empty set.
func NewSet() *Set {
	return &Set{byTrig: [4]map[string][]*Pattern{nil, {}, {}, {}}, byCode: map[string][]*Pattern{}}
}

var (
	defaultOnce sync.Once
	defaultSet  *Set
	defaultErr  error
)

// LoadDefault returns the shipped patterns, parsed once per process.
func LoadDefault() (*Set, error) {
	defaultOnce.Do(func() { defaultSet, defaultErr = Load(Options{}) })
	return defaultSet, defaultErr
}

// Load reads the shipped files (unless NoDefault) and opt.Files. Every
// syntax error is reported, each naming file:line, joined into one error.
func Load(opt Options) (*Set, error) {
	s := NewSet()
	var errs []error
	if !opt.NoDefault {
		names, err := fs.Glob(shipped, "data/*.dict")
		if err != nil {
			return nil, fmt.Errorf("events: listing shipped files: %w", err)
		}
		sort.Strings(names)
		for _, n := range names {
			b, err := shipped.ReadFile(n)
			if err != nil {
				return nil, fmt.Errorf("events: %s: %w", n, err)
			}
			errs = append(errs, s.read(b, "events/"+n)...)
		}
	}
	for _, f := range opt.Files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		errs = append(errs, s.read(b, f)...)
	}
	s.finish()
	if len(errs) > 0 {
		return s, errors.Join(errs...)
	}
	return s, nil
}

// Parse reads one pattern file's content; file names positions. It returns
// the patterns it could read and every error, so one bad line hides nothing.
func Parse(data []byte, file string) ([]*Pattern, []error) {
	tmp := NewSet()
	errs := tmp.read(data, file)
	return tmp.all, errs
}

func (s *Set) read(data []byte, file string) []error {
	blocks, errs := dictfile.Parse(bytes.NewReader(data), file)
	for _, b := range blocks {
		if b.Kind != "event" {
			errs = append(errs, &dictfile.Error{File: file, Line: b.Line, Msg: fmt.Sprintf("unknown block kind %q (want \"event CODE\")", b.Kind)})
			continue
		}
		code := b.Key
		if !validCodeSyntax(code) {
			errs = append(errs, &dictfile.Error{File: file, Line: b.Line, Msg: fmt.Sprintf("event code %q is not a CAMEO code (2 to 4 digits)", code)})
			continue
		}
		var not []string
		var note string
		for _, f := range b.Fields {
			switch f.Name {
			case "not":
				for _, w := range strings.FieldsFunc(strings.ToLower(f.Value), func(r rune) bool { return r == '|' || r == ' ' || r == '\t' }) {
					if err := checkWord(w); err != nil {
						errs = append(errs, &dictfile.Error{File: file, Line: f.Line, Msg: fmt.Sprintf("not: %q: %v", w, err)})
						continue
					}
					not = append(not, w)
				}
			case "note":
				if note != "" {
					note += " "
				}
				note += f.Value
			case "verb", "noun", "adj":
			default:
				errs = append(errs, &dictfile.Error{File: file, Line: f.Line, Msg: fmt.Sprintf("unknown field %q in event block (want verb, noun, adj, not, note)", f.Name)})
			}
		}
		for _, f := range b.Fields {
			var kind POS
			switch f.Name {
			case "verb":
				kind = Verb
			case "noun":
				kind = Noun
			case "adj":
				kind = Adj
			default:
				continue
			}
			alts := dictfile.Alternatives(f.Value)
			pos := b.FieldPos(f)
			if len(alts) == 0 {
				errs = append(errs, &dictfile.Error{File: file, Line: f.Line, Msg: fmt.Sprintf("empty %s: field", f.Name)})
			}
			for _, a := range alts {
				p, err := ParsePattern(code, kind, a)
				if err != nil {
					errs = append(errs, &dictfile.Error{File: file, Line: f.Line, Msg: err.Error()})
					continue
				}
				p.Pos = pos
				p.Not = not
				p.Note = note
				s.Add(p)
			}
		}
	}
	return errs
}

// validCodeSyntax accepts 2-, 3- and 4-digit codes under roots 01–20.
func validCodeSyntax(c string) bool {
	if len(c) < 2 || len(c) > 4 {
		return false
	}
	for _, r := range c {
		if r < '0' || r > '9' {
			return false
		}
	}
	root := (int(c[0]-'0'))*10 + int(c[1]-'0')
	return root >= 1 && root <= 20
}

// Add inserts p (parsed by ParsePattern or built by an importer).
func (s *Set) Add(p *Pattern) {
	s.sortMux.Lock()
	defer s.sortMux.Unlock()
	s.all = append(s.all, p)
	if p.POS.valid() {
		s.byTrig[p.POS][p.Trigger] = append(s.byTrig[p.POS][p.Trigger], p)
	}
	s.byCode[p.Code] = append(s.byCode[p.Code], p)
	s.sorted.Store(false)
}

// finish orders every trigger's candidates most specific first; ties keep
// file order, so an earlier, hand-placed pattern wins.
func (s *Set) finish() {
	s.sortMux.Lock()
	defer s.sortMux.Unlock()
	if s.sorted.Load() {
		return
	}
	for _, m := range s.byTrig[1:] {
		for _, ps := range m {
			sort.SliceStable(ps, func(i, j int) bool { return ps[i].Specificity > ps[j].Specificity })
		}
	}
	s.sorted.Store(true)
}

// ByTrigger returns the candidates for a trigger lemma, most specific first.
// The slice is shared: do not modify it.
func (s *Set) ByTrigger(pos POS, lemma string) []*Pattern {
	if !pos.valid() {
		return nil
	}
	if !s.sorted.Load() {
		s.finish()
	}
	return s.byTrig[pos][lemma]
}

// ByLemma returns the verb, then noun, then adjective candidates for lemma.
func (s *Set) ByLemma(lemma string) []*Pattern {
	v, n, a := s.ByTrigger(Verb, lemma), s.ByTrigger(Noun, lemma), s.ByTrigger(Adj, lemma)
	out := make([]*Pattern, 0, len(v)+len(n)+len(a))
	return append(append(append(out, v...), n...), a...)
}

// ByCode returns the patterns of one code in file order.
func (s *Set) ByCode(code string) []*Pattern { return s.byCode[code] }

// Codes returns the codes that have at least one pattern, sorted.
func (s *Set) Codes() []string {
	out := make([]string, 0, len(s.byCode))
	for c := range s.byCode {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// Triggers returns the trigger lemmas of one part of speech, sorted.
func (s *Set) Triggers(pos POS) []string {
	if !pos.valid() {
		return nil
	}
	out := make([]string, 0, len(s.byTrig[pos]))
	for t := range s.byTrig[pos] {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// All returns every verb and noun pattern in load order: the parts of
// speech of the agreed API, which coders index by POS. Patterns returns
// the adjective ones too.
func (s *Set) All() []*Pattern {
	out := make([]*Pattern, 0, len(s.all))
	for _, p := range s.all {
		if p.POS == Verb || p.POS == Noun {
			out = append(out, p)
		}
	}
	return out
}

// Patterns returns every pattern in load order, adjectives included.
func (s *Set) Patterns() []*Pattern { return s.all }

// Len returns the number of patterns.
func (s *Set) Len() int { return len(s.all) }

// ShippedFiles lists the embedded data files (for `dyad dict` listings).
func ShippedFiles() []string {
	names, _ := fs.Glob(shipped, "data/*.dict")
	for i, n := range names {
		names[i] = path.Base(n)
	}
	sort.Strings(names)
	return names
}
