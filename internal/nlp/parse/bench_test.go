package parse

import (
	"bytes"
	"testing"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
	"dyad/internal/sharedtest"
)

// BenchmarkParse parses EWT test (gold tokens and tags) once per loop; the
// sentences/s metric is the one that matters for the pipeline.
func BenchmarkParse(b *testing.B) {
	sents, err := conllu.ReadFile(sharedtest.Path(b, "ud/EWT/en_ewt-ud-test.conllu.gz"))
	if err != nil {
		b.Fatal(err)
	}
	p := defaultParser(b)
	toks := make([][]model.Token, len(sents))
	words := 0
	for i, s := range sents {
		toks[i] = Tokens(s)
		words += len(toks[i])
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, t := range toks {
			p.Parse(t)
		}
	}
	b.ReportMetric(float64(len(sents)*b.N)/b.Elapsed().Seconds(), "sents/s")
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(len(sents)*b.N)/cpu.Seconds(), "sents/cpu-s")
	}
}

// BenchmarkLoad measures reading the embedded model, which Default does
// once per process.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}
