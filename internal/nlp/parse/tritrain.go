package parse

import (
	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
)

// Tri-training (Li, Zhang and Chen 2014; Weiss et al. 2015, after Zhou
// and Li 2005) grows the training set with unlabelled sentences that two
// different parsers parse the same way: where a left-to-right and a
// right-to-left parser agree on every head and label, the parse is right
// far more often than either parser alone, and the extra sentences teach
// the shipped parser about words and constructions the treebanks lack.
// The second parser is the same model trained on reversed sentences, so
// it sees each word's right context first and makes different mistakes.

// Reverse returns a copy of s with its words in the opposite order and
// heads renumbered to match, for training a right-to-left parser.
// Multiword tokens are dropped: only the words matter to the parser.
func Reverse(s *conllu.Sentence) *conllu.Sentence {
	n := len(s.Words)
	c := *s
	c.Multi = nil
	c.Words = make([]conllu.Word, n)
	for i, w := range s.Words {
		j := n - 1 - i
		w.ID = j + 1
		if w.Head > 0 {
			w.Head = n + 1 - w.Head
		}
		c.Words[j] = w
	}
	return &c
}

// ParseReversed parses toks right to left with p, a parser trained on
// Reverse'd sentences, and writes the heads and labels back in the
// tokens' own order.
func ParseReversed(p *Parser, toks []model.Token) {
	n := len(toks)
	rev := make([]model.Token, n)
	for i := range toks {
		rev[n-1-i] = toks[i]
	}
	p.Parse(rev)
	for i := range toks {
		r := rev[n-1-i]
		toks[i].DepRel = r.DepRel
		if r.Head < 0 {
			toks[i].Head = -1
		} else {
			toks[i].Head = int32(n - 1 - int(r.Head))
		}
	}
}

// AgreedSentence returns toks as a treebank sentence when both parses,
// a and b of the same tagged words, give every word the same head and
// label; ok is false when they differ anywhere.
func AgreedSentence(a, b []model.Token) (s *conllu.Sentence, ok bool) {
	if len(a) != len(b) {
		return nil, false
	}
	for i := range a {
		if a[i].Head != b[i].Head || a[i].DepRel != b[i].DepRel {
			return nil, false
		}
	}
	s = &conllu.Sentence{Words: make([]conllu.Word, len(a))}
	for i, t := range a {
		misc := "_"
		if !t.SpaceAfter {
			misc = "SpaceAfter=No"
		}
		s.Words[i] = conllu.Word{ID: i + 1, Form: t.Text, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Feats: "_",
			Head: int(t.Head) + 1, DepRel: t.DepRel, Deps: "_", Misc: misc}
	}
	return s, true
}
