package extraction

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"dyad/internal/clean"
	"dyad/internal/ingest"
)

// Truth is one benchmark page's ground truth.
type Truth struct {
	Body string `json:"articleBody"`
	URL  string `json:"url"`
}

// Page is one benchmark page and its result.
type Page struct {
	ID     string
	URL    string
	Counts Counts
	F1     float64 // the page's own F1, for listing worst cases
	Err    error   // extraction failed; the page counts as an empty prediction
}

// Result is a benchmark run.
type Result struct {
	Score
	Pages []Page // in id order
}

// Extractor returns the article body of an HTML page.
type Extractor func(page []byte, url string) (string, error)

// LoadTruth reads ground-truth.json from the benchmark folder.
func LoadTruth(dir string) (map[string]Truth, error) {
	p := filepath.Join(dir, "ground-truth.json")
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("reading ground truth: %w", err)
	}
	var gt map[string]Truth
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return gt, nil
}

// ReadPage reads html/<id>.html.gz (or html/<id>.html) from the benchmark folder.
func ReadPage(dir, id string) ([]byte, error) {
	p := filepath.Join(dir, "html", id+".html.gz")
	f, err := os.Open(p)
	if err != nil {
		plain, err2 := os.ReadFile(filepath.Join(dir, "html", id+".html"))
		if err2 == nil {
			return plain, nil
		}
		return nil, fmt.Errorf("reading benchmark page: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return b, nil
}

// Run scores extract on every page that has both ground truth and HTML in
// dir. Pages whose HTML is missing are an error: a partial benchmark would
// not be comparable with published figures.
func Run(dir string, extract Extractor) (*Result, error) {
	gt, err := LoadTruth(dir)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	res := &Result{}
	counts := make([]Counts, 0, len(ids))
	for _, id := range ids {
		page, err := ReadPage(dir, id)
		if err != nil {
			return nil, err
		}
		t := gt[id]
		pred, xerr := extract(page, t.URL)
		c := Compare(t.Body, pred)
		counts = append(counts, c)
		res.Pages = append(res.Pages, Page{ID: id, URL: t.URL, Counts: c, F1: pageF1(c), Err: xerr})
	}
	res.Score = Summarise(counts)
	return res, nil
}

func pageF1(c Counts) float64 {
	p, _ := c.Precision()
	r, _ := c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Worst returns the n pages with the lowest F1, worst first.
func (r *Result) Worst(n int) []Page {
	ps := append([]Page(nil), r.Pages...)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].F1 < ps[j].F1 })
	return ps[:min(n, len(ps))]
}

// Dyad is dyad's own extractor as `dyad extract` runs it on a page: main
// text by ingest.ExtractHTML, then clean.Text.
func Dyad(opt ingest.HTMLOptions) Extractor {
	return func(page []byte, url string) (string, error) {
		p, err := ingest.ExtractHTML(page, url, opt)
		if err != nil {
			return "", err
		}
		text, _ := clean.Text(p.Text)
		return text, nil
	}
}
