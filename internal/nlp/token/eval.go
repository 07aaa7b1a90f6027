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
	sysToks := 0
	for _, s := range sys {
		sc.Sentences.System++
		if len(s.Tokens) > 0 && goldSent[model.Span{Start: s.Tokens[0].Span.Start, End: s.Tokens[len(s.Tokens)-1].Span.End}] {
			sc.Sentences.Correct++
		}
		sysToks += len(s.Tokens)
	}
	sc.Tokens.System = sysToks
	for _, ws := range Align(raw, sys) {
		sc.Tokens.Gold += len(ws)
		for _, r := range ws {
			if r != NoRef {
				sc.Tokens.Correct++
			}
		}
	}
	return sc
}

// Ref names one system token: sentence index and token index.
type Ref struct{ Sent, Tok int32 }

// NoRef marks a gold word that no system token matches.
var NoRef = Ref{-1, -1}

// Align maps every gold word of raw to the system token with the same span
// (NoRef when there is none), so that tags, lemmas and heads predicted from
// raw text can be scored against the gold words as CoNLL 2018 does: a word
// counts only when it was segmented right. The words of a grouped multiword
// token align by position when the system split its surface into as many
// tokens.
func Align(raw *Raw, sys []model.Sentence) [][]Ref {
	bySpan := map[model.Span]Ref{}
	type pos struct {
		sent, tok int32
	}
	var order []pos // every system token in text order
	for si, s := range sys {
		for ti, t := range s.Tokens {
			bySpan[t.Span] = Ref{int32(si), int32(ti)}
			order = append(order, pos{int32(si), int32(ti)})
		}
	}
	start := func(p pos) int32 { return sys[p.sent].Tokens[p.tok].Span.Start }
	out := make([][]Ref, len(raw.Words))
	for i, ws := range raw.Words {
		out[i] = make([]Ref, len(ws))
		for j := 0; j < len(ws); {
			if !raw.Group[i][j] {
				r, ok := bySpan[ws[j]]
				if !ok {
					r = NoRef
				}
				out[i][j] = r
				j++
				continue
			}
			// A group: words j..k-1 share the surface span g.
			g, k := ws[j], j
			for k < len(ws) && raw.Group[i][k] && ws[k] == g {
				k++
			}
			a := sort.Search(len(order), func(x int) bool { return start(order[x]) >= g.Start })
			b, end := a, g.Start
			for b < len(order) {
				t := sys[order[b].sent].Tokens[order[b].tok]
				if t.Span.Start != end || t.Span.End > g.End {
					break
				}
				end = t.Span.End
				b++
			}
			for x := j; x < k; x++ {
				out[i][x] = NoRef
				if end == g.End && b-a == k-j {
					p := order[a+x-j]
					out[i][x] = Ref{p.sent, p.tok}
				}
			}
			j = k
		}
	}
	return out
}
