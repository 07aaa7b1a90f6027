package eval

import (
	"sort"

	"dyad/internal/model"
	"dyad/internal/ontology"
)

// Counts are matched (TP), spurious (FP) and missed (FN) items.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Add adds o to c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when nothing was expected.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// A Level is one way of comparing triples, from strictest to loosest.
type Level struct {
	Name string
	Doc  string
	key  func(Triple) string
}

// Levels lists the comparisons Score reports, in report order.
var Levels = []Level{
	{"exact", "source, target and code", func(t Triple) string { return t.Source + "|" + t.Target + "|" + t.Code }},
	{"dyad", "source and target only", func(t Triple) string { return t.Source + "|" + t.Target }},
	{"root", "source, target and root code", func(t Triple) string { return t.Source + "|" + t.Target + "|" + root(t.Code) }},
	{"quadclass", "source, target and QuadClass", func(t Triple) string { return t.Source + "|" + t.Target + "|" + quad(t.Code) }},
	{"code", "code only, actors ignored", func(t Triple) string { return t.Code }},
	{"rootonly", "root code only, actors ignored", func(t Triple) string { return root(t.Code) }},
}

func root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// quad is the QuadClass of a code as text; codes outside CAMEO (the suite's
// WEIS-style test codes) fall back to their root, so they still match only
// each other.
func quad(code string) string {
	if q := ontology.QuadClass(code); q > 0 {
		return string(rune('0' + q))
	}
	return "r" + root(code)
}

// match compares two multisets of triples under key and returns the counts
// and the unmatched items of each side (in their input order).
func match(gold, pred []Triple, key func(Triple) string) (c Counts, misses, alarms []Triple) {
	avail := map[string]int{}
	for _, t := range pred {
		avail[key(t)]++
	}
	for _, t := range gold {
		k := key(t)
		if avail[k] > 0 {
			avail[k]--
			c.TP++
		} else {
			misses = append(misses, t)
		}
	}
	need := map[string]int{}
	for _, t := range gold {
		need[key(t)]++
	}
	for _, t := range pred {
		k := key(t)
		if need[k] > 0 {
			need[k]--
		} else {
			alarms = append(alarms, t)
		}
	}
	c.FN, c.FP = len(misses), len(alarms)
	return c, misses, alarms
}

// TripleOptions controls how coded events become triples.
type TripleOptions struct {
	IncludeFlagged bool // keep negated, hypothetical, future and question events
}

// Triples reduces an article's events to triples in PETRARCH's notation:
// a missing actor is "---", and an actor with roles but no country (a code
// starting with a role, "GOV") is written "---GOV".
func Triples(a *model.Article, opt TripleOptions) []Triple {
	var out []Triple
	for i := range a.Events {
		ev := &a.Events[i]
		if !opt.IncludeFlagged && !ev.Flags.Factual() {
			continue
		}
		out = append(out, TripleOf(ev))
	}
	return out
}

// TripleOf reduces one event to its triple in PETRARCH's notation.
func TripleOf(ev *model.Event) Triple {
	return Triple{Source: petrarchActor(&ev.Source), Target: petrarchActor(&ev.Target), Code: ev.Code}
}

func petrarchActor(a *model.Actor) string {
	if a.Code == "" {
		return NoActor
	}
	if ac, err := ontology.ParseActorCode(a.Code); err == nil && ac.Country == "" {
		return NoActor + a.Code
	}
	return a.Code
}

// RecordResult is the outcome of one record.
type RecordResult struct {
	Index       int      `json:"index"` // position in the gold file
	ID          string   `json:"id"`
	Category    string   `json:"category,omitempty"`
	Pass        bool     `json:"pass"`
	Gold        []Triple `json:"gold"`
	Predicted   []Triple `json:"predicted"`
	Misses      []Triple `json:"misses,omitempty"`
	FalseAlarms []Triple `json:"false_alarms,omitempty"`
	// Dropped are predicted triples removed by require_dyad.
	Dropped []Triple `json:"dropped,omitempty"`
}

// LevelScore is the score at one Level.
type LevelScore struct {
	Level string `json:"level"`
	Doc   string `json:"doc"`
	Counts
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// GroupScore is the exact-triple score and pass count of one root code or
// one category.
type GroupScore struct {
	Name    string `json:"name"`
	Records int    `json:"records,omitempty"`
	Passed  int    `json:"passed,omitempty"`
	Counts
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Report is the result of scoring triple gold.
type Report struct {
	Records     int            `json:"records"`
	Passed      int            `json:"passed"`
	Levels      []LevelScore   `json:"levels"`
	PerRoot     []GroupScore   `json:"per_root"`
	PerCategory []GroupScore   `json:"per_category"`
	Results     []RecordResult `json:"results"`
}

// PassRate is Passed/Records.
func (r *Report) PassRate() float64 { return ratio(r.Passed, r.Records) }

// ScoreOptions selects which records are scored.
type ScoreOptions struct {
	OnlySelected bool // only records with selected_by_file_include
}

// Score compares predicted triples with the gold. pred[i] are the triples
// coded for gold[i] (before record options: Score applies require_dyad).
func Score(gold []Record, pred [][]Triple, opt ScoreOptions) *Report {
	rep := &Report{}
	levels := make([]Counts, len(Levels))
	perRoot := map[string]*Counts{}
	perCat := map[string]*GroupScore{}
	for i := range gold {
		g := &gold[i]
		if opt.OnlySelected && !g.Selected {
			continue
		}
		var p []Triple
		if i < len(pred) {
			p = pred[i]
		}
		res := RecordResult{Index: i, ID: g.ID, Category: g.Category, Gold: g.Gold()}
		for _, t := range p {
			if g.Options.RequireDyad && (t.Source == NoActor || t.Target == NoActor) {
				res.Dropped = append(res.Dropped, t)
				continue
			}
			res.Predicted = append(res.Predicted, t)
		}
		for li, l := range Levels {
			c, misses, alarms := match(res.Gold, res.Predicted, l.key)
			levels[li].Add(c)
			if li == 0 {
				res.Misses, res.FalseAlarms = misses, alarms
				res.Pass = len(misses) == 0 && len(alarms) == 0
				// A gold triple is matched or missed; count both under its root.
				for _, t := range res.Gold {
					rootCounts(perRoot, t.Code).TP++
				}
				for _, t := range misses {
					rc := rootCounts(perRoot, t.Code)
					rc.TP--
					rc.FN++
				}
				for _, t := range alarms {
					rootCounts(perRoot, t.Code).FP++
				}
			}
		}
		rep.Records++
		cat := perCat[g.Category]
		if cat == nil {
			cat = &GroupScore{Name: g.Category}
			perCat[g.Category] = cat
		}
		cat.Records++
		cat.Counts.Add(Counts{TP: len(res.Gold) - len(res.Misses), FN: len(res.Misses), FP: len(res.FalseAlarms)})
		if res.Pass {
			rep.Passed++
			cat.Passed++
		}
		rep.Results = append(rep.Results, res)
	}
	for li, l := range Levels {
		c := levels[li]
		rep.Levels = append(rep.Levels, LevelScore{Level: l.Name, Doc: l.Doc, Counts: c, Precision: c.Precision(), Recall: c.Recall(), F1: c.F1()})
	}
	for r, c := range perRoot {
		rep.PerRoot = append(rep.PerRoot, group(r, *c))
	}
	sort.Slice(rep.PerRoot, func(i, j int) bool { return rep.PerRoot[i].Name < rep.PerRoot[j].Name })
	for _, c := range perCat {
		g := group(c.Name, c.Counts)
		g.Records, g.Passed = c.Records, c.Passed
		rep.PerCategory = append(rep.PerCategory, g)
	}
	sort.Slice(rep.PerCategory, func(i, j int) bool { return rep.PerCategory[i].Name < rep.PerCategory[j].Name })
	return rep
}

func rootCounts(m map[string]*Counts, code string) *Counts {
	r := root(code)
	if m[r] == nil {
		m[r] = &Counts{}
	}
	return m[r]
}

func group(name string, c Counts) GroupScore {
	return GroupScore{Name: name, Counts: c, Precision: c.Precision(), Recall: c.Recall(), F1: c.F1()}
}
