package ingest

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"
	"time"
	"unicode"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"dyad/internal/model"
)

// HTMLOptions configures main-text extraction from HTML pages.
type HTMLOptions struct {
	// Focus trades recall for precision: "balanced" (default), "precision"
	// or "recall".
	Focus string
	// NoFallback turns off go-trafilatura's comparison with readability and
	// DOM Distiller, which is slower but better on unusual layouts.
	NoFallback bool
	// KeepNewsBoilerplate keeps captions, bylines, "related" blocks and
	// share bars that are pruned from news pages by default.
	KeepNewsBoilerplate bool
	// Prune lists CSS selectors of page parts removed before extraction;
	// nil means NewsPrune.
	Prune []string
	// MinWords is the fewest words a page's main text must have to count as
	// an article; 0 means 12. Login pages and index pages yield a few
	// stray words, which are not news; a one-sentence wire brief has 15 or
	// more.
	MinWords int
	// ExtensiveDates makes the date search use go-dateparser on the whole
	// page (finds dates in more languages, but is much slower).
	ExtensiveDates bool
}

// NewsPrune selects page parts that are never article text on news sites
// but that extractors sometimes keep: figure captions, bylines in their own
// elements and share bars. The selectors name roles by common class words,
// not any one site's markup. Broader ones ("related", "promo", "social",
// "newsletter", "caption") were tried on the extraction benchmark and
// removed real article text on some sites, so they are left out.
var NewsPrune = []string{
	"figcaption",
	"[class*=byline]",
	"[class*=share-]",
}

// HTMLPage is what ExtractHTML finds in a page.
type HTMLPage struct {
	Text     string // main text, paragraphs separated by blank lines
	Title    string
	URL      string // canonical URL from metadata, else the page URL
	Date     string // YYYY-MM-DD, "" when none was found
	Sitename string
	Language string
}

// ExtractHTML finds the main text and metadata of an HTML page. pageURL,
// when known, helps resolve relative links and is the URL fallback.
func ExtractHTML(page []byte, pageURL string, opt HTMLOptions) (p *HTMLPage, err error) {
	// The extractor is third-party code run on untrusted pages: a panic in
	// it must cost one page, not the run.
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, fmt.Errorf("HTML extractor failed on this page: %v", r)
		}
	}()
	topt := trafilatura.Options{
		EnableFallback:  !opt.NoFallback,
		ExcludeComments: true,
		Deduplicate:     false,
		HtmlDateMode:    trafilatura.Fast,
	}
	if opt.ExtensiveDates {
		topt.HtmlDateMode = trafilatura.Extensive
	}
	switch opt.Focus {
	case "precision":
		topt.Focus = trafilatura.FavorPrecision
	case "recall":
		topt.Focus = trafilatura.FavorRecall
	}
	if !opt.KeepNewsBoilerplate {
		prune := opt.Prune
		if prune == nil {
			prune = NewsPrune
		}
		topt.PruneSelector = strings.Join(prune, ", ")
	}
	if pageURL != "" {
		if u, err := nurl.ParseRequestURI(pageURL); err == nil {
			topt.OriginalURL = u
		}
	}
	res, err := trafilatura.Extract(bytes.NewReader(page), topt)
	if err != nil {
		return nil, fmt.Errorf("extracting main text: %w", err)
	}
	p = &HTMLPage{
		Text:     nodeText(res.ContentNode, true),
		Title:    strings.TrimSpace(res.Metadata.Title),
		URL:      strings.TrimSpace(res.Metadata.URL),
		Sitename: strings.TrimSpace(res.Metadata.Sitename),
		Language: strings.TrimSpace(res.Metadata.Language),
	}
	p.Text = dropHeadline(restoreParagraphs(p.Text, page, p.Title), p.Title)
	if p.URL == "" {
		p.URL = pageURL
	}
	if !res.Metadata.Date.IsZero() {
		p.Date = res.Metadata.Date.UTC().Format("2006-01-02")
	}
	return p, nil
}

// parseHTML reads one HTML page into an article.
func parseHTML(path, pageURL string, b []byte, opt *Options) *model.Article {
	a := &model.Article{ID: baseID(path), Origin: path}
	if len(bytes.TrimSpace(b)) == 0 {
		return failed(a.ID, path, path, 0, "", "empty file")
	}
	if looksBinary(b) {
		return failed(a.ID, path, path, 0, "", "binary file, not HTML (NUL or control bytes in its first 8 KiB)")
	}
	p, err := ExtractHTML(b, pageURL, opt.HTML)
	if err != nil {
		return failed(a.ID, path, path, 0, "", "no article found in HTML page: %v", err)
	}
	minWords := opt.HTML.MinWords
	if minWords <= 0 {
		minWords = 12
	}
	if n := len(strings.Fields(p.Text)); n < minWords {
		return failed(a.ID, path, path, 0, "", "no article found in HTML page (main text has %d words, fewer than %d)", n, minWords)
	}
	a.Raw, a.Title, a.URL, a.Source, a.Language = p.Text, p.Title, p.URL, p.Sitename, p.Language
	if t, ok := ParseDate(p.Date); ok {
		a.Date = t
		return a
	}
	if a.URL != "" {
		if t, ok := DateFromURL(a.URL); ok {
			a.Date = t
			a.Diagnostics = append(a.Diagnostics, diag(model.Info, path, 0, "", "date %s taken from the page URL", t.Format(time.DateOnly)))
			return a
		}
	}
	if setFallbackDate(a, path, opt) {
		return a
	}
	return undated(a, opt, diag(model.Error, path, 0, "", "no publication date found in the page's metadata; pass --date"))
}

// dropHeadline removes the headline when the extracted text starts with it
// (within its first three lines, to pass over a kicker or a dateline): the
// headline is Title, and the body is the text under it.
func dropHeadline(text, title string) string {
	t := wordKey(title)
	if t == "" {
		return text
	}
	rest := text
	for seen := 0; seen < 3 && rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		l := wordKey(line)
		if l == "" {
			continue
		}
		if l == t || (len(l) > 20 && strings.HasPrefix(t, l)) {
			return strings.TrimSpace(after)
		}
		seen++
	}
	return text
}

// wordKey lowercases s and keeps only its letters and digits, single-spaced,
// so that headlines compare equal across punctuation and quote styles.
func wordKey(s string) string {
	var b strings.Builder
	sp := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sp && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			sp = false
		} else {
			sp = true
		}
	}
	return b.String()
}
