package lemma

import (
	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
)

// Accuracy counts lemmas that equal the gold ones.
type Accuracy struct{ Correct, Total int }

// Percent is the accuracy in percent.
func (a Accuracy) Percent() float64 {
	if a.Total == 0 {
		return 0
	}
	return 100 * float64(a.Correct) / float64(a.Total)
}

// Eval lemmatizes the gold words of each sentence with their gold tags and
// scores the lemmas against the gold ones (exact match, case included).
// miss, when not nil, is called for every wrong lemma.
func (l *Lemmatizer) Eval(gold []*conllu.Sentence, miss func(w *conllu.Word, got string)) Accuracy {
	var acc Accuracy
	var toks []model.Token
	for _, s := range gold {
		toks = toks[:0]
		for _, w := range s.Words {
			toks = append(toks, model.Token{Text: w.Form, UPOS: w.UPOS, XPOS: w.XPOS})
		}
		l.Lemmatize(toks)
		for i := range s.Words {
			w := &s.Words[i]
			acc.Total++
			if toks[i].Lemma == w.Lemma {
				acc.Correct++
			} else if miss != nil {
				miss(w, toks[i].Lemma)
			}
		}
	}
	return acc
}
