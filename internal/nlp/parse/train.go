package parse

import (
	"cmp"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"time"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
)

// TrainOptions controls training. The zero value gives the shipped
// model's settings but one seed; `dyad train parser` averages five
// (Seeds) and adds tri-training sentences to the data it passes in.
type TrainOptions struct {
	Iters int    // passes over the data (default 12: EWT dev peaks there)
	Seed  uint64 // shuffling and exploration (default 1)
	// Seeds is how many models, trained with seeds Seed, Seed+1, …, are
	// averaged into the one returned (default 1). Each makes different
	// mistakes in the order it sees the data; their mean is a little
	// ensemble that parses as fast as one model.
	Seeds     int
	TransBits uint // log2 rows of the transition table (default 22)
	LabelBits uint // log2 rows of the label table (default 19)
	// Explore is the probability of following a wrong prediction of the
	// model from iteration ExploreFrom on, so that it learns to recover
	// from its own mistakes (Goldberg and Nivre 2012). Default 0.9 from 1.
	Explore     float64
	ExploreFrom int
	// Levels is the number of int16 quantisation steps between zero and
	// the largest weight of a table (default 2000); fewer make a smaller
	// model file.
	Levels int
	// Clusters, when set, are the word clusters (BuildClusters) the model
	// keeps and its features use.
	Clusters map[uint64]uint32
	// Dev, when set, is parsed after every iteration and its scores logged.
	Dev    []*conllu.Sentence
	Logger *slog.Logger
}

func (o *TrainOptions) defaults() {
	if o.Iters <= 0 {
		o.Iters = 12
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Seeds <= 0 {
		o.Seeds = 1
	}
	if o.TransBits == 0 {
		o.TransBits = 22
	}
	if o.LabelBits == 0 {
		o.LabelBits = 19
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.ExploreFrom == 0 {
		o.ExploreFrom = 1
	}
	if o.Levels == 0 {
		o.Levels = 2000
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

type example struct {
	toks []model.Token
	gh   []int32 // gold head per position (0 = root), projectivised; gh[0] unused
	gl   []uint8 // gold label index per position
}

// Tokens converts a CoNLL-U sentence to tokens with its tags (and no parse).
func Tokens(s *conllu.Sentence) []model.Token {
	toks := make([]model.Token, len(s.Words))
	for i, w := range s.Words {
		toks[i] = model.Token{Text: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS, Head: -1, SpaceAfter: w.SpaceAfter()}
	}
	return toks
}

// Train trains a parser on sents with the tags they carry (gold, or
// predicted ones put there by the caller). It is deterministic for a
// given input and options.
func Train(sents []*conllu.Sentence, opt TrainOptions) (*Parser, error) {
	opt.defaults()
	// Labels, most frequent first, so that the rare ones go if there are
	// more than the 64 a bitset holds.
	freq := map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			freq[w.DepRel]++
		}
	}
	if freq["root"] == 0 {
		return nil, errors.New("parse.Train: no sentences with a root")
	}
	labels := make([]string, 0, len(freq))
	for l := range freq {
		labels = append(labels, l)
	}
	slices.SortFunc(labels, func(a, b string) int {
		return cmp.Or(cmp.Compare(freq[b], freq[a]), cmp.Compare(a, b))
	})
	if len(labels) > 64 {
		labels = labels[:64]
	}
	lidx := map[string]int{}
	for i, l := range labels {
		lidx[l] = i
	}
	p := &Parser{labels: labels, rootLabel: lidx["root"], tBits: opt.TransBits, lBits: opt.LabelBits, amb: ambiguityClasses(sents), clusters: opt.Clusters}
	L := len(labels)
	p.lstride = L

	var exs []example
	skipped := 0
	for _, s := range sents {
		n := len(s.Words)
		ex := example{toks: Tokens(s), gh: make([]int32, n+1), gl: make([]uint8, n+1)}
		ok := n > 0
		roots := 0
		for i, w := range s.Words {
			l, known := lidx[w.DepRel]
			if !known || w.Head < 0 || w.Head > n || w.ID != i+1 {
				ok = false
				break
			}
			if w.Head == 0 {
				roots++
			}
			ex.gh[i+1] = int32(w.Head)
			ex.gl[i+1] = uint8(l)
		}
		if !ok || roots != 1 || !isTree(ex.gh) {
			skipped++
			continue
		}
		projectivize(ex.gh)
		exs = append(exs, ex)
	}
	if len(exs) == 0 {
		return nil, errors.New("parse.Train: no usable sentences")
	}
	p.cands = candidates(exs, p.rootLabel)
	opt.Logger.Info("parser training data", "sentences", len(exs), "skipped", skipped, "labels", L)

	if opt.Levels <= 0 || opt.Levels > math.MaxInt16 {
		return nil, fmt.Errorf("parse.Train: Levels %d out of range 1..%d", opt.Levels, math.MaxInt16)
	}
	if opt.Seeds == 1 {
		tr := newTrainer(p, opt.Levels)
		tr.run(exs, opt.Seed, &opt)
		return tr.averaged(), nil
	}
	// The seeds are trained side by side, as many at a time as there are
	// cores; their averaged weights are summed in seed order, so the model
	// does not depend on which finishes first.
	avgT, avgL := make([][]float32, opt.Seeds), make([][]float32, opt.Seeds)
	sem := make(chan struct{}, max(runtime.GOMAXPROCS(0), 1))
	var wg sync.WaitGroup
	for si := range opt.Seeds {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			tr := newTrainer(p, opt.Levels)
			tr.run(exs, opt.Seed+uint64(si), &opt)
			c := max(tr.c, 1)
			avgT[si], avgL[si] = meanWeights(tr.tw, tr.tu, c), meanWeights(tr.lw, tr.lu, c)
		})
	}
	wg.Wait()
	sumT, sumL := make([]float32, len(avgT[0])), make([]float32, len(avgL[0]))
	for si := range opt.Seeds {
		for i, a := range avgT[si] {
			sumT[i] += a
		}
		for i, a := range avgL[si] {
			sumL[i] += a
		}
		avgT[si], avgL[si] = nil, nil
	}
	q := shellOf(p)
	q.tw, q.tScale = quantizeAvg(sumT, opt.Levels)
	q.lw, q.lScale = quantizeAvg(sumL, opt.Levels)
	if len(opt.Dev) > 0 {
		sc := Evaluate(q, opt.Dev)
		opt.Logger.Info("parser seeds averaged", "seeds", opt.Seeds, "dev_uas", fmt.Sprintf("%.2f", sc.UAS()), "dev_las", fmt.Sprintf("%.2f", sc.LAS()))
	}
	return q, nil
}

// newTrainer returns a trainer with zero weights for p's tables.
func newTrainer(p *Parser, levels int) *trainer {
	L := len(p.labels)
	tr := &trainer{p: p, levels: levels}
	tr.tw = make([]float32, (1<<p.tBits)*nTrans)
	tr.lw = make([]float32, (1<<p.lBits)*L)
	tr.tu = make([]float64, len(tr.tw))
	tr.lu = make([]float64, len(tr.lw))
	tr.lscore = make([]float32, L)
	tr.sc = p.scratch()
	return tr
}

// run trains the trainer's weights on exs with one seed.
func (tr *trainer) run(exs []example, seed uint64, opt *TrainOptions) {
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	for it := range opt.Iters {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var errs, total int
		for _, k := range order {
			e, t := tr.sentence(&exs[k], it, opt, rng)
			errs += e
			total += t
		}
		attrs := []any{"seed", seed, "iter", it + 1, "transition_err", fmt.Sprintf("%.4f", float64(errs)/float64(max(total, 1))), "secs", time.Since(start).Seconds()}
		if len(opt.Dev) > 0 {
			sc := Evaluate(tr.averaged(), opt.Dev)
			attrs = append(attrs, "dev_uas", fmt.Sprintf("%.2f", sc.UAS()), "dev_las", fmt.Sprintf("%.2f", sc.LAS()))
		}
		opt.Logger.Info("parser iteration", attrs...)
	}
}

type trainer struct {
	p      *Parser   // labels and sizes; its weights are filled by averaged
	tw, lw []float32 // the weights being trained
	lscore []float32
	levels int
	tu, lu []float64 // running sums of c·Δw, for averaging
	c      float64   // number of decisions seen
	sc     *scratch
	inStk  []bool
}

// averaged returns a parser with the averaged weights w − u/c, quantised
// to int16 steps of max|w|/levels per table.
func (tr *trainer) averaged() *Parser {
	q := shellOf(tr.p)
	c := max(tr.c, 1)
	q.tw, q.tScale = quantize(tr.tw, tr.tu, c, tr.levels)
	q.lw, q.lScale = quantize(tr.lw, tr.lu, c, tr.levels)
	return q
}

// shellOf returns a parser with p's labels and lexicon and no weights
// yet.
func shellOf(p *Parser) *Parser {
	return &Parser{labels: p.labels, rootLabel: p.rootLabel, tBits: p.tBits, lBits: p.lBits, lstride: len(p.labels), amb: p.amb, cands: p.cands, clusters: p.clusters}
}

func quantize(w []float32, u []float64, c float64, levels int) ([]int16, float32) {
	return quantizeAvg(meanWeights(w, u, c), levels)
}

// meanWeights returns the averaged perceptron's weights after c updates:
// each current weight less its accumulated update-time sum over c.
func meanWeights(w []float32, u []float64, c float64) []float32 {
	avg := make([]float32, len(w))
	for i, x := range w {
		avg[i] = float32(float64(x) - u[i]/c)
	}
	return avg
}

// quantizeAvg rounds weights to int16 steps of max|w|/levels. Summed
// weights need no dividing: the scale absorbs it.
func quantizeAvg(avg []float32, levels int) ([]int16, float32) {
	var mx float64
	for _, a := range avg {
		mx = max(mx, math.Abs(float64(a)))
	}
	scale := float32(mx / float64(levels))
	if scale == 0 {
		scale = 1
	}
	q := make([]int16, len(avg))
	for i, a := range avg {
		q[i] = int16(math.Round(float64(a / scale)))
	}
	return q, scale
}

// bestLabel is Parser.bestLabel with the weights being trained.
func (tr *trainer) bestLabel(h, d int32, dir int) int {
	if h == 0 {
		return tr.p.rootLabel
	}
	sc := tr.sc
	labelFeatures(&sc.lf, &sc.st, &sc.th, h, d, dir)
	return argmaxLabel(tr.lw, len(tr.lscore), sc.lf.rows, tr.lscore, tr.p.rootLabel)
}

func (tr *trainer) update(w []float32, u []float64, rows []uint32, width, class int, delta float32) {
	cd := tr.c * float64(delta)
	for _, r := range rows {
		i := int(r)*width + class
		w[i] += delta
		u[i] += cd
	}
}

// sentence trains on one example and returns the number of wrong
// transition predictions and of decisions.
func (tr *trainer) sentence(ex *example, iter int, opt *TrainOptions, rng *rand.Rand) (errs, total int) {
	p, sc := tr.p, tr.sc
	n := len(ex.toks)
	sc.th.fill(ex.toks, p.amb, p.clusters)
	st := &sc.st
	st.reset(n)
	if cap(tr.inStk) < n+1 {
		tr.inStk = make([]bool, n+1)
	}
	inStk := tr.inStk[:n+1]
	L := len(p.labels)
	var ok [nTrans]bool
	var cost [nTrans]int
	for !st.done() {
		transFeatures(&sc.tf, st, &sc.th)
		scores := transScores[float32, float32](tr.tw, sc.tf.rows)
		st.legal(&ok)
		clear(inStk)
		for _, x := range st.stack {
			inStk[x] = true
		}
		pred, gold := -1, -1
		for t := range nTrans {
			if !ok[t] {
				continue
			}
			cost[t] = oracleCost(st, ex.gh, inStk, t)
			if pred < 0 || scores[t] > scores[pred] {
				pred = t
			}
			if cost[t] == 0 && (gold < 0 || scores[t] > scores[gold]) {
				gold = t
			}
		}
		if gold < 0 { // cannot happen with a projective gold tree; be safe
			gold = pred
			for t := range nTrans {
				if ok[t] && cost[t] < cost[gold] {
					gold = t
				}
			}
		}
		total++
		if cost[pred] > 0 {
			errs++
			tr.update(tr.tw, tr.tu, sc.tf.rows, nTrans, gold, 1)
			tr.update(tr.tw, tr.tu, sc.tf.rows, nTrans, pred, -1)
		}
		// Train the labeller on every correct arc the oracle would take.
		if gold == tLeft || gold == tRight {
			h, d := arcOf(st, gold)
			if ex.gh[d] == h && h != 0 {
				labelFeatures(&sc.lf, st, &sc.th, h, d, gold)
				pl := argmaxLabel(tr.lw, L, sc.lf.rows, tr.lscore, p.rootLabel)
				if gl := int(ex.gl[d]); pl != gl {
					tr.update(tr.lw, tr.lu, sc.lf.rows, L, gl, 1)
					tr.update(tr.lw, tr.lu, sc.lf.rows, L, pl, -1)
				}
			}
		}
		t := gold
		if cost[pred] == 0 || (iter >= opt.ExploreFrom && rng.Float64() < opt.Explore) {
			t = pred
		}
		l := 0
		if t == tLeft || t == tRight {
			h, d := arcOf(st, t)
			if iter < opt.ExploreFrom && ex.gh[d] == h {
				l = int(ex.gl[d])
			} else {
				l = tr.bestLabel(h, d, t)
			}
		}
		st.apply(t, l)
		tr.c++
	}
	return errs, total
}

// oracleCost counts the gold arcs that transition t makes unreachable
// (Goldberg and Nivre 2012, arc-eager), given a projective gold tree.
func oracleCost(st *state, gh []int32, inStk []bool, t int) int {
	s0 := st.stack[len(st.stack)-1]
	b, n := st.b, st.n
	c := 0
	switch t {
	case tLeft: // b → s0, pop s0: s0 loses its head and dependents in the buffer
		if gh[s0] != b && gh[s0] > b {
			c++
		}
		for k := b; k <= n; k++ {
			if gh[k] == s0 {
				c++
			}
		}
	case tRight: // s0 → b, push b: b loses other heads and its stack dependents
		if gh[b] != s0 && (inStk[gh[b]] || gh[b] > b) {
			c++
		}
		for _, k := range st.stack {
			if k != 0 && st.head[k] < 0 && gh[k] == b {
				c++
			}
		}
	case tReduce: // pop s0: it loses its dependents in the buffer
		for k := b; k <= n; k++ {
			if gh[k] == s0 {
				c++
			}
		}
	case tShift: // push b: it loses heads and dependents in the stack
		if inStk[gh[b]] {
			c++
		}
		for _, k := range st.stack {
			if k != 0 && st.head[k] < 0 && gh[k] == b {
				c++
			}
		}
	}
	return c
}

// isTree reports whether heads (positions 1..n, 0 = root) form a tree.
func isTree(gh []int32) bool {
	n := int32(len(gh) - 1)
	for d := int32(1); d <= n; d++ {
		h, steps := gh[d], int32(0)
		for h != 0 {
			if h < 0 || h > n || steps > n {
				return false
			}
			h = gh[h]
			steps++
		}
	}
	return true
}

// projectivize lifts non-projective arcs, shortest first, to the head's
// head until the tree has no crossing arcs.
func projectivize(gh []int32) {
	n := int32(len(gh) - 1)
	dominates := func(h, k int32) bool {
		for k != 0 {
			k = gh[k]
			if k == h {
				return true
			}
		}
		return h == 0
	}
	for range n * n {
		bestD, bestLen := int32(-1), int32(1<<30)
		for d := int32(1); d <= n; d++ {
			h := gh[d]
			lo, hi := min(h, d), max(h, d)
			for k := lo + 1; k < hi; k++ {
				if !dominates(h, k) {
					if hi-lo < bestLen {
						bestD, bestLen = d, hi-lo
					}
					break
				}
			}
		}
		if bestD < 0 {
			return
		}
		gh[bestD] = gh[gh[bestD]]
	}
}

// ambMinCount is how often a word must occur in training to get an
// ambiguity class; rarer words are better described by their suffix.
const ambMinCount = 3

// ambiguityClasses maps each frequent word (by wordHash) to the set (a
// bitmask) of UPOS tags it carries in sents: "run" is NOUN|VERB whatever the tagger
// said this time, which lets the parser overrule a wrong tag.
func ambiguityClasses(sents []*conllu.Sentence) map[uint64]uint64 {
	bits := map[string]uint{}
	type entry struct {
		n    int
		mask uint64
	}
	seen := map[uint64]entry{}
	for _, s := range sents {
		for _, w := range s.Words {
			b, ok := bits[w.UPOS]
			if !ok {
				b = uint(len(bits)) & 63
				bits[w.UPOS] = b
			}
			h := wordHash(w.Form)
			e := seen[h]
			e.n++
			e.mask |= 1 << b
			seen[h] = e
		}
	}
	out := map[uint64]uint64{}
	for h, e := range seen {
		if e.n >= ambMinCount {
			out[h] = e.mask
		}
	}
	return out
}

func ambHash(mask uint64) uint64 { return mix(0x510e527fade682d1, mask) }

// candidates collects the labels seen per direction and UPOS pair.
func candidates(exs []example, root int) map[uint64][]uint8 {
	var th tokHashes
	seen := map[uint64]uint64{}
	for i := range exs {
		ex := &exs[i]
		th.fill(ex.toks, nil, nil)
		for d := int32(1); d < int32(len(ex.gh)); d++ {
			h := ex.gh[d]
			if h == 0 || int(ex.gl[d]) == root {
				continue
			}
			dir := tRight
			if d < h {
				dir = tLeft
			}
			seen[candKey(dir, th.u[d], th.u[h])] |= 1 << ex.gl[d]
		}
	}
	out := make(map[uint64][]uint8, len(seen))
	for k, mask := range seen {
		out[k] = maskLabels(mask)
	}
	return out
}

func maskLabels(mask uint64) []uint8 {
	var ls []uint8
	for j := range 64 {
		if mask&(1<<j) != 0 {
			ls = append(ls, uint8(j))
		}
	}
	return ls
}
