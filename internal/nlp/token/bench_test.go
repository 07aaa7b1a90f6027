package token

import (
	"strings"
	"testing"

	"dyad/internal/nlp/conllu"
	"dyad/internal/sharedtest"
)

// benchText is a news-like paragraph of 8 sentences written for the
// benchmark.
const benchText = `GAZA CITY, March 19 (Reuters) - Israeli jets struck targets in Rafah on Tuesday, the army said, as U.S. officials urged restraint. ` +
	`"We will not stop until Hamas is defeated," Prime Minister Benjamin Netanyahu told lawmakers. ` +
	`Gen. Herzi Halevi said the operation, which began on Jan. 5, had destroyed 1,200 sites. ` +
	`The U.N. human rights chief warned that 3.5% of the population was at risk of famine. ` +
	`Egypt's foreign ministry didn't comment; Qatar's mediators couldn't be reached. ` +
	`Talks in Cairo (mediated by Egypt and Qatar) stalled again last week. ` +
	`Aid agencies said trucks carrying food and fuel were waiting at the border crossing. ` +
	`Washington has repeatedly called for a ceasefire and the release of the hostages.`

func BenchmarkSegment(b *testing.B) {
	text := strings.Repeat(benchText+"\n\n", 16)
	n := len(Segment(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(text)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sents/s")
}

// BenchmarkSegmentEWT segments the raw text of EWT test (2,077 sentences),
// the text the speed target names.
func BenchmarkSegmentEWT(b *testing.B) {
	gold, err := conllu.ReadFile(sharedtest.Path(b, "ud/EWT/en_ewt-ud-test.conllu.gz"))
	if err != nil {
		b.Fatal(err)
	}
	text := Rebuild(gold).Text
	n := len(Segment(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(text)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sents/s")
}
