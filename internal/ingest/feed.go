package ingest

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"dyad/internal/model"
)

// feedReader yields one article per feed item.
type feedReader struct {
	path  string
	feed  *gofeed.Feed
	opt   *Options
	i     int
	extra *model.Article // a whole-feed failure, returned once
}

func newFeedReader(path string, b []byte, opt *Options) *feedReader {
	fr := &feedReader{path: path, opt: opt}
	switch {
	case len(bytes.TrimSpace(b)) == 0:
		fr.extra = failed(baseID(path), path, path, 0, "", "empty file")
		return fr
	case looksBinary(b):
		fr.extra = failed(baseID(path), path, path, 0, "", "binary file, not an RSS/Atom feed")
		return fr
	}
	f, err := parseFeed(b)
	if err != nil {
		fr.extra = failed(baseID(path), path, path, 0, "", "not a readable RSS/Atom feed: %v", err)
		return fr
	}
	if len(f.Items) == 0 {
		fr.extra = failed(baseID(path), path, path, 0, "", "feed has no items")
		return fr
	}
	fr.feed = f
	return fr
}

func (fr *feedReader) Next() (*model.Article, error) {
	if fr.extra != nil {
		a := fr.extra
		fr.extra = nil
		return a, nil
	}
	if fr.feed == nil || fr.i >= len(fr.feed.Items) {
		return nil, io.EOF
	}
	fr.i++
	return fr.item(fr.i, fr.feed.Items[fr.i-1]), nil
}

// item converts the n-th (1-based) item. Its text is the item's content,
// else its description, with HTML markup reduced to paragraphs.
func (fr *feedReader) item(n int, it *gofeed.Item) *model.Article {
	origin := fmt.Sprintf("%s#%d", fr.path, n)
	rec := it.GUID
	if rec == "" {
		rec = it.Link
	}
	a := &model.Article{
		ID:     fmt.Sprintf("%s-%d", baseID(fr.path), n),
		Origin: origin,
		Title:  strings.TrimSpace(htmlFragmentText(it.Title)),
		URL:    strings.TrimSpace(it.Link),
		Source: strings.TrimSpace(fr.feed.Title),
	}
	if rec != "" {
		a.ID = rec
	}
	a.Language = fr.feed.Language
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	text := strings.TrimSpace(htmlFragmentText(body))
	if text == "" {
		a.Diagnostics = append(a.Diagnostics, diag(model.Error, fr.path, 0, fmt.Sprintf("item %d %s", n, rec), "feed item has no content or description"))
		return a
	}
	a.Raw, _ = fixUTF8(text, 1)
	switch {
	case it.PublishedParsed != nil:
		a.Date = day(*it.PublishedParsed)
	case it.UpdatedParsed != nil:
		a.Date = day(*it.UpdatedParsed)
	case a.URL != "" && urlHasDate(a.URL):
		a.Date, _ = DateFromURL(a.URL)
	case !fr.opt.Date.IsZero():
		a.Date = day(fr.opt.Date)
	default:
		return undated(a, fr.opt, diag(model.Error, fr.path, 0, fmt.Sprintf("item %d %s", n, rec), "feed item has no date (pubDate, published or updated); pass --date"))
	}
	return a
}

// htmlFragmentText renders an HTML fragment (or plain text) as text with
// one paragraph per block element.
func htmlFragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return s
	}
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return nodeText(root, false)
}

func urlHasDate(u string) bool {
	_, ok := DateFromURL(u)
	return ok
}

// parseFeed runs gofeed, turning a panic on a malformed feed into an error.
func parseFeed(b []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(b))
}
