package token

import (
	"testing"

	"dyad/internal/nlp/conllu"
	"dyad/internal/sharedtest"
)

// TestEvalUD scores Segment on the raw text of the UD test sets and fails
// when a figure drops more than half a point below the one measured and
// recorded here (2026-11-26, `dyad eval seg`).
func TestEvalUD(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the UD test sets")
	}
	tests := []struct {
		file          string
		sentF1, tokF1 float64 // percent, as measured
	}{
		{"ud/EWT/en_ewt-ud-test.conllu.gz", 84.10, 99.07},
		{"ud/GUM/en_gum-ud-test.conllu.gz", 96.48, 99.69},
		{"ud/PUD/en_pud-ud-test.conllu.gz", 99.70, 99.96},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			gold, err := conllu.ReadFile(sharedtest.Path(t, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			sc := EvalSegmentation(gold)
			t.Logf("sentences %v", sc.Sentences)
			t.Logf("tokens    %v", sc.Tokens)
			if got := 100 * sc.Sentences.F1(); got < tc.sentF1-0.5 {
				t.Errorf("sentence F1 %.2f%%, recorded %.2f%%", got, tc.sentF1)
			}
			if got := 100 * sc.Tokens.F1(); got < tc.tokF1-0.5 {
				t.Errorf("token F1 %.2f%%, recorded %.2f%%", got, tc.tokF1)
			}
		})
	}
}

func TestRebuild(t *testing.T) {
	gold := []*conllu.Sentence{
		{NewDoc: "d1", Words: []conllu.Word{{ID: 1, Form: "We"}, {ID: 2, Form: "do"}, {ID: 3, Form: "n't", Misc: "SpaceAfter=No"}, {ID: 4, Form: "."}},
			Multi: []conllu.MultiWord{{First: 2, Last: 3, Form: "don't", Misc: "SpaceAfter=No"}}},
		{Words: []conllu.Word{{ID: 1, Form: "It"}, {ID: 2, Form: "wo"}, {ID: 3, Form: "not"}}, Multi: []conllu.MultiWord{{First: 2, Last: 3, Form: "won't"}}},
		{NewPar: true, Words: []conllu.Word{{ID: 1, Form: "Yes", Misc: "SpaceAfter=No"}, {ID: 2, Form: "!"}}},
	}
	raw := Rebuild(gold)
	if want := "We don't. It won't\n\nYes!"; raw.Text != want {
		t.Fatalf("text %q, want %q", raw.Text, want)
	}
	if sp := raw.Words[0][2]; raw.Text[sp.Start:sp.End] != "n't" {
		t.Errorf("word n't has span text %q", raw.Text[sp.Start:sp.End])
	}
	if !raw.Group[1][1] || !raw.Group[1][2] || raw.Group[1][0] {
		t.Errorf("group flags %v: want the words of won't grouped", raw.Group[1])
	}
	sc := ScoreSegmentation(raw, Segment(raw.Text))
	// "won't" → wo|n't spells the surface but not the gold "wo not": the
	// group rule counts both words right.
	if sc.Tokens.Correct != sc.Tokens.Gold || sc.Tokens.Gold != 9 {
		t.Errorf("tokens %v: want all 9 correct", sc.Tokens)
	}
	if sc.Sentences.Correct != 3 || sc.Sentences.System != 3 {
		t.Errorf("sentences %v: want 3 of 3", sc.Sentences)
	}
}

func TestAlign(t *testing.T) {
	gold := []*conllu.Sentence{
		{Words: []conllu.Word{{ID: 1, Form: "It"}, {ID: 2, Form: "will"}, {ID: 3, Form: "not"}, {ID: 4, Form: "end-game"}},
			Multi: []conllu.MultiWord{{First: 2, Last: 3, Form: "won't"}}},
	}
	raw := Rebuild(gold)
	if raw.Text != "It won't end-game" {
		t.Fatalf("text %q", raw.Text)
	}
	al := Align(raw, Segment(raw.Text))
	// "It" and the two words of "won't" align; "end-game" is split by the
	// tokenizer (end - game) and aligns with nothing.
	want := []Ref{{0, 0}, {0, 1}, {0, 2}, NoRef}
	for j, r := range al[0] {
		if r != want[j] {
			t.Errorf("word %d aligned to %v, want %v", j, r, want[j])
		}
	}
}
