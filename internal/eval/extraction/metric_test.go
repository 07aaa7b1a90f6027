package extraction

import (
	"math"
	"path/filepath"
	"reflect"
	"testing"

	"dyad/internal/ingest"
	"dyad/internal/sharedtest"
)

func TestTokens(t *testing.T) {
	got := Tokens("Don't stop—the U.N.'s 2nd_try, Zürich 北京!")
	want := []string{"Don", "t", "stop", "the", "U", "N", "s", "2nd_try", "Zürich", "北京"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

func TestShingles(t *testing.T) {
	if got := Shingles("a b c d e", 4); !reflect.DeepEqual(got, map[string]int{"a b c d": 1, "b c d e": 1}) {
		t.Errorf("five tokens: %v", got)
	}
	if got := Shingles("a b", 4); !reflect.DeepEqual(got, map[string]int{"a b": 1}) {
		t.Errorf("short text is one shingle: %v", got)
	}
	if got := Shingles("a b c d a b c d", 4); got["a b c d"] != 2 {
		t.Errorf("repeats are counted: %v", got)
	}
	if got := Shingles(" ... ", 4); len(got) != 0 {
		t.Errorf("no tokens: %v", got)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestCompare(t *testing.T) {
	tests := []struct {
		name, truth, pred string
		tp, fp, fn        float64
	}{
		{"identical", "one two three four five", "one two three four five", 1, 0, 0},
		// truth shingles: [1234][2345]; pred: [1234][2345][3456] → tp 2 fp 1 fn 0
		{"extra word", "one two three four five", "one two three four five six", 2.0 / 3, 1.0 / 3, 0},
		// pred misses the last word: tp 1 (1234), fn 1 (2345)
		{"missing word", "one two three four five", "one two three four", 0.5, 0, 0.5},
		{"disjoint", "a b c d", "w x y z", 0, 0.5, 0.5},
		{"empty prediction", "a b c d", "", 0, 0, 1},
		{"both empty", "", "", 0, 0, 0},
		// punctuation and case of separators do not matter, case of words does
		{"punctuation", "One, two; three: four.", "One two three four", 1, 0, 0},
		{"multiset", "a b c d a b c d", "a b c d", 1.0 / 5, 0, 4.0 / 5},
	}
	for _, tc := range tests {
		c := Compare(tc.truth, tc.pred)
		if !near(c.TP, tc.tp) || !near(c.FP, tc.fp) || !near(c.FN, tc.fn) {
			t.Errorf("%s: got %+v, want tp %.3f fp %.3f fn %.3f", tc.name, c, tc.tp, tc.fp, tc.fn)
		}
	}
}

func TestSummarise(t *testing.T) {
	pages := []Counts{
		{TP: 0.5, FP: 0.5, FN: 0}, // P 0.5, R 1
		{TP: 1, FP: 0, FN: 0},     // P 1, R 1
		{TP: 0, FP: 0, FN: 1},     // nothing predicted: R 0, no P
		{},                        // neither: skipped for both
	}
	s := Summarise(pages)
	wantP, wantR := 0.75, 2.0/3
	if !near(s.Precision, wantP) || !near(s.Recall, wantR) || !near(s.F1, 2*wantP*wantR/(wantP+wantR)) || s.Pages != 4 {
		t.Errorf("Summarise = %+v, want P %.3f R %.3f", s, wantP, wantR)
	}
}

// measuredF1 is the F1 `dyad eval extraction` reached on the 121 pages
// (2026-11-26); the test allows 0.005 for library or rule changes.
const measuredF1 = 0.9734

func TestBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 121 pages")
	}
	dir := sharedtest.Path(t, "corpora/html-benchmark/ground-truth.json")
	res, err := Run(filepathDir(dir), Dyad(ingest.HTMLOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("P %.4f R %.4f F1 %.4f over %d pages", res.Precision, res.Recall, res.F1, res.Score.Pages)
	if res.Score.Pages != 121 {
		t.Errorf("%d pages, want 121", res.Score.Pages)
	}
	if res.F1 < measuredF1-0.005 {
		t.Errorf("F1 %.4f fell below %.4f", res.F1, measuredF1-0.005)
	}
}

func BenchmarkExtractPage(b *testing.B) {
	dir := sharedtest.Path(b, "corpora/html-benchmark/ground-truth.json")
	dir = filepathDir(dir)
	gt, err := LoadTruth(dir)
	if err != nil {
		b.Fatal(err)
	}
	type pg struct {
		html []byte
		url  string
	}
	var pages []pg
	for id, tr := range gt {
		h, err := ReadPage(dir, id)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, pg{h, tr.URL})
		if len(pages) == 20 {
			break
		}
	}
	ex := Dyad(ingest.HTMLOptions{})
	i := 0
	for b.Loop() {
		p := pages[i%len(pages)]
		if _, err := ex(p.html, p.url); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func filepathDir(p string) string { return filepath.Dir(p) }
