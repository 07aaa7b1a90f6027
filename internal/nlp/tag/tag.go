package tag

import (
	"bytes"
	"dyad/internal/nlp/hugemem"
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
	scale float32          // a weight is its int16 times scale
	mem   []*hugemem.Owner // owners of slots and ents when they are off the heap
}

// Tagger assigns UPOS and XPOS tags. It is immutable once built and safe
// for concurrent use.
type Tagger struct {
	classes []class
	amb     map[uint64]uint64 // lowercase-form hash → ambiguity class
	dict    map[uint64]uint16 // exact-form hash → class, for frequent unambiguous words
	lex     map[uint64]uint32 // lowercase-form hash → corpus statistics (lexicon.go) and word class (cluster.go)
	// main holds the weights of the left-to-right model (classes 0…nc-1)
	// and, in a bidirectional model, those of the right-to-left model
	// (classes nc…2nc-1) in the same rows: both directions share the static
	// features (trained in the sentence's own orientation), so one lookup
	// serves both.
	main   weights
	cols   int     // class columns in main: nc, or 2nc when bidirectional
	bidi   bool    // tag right to left too and sum the two directions' scores
	ext    bool    // the casing and word-class features are on (TrainOptions.Extended)
	rscale float32 // the right-to-left model's weight scale
	// finite gives the finite-verb kind of each class (VERB with VBZ, VBP or
	// VBD), to which repairVerbless may move a word.
	finite   []byte
	noRepair bool // skip repairVerbless, for measuring it
	pool     sync.Pool
}

// scratch is the per-call working memory of Tag.
type scratch struct {
	ws     []wordInfo
	rws    []wordInfo // ws reversed
	fixed  []uint16   // per word, its class from dict, or noTag
	force  []uint16   // per word, the class decode must give it, or noTag
	tags   []uint16
	rtags  []uint16 // the right-to-left model's own choices, in its order
	feats  []uint64
	owner  []int32  // the word of each feature in feats
	home   []uint64 // the home slot of each feature in feats
	static []int32  // per word, the static features' scores for every column
	lsc    []int32  // per word, the left-to-right scores
	scores []int32
	// gap holds, per word, how far the best finite-verb class scored below
	// the chosen class, and verb that class (repairVerbless).
	gap   []float32
	verb  []uint16
	cands []candidate // repairVerbless's
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

// noRun is the offset find gives for a feature without weights.
const noRun = 1<<32 - 1

// find returns the offset in ents of feature h's run, or noRun.
func (t *weights) find(h uint64) uint32 {
	hi := hiKey(h)
	for i := h >> keyShift & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return noRun
		}
		if s>>32 == hi {
			return uint32(s)
		}
	}
}

// locate finds the runs of feats: runs[k] gets the offset in ents of
// feature k's run (noRun if it has none) and, in the high 32 bits, its
// length. It reads all the home slots first, then all the run heads, so
// that the cache misses of independent features overlap instead of
// queueing one behind another.
func (t *weights) locate(feats, runs []uint64) {
	runs = runs[:len(feats)]
	for k, f := range feats {
		runs[k] = t.slots[f>>keyShift&t.mask]
	}
	for k, f := range feats {
		s := runs[k]
		off := uint32(noRun)
		if s>>32 == hiKey(f) {
			off = uint32(s)
		} else if s != 0 {
			off = t.find(f) // displaced by a collision: probe on
		}
		runs[k] = uint64(off)
		if off != noRun {
			runs[k] |= uint64(t.ents[off].cls) << 32
		}
	}
}

// LeftToRight returns a view of t that tags with the left-to-right model
// only: about twice as fast, a little less accurate. It shares t's weights.
func (t *Tagger) LeftToRight() *Tagger {
	v := t.view()
	v.bidi = false
	return v
}

// view returns a Tagger sharing t's model and settings, and a pool of its
// own (a sync.Pool must not be copied).
func (t *Tagger) view() *Tagger {
	return &Tagger{classes: t.classes, amb: t.amb, dict: t.dict, lex: t.lex, main: t.main, cols: t.cols,
		bidi: t.bidi, ext: t.ext, rscale: t.rscale, finite: t.finite, noRepair: t.noRepair}
}

// Classes returns the number of joint UPOS+XPOS classes and features of the
// model, for reports.
func (t *Tagger) Size() (classes, features, nweights int) {
	for _, s := range t.main.slots {
		if s != 0 {
			features++
		}
	}
	return len(t.classes), features, len(t.main.ents) - features
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
	t.prepare(sc, toks)
	score := t.decode(sc)
	if !t.noRepair {
		t.repairCoordinated(sc, t.repairVerbless(sc, score))
	}
	for i, c := range sc.tags {
		toks[i].UPOS = t.classes[c].upos
		toks[i].XPOS = t.classes[c].xpos
	}
	t.pool.Put(sc)
}

// prepare fills sc with what both directions read and no decision
// changes: each word's hashes, its dictionary class, and the scores of its
// static features.
func (t *Tagger) prepare(sc *scratch, toks []model.Token) {
	n, cols := len(toks), t.cols
	sc.ws = sc.ws[:0]
	sc.fixed = sc.fixed[:0]
	sc.force = sc.force[:0]
	for i := range toks {
		sc.ws = append(sc.ws, computeInfo(toks[i].Text, t.amb, t.lex))
		c, ok := t.dict[sc.ws[i].exact]
		if !ok {
			c = noTag
		}
		sc.fixed = append(sc.fixed, c)
		sc.force = append(sc.force, noTag)
	}
	markSentence(sc.ws)
	// Static features, looked up once for both directions. All the
	// sentence's features are hashed first and their home slots read in
	// one sweep, so that the cache misses of independent lookups overlap
	// instead of queueing one behind another.
	sc.static = slices.Grow(sc.static[:0], n*cols)[:n*cols]
	clear(sc.static)
	sc.feats = sc.feats[:0]
	sc.owner = sc.owner[:0]
	for i := range sc.ws {
		if sc.fixed[i] != noTag {
			continue
		}
		k := len(sc.feats)
		sc.feats = staticFeatures(sc.feats, sc.ws, i, t.ext)
		for range len(sc.feats) - k {
			sc.owner = append(sc.owner, int32(i))
		}
	}
	w := &t.main
	sc.home = slices.Grow(sc.home[:0], len(sc.feats))[:len(sc.feats)]
	w.locate(sc.feats, sc.home)
	for k, r := range sc.home {
		off := uint32(r)
		if off == noRun {
			continue
		}
		ents := w.ents[off+1 : off+1+uint32(r>>32)]
		row := sc.static[int(sc.owner[k])*cols:][:cols]
		for _, e := range ents {
			row[e.cls] += int32(e.w)
		}
	}
}

// decode tags the prepared sentence into sc.tags, a word with a class in
// sc.force taking that class whatever it scores, and returns the sum of
// the final scores of the classes taken (the sentence's score, by which
// repairVerbless compares readings).
func (t *Tagger) decode(sc *scratch) float32 {
	n, nc, cols := len(sc.ws), len(t.classes), t.cols
	sc.gap = slices.Grow(sc.gap[:0], n)[:n]
	sc.verb = slices.Grow(sc.verb[:0], n)[:n]
	var total float32
	// Left to right.
	if t.bidi {
		sc.lsc = slices.Grow(sc.lsc[:0], n*nc)[:n*nc]
	}
	sc.tags = sc.tags[:0]
	for i := range sc.ws {
		sc.gap[i] = noGap
		c := sc.fixed[i]
		if c == noTag {
			copy(sc.scores, sc.static[i*cols:i*cols+nc])
			sc.feats = dynamicFeatures(sc.feats[:0], sc.ws, sc.tags, i, t.ext)
			c = t.decide(sc, 0)
			if f := sc.force[i]; f != noTag {
				c = f
			}
			if t.bidi {
				copy(sc.lsc[i*nc:(i+1)*nc], sc.scores)
			} else {
				total += float32(sc.scores[c]) * t.main.scale
				allowed := verbSpellings(&sc.ws[i])
				best, verb := 0, -1
				for k, v := range sc.scores[:nc] {
					if v > sc.scores[best] {
						best = k
					}
					if allowed&(1<<t.finite[k]) != 0 && (verb < 0 || v > sc.scores[verb]) {
						verb = k
					}
				}
				t.noteGap(sc, i, verb, float32(sc.scores[best]-sc.scores[max(verb, 0)])*t.main.scale)
			}
		}
		sc.tags = append(sc.tags, c)
	}
	if !t.bidi {
		return total
	}
	// Right to left, on the reversed sentence for the dynamic features;
	// each word's final class sums both directions.
	sc.rws = append(sc.rws[:0], sc.ws...)
	slices.Reverse(sc.rws)
	sc.rtags = sc.rtags[:0]
	for j := range sc.rws {
		i := n - 1 - j
		c := sc.fixed[i]
		if c == noTag {
			copy(sc.scores, sc.static[i*cols+nc:(i+1)*cols])
			sc.feats = dynamicFeatures(sc.feats[:0], sc.rws, sc.rtags, j, t.ext)
			c = t.decide(sc, uint16(nc))
			l := sc.lsc[i*nc : (i+1)*nc]
			allowed := verbSpellings(&sc.ws[i])
			best, bestV, verb, verbV := 0, float32(0), -1, float32(0)
			for k := range nc {
				v := float32(l[k])*t.main.scale + float32(sc.scores[k])*t.rscale
				if k == 0 || v > bestV {
					best, bestV = k, v
				}
				if allowed&(1<<t.finite[k]) != 0 && (verb < 0 || v > verbV) {
					verb, verbV = k, v
				}
			}
			t.noteGap(sc, i, verb, bestV-verbV)
			if f := sc.force[i]; f != noTag {
				best, c = int(f), f
				bestV = float32(l[f])*t.main.scale + float32(sc.scores[f])*t.rscale
			}
			sc.tags[i] = uint16(best)
			total += bestV
		}
		sc.rtags = append(sc.rtags, c)
	}
	return total
}

// decide adds the weights of the dynamic features in sc.feats for one
// direction (columns base … base+nc-1 of the table) to sc.scores and
// returns the best class.
func (t *Tagger) decide(sc *scratch, base uint16) uint16 {
	nc := uint16(len(t.classes))
	w := &t.main
	var buf [8]uint64
	runs := buf[:0]
	if len(sc.feats) > len(buf) {
		runs = make([]uint64, 0, len(sc.feats))
	}
	runs = runs[:len(sc.feats)]
	w.locate(sc.feats, runs)
	for _, r := range runs {
		off := uint32(r)
		if off == noRun {
			continue
		}
		for _, e := range w.ents[off+1 : off+1+uint32(r>>32)] {
			if e.cls >= base && e.cls < base+nc {
				sc.scores[e.cls-base] += int32(e.w)
			}
		}
	}
	best := 0
	for c := 1; c < len(sc.scores); c++ {
		if sc.scores[c] > sc.scores[best] {
			best = c
		}
	}
	return uint16(best)
}
