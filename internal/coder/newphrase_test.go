package coder

import (
	"strings"
	"testing"

	"dyad/internal/model"
)

// parsed builds tokens from "word/UPOS/head/deprel" (head "-" is the root).
func parsed(spec string) model.Sentence {
	var s model.Sentence
	off := int32(0)
	for _, f := range strings.Fields(spec) {
		p := strings.Split(f, "/")
		h := int32(-1)
		if p[2] != "-" {
			h = 0
			for _, r := range p[2] {
				h = h*10 + int32(r-'0')
			}
		}
		end := off + int32(len(p[0]))
		s.Tokens = append(s.Tokens, model.Token{Text: p[0], UPOS: p[1], Head: h, DepRel: p[3], Span: model.Span{Start: off, End: end}})
		off = end + 1
	}
	return s
}

func TestNewActorPhrase(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		slot       int
		want       string
	}{
		// The slot word in a name ("Lune") climbs to the phrase head; a
		// title the parser made a second subject joins the name; the
		// possessive marker is no word of it.
		{"title sibling", "Harford/PROPN/2/nmod:poss 's/PART/0/case master/NOUN/5/nsubj Ada/PROPN/5/nsubj Lune/PROPN/3/flat left/VERB/-/root", 4, "HARFORD MASTER ADA LUNE"},
		// A prepositional modifier belongs to the phrase.
		{"climb and nmod", "left/VERB/-/root for/ADP/3/case the/DET/3/det Board/PROPN/0/obl of/ADP/5/case Tides/PROPN/3/nmod", 3, "THE BOARD OF TIDES"},
		// A time phrase the parser hung on the noun is not part of it.
		{"time phrase", "left/VERB/-/root for/ADP/3/case the/DET/3/det Board/PROPN/0/obl on/ADP/5/case Monday/PROPN/3/nmod", 3, "THE BOARD"},
		// An apposition set off by commas, and a relative clause, do not.
		{"apposition", "Ada/PROPN/6/nsubj ,/PUNCT/3/punct a/DET/3/det pilot/NOUN/0/appos who/PRON/5/nsubj sails/VERB/3/acl:relcl left/VERB/-/root", 0, "ADA"},
	} {
		s := parsed(c.spec)
		var w work
		w.t.reset(&s)
		_, _, words := w.newActorPhrase(c.slot)
		if got := strings.Join(words, " "); got != c.want {
			t.Errorf("%s: phrase %q, want %q", c.name, got, c.want)
		}
	}
}

func TestNewTarget(t *testing.T) {
	for _, c := range []struct {
		name, spec string
		actor      int // token of a known actor, -1 for none
		want       string
	}{
		{"unknown phrase", "Ada/PROPN/1/nsubj left/VERB/-/root for/ADP/4/case the/DET/4/det Board/PROPN/1/obl", -1, `"THE BOARD"`},
		// A known actor in the first phrase is the target there, not here.
		{"known actor", "Ada/PROPN/1/nsubj left/VERB/-/root for/ADP/3/case Harford/PROPN/1/obl", 3, ""},
		// Phrases before the verb are not after it.
		{"before the verb", "the/DET/1/det Board/PROPN/2/nsubj left/VERB/-/root", -1, ""},
	} {
		s := parsed(c.spec)
		if c.actor >= 0 {
			s.Actors = []model.Actor{{Code: "HAR", Tokens: [2]int32{int32(c.actor), int32(c.actor + 1)}, Head: int32(c.actor)}}
		}
		trig := 1
		for i, tk := range s.Tokens {
			if tk.UPOS == "VERB" {
				trig = i
			}
		}
		w := work{c: &Coder{opt: Options{NewActorWords: 4}}, a: &model.Article{}}
		w.t.reset(&s)
		a, ok := w.newTarget(&match{trig: trig})
		if got := a.actor.Code; got != c.want || ok != (c.want != "") {
			t.Errorf("%s: target %q (%v), want %q", c.name, got, ok, c.want)
		}
	}
}
