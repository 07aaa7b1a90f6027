package kb

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"testing"
	"time"

	"dyad/internal/model"
	"dyad/internal/nlp/token"
	"dyad/internal/sharedtest"
)

// Coverage floors measured on 2026-11-26 with the shipped dictionaries
// (token.Segment, no tagger), minus one point. Raise them when the
// dictionaries grow; a drop means a change lost names.
const (
	minItemCoverage     = 0.973 // measured 0.983
	minSentenceCoverage = 0.933 // measured 0.943
)

func TestCoverageWikiConflict(t *testing.T) {
	p := sharedtest.Path(t, "corpora/wiki-current-events-intl-conflict-2022-2025.jsonl")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	k := defaultKB(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	items, itemsHit, sents, sentsHit, sentsCountry := 0, 0, 0, 0, 0
	unknown := map[string]int{}
	for sc.Scan() {
		var rec struct {
			Date, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		d, _ := time.Parse("2006-01-02", rec.Date)
		a := &model.Article{Date: d, Text: rec.Text, Sentences: token.Segment(rec.Text)}
		k.Annotate(a)
		items++
		hit := false
		for i := range a.Sentences {
			s := &a.Sentences[i]
			sents++
			if len(s.Actors) > 0 {
				sentsHit++
				hit = true
			}
			for _, ac := range s.Actors {
				if ac.Country != "" {
					sentsCountry++
					break
				}
			}
			if s.Discarded == "" {
				for _, sp := range k.UnknownPhrases(s) {
					unknown[sp.Text(a.Text)]++
				}
			}
		}
		if hit {
			itemsHit++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	ic := float64(itemsHit) / float64(items)
	sc1 := float64(sentsHit) / float64(sents)
	scc := float64(sentsCountry) / float64(sents)
	t.Logf("items %d, with an actor %d (%.1f%%); sentences %d, with an actor %d (%.1f%%), with a country/IGO-coded actor %d (%.1f%%)",
		items, itemsHit, 100*ic, sents, sentsHit, 100*sc1, sentsCountry, 100*scc)
	type kv struct {
		k string
		n int
	}
	var list []kv
	for k, n := range unknown {
		list = append(list, kv{k, n})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].n > list[j].n || list[i].n == list[j].n && list[i].k < list[j].k })
	for i := 0; i < 30 && i < len(list); i++ {
		t.Logf("unknown %2d: %5d %s", i+1, list[i].n, list[i].k)
	}
	if ic < minItemCoverage || sc1 < minSentenceCoverage {
		t.Errorf("coverage fell: items %.3f (floor %.3f), sentences %.3f (floor %.3f)", ic, minItemCoverage, sc1, minSentenceCoverage)
	}
}
