package coder

import (
	"testing"

	"dyad/internal/kb/events"
	"dyad/internal/model"
)

// TestNewActors checks PETRARCH's new-actor option: an unmatched noun
// phrase becomes a quoted actor only when the option allows its length.
func TestNewActors(t *testing.T) {
	set, err := events.Load(events.Options{NoDefault: true, Files: []string{"testdata/patterns.dict"}})
	if err != nil {
		t.Fatal(err)
	}
	fx := readFixtures(t, "testdata/basic.conll")[0]
	// "Russia condemned the attack on Ukraine." with its actors removed.
	var s *model.Sentence
	for i := range fx.article.Sentences {
		if fx.article.Sentences[i].Tokens[1].Lemma == "condemn" {
			s = &fx.article.Sentences[i]
		}
	}
	if s == nil {
		t.Fatal("fixture sentence 'Russia condemned the attack on Ukraine' not found")
	}
	s.Actors = nil
	only := &model.Article{ID: "n", Date: fx.article.Date, Text: fx.article.Text, Sentences: []model.Sentence{*s}}
	for _, tc := range []struct {
		words int
		want  []string
	}{
		{0, nil},
		{1, []string{`"RUSSIA" 111 -`}},
		{4, []string{`"RUSSIA" 111 "THE ATTACK ON UKRAINE"`}},
	} {
		c, err := New(Options{Events: set, NewActorWords: tc.words})
		if err != nil {
			t.Fatal(err)
		}
		only.Events = nil
		c.Process(only)
		var got []string
		for i := range only.Events {
			ev := &only.Events[i]
			got = append(got, ev.Source.Code+" "+ev.Code+" "+orDash(ev.Target.Code))
			if ev.Source.Kind != model.KindUserPhrase {
				t.Errorf("words=%d: source kind %v, want phrase", tc.words, ev.Source.Kind)
			}
		}
		if len(got) != len(tc.want) || (len(got) > 0 && got[0] != tc.want[0]) {
			t.Errorf("words=%d: got %q, want %q", tc.words, got, tc.want)
		}
	}
}
