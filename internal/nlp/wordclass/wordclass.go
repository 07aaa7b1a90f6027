package wordclass

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"

	"dyad/internal/nlp/token"
)

// Options controls Build; the zero value gives the parser's settings.
type Options struct {
	MinCount int    // occurrences a word needs to be clustered (default 5)
	MaxWords int    // most frequent words clustered at most (default 60000)
	Contexts int    // most frequent words used as contexts (default 1000)
	Coarse   int    // number of coarse clusters (default 128)
	Split    int    // fine clusters per coarse one (default 8; 1: none)
	Iters    int    // k-means passes (default 12)
	Seed     uint64 // varies the initial centroids (0: the parser's)
}

func (o *Options) defaults() {
	if o.MinCount <= 0 {
		o.MinCount = 5
	}
	if o.MaxWords <= 0 {
		o.MaxWords = 60000
	}
	if o.Contexts <= 0 {
		o.Contexts = 1000
	}
	if o.Coarse <= 0 {
		o.Coarse = 128
	}
	if o.Split <= 0 {
		o.Split = 8
	}
	if o.Iters <= 0 {
		o.Iters = 12
	}
}

// Fine is the multiplier that packs a coarse and a fine id into one value:
// coarse*Fine + fine.
const Fine = 1 << 16

// Build clusters the words of texts, each word identified by key(word)
// (the caller's word hash, which decides what counts as the same word:
// case, digits), and returns coarse*Fine + fine per word seen at least
// MinCount times among the MaxWords most frequent. It returns nil when
// there are fewer such words than coarse clusters. It is deterministic for
// given texts, key and options.
func Build(texts []string, key func(string) uint64, opt Options) map[uint64]uint32 {
	opt.defaults()
	// Token streams, as word hashes; 0 marks a text boundary.
	freq := map[uint64]int{}
	var stream []uint64
	for _, t := range texts {
		stream = append(stream, 0)
		for _, tk := range token.Tokens(t) {
			h := key(tk.Text)
			if h == 0 {
				h = 1
			}
			stream = append(stream, h)
			freq[h]++
		}
	}
	stream = append(stream, 0)
	type wc struct {
		h uint64
		n int
	}
	var vocab []wc
	for h, n := range freq {
		if n >= opt.MinCount {
			vocab = append(vocab, wc{h, n})
		}
	}
	slices.SortFunc(vocab, func(a, b wc) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.h, b.h)) })
	if len(vocab) > opt.MaxWords {
		vocab = vocab[:opt.MaxWords]
	}
	if len(vocab) < opt.Coarse {
		return nil
	}
	wid := make(map[uint64]int32, len(vocab))
	for i, v := range vocab {
		wid[v.h] = int32(i)
	}
	C := min(opt.Contexts, len(vocab))
	ctx := func(h uint64) int32 { // context id, or C for a boundary or rare word
		if i, ok := wid[h]; ok && int(i) < C {
			return i
		}
		return int32(C)
	}
	D := 2 * (C + 1)
	// Co-occurrence counts: left neighbour in 0..C, right one in C+1..2C+1.
	co := make([]map[int32]float32, len(vocab))
	for i := range co {
		co[i] = map[int32]float32{}
	}
	ctxN := make([]float64, D)
	for i := 1; i+1 < len(stream); i++ {
		w, ok := wid[stream[i]]
		if !ok {
			continue
		}
		l, r := ctx(stream[i-1]), int32(C+1)+ctx(stream[i+1])
		co[w][l]++
		co[w][r]++
		ctxN[l]++
		ctxN[r]++
	}
	var total float64
	for _, n := range ctxN {
		total += n
	}
	// Sparse PPMI vectors, unit length.
	type sv struct {
		idx []int32
		val []float32
	}
	vecs := make([]sv, len(vocab))
	for w := range vocab {
		var wn float64
		for _, n := range co[w] {
			wn += float64(n)
		}
		keys := make([]int32, 0, len(co[w]))
		for k := range co[w] {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var v sv
		var norm float64
		for _, k := range keys {
			pmi := math.Log(float64(co[w][k]) * total / (wn * ctxN[k]))
			if pmi <= 0 {
				continue
			}
			v.idx = append(v.idx, k)
			v.val = append(v.val, float32(pmi))
			norm += pmi * pmi
		}
		if norm > 0 {
			s := float32(1 / math.Sqrt(norm))
			for j := range v.val {
				v.val[j] *= s
			}
		}
		vecs[w] = v
		co[w] = nil
	}
	rng := rand.New(rand.NewPCG(0xc1a57e25^opt.Seed, 7))
	// kmeans clusters the words in members into k classes.
	kmeans := func(members []int32, k int) []int32 {
		assign := make([]int32, len(members))
		if len(members) <= k {
			for i := range assign {
				assign[i] = int32(i)
			}
			return assign
		}
		cent := make([]float32, k*D)
		for c, j := range rng.Perm(len(members))[:k] {
			v := vecs[members[j]]
			for t, x := range v.idx {
				cent[c*D+int(x)] = v.val[t]
			}
		}
		score := make([]float32, k)
		for range opt.Iters {
			for i, m := range members {
				v := vecs[m]
				clear(score)
				for c := range k {
					row := cent[c*D : c*D+D]
					var s float32
					for t, x := range v.idx {
						s += row[x] * v.val[t]
					}
					score[c] = s
				}
				best := 0
				for c, s := range score {
					if s > score[best] {
						best = c
					}
				}
				assign[i] = int32(best)
			}
			clear(cent)
			for i, m := range members {
				v := vecs[m]
				row := cent[int(assign[i])*D:]
				for t, x := range v.idx {
					row[x] += v.val[t]
				}
			}
			for c := range k {
				row := cent[c*D : c*D+D]
				var n float64
				for _, x := range row {
					n += float64(x) * float64(x)
				}
				if n > 0 {
					s := float32(1 / math.Sqrt(n))
					for j := range row {
						row[j] *= s
					}
				}
			}
		}
		return assign
	}
	all := make([]int32, len(vocab))
	for i := range all {
		all[i] = int32(i)
	}
	coarse := kmeans(all, opt.Coarse)
	groups := make([][]int32, opt.Coarse)
	for i, c := range coarse {
		groups[c] = append(groups[c], int32(i))
	}
	out := make(map[uint64]uint32, len(vocab))
	for c, g := range groups {
		fine := make([]int32, len(g))
		if opt.Split > 1 {
			fine = kmeans(g, opt.Split)
		}
		for i, w := range g {
			out[vocab[w].h] = uint32(c)*Fine + uint32(c)*uint32(opt.Split) + uint32(fine[i])
		}
	}
	return out
}
