package parse

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
)

// TagFunc fills UPOS and XPOS of tokens, as a tagger does.
type TagFunc func(toks []model.Token)

// Retag returns copies of sents whose UPOS and XPOS come from tag instead
// of the treebank; heads, labels and forms are kept.
func Retag(sents []*conllu.Sentence, tag TagFunc) []*conllu.Sentence {
	out := make([]*conllu.Sentence, len(sents))
	for i, s := range sents {
		toks := Tokens(s)
		for j := range toks {
			toks[j].UPOS, toks[j].XPOS = "", ""
		}
		tag(toks)
		c := *s
		c.Words = append([]conllu.Word(nil), s.Words...)
		for j := range c.Words {
			c.Words[j].UPOS, c.Words[j].XPOS = toks[j].UPOS, toks[j].XPOS
		}
		out[i] = &c
	}
	return out
}

// Jackknife returns copies of sents tagged the way a tagger tags new text:
// the sentences are split into folds (sentence i goes to fold i mod folds)
// and each fold is tagged by a tagger trained on the others. A parser
// trained on these tags learns to live with the tagger's mistakes instead
// of trusting tags that are always right in training and not at run time.
// train is called from several goroutines at once.
func Jackknife(sents []*conllu.Sentence, folds int, train func([]*conllu.Sentence) (TagFunc, error)) ([]*conllu.Sentence, error) {
	if folds < 2 {
		return nil, fmt.Errorf("parse.Jackknife: want at least 2 folds, have %d", folds)
	}
	out := make([]*conllu.Sentence, len(sents))
	// The folds are independent, so they are trained side by side, as
	// many at a time as there are cores; each writes its own sentences
	// of out, so the result does not depend on the order they finish in.
	errs := make([]error, folds)
	sem := make(chan struct{}, max(runtime.GOMAXPROCS(0), 1))
	var wg sync.WaitGroup
	for k := range folds {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			var in, held []*conllu.Sentence
			var heldIdx []int
			for i, s := range sents {
				if i%folds == k {
					held = append(held, s)
					heldIdx = append(heldIdx, i)
				} else {
					in = append(in, s)
				}
			}
			tag, err := train(in)
			if err != nil {
				errs[k] = fmt.Errorf("parse.Jackknife: fold %d: %w", k+1, err)
				return
			}
			for j, s := range Retag(held, tag) {
				out[heldIdx[j]] = s
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}
