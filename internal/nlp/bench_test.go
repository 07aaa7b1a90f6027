package nlp

import (
	"strings"
	"testing"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/token"
	"dyad/internal/sharedtest"
)

// ewtArticles rebuilds the raw text of EWT test and cuts it into articles
// at paragraph breaks, as news arrives.
func ewtArticles(b *testing.B) []string {
	gold, err := conllu.ReadFile(sharedtest.Path(b, "ud/EWT/en_ewt-ud-test.conllu.gz"))
	if err != nil {
		b.Fatal(err)
	}
	var out []string
	for _, p := range strings.Split(token.Rebuild(gold).Text, "\n\n") {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// BenchmarkStage measures tokenize + tag + lemma + parse on one core over
// the raw text of EWT test, in sentences per second; the sub-benchmarks
// show what each step adds.
func BenchmarkStage(b *testing.B) {
	texts := ewtArticles(b)
	for _, bc := range []struct {
		name string
		opt  Options
	}{{"segment+tag+lemma", Options{NoParse: true}}, {"full", Options{}}, {"full-fasttag", Options{FastTagging: true}}} {
		b.Run(bc.name, func(b *testing.B) {
			st, err := New(bc.opt)
			if err != nil {
				b.Fatal(err)
			}
			sents, toks := 0, 0
			cpu0 := cpuTime()
			for b.Loop() {
				for _, t := range texts {
					a := model.Article{Text: t}
					st.Process(&a)
					sents += len(a.Sentences)
					for _, s := range a.Sentences {
						toks += len(s.Tokens)
					}
				}
			}
			b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sents/s")
			b.ReportMetric(float64(toks)/b.Elapsed().Seconds(), "tokens/s")
			if cpu := cpuTime() - cpu0; cpu > 0 {
				b.ReportMetric(float64(sents)/cpu.Seconds(), "sents/cpu-s")
			}
		})
	}
	b.Run("segment", func(b *testing.B) {
		sents := 0
		for b.Loop() {
			for _, t := range texts {
				sents += len(token.Segment(t))
			}
		}
		b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sents/s")
	})
}
