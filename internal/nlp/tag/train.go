package tag

import (
	"cmp"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
)

// TrainOptions control Train. Shipped gives the shipped model's
// configuration.
type TrainOptions struct {
	Iters int    // passes over the data; 0 means 8 (best on EWT dev)
	Seed  uint64 // shuffling seed; 0 means 1
	// Seeds is how many models, trained with seeds Seed, Seed+1, …, are
	// averaged into the one returned (0 means 1). Each learns from its
	// own order of the data; their mean is a small ensemble with the
	// size and speed of one model.
	Seeds int
	// Dev, when set, is tagged after every iteration with the averaged
	// weights so far, and the accuracy logged: for choosing Iters.
	Dev []*conllu.Sentence
	// Prune drops averaged weights whose magnitude is below this fraction
	// of the largest; 0 means 0.002. It trades a little accuracy for size.
	Prune float64
	// DictMinCount and DictMinShare choose the words tagged by dictionary
	// lookup without scoring: seen at least DictMinCount times (0 → 20),
	// with one class at least DictMinShare of the time (0 → 0.997).
	DictMinCount int
	DictMinShare float64
	// Bidirectional also trains a right-to-left model; tagging then sums
	// both directions' scores. Twice the time and size, for better tags.
	Bidirectional bool
	// Unlabeled texts (news), when given, are segmented and counted into
	// the corpus lexicon (see lexicon.go); ReadCorpora reads the shipped
	// model's.
	Unlabeled []string
	// LexiconBidi trains the first tagger, whose tags of Unlabeled go into
	// the lexicon, in both directions too: better corpus tags, for a cost
	// at training time only.
	LexiconBidi bool
	// Extended adds features for the capitalisation of a word against its
	// neighbours' and its sentence's, and for word classes learnt from
	// Unlabeled (cluster.go). Alone they gain about 0.1 point of UPOS on
	// EWT dev and nothing on test; with seeds averaged they gain on every
	// set, and the shipped model has them.
	Extended bool
	// Clusters is the number of word classes learnt from Unlabeled when
	// Extended; 0 means 256, negative none.
	Clusters int
	Logger   *slog.Logger
}

// Shipped returns the options the shipped model is trained with (by
// `dyad train tagger`, and by the parser's fold taggers, which must tag
// as it does): both directions, the extended features with 512 word
// classes, 10 passes, the mean of three seeds, and weights pruned below a
// hundredth of the largest. They were chosen on EWT and GUM dev, the
// news-verb fixtures and the event coder's gold sets (docs/results.md).
// The mean of seeds has a weight wherever any seed had one; the pruning
// halves them again for 0.03 points of dev UPOS, and keeps the tagger as
// fast as the one-seed model was. The caller adds Unlabeled (ReadCorpora).
func Shipped() TrainOptions {
	return TrainOptions{Iters: 10, Seeds: 3, Prune: 0.01, Bidirectional: true, Extended: true, Clusters: 512}
}

func (o *TrainOptions) defaults() {
	if o.Iters <= 0 {
		o.Iters = 8
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Seeds <= 0 {
		o.Seeds = 1
	}
	if o.Prune <= 0 {
		o.Prune = 0.002
	}
	if o.DictMinCount <= 0 {
		o.DictMinCount = 20
	}
	if o.DictMinShare <= 0 {
		o.DictMinShare = 0.997
	}
	if o.Clusters == 0 {
		o.Clusters = 256
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

// param is one (feature, class) weight being trained, with the sums for
// averaging kept lazily.
type param struct {
	cls uint16
	w   float64
	tot float64
	ts  int
}

type trainer struct {
	rows  [][]param
	ids   map[uint64]int32
	clock int
}

func (tr *trainer) id(h uint64, create bool) int32 {
	if id, ok := tr.ids[h]; ok {
		return id
	}
	if !create {
		return -1
	}
	id := int32(len(tr.rows))
	tr.ids[h] = id
	tr.rows = append(tr.rows, nil)
	return id
}

func (tr *trainer) update(id int32, cls uint16, delta float64) {
	row := tr.rows[id]
	for k := range row {
		p := &row[k]
		if p.cls == cls {
			p.tot += float64(tr.clock-p.ts) * p.w
			p.ts = tr.clock
			p.w += delta
			return
		}
	}
	tr.rows[id] = append(row, param{cls: cls, w: delta, ts: tr.clock})
}

// meanRow is a feature's averaged weights per class, before quantising.
type meanRow struct {
	key  uint64
	cls  []uint16
	vals []float64
}

// means returns the averaged weights of every feature, sorted by key.
func (tr *trainer) means() []meanRow {
	out := make([]meanRow, 0, len(tr.ids))
	now := float64(max(tr.clock, 1))
	for k, id := range tr.ids {
		r := meanRow{key: k}
		for _, p := range tr.rows[id] {
			r.cls = append(r.cls, p.cls)
			r.vals = append(r.vals, (p.tot+float64(tr.clock-p.ts)*p.w)/now)
		}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b meanRow) int { return cmp.Compare(a.key, b.key) })
	return out
}

// averaged returns the averaged weights, pruned and quantised.
func (tr *trainer) averaged(prune float64) *weights { return quantizeRows(tr.means(), prune) }

// meanOf averages the weights of several trainings (sorted by key, as
// means returns them); a weight a model lacks counts as zero.
func meanOf(models [][]meanRow) []meanRow {
	sum := map[uint64]map[uint16]float64{}
	for _, m := range models {
		for _, r := range m {
			row := sum[r.key]
			if row == nil {
				row = map[uint16]float64{}
				sum[r.key] = row
			}
			for i, c := range r.cls {
				row[c] += r.vals[i]
			}
		}
	}
	out := make([]meanRow, 0, len(sum))
	k := float64(len(models))
	for key, row := range sum {
		r := meanRow{key: key}
		for c, v := range row {
			r.cls = append(r.cls, c)
			r.vals = append(r.vals, v/k)
		}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b meanRow) int { return cmp.Compare(a.key, b.key) })
	return out
}

// quantizeRows prunes weights below prune times the largest and
// quantises the rest to 16 bits against the largest.
func quantizeRows(rows []meanRow, prune float64) *weights {
	maxAbs := 0.0
	for _, r := range rows {
		for _, v := range r.vals {
			maxAbs = max(maxAbs, math.Abs(v))
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	cut := prune * maxAbs
	out := make([]featRow, 0, len(rows))
	for _, r := range rows {
		var ents []entry
		for i, a := range r.vals {
			if math.Abs(a) < cut {
				continue
			}
			q := math.Round(a / scale)
			if q == 0 {
				continue
			}
			ents = append(ents, entry{cls: r.cls[i], w: int16(q)})
		}
		if len(ents) > 0 {
			slices.SortFunc(ents, func(a, b entry) int { return int(a.cls) - int(b.cls) })
			out = append(out, featRow{key: r.key, ents: ents})
		}
	}
	w := &weights{}
	w.build(out)
	w.scale = float32(scale)
	return w
}

// corpus is the training data prepared once for every pass and fold.
type corpus struct {
	base   *Tagger
	gold   [][]uint16
	infos  [][]wordInfo
	static [][][]uint64 // static feature hashes of every word
}

// Train trains a tagger on sents (gold UPOS and XPOS). It is deterministic
// for given sentences and options.
func Train(sents []*conllu.Sentence, opt TrainOptions) (*Tagger, error) {
	opt.defaults()
	if len(sents) == 0 {
		return nil, errors.New("tag: no training sentences")
	}
	base, gold, err := vocabulary(sents, opt)
	if err != nil {
		return nil, err
	}
	base.ext = opt.Extended
	if len(opt.Unlabeled) > 0 {
		// The lexicon's tag bits come from a first (left-to-right) tagger
		// that knows the capitalisation and frequency bits (and the word
		// classes) only.
		var clus map[uint64]uint16
		if opt.Extended && opt.Clusters > 0 {
			clus = wordClusters(opt.Unlabeled, opt.Clusters, opt.Seed)
			opt.Logger.Info("tagger word classes", "words", len(clus), "classes", opt.Clusters)
		}
		base.lex = packLexicon(countCorpus(opt.Unlabeled, nil), false)
		addClusters(base.lex, clus)
		o1 := opt
		o1.Iters, o1.Bidirectional, o1.Dev, o1.Seeds = max(opt.Iters/2, 3), opt.LexiconBidi, nil, 1
		t0 := train(sents, base, gold, o1)
		base.lex = packLexicon(countCorpus(opt.Unlabeled, t0), true)
		addClusters(base.lex, clus)
		opt.Logger.Info("tagger lexicon", "words", len(base.lex), "texts", len(opt.Unlabeled))
	}
	return train(sents, base, gold, opt), nil
}

// newCorpus prepares sents for training; reversed reverses every sentence
// (for the right-to-left model).
func newCorpus(sents []*conllu.Sentence, base *Tagger, gold [][]uint16, reversed bool) *corpus {
	c := &corpus{base: base, gold: gold, infos: make([][]wordInfo, len(sents)), static: make([][][]uint64, len(sents))}
	if reversed {
		c.gold = make([][]uint16, len(gold))
		for i, g := range gold {
			c.gold[i] = slices.Clone(g)
			slices.Reverse(c.gold[i])
		}
	}
	for si, s := range sents {
		ws := make([]wordInfo, len(s.Words))
		for i := range s.Words {
			ws[i] = computeInfo(s.Words[i].Form, base.amb, base.lex)
		}
		markSentence(ws)
		// Static features stay in the sentence's own orientation, so that
		// both directions share them at tagging time; only the order of
		// the words (and so the dynamic features) is reversed.
		c.static[si] = make([][]uint64, len(ws))
		for i := range ws {
			c.static[si][i] = staticFeatures(nil, ws, i, base.ext)
		}
		if reversed {
			slices.Reverse(ws)
			slices.Reverse(c.static[si])
		}
		c.infos[si] = ws
	}
	return c
}

// train trains with a given vocabulary.
func train(sents []*conllu.Sentence, base *Tagger, gold [][]uint16, opt TrainOptions) *Tagger {
	all := make([]int, len(sents))
	for i := range all {
		all[i] = i
	}
	nc := len(base.classes)
	mk := func(main, rev *weights) *Tagger {
		t := &Tagger{classes: base.classes, amb: base.amb, dict: base.dict, lex: base.lex, main: *main, cols: nc, ext: base.ext, finite: finiteKinds(base.classes)}
		if rev != nil {
			t.main, t.cols, t.bidi, t.rscale = *merge(main, rev, nc), 2*nc, true, rev.scale
		}
		return t
	}
	main := newCorpus(sents, base, gold, false).trainPass(all, opt, func(w *weights) *Tagger { return mk(w, nil) }, "left-to-right")
	if !opt.Bidirectional {
		return mk(main, nil)
	}
	rev := newCorpus(sents, base, gold, true).trainPass(all, opt, func(w *weights) *Tagger { return mk(main, w) }, "right-to-left")
	return mk(main, rev)
}

// merge puts the right-to-left weights beside the left-to-right ones, in
// the same rows, as classes nc … 2nc-1.
func merge(l, r *weights, nc int) *weights {
	byKey := map[uint64][]entry{}
	var keys []uint64
	for _, w := range [...]*weights{l, r} {
		for _, row := range w.rows() {
			if _, ok := byKey[row.key]; !ok {
				keys = append(keys, row.key)
			}
			for _, e := range row.ents {
				if w == r {
					e.cls += uint16(nc)
				}
				byKey[row.key] = append(byKey[row.key], e)
			}
		}
	}
	slices.Sort(keys)
	rows := make([]featRow, len(keys))
	for i, k := range keys {
		rows[i] = featRow{key: k, ents: byKey[k]}
	}
	m := &weights{scale: l.scale}
	m.build(rows)
	return m
}

// trainPass trains one pass's weights on the sentences idx, the mean of
// opt.Seeds trainings. dev, when not nil, wraps interim weights into a
// Tagger to score opt.Dev.
func (c *corpus) trainPass(idx []int, opt TrainOptions, dev func(*weights) *Tagger, name string) *weights {
	if opt.Seeds <= 1 {
		return quantizeRows(c.trainSeed(idx, opt, dev, name), opt.Prune)
	}
	models := make([][]meanRow, opt.Seeds)
	for si := range models {
		o := opt
		o.Seed = opt.Seed + uint64(si)
		models[si] = c.trainSeed(idx, o, dev, name)
	}
	return quantizeRows(meanOf(models), opt.Prune)
}

// trainSeed trains one direction's model with opt.Seed and returns its
// averaged weights.
func (c *corpus) trainSeed(idx []int, opt TrainOptions, dev func(*weights) *Tagger, name string) []meanRow {
	tr := &trainer{ids: map[uint64]int32{}}
	static := make(map[int][][]int32, len(idx))
	for _, si := range idx {
		ids := make([][]int32, len(c.static[si]))
		for i, hs := range c.static[si] {
			ids[i] = make([]int32, len(hs))
			for k, h := range hs {
				ids[i][k] = tr.id(h, true)
			}
		}
		static[si] = ids
	}
	nc := len(c.base.classes)
	scores := make([]float64, nc)
	order := slices.Clone(idx)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7461676765720001))
	var dyn []uint64
	var dynIDs []int32
	var tags []uint16
	for it := 0; it < opt.Iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			ws := c.infos[si]
			tags = tags[:0]
			for i := range ws {
				g := c.gold[si][i]
				dyn = dynamicFeatures(dyn[:0], ws, tags, i, c.base.ext)
				dynIDs = dynIDs[:0]
				for _, h := range dyn {
					dynIDs = append(dynIDs, tr.id(h, false))
				}
				clear(scores)
				for _, ids := range [2][]int32{static[si][i], dynIDs} {
					for _, id := range ids {
						if id < 0 {
							continue
						}
						for _, p := range tr.rows[id] {
							scores[p.cls] += p.w
						}
					}
				}
				guess := uint16(0)
				for c := 1; c < nc; c++ {
					if scores[c] > scores[guess] {
						guess = uint16(c)
					}
				}
				tr.clock++
				if guess != g {
					for k, h := range dyn {
						if dynIDs[k] < 0 {
							dynIDs[k] = tr.id(h, true)
						}
					}
					for _, ids := range [2][]int32{static[si][i], dynIDs} {
						for _, id := range ids {
							tr.update(id, g, 1)
							tr.update(id, guess, -1)
						}
					}
				} else {
					correct++
				}
				total++
				tags = append(tags, guess)
			}
		}
		args := []any{"pass", name, "seed", opt.Seed, "iter", it + 1, "train", fmt.Sprintf("%.2f", 100*float64(correct)/float64(total)), "features", len(tr.ids)}
		if len(opt.Dev) > 0 && dev != nil {
			s := Score(dev(tr.averaged(opt.Prune)), opt.Dev)
			args = append(args, "dev_upos", fmt.Sprintf("%.2f", s.UPOS()), "dev_xpos", fmt.Sprintf("%.2f", s.XPOS()))
		}
		opt.Logger.Info("tagger iteration", args...)
	}
	return tr.means()
}

// vocabulary collects the classes, ambiguity classes and tag dictionary,
// and returns the gold class of every training word.
func vocabulary(sents []*conllu.Sentence, opt TrainOptions) (*Tagger, [][]uint16, error) {
	base := &Tagger{amb: map[uint64]uint64{}, dict: map[uint64]uint16{}, lex: map[uint64]uint32{}}
	classID := map[class]uint16{}
	xposBit := map[string]uint{}
	gold := make([][]uint16, len(sents))
	type counts map[uint16]int
	byLower := map[uint64]map[string]int{}
	byExact := map[uint64]counts{}
	for si, s := range sents {
		gold[si] = make([]uint16, len(s.Words))
		for i, w := range s.Words {
			if w.UPOS == "" || w.UPOS == "_" {
				return nil, nil, fmt.Errorf("tag: sentence %s (line %d): word %d %q has no UPOS", s.ID, s.Line, w.ID, w.Form)
			}
			c := class{upos: w.UPOS, xpos: w.XPOS}
			id, ok := classID[c]
			if !ok {
				if len(base.classes) >= math.MaxUint16 {
					return nil, nil, errors.New("tag: too many classes")
				}
				id = uint16(len(base.classes))
				classID[c] = id
				base.classes = append(base.classes, c)
			}
			gold[si][i] = id
			if _, ok := xposBit[w.XPOS]; !ok {
				xposBit[w.XPOS] = uint(len(xposBit)) % 62
			}
			lh := hashLower(w.Form)
			if byLower[lh] == nil {
				byLower[lh] = map[string]int{}
			}
			byLower[lh][w.XPOS]++
			eh := hashString(w.Form)
			if byExact[eh] == nil {
				byExact[eh] = counts{}
			}
			byExact[eh][id]++
		}
	}
	// Ambiguity class: the XPOS tags a word took at least 5% of the time,
	// for words seen at least twice (rarer words look unknown, as most
	// words of new text will).
	for lh, m := range byLower {
		n := 0
		for _, c := range m {
			n += c
		}
		if n < 2 {
			continue
		}
		var set uint64
		for x, c := range m {
			if float64(c) >= 0.05*float64(n) {
				set |= 1 << xposBit[x]
			}
		}
		if bits.OnesCount64(set) > 0 {
			base.amb[lh] = set
		}
	}
	for eh, m := range byExact {
		n, best, bestN := 0, uint16(0), 0
		for c, k := range m {
			n += k
			if k > bestN || (k == bestN && c < best) {
				best, bestN = c, k
			}
		}
		if n >= opt.DictMinCount && float64(bestN) >= opt.DictMinShare*float64(n) {
			base.dict[eh] = best
		}
	}
	return base, gold, nil
}

// Scores counts tagging agreement with gold.
type Scores struct {
	Words, UPOSOK, XPOSOK, BothOK int
}

// UPOS returns UPOS accuracy in percent.
func (s Scores) UPOS() float64 { return pct(s.UPOSOK, s.Words) }

// XPOS returns XPOS accuracy in percent.
func (s Scores) XPOS() float64 { return pct(s.XPOSOK, s.Words) }

// Both returns the percentage of words with both tags right.
func (s Scores) Both() float64 { return pct(s.BothOK, s.Words) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Score tags the gold words of sents with t and compares with gold tags.
func Score(t *Tagger, sents []*conllu.Sentence) Scores {
	var s Scores
	var toks []model.Token
	for _, sent := range sents {
		toks = toks[:0]
		for _, w := range sent.Words {
			toks = append(toks, model.Token{Text: w.Form})
		}
		t.Tag(toks)
		for i, w := range sent.Words {
			s.Words++
			u, x := toks[i].UPOS == w.UPOS, toks[i].XPOS == w.XPOS
			if u {
				s.UPOSOK++
			}
			if x {
				s.XPOSOK++
			}
			if u && x {
				s.BothOK++
			}
		}
	}
	return s
}

// NonNCGUM reports whether a GUM document id belongs to a genre whose
// licence allows shipping a model trained on it (not NonCommercial).
func NonNCGUM(docID string) bool {
	for _, g := range []string{"fiction", "whow", "essay", "letter", "podcast"} {
		if strings.HasPrefix(docID, "GUM_"+g+"_") {
			return false
		}
	}
	return true
}
