package parse

import (
	"fmt"
	"maps"
	"testing"
)

// TestBuildClusters clusters a small corpus in which days, verbs and
// nationalities each fill their own slot: words of one slot must share
// a coarse cluster, and the clustering must be the same every time.
func TestBuildClusters(t *testing.T) {
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
	opt := ClusterOptions{MinCount: 2, Contexts: 40, Coarse: 4, Split: 2}
	cl := BuildClusters(texts, opt)
	if !maps.Equal(cl, BuildClusters(texts, opt)) {
		t.Fatal("two runs on the same texts give different clusters")
	}
	coarse := func(w string) uint32 {
		c, ok := cl[wordHash(w)]
		if !ok {
			t.Fatalf("%q has no cluster", w)
		}
		return c / clusterFine
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
	if _, ok := cl[wordHash("nowhere")]; ok {
		t.Error("a word not in the texts has a cluster")
	}
	if BuildClusters([]string{"too few words"}, opt) != nil {
		t.Error("fewer words than clusters: want no clusters")
	}
}
