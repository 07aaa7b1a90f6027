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
// on 2026-11-26 (tagger of commit 2293039, parser of 54d0f65).
// The test fails when any figure drops more than 0.5 points
// below them; raise them when a model improves.
var recorded = []struct {
	file                        string
	raw                         bool
	upos, xpos, lemma, uas, las float64
}{
	{tag.EWTTest, false, 95.92, 95.11, 97.13, 85.86, 82.95},
	{tag.GUMTest, false, 96.47, 96.12, 98.01, 85.17, 82.09},
	{tag.PUDTest, false, 96.19, 95.84, 97.68, 83.65, 80.73},
	{tag.EWTTest, true, 95.04, 94.18, 96.31, 83.39, 80.58},
	{tag.GUMTest, true, 96.21, 95.86, 97.75, 84.58, 81.54},
	{tag.PUDTest, true, 96.16, 95.81, 97.64, 83.60, 80.68},
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
