package coder

import (
	"strconv"
	"strings"
	"time"

	"dyad/internal/model"
)

// dateExpr is a date the sentence states, resolved against the article date.
type dateExpr struct {
	head    int // the token the expression hangs from the tree by
	lo, hi  int // tokens [lo, hi)
	when    time.Time
	weekday bool // a bare weekday name: resolved forward for future events
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// collectDates finds the date expressions of the current sentence.
func (w *work) collectDates() {
	w.dated = true
	w.dates = w.dates[:0]
	t := &w.t
	ad := isoDay(w.a.Date)
	if w.a.Date.IsZero() {
		ad = time.Time{}
	}
	n := len(t.toks)
	for i := 0; i < n; i++ {
		l := strings.TrimSuffix(t.textLC[i], ".")
		prevLast := i > 0 && strings.EqualFold(t.toks[i-1].Text, "last")
		switch {
		case l == "yesterday" || l == "today" || l == "tomorrow" || l == "tonight":
			if ad.IsZero() {
				continue
			}
			d := map[string]int{"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[l]
			w.dates = append(w.dates, dateExpr{head: i, lo: i, hi: i + 1, when: ad.AddDate(0, 0, d)})
		case weekdays[l] != 0 || l == "sunday":
			if ad.IsZero() || t.toks[i].Text[0] < 'A' || t.toks[i].Text[0] > 'Z' {
				continue
			}
			back := (int(ad.Weekday()) - int(weekdays[l]) + 7) % 7
			lo := i
			if prevLast {
				lo = i - 1
				if back == 0 {
					back = 7
				}
			}
			w.dates = append(w.dates, dateExpr{head: i, lo: lo, hi: i + 1, when: ad.AddDate(0, 0, -back), weekday: !prevLast})
		case (l == "week" || l == "month") && prevLast:
			if ad.IsZero() {
				continue
			}
			d := ad.AddDate(0, 0, -7)
			if l == "month" {
				d = ad.AddDate(0, -1, 0)
			}
			w.dates = append(w.dates, dateExpr{head: i, lo: i - 1, hi: i + 1, when: d})
		case months[l] != 0 && t.toks[i].Text[0] >= 'A' && t.toks[i].Text[0] <= 'Z':
			if l == "may" && t.toks[i].UPOS == "AUX" {
				continue
			}
			mon := months[l]
			day, lo, hi := 0, i, i+1
			if i+1 < n {
				if d, err := strconv.Atoi(strings.TrimRight(t.toks[i+1].Text, "stndrh")); err == nil && d >= 1 && d <= 31 {
					day, hi = d, i+2
				}
			}
			if day == 0 && i > 0 {
				if d, err := strconv.Atoi(strings.TrimRight(t.toks[i-1].Text, "stndrh")); err == nil && d >= 1 && d <= 31 {
					day, lo = d, i-1
				}
			}
			if day == 0 {
				continue
			}
			year, explicit := ad.Year(), false
			k := hi
			if k < n && t.toks[k].Text == "," {
				k++
			}
			if k < n {
				if y, err := strconv.Atoi(t.toks[k].Text); err == nil && y >= 1900 && y <= 2200 {
					year, explicit, hi = y, true, k+1
				}
			}
			if ad.IsZero() && !explicit {
				continue
			}
			d := time.Date(year, mon, day, 0, 0, 0, 0, time.UTC)
			if !explicit && d.After(ad.AddDate(0, 0, 1)) {
				d = d.AddDate(-1, 0, 0) // "March 12" in a January article is last year's
			}
			w.dates = append(w.dates, dateExpr{head: i, lo: lo, hi: hi, when: d})
			i = hi - 1
		}
	}
}

// eventDate picks the date of a match: a date expression hanging from the
// event's clause, or the sentence's only date expression, or the article
// date.
func (w *work) eventDate(m *match, f model.Flags) (time.Time, string) {
	def := isoDay(w.a.Date)
	if w.a.Date.IsZero() {
		def = time.Time{}
	}
	if !w.dated {
		w.collectDates()
	}
	if len(w.dates) == 0 {
		return def, ""
	}
	t := &w.t
	pick := -1
	for k, d := range w.dates {
		if w.clauseOf(d.head) == m.anchor || w.clauseOf(d.head) == m.trig {
			pick = k
			break
		}
	}
	if pick < 0 && len(w.dates) == 1 {
		pick = 0
	}
	if pick < 0 {
		return def, ""
	}
	d := w.dates[pick]
	when := d.when
	if d.weekday && f&model.Future != 0 && when.Before(def) {
		when = when.AddDate(0, 0, 7)
	}
	return when, t.tokSpan(d.lo, d.hi).Text(w.a.Text)
}

// clauseOf returns the nearest verbal ancestor of token i (its clause head).
func (w *work) clauseOf(i int) int {
	t := &w.t
	for n := t.head(i); n >= 0; n = t.head(n) {
		if u := t.toks[n].UPOS; u == "VERB" || u == "AUX" {
			return n
		}
		if t.rel(n) == "root" {
			return n
		}
	}
	return -1
}
