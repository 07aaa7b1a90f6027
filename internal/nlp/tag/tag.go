package tag

import (
	"bytes"
	_ "embed"
	"fmt"
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
	keys []uint64
}

// Tagger assigns UPOS and XPOS tags. It is immutable once built and safe
// for concurrent use.
type Tagger struct {
	classes []class
	amb     map[uint64]uint64 // lowercase-form hash → ambiguity class
	dict    map[uint64]uint16 // exact-form hash → class, for frequent unambiguous words
	lex     map[uint64]uint16 // lowercase-form hash → corpus statistics (lexicon.go)
	// first, when set, tags the sentence left to right before main does,
	// so that main can look at the tags to the right of each word.
	first *weights
	main  weights
	pool  sync.Pool
}

// scratch is the per-call working memory of Tag.
type scratch struct {
	ws     []wordInfo
	tags   []uint16
	right  []uint16
	feats  []uint64
	scores []int32
}

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
	for i := h & t.mask; ; i = (i + 1) & t.mask {
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

// Classes returns the number of joint UPOS+XPOS classes and features of the
// model, for reports.
func (t *Tagger) Size() (classes, features, nweights int) {
	for _, w := range [...]*weights{t.first, &t.main} {
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
	var right []uint16
	if t.first != nil {
		t.pass(sc, t.first, nil)
		sc.right = append(sc.right[:0], sc.tags...)
		right = sc.right
	}
	t.pass(sc, &t.main, right)
	for i, c := range sc.tags {
		toks[i].UPOS = t.classes[c].upos
		toks[i].XPOS = t.classes[c].xpos
	}
	t.pool.Put(sc)
}

// pass tags sc.ws greedily left to right into sc.tags.
func (t *Tagger) pass(sc *scratch, w *weights, right []uint16) {
	sc.tags = sc.tags[:0]
	for i := range sc.ws {
		c, ok := t.dict[sc.ws[i].exact]
		if !ok {
			c = t.predict(sc, w, right, i)
		}
		sc.tags = append(sc.tags, c)
	}
}

func (t *Tagger) predict(sc *scratch, w *weights, right []uint16, i int) uint16 {
	sc.feats = staticFeatures(sc.feats[:0], sc.ws, i)
	sc.feats = dynamicFeatures(sc.feats, sc.ws, sc.tags, right, i)
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
