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
// on 2026-11-26. The test fails when any figure drops more than 0.5 points
// below them; raise them when a model improves.
var recorded = []struct {
	file                        string
	raw                         bool
	upos, xpos, lemma, uas, las float64
}{
	{tag.EWTTest, false, 95.73, 94.91, 97.02, 85.16, 82.17},
	{tag.GUMTest, false, 96.36, 95.94, 97.95, 84.40, 81.14},
	{tag.PUDTest, false, 96.01, 95.64, 97.59, 82.89, 79.78},
	{tag.EWTTest, true, 94.85, 93.95, 96.14, 82.68, 79.88},
	{tag.GUMTest, true, 96.10, 95.68, 97.69, 83.82, 80.60},
	{tag.PUDTest, true, 95.98, 95.62, 97.56, 82.85, 79.75},
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
