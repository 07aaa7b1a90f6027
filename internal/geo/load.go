package geo

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"dyad/internal/kb/dictfile"
)

//go:embed data/places.dict
var handEntries []byte

// Gazetteer is the loaded, read-only index. It is safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	names   map[string][]int32
	alpha3  map[string]string
	byID    map[string]int32
	maxLen  int // longest name in words, bounds the phrase search
	// prefixes holds every word-prefix of every name ("khan" for "khan
	// yunis"), so the phrase search stops at the first word sequence that
	// begins no name instead of trying all eight lengths.
	prefixes map[string]struct{}
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer with the shipped hand entries,
// loaded once per process.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = Load(Options{})
	})
	return defaultGaz, defaultErr
}

// Options configures Load.
type Options struct {
	// Extra are user files of hand entries (same syntax as data/places.dict),
	// applied after the shipped ones.
	Extra []NamedReader
}

// NamedReader is a file's contents with its name for error messages.
type NamedReader struct {
	Name string
	R    io.Reader
}

// Load decodes the embedded gazetteer and applies the hand entries.
func Load(opt Options) (*Gazetteer, error) {
	d, err := LoadData()
	if err != nil {
		return nil, err
	}
	g := &Gazetteer{entries: d.Entries, names: d.Names, alpha3: d.Alpha3, byID: map[string]int32{}}
	// Only the few non-GeoNames entries are indexed by id; a hand alias of a
	// GeoNames town is found by a scan at load time (see find).
	for i, e := range g.entries {
		if !strings.HasPrefix(e.ID, "gn:") {
			g.byID[e.ID] = int32(i)
		}
	}
	files := append([]NamedReader{{"data/places.dict", bytes.NewReader(handEntries)}}, opt.Extra...)
	for _, f := range files {
		if err := g.apply(f); err != nil {
			return nil, err
		}
	}
	g.prefixes = make(map[string]struct{}, len(g.names)+len(g.names)/4)
	for k := range g.names {
		g.maxLen = max(g.maxLen, strings.Count(k, " ")+1)
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				g.prefixes[k[:i]] = struct{}{}
			}
		}
		g.prefixes[k] = struct{}{}
	}
	g.maxLen = min(g.maxLen, 8)
	return g, nil
}

func (g *Gazetteer) apply(f NamedReader) error {
	blocks, errs := dictfile.Parse(f.R, f.Name)
	if len(errs) > 0 {
		return errs[0]
	}
	for _, b := range blocks {
		switch b.Kind {
		case "alias":
			i, ok := g.find(b.Key)
			if !ok {
				return fmt.Errorf("%s: alias of unknown entry %q", b.Pos(), b.Key)
			}
			g.addNames(i, b)
		case "place":
			e, err := handEntry(b)
			if err != nil {
				return err
			}
			if _, dup := g.byID[e.ID]; dup {
				return fmt.Errorf("%s: entry %q defined twice", b.Pos(), e.ID)
			}
			i := int32(len(g.entries))
			g.entries = append(g.entries, e)
			g.byID[e.ID] = i
			g.byID[b.Key] = i
			g.addNames(i, b)
		default:
			return fmt.Errorf("%s: unknown block kind %q (want place or alias)", b.Pos(), b.Kind)
		}
	}
	return nil
}

func (g *Gazetteer) find(id string) (int32, bool) {
	if i, ok := g.byID[id]; ok {
		return i, true
	}
	for i := range g.entries {
		if g.entries[i].ID == id {
			g.byID[id] = int32(i)
			return int32(i), true
		}
	}
	return 0, false
}

func (g *Gazetteer) addNames(i int32, b *dictfile.Block) {
	for _, f := range b.Get("name") {
		for _, n := range dictfile.Alternatives(f.Value) {
			k := Normalize(n)
			if k == "" {
				continue
			}
			if !containsIdx(g.names[k], i) {
				g.names[k] = append(g.names[k], i)
			}
		}
	}
}

func containsIdx(v []int32, i int32) bool {
	for _, x := range v {
		if x == i {
			return true
		}
	}
	return false
}

var kinds = map[string]Kind{"city": City, "country": Country, "adm1": ADM1, "region": Region}

func handEntry(b *dictfile.Block) (Entry, error) {
	e := Entry{ID: "dyad:" + b.Key, Feature: "RGN"}
	names := dictfile.Alternatives(b.First("name"))
	if len(names) == 0 {
		return e, fmt.Errorf("%s: place %q has no name", b.Pos(), b.Key)
	}
	e.Name = names[0]
	k, ok := kinds[b.First("kind")]
	if !ok {
		return e, fmt.Errorf("%s: kind %q: want city, region, adm1 or country", b.Pos(), b.First("kind"))
	}
	e.Kind = k
	switch k {
	case City:
		e.Feature = "PPL"
	case Country:
		e.Feature = "PCLI"
	case ADM1:
		e.Feature = "ADM1"
	}
	e.Country = b.First("country")
	at := strings.Fields(b.First("at"))
	if len(at) != 2 {
		return e, fmt.Errorf("%s: at: want \"LAT LON\"", b.Pos())
	}
	lat, err1 := strconv.ParseFloat(at[0], 64)
	lon, err2 := strconv.ParseFloat(at[1], 64)
	if err1 != nil || err2 != nil || math.Abs(lat) > 90 || math.Abs(lon) > 180 {
		return e, fmt.Errorf("%s: at %q: bad coordinates", b.Pos(), b.First("at"))
	}
	e.Lat, e.Lon = float32(lat), float32(lon)
	if a1 := b.First("admin1"); a1 != "" {
		// GeoNames' first-level code, which makes the place's ADM1 code
		// (country + admin1) and ties it to the towns inside it.
		if k != ADM1 || e.Country == "" || len(a1) > 3 {
			return e, fmt.Errorf("%s: admin1 %q: only an adm1 place with a country takes a GeoNames admin1 code (1–3 characters)", b.Pos(), a1)
		}
		e.Admin1 = a1
	}
	if p := b.First("population"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil {
			return e, fmt.Errorf("%s: population %q: %w", b.Pos(), p, err)
		}
		e.Pop = int32(n)
	}
	return e, nil
}

// Lookup returns the entries a name may stand for.
func (g *Gazetteer) Lookup(name string) []Entry {
	idx := g.names[Normalize(name)]
	out := make([]Entry, len(idx))
	for i, x := range idx {
		out[i] = g.entries[x]
	}
	return out
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Alpha2 converts an ISO alpha-3 country code (as in actor codes) to alpha-2.
// CAMEO's Palestinian code PSE is ISO's too; Kosovo (KOS in CAMEO) is XK.
func (g *Gazetteer) Alpha2(a3 string) string {
	if a3 == "KOS" || a3 == "XKX" {
		return "XK"
	}
	return g.alpha3[a3]
}
