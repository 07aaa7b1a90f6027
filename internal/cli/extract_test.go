package cli

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

func TestExtractHTML(t *testing.T) {
	const page = "testdata/amman.html"
	code, out, errs := runCLIStdin(t, "", "extract", page)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"The foreign ministers of Jordan and Egypt met in Amman on Wednesday",
		"Jordan's foreign minister praised the Egyptian delegation",
		"expected to meet again in Cairo next month",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("body lacks %q:\n%s", want, out)
		}
	}
	// Navigation, footer and the <title> suffix are boilerplate.
	for _, junk := range []string{"Home", "Subscribe now", "Sport", "Privacy policy", "Copyright", "| Daily Ledger"} {
		if strings.Contains(out, junk) {
			t.Errorf("body keeps boilerplate %q:\n%s", junk, out)
		}
	}
	// Paragraphs stay apart, one blank line between them.
	if n := strings.Count(strings.TrimSpace(out), "\n\n"); n != 2 {
		t.Errorf("%d paragraph breaks, want 2:\n%s", n, out)
	}

	code, out, errs = runCLIStdin(t, "", "extract", page, "--json")
	if code != ExitOK {
		t.Fatalf("--json: exit %d: %s", code, errs)
	}
	var x struct {
		ID, Title, Date, Text, Language string
	}
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatalf("--json output does not parse: %v\n%s", err, out)
	}
	if x.Title != "Ministers meet in Amman" || x.Date != "2025-05-14" || x.ID != "amman" || !strings.HasPrefix(x.Text, "The foreign ministers") {
		t.Errorf("--json = %+v", x)
	}
}

func TestExtractErrors(t *testing.T) {
	if code, _, _ := runCLIStdin(t, "", "extract"); code != ExitUsage {
		t.Errorf("no input: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := runCLIStdin(t, "", "extract", "testdata/amman.html", "--focus", "sideways"); code != ExitUsage {
		t.Errorf("--focus sideways: exit %d, want %d", code, ExitUsage)
	}
	// Undated text is still extracted; several articles are parted by "---".
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "Jordan hosted the talks.\n")
	b := writeFile(t, dir, "b.txt", "Egypt sent a delegation.\n")
	code, out, errs := runCLIStdin(t, "", "extract", a, b)
	if code != ExitOK || out != "Jordan hosted the talks.\n\n---\n\nEgypt sent a delegation.\n" {
		t.Errorf("two undated texts: exit %d, stderr %q, out %q", code, errs, out)
	}
	// HTML from stdin.
	code, out, _ = runCLIStdin(t, "<html><body><article><p>Jordan hosted the talks on aid routes and border crossings with senior officials from the region.</p></article></body></html>", "extract", "-", "--input-format", "html")
	if code != ExitOK || !strings.Contains(out, "Jordan hosted the talks") || strings.Contains(out, "<p>") {
		t.Errorf("HTML on stdin: exit %d, out %q", code, out)
	}
}

// TestExtractMinifiedHTML: pages often come without whitespace between
// tags; the extracted body must be the same as for the indented page.
func TestExtractMinifiedHTML(t *testing.T) {
	const (
		p1 = "Egypt condemned Israel after the strike on the border crossing, officials in Cairo said on the day."
		p2 = "Jordan praised Qatar for its long mediation between the two sides during the past week of talks."
	)
	dir := t.TempDir()
	tests := []struct {
		name, html, want string
	}{
		{
			name: "two paragraphs, minified",
			html: "<html><head><title>Crossing row</title></head><body><article><p>" + p1 + "</p><p>" + p2 + "</p></article></body></html>",
			want: p1 + "\n\n" + p2,
		},
		{
			name: "two paragraphs, indented",
			html: "<html>\n<head>\n<title>Crossing row</title>\n</head>\n<body>\n<article>\n<p>" + p1 + "</p>\n<p>" + p2 + "</p>\n</article>\n</body>\n</html>\n",
			want: p1 + "\n\n" + p2,
		},
		{
			name: "one paragraph",
			html: "<html>\n<head>\n<title>Crossing row</title>\n</head>\n<body>\n<article>\n<p>" + p1 + "</p>\n</article>\n</body>\n</html>\n",
			want: p1,
		},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, dir, "page"+strconv.Itoa(i)+".html", tc.html)
			code, out, errs := runCLIStdin(t, "", "extract", p)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if got := strings.TrimSpace(out); got != tc.want {
				t.Errorf("body\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}
