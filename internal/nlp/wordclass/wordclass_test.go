package wordclass

import (
	"fmt"
	"hash/fnv"
	"maps"
	"strings"
	"testing"
)

// lowerKey identifies a word by its lower-case form.
func lowerKey(w string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strings.ToLower(w)))
	return h.Sum64()
}

// TestBuild clusters a small corpus in which days, verbs and
// nationalities each fill their own slot: words of one slot must share
// a coarse cluster, and the clustering must be the same every time.
func TestBuild(t *testing.T) {
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday"}
	verbs := []string{"attacked", "shelled", "raided", "bombed", "stormed"}
	nats := []string{"Russian", "Israeli", "Syrian", "Ukrainian", "Iraqi"}
	var texts []string
	for i, d := range days {
		for j, v := range verbs {
			n := nats[(i+j)%len(nats)]
			texts = append(texts, fmt.Sprintf("On %s , %s troops %s the town near the border .", d, n, v))
			texts = append(texts, fmt.Sprintf("Officials said the %s army %s a village late on %s night .", n, v, d))
		}
	}
	opt := Options{MinCount: 2, Contexts: 40, Coarse: 4, Split: 2}
	cl := Build(texts, lowerKey, opt)
	if !maps.Equal(cl, Build(texts, lowerKey, opt)) {
		t.Fatal("two runs on the same texts give different clusters")
	}
	coarse := func(w string) uint32 {
		c, ok := cl[lowerKey(w)]
		if !ok {
			t.Fatalf("%q has no cluster", w)
		}
		return c / Fine
	}
	for _, group := range [][]string{days, verbs, nats} {
		for _, w := range group[1:] {
			if coarse(w) != coarse(group[0]) {
				t.Errorf("%q in coarse cluster %d, %q in %d", w, coarse(w), group[0], coarse(group[0]))
			}
		}
	}
	if coarse("monday") == coarse("attacked") || coarse("attacked") == coarse("Russian") {
		t.Errorf("days, verbs and nationalities not told apart: %d %d %d", coarse("monday"), coarse("attacked"), coarse("Russian"))
	}
	if _, ok := cl[lowerKey("nowhere")]; ok {
		t.Error("a word not in the texts has a cluster")
	}
	if Build([]string{"too few words"}, lowerKey, opt) != nil {
		t.Error("fewer words than clusters: want no clusters")
	}
}

// TestBuildNoSplit: with Split 1 every word's fine id is its coarse
// cluster's only one, and the coarse classes are as with a split.
func TestBuildNoSplit(t *testing.T) {
	texts := []string{}
	for _, d := range []string{"monday", "tuesday", "friday"} {
		for _, c := range []string{"Geneva", "Cairo", "Doha"} {
			texts = append(texts, fmt.Sprintf("Talks resumed on %s in %s . Envoys left %s on %s .", d, c, c, d))
		}
	}
	cl := Build(texts, lowerKey, Options{MinCount: 2, Contexts: 20, Coarse: 3, Split: 1})
	if cl == nil {
		t.Fatal("no clusters")
	}
	for w, c := range cl {
		if c%Fine != c/Fine {
			t.Errorf("word %x: packed %d has a fine id of its own", w, c)
		}
	}
	if cl[lowerKey("monday")]/Fine != cl[lowerKey("friday")]/Fine || cl[lowerKey("monday")]/Fine == cl[lowerKey("Cairo")]/Fine {
		t.Errorf("days and cities not told apart: %v", cl)
	}
}
