package events

import (
	"strings"
	"testing"
)

func TestParsePattern(t *testing.T) {
	tests := []struct {
		pos     POS
		text    string
		trigger string
		elems   []Elem
		spec    int
	}{
		{Verb, "condemn", "condemn", nil, 1},
		{Verb, "Accuse + of", "accuse", []Elem{{Slot: Target}, {Lemma: "of"}}, 3},
		{Verb, "impose sanction on +", "impose", []Elem{{Lemma: "sanction"}, {Lemma: "on"}, {Slot: Target, Case: "on"}}, 4},
		{Verb, "call on + to", "call", []Elem{{Lemma: "on"}, {Slot: Target, Case: "on"}, {Lemma: "to"}}, 4},
		{Verb, "express (strong) concern", "express", []Elem{{Lemma: "strong", Optional: true}, {Lemma: "concern"}}, 2},
		{Verb, "attack !verbally", "attack", []Elem{{Lemma: "verbally", Negated: true}}, 1},
		{Noun, "air ^strike on +", "strike", []Elem{{Lemma: "air", PreHead: true}, {Lemma: "on"}, {Slot: Target, Case: "on"}}, 4},
		{Noun, "visit to + by $", "visit", []Elem{{Lemma: "to"}, {Slot: Target, Case: "to"}, {Lemma: "by"}, {Slot: Source, Case: "by"}}, 5},
	}
	for _, tt := range tests {
		p, err := ParsePattern("111", tt.pos, tt.text)
		if err != nil {
			t.Errorf("%q: %v", tt.text, err)
			continue
		}
		if p.Trigger != tt.trigger || p.Specificity != tt.spec || p.Text != strings.Join(strings.Fields(strings.ToLower(tt.text)), " ") {
			t.Errorf("%q: trigger %q spec %d text %q", tt.text, p.Trigger, p.Specificity, p.Text)
		}
		if len(p.Elems) != len(tt.elems) {
			t.Errorf("%q: elems %+v, want %+v", tt.text, p.Elems, tt.elems)
			continue
		}
		for i := range tt.elems {
			if p.Elems[i] != tt.elems[i] {
				t.Errorf("%q: elem %d = %+v, want %+v", tt.text, i, p.Elems[i], tt.elems[i])
			}
		}
	}
}

func TestParsePatternErrors(t *testing.T) {
	for _, text := range []string{"", "+ condemn", "(condemn)", "condemn (+)", "condemn + +", "condemn (on", "^condemn", "a ^b ^c", "condemn (!x)", "condemn x@y", "!condemn"} {
		if p, err := ParsePattern("111", Verb, text); err == nil {
			t.Errorf("%q: no error, got %+v", text, p)
		}
	}
}

func TestLoadDefault(t *testing.T) {
	s, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	cands := s.ByTrigger(Verb, "accuse")
	if len(cands) == 0 {
		t.Fatal("no candidates for accuse")
	}
	for i := 1; i < len(cands); i++ {
		if cands[i].Specificity > cands[i-1].Specificity {
			t.Errorf("candidates not most specific first: %v before %v", cands[i-1], cands[i])
		}
	}
	if !strings.HasPrefix(cands[0].Pos, "events/data/") {
		t.Errorf("position %q does not name the file", cands[0].Pos)
	}
}
