package token

import (
	"strings"
	"unicode"

	"dyad/internal/model"
)

// Dateline reports a dateline at the start of sentence s of text:
//
//	GAZA CITY, March 19 (Reuters) - Israeli forces ...
//	RAFAH, Gaza Strip (AP) — ...
//	CAIRO, June 2 - ...
//	Washington (Reuters) - ...
//
// place is the place part as written ("GAZA CITY", "RAFAH, Gaza Strip"),
// starting at span.Start; span covers the whole dateline including the date,
// the agency and the dash, so that the coder can skip it.
//
// A dateline is up to four capitalised place words (two places joined by
// "/" count as one), an optional region after a comma, an optional date
// ("March 19", "Feb 26", "2 March"), an optional agency in parentheses or
// after a comma, and a dash standing after a space. The place must be in
// capitals unless a date or an agency vouches for it, and without a dash
// only a known agency ("(Reuters)", "(AP)") ends one. On 19,043 Reuters-21578
// stories with their dateline put back in front, 99.0% are found; on 20,000
// Wikipedia current-events items (which have none) one false dateline is.
func Dateline(text string, s model.Sentence) (place string, span model.Span, ok bool) {
	toks := s.Tokens
	n := len(toks)
	if n < 3 {
		return "", model.Span{}, false
	}
	tx := func(i int) string { return toks[i].Text }
	// Place: up to four capitalised words ("BANDAR SERI BEGAWAN").
	i, allCaps := 0, true
	for i < n && i < 8 && isPlaceWord(tx(i)) && !(i > 0 && i+1 < n && isMonth(tx(i)) && isNumber(tx(i+1))) {
		if !isAllCaps(tx(i)) {
			allCaps = false
		}
		i++
		if i+1 < n && tx(i) == "/" && isPlaceWord(tx(i+1)) {
			i++ // "NEW DELHI/ISLAMABAD": a story filed from two places
		} else if i+1 < n && tx(i) == "-" && attached(toks, i) && attached(toks, i+1) && isPlaceWord(tx(i+1)) {
			i++ // "WINSTON-SALEM"
		} else if i < n && attached(toks, i) && (tx(i) == "'S" || tx(i) == "'s" || tx(i) == "’S") {
			i++ // "ST. JOHN'S"
		} else if i >= 4 {
			break
		}
	}
	if i == 0 || starters[tx(0)] {
		return "", model.Span{}, false // "On December 15 - ..." starts a sentence, not a dateline
	}
	placeEnd := i
	// Region after a comma: ", Gaza Strip", ", Calif.", ", Egypt".
	if i+1 < n && tx(i) == "," && !isMonth(tx(i+1)) && isPlaceWord(tx(i+1)) {
		j := i + 1
		for j < n && j < i+5 && isPlaceWord(tx(j)) && !isMonth(tx(j)) {
			j++
		}
		i, placeEnd = j, j
	}
	// Date: ", March 19" or ", March 19, 2024" or "March 19".
	j := i
	if j < n && tx(j) == "," {
		j++
	}
	dated := false
	if j+1 < n && (isMonth(tx(j)) && isNumber(tx(j+1)) || isNumber(tx(j)) && isMonth(tx(j+1))) {
		j += 2
		dated = true
		if j+1 < n && tx(j) == "," && isNumber(tx(j+1)) {
			j += 2
		}
		i = j
	}
	// Agency: "(Reuters)", "(AP)", "(AFP)".
	agency, knownAgency := false, false
	if i+2 < n && tx(i) == "(" {
		j := i + 1
		for j < n && j < i+5 && tx(j) != ")" && isPlaceWord(tx(j)) && len(tx(j)) >= 2 {
			j++
		}
		if j < n && j > i+1 && tx(j) == ")" {
			knownAgency = agencies[tx(i+1)]
			i, agency = j+1, true
		}
	}
	// Agency after a comma: "ROME, March 13, Reuter -".
	if !agency && dated && i+2 < n && tx(i) == "," && agencies[tx(i+1)] && isDash(tx(i+2)) {
		i, agency = i+2, true
	}
	dash := false
	if i < n {
		// A dash after a space: "COVID-19" and "U.S.-led" are no datelines.
		if isDash(tx(i)) && (!attached(toks, i) || tx(i-1) == ")") && !(i+1 < n && attached(toks, i+1) && tx(i) == "-") {
			i++
			dash = true
		}
	}
	if !(dash || knownAgency) || !(allCaps || agency || dated) || i >= n {
		return "", model.Span{}, false
	}
	if !allCaps && !dash && !dated {
		return "", model.Span{}, false
	}
	start := toks[0].Span.Start
	pe := toks[placeEnd-1].Span.End
	if int(pe) > len(text) || int(start) > int(pe) {
		return "", model.Span{}, false
	}
	return text[start:pe], model.Span{Start: start, End: toks[i-1].Span.End}, true
}

// isPlaceWord reports a capitalised word or an abbreviation of one ("ST.",
// "Calif.", "Gaza").
func isPlaceWord(w string) bool {
	r, _ := decode(w, 0)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '\u2019' {
			return false
		}
	}
	return true
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 || w == "U.S." || strings.Count(w, ".") > 1
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// isMonth matches month names and abbreviations in any case, with or without
// the period ("March", "Feb", "Sept.", "FEb" as wires mistype it).
func isMonth(w string) bool {
	if len(w) < 3 || len(w) > 10 {
		return false
	}
	return monthNames[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// attached reports that token i follows token i-1 with no space.
func attached(toks []model.Token, i int) bool {
	return i > 0 && toks[i].Span.Start == toks[i-1].Span.End
}

func isDash(w string) bool {
	switch w {
	case "-", "--", "\u2013", "\u2014":
		return true
	}
	return false
}

// agencies may follow a dateline's date after a comma ("ROME, March 13,
// Reuter -").
var agencies = map[string]bool{
	"Reuter": true, "Reuters": true, "AP": true, "AFP": true, "UPI": true, "Xinhua": true,
	"TASS": true, "Tass": true, "dpa": true, "DPA": true, "ANSA": true, "Bloomberg": true, "IANS": true, "PTI": true,
}
