package extraction

import (
	"strings"
	"unicode"
)

// ShingleSize is the benchmark's n-gram length.
const ShingleSize = 4

// Counts are one page's normalised shingle counts: TP+FP+FN = 1, or all
// zero when neither text has a token.
type Counts struct {
	TP, FP, FN float64
}

// Tokens splits s into word tokens: maximal runs of Unicode letters,
// numbers and underscore (Python's \w+).
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// Shingles counts the n-token shingles of s. A text with fewer than n but
// at least one token is one shingle of all its tokens, as in the benchmark.
func Shingles(s string, n int) map[string]int {
	toks := Tokens(s)
	m := map[string]int{}
	if len(toks) == 0 {
		return m
	}
	for i := 0; i < max(1, len(toks)-n+1); i++ {
		m[strings.Join(toks[i:min(i+n, len(toks))], " ")]++
	}
	return m
}

// Compare scores one page: predicted text against the true body.
func Compare(truth, pred string) Counts {
	ts, ps := Shingles(truth, ShingleSize), Shingles(pred, ShingleSize)
	var tp, fp, fn int
	for k, p := range ps {
		t := ts[k]
		tp += min(t, p)
		fp += max(0, p-t)
	}
	for k, t := range ts {
		fn += max(0, t-ps[k])
	}
	sum := float64(tp + fp + fn)
	if sum == 0 {
		return Counts{}
	}
	return Counts{TP: float64(tp) / sum, FP: float64(fp) / sum, FN: float64(fn) / sum}
}

// Precision is the page's precision and whether it is defined (some shingle
// was predicted).
func (c Counts) Precision() (float64, bool) {
	if c.TP+c.FP == 0 {
		return 0, false
	}
	return c.TP / (c.TP + c.FP), true
}

// Recall is the page's recall and whether it is defined (the truth has a
// shingle).
func (c Counts) Recall() (float64, bool) {
	if c.TP+c.FN == 0 {
		return 0, false
	}
	return c.TP / (c.TP + c.FN), true
}

// Score is the benchmark's summary over pages.
type Score struct {
	Precision, Recall, F1 float64
	Pages                 int
}

// Summarise averages precision and recall over the pages where each is
// defined and takes F1 of the two means.
func Summarise(pages []Counts) Score {
	var ps, rs float64
	var np, nr int
	for _, c := range pages {
		if p, ok := c.Precision(); ok {
			ps += p
			np++
		}
		if r, ok := c.Recall(); ok {
			rs += r
			nr++
		}
	}
	s := Score{Pages: len(pages)}
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
