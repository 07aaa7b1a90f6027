package ingest

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"dyad/internal/model"
)

// Format names, for Options.Format and Detect.
const (
	FormatText  = "text"
	FormatJSONL = "jsonl"
	FormatHTML  = "html"
	FormatFeed  = "feed"
	FormatJSON  = "json" // one object or an array of objects
)

// extFormats maps file extensions (without ".gz") to formats.
var extFormats = map[string]string{
	".txt": FormatText, ".text": FormatText,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL, ".json": FormatJSON,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
	".rss": FormatFeed, ".atom": FormatFeed, ".xml": FormatFeed,
}

// FormatOf returns the format for a path by its extension ("x.jsonl.gz" is
// JSONL), or "" when the extension is unknown.
func FormatOf(path string) string {
	return extFormats[strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(path), ".gz")))]
}

// Sniff guesses the format from the first bytes of a (decompressed) input.
func Sniff(head []byte) string {
	h := bytes.TrimSpace(stripBOM(head))
	lower := bytes.ToLower(h[:min(len(h), 1024)])
	switch {
	case len(h) > 0 && h[0] == '{':
		// One object per line, unless the first line is not a whole
		// value (a pretty-printed object).
		if line, _, ok := bytes.Cut(h, []byte("\n")); ok && !json.Valid(line) {
			return FormatJSON
		}
		return FormatJSONL
	case len(h) > 0 && h[0] == '[':
		return FormatJSON
	case bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")):
		return FormatFeed
	case bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("<head")):
		return FormatHTML
	}
	return FormatText
}

// Multi reads several inputs one after the other: files, directories, URLs
// and "-" for stdin. It is a pipeline.Source.
type Multi struct {
	opt   Options
	paths []string // inputs still to open, in order
	cur   interface {
		Next() (*model.Article, error)
	}
	n int // articles returned
}

// Open expands paths (directories recursively, by extension) and returns a
// source reading them in order. A path that does not exist is an error: it
// is a mistake in the command line, not in the data.
func Open(paths []string, opt Options) (*Multi, error) {
	m := &Multi{opt: opt}
	for _, p := range paths {
		if p == "-" || isURL(p) {
			m.paths = append(m.paths, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("input %w", err)
		}
		if !st.IsDir() {
			m.paths = append(m.paths, p)
			continue
		}
		files, err := walkDir(p, &opt)
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			opt.logger().Warn("directory holds no readable files", "dir", p)
		}
		m.paths = append(m.paths, files...)
	}
	return m, nil
}

// Files lists the inputs Open found, in reading order.
func (m *Multi) Files() []string { return slices.Clone(m.paths) }

// walkDir lists the files under dir with a known (or wanted) extension, in
// lexical order, skipping hidden files and folders.
func walkDir(dir string, opt *Options) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("reading directory: %w", err)
		}
		name := d.Name()
		if p != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")))
		if opt.Extensions != nil {
			if slices.Contains(opt.Extensions, ext) {
				out = append(out, p)
			}
		} else if extFormats[ext] != "" {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

func isURL(p string) bool {
	u, err := url.Parse(p)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Next returns the next article from the inputs, io.EOF after the last.
func (m *Multi) Next() (*model.Article, error) {
	for {
		if m.cur != nil {
			a, err := m.cur.Next()
			if err == nil {
				m.n++
				return a, nil
			}
			if !errors.Is(err, io.EOF) {
				return nil, err
			}
			m.cur = nil
		}
		if len(m.paths) == 0 {
			return nil, io.EOF
		}
		p := m.paths[0]
		m.paths = m.paths[1:]
		m.cur = m.open(p)
	}
}

// Close releases the input being read; the rest are never opened.
func (m *Multi) Close() error {
	if c, ok := m.cur.(io.Closer); ok {
		c.Close()
	}
	m.cur, m.paths = nil, nil
	return nil
}

// single is a source of one ready article.
type single struct{ a *model.Article }

func (s *single) Next() (*model.Article, error) {
	if s.a == nil {
		return nil, io.EOF
	}
	a := s.a
	s.a = nil
	return a, nil
}

// open starts reading one input. Problems with the input become an article
// carrying an Error diagnostic, so that the rest of the run goes on.
func (m *Multi) open(p string) interface {
	Next() (*model.Article, error)
} {
	opt := &m.opt
	if isURL(p) {
		return m.openURL(p)
	}
	var r io.Reader
	var closer io.Closer
	if p == "-" {
		if opt.Stdin == nil {
			return &single{failed("stdin", "-", "-", 0, "", "no standard input available")}
		}
		r = opt.Stdin
	} else {
		f, err := os.Open(p)
		if err != nil {
			return &single{failed(baseID(p), p, p, 0, "", "cannot open: %v", err)}
		}
		r, closer = f, f
	}
	return m.reader(p, "", r, closer)
}

// reader picks the reader for an opened input: by Options.Format, else by
// extension, else by content. Gzip is detected by its magic bytes.
func (m *Multi) reader(p, pageURL string, r io.Reader, closer io.Closer) interface {
	Next() (*model.Article, error)
} {
	opt := &m.opt
	br := bufioReader(r)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			closeQuiet(closer)
			return &single{failed(baseID(p), p, p, 0, "", "bad gzip header: %v", err)}
		}
		br = bufioReader(zr)
	} else if strings.HasSuffix(strings.ToLower(p), ".gz") {
		closeQuiet(closer)
		return &single{failed(baseID(p), p, p, 0, "", "file name ends in .gz but the content is not gzip")}
	}
	format := opt.Format
	if format == "" && p != "-" {
		format = FormatOf(p)
	}
	if format == "" {
		head, _ := br.Peek(4096)
		format = Sniff(head)
	}
	if format == FormatJSONL {
		return NewJSONLReader(p, br, closer, *opt)
	}
	b, err := readLimited(br, opt.maxBytes())
	closeQuiet(closer)
	if err != nil {
		var tl errTooLarge
		if errors.As(err, &tl) {
			return &single{failed(baseID(p), p, p, 0, "", "file is %v", err)}
		}
		return &single{failed(baseID(p), p, p, 0, "", "read error (truncated or corrupt file?): %v", err)}
	}
	switch format {
	case FormatHTML:
		return &single{parseHTML(p, pageURL, b, opt)}
	case FormatFeed:
		return newFeedReader(p, b, opt)
	case FormatJSON:
		return openJSON(p, b, opt)
	case FormatText:
		return &single{parseText(p, b, opt)}
	}
	return &single{failed(baseID(p), p, p, 0, "", "unknown input format %q (want text, jsonl, json, html or feed)", format)}
}

func closeQuiet(c io.Closer) {
	if c != nil {
		c.Close()
	}
}
