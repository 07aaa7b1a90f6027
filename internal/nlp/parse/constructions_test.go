package parse

import (
	"fmt"
	"strings"
	"testing"

	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/tag"
)

// TestConstructions parses the sentences of testdata/constructions.conllu
// (written for dyad, annotated in UD EWT's style) with their tags and
// checks the arcs marked Check=Yes (Check=Known marks arcs the shipped
// model is known to get wrong; they are logged, not failed): the ones the event coder reads to find
// agents of passives, reported speech, negation, relative clauses,
// coordination, possessors, titles, appositions and nominal events.
func TestConstructions(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/constructions.conllu")
	if err != nil {
		t.Fatal(err)
	}
	checkConstructions(t, sents, sents)
}

// TestConstructionsPredictedTags is TestConstructions with the tags of
// tag.Default, as the pipeline parses.
func TestConstructionsPredictedTags(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/constructions.conllu")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	checkConstructions(t, Retag(sents, tg.Tag), sents)
}

// checkConstructions parses sents with their tags and checks the marked
// arcs against gold. In a sentence the tagger got wrong, a failure is
// logged, not failed: the parser cannot be blamed for following the tags.
func checkConstructions(t *testing.T, sents, gold []*conllu.Sentence) {
	p := defaultParser(t)
	if len(sents) < 15 {
		t.Fatalf("read %d fixture sentences, want at least 15", len(sents))
	}
	for si, s := range sents {
		var mistagged []string
		for i, w := range s.Words {
			if g := gold[si].Words[i]; w.UPOS != g.UPOS || w.XPOS != g.XPOS {
				mistagged = append(mistagged, fmt.Sprintf("%s/%s/%s (gold %s/%s)", w.Form, w.UPOS, w.XPOS, g.UPOS, g.XPOS))
			}
		}
		name := s.Text
		for _, c := range s.Comments {
			if v, ok := strings.CutPrefix(c, "construction = "); ok {
				name = v + ": " + s.Text
			}
		}
		t.Run(name, func(t *testing.T) {
			toks := Tokens(s)
			p.Parse(toks)
			checked := 0
			for i, w := range s.Words {
				strict := strings.Contains(w.Misc, "Check=Yes")
				if !strict && !strings.Contains(w.Misc, "Check=Known") {
					continue
				}
				if strict {
					checked++
				}
				got, want := toks[i], w
				if int(got.Head)+1 == want.Head && got.DepRel == want.DepRel {
					continue
				}
				msg := fmt.Sprintf("%q: head %s %s, want %s %s", w.Form, headForm(s, int(got.Head)+1), got.DepRel, headForm(s, want.Head), want.DepRel)
				switch {
				case strict && len(mistagged) > 0:
					t.Logf("after tagging errors %v: %s", mistagged, msg)
				case strict:
					t.Error(msg)
				default:
					// A known weakness of the shipped model, kept in
					// view without failing the build.
					t.Log("known error: " + msg)
				}
			}
			if checked == 0 {
				t.Fatal("no arc marked Check=Yes")
			}
		})
	}
}

func headForm(s *conllu.Sentence, h int) string {
	if h <= 0 || h > len(s.Words) {
		return "ROOT"
	}
	return s.Words[h-1].Form
}
