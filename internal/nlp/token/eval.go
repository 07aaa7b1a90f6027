package token

import (
	"fmt"
	"sort"
	"strings"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
)

// Raw is the raw text of a treebank rebuilt from its CoNLL-U, with the gold
// spans of its sentences and syntactic words, for scoring from raw text.
//
// Sentences of a paragraph are joined by a space (none when the last token
// has SpaceAfter=No); paragraphs and documents (newpar, newdoc) by a blank
// line, as the CoNLL 2018 shared task laid out its raw text.
type Raw struct {
	Text      string
	Sentences []model.Span
	// Words[i][j] is the span of word j of sentence i. Words of a multiword
	// token whose forms do not spell its surface ("won't" → "will" "not" in
	// some treebanks) have no span of their own: they all get the token's
	// span and Group marks them.
	Words [][]model.Span
	Group [][]bool
}

// Rebuild lays out the raw text of gold.
func Rebuild(gold []*conllu.Sentence) *Raw {
	var b strings.Builder
	r := &Raw{Sentences: make([]model.Span, 0, len(gold)), Words: make([][]model.Span, 0, len(gold)), Group: make([][]bool, 0, len(gold))}
	spaceBefore := false
	for si, s := range gold {
		if si > 0 {
			switch {
			case s.NewDoc != "" || s.NewPar:
				b.WriteString("\n\n")
			case spaceBefore:
				b.WriteByte(' ')
			}
		}
		words := make([]model.Span, len(s.Words))
		group := make([]bool, len(s.Words))
		start := int32(b.Len())
		mi := 0
		for wi := 0; wi < len(s.Words); {
			w := &s.Words[wi]
			if mi < len(s.Multi) && s.Multi[mi].First == w.ID {
				m := s.Multi[mi]
				mi++
				k := m.Last - m.First + 1
				t0 := int32(b.Len())
				b.WriteString(m.Form)
				t1 := int32(b.Len())
				var concat strings.Builder
				for j := wi; j < wi+k && j < len(s.Words); j++ {
					concat.WriteString(s.Words[j].Form)
				}
				spell := concat.String() == m.Form
				off := t0
				for j := wi; j < wi+k && j < len(s.Words); j++ {
					if spell {
						words[j] = model.Span{Start: off, End: off + int32(len(s.Words[j].Form))}
						off = words[j].End
					} else {
						words[j] = model.Span{Start: t0, End: t1}
						group[j] = true
					}
				}
				spaceBefore = !strings.Contains(m.Misc, "SpaceAfter=No")
				wi += k
			} else {
				t0 := int32(b.Len())
				b.WriteString(w.Form)
				words[wi] = model.Span{Start: t0, End: int32(b.Len())}
				spaceBefore = w.SpaceAfter()
				wi++
			}
			if wi < len(s.Words) && spaceBefore {
				b.WriteByte(' ')
			}
		}
		r.Sentences = append(r.Sentences, model.Span{Start: start, End: int32(b.Len())})
		r.Words = append(r.Words, words)
		r.Group = append(r.Group, group)
	}
	r.Text = b.String()
	return r
}

// PRF is one precision/recall/F1 figure.
type PRF struct {
	Gold, System, Correct int
}

// P is the precision.
func (s PRF) P() float64 { return ratio(s.Correct, s.System) }

// R is the recall.
func (s PRF) R() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of P and R.
func (s PRF) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s PRF) String() string {
	return fmt.Sprintf("P %.2f%% R %.2f%% F1 %.2f%% (gold %d, system %d, correct %d)", 100*s.P(), 100*s.R(), 100*s.F1(), s.Gold, s.System, s.Correct)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SegScores are the segmentation scores of Segment on a treebank's raw text.
type SegScores struct {
	// Sentences: a system sentence is correct when its span (first token
	// start to last token end) equals a gold sentence's.
	Sentences PRF
	// Tokens: a system token is correct when its span equals a gold
	// syntactic word's. The words of a multiword token whose forms do not
	// spell its surface count as correct together when the system splits
	// exactly that surface into as many tokens.
	Tokens PRF
}

// EvalSegmentation rebuilds the raw text of gold, segments it, and scores
// the result.
func EvalSegmentation(gold []*conllu.Sentence) SegScores {
	raw := Rebuild(gold)
	return ScoreSegmentation(raw, Segment(raw.Text))
}

// ScoreSegmentation scores sys, the segmentation of raw.Text, against raw.
func ScoreSegmentation(raw *Raw, sys []model.Sentence) SegScores {
	var sc SegScores
	goldSent := make(map[model.Span]bool, len(raw.Sentences))
	for _, s := range raw.Sentences {
		goldSent[s] = true
	}
	sc.Sentences.Gold = len(raw.Sentences)
	var sysToks []model.Span
	for _, s := range sys {
		sc.Sentences.System++
		if len(s.Tokens) > 0 && goldSent[model.Span{Start: s.Tokens[0].Span.Start, End: s.Tokens[len(s.Tokens)-1].Span.End}] {
			sc.Sentences.Correct++
		}
		for _, t := range s.Tokens {
			sysToks = append(sysToks, t.Span)
		}
	}
	sc.Tokens.System = len(sysToks)
	goldTok := map[model.Span]bool{}
	type grp struct {
		span model.Span
		k    int
	}
	var groups []grp
	for i, ws := range raw.Words {
		sc.Tokens.Gold += len(ws)
		for j, w := range ws {
			if !raw.Group[i][j] {
				goldTok[w] = true
				continue
			}
			if j == 0 || !raw.Group[i][j-1] || ws[j-1] != w {
				groups = append(groups, grp{w, 0})
			}
			groups[len(groups)-1].k++
		}
	}
	for _, t := range sysToks {
		if goldTok[t] {
			sc.Tokens.Correct++
		}
	}
	// sysToks is sorted by start; find each group's tokens by binary search.
	for _, g := range groups {
		i := sort.Search(len(sysToks), func(i int) bool { return sysToks[i].Start >= g.span.Start })
		j, end := i, g.span.Start
		for j < len(sysToks) && sysToks[j].Start == end && sysToks[j].End <= g.span.End {
			end = sysToks[j].End
			j++
		}
		if end == g.span.End && j-i == g.k {
			sc.Tokens.Correct += g.k
		}
	}
	return sc
}
