package udeval_test

import (
	"testing"

	"dyad/internal/nlp"
	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/tag"
	"dyad/internal/nlp/udeval"
	"dyad/internal/sharedtest"
)

// Figures of the shipped models, measured with
//
//	dyad eval ud -shared ../shared        (gold tokenization)
//	dyad eval ud -raw -shared ../shared   (raw text)
//
// on 2026-11-26 (bidirectional tagger with shared static features; parser
// averaged over five seeds and tri-trained on the news corpora).
// The test fails when any figure drops more than 0.5 points
// below them; raise them when a model improves.
var recorded = []struct {
	file                        string
	raw                         bool
	upos, xpos, lemma, uas, las float64
}{
	{tag.EWTTest, false, 95.93, 95.15, 97.16, 86.23, 83.54},
	{tag.GUMTest, false, 96.32, 95.96, 97.99, 86.10, 83.10},
	{tag.PUDTest, false, 96.12, 95.73, 97.64, 84.62, 81.72},
	{tag.EWTTest, true, 95.06, 94.23, 96.33, 83.68, 81.04},
	{tag.GUMTest, true, 96.07, 95.71, 97.72, 85.45, 82.50},
	{tag.PUDTest, true, 96.10, 95.71, 97.61, 84.60, 81.70},
}

func TestSharedFigures(t *testing.T) {
	st, err := nlp.New(nlp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recorded {
		gold, err := conllu.ReadFile(sharedtest.Path(t, r.file))
		if err != nil {
			t.Fatal(err)
		}
		var sc udeval.Scores
		if r.raw {
			sc = udeval.Raw(gold, st.Segment, st)
		} else {
			sc = udeval.Gold(gold, st)
		}
		want := []float64{r.upos, r.xpos, r.lemma, r.uas, r.las}
		for i, f := range udeval.Figures {
			got := sc.Figure(f)
			t.Logf("%s raw=%v %s %.2f (recorded %.2f)", r.file, r.raw, f, got, want[i])
			if got < want[i]-0.5 {
				t.Errorf("%s raw=%v: %s %.2f, more than 0.5 below the recorded %.2f", r.file, r.raw, f, got, want[i])
			}
		}
	}
}
