package parse

import (
	"bytes"
	"dyad/internal/nlp/hugemem"
	_ "embed"
	"fmt"
	"sync"

	"dyad/internal/model"
)

// Parser is a trained dependency parser. It holds no mutable state after
// loading: per-parse scratch comes from a pool, so one Parser may be used
// by many goroutines at once.
type Parser struct {
	labels    []string
	rootLabel int // index of "root" in labels
	tBits     uint
	lBits     uint
	// Weights are quantised to int16 (multiples of tScale and lScale):
	// half the memory and cache misses of float32, the same argmax.
	tw []int16 // transition weights, [1<<tBits][nTrans]
	lw []int16 // label weights, [1<<lBits][lstride], the first len(labels) of each row used
	// lstride is the row length of lw. A loaded model pads rows to a
	// multiple of 64 bytes: labels are numbered most frequent first, so
	// the labels an arc may take then mostly share one cache line of the
	// row instead of straddling two.
	lstride int
	mem     []*hugemem.Owner // owners of tw and lw when they are off the heap
	tScale  float32
	lScale  float32
	amb     map[uint64]uint64
	// cands lists, per arc direction and UPOS of dependent and head
	// (candKey), the labels such arcs had in training. Scoring only those
	// is most of the parser's speed and never picks a label the training
	// data never had there; an unseen combination scores every label.
	cands map[uint64][]uint8
	// clusters maps frequent corpus words (wordHash) to their coarse and
	// fine cluster, packed as BuildClusters does; nil in older models.
	clusters map[uint64]uint32
	pool     sync.Pool
}

type scratch struct {
	st     state
	th     tokHashes
	tf, lf featSet
	lscore []int32
}

func (p *Parser) scratch() *scratch {
	if s, ok := p.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{
		tf:     featSet{rows: make([]uint32, 0, 128), shift: 64 - p.tBits},
		lf:     featSet{rows: make([]uint32, 0, 64), shift: 64 - p.lBits},
		lscore: make([]int32, len(p.labels)),
	}
}

// Labels returns the relations the parser can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

//go:embed model/parser.bin.gz
var embedded []byte

var (
	defOnce sync.Once
	defP    *Parser
	defErr  error
)

// Default returns the embedded parser, loading it on first use.
func Default() (*Parser, error) {
	defOnce.Do(func() {
		defP, defErr = Load(bytes.NewReader(embedded))
		if defErr != nil {
			defErr = fmt.Errorf("parse: embedded model: %w", defErr)
		}
	})
	return defP, defErr
}

// Parse fills Head (index into toks, -1 for the root) and DepRel of every
// token from Text, UPOS and XPOS. Every token gets a head and exactly one
// token is the root, whatever the input.
func (p *Parser) Parse(toks []model.Token) {
	n := len(toks)
	if n == 0 {
		return
	}
	sc := p.scratch()
	defer p.pool.Put(sc)
	sc.th.fill(toks, p.amb, p.clusters)
	st := &sc.st
	st.reset(n)
	var ok [nTrans]bool
	for !st.done() {
		transFeatures(&sc.tf, st, &sc.th)
		scores := transScores[int16, int32](p.tw, sc.tf.rows)
		st.legal(&ok)
		best := -1
		for t := range nTrans {
			if ok[t] && (best < 0 || scores[t] > scores[best]) {
				best = t
			}
		}
		l := 0
		if best == tLeft || best == tRight {
			h, d := arcOf(st, best)
			l = p.bestLabel(sc, h, d, best)
		}
		st.apply(best, l)
	}
	p.finish(sc)
	for i := range toks {
		toks[i].Head = st.head[i+1] - 1
		toks[i].DepRel = p.labels[st.label[i+1]-1]
	}
}

// arcOf returns the head and dependent that transition t would join.
func arcOf(st *state, t int) (h, d int32) {
	s0 := st.stack[len(st.stack)-1]
	if t == tLeft {
		return st.b, s0
	}
	return s0, st.b
}

// weight is the type of a weight table: float32 while training, int16
// once quantised; score is the type its sums are kept in.
type weight interface{ ~int16 | ~float32 }
type score interface{ ~int32 | ~float32 }

func transScores[W weight, S score](w []W, rows []uint32) [nTrans]S {
	// Four locals rather than an array, so that the sums stay in
	// registers instead of going through memory on every row.
	var s0, s1, s2, s3 S
	for _, r := range rows {
		x := w[int(r)*nTrans : int(r)*nTrans+nTrans : int(r)*nTrans+nTrans]
		s0 += S(x[0])
		s1 += S(x[1])
		s2 += S(x[2])
		s3 += S(x[3])
	}
	return [nTrans]S{s0, s1, s2, s3}
}

// bestLabel picks the label of arc h → d. Only arcs from the root are
// labelled root, and they always are.
func (p *Parser) bestLabel(sc *scratch, h, d int32, dir int) int {
	if h == 0 {
		return p.rootLabel
	}
	labelFeatures(&sc.lf, &sc.st, &sc.th, h, d, dir)
	cs, ok := p.cands[candKey(dir, sc.th.u[d], sc.th.u[h])]
	if !ok || len(cs) == 0 {
		return argmaxLabel(p.lw, p.lstride, sc.lf.rows, sc.lscore, p.rootLabel)
	}
	L, S := len(p.labels), p.lstride
	score := sc.lscore[:len(cs)]
	clear(score)
	// The first and last candidates alone first: a loop of two loads per
	// row keeps many of the rows' cache misses in flight at once, where
	// the full loop below would wait on them a few at a time; it then
	// finds the rows cached, since the candidates (in ascending order)
	// lie between the two.
	lw, last := p.lw, len(cs)-1
	c0, c1 := int(cs[0]), int(cs[last])
	var s0, s1 int32
	for _, r := range sc.lf.rows {
		x := lw[int(r)*S : int(r)*S+L]
		s0 += int32(x[c0])
		s1 += int32(x[c1])
	}
	score[0], score[last] = s0, s1
	if mid := cs[1:max(last, 1)]; len(mid) > 0 {
		for _, r := range sc.lf.rows {
			x := lw[int(r)*S : int(r)*S+L]
			for k, j := range mid {
				score[k+1] += int32(x[j])
			}
		}
	}
	best := 0
	for k, v := range score {
		if v > score[best] {
			best = k
		}
	}
	return int(cs[best])
}

func candKey(dir int, du, hu uint64) uint64 { return mix(mix(uint64(dir)+0x243f6a8885a308d3, du), hu) }

// argmaxLabel returns the best label other than root; len(score) is the
// number of labels, stride the length of a row of w.
func argmaxLabel[W weight, S score](w []W, stride int, rows []uint32, score []S, root int) int {
	L := len(score)
	clear(score)
	for _, r := range rows {
		x := w[int(r)*stride : int(r)*stride+L]
		x = x[:len(score)] // lets the compiler drop the bounds checks below
		for j, v := range x {
			score[j] += S(v)
		}
	}
	best := -1
	for j, v := range score {
		if j != root && (best < 0 || v > score[best]) {
			best = j
		}
	}
	return best
}

// finish attaches the words left without a head when the buffer ran out:
// the first becomes the root's child if the root has none, the rest hang
// off the root's child with the label the label model prefers.
func (p *Parser) finish(sc *scratch) {
	st := &sc.st
	for d := int32(1); d <= st.n; d++ {
		if st.head[d] >= 0 {
			continue
		}
		if st.rootChild < 0 {
			st.attach(0, d, p.rootLabel)
			continue
		}
		h := st.rootChild
		dir := tRight
		if d < h {
			dir = tLeft
		}
		st.attach(h, d, p.bestLabel(sc, h, d, dir))
	}
}
