package tag

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"

	"dyad/internal/nlp/token"
)

// Word classes. A treebank of 20,000 sentences has seen a few thousand
// proper nouns and rare common nouns; news corpora have seen tens of
// thousands, and the words around them say what they are: "the ___ said"
// takes organisations and officials, "in ___ ," takes places, "___ of the"
// takes nouns. wordClusters groups every frequent word of the unlabelled
// corpus by the words seen right before and after it (spherical k-means
// over Hellinger-normalised neighbour counts), and the tagger uses the
// class of a word and of its neighbours as features, so a word the
// treebank never saw is tagged like the treebank words of its class.
const (
	clusMinCount = 5    // a word needs this many occurrences to get a class
	clusContexts = 1000 // the most frequent words count as distinct neighbours
	clusIters    = 12   // k-means rounds (it has mostly settled by then)
	clusShift    = 16   // a class is stored, plus one, from this bit of a lexicon value
	clusMask     = 0x1ff
)

// wordClusters assigns each lowercase form seen at least clusMinCount
// times in texts to one of k classes (0 … k-1). It is deterministic for
// given texts, k and seed.
func wordClusters(texts []string, k int, seed uint64) map[uint64]uint16 {
	// The corpus as a sequence of lowercase-form hashes, 0 between
	// sentences.
	var seq []uint64
	freq := map[uint64]int32{}
	for _, text := range texts {
		for _, s := range token.Segment(text) {
			seq = append(seq, 0)
			for _, t := range s.Tokens {
				h := hashLower(t.Text)
				if h == 0 {
					h = 1
				}
				seq = append(seq, h)
				freq[h]++
			}
		}
	}
	seq = append(seq, 0)
	var vocab []uint64
	for h, n := range freq {
		if n >= clusMinCount {
			vocab = append(vocab, h)
		}
	}
	slices.SortFunc(vocab, func(a, b uint64) int {
		if c := cmp.Compare(freq[b], freq[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(vocab) < k {
		return nil
	}
	id := make(map[uint64]int32, len(vocab))
	for i, h := range vocab {
		id[h] = int32(i)
	}
	// Neighbour dimensions: one per frequent word, one for any other word
	// and one for the sentence edge, on each side.
	const side = clusContexts + 2
	ctx := func(h uint64) uint32 {
		if h == 0 {
			return clusContexts + 1
		}
		if i, ok := id[h]; ok && i < clusContexts {
			return uint32(i)
		}
		return clusContexts
	}
	pairs := make([]uint64, 0, 2*len(seq))
	for i := 1; i+1 < len(seq); i++ {
		w, ok := id[seq[i]]
		if !ok || seq[i] == 0 {
			continue
		}
		pairs = append(pairs, uint64(w)<<32|uint64(ctx(seq[i-1])), uint64(w)<<32|uint64(side+ctx(seq[i+1])))
	}
	seq = nil
	slices.Sort(pairs)
	// Rows of a sparse matrix: word × neighbour, values sqrt(p(neighbour|word)).
	start := make([]int32, len(vocab)+1)
	var cols []uint32
	var vals []float32
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		w := pairs[i] >> 32
		start[w+1]++
		cols = append(cols, uint32(pairs[i]))
		vals = append(vals, float32(j-i))
		i = j
	}
	pairs = nil
	for w := range vocab {
		start[w+1] += start[w]
		var sum float32
		for _, v := range vals[start[w]:start[w+1]] {
			sum += v
		}
		for x := start[w]; x < start[w+1]; x++ {
			vals[x] = float32(math.Sqrt(float64(vals[x] / sum)))
		}
	}
	// Spherical k-means; centroids are stored dimension-major so that one
	// word's scores against all classes add up along contiguous memory.
	dims := 2 * side
	cent := make([]float32, dims*k)
	rng := rand.New(rand.NewPCG(seed, 0x636c757374657273))
	for c, w := range rng.Perm(len(vocab))[:k] {
		for x := start[w]; x < start[w+1]; x++ {
			cent[int(cols[x])*k+c] = vals[x]
		}
	}
	assign := make([]int32, len(vocab))
	for i := range assign {
		assign[i] = -1
	}
	scores := make([]float32, k)
	for range clusIters {
		changed := 0
		for w := range vocab {
			clear(scores)
			for x := start[w]; x < start[w+1]; x++ {
				v := vals[x]
				row := cent[int(cols[x])*k:][:k]
				for c := range row {
					scores[c] += v * row[c]
				}
			}
			best := int32(0)
			for c := 1; c < k; c++ {
				if scores[c] > scores[best] {
					best = int32(c)
				}
			}
			if assign[w] != best {
				assign[w] = best
				changed++
			}
		}
		if changed == 0 {
			break
		}
		next := make([]float32, dims*k)
		for w := range vocab {
			c := int(assign[w])
			for x := start[w]; x < start[w+1]; x++ {
				next[int(cols[x])*k+c] += vals[x]
			}
		}
		norm := make([]float64, k)
		for d := range dims {
			for c, v := range next[d*k : (d+1)*k] {
				norm[c] += float64(v) * float64(v)
			}
		}
		for c := range k {
			if norm[c] == 0 { // an empty class keeps its old centre
				for d := range dims {
					next[d*k+c] = cent[d*k+c]
				}
				continue
			}
			inv := float32(1 / math.Sqrt(norm[c]))
			for d := range dims {
				next[d*k+c] *= inv
			}
		}
		cent = next
	}
	out := make(map[uint64]uint16, len(vocab))
	for w, h := range vocab {
		out[h] = uint16(assign[w])
	}
	return out
}

// addClusters stores each word's class in its lexicon value.
func addClusters(lex map[uint64]uint32, clus map[uint64]uint16) {
	for h, c := range clus {
		if v, ok := lex[h]; ok {
			lex[h] = v&^(clusMask<<clusShift) | uint32(c+1)<<clusShift
		}
	}
}
