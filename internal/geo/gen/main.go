// Command gen builds dyad's embedded gazetteer from GeoNames cities1000 and
// Debian's iso-codes: go generate ./internal/geo.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"dyad/internal/geo"
)

func main() {
	geonames := flag.String("geonames", "../../../shared/geo/geonames-cities1000-2013.txt.gz", "GeoNames cities1000 file (gzipped)")
	isocodes := flag.String("isocodes", "/usr/share/iso-codes/json", "folder of Debian iso-codes JSON files (apt-get install iso-codes)")
	out := flag.String("out", "data/gazetteer.bin.gz", "output file")
	altPop := flag.Int("alt-min-pop", 15000, "keep alternate names only for places with at least this population (or administrative seats)")
	flag.Parse()
	d := &geo.Data{Names: map[string][]int32{}, Alpha3: map[string]string{}}
	if err := readCountries(d, *isocodes); err != nil {
		log.Fatal(err)
	}
	seats, err := readCities(d, *geonames, *altPop)
	if err != nil {
		log.Fatal(err)
	}
	addDivisions(d, seats)
	setCountryCentroids(d)
	for k, v := range d.Names {
		d.Names[k] = dedup(v)
	}
	if err := write(d, *out); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gen: %d entries, %d names → %s\n", len(d.Entries), len(d.Names), *out)
}

func add(d *geo.Data, e geo.Entry, names ...string) {
	i := int32(len(d.Entries))
	d.Entries = append(d.Entries, e)
	for _, n := range names {
		if k := geo.Normalize(n); k != "" {
			d.Names[k] = append(d.Names[k], i)
		}
	}
}

func readCountries(d *geo.Data, dir string) error {
	var c1 struct {
		List []map[string]string `json:"3166-1"`
	}
	if err := readJSON(filepath.Join(dir, "iso_3166-1.json"), &c1); err != nil {
		return err
	}
	for _, c := range c1.List {
		a2, a3 := c["alpha_2"], c["alpha_3"]
		d.Alpha3[a3] = a2
		name := c["name"]
		if cn := c["common_name"]; cn != "" {
			name = cn
		} else if head, tail, ok := strings.Cut(name, ", "); ok {
			// "Palestine, State of" reads as "State of Palestine".
			name = strings.TrimPrefix(tail+" "+head, "The ")
		}
		add(d, geo.Entry{ID: "iso:" + a2, Name: name, Kind: geo.Country, Country: a2, Feature: "PCLI"}, c["name"], c["common_name"], c["official_name"])
	}
	var c2 struct {
		List []map[string]string `json:"3166-2"`
	}
	if err := readJSON(filepath.Join(dir, "iso_3166-2.json"), &c2); err != nil {
		return err
	}
	// Only US states are kept: their ISO suffix is GeoNames' admin1 code, so a
	// state qualifier ("Paris, Texas") can be checked against a city's admin1.
	// Other countries' divisions use codes GeoNames does not share.
	for _, s := range c2.List {
		code := s["code"]
		if !strings.HasPrefix(code, "US-") || s["type"] != "State" && s["type"] != "District" {
			continue
		}
		add(d, geo.Entry{ID: "iso2:" + code, Name: s["name"], Kind: geo.ADM1, Country: "US", Admin1: code[3:], Feature: "ADM1"}, s["name"])
	}
	return nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%w (install Debian's iso-codes package)", err)
	}
	return json.Unmarshal(b, v)
}

// readCities adds GeoNames' towns and returns the names of each
// first-level seat (feature PPLA), by entry index, for addDivisions.
func readCities(d *geo.Data, path string, altPop int) (map[int32][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	seats := map[int32][]string{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			return nil, fmt.Errorf("%s:%d: %d fields, want ≥ 15", path, line, len(f))
		}
		lat, err1 := strconv.ParseFloat(f[4], 32)
		lon, err2 := strconv.ParseFloat(f[5], 32)
		pop, _ := strconv.Atoi(f[14])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s:%d: bad coordinates", path, line)
		}
		// The ASCII name is the display name: English news and GDELT's
		// full names write "Rafah", not "Rafaḩ".
		e := geo.Entry{ID: "gn:" + f[0], Name: f[2], Kind: geo.City, Country: f[8], Admin1: f[10], Feature: f[7], Lat: float32(lat), Lon: float32(lon), Pop: int32(pop)}
		names := []string{f[1], f[2]}
		if pop >= altPop || strings.HasPrefix(f[7], "PPLA") || f[7] == "PPLC" {
			for _, alt := range strings.Split(f[3], ",") {
				if latin(alt) {
					names = append(names, alt)
				}
			}
		}
		if f[7] == "PPLA" {
			seats[int32(len(d.Entries))] = names
		}
		add(d, e, names...)
	}
	return seats, sc.Err()
}

// divisionWords follow a seat's name when the news means the division
// around it: "the Kharkiv region", "Donetsk Oblast", "Idlib province".
var divisionWords = []string{"region", "oblast", "province", "governorate", "state", "prefecture"}

// addDivisions adds a first-level division for every seat in seats, named
// after it: most divisions the news names in conflicts (oblasts,
// governorates, provinces) carry their capital's name, and without an entry
// of their own "the Kharkiv region" resolved to the city. The division's
// point is the population-weighted centre of the gazetteer's towns in it,
// its population theirs summed. US states come from ISO 3166-2 instead.
func addDivisions(d *geo.Data, seats map[int32][]string) {
	type sum struct {
		lat, lon, w float64
		pop         int64
	}
	sums := map[string]*sum{}
	for _, e := range d.Entries {
		if e.Kind != geo.City || e.Admin1 == "" || e.Admin1 == "00" {
			continue
		}
		k := e.Country + "." + e.Admin1
		s := sums[k]
		if s == nil {
			s = &sum{}
			sums[k] = s
		}
		w := float64(e.Pop) + 1000
		s.lat += w * float64(e.Lat)
		s.lon += w * float64(e.Lon)
		s.w += w
		s.pop += int64(e.Pop)
	}
	// One division per country and admin1 code: the biggest seat names it.
	best := map[string]int32{}
	for i := range seats {
		e := &d.Entries[i]
		if e.Country == "US" || e.Admin1 == "" || e.Admin1 == "00" {
			continue
		}
		k := e.Country + "." + e.Admin1
		if j, ok := best[k]; !ok || e.Pop > d.Entries[j].Pop || e.Pop == d.Entries[j].Pop && i < j {
			best[k] = i
		}
	}
	keys := make([]string, 0, len(best))
	for k := range best {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		seat := d.Entries[best[k]]
		s := sums[k]
		e := geo.Entry{ID: "adm1:" + seat.Country + seat.Admin1, Name: seat.Name + " region", Kind: geo.ADM1,
			Country: seat.Country, Admin1: seat.Admin1, Feature: "ADM1",
			Lat: float32(s.lat / s.w), Lon: float32(s.lon / s.w), Pop: int32(min(s.pop, 1<<31-1))}
		// The seat's own two names, and for seats of 100,000 or more
		// (the news writes "Zaporizhzhia region") its other plain-ASCII
		// spellings: every spelling costs six names.
		spellings := seats[best[k]]
		if seat.Pop < 100000 {
			spellings = spellings[:min(2, len(spellings))]
		}
		// (Spellings that differ only in case normalise to one name, and
		// main's dedup drops the repeats.)
		var names []string
		for _, n := range spellings {
			if !ascii(n) {
				continue
			}
			for _, w := range divisionWords {
				names = append(names, n+" "+w)
			}
		}
		add(d, e, names...)
	}
}

// latin reports whether a name is written in Latin script, the only script
// dyad's English input names places in.
func latin(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// setCountryCentroids places each country at the mean position of its
// populated places, weighted by the square root of population: a centroid of
// where people live, which is where news about a country mostly happens,
// and computed from facts we have rather than from boundary polygons we
// do not. US states get the same treatment.
func setCountryCentroids(d *geo.Data) {
	type acc struct{ lat, lon, w float64 }
	sums := map[string]*acc{}
	key := func(e *geo.Entry, state bool) string {
		if state {
			return "US-" + e.Admin1
		}
		return e.Country
	}
	for i := range d.Entries {
		e := &d.Entries[i]
		if e.Kind != geo.City {
			continue
		}
		w := 1.0
		if e.Pop > 0 {
			w = sqrt(float64(e.Pop))
		}
		for _, state := range []bool{false, true} {
			if state && e.Country != "US" {
				continue
			}
			k := key(e, state)
			a := sums[k]
			if a == nil {
				a = &acc{}
				sums[k] = a
			}
			a.lat += float64(e.Lat) * w
			a.lon += float64(e.Lon) * w
			a.w += w
		}
	}
	for i := range d.Entries {
		e := &d.Entries[i]
		var k string
		switch e.Kind {
		case geo.Country:
			k = e.Country
		case geo.ADM1:
			k = "US-" + e.Admin1
		default:
			continue
		}
		if a := sums[k]; a != nil && a.w > 0 {
			e.Lat, e.Lon = float32(a.lat/a.w), float32(a.lon/a.w)
		}
	}
}

func sqrt(x float64) float64 {
	z := x / 2
	for range 30 {
		if z == 0 {
			return 0
		}
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func dedup(v []int32) []int32 {
	sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
	out := v[:0]
	for i, x := range v {
		if i == 0 || x != v[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func write(d *geo.Data, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := geo.Encode(f, d); err != nil {
		return err
	}
	return f.Close()
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
