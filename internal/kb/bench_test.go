package kb

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"dyad/internal/model"
	"dyad/internal/nlp/token"
	"dyad/internal/sharedtest"
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

// BenchmarkAnnotateCorpus annotates the first 2,000 items of the conflict
// corpus, tokenized once beforehand: the matcher's throughput on real news
// sentences (bytes/s of text).
func BenchmarkAnnotateCorpus(b *testing.B) {
	p := sharedtest.Path(b, "corpora/wiki-current-events-intl-conflict-2022-2025.jsonl")
	f, err := os.Open(p)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var arts []*model.Article
	var size int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(arts) < 2000 {
		var rec struct{ Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		d, _ := time.Parse("2006-01-02", rec.Date)
		arts = append(arts, &model.Article{Date: d, Text: rec.Text, Sentences: token.Segment(rec.Text)})
		size += int64(len(rec.Text))
	}
	k := defaultKB(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			k.Annotate(a)
		}
	}
}
