package tag

import (
	"fmt"
	"maps"
	"testing"
)

// classTexts writes a small corpus in which weekdays and cities fill
// different slots of the same few sentence frames.
func classTexts() []string {
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	cities := []string{"Geneva", "Paris", "Cairo", "Doha", "Vienna"}
	var texts []string
	for _, d := range days {
		for _, c := range cities {
			texts = append(texts, fmt.Sprintf("Talks resumed on %s in %s. Envoys left %s on %s. The talks in %s ended on %s.", d, c, c, d, c, d))
		}
	}
	return texts
}

func TestWordClusters(t *testing.T) {
	texts := classTexts()
	clus := wordClusters(texts, 4, 1)
	class := func(w string) (uint16, bool) {
		c, ok := clus[hashLower(w)]
		return c, ok
	}
	for _, group := range [][]string{
		{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"},
		{"Geneva", "Paris", "Cairo", "Doha", "Vienna"},
	} {
		want, ok := class(group[0])
		if !ok {
			t.Fatalf("%s has no class", group[0])
		}
		for _, w := range group[1:] {
			if got, ok := class(w); !ok || got != want {
				t.Errorf("%s: class %d (%v), want %d like %s", w, got, ok, want, group[0])
			}
		}
	}
	// (Whether weekdays and cities get apart in only 4 classes depends on
	// k-means' start; package wordclass tests that slots are told apart.)
	for c := range maps.Values(clus) {
		if c >= 4 {
			t.Errorf("class %d of 4", c)
		}
	}
	if again := wordClusters(texts, 4, 1); !maps.Equal(again, clus) {
		t.Error("two runs with the same seed gave different classes")
	}
	if small := wordClusters(texts[:1], 4, 1); small != nil {
		t.Errorf("words seen too rarely got classes: %v", small)
	}
}

func TestAddClusters(t *testing.T) {
	lex := map[uint64]uint32{1: 0x1abc, 2: 0x0042}
	addClusters(lex, map[uint64]uint16{1: 0, 2: 300, 3: 7})
	if lex[1] != 0x1abc|1<<clusShift || lex[2] != 0x0042|301<<clusShift {
		t.Errorf("classes not packed: %#x %#x", lex[1], lex[2])
	}
	if _, ok := lex[3]; ok {
		t.Error("a word outside the lexicon was added")
	}
	w := computeInfo("Geneva", nil, lex)
	if w.clus != 0 {
		t.Errorf("unknown word has class %d", w.clus)
	}
}

func TestSentenceCasing(t *testing.T) {
	tests := []struct {
		words []string
		want  uint8
	}{
		{[]string{"The", "talks", "in", "Geneva", "ended", "."}, sentNormal},
		{[]string{"Rebels", "Seize", "Border", "Town", "After", "Talks", "Fail"}, sentTitle},
		{[]string{"REBELS", "SEIZE", "BORDER", "TOWN", "."}, sentShout},
		{[]string{"Hello", "!"}, sentShort},
	}
	for _, tc := range tests {
		ws := make([]wordInfo, len(tc.words))
		for i, w := range tc.words {
			ws[i] = computeInfo(w, nil, nil)
		}
		markSentence(ws)
		for i := range ws {
			if ws[i].sent != tc.want {
				t.Errorf("%v word %d: casing %d, want %d", tc.words, i, ws[i].sent, tc.want)
			}
		}
	}
	for _, tc := range []struct {
		word string
		caps uint8
	}{{"talks", capsNone}, {"Talks", capsInitial}, {"UN", capsAll}, {"U.S.", capsAll}, {"I", capsInitial}, {"3M", capsNone}, {"McCain", capsInitial}} {
		if got := computeInfo(tc.word, nil, nil).caps; got != tc.caps {
			t.Errorf("%s: caps %d, want %d", tc.word, got, tc.caps)
		}
	}
}

func TestCapitalisedRuns(t *testing.T) {
	words := []string{"Staff", "of", "Enron", "Investment", "Partners", "met", "UN", "envoys"}
	ws := make([]wordInfo, len(words))
	for i, w := range words {
		ws[i] = computeInfo(w, nil, nil)
	}
	markSentence(ws)
	// length | place<<2 (0 first, 1 inside, 2 last) | 1<<4 when the run opens the sentence
	want := []uint8{1 | 1<<4, 0, 3, 3 | 1<<2, 3 | 2<<2, 0, 1, 0}
	for i := range ws {
		if ws[i].run != want[i] {
			t.Errorf("%s: run %#x, want %#x", words[i], ws[i].run, want[i])
		}
	}
}
