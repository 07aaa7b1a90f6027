package ingest

import (
	"bufio"
	"io"
	"mime"
	"net/http"

	"dyad/internal/model"
)

func bufioReader(r io.Reader) *bufio.Reader {
	if br, ok := r.(*bufio.Reader); ok {
		return br
	}
	return bufio.NewReaderSize(r, 64<<10)
}

// openURL fetches an http(s) feed or page. The format comes from the
// Content-Type when it is decisive, else from the content.
func (m *Multi) openURL(u string) interface {
	Next() (*model.Article, error)
} {
	opt := &m.opt
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return &single{failed(u, u, u, 0, "", "bad URL: %v", err)}
	}
	req.Header.Set("User-Agent", "dyad (political event coder; +https://github.com/dyad)")
	resp, err := opt.client().Do(req)
	if err != nil {
		return &single{failed(u, u, u, 0, "", "fetching: %v", err)}
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return &single{failed(u, u, u, 0, "", "fetching: HTTP %s", resp.Status)}
	}
	saved := opt.Format
	if saved == "" {
		if mt, _, err := mime.ParseMediaType(resp.Header.Get("Content-Type")); err == nil {
			switch mt {
			case "application/rss+xml", "application/atom+xml", "application/rdf+xml":
				m.opt.Format = FormatFeed
			case "application/x-ndjson", "application/jsonl":
				m.opt.Format = FormatJSONL
			}
		}
	}
	src := m.reader(u, u, resp.Body, resp.Body)
	m.opt.Format = saved
	if s, ok := src.(*single); ok && s.a != nil && s.a.Origin == u && s.a.ID == baseID(u) {
		s.a.ID = u
	}
	return src
}
