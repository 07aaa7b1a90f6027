package tag

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"sync"

	"dyad/internal/model"
)

//go:embed model/tagger.bin.gz
var embedded []byte

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger trained on UD English (EWT + GUM's
// non-NonCommercial genres) that ships inside the binary. It is decoded on
// the first call only; later calls return the same Tagger.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = Read(bytes.NewReader(embedded))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("tag: embedded model: %w", defaultErr)
		}
	})
	return defaultTagger, defaultErr
}

// class is one joint tag.
type class struct{ upos, xpos string }

// entry is one quantised weight of a feature for one class.
type entry struct {
	cls uint16
	w   int16
}

// weights is one pass's feature table: an open-addressing hash table from
// feature hash to a run of (class, weight) entries. A slot packs the high
// 32 bits of the feature hash (never 0; 0 marks an empty slot) with the
// offset of the run in ents, whose first entry holds the run's length in
// cls. Eight-byte slots keep the table small enough for the cache; the low
// hash bits choose the slot, so the 32 stored bits rarely meet a stranger.
type weights struct {
	slots []uint64
	mask  uint64
	ents  []entry
	// keys holds the full hash of each occupied slot, for writing the
	// model; lookups never touch it.
	keys  []uint64
	scale float32 // a weight is its int16 times scale
}

// Tagger assigns UPOS and XPOS tags. It is immutable once built and safe
// for concurrent use.
type Tagger struct {
	classes []class
	amb     map[uint64]uint64 // lowercase-form hash → ambiguity class
	dict    map[uint64]uint16 // exact-form hash → class, for frequent unambiguous words
	lex     map[uint64]uint16 // lowercase-form hash → corpus statistics (lexicon.go)
	main    weights           // tags left to right
	// rev, when set, tags right to left (trained on reversed sentences);
	// each word then takes the class with the highest sum of the two
	// directions' scores, so that both contexts of a word have their say.
	rev  *weights
	pool sync.Pool
}

// scratch is the per-call working memory of Tag.
type scratch struct {
	ws     []wordInfo
	rws    []wordInfo // ws reversed
	tags   []uint16
	feats  []uint64
	scores []int32
	sums   []float32 // per word and class, both directions
}

// keyShift drops the low bits of feature hashes in model files: 40 bits
// are plenty to tell 400,000 features apart, and they delta-code into a
// few bytes each. The table therefore uses only bits keyShift and up: the
// slot from the lowest of them, the check from the high 32.
const keyShift = 24

// hiKey is the part of a feature hash stored in a slot.
func hiKey(h uint64) uint64 {
	if hi := h >> 32; hi != 0 {
		return hi
	}
	return 1
}

// lookup returns the weights of feature h.
func (t *weights) lookup(h uint64) []entry {
	hi := hiKey(h)
	for i := h >> keyShift & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return nil
		}
		if s>>32 == hi {
			off := uint32(s)
			return t.ents[off+1 : off+1+uint32(t.ents[off].cls)]
		}
	}
}

// LeftToRight returns a view of t that tags with the left-to-right model
// only: about twice as fast, a little less accurate. It shares t's weights.
func (t *Tagger) LeftToRight() *Tagger {
	return &Tagger{classes: t.classes, amb: t.amb, dict: t.dict, lex: t.lex, main: t.main}
}

// Classes returns the number of joint UPOS+XPOS classes and features of the
// model, for reports.
func (t *Tagger) Size() (classes, features, nweights int) {
	for _, w := range [...]*weights{&t.main, t.rev} {
		if w == nil {
			continue
		}
		n := 0
		for _, s := range w.slots {
			if s != 0 {
				n++
			}
		}
		features += n
		nweights += len(w.ents) - n
	}
	return len(t.classes), features, nweights
}

// Tag fills UPOS and XPOS of every token of one sentence from the token
// texts.
func (t *Tagger) Tag(toks []model.Token) {
	if len(toks) == 0 {
		return
	}
	sc, _ := t.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{scores: make([]int32, len(t.classes))}
	}
	sc.ws = sc.ws[:0]
	for i := range toks {
		sc.ws = append(sc.ws, computeInfo(toks[i].Text, t.amb, t.lex))
	}
	if t.rev == nil {
		t.pass(sc, &t.main, nil, false)
	} else {
		n, nc := len(sc.ws), len(t.classes)
		sc.sums = slices.Grow(sc.sums[:0], n*nc)[:n*nc]
		clear(sc.sums)
		t.pass(sc, &t.main, sc.sums, false)
		sc.rws = append(sc.rws[:0], sc.ws...)
		slices.Reverse(sc.rws)
		sc.ws, sc.rws = sc.rws, sc.ws
		t.pass(sc, t.rev, sc.sums, true)
		sc.ws, sc.rws = sc.rws, sc.ws
		slices.Reverse(sc.tags)
		for i := range sc.tags {
			if _, ok := t.dict[sc.ws[i].exact]; ok {
				continue
			}
			row := sc.sums[i*nc : (i+1)*nc]
			best := 0
			for c := 1; c < nc; c++ {
				if row[c] > row[best] {
					best = c
				}
			}
			sc.tags[i] = uint16(best)
		}
	}
	for i, c := range sc.tags {
		toks[i].UPOS = t.classes[c].upos
		toks[i].XPOS = t.classes[c].xpos
	}
	t.pool.Put(sc)
}

// pass tags sc.ws greedily in order into sc.tags. When sums is not nil,
// each word's scores, scaled to the pass's weights, are added to its row
// (counted from the end when reversed).
func (t *Tagger) pass(sc *scratch, w *weights, sums []float32, reversed bool) {
	sc.tags = sc.tags[:0]
	n, nc := len(sc.ws), len(t.classes)
	for i := range sc.ws {
		c, ok := t.dict[sc.ws[i].exact]
		if !ok {
			c = t.predict(sc, w, i)
			if sums != nil {
				j := i
				if reversed {
					j = n - 1 - i
				}
				row := sums[j*nc : (j+1)*nc]
				for k, v := range sc.scores {
					row[k] += float32(v) * w.scale
				}
			}
		}
		sc.tags = append(sc.tags, c)
	}
}

func (t *Tagger) predict(sc *scratch, w *weights, i int) uint16 {
	sc.feats = staticFeatures(sc.feats[:0], sc.ws, i)
	sc.feats = dynamicFeatures(sc.feats, sc.ws, sc.tags, i)
	scores := sc.scores
	clear(scores)
	for _, f := range sc.feats {
		for _, e := range w.lookup(f) {
			scores[e.cls] += int32(e.w)
		}
	}
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return uint16(best)
}
