package coder

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dyad/internal/clean"
	"dyad/internal/kb/events"
	"dyad/internal/kb/petrarch"
	"dyad/internal/model"
	"dyad/internal/sharedtest"
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
	codeLoop(b, c, arts, n)
}

// codeLoop codes arts over and over and reports sentences per second.
func codeLoop(b *testing.B, c *Coder, arts []*model.Article, sents int) {
	b.ReportAllocs()
	done := 0
	for b.Loop() {
		for _, a := range arts {
			a.Events = a.Events[:0]
			c.Process(a)
		}
		done += sents
	}
	b.ReportMetric(float64(done)/b.Elapsed().Seconds(), "sentences/s")
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

// BenchmarkProcessNews codes real news sentences (the first 2,000 items of
// ../shared's Wikipedia current-events corpus), parsed and annotated by the
// real NLP stage and actor dictionaries before the timer starts: the coding
// cost on representative input.
func BenchmarkProcessNews(b *testing.B) {
	path := sharedtest.Path(b, "corpora/wiki-current-events-2002-2026.jsonl.gz")
	n, k, c := e2eStages(b)
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var arts []*model.Article
	sents := 0
	dec := json.NewDecoder(gz)
	for len(arts) < 2000 {
		var rec struct {
			ID   string `json:"id"`
			Date string `json:"date"`
			Text string `json:"text"`
		}
		if err := dec.Decode(&rec); err != nil {
			break
		}
		d, _ := time.Parse("2006-01-02", rec.Date)
		a := &model.Article{ID: rec.ID, Date: d, Raw: rec.Text}
		clean.Article(a)
		n.Process(a)
		k.Annotate(a)
		sents += len(a.Sentences)
		arts = append(arts, a)
	}
	codeLoop(b, c, arts, sents)
}

// BenchmarkProcessPhoenix codes the fixture sentences with the Phoenix
// verb dictionary (../shared/reference-dicts/CAMEO.2.0.txt, 90,000
// Sequence patterns): the cost of matching PETRARCH patterns as word
// sequences.
func BenchmarkProcessPhoenix(b *testing.B) {
	path := sharedtest.Path(b, "reference-dicts/CAMEO.2.0.txt")
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	ps, _, _, err := petrarch.ReadVerbs(f, path)
	if err != nil {
		b.Fatal(err)
	}
	set := events.NewSet()
	for _, p := range ps {
		set.Add(p)
	}
	benchCode(b, set)
}
