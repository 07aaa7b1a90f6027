package kb

import (
	"testing"

	"dyad/internal/model"
)

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnnotate(b *testing.B) {
	k := defaultKB(b)
	text := "Former White House press secretary Sean Spicer accused President Joe Biden of abandoning Israel, as Israeli Prime Minister Benjamin Netanyahu vowed to press on with a ground offensive in Rafah despite warnings from the U.N. human rights chief and Egypt's foreign minister."
	a := &model.Article{Date: day("2024-03-19"), Text: text, Sentences: []model.Sentence{{Tokens: toks(text)}}}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		k.Annotate(a)
	}
}
