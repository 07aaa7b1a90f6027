package lemma

import (
	"testing"

	"dyad/internal/model"
)

func TestLemma(t *testing.T) {
	tests := []struct {
		word, upos, xpos, want string
	}{
		// nouns
		{"soldiers", "NOUN", "NNS", "soldier"},
		{"casualties", "NOUN", "NNS", "casualty"},
		{"buses", "NOUN", "NNS", "bus"},
		{"crises", "NOUN", "NNS", "crisis"},
		{"women", "NOUN", "NNS", "woman"},
		{"churches", "NOUN", "NNS", "church"},
		{"cases", "NOUN", "NNS", "case"},
		{"movies", "NOUN", "NNS", "movie"},
		{"Soldiers", "NOUN", "NNS", "soldier"},
		{"news", "NOUN", "NN", "news"},
		{"Ceasefire", "NOUN", "NN", "ceasefire"},
		// proper nouns keep their case
		{"Netanyahu", "PROPN", "NNP", "Netanyahu"},
		{"Americans", "PROPN", "NNPS", "American"},
		{"Nov.", "PROPN", "NNP", "November"},
		// verbs
		{"attacked", "VERB", "VBD", "attack"},
		{"stopped", "VERB", "VBD", "stop"},
		{"visited", "VERB", "VBD", "visit"},
		{"called", "VERB", "VBN", "call"},
		{"made", "VERB", "VBD", "make"},
		{"moved", "VERB", "VBN", "move"},
		{"tried", "VERB", "VBD", "try"},
		{"agreed", "VERB", "VBD", "agree"},
		{"went", "VERB", "VBD", "go"},
		{"fled", "VERB", "VBD", "flee"},
		{"spared", "VERB", "VBN", "spare"},
		{"sparred", "VERB", "VBD", "spar"},
		{"leaves", "NOUN", "NNS", "leaf"},
		{"Ottomans", "PROPN", "NNPS", "Ottoman"},
		{"killed", "VERB", "VBN", "kill"},
		{"making", "VERB", "VBG", "make"},
		{"running", "VERB", "VBG", "run"},
		{"dying", "VERB", "VBG", "die"},
		{"says", "VERB", "VBZ", "say"},
		{"goes", "VERB", "VBZ", "go"},
		{"denies", "VERB", "VBZ", "deny"},
		{"Condemned", "VERB", "VBD", "condemn"},
		// auxiliaries and clitics
		{"is", "AUX", "VBZ", "be"},
		{"were", "AUX", "VBD", "be"},
		{"'s", "AUX", "VBZ", "be"},
		{"'s", "PART", "POS", "'s"},
		{"’s", "PART", "POS", "'s"},
		{"n't", "PART", "RB", "not"},
		{"ca", "AUX", "MD", "can"},
		{"wo", "AUX", "MD", "will"},
		{"'ll", "AUX", "MD", "will"},
		{"'d", "AUX", "MD", "would"},
		{"'ve", "AUX", "VBP", "have"},
		{"'m", "AUX", "VBP", "be"},
		// pronouns and determiners
		{"me", "PRON", "PRP", "I"},
		{"them", "PRON", "PRP", "they"},
		{"him", "PRON", "PRP", "he"},
		{"an", "DET", "DT", "a"},
		{"The", "DET", "DT", "the"},
		// adjectives and adverbs
		{"larger", "ADJ", "JJR", "large"},
		{"bigger", "ADJ", "JJR", "big"},
		{"easiest", "ADJ", "JJS", "easy"},
		{"better", "ADJ", "JJR", "good"},
		{"worst", "ADJ", "JJS", "bad"},
		{"stronger", "ADJ", "JJR", "strong"},
		// numbers and punctuation
		{"1,200", "NUM", "CD", "1200"},
		{"3.5", "NUM", "CD", "3.5"},
		{",", "PUNCT", ",", ","},
		// no XPOS: the UPOS picks the base rule
		{"Israel", "PROPN", "", "Israel"},
		{"", "NOUN", "NN", ""},
	}
	for _, tc := range tests {
		if got := Lemma(tc.word, tc.upos, tc.xpos); got != tc.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", tc.word, tc.upos, tc.xpos, got, tc.want)
		}
	}
}

func TestLemmatizeSentence(t *testing.T) {
	// "Iraqi forces didn't stop the American convoys."
	toks := []model.Token{
		{Text: "Iraqi", UPOS: "ADJ", XPOS: "JJ"},
		{Text: "forces", UPOS: "NOUN", XPOS: "NNS"},
		{Text: "did", UPOS: "AUX", XPOS: "VBD"},
		{Text: "n't", UPOS: "PART", XPOS: "RB"},
		{Text: "stop", UPOS: "VERB", XPOS: "VB"},
		{Text: "the", UPOS: "DET", XPOS: "DT"},
		{Text: "Gazan", UPOS: "ADJ", XPOS: "JJ"},
		{Text: "Global", UPOS: "ADJ", XPOS: "JJ"},
		{Text: "convoys", UPOS: "NOUN", XPOS: "NNS"},
		{Text: ".", UPOS: "PUNCT", XPOS: "."},
	}
	Lemmatize(toks)
	want := []string{"Iraqi", "force", "do", "not", "stop", "the", "Gazan", "global", "convoy", "."}
	for i, tk := range toks {
		if tk.Lemma != want[i] {
			t.Errorf("token %d %q: lemma %q, want %q", i, tk.Text, tk.Lemma, want[i])
		}
	}
}

func TestRules(t *testing.T) {
	// The bare rules, for words WordNet does not know.
	tests := []struct {
		f        func(string) string
		in, want string
	}{
		{NounStem, "drones", "drone"},
		{NounStem, "glass", "glass"},
		{NounStem, "boxes", "box"},
		{NounStem, "status", "status"},
		{PastStem, "shelled", "shell"},
		{PastStem, "plotted", "plot"},
		{GerundStem, "shelling", "shell"},
		{GerundStem, "ing", "ing"},
		{ThirdStem, "tweets", "tweet"},
		{CompStem, "tougher", "tough"},
	}
	for _, tc := range tests {
		if got := tc.f(tc.in); got != tc.want {
			t.Errorf("rule(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func BenchmarkLemmatize(b *testing.B) {
	toks := []model.Token{
		{Text: "Israeli", UPOS: "ADJ", XPOS: "JJ"}, {Text: "forces", UPOS: "NOUN", XPOS: "NNS"},
		{Text: "attacked", UPOS: "VERB", XPOS: "VBD"}, {Text: "targets", UPOS: "NOUN", XPOS: "NNS"},
		{Text: "in", UPOS: "ADP", XPOS: "IN"}, {Text: "Rafah", UPOS: "PROPN", XPOS: "NNP"},
		{Text: "on", UPOS: "ADP", XPOS: "IN"}, {Text: "Tuesday", UPOS: "PROPN", XPOS: "NNP"},
		{Text: ",", UPOS: "PUNCT", XPOS: ","}, {Text: "officials", UPOS: "NOUN", XPOS: "NNS"},
		{Text: "said", UPOS: "VERB", XPOS: "VBD"}, {Text: ".", UPOS: "PUNCT", XPOS: "."},
	}
	Default()
	b.ReportAllocs()
	for b.Loop() {
		Lemmatize(toks)
	}
}

func TestLemmaWithoutXPOS(t *testing.T) {
	// Dictionary patterns come with a UD tag only.
	tests := []struct{ word, upos, want string }{
		{"attacked", "VERB", "attack"},
		{"attacks", "VERB", "attack"},
		{"attacking", "VERB", "attack"},
		{"attack", "VERB", "attack"},
		{"went", "VERB", "go"},
		{"struck", "VERB", "strike"},
		{"need", "VERB", "need"},
		{"agreed", "VERB", "agree"},
		{"is", "AUX", "be"},
		{"talks", "NOUN", "talk"},
		{"mice", "NOUN", "mouse"},
		{"news", "NOUN", "news"},
		{"politics", "NOUN", "politics"},
		{"Hamas", "PROPN", "Hamas"},
		{"better", "ADJ", "good"},
	}
	for _, tc := range tests {
		if got := Lemma(tc.word, tc.upos, ""); got != tc.want {
			t.Errorf("Lemma(%q, %s, \"\") = %q, want %q", tc.word, tc.upos, got, tc.want)
		}
	}
}

// BenchmarkNew measures building the default tables, paid once per process.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		New(generated)
	}
}

func TestLemmatizeAuxiliaryS(t *testing.T) {
	// "It's been a week; it's over."
	toks := []model.Token{
		{Text: "It", UPOS: "PRON", XPOS: "PRP"}, {Text: "'s", UPOS: "AUX", XPOS: "VBZ"},
		{Text: "been", UPOS: "AUX", XPOS: "VBN"}, {Text: "a", UPOS: "DET", XPOS: "DT"},
		{Text: "week", UPOS: "NOUN", XPOS: "NN"}, {Text: ";", UPOS: "PUNCT", XPOS: ":"},
		{Text: "it", UPOS: "PRON", XPOS: "PRP"}, {Text: "'s", UPOS: "AUX", XPOS: "VBZ"},
		{Text: "over", UPOS: "ADV", XPOS: "RB"},
	}
	Lemmatize(toks)
	if toks[1].Lemma != "have" || toks[2].Lemma != "be" || toks[7].Lemma != "be" {
		t.Errorf("lemmas %q %q %q, want have be be", toks[1].Lemma, toks[2].Lemma, toks[7].Lemma)
	}
}
