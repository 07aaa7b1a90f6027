package parse

import (
	"bytes"
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
	tw        []float32 // transition weights, [1<<tBits][nTrans]
	lw        []float32 // label weights, [1<<lBits][len(labels)]
	amb       map[uint64]uint64
	pool      sync.Pool
}

type scratch struct {
	st     state
	th     tokHashes
	tf, lf featSet
	lscore []float32
}

func (p *Parser) scratch() *scratch {
	if s, ok := p.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{
		tf:     featSet{rows: make([]uint32, 0, 128), shift: 64 - p.tBits},
		lf:     featSet{rows: make([]uint32, 0, 64), shift: 64 - p.lBits},
		lscore: make([]float32, len(p.labels)),
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
	sc.th.fill(toks, p.amb)
	st := &sc.st
	st.reset(n)
	var ok [nTrans]bool
	for !st.done() {
		transFeatures(&sc.tf, st, &sc.th)
		scores := p.transScores(sc.tf.rows)
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

func (p *Parser) transScores(rows []uint32) [nTrans]float32 {
	var s [nTrans]float32
	w := p.tw
	for _, r := range rows {
		x := w[int(r)*nTrans : int(r)*nTrans+nTrans : int(r)*nTrans+nTrans]
		s[0] += x[0]
		s[1] += x[1]
		s[2] += x[2]
		s[3] += x[3]
	}
	return s
}

// bestLabel picks the label of arc h → d. Only arcs from the root are
// labelled root, and they always are.
func (p *Parser) bestLabel(sc *scratch, h, d int32, dir int) int {
	if h == 0 {
		return p.rootLabel
	}
	labelFeatures(&sc.lf, &sc.st, &sc.th, h, d, dir)
	return p.argmaxLabel(sc.lf.rows, sc.lscore, p.lw)
}

func (p *Parser) argmaxLabel(rows []uint32, score []float32, w []float32) int {
	L := len(p.labels)
	score = score[:L]
	clear(score)
	for _, r := range rows {
		x := w[int(r)*L : int(r)*L+L]
		x = x[:len(score)] // lets the compiler drop the bounds checks below
		for j, v := range x {
			score[j] += v
		}
	}
	best := -1
	for j, v := range score {
		if j != p.rootLabel && (best < 0 || v > score[best]) {
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
