package udeval

import (
	"fmt"
	"io"
	"sort"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/token"
)

// Annotator fills UPOS, XPOS, Lemma, Head and DepRel of one sentence's
// tokens (Text, Span and SpaceAfter are set).
type Annotator interface {
	Annotate(toks []model.Token)
}

// Segmenter splits text into sentences of tokens (token.Segment).
type Segmenter func(text string) []model.Sentence

// Scores counts agreement with gold. With gold tokenization System and
// Aligned equal Gold.
type Scores struct {
	Gold, System, Aligned int // words
	UPOS, XPOS, Lemma     int // correct among aligned words
	UAS, LAS              int
	// Sentences and Tokens are the segmentation scores, from raw text only.
	Sentences, Tokens token.PRF
	Raw               bool
}

// Add adds o's counts to s.
func (s *Scores) Add(o Scores) {
	s.Gold += o.Gold
	s.System += o.System
	s.Aligned += o.Aligned
	s.UPOS += o.UPOS
	s.XPOS += o.XPOS
	s.Lemma += o.Lemma
	s.UAS += o.UAS
	s.LAS += o.LAS
	for _, p := range [...][2]*token.PRF{{&s.Sentences, &o.Sentences}, {&s.Tokens, &o.Tokens}} {
		p[0].Gold += p[1].Gold
		p[0].System += p[1].System
		p[0].Correct += p[1].Correct
	}
	s.Raw = s.Raw || o.Raw
}

// F1 returns the F1 of correct words against gold and system words, in
// percent; with gold tokenization it is the accuracy.
func (s Scores) F1(correct int) float64 {
	if s.Gold+s.System == 0 {
		return 0
	}
	return 100 * 2 * float64(correct) / float64(s.Gold+s.System)
}

// Figure names the scores in table order.
var Figures = []string{"UPOS", "XPOS", "Lemma", "UAS", "LAS"}

// Figure returns one named figure in percent.
func (s Scores) Figure(name string) float64 {
	switch name {
	case "UPOS":
		return s.F1(s.UPOS)
	case "XPOS":
		return s.F1(s.XPOS)
	case "Lemma":
		return s.F1(s.Lemma)
	case "UAS":
		return s.F1(s.UAS)
	case "LAS":
		return s.F1(s.LAS)
	case "Words":
		return s.F1(s.Aligned)
	}
	return 0
}

// goldTokens turns a gold sentence's words into tokens with text only.
func goldTokens(s *conllu.Sentence) []model.Token {
	toks := make([]model.Token, len(s.Words))
	for i := range s.Words {
		toks[i] = model.Token{Text: s.Words[i].Form, SpaceAfter: s.Words[i].SpaceAfter(), Head: -1}
	}
	return toks
}

// Gold annotates the gold words of sents with a and scores them.
func Gold(sents []*conllu.Sentence, a Annotator) Scores {
	var sc Scores
	for _, s := range sents {
		toks := goldTokens(s)
		a.Annotate(toks)
		align := make([]int, len(toks))
		for i := range align {
			align[i] = i
		}
		sc.Gold += len(s.Words)
		sc.System += len(toks)
		score(&sc, s, toks, align)
	}
	return sc
}

// score adds the figures of toks against gold s; align[i] is the gold word
// of system token i, or -1.
func score(sc *Scores, s *conllu.Sentence, toks []model.Token, align []int) {
	for i, t := range toks {
		g := align[i]
		if g < 0 {
			continue
		}
		w := &s.Words[g]
		sc.Aligned++
		if t.UPOS == w.UPOS {
			sc.UPOS++
		}
		if t.XPOS == w.XPOS {
			sc.XPOS++
		}
		if t.Lemma == w.Lemma {
			sc.Lemma++
		}
		// The system head, as a gold word index (-1 root, -2 unaligned).
		h := -1
		if t.Head >= 0 {
			h = -2
			if int(t.Head) < len(toks) {
				h = align[t.Head]
				if h < 0 {
					h = -2
				}
			}
		}
		if h == w.Head-1 {
			sc.UAS++
			if conllu.UniversalRel(t.DepRel) == conllu.UniversalRel(w.DepRel) {
				sc.LAS++
			}
		}
	}
}

// Raw rebuilds the raw text of sents, segments it with seg, annotates every
// system sentence with a, aligns system words to gold words by span and
// scores the aligned words.
func Raw(sents []*conllu.Sentence, seg Segmenter, a Annotator) Scores {
	raw := token.Rebuild(sents)
	sys := seg(raw.Text)
	sc := Scores{Raw: true}
	seg1 := token.ScoreSegmentation(raw, sys)
	sc.Sentences, sc.Tokens = seg1.Sentences, seg1.Tokens
	// Gold words by span; the words of a multiword token that does not
	// spell its surface share one span and are matched in order.
	type ref struct{ sent, word int }
	bySpan := map[model.Span][]ref{}
	for si, ws := range raw.Words {
		sc.Gold += len(ws)
		for wi, sp := range ws {
			bySpan[sp] = append(bySpan[sp], ref{si, wi})
		}
	}
	// Each system sentence is scored against the gold sentence of each of
	// its aligned words; heads count only within one gold sentence.
	for i := range sys {
		toks := sys[i].Tokens
		a.Annotate(toks)
		sc.System += len(toks)
		refs := make([]ref, len(toks))
		for j := range toks {
			refs[j] = ref{-1, -1}
			cands := bySpan[toks[j].Span]
			if len(cands) == 1 {
				refs[j] = cands[0]
				continue
			}
			// A shared span: take the k-th gold word for the k-th system
			// token of that span, when the system split it as gold did.
			if len(cands) > 1 {
				k, n := 0, 0
				for m := range toks {
					if toks[m].Span == toks[j].Span {
						if m < j {
							k++
						}
						n++
					}
				}
				if n == len(cands) {
					refs[j] = cands[k]
				}
			}
		}
		// Score per gold sentence touched, with alignment to that
		// sentence's words only.
		sentOf := map[int]bool{}
		for _, r := range refs {
			if r.sent >= 0 {
				sentOf[r.sent] = true
			}
		}
		gs := make([]int, 0, len(sentOf))
		for g := range sentOf {
			gs = append(gs, g)
		}
		sort.Ints(gs)
		for _, g := range gs {
			align := make([]int, len(toks))
			for j, r := range refs {
				align[j] = -1
				if r.sent == g {
					align[j] = r.word
				}
			}
			score(&sc, sents[g], toks, align)
		}
	}
	return sc
}

// WriteTable prints one line per named result and a header, e.g.
//
//	file                      words   UPOS   XPOS  Lemma    UAS    LAS
func WriteTable(w io.Writer, names []string, res []Scores) error {
	width := 4
	for _, n := range names {
		width = max(width, len(n))
	}
	raw := false
	for _, r := range res {
		raw = raw || r.Raw
	}
	hdr := fmt.Sprintf("%-*s %7s", width, "file", "words")
	if raw {
		hdr += fmt.Sprintf(" %6s %6s %6s", "Sents", "Tokens", "Words")
	}
	for _, f := range Figures {
		hdr += fmt.Sprintf(" %6s", f)
	}
	if _, err := fmt.Fprintln(w, hdr); err != nil {
		return err
	}
	for i, r := range res {
		line := fmt.Sprintf("%-*s %7d", width, names[i], r.Gold)
		if raw {
			line += fmt.Sprintf(" %6.2f %6.2f %6.2f", 100*r.Sentences.F1(), 100*r.Tokens.F1(), r.Figure("Words"))
		}
		for _, f := range Figures {
			line += fmt.Sprintf(" %6.2f", r.Figure(f))
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}
