package parse

import (
	"math/rand/v2"
	"testing"
)

// randomProjective returns gold heads (gh[0] unused, 0 = root) of a
// random projective tree over n words: a head is drawn for the span, and
// the words either side of it are cut into runs, each a subtree of the
// head, recursively. The root takes one child.
func randomProjective(rng *rand.Rand, n int) []int32 {
	gh := make([]int32, n+1)
	var subtree func(lo, hi, head int32)
	children := func(lo, hi, head int32) {
		for lo <= hi {
			end := lo + rng.Int32N(hi-lo+1)
			subtree(lo, end, head)
			lo = end + 1
		}
	}
	subtree = func(lo, hi, head int32) {
		h := lo + rng.Int32N(hi-lo+1)
		gh[h] = head
		children(lo, h-1, h)
		children(h+1, hi, h)
	}
	subtree(1, int32(n), 0)
	return gh
}

// finishLike attaches headless words as Parser.finish does: to the root
// if it has no child, else to the root's child.
func finishLike(st *state) {
	for d := int32(1); d <= st.n; d++ {
		if st.head[d] >= 0 {
			continue
		}
		if st.rootChild < 0 {
			st.attach(0, d, 0)
		} else {
			st.attach(st.rootChild, d, 0)
		}
	}
}

// TestOracle checks the dynamic oracle on random projective trees: from
// the start, zero-cost transitions build the gold tree; after random
// transitions, following the cheapest ones ends with at least every gold
// arc the costs of the random ones did not give up (more when the
// oracle's count was pessimistic: it ignores that the root takes one
// child, which finish then mends).
func TestOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for trial := range 3000 {
		n := 1 + rng.IntN(14)
		gh := randomProjective(rng, n)
		if !isTree(gh) {
			t.Fatalf("fixture generator made no tree: %v", gh)
		}
		var st state
		st.reset(n)
		inStk := make([]bool, n+1)
		cost := func(tr int) int {
			clear(inStk)
			for _, x := range st.stack {
				inStk[x] = true
			}
			return oracleCost(&st, gh, inStk, tr)
		}
		random := 0
		if trial%3 != 0 {
			random = rng.IntN(2 * n)
		}
		lost := 0
		var ok [nTrans]bool
		for step := 0; !st.done(); step++ {
			st.legal(&ok)
			pick := -1
			for c := range nTrans {
				switch {
				case !ok[c]:
				case step < random:
					if pick < 0 || rng.IntN(2) == 0 {
						pick = c
					}
				case pick < 0 || cost(c) < cost(pick):
					pick = c
				}
			}
			lost += cost(pick)
			st.apply(pick, 0)
		}
		finishLike(&st)
		got := 0
		for d := int32(1); d <= st.n; d++ {
			if st.head[d] == gh[d] {
				got++
			}
		}
		if random == 0 && got != n {
			t.Fatalf("gold %v: zero-cost transitions gave %d of %d arcs", gh[1:], got, n)
		}
		if got < n-lost {
			t.Fatalf("gold %v after %d random transitions: %d arcs right, but the costs said %d were lost", gh[1:], random, got, lost)
		}
	}
}
