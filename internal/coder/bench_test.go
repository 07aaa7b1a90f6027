package coder

import (
	"path/filepath"
	"testing"

	"dyad/internal/kb/events"
	"dyad/internal/model"
)

// benchArticles returns the fixture articles, to be coded over and over.
func benchArticles(b *testing.B) ([]*model.Article, int) {
	files, _ := filepath.Glob("testdata/*.conll")
	var arts []*model.Article
	n := 0
	for _, f := range files {
		for _, fx := range readFixtures(&testing.T{}, f) {
			arts = append(arts, fx.article)
			n += len(fx.article.Sentences)
		}
	}
	if n == 0 {
		b.Fatal("no fixture sentences")
	}
	return arts, n
}

func benchCode(b *testing.B, set *events.Set) {
	c, err := New(Options{Events: set})
	if err != nil {
		b.Fatal(err)
	}
	arts, n := benchArticles(b)
	b.ReportAllocs()
	sents := 0
	for b.Loop() {
		for _, a := range arts {
			a.Events = a.Events[:0]
			c.Process(a)
		}
		sents += n
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkProcess codes the fixture sentences with the test patterns.
func BenchmarkProcess(b *testing.B) {
	set, err := events.Load(events.Options{NoDefault: true, Files: []string{"testdata/patterns.dict"}})
	if err != nil {
		b.Fatal(err)
	}
	benchCode(b, set)
}

// BenchmarkProcessShipped codes them with the shipped pattern set, whose
// size is what the trigger lookups cost in production.
func BenchmarkProcessShipped(b *testing.B) {
	set, err := events.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	benchCode(b, set)
}
