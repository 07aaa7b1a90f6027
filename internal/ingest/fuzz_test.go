package ingest

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"dyad/internal/model"
)

// addSeeds adds the named testdata files to the fuzz corpus.
func addSeeds(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// checkArticle asserts what every reader promises for any input.
func checkArticle(t *testing.T, a *model.Article) {
	t.Helper()
	if a == nil {
		t.Fatal("nil article")
	}
	if !utf8.ValidString(a.Raw) {
		t.Fatalf("invalid UTF-8 in Raw %q", a.Raw)
	}
	if hasError(a) && a.Raw != "" {
		t.Fatalf("article with an Error diagnostic keeps Raw %q", a.Raw)
	}
	if !hasError(a) && (strings.TrimSpace(a.Raw) == "" || a.Date.IsZero()) {
		t.Fatalf("article without error lacks text or date: %+v", a)
	}
	for _, d := range a.Diagnostics {
		if d.Stage != "ingest" || d.Message == "" || d.File == "" {
			t.Fatalf("incomplete diagnostic %+v", d)
		}
	}
}

func drain(t *testing.T, src interface {
	Next() (*model.Article, error)
}) int {
	n := 0
	for {
		a, err := src.Next()
		if errors.Is(err, io.EOF) {
			return n
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		checkArticle(t, a)
		n++
		if n > 1<<16 {
			t.Fatal("reader does not end")
		}
	}
}

func FuzzText(f *testing.F) {
	addSeeds(f, "dated.txt", "inline-date.txt", "baddate.txt", "empty.txt", "header-only.txt", "undated.txt")
	f.Add([]byte("date 2024-01-01 title x\n\n\xff\xfe"))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkArticle(t, parseText("fuzz.txt", b, &Options{}))
	})
}

func FuzzJSONL(f *testing.F) {
	addSeeds(f, "articles.jsonl")
	f.Add([]byte(`{"id":1,"date":null,"text":{"a":1}}` + "\n\n" + `[1,2]`))
	f.Add([]byte("{\"text\":\"x\xff\",\"date\":\"20240101\"}\r\n{"))
	f.Fuzz(func(t *testing.T, b []byte) {
		drain(t, NewJSONLReader("fuzz.jsonl", strings.NewReader(string(b)), nil, Options{MaxBytes: 4096}))
	})
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, "page.html", "noarticle.html")
	f.Add([]byte("<html><body><p>short</p></body></html>"))
	f.Add([]byte("<p><p><table><td><script>x</script>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkArticle(t, parseHTML("fuzz.html", "", b, &Options{Date: date("2024-01-01")}))
	})
}

func FuzzFeed(f *testing.F) {
	addSeeds(f, "feed.rss", "feed.atom")
	f.Add([]byte(`<rss><channel><item><description>&lt;p&gt;x</description><pubDate>bad</pubDate></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		drain(t, newFeedReader("fuzz.xml", b, &Options{}))
	})
}

func FuzzOpen(f *testing.F) {
	// Sniffing and gzip detection on stdin, where no extension helps.
	addSeeds(f, "articles.jsonl", "feed.rss", "page.html", "dated.txt")
	f.Add([]byte{0x1f, 0x8b, 0x08, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Open([]string{"-"}, Options{Stdin: strings.NewReader(string(b)), Date: date("2024-01-01"), MaxBytes: 1 << 16})
		if err != nil {
			t.Fatal(err)
		}
		drain(t, m)
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-03-19", "20240319", "2024-03-19T10:00:00Z", "1710806400", "Tue, 19 Mar 2024 10:00:00 GMT", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := ParseDate(s); ok && (d.Year() < 1800 || d.Year() > 2200) {
			t.Fatalf("ParseDate(%q) = %v outside 1800–2200", s, d)
		}
		DateFromName(s)
	})
}

func FuzzJSONDocument(f *testing.F) {
	f.Add([]byte(`[{"id":"a","date":"2024-01-01","text":"x"},{"text":1}]`))
	f.Add([]byte(`{"id":"a","date":"2024-01-01","text":"x"}`))
	f.Add([]byte(`[{"id":"a"`))
	f.Fuzz(func(t *testing.T, b []byte) {
		drain(t, newJSONDocReader("fuzz.json", b, &Options{}))
	})
}
