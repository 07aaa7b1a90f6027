package ingest

import (
	"regexp"
	"strings"
	"time"

	"dyad/internal/model"
)

// headerRE matches one header line of the dated-text format. The date line
// may carry the start of the text after the date.
var headerRE = regexp.MustCompile(`^[ \t]*(date|Date|DATE|title|url|source|id|language)(?:[ \t]*:[ \t]*|[ \t]+)(.*)$`)

// maxTitle is the longest first line taken as a title in plain text.
const maxTitle = 200

// parseText reads one dated or plain text document. path names the input in
// diagnostics; b is its content, already size-checked.
func parseText(path string, b []byte, opt *Options) *model.Article {
	a := &model.Article{ID: baseID(path), Origin: path}
	if len(b) == 0 {
		return failed(a.ID, path, path, 0, "", "empty file")
	}
	if looksBinary(b) {
		return failed(a.ID, path, path, 0, "", "binary file, not text (NUL or control bytes in its first 8 KiB)")
	}
	s, bad := fixUTF8(string(stripBOM(b)), 1)
	if bad > 0 {
		a.Diagnostics = append(a.Diagnostics, diag(model.Warning, path, bad, "", "invalid UTF-8 replaced by U+FFFD (first at this line)"))
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")

	// Header lines.
	line := 1
	var dateText string
	haveDate := false
	for {
		nl := strings.IndexByte(s, '\n')
		first := s
		if nl >= 0 {
			first = s[:nl]
		}
		m := headerRE.FindStringSubmatch(first)
		if m == nil {
			break
		}
		key, val := strings.ToLower(m[1]), strings.TrimSpace(m[2])
		if key == "date" {
			// "Date palms grow …" is text, not a header: a date starts with a digit.
			if haveDate || val == "" || val[0] < '0' || val[0] > '9' {
				break
			}
			f := strings.Fields(val)
			dateText = f[0]
			haveDate = true
			t, ok := ParseDate(dateText)
			if !ok {
				return failed(a.ID, path, path, line, "", "malformed date %q (want YYYY-MM-DD)", dateText)
			}
			a.Date = day(t)
			// Text may continue on the date line.
			rest := strings.TrimSpace(strings.TrimPrefix(val, dateText))
			if rest != "" {
				s = rest + s[len(first):]
				break
			}
		} else {
			switch key {
			case "title":
				a.Title = val
			case "url":
				a.URL = val
			case "source":
				a.Source = val
			case "id":
				a.ID = val
			case "language":
				a.Language = val
			}
		}
		if nl < 0 {
			s = ""
			break
		}
		s = s[nl+1:]
		line++
	}

	body := strings.TrimSpace(s)
	if body == "" {
		if haveDate {
			return failed(a.ID, path, path, line, "", "no text after the header")
		}
		return failed(a.ID, path, path, 0, "", "file has no text (only white space)")
	}
	if a.Title == "" {
		if t, rest, ok := splitTitle(body); ok {
			a.Title, body = t, rest
		}
	}
	a.Raw = body

	if !haveDate && !setFallbackDate(a, path, opt) {
		return undated(a, opt, diag(model.Error, path, 0, "", "no date: start the file with a line \"date YYYY-MM-DD\", put the date in the file name, or pass --date"))
	}
	return a
}

// splitTitle takes a short first line followed by a blank line, not ending
// like a sentence, as the title.
func splitTitle(body string) (title, rest string, ok bool) {
	i := strings.Index(body, "\n\n")
	if i <= 0 || i > maxTitle || strings.ContainsRune(body[:i], '\n') {
		return "", body, false
	}
	t := strings.TrimSpace(body[:i])
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".,;:!?\"'") {
		return "", body, false
	}
	rest = strings.TrimSpace(body[i:])
	if rest == "" {
		return "", body, false
	}
	return t, rest, true
}

// setFallbackDate dates an article that carries no date of its own: from a
// date in the file name, else from Options.Date. It reports whether it found one.
func setFallbackDate(a *model.Article, path string, opt *Options) bool {
	if t, ok := DateFromName(path); ok {
		a.Date = t
		a.Diagnostics = append(a.Diagnostics, diag(model.Info, path, 0, "", "date %s taken from the file name", t.Format(time.DateOnly)))
		return true
	}
	if !opt.Date.IsZero() {
		a.Date = day(opt.Date)
		return true
	}
	return false
}

// undated handles an article with no date: an Error (and no text) unless
// the caller allows undated articles.
func undated(a *model.Article, opt *Options, d model.Diagnostic) *model.Article {
	d.Severity = model.Error
	if opt.AllowUndated {
		d.Severity = model.Warning
	} else {
		a.Raw = ""
	}
	a.Diagnostics = append(a.Diagnostics, d)
	return a
}
