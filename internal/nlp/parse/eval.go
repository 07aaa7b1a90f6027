package parse

import (
	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
)

// Score counts attachment agreement with a gold treebank over all
// syntactic words, punctuation included, as CoNLL 2018 does.
type Score struct {
	Words     int
	Head      int // right head
	Labelled  int // right head and universal label
	Subtyped  int // right head and full label, subtype included
	Sentences int
}

// UAS is the unlabelled attachment score in percent.
func (s Score) UAS() float64 { return pct(s.Head, s.Words) }

// LAS is the labelled attachment score on the universal part of the label.
func (s Score) LAS() float64 { return pct(s.Labelled, s.Words) }

// FullLAS is the LAS with subtypes compared too.
func (s Score) FullLAS() float64 { return pct(s.Subtyped, s.Words) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Add scores one parsed sentence against gold.
func (s *Score) Add(gold *conllu.Sentence, toks []model.Token) {
	s.Sentences++
	for i, w := range gold.Words {
		if i >= len(toks) {
			break
		}
		s.Words++
		if int(toks[i].Head)+1 != w.Head {
			continue
		}
		s.Head++
		if conllu.UniversalRel(toks[i].DepRel) == conllu.UniversalRel(w.DepRel) {
			s.Labelled++
		}
		if toks[i].DepRel == w.DepRel {
			s.Subtyped++
		}
	}
}

// Evaluate parses every sentence with the tags it carries and scores it.
func Evaluate(p *Parser, sents []*conllu.Sentence) Score {
	var sc Score
	for _, s := range sents {
		toks := Tokens(s)
		p.Parse(toks)
		sc.Add(s, toks)
	}
	return sc
}
