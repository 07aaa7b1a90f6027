package parse

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"dyad/internal/nlp/conllu"
)

// tinyTreebank parses lines of "form/UPOS/head/label" words into
// sentences, for training tests that must not need ../shared.
func tinyTreebank(t *testing.T, lines ...string) []*conllu.Sentence {
	t.Helper()
	var out []*conllu.Sentence
	for _, l := range lines {
		s := &conllu.Sentence{}
		for i, f := range strings.Fields(l) {
			p := strings.Split(f, "/")
			h, err := strconv.Atoi(p[2])
			if len(p) != 4 || err != nil {
				t.Fatalf("bad fixture word %q", f)
			}
			s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: p[0], UPOS: p[1], XPOS: p[1], Head: h, DepRel: p[3]})
		}
		out = append(out, s)
	}
	return out
}

func TestTrainSeedsAveraged(t *testing.T) {
	sents := tinyTreebank(t,
		"Egypt/PROPN/2/nsubj condemned/VERB/0/root the/DET/4/det raid/NOUN/2/obj",
		"The/DET/2/det army/NOUN/3/nsubj shelled/VERB/0/root villages/NOUN/3/obj near/ADP/6/case Kharkiv/PROPN/4/nmod",
		"Talks/NOUN/3/nsubj:pass were/AUX/3/aux:pass held/VERB/0/root in/ADP/5/case Doha/PROPN/3/obl",
		"Iran/PROPN/2/nsubj denied/VERB/0/root the/DET/4/det report/NOUN/2/obj",
	)
	train := func(seeds int) (*Parser, []byte) {
		p, err := Train(sents, TrainOptions{Iters: 6, Seeds: seeds, TransBits: 14, LabelBits: 12})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := p.Save(&b); err != nil {
			t.Fatal(err)
		}
		return p, b.Bytes()
	}
	_, one := train(1)
	p, two := train(2)
	_, again := train(2)
	if !bytes.Equal(two, again) {
		t.Error("training with two seeds twice gave different models")
	}
	if bytes.Equal(one, two) {
		t.Error("averaging two seeds gave the same model as one seed")
	}
	// Both seeds learn the four trees; so must their mean.
	for _, s := range sents {
		toks := Tokens(s)
		p.Parse(toks)
		for i, w := range s.Words {
			if int(toks[i].Head)+1 != w.Head || toks[i].DepRel != w.DepRel {
				t.Errorf("%s: %s head %d %s, want %d %s", s.Words[0].Form, w.Form, toks[i].Head+1, toks[i].DepRel, w.Head, w.DepRel)
			}
		}
	}
}
