package nlp

import (
	"strconv"
	"strings"
	"sync"
	"testing"

	"dyad/internal/model"
)

func newStage(t *testing.T, opt Options) *Stage {
	t.Helper()
	st, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestProcessArticle(t *testing.T) {
	st := newStage(t, Options{})
	if st.Name() != "nlp" {
		t.Errorf("name %q", st.Name())
	}
	a := &model.Article{Text: "Rebels attacked the town on Monday. The army did not retreat."}
	st.Process(a)
	if len(a.Sentences) != 2 {
		t.Fatalf("%d sentences, want 2: %+v", len(a.Sentences), a.Sentences)
	}
	for i, s := range a.Sentences {
		if s.Index != i {
			t.Errorf("sentence %d has index %d", i, s.Index)
		}
		roots := 0
		for j, tk := range s.Tokens {
			if a.Text[tk.Span.Start:tk.Span.End] != tk.Text {
				t.Errorf("token %q does not match its span %v", tk.Text, tk.Span)
			}
			if tk.UPOS == "" || tk.XPOS == "" || tk.Lemma == "" || tk.DepRel == "" {
				t.Errorf("sentence %d token %d %q not annotated: %+v", i, j, tk.Text, tk)
			}
			if tk.Head == -1 {
				roots++
			} else if tk.Head < 0 || int(tk.Head) >= len(s.Tokens) || int(tk.Head) == j {
				t.Errorf("token %q has head %d", tk.Text, tk.Head)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d has %d roots", i, roots)
		}
	}
	// "attacked" heads the first sentence, with "Rebels" its subject.
	s := a.Sentences[0]
	if s.Tokens[1].Head != -1 || s.Tokens[0].Head != 1 || s.Tokens[0].DepRel != "nsubj" || s.Tokens[1].Lemma != "attack" {
		t.Errorf("first sentence: %+v", s.Tokens[:2])
	}
}

func TestProcessKeepsGivenSentences(t *testing.T) {
	st := newStage(t, Options{NoParse: true})
	text := "Talks resumed in Cairo"
	given := []model.Token{
		{Text: "Talks", Span: model.Span{Start: 0, End: 5}, SpaceAfter: true},
		{Text: "resumed in", Span: model.Span{Start: 6, End: 16}, SpaceAfter: true},
		{Text: "Cairo", Span: model.Span{Start: 17, End: 22}},
	}
	a := &model.Article{Text: text, Sentences: []model.Sentence{{Span: model.Span{End: 22}, Tokens: given}}}
	st.Process(a)
	if len(a.Sentences) != 1 || len(a.Sentences[0].Tokens) != 3 {
		t.Fatalf("segmentation was redone: %+v", a.Sentences)
	}
	if tk := a.Sentences[0].Tokens[2]; tk.UPOS != "PROPN" || tk.Lemma != "Cairo" {
		t.Errorf("Cairo: %+v", tk)
	}
}

func TestProcessEmptyAndConcurrent(t *testing.T) {
	st := newStage(t, Options{})
	a := &model.Article{}
	st.Process(a)
	if len(a.Sentences) != 0 || len(a.Diagnostics) != 0 {
		t.Errorf("empty article: %+v", a)
	}
	want := &model.Article{Text: "The minister met protesters in Paris."}
	st.Process(want)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 50 {
				got := &model.Article{Text: want.Text}
				st.Process(got)
				for i, tk := range got.Sentences[0].Tokens {
					w := want.Sentences[0].Tokens[i]
					if tk.XPOS != w.XPOS || tk.Head != w.Head || tk.DepRel != w.DepRel {
						t.Errorf("concurrent run differs at %d: %+v vs %+v", i, tk, w)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

// TestUnlinkBareConj: a conj between proper nouns with nothing that could
// coordinate them is a name, not a coordination.
func TestUnlinkBareConj(t *testing.T) {
	// word/UPOS/head/deprel
	build := func(spec string) []model.Token {
		var toks []model.Token
		for _, f := range strings.Fields(spec) {
			p := strings.Split(f, "/")
			h, _ := strconv.Atoi(p[2])
			toks = append(toks, model.Token{Text: p[0], UPOS: p[1], Head: int32(h), DepRel: p[3]})
		}
		return toks
	}
	tests := []struct {
		spec string
		want string // deprel of the last conj candidate
		at   int
	}{
		{"Ruritania/PROPN/4/nsubj Prime/ADJ/2/amod Minister/PROPN/3/compound Zenda/PROPN/0/conj met/VERB/-1/root", "flat", 3},
		{"Ruritania/PROPN/4/nsubj and/CCONJ/2/cc Zenda/PROPN/0/conj met/VERB/-1/root", "conj", 2},
		{"Ruritania/PROPN/4/nsubj ,/PUNCT/2/punct Zenda/PROPN/0/conj met/VERB/-1/root", "conj", 2},
		{"troops/NOUN/2/nsubj Zenda/PROPN/0/conj met/VERB/-1/root", "conj", 1},
	}
	for _, tc := range tests {
		toks := build(tc.spec)
		unlinkBareConj(toks)
		if got := toks[tc.at].DepRel; got != tc.want {
			t.Errorf("%s: token %d is %s, want %s", tc.spec, tc.at, got, tc.want)
		}
	}
}

// TestProcessDateline: a wire dateline is parsed apart from its sentence
// and hung on the sentence's root, so that the sentence keeps its subject.
func TestProcessDateline(t *testing.T) {
	st := newStage(t, Options{})
	a := &model.Article{Text: "AMMAN, May 4 (Reuters) - Jordan thanked Oman for the convoy."}
	st.Process(a)
	if len(a.Sentences) != 1 {
		t.Fatalf("%d sentences", len(a.Sentences))
	}
	toks := a.Sentences[0].Tokens
	idx := func(w string) int {
		for i := range toks {
			if toks[i].Text == w {
				return i
			}
		}
		t.Fatalf("no %q", w)
		return -1
	}
	verb, subj, place := idx("thanked"), idx("Jordan"), idx("AMMAN")
	if toks[verb].Head != -1 {
		t.Errorf("root is not the verb: %+v", toks)
	}
	if int(toks[subj].Head) != verb || toks[subj].DepRel != "nsubj" {
		t.Errorf("Jordan: head %d %s, want nsubj of %d", toks[subj].Head, toks[subj].DepRel, verb)
	}
	if int(toks[place].Head) != verb || toks[place].DepRel != "dep" {
		t.Errorf("AMMAN: head %d %s, want dep of %d", toks[place].Head, toks[place].DepRel, verb)
	}
	for i, tk := range toks {
		if tk.Head >= int32(len(toks)) || int(tk.Head) == i {
			t.Errorf("token %d has head %d", i, tk.Head)
		}
	}
}

// TestActiveWithObject: a "passive" with an object and no auxiliary is a
// past tense read as a participle; a headline passive stays.
func TestActiveWithObject(t *testing.T) {
	tests := []struct {
		name       string
		toks       []model.Token
		subj, xpos string
	}{
		{"object, no auxiliary", []model.Token{
			{Text: "Rebels", Head: 1, DepRel: "nsubj:pass"},
			{Text: "seized", XPOS: "VBN", Head: -1, DepRel: "root"},
			{Text: "towns", Head: 1, DepRel: "obj"},
		}, "nsubj", "VBD"},
		{"auxiliary", []model.Token{
			{Text: "Envoys", Head: 2, DepRel: "nsubj:pass"},
			{Text: "were", Head: 2, DepRel: "aux:pass"},
			{Text: "given", XPOS: "VBN", Head: -1, DepRel: "root"},
			{Text: "visas", Head: 2, DepRel: "obj"},
		}, "nsubj:pass", "VBN"},
		{"headline passive", []model.Token{
			{Text: "Soldiers", Head: 1, DepRel: "nsubj:pass"},
			{Text: "killed", XPOS: "VBN", Head: -1, DepRel: "root"},
			{Text: "in", Head: 3, DepRel: "case"},
			{Text: "raid", Head: 1, DepRel: "obl"},
		}, "nsubj:pass", "VBN"},
	}
	for _, tc := range tests {
		activeWithObject(tc.toks)
		v := -1
		for i, tk := range tc.toks {
			if tk.Head == -1 {
				v = i
			}
		}
		if tc.toks[0].DepRel != tc.subj || tc.toks[v].XPOS != tc.xpos {
			t.Errorf("%s: subject %s, verb %s; want %s, %s", tc.name, tc.toks[0].DepRel, tc.toks[v].XPOS, tc.subj, tc.xpos)
		}
	}
}
