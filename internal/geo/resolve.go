package geo

import (
	"fmt"
	"math"
	"strings"

	"dyad/internal/model"
)

// context is what the article as a whole says about where it is: the
// countries its actors belong to and that its unambiguous places lie in.
type context struct {
	countries map[string]int // ISO alpha-2 → how often named
}

func (g *Gazetteer) articleContext(a *model.Article, ms []mention) context {
	// ms is modified: each mention records the country it adds.
	c := context{countries: map[string]int{}}
	for i := range a.Sentences {
		for _, act := range a.Sentences[i].Actors {
			if a2 := g.Alpha2(act.Country); a2 != "" {
				c.countries[a2]++
			}
		}
	}
	for mi := range ms {
		m := &ms[mi]
		idx := g.names[Normalize(m.text)]
		// A name's biggest namesake, when it is a real city (≥ 100,000) or a
		// country, says which country the article is about: "Liverpool"
		// makes the "Dover" beside it the English one.
		if best := g.biggest(idx); best >= 0 {
			if cc := g.entries[best].Country; cc != "" {
				c.countries[cc]++
				m.ctx = cc
			}
		}
		for _, q := range m.qualifier {
			if cc := g.entries[q].Country; cc != "" {
				c.countries[cc]++
			}
		}
	}
	return c
}

func (g *Gazetteer) biggest(idx []int32) int {
	best, pop := -1, int32(0)
	for _, i := range idx {
		e := &g.entries[i]
		if e.Kind == Country || len(idx) == 1 {
			return int(i)
		}
		if e.Pop > pop {
			best, pop = int(i), e.Pop
		}
	}
	if pop < 100000 {
		return -1
	}
	return best
}

// score ranks one candidate entry for a mention. Population is the prior
// (a name usually means its biggest namesake); the article's countries and
// an explicit qualifier outweigh it, so a village in the right country
// beats a city elsewhere.
func (g *Gazetteer) score(e *Entry, m *mention, c context) (float64, []string) {
	pop := float64(e.Pop)
	switch e.Kind {
	case Country:
		pop = math.Max(pop, 1e9) // a country's name means the country, not its capital's alias
	case ADM1:
		pop = math.Max(pop, 5e6)
	}
	s := math.Log10(pop + 10)
	var why []string
	if e.Pop > 0 {
		why = append(why, fmt.Sprintf("population %d", e.Pop))
	}
	n := c.countries[e.Country]
	if m.ctx == e.Country {
		n-- // a name is no evidence for itself
	}
	if n > 0 && e.Country != "" {
		s += 3 + math.Min(float64(n), 5)*0.2
		why = append(why, fmt.Sprintf("article names %s %d time(s)", e.Country, n))
	}
	for _, q := range m.qualifier {
		qe := &g.entries[q]
		switch {
		case qe.Kind == ADM1 && qe.Country == e.Country && qe.Admin1 == e.Admin1:
			s += 8
			why = append(why, "qualified by its state "+qe.Name)
		case (qe.Kind == Country || qe.Kind == Region) && qe.Country == e.Country && qe.Country != "":
			s += 6
			why = append(why, "qualified by "+qe.Name)
		}
	}
	switch {
	case strings.HasPrefix(e.ID, "dyad:"):
		s += 1
	case e.Feature == "PPLC":
		s += 1.5
		why = append(why, "a capital")
	case strings.HasPrefix(e.Feature, "PPLA"):
		s += 0.5
	}
	return s, why
}

// resolve picks the best entry for a mention, or false when the name is not
// in the gazetteer.
func (g *Gazetteer) resolve(m *mention, c context) (model.Place, bool) {
	idx := g.names[Normalize(m.text)]
	if len(idx) == 0 {
		return model.Place{}, false
	}
	best, bestScore := -1, math.Inf(-1)
	var bestWhy []string
	for _, i := range idx {
		s, why := g.score(&g.entries[i], m, c)
		if s > bestScore {
			best, bestScore, bestWhy = int(i), s, why
		}
	}
	e := &g.entries[best]
	ev := fmt.Sprintf("%s %q", m.cueWord, m.text)
	if len(idx) > 1 {
		ev += fmt.Sprintf("; chosen over %d namesake(s)", len(idx)-1)
	}
	if len(bestWhy) > 0 {
		ev += "; " + strings.Join(bestWhy, ", ")
	}
	return g.place(e, m, ev), true
}

func (g *Gazetteer) place(e *Entry, m *mention, evidence string) model.Place {
	p := model.Place{
		Name: m.text, Span: m.span, Sentence: m.sent,
		FullName: g.fullName(e), Country: e.Country,
		Lat: round5(e.Lat), Lon: round5(e.Lon), FeatureID: e.ID, Evidence: evidence,
	}
	if e.Admin1 != "" && e.Country != "" {
		p.ADM1 = e.Country + e.Admin1
	}
	us := e.Country == "US"
	switch {
	case e.Kind == Country:
		p.Type = model.GeoCountry
	case e.Kind == ADM1 && us:
		p.Type = model.GeoUSState
	case e.Kind == ADM1 || e.Kind == Region:
		p.Type = model.GeoWorldADM1
	case us:
		p.Type = model.GeoUSCity
	default:
		p.Type = model.GeoWorldCity
	}
	return p
}

func round5(f float32) float64 { return math.Round(float64(f)*1e5) / 1e5 }

// fullName renders "Rafah, Gaza Strip, Palestine"-style names: the entry,
// its US state, and its country.
func (g *Gazetteer) fullName(e *Entry) string {
	parts := []string{e.Name}
	if e.Kind == City && e.Country == "US" {
		if i, ok := g.byID["iso2:US-"+e.Admin1]; ok {
			parts = append(parts, g.entries[i].Name)
		}
	}
	if e.Kind != Country && e.Country != "" {
		if i, ok := g.byID["iso:"+e.Country]; ok {
			parts = append(parts, g.entries[i].Name)
		} else if e.Country == "XK" {
			parts = append(parts, "Kosovo")
		}
	}
	return strings.Join(parts, ", ")
}
