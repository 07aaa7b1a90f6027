package parse

import (
	"testing"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
)

func TestReverse(t *testing.T) {
	// "Egypt condemned the raid": condemned is the root.
	s := &conllu.Sentence{Words: []conllu.Word{
		{ID: 1, Form: "Egypt", Head: 2, DepRel: "nsubj"},
		{ID: 2, Form: "condemned", Head: 0, DepRel: "root"},
		{ID: 3, Form: "the", Head: 4, DepRel: "det"},
		{ID: 4, Form: "raid", Head: 2, DepRel: "obj"},
	}, Multi: []conllu.MultiWord{{First: 1, Last: 2}}}
	r := Reverse(s)
	want := []struct {
		form string
		head int
	}{{"raid", 3}, {"the", 1}, {"condemned", 0}, {"Egypt", 3}}
	for i, w := range want {
		if r.Words[i].ID != i+1 || r.Words[i].Form != w.form || r.Words[i].Head != w.head {
			t.Errorf("reversed word %d = %d %s head %d, want %s head %d", i+1, r.Words[i].ID, r.Words[i].Form, r.Words[i].Head, w.form, w.head)
		}
	}
	if r.Multi != nil || s.Words[0].Form != "Egypt" {
		t.Error("Reverse kept multiword tokens or changed its input")
	}
	back := Reverse(r)
	for i := range s.Words {
		if back.Words[i] != s.Words[i] {
			t.Errorf("reversing twice: word %d = %+v, want %+v", i+1, back.Words[i], s.Words[i])
		}
	}
}

func TestAgreedSentence(t *testing.T) {
	a := []model.Token{{Text: "Iran", UPOS: "PROPN", Head: 1, DepRel: "nsubj", SpaceAfter: true}, {Text: "protested", UPOS: "VERB", Head: -1, DepRel: "root"}}
	b := append([]model.Token(nil), a...)
	s, ok := AgreedSentence(a, b)
	if !ok || s.Words[0].Head != 2 || s.Words[1].Head != 0 || s.Words[0].DepRel != "nsubj" || s.Words[1].Misc != "SpaceAfter=No" {
		t.Fatalf("agreed parses: got %+v, %v", s, ok)
	}
	b[0].DepRel = "obj"
	if _, ok := AgreedSentence(a, b); ok {
		t.Error("parses that differ in a label were taken as agreed")
	}
	b[0].DepRel, b[0].Head = "nsubj", -1
	if _, ok := AgreedSentence(a, b); ok {
		t.Error("parses that differ in a head were taken as agreed")
	}
}

// TestParseReversed checks that heads come back in the tokens' order: a
// parser trained on reversed sentences, given the reversed words, must
// reproduce the tree of the sentence it learnt.
func TestParseReversed(t *testing.T) {
	s := &conllu.Sentence{Words: []conllu.Word{
		{ID: 1, Form: "Egypt", UPOS: "PROPN", XPOS: "NNP", Head: 2, DepRel: "nsubj"},
		{ID: 2, Form: "condemned", UPOS: "VERB", XPOS: "VBD", Head: 0, DepRel: "root"},
		{ID: 3, Form: "the", UPOS: "DET", XPOS: "DT", Head: 4, DepRel: "det"},
		{ID: 4, Form: "raid", UPOS: "NOUN", XPOS: "NN", Head: 2, DepRel: "obj"},
	}}
	p, err := Train([]*conllu.Sentence{Reverse(s)}, TrainOptions{Iters: 5, TransBits: 12, LabelBits: 10})
	if err != nil {
		t.Fatal(err)
	}
	toks := Tokens(s)
	ParseReversed(p, toks)
	for i, w := range s.Words {
		if int(toks[i].Head)+1 != w.Head || toks[i].DepRel != w.DepRel {
			t.Errorf("%s: head %d %s, want %d %s", w.Form, toks[i].Head+1, toks[i].DepRel, w.Head, w.DepRel)
		}
	}
}
