package lemma

import (
	"fmt"
	"os"
	"sort"
	"testing"

	"dyad/internal/nlp/conllu"
	"dyad/internal/sharedtest"
)

// TestEvalUD scores the lemmatizer with gold tags on the UD test sets and
// fails when accuracy drops more than half a point below the figure
// measured and recorded here (2026-11-26).
func TestEvalUD(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the UD test sets")
	}
	tests := []struct {
		file string
		acc  float64 // percent, as measured
	}{
		{"ud/EWT/en_ewt-ud-test.conllu.gz", 98.66},
		{"ud/GUM/en_gum-ud-test.conllu.gz", 99.17},
		{"ud/PUD/en_pud-ud-test.conllu.gz", 99.26},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			gold, err := conllu.ReadFile(sharedtest.Path(t, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			errs := map[string]int{}
			acc := Default().Eval(gold, func(w *conllu.Word, got string) {
				errs[fmt.Sprintf("%s/%s gold %s got %s", w.Form, w.XPOS, w.Lemma, got)]++
			})
			t.Logf("lemma accuracy %.2f%% (%d of %d)", acc.Percent(), acc.Correct, acc.Total)
			if os.Getenv("DYAD_LEMMA_ERRORS") != "" {
				keys := make([]string, 0, len(errs))
				for k := range errs {
					keys = append(keys, k)
				}
				sort.Slice(keys, func(i, j int) bool { return errs[keys[i]] > errs[keys[j]] })
				for _, k := range keys[:min(len(keys), 60)] {
					t.Logf("%4d %s", errs[k], k)
				}
			}
			if acc.Percent() < tc.acc-0.5 {
				t.Errorf("lemma accuracy %.2f%%, recorded %.2f%%", acc.Percent(), tc.acc)
			}
		})
	}
}
