package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the forms ParseDate accepts, most common first. Dates
// with a time are reduced to their UTC day only by the caller's choice:
// ParseDate keeps the instant so that feeds keep their times.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02T15:04",
	"20060102",
	"20060102150405",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2006/01/02",
	"2 January 2006",
	"January 2, 2006",
	"Jan 2, 2006",
}

// ParseDate reads a date in the common forms of news data: YYYY-MM-DD,
// RFC 3339, YYYYMMDD (and GDELT's YYYYMMDDhhmmss), RFC 1123, "2 January
// 2006" and "January 2, 2006". The result is in UTC; a date with no time is
// UTC midnight. Years outside 1800–2200 are rejected as typos.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if t, ok := unixDate(s); ok {
		return t, true
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if y := t.Year(); y < 1800 || y > 2200 {
				return time.Time{}, false
			}
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// day truncates t to UTC midnight: the article date is a day.
func day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// nameDateRE finds YYYY-MM-DD, YYYY_MM_DD, YYYY.MM.DD or YYYYMMDD in a file
// name, not glued to other digits.
var nameDateRE = regexp.MustCompile(`(?:^|[^0-9])((?:18|19|20|21)[0-9]{2})[-_.]?([01][0-9])[-_.]?([0-3][0-9])(?:[^0-9]|$)`)

// DateFromName returns the date written in a file name, if any.
func DateFromName(name string) (time.Time, bool) {
	for _, m := range nameDateRE.FindAllStringSubmatch(name, -1) {
		t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
		if err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// unixDate reads Unix seconds (9–10 digits) or milliseconds (12–13 digits),
// the other common numeric form in JSON dumps.
func unixDate(s string) (time.Time, bool) {
	n := len(s)
	if n != 9 && n != 10 && n != 12 && n != 13 {
		return time.Time{}, false
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < 0 {
		return time.Time{}, false
	}
	if n >= 12 {
		return time.UnixMilli(v).UTC(), true
	}
	return time.Unix(v, 0).UTC(), true
}

// urlDateRE finds the /YYYY/MM/DD/ path segments many news sites put in
// article URLs.
var urlDateRE = regexp.MustCompile(`/((?:19|20)[0-9]{2})/([01]?[0-9])/([0-3]?[0-9])(?:/|$)`)

// DateFromURL returns the date in a URL path (/2019/11/19/ or a date as
// DateFromName finds it), if any.
func DateFromURL(u string) (time.Time, bool) {
	if m := urlDateRE.FindStringSubmatch(u); m != nil {
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		y, _ := strconv.Atoi(m[1])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Month() == time.Month(mo) && t.Day() == d {
			return t, true
		}
	}
	return DateFromName(u)
}
