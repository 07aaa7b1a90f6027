package petrarch

import (
	"slices"
	"strings"
	"testing"

	"dyad/internal/model"
)

// sentence builds a parsed sentence from "word/head/deprel" triples.
func sentence(spec string) model.Sentence {
	var s model.Sentence
	off := int32(0)
	for _, f := range strings.Fields(spec) {
		p := strings.Split(f, "/")
		var h int32
		for _, r := range p[1] {
			if r != '-' {
				h = h*10 + int32(r-'0')
			}
		}
		if p[1] == "-" {
			h = -1
		}
		end := off + int32(len(p[0]))
		s.Tokens = append(s.Tokens, model.Token{Text: p[0], Span: model.Span{Start: off, End: end}, Head: h, DepRel: p[2]})
		off = end + 1
	}
	return s
}

func actor(s *model.Sentence, code, country string, roles []string, tok int) model.Actor {
	return model.Actor{Code: code, Country: country, Roles: roles, Tokens: [2]int32{int32(tok), int32(tok + 1)},
		Head: int32(tok), Span: s.Tokens[tok].Span}
}

func triples(evs []model.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Source.Code+" "+e.Target.Code+" "+e.Code)
	}
	slices.Sort(out)
	return out
}

func TestFinish(t *testing.T) {
	s := sentence("Arnor/1/nsubj restored/-/root ties/1/obj with/4/case Gondor/2/nmod and/6/cc Rohan/4/conj " +
		"after/9/mark Mordor/9/nsubj attacked/1/advcl")
	arn := actor(&s, "ARN", "ARN", nil, 0)
	s.Actors = []model.Actor{arn, actor(&s, "GON", "GON", nil, 4), actor(&s, "ROH", "ROH", nil, 6), actor(&s, "MOR", "MOR", nil, 8)}
	trig := s.Tokens[1].Span
	a := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{
		// No target: the first actor in the verb's phrase and its
		// conjuncts, not the actor of the "after" clause; a pair.
		{Source: arn, Code: "032:033", TriggerSpan: trig, Flags: model.Future},
		// A derived intent and a null code are dropped.
		{Source: arn, Code: "0314", TriggerSpan: trig, Explanation: model.Explanation{Pattern: "0314 intent: restore + future 064 \"x\" (f:1)"}},
		{Source: arn, Target: s.Actors[1], Code: "---", TriggerSpan: trig},
		// A half-null pair gives only the reverse.
		{Source: arn, Target: s.Actors[3], Code: ":050", TriggerSpan: trig},
	}}
	Finish(a)
	want := []string{"ARN GON 032", "ARN ROH 032", "GON ARN 033", "MOR ARN 050", "ROH ARN 033"}
	if got := triples(a.Events); !slices.Equal(got, want) {
		t.Errorf("events = %q, want %q", got, want)
	}
	for _, e := range a.Events {
		if e.Flags != 0 {
			t.Errorf("%s %s %s: flags %v kept", e.Source.Code, e.Target.Code, e.Code, e.Flags)
		}
	}
}

func TestFinishActors(t *testing.T) {
	// "Lawmakers in Fornost and Gondor welcomed Eriador": an agent over
	// countries is one actor per country.
	s := sentence("Lawmakers/4/nsubj in/2/case Fornost/0/nmod and/3/cc Gondor/2/conj welcomed/-/root Eriador/4/obj")
	leg := actor(&s, "LEG", "", []string{"LEG"}, 0)
	s.Actors = []model.Actor{leg, actor(&s, "FOR", "FOR", nil, 2), actor(&s, "GON", "GON", nil, 4), actor(&s, "ERI/ELF", "ERI", nil, 6)}
	a := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{
		{Source: leg, Target: s.Actors[3], Code: "041", TriggerSpan: s.Tokens[5].Span},
	}}
	Finish(a)
	want := []string{"FORLEG ELF 041", "FORLEG ERI 041", "GONLEG ELF 041", "GONLEG ERI 041"}
	if got := triples(a.Events); !slices.Equal(got, want) {
		t.Errorf("events = %q, want %q", got, want)
	}

	// A "%" pattern codes the compound's members to each other.
	s2 := sentence("Gondor/2/nsubj and/2/cc Rohan/0/conj agreed/-/root")
	g, r := actor(&s2, "GON", "GON", nil, 0), actor(&s2, "ROH", "ROH", nil, 2)
	s2.Actors = []model.Actor{g, r}
	ex := model.Explanation{Pattern: "030 % * (f:1)"}
	b := &model.Article{Sentences: []model.Sentence{s2}, Events: []model.Event{
		{Source: g, Code: "030", Group: "x", TriggerSpan: s2.Tokens[3].Span, Explanation: ex},
		{Source: r, Code: "030", Group: "x", TriggerSpan: s2.Tokens[3].Span, Explanation: ex},
	}}
	Finish(b)
	if got := triples(b.Events); !slices.Equal(got, []string{"GON ROH 030", "ROH GON 030"}) {
		t.Errorf("compound events = %q", got)
	}
}

func TestFinishPrefixAgent(t *testing.T) {
	// "MSF Arnor restored ties": a prefix agent ([NGO~]) next to a country
	// goes before its code.
	s := sentence("MSF/1/compound Arnor/2/nsubj restored/-/root ties/2/obj")
	msf := actor(&s, "NGO", "NGO", nil, 0)
	s.Actors = []model.Actor{msf, actor(&s, "ARN", "ARN", nil, 1)}
	a := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{
		{Source: msf, Target: model.Actor{Code: "GON"}, Code: "064", TriggerSpan: s.Tokens[2].Span},
	}}
	d := &Dicts{Prefix: map[string]bool{"NGO": true}}
	d.Finish(a)
	if got := triples(a.Events); !slices.Equal(got, []string{"NGOARN GON 064"}) {
		t.Errorf("events = %q", got)
	}
}

func TestFinishVerbForm(t *testing.T) {
	// "Arnor left for Gondor": the verb alone coded LEAVE, but the
	// dictionary has LEFT [032:033], PETRARCH's match for the word "left".
	s := sentence("Arnor/1/nsubj left/-/root for/3/case Gondor/1/obl")
	s.Tokens[1].Lemma = "leave"
	arn, gon := actor(&s, "ARN", "ARN", nil, 0), actor(&s, "GON", "GON", nil, 3)
	s.Actors = []model.Actor{arn, gon}
	a := &model.Article{Text: "Arnor left for Gondor", Sentences: []model.Sentence{s}, Events: []model.Event{
		{Source: arn, Target: gon, Code: "012", TriggerSpan: s.Tokens[1].Span, Explanation: model.Explanation{Pattern: "012 leave (f:1)"}},
		// A pattern of an inflected verb matches only its forms.
		{Source: arn, Target: gon, Code: "191", TriggerSpan: s.Tokens[1].Span, Explanation: model.Explanation{Pattern: "191 {urging} urging (f:2)"}},
	}}
	d := &Dicts{FormCode: map[string]string{"leave|left": "032:033"}}
	d.Finish(a)
	if got := triples(a.Events); !slices.Equal(got, []string{"ARN GON 032", "GON ARN 033"}) {
		t.Errorf("events = %q", got)
	}
}

func TestFinishSkip(t *testing.T) {
	// "* AT ^ +": "Arnor warned at Gondor of Rohan" skips Gondor.
	s := sentence("Arnor/1/nsubj warned/-/root at/3/case Gondor/1/obl of/5/case Rohan/3/nmod")
	arn, gon := actor(&s, "ARN", "ARN", nil, 0), actor(&s, "GON", "GON", nil, 3)
	s.Actors = []model.Actor{arn, gon, actor(&s, "ROH", "ROH", nil, 5)}
	a := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{
		{Source: arn, Target: gon, Code: "162", TriggerSpan: s.Tokens[1].Span, Explanation: model.Explanation{Pattern: "162 * at ^ + (f:3)"}},
	}}
	Finish(a)
	if got := triples(a.Events); !slices.Equal(got, []string{"ARN ROH 162"}) {
		t.Errorf("events = %q", got)
	}
}

func TestFinishNounPhrase(t *testing.T) {
	// Entries as the readers make them: two countries, one actor with a
	// role in its code, and agents, one of them a prefix.
	ents, _, gaps, err := readActors(strings.NewReader("HARFORD [HAR]\nTIDEMARK [TID]\nHARBOUR_BOARD [HARGOV]\nTIDEMARK RADIO_NEWS [TIDMED]\n"), "np.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	ags, _, err := ReadAgents(strings.NewReader("PILOT [~MIL]\nSEA_PILOT [~MILNAV]\nOFFICIAL [~GOV]\nGUILD {} [NGO~]\nPRESS {} [~MED]\n"), "np.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := &Dicts{Prefix: map[string]bool{"NGO": true}, np: newNPIndex(append(ents, ags...), gaps)}
	for _, c := range []struct {
		name, spec string
		src        int // token of the source mention
		code       string
		want       string
	}{
		// The first actor of the phrase is the base; agents follow in
		// order, a prefix agent before it; a longer agent phrase wins.
		{"prefix and suffix", "a/3/det guild/3/compound Harford/3/compound pilot/4/nsubj docked/-/root", 3, "MIL", "NGOHARMIL"},
		{"longest agent", "Harford/2/compound sea/2/compound pilots/3/nsubj docked/-/root", 2, "HARMIL", "HARMILNAV"},
		// The possessor is the first actor, not the name after the title.
		{"possessor first", "Harford/3/nmod:poss 's/0/case old/3/amod official/5/nsubj Tidemark/3/appos docked/-/root", 3, "GOV", "HARGOV"},
		// An agent whose code the actor already has stops the agents.
		{"duplicate code", "Harbour/2/compound Board/3/compound officials/4/nsubj pilots/2/conj docked/-/root", 2, "HARGOV", "HARGOV"},
		// A coordinated member shares the modifiers before the first one.
		{"shared modifiers", "the/2/det Harford/2/compound press/5/nsubj and/4/cc officials/2/conj docked/-/root", 4, "GOV", "HARGOV"},
		// An apposition set off by a comma is a phrase of its own.
		{"apposition", "Tidemark/4/nsubj ,/3/punct an/3/det official/0/appos docked/-/root", 0, "TID", "TID"},
		// A space in an actor phrase lets words come between; '_' does not.
		{"gap", "Tidemark/3/compound state/3/compound radio/3/compound news/4/nsubj docked/-/root", 0, "TID", "TIDMED"},
		{"no gap at _", "Tidemark/3/compound radio/3/compound evening/3/compound news/4/nsubj docked/-/root", 0, "TID", "TID"},
		// "{}": no plural, so "presses" is no agent.
		{"no plural", "Tidemark/1/compound presses/2/nsubj docked/-/root", 1, "TID", "TID"},
	} {
		s := sentence(c.spec)
		src := actor(&s, c.code, "", nil, c.src)
		s.Actors = []model.Actor{src}
		a := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{
			{Source: src, Target: model.Actor{Code: "ZZZ"}, Code: "010", TriggerSpan: s.Tokens[len(s.Tokens)-1].Span},
		}}
		d.Finish(a)
		if got := triples(a.Events); !slices.Equal(got, []string{c.want + " ZZZ 010"}) {
			t.Errorf("%s: events = %q, want source %s", c.name, got, c.want)
		}
	}
}

func TestPetrPlurals(t *testing.T) {
	got := petrPlurals([]string{"CONGRESS", "PARTY", "SPOKESMAN", "OFFICIAL", "CHURCH", "SEA_PILOT_"})
	want := []string{"CONGRESSES", "PARTIES", "SPOKESMEN", "OFFICIALS", "CHURCHES", "SEA_PILOTS"}
	if !slices.Equal(got, want) {
		t.Errorf("petrPlurals = %q, want %q", got, want)
	}
}

func TestAgentPhrases(t *testing.T) {
	ags, _, err := ReadAgents(strings.NewReader("OFFICIAL [~GOV]\nHARBOUR_PILOT [~MIL]\n"), "np.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := &Dicts{np: newNPIndex(ags, nil)}
	// "the official news agency said"; "Harford's harbour pilots" is
	// left alone: kb found its actor.
	s := sentence("the/3/det official/3/amod news/3/compound agency/4/nsubj said/-/root harbour/6/compound pilots/4/obj")
	for i := range s.Tokens {
		s.Tokens[i].UPOS = "NOUN"
	}
	s.Tokens[4].UPOS = "VERB"
	kept := model.Actor{Code: "HARMIL", Country: "HAR", Tokens: [2]int32{5, 7}, Head: 6}
	s.Actors = []model.Actor{kept}
	a := &model.Article{Sentences: []model.Sentence{s}}
	d.AgentPhrases(a)
	got := a.Sentences[0].Actors
	if len(got) != 2 || got[0].Code != "GOV" || got[0].Head != 3 || got[0].Tokens != [2]int32{1, 4} || got[1].Code != "HARMIL" {
		t.Errorf("actors = %+v", got)
	}
}

func TestFinishCodedClause(t *testing.T) {
	// "Harford restored ties after Tidemark crowds burned the docks": the
	// event of the "after" clause goes when the verb above it coded one,
	// and stays when it did not.
	s := sentence("Harford/1/nsubj restored/-/root ties/1/obj after/5/mark crowds/5/nsubj burned/1/advcl docks/5/obj")
	har, tid := actor(&s, "HAR", "HAR", nil, 0), actor(&s, "TID", "TID", nil, 4)
	s.Actors = []model.Actor{har, tid}
	restore := model.Event{Source: har, Target: model.Actor{Code: "ZZZ"}, Code: "064", TriggerSpan: s.Tokens[1].Span}
	burn := model.Event{Source: tid, Target: model.Actor{Code: "ZZZ"}, Code: "222", TriggerSpan: s.Tokens[5].Span}
	a := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{restore, burn}}
	Finish(a)
	if got := triples(a.Events); !slices.Equal(got, []string{"HAR ZZZ 064"}) {
		t.Errorf("events = %q", got)
	}
	b := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{burn}}
	Finish(b)
	if got := triples(b.Events); !slices.Equal(got, []string{"TID ZZZ 222"}) {
		t.Errorf("alone: events = %q", got)
	}
}

func TestFinishCompoundMembers(t *testing.T) {
	ex := model.Explanation{Pattern: "064:064 % * diplomatic (f:1)"}
	// "Old foes Gondor and Rohan renewed ties": the coder found Gondor in
	// the subject; its conjunct Rohan is a member too.
	s := sentence("old/1/amod foes/5/nsubj Gondor/1/flat and/4/cc Rohan/2/conj renewed/-/root ties/5/obj")
	g, r := actor(&s, "GON", "GON", nil, 2), actor(&s, "ROH", "ROH", nil, 4)
	s.Actors = []model.Actor{g, r}
	a := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{
		{Source: g, Code: "064:064", TriggerSpan: s.Tokens[5].Span, Explanation: ex},
	}}
	Finish(a)
	if got := triples(a.Events); !slices.Equal(got, []string{"GON ROH 064", "ROH GON 064"}) {
		t.Errorf("compound events = %q", got)
	}
	// "Gondor renewed ties": no compound, so the event stands alone.
	s2 := sentence("Gondor/1/nsubj renewed/-/root ties/1/obj")
	g2 := actor(&s2, "GON", "GON", nil, 0)
	s2.Actors = []model.Actor{g2}
	b := &model.Article{Sentences: []model.Sentence{s2}, Events: []model.Event{
		{Source: g2, Code: "064:064", TriggerSpan: s2.Tokens[1].Span, Explanation: ex},
	}}
	Finish(b)
	if got := triples(b.Events); !slices.Equal(got, []string{" GON 064", "GON  064"}) {
		t.Errorf("single member: events = %q", got)
	}
}

func TestFinishNeedsPhraseAfter(t *testing.T) {
	// "Harford said on Saturday" codes Harford → (none); "Harford said
	// today", with only a bare time word after the verb, codes nothing.
	for _, c := range []struct {
		spec string
		want []string
	}{
		{"Harford/1/nsubj said/-/root on/3/case Saturday/1/obl", []string{"HAR  023"}},
		{"Harford/1/nsubj said/-/root today/1/obl:unmarked", nil},
	} {
		s := sentence(c.spec)
		har := actor(&s, "HAR", "HAR", nil, 0)
		s.Actors = []model.Actor{har}
		a := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{{Source: har, Code: "023", TriggerSpan: s.Tokens[1].Span}}}
		Finish(a)
		if got := triples(a.Events); !slices.Equal(got, c.want) {
			t.Errorf("%s: events = %q, want %q", c.spec, got, c.want)
		}
	}
}

func TestFinishSubjectBefore(t *testing.T) {
	// "Harford restored ties after Tidemark crowds burned the docks", with
	// "crowds" hung on "ties" by the parser and the coder's source taken
	// from the main clause: the noun phrase before the verb is its subject.
	s := sentence("Harford/1/nsubj restored/-/root ties/1/obj after/5/case Tidemark/5/compound crowds/2/nmod burned/1/advcl docks/6/obj")
	for i := range s.Tokens {
		s.Tokens[i].UPOS = "NOUN"
	}
	s.Tokens[1].UPOS, s.Tokens[6].UPOS = "VERB", "VERB"
	har, tid := actor(&s, "HAR", "HAR", nil, 0), actor(&s, "TID", "TID", nil, 4)
	s.Actors = []model.Actor{har, tid}
	a := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{
		{Source: har, Target: model.Actor{Code: "ZZZ"}, Code: "222", TriggerSpan: s.Tokens[6].Span},
	}}
	Finish(a)
	if got := triples(a.Events); !slices.Equal(got, []string{"TID ZZZ 222"}) {
		t.Errorf("events = %q", got)
	}
	// The verb's own subject stays.
	s2 := sentence("Harford/1/nsubj burned/-/root Tidemark/3/compound docks/1/obj")
	s2.Tokens[1].UPOS = "VERB"
	h2 := actor(&s2, "HAR", "HAR", nil, 0)
	s2.Actors = []model.Actor{h2, actor(&s2, "TID", "TID", nil, 2)}
	b := &model.Article{Sentences: []model.Sentence{s2}, Events: []model.Event{
		{Source: h2, Target: model.Actor{Code: "ZZZ"}, Code: "222", TriggerSpan: s2.Tokens[1].Span},
	}}
	Finish(b)
	if got := triples(b.Events); !slices.Equal(got, []string{"HAR ZZZ 222"}) {
		t.Errorf("own subject: events = %q", got)
	}
}

func TestFinishStoryDiscard(t *testing.T) {
	// Sentence 2 matched a story discard: the events of sentence 1 go too.
	s1 := sentence("Harford/1/nsubj hailed/-/root Tidemark/1/obj")
	har, tid := actor(&s1, "HAR", "HAR", nil, 0), actor(&s1, "TID", "TID", nil, 2)
	s1.Actors = []model.Actor{har, tid}
	s2 := sentence("regatta/1/compound results/-/root")
	s2.Index = 1
	mk := func(discard string) *model.Article {
		s2.Discarded = discard
		return &model.Article{Sentences: []model.Sentence{s1, s2}, Events: []model.Event{
			{Source: har, Target: tid, Code: "051", TriggerSpan: s1.Tokens[1].Span},
		}}
	}
	a := mk("discard " + storyDiscardKey + "x.txt (x.txt:2)")
	Finish(a)
	if len(a.Events) != 0 || len(a.Diagnostics) != 1 {
		t.Errorf("story discard: events %q, diagnostics %v", triples(a.Events), a.Diagnostics)
	}
	b := mk("discard petrarch sentence x.txt (x.txt:3)")
	Finish(b)
	if got := triples(b.Events); !slices.Equal(got, []string{"HAR TID 051"}) {
		t.Errorf("sentence discard: events = %q", got)
	}
}

func TestFinishFiniteClause(t *testing.T) {
	// "Harford delayed talks after a ship was sighted at Tidemark", the
	// clause's subject lost to the parser: a finite clause is no part of
	// the verb's phrase, so Tidemark is not the default target; a
	// non-finite one ("to supply Tidemark") is.
	for _, c := range []struct {
		spec string
		tid  int
		want []string
	}{
		{"Harford/1/nsubj delayed/-/root talks/1/obj after/4/case ship/2/nmod was/6/aux:pass sighted/1/advcl at/8/case Tidemark/6/obl", 8, []string{"HAR  191"}},
		{"Harford/1/nsubj delayed/-/root talks/1/obj to/4/mark supply/1/advcl Tidemark/4/obj", 5, []string{"HAR TID 191"}},
		// A noun phrase after a comma, hung on the verb as a clause.
		{"Harford/1/nsubj delayed/-/root talks/1/obj ,/5/punct Tidemark/5/compound official/1/advcl", 4, []string{"HAR  191"}},
	} {
		s := sentence(c.spec)
		har := actor(&s, "HAR", "HAR", nil, 0)
		s.Actors = []model.Actor{har, actor(&s, "TID", "TID", nil, c.tid)}
		a := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{{Source: har, Code: "191", TriggerSpan: s.Tokens[1].Span}}}
		Finish(a)
		if got := triples(a.Events); !slices.Equal(got, c.want) {
			t.Errorf("%s: events = %q, want %q", c.spec, got, c.want)
		}
	}
}

// BenchmarkFinishNounPhrase measures Finish reading an event's noun
// phrases with dictionaries (the petrarch stage's per-event cost).
func BenchmarkFinishNounPhrase(b *testing.B) {
	ents, _, gaps, err := readActors(strings.NewReader("HARFORD [HAR]\nTIDEMARK [TID]\nHARBOUR_BOARD [HARGOV]\n"), "np.actors.txt")
	if err != nil {
		b.Fatal(err)
	}
	ags, _, err := ReadAgents(strings.NewReader("PILOT [~MIL]\nSEA_PILOT [~MILNAV]\nOFFICIAL [~GOV]\nGUILD {} [NGO~]\n"), "np.agents.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := &Dicts{Prefix: map[string]bool{"NGO": true}, np: newNPIndex(append(ents, ags...), gaps)}
	s := sentence("a/3/det guild/3/compound Harford/3/compound pilot/4/nsubj hailed/-/root the/7/det Tidemark/7/compound officials/4/obj")
	src, tgt := actor(&s, "MIL", "", []string{"MIL"}, 3), actor(&s, "GOV", "", []string{"GOV"}, 7)
	s.Actors = []model.Actor{src, tgt}
	evs := []model.Event{{Source: src, Target: tgt, Code: "051", TriggerSpan: s.Tokens[4].Span}}
	a := &model.Article{Sentences: []model.Sentence{s}}
	for b.Loop() {
		a.Events = append(a.Events[:0], evs...)
		d.Finish(a)
	}
	if got := triples(a.Events); !slices.Equal(got, []string{"NGOHARMIL TIDGOV 051"}) {
		b.Errorf("events = %q", got)
	}
}

// TestFinishNegation: a negation stays flagged unless the pattern wrote
// words before its verb, where PETRARCH dictionaries state it; future and
// hypothetical flags always go.
func TestFinishNegation(t *testing.T) {
	s := sentence("Arnor/2/nsubj not/2/advmod attacked/-/root Gondor/2/obj")
	arn, gon := actor(&s, "ARN", "ARN", nil, 0), actor(&s, "GON", "GON", nil, 3)
	s.Actors = []model.Actor{arn, gon}
	trig := s.Tokens[2].Span
	tests := []struct {
		pattern string
		in      model.Flags
		want    model.Flags
	}{
		{"190 attack (f:1)", model.Negated, model.Negated},
		{"190 * + (f:1)", model.Negated | model.Future, model.Negated},
		{"190 $ * + (f:1)", model.Negated, model.Negated},
		{"904 not * + (f:2)", model.Negated, 0},
		{"905 &negatvauxvrb_ever * (f:3)", model.Negated | model.Hypothetical, 0},
		{"190 attack (f:1)", model.Future | model.Hypothetical, 0},
	}
	for _, tc := range tests {
		a := &model.Article{Sentences: []model.Sentence{s}, Events: []model.Event{
			{Source: arn, Target: gon, Code: strings.Fields(tc.pattern)[0], TriggerSpan: trig, Flags: tc.in,
				Explanation: model.Explanation{Pattern: tc.pattern}},
		}}
		Finish(a)
		if len(a.Events) != 1 || a.Events[0].Flags != tc.want {
			t.Errorf("%q with flags %v: got %+v, want flags %v", tc.pattern, tc.in, a.Events, tc.want)
		}
	}
}
