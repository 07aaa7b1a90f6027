package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/internal/model"
)

// readAll drains a source, failing the test on a run error.
func readAll(t *testing.T, paths []string, opt Options) []*model.Article {
	t.Helper()
	m, err := Open(paths, opt)
	if err != nil {
		t.Fatalf("Open(%v): %v", paths, err)
	}
	var out []*model.Article
	for {
		a, err := m.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		out = append(out, a)
	}
}

func date(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

// firstDiag returns the first diagnostic at or above sev, or nil.
func firstDiag(a *model.Article, sev model.Severity) *model.Diagnostic {
	for i := range a.Diagnostics {
		if a.Diagnostics[i].Severity >= sev {
			return &a.Diagnostics[i]
		}
	}
	return nil
}

func TestText(t *testing.T) {
	tests := []struct {
		file, id, date, title, rawPrefix string
		opt                              Options
		errSub                           string // substring of an Error diagnostic; "" for none
	}{
		{file: "dated.txt", id: "dated", date: "2024-03-19", title: "Ministers meet in Oslo over fishing rights", rawPrefix: "OSLO - Norway"},
		{file: "inline-date.txt", id: "inline-date", date: "2024-05-01", rawPrefix: "Farmers blocked a highway"},
		{file: "port-strike-2023-11-06.txt", id: "port-strike-2023-11-06", date: "2023-11-06", title: "Strike closes port", rawPrefix: "Dock workers"},
		{file: "undated.txt", id: "undated", opt: Options{Date: date("2022-01-05")}, date: "2022-01-05", rawPrefix: "Dock workers"},
		{file: "undated.txt", id: "undated", errSub: "no date"},
		{file: "undated.txt", id: "undated", opt: Options{AllowUndated: true}, rawPrefix: "Dock workers"},
		{file: "baddate.txt", id: "baddate", errSub: `malformed date "2024-13-45"`},
		{file: "empty.txt", id: "empty", errSub: "empty file"},
		{file: "header-only.txt", id: "header-only", errSub: "no text after the header"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			as := readAll(t, []string{filepath.Join("testdata", tc.file)}, tc.opt)
			if len(as) != 1 {
				t.Fatalf("got %d articles, want 1", len(as))
			}
			a := as[0]
			if a.ID != tc.id {
				t.Errorf("ID = %q, want %q", a.ID, tc.id)
			}
			if d := firstDiag(a, model.Error); (d != nil) != (tc.errSub != "") || (d != nil && !strings.Contains(d.Message, tc.errSub)) {
				t.Fatalf("error diagnostic = %v, want one containing %q", d, tc.errSub)
			} else if d != nil {
				if a.Raw != "" {
					t.Errorf("failed article has Raw %q", a.Raw)
				}
				if d.File != filepath.Join("testdata", tc.file) || d.Stage != "ingest" {
					t.Errorf("diagnostic names file %q stage %q", d.File, d.Stage)
				}
				return
			}
			if got := a.Date.Format(time.DateOnly); tc.date != "" && got != tc.date {
				t.Errorf("Date = %s, want %s", got, tc.date)
			}
			if a.Title != tc.title {
				t.Errorf("Title = %q, want %q", a.Title, tc.title)
			}
			if !strings.HasPrefix(a.Raw, tc.rawPrefix) {
				t.Errorf("Raw = %.60q, want prefix %q", a.Raw, tc.rawPrefix)
			}
		})
	}
}

func TestJSONL(t *testing.T) {
	check := func(t *testing.T, as []*model.Article, file string) {
		t.Helper()
		type want struct {
			id, date, errSub string
			line             int
		}
		wants := []want{
			{id: "a1", date: "2024-03-19", line: 1},
			{id: "a2", date: "2024-03-20", line: 3},
			{id: "a3", date: "2024-03-21", line: 4},
			{id: "a4", errSub: `field "text" is an array`, line: 5},
			{id: "a5", errSub: `malformed date "yesterday"`, line: 6},
			{id: "a6", errSub: "no text", line: 7},
			{id: "articles-8", errSub: "not a JSON object", line: 8},
			{id: "a8", date: "2024-03-24", line: 9},
			{id: "9", date: "2024-03-25", line: 10},
		}
		if len(as) != len(wants) {
			t.Fatalf("got %d articles, want %d", len(as), len(wants))
		}
		for i, w := range wants {
			a := as[i]
			if a.ID != w.id {
				t.Errorf("article %d: ID %q, want %q", i, a.ID, w.id)
			}
			d := firstDiag(a, model.Error)
			if w.errSub != "" {
				if d == nil || !strings.Contains(d.Message, w.errSub) || d.Line != w.line || d.File != file {
					t.Errorf("%s: diagnostic %v, want %q at %s:%d", w.id, d, w.errSub, file, w.line)
				}
				if a.Raw != "" {
					t.Errorf("%s: failed record has Raw", w.id)
				}
				continue
			}
			if d != nil {
				t.Errorf("%s: unexpected error %v", w.id, d)
			}
			if a.Date.Format(time.DateOnly) != w.date || a.Raw == "" {
				t.Errorf("%s: date %v raw %q", w.id, a.Date, a.Raw)
			}
			if want := file + ":" + itoa(w.line); a.Origin != want {
				t.Errorf("%s: Origin %q, want %q", w.id, a.Origin, want)
			}
		}
		if as[0].Title != "Talks resume" || as[0].URL != "https://example.org/a1" || as[0].Source != "Example Wire" {
			t.Errorf("a1 metadata: %+v", as[0])
		}
		if w := firstDiag(as[7], model.Warning); w == nil || !strings.Contains(w.Message, `"title"`) {
			t.Errorf("a8: want a warning about the numeric title, got %v", as[7].Diagnostics)
		}
	}
	plain := filepath.Join("testdata", "articles.jsonl")
	check(t, readAll(t, []string{plain}, Options{}), plain)

	// The same records gzipped.
	b, _ := os.ReadFile(plain)
	gz := filepath.Join(t.TempDir(), "articles.jsonl.gz")
	writeGzip(t, gz, b)
	check(t, readAll(t, []string{gz}, Options{}), gz)
}

func itoa(i int) string { return fmtInt(i) }

func fmtInt(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return fmtInt(i/10) + string(rune('0'+i%10))
}

func writeGzip(t *testing.T, path string, b []byte) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFieldMap(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.jsonl")
	os.WriteFile(p, []byte(`{"doc":{"body":"Police arrested two men.","when":"2021-07-04"},"key":"k1"}`+"\n"), 0o644)
	as := readAll(t, []string{p}, Options{FieldMap: map[string]string{"text": "doc.body", "date": "doc.when", "id": "key"}})
	if len(as) != 1 || as[0].ID != "k1" || as[0].Raw != "Police arrested two men." || as[0].Date != date("2021-07-04") {
		t.Fatalf("got %+v", as[0])
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var gzBuf bytes.Buffer
	zw := gzip.NewWriter(&gzBuf)
	for i := range 200 {
		zw.Write([]byte(`{"id":"r` + fmtInt(i) + `","date":"2024-01-01","text":"The council met again to discuss the water supply of the valley."}` + "\n"))
	}
	zw.Close()
	truncated := gzBuf.Bytes()[:gzBuf.Len()/2]

	tests := []struct {
		name    string
		path    string
		opt     Options
		errSub  string
		minGood int // articles without errors expected before the failure
	}{
		{"binary text", write("bin.txt", []byte("date 2024-01-01\n\x00\x01\x02\x03 PK\x03\x04")), Options{}, "binary file", 0},
		{"binary jsonl", write("bin.jsonl", []byte("\x00\x00\x00{}")), Options{}, "binary file", 0},
		{"empty jsonl", write("empty.jsonl", nil), Options{}, "empty file", 0},
		{"truncated gzip", write("cut.jsonl.gz", truncated), Options{}, "truncated or corrupt", 1},
		{"not gzip", write("fake.jsonl.gz", []byte(`{"id":"x"}`)), Options{}, "not gzip", 0},
		{"too large text", write("big.txt", []byte("date 2024-01-01\n"+strings.Repeat("The army moved north. ", 100))), Options{MaxBytes: 500}, "size limit of 500 bytes", 0},
		{"too large record", write("big.jsonl", []byte(`{"id":"big","date":"2024-01-01","text":"`+strings.Repeat("word ", 200)+"\"}\n"+`{"id":"ok","date":"2024-01-01","text":"Fine."}`+"\n")), Options{MaxBytes: 500}, "larger than the size limit", 0},
		{"empty html", write("empty.html", []byte("  \n")), Options{}, "empty file", 0},
		{"html without article", filepath.Join("testdata", "noarticle.html"), Options{AllowUndated: true}, "no article", 0},
		{"bad feed", write("bad.xml", []byte("<rss><channel><item>")), Options{}, "feed", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			as := readAll(t, []string{tc.path}, tc.opt)
			var errs []*model.Diagnostic
			good := 0
			for _, a := range as {
				if d := firstDiag(a, model.Error); d != nil {
					errs = append(errs, d)
				} else {
					good++
				}
			}
			if len(errs) == 0 {
				t.Fatalf("no error diagnostic in %d articles", len(as))
			}
			if !strings.Contains(errs[0].Message, tc.errSub) {
				t.Errorf("diagnostic %q, want it to contain %q", errs[0].Message, tc.errSub)
			}
			if errs[0].File != tc.path {
				t.Errorf("diagnostic names %q, want %q", errs[0].File, tc.path)
			}
			if good < tc.minGood {
				t.Errorf("only %d good articles before the failure, want ≥ %d", good, tc.minGood)
			}
		})
	}
	// A record after an oversized one is still read.
	as := readAll(t, []string{filepath.Join(dir, "big.jsonl")}, Options{MaxBytes: 500})
	if len(as) != 2 || as[1].ID != "ok" || as[1].Raw != "Fine." {
		t.Errorf("record after the oversized one: %+v", as)
	}
}

func TestHundredMegabyteFile(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB")
	}
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(strings.Repeat("The delegation arrived in the capital. ", 25) + "\n")
	f.WriteString("date 2024-01-01\n")
	for n := 0; n < 100<<20; n += len(line) {
		f.Write(line)
	}
	f.Close()
	as := readAll(t, []string{p}, Options{})
	if len(as) != 1 || firstDiag(as[0], model.Error) == nil || !strings.Contains(as[0].Diagnostics[0].Message, "size limit") {
		t.Fatalf("want one article with a size-limit error, got %+v", as)
	}
}

func TestInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "latin1.txt")
	os.WriteFile(p, []byte("date 2024-01-01\nThe minister visited Asunci\xf3n on Monday.\n"), 0o644)
	j := filepath.Join(dir, "latin1.jsonl")
	os.WriteFile(j, []byte("{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"Asunci\xf3n hosted the summit.\"}\n"), 0o644)
	for _, a := range readAll(t, []string{p, j}, Options{}) {
		w := firstDiag(a, model.Warning)
		if w == nil || !strings.Contains(w.Message, "invalid UTF-8") || w.Line == 0 {
			t.Errorf("%s: want an invalid UTF-8 warning with a line, got %v", a.ID, a.Diagnostics)
		}
		if !strings.Contains(a.Raw, "Asunci\uFFFDn") {
			t.Errorf("%s: Raw %q lacks the replacement character", a.ID, a.Raw)
		}
	}
}

func TestHTML(t *testing.T) {
	p := filepath.Join("testdata", "page.html")
	as := readAll(t, []string{p}, Options{})
	if len(as) != 1 {
		t.Fatalf("%d articles", len(as))
	}
	a := as[0]
	if d := firstDiag(a, model.Error); d != nil {
		t.Fatalf("error: %v", d)
	}
	if a.Title != "Coastal states sign fisheries pact" || a.URL != "https://example.com/world/fisheries-pact" || a.Date != date("2024-04-10") || a.Source != "Example Times" {
		t.Errorf("metadata: title %q url %q date %v source %q", a.Title, a.URL, a.Date, a.Source)
	}
	for _, want := range []string{"Five coastal states signed", "patrols were well funded"} {
		if !strings.Contains(a.Raw, want) {
			t.Errorf("Raw lacks %q:\n%s", want, a.Raw)
		}
	}
	for _, bad := range []string{"Subscribe", "Storm hits the coast", "Privacy policy", "Home", "Coastal states sign fisheries pact"} {
		if strings.Contains(a.Raw, bad) {
			t.Errorf("Raw keeps boilerplate %q:\n%s", bad, a.Raw)
		}
	}
	if strings.Count(a.Raw, "\n\n") < 3 {
		t.Errorf("paragraphs not kept apart:\n%s", a.Raw)
	}
}

func TestFeeds(t *testing.T) {
	rss, atom := filepath.Join("testdata", "feed.rss"), filepath.Join("testdata", "feed.atom")
	as := readAll(t, []string{rss, atom}, Options{})
	if len(as) != 4 {
		t.Fatalf("got %d articles, want 4", len(as))
	}
	a := as[0]
	if a.ID != "wire-1" || a.Date != date("2024-03-19") || a.Title != "Ceasefire holds in border region" || a.Source != "Example Wire: World" {
		t.Errorf("item 1: %+v", a)
	}
	if a.Raw != "A ceasefire between the two armies held for a third day on Tuesday, monitors said.\n\nBoth sides exchanged prisoners." {
		t.Errorf("item 1 text %q", a.Raw)
	}
	if d := firstDiag(as[1], model.Error); d == nil || !strings.Contains(d.Message, "no date") {
		t.Errorf("undated item: %v", as[1].Diagnostics)
	}
	if d := firstDiag(as[2], model.Error); d == nil || !strings.Contains(d.Message, "no content") {
		t.Errorf("empty item: %v", as[2].Diagnostics)
	}
	if as[3].Raw != "The government expelled the ambassador of its neighbour on Thursday." || as[3].Date != date("2024-03-21") {
		t.Errorf("atom entry: %+v", as[3])
	}
}

func TestFeedURL(t *testing.T) {
	b, _ := os.ReadFile(filepath.Join("testdata", "feed.atom"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/world" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/atom+xml")
		w.Write(b)
	}))
	defer srv.Close()
	as := readAll(t, []string{srv.URL + "/world", srv.URL + "/missing"}, Options{Client: srv.Client()})
	if len(as) != 2 || as[0].Raw == "" || as[0].URL != "https://atom.example.org/1" {
		t.Fatalf("feed over http: %+v", as)
	}
	if d := firstDiag(as[1], model.Error); d == nil || !strings.Contains(d.Message, "404") {
		t.Errorf("missing URL: %v", as[1].Diagnostics)
	}
}

func TestDirectoryAndStdin(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub", ".hidden"), 0o755)
	os.WriteFile(filepath.Join(dir, "b-2024-01-02.txt"), []byte("The envoy arrived."), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "a.jsonl"), []byte(`{"id":"j","date":"2024-01-03","text":"Talks ended."}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "notes.md"), []byte("ignored"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", ".hidden", "c.txt"), []byte("ignored"), 0o644)
	as := readAll(t, []string{dir}, Options{})
	if len(as) != 2 || as[0].Raw != "The envoy arrived." || as[1].ID != "j" {
		t.Fatalf("directory: %+v", as)
	}
	if _, err := Open([]string{filepath.Join(dir, "nope.txt")}, Options{}); err == nil {
		t.Error("Open of a missing file: no error")
	}

	in := strings.NewReader("{\"id\":\"s1\",\"date\":\"2024-02-02\",\"text\":\"Voters went to the polls.\"}\n")
	as = readAll(t, []string{"-"}, Options{Stdin: in})
	if len(as) != 1 || as[0].ID != "s1" || as[0].Origin != "-:1" {
		t.Fatalf("stdin jsonl: %+v", as)
	}
	as = readAll(t, []string{"-"}, Options{Stdin: strings.NewReader("date 2024-02-03\nThe strike ended.")})
	if len(as) != 1 || as[0].Raw != "The strike ended." || as[0].Date != date("2024-02-03") {
		t.Fatalf("stdin text: %+v", as)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-19", "2024-03-19"},
		{"2024-03-19T23:30:00-02:00", "2024-03-20"},
		{"20240319", "2024-03-19"},
		{"20240319123000", "2024-03-19"},
		{"Tue, 19 Mar 2024 10:00:00 GMT", "2024-03-19"},
		{"1710806400", "2024-03-19"},
		{"March 19, 2024", "2024-03-19"},
		{"19 March 2024", "2024-03-19"},
		{"2024-02-30", ""},
		{"0024-03-19", ""},
		{"soon", ""},
	}
	for _, tc := range tests {
		got, ok := ParseDate(tc.in)
		if s := day(got).Format(time.DateOnly); ok != (tc.want != "") || (ok && s != tc.want) {
			t.Errorf("ParseDate(%q) = %s, %v; want %q", tc.in, s, ok, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"https://example.com/2019/11/19/story-name", "2019-11-19"},
		{"https://example.com/world/2024/3/5/talks", "2024-03-05"},
		{"https://example.com/news/2024-03-19-talks.html", "2024-03-19"},
		{"https://example.com/2019/13/40/x", ""},
		{"https://example.com/story-123", ""},
	} {
		got, ok := DateFromURL(tc.in)
		if ok != (tc.want != "") || (ok && got.Format(time.DateOnly) != tc.want) {
			t.Errorf("DateFromURL(%q) = %v, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	names := []struct{ in, want string }{
		{"rafah-2024-03-19.txt", "2024-03-19"},
		{"20240319_talks.txt", "2024-03-19"},
		{"report-120240319.txt", ""},
		{"notes.txt", ""},
	}
	for _, tc := range names {
		got, ok := DateFromName(tc.in)
		if ok != (tc.want != "") || (ok && got.Format(time.DateOnly) != tc.want) {
			t.Errorf("DateFromName(%q) = %v, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

// TestGzipHTMLAndSniff reads a gzipped page (as the benchmark stores them)
// and the same page from stdin, where only its content tells the format.
func TestGzipHTMLAndSniff(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	gz := filepath.Join(t.TempDir(), "page.html.gz")
	writeGzip(t, gz, b)
	for _, tc := range []struct {
		name string
		path string
		opt  Options
	}{
		{"gzip file", gz, Options{}},
		{"stdin", "-", Options{Stdin: bytes.NewReader(b)}},
	} {
		as := readAll(t, []string{tc.path}, tc.opt)
		if len(as) != 1 || !strings.Contains(as[0].Raw, "Five coastal states signed") || as[0].Date != date("2024-04-10") {
			t.Errorf("%s: %+v", tc.name, as)
		}
	}
	for _, tc := range []struct{ head, want string }{
		{`{"id":1}`, FormatJSONL},
		{"<?xml version=\"1.0\"?><rss version=\"2.0\">", FormatFeed},
		{"<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", FormatFeed},
		{"<!DOCTYPE html><html>", FormatHTML},
		{"date 2024-01-01\nText.", FormatText},
	} {
		if got := Sniff([]byte(tc.head)); got != tc.want {
			t.Errorf("Sniff(%q) = %q, want %q", tc.head, got, tc.want)
		}
	}
}

func TestJSONDocument(t *testing.T) {
	dir := t.TempDir()
	arr := filepath.Join(dir, "dump.json")
	os.WriteFile(arr, []byte("[\n  {\"id\":\"x1\",\"date\":\"2024-05-01\",\"text\":\"The army left the city.\"},\n  {\"id\":\"x2\",\"date\":\"2024-05-02\",\"text\":7},\n  {\"id\":\"x3\",\"date\":\"2024-05-03\",\"text\":\"Talks resumed.\"}\n]\n"), 0o644)
	one := filepath.Join(dir, "one.json")
	os.WriteFile(one, []byte(`{"id":"o1","date":"2024-05-04","text":"The envoy returned."}`), 0o644)
	cut := filepath.Join(dir, "cut.json")
	os.WriteFile(cut, []byte("[{\"id\":\"c1\",\"date\":\"2024-05-05\",\"text\":\"Fine.\"},\n{\"id\":\"c2\",\"te"), 0o644)
	lines := filepath.Join(dir, "lines.json")
	os.WriteFile(lines, []byte("{\"id\":\"l1\",\"date\":\"2024-05-06\",\"text\":\"One.\"}\n{\"id\":\"l2\",\"date\":\"2024-05-07\",\"text\":\"Two.\"}\n"), 0o644)
	as := readAll(t, []string{arr, one, cut, lines}, Options{})
	if len(as) != 8 {
		t.Fatalf("got %d articles, want 8", len(as))
	}
	if as[6].ID != "l1" || as[7].ID != "l2" {
		t.Errorf("JSON Lines in a .json file: %q %q", as[6].ID, as[7].ID)
	}
	pretty := "{\n  \"id\": \"p1\",\n  \"date\": \"2024-05-08\",\n  \"text\": \"Pretty.\"\n}\n"
	if got := readAll(t, []string{"-"}, Options{Stdin: strings.NewReader(pretty)}); len(got) != 1 || got[0].ID != "p1" {
		t.Errorf("pretty-printed object on stdin: %+v", got)
	}
	if as[0].ID != "x1" || as[0].Raw != "The army left the city." || as[0].Origin != arr+":2" {
		t.Errorf("first record: %+v", as[0])
	}
	if d := firstDiag(as[1], model.Error); d == nil || d.Line != 3 || !strings.Contains(d.Message, `"text"`) {
		t.Errorf("wrong-typed record: %v", as[1].Diagnostics)
	}
	if as[2].ID != "x3" || as[3].ID != "o1" || as[4].ID != "c1" {
		t.Errorf("ids %q %q %q", as[2].ID, as[3].ID, as[4].ID)
	}
	if d := firstDiag(as[5], model.Error); d == nil || !strings.Contains(d.Message, "truncated") {
		t.Errorf("truncated array: %v", as[5].Diagnostics)
	}
}

// TestHTMLCharset reads a page declared and written in ISO-8859-1.
func TestHTMLCharset(t *testing.T) {
	body := strings.Repeat("<p>Delegates from Paraguay and Bolivia met in Asunci\xf3n on Monday to discuss river transport and the shared hydroelectric dam.</p>\n", 4)
	page := "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>River talks</title></head><body><article>" + body + "</article></body></html>"
	p := filepath.Join(t.TempDir(), "latin1.html")
	os.WriteFile(p, []byte(page), 0o644)
	as := readAll(t, []string{p}, Options{Date: date("2024-06-01")})
	if len(as) != 1 || !strings.Contains(as[0].Raw, "Asunción") {
		t.Fatalf("Latin-1 page: %+v", as)
	}
}

// TestJSONLTitleOnly: a record with a headline but no body is coded from its
// headline, with a warning; one with neither stays an error.
func TestJSONLTitleOnly(t *testing.T) {
	p := filepath.Join(t.TempDir(), "wire.jsonl")
	body := `{"id":"h1","date":"2025-01-02","title":"Chile and Peru sign fishing accord"}` + "\n" +
		`{"id":"h2","date":"2025-01-02","title":"  "}` + "\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := Open([]string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	a, err := src.Next()
	if err != nil {
		t.Fatal(err)
	}
	if a.Raw != "Chile and Peru sign fishing accord" || len(a.Diagnostics) != 1 || a.Diagnostics[0].Severity != model.Warning || a.Diagnostics[0].Line != 1 {
		t.Errorf("title-only record: raw %q, diagnostics %v", a.Raw, a.Diagnostics)
	}
	b, err := src.Next()
	if err != nil {
		t.Fatal(err)
	}
	if b.Raw != "" || len(b.Diagnostics) == 0 || b.Diagnostics[0].Severity != model.Error {
		t.Errorf("empty record: raw %q, diagnostics %v", b.Raw, b.Diagnostics)
	}
}
