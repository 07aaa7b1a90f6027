package tag

import "testing"

func TestCorpusLexicon(t *testing.T) {
	texts := []string{
		"Envoys met in Geneva on Monday. The talks in Geneva ended. Talks resumed later.",
		"Officials said talks with Geneva mediators would resume. THE TALKS IN GENEVA FAILED.",
		"Monday was quiet. On Monday the envoys left. Envoys rarely talk.",
	}
	lex := packLexicon(countCorpus(texts, nil), false)
	tests := []struct {
		word string
		cap  uint32
		ok   bool
	}{
		{"geneva", 4, true},     // capitalised wherever it is not first
		{"talks", 0, true},      // lowercase inside sentences; the shouted headline does not count
		{"monday", 4, true},     // "Monday was quiet." is sentence-initial and not counted
		{"envoys", 0, true},     // "Envoys met" starts a sentence
		{"officials", 5, false}, // seen once: not in the lexicon
	}
	for _, tc := range tests {
		v, ok := lex[hashLower(tc.word)]
		if ok != tc.ok {
			t.Errorf("%s: in lexicon %v, want %v", tc.word, ok, tc.ok)
			continue
		}
		if ok && v&lexCapMask != tc.cap {
			t.Errorf("%s: capitalisation bucket %d, want %d", tc.word, v&lexCapMask, tc.cap)
		}
	}
	if hashLower("GeNeVa") != hashLower("geneva") {
		t.Error("hashLower is case-sensitive")
	}
}

func TestLexiconTagBits(t *testing.T) {
	sents := readTiny(t)
	tg, err := Train(sents, TrainOptions{Iters: 5, Unlabeled: []string{"The town was quiet. The rebels left the town. A town fell."}})
	if err != nil {
		t.Fatal(err)
	}
	v, ok := tg.lex[hashLower("town")]
	if !ok {
		t.Fatal("town not in the lexicon")
	}
	if got := uposTags[(v>>lexAutoShift&0x1f)-1]; got != "NOUN" {
		t.Errorf("town: corpus tag %s, want NOUN", got)
	}
}
