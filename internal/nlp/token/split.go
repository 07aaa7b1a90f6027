package token

import (
	"unicode"
)

// boundary reports whether a sentence that began at token first ends after
// token i (which is not the last token).
func boundary(text string, toks []raw, first, i int) bool {
	t, next := toks[i], toks[i+1]
	if next.nl >= 2 {
		return true // paragraph break
	}
	if n := i - first + 1; n >= hardMaxTokens {
		return true
	} else if n >= softMaxTokens && t.kind == kPunct && isClauseBreak(text[t.start:t.end]) {
		return true
	}
	tt := text[t.start:t.end]
	switch {
	case t.kind == kPunct && isFinal(tt):
		if next.start == t.end && isCloser(text[next.start:next.end]) {
			return false // the closing quote or bracket ends the sentence
		}
		if citationAfter(text, toks, i) {
			return false // "... research. [1]": the citation stays with its sentence
		}
		return endsBefore(text, tt, next, false)
	case tt == "]" && citationEnd(text, toks, first, i):
		if citationAfter(text, toks, i) {
			return false
		}
		return endsBefore(text, ".", next, false)
	case t.kind == kPunct && isCloser(tt):
		// A closer right after sentence-final punctuation: `"...done."`
		j := i
		for j > first && toks[j].kind == kPunct && isCloser(text[toks[j].start:toks[j].end]) && toks[j].start == toks[j-1].end {
			j--
		}
		if j < i && toks[j].kind == kPunct && isFinal(text[toks[j].start:toks[j].end]) {
			if next.start == t.end && isCloser(text[next.start:next.end]) {
				return false
			}
			return endsBefore(text, text[toks[j].start:toks[j].end], next, true)
		}
	case t.kind == kAbbrev:
		if abbrevClassOf(tt) == abTitle {
			return false
		}
		nt := text[next.start:next.end]
		if starters[nt] || next.nl > 0 && startsUpper(nt) {
			return true
		}
		return isClockSuffix(tt) && startsUpper(nt) && !isAllCapsWord(nt) && !timeZoneWords[nt]
	}
	if next.nl == 1 {
		return headlineBreak(text, toks, first, i)
	}
	return false
}

// endsBefore decides a boundary after sentence-final punctuation p, given
// the next token; quoted says a closing quote came between them.
func endsBefore(text, p string, next raw, quoted bool) bool {
	nt := text[next.start:next.end]
	switch nt {
	case ",", ";", ":", ")", "]":
		return false
	}
	if isFinal(nt) {
		return false // "(until gone?)."
	}
	r, _ := decode(nt, 0)
	if quoted && unicode.IsLower(r) && next.nl == 0 {
		return false // `"Do you want it?" she says.`
	}
	if unicode.IsLower(r) && p != "." && p != "!" && p != "?" {
		// "I think... maybe not": an ellipsis before a lower-case word
		// continues the sentence.
		return false
	}
	return true
}

// headlineBreak decides whether the single line break after token i ends a
// sentence: a headline, a byline, a list item or a title has no final
// punctuation but is not continued on the next line, while hard-wrapped
// prose is.
func headlineBreak(text string, toks []raw, first, i int) bool {
	t, next := toks[i], toks[i+1]
	tt, nt := text[t.start:t.end], text[next.start:next.end]
	switch tt {
	case ",", ";", "(", "[", "-", "&", "/", "\u2013", "\u2014", "--":
		return false
	}
	r, _ := decode(nt, 0)
	bullet := nt == "-" || nt == "*" || nt == "\u2022" || nt == "\u00b7" || nt == "--"
	if !bullet && !unicode.IsUpper(r) && !unicode.IsDigit(r) && nt != "\"" && nt != "\u201c" {
		return false
	}
	if bullet {
		return true
	}
	// Words on the ending line, and how many are capitalised.
	ls := i
	for ls > first && toks[ls].nl == 0 {
		ls--
	}
	words, caps := 0, 0
	for j := ls; j <= i; j++ {
		w := text[toks[j].start:toks[j].end]
		r, _ := decode(w, 0)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) || unicode.IsDigit(r) || isMinorWord(w) {
			caps++
		}
	}
	if words == 0 {
		return true
	}
	return caps*10 >= words*7 || words <= 2 && caps == words
}

// isMinorWord lists the short words that headlines leave in lower case.
func isMinorWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "vs", "from":
		return true
	}
	return false
}

// isFinal reports sentence-final punctuation: ".", "!", "?", "...", "…", "?!".
func isFinal(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r != '.' && r != '!' && r != '?' && r != '\u2026' {
			return false
		}
	}
	return true
}

// isCloser reports closing quotes and brackets that stay with the sentence
// they close.
func isCloser(s string) bool {
	switch s {
	case ")", "]", "}", "\"", "'", "''", "\u201d", "\u2019", "\u00bb", "\u203a":
		return true
	}
	return false
}

func isClauseBreak(s string) bool {
	switch s {
	case ",", ";", ":", "-", "--", "\u2013", "\u2014":
		return true
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := decode(s, 0)
	return unicode.IsUpper(r)
}

// citationAfter reports a bracketed citation ("[12]", "[3 – 5]") right
// after token i: UD attaches it to the sentence before.
func citationAfter(text string, toks []raw, i int) bool {
	if i+2 >= len(toks) || text[toks[i+1].start:toks[i+1].end] != "[" || toks[i+1].nl > 0 {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+6; j++ {
		w := text[toks[j].start:toks[j].end]
		if w == "]" {
			return j > i+2
		}
		if !isNumber(w) && !isClauseBreak(w) && w != "citation" && w != "needed" && w != "source" && w != "better" && w != "clarification" {
			return false
		}
	}
	return false
}

// citationEnd reports that the "]" at i closes a citation that follows
// sentence-final punctuation.
func citationEnd(text string, toks []raw, first, i int) bool {
	for j := i - 1; j > first && j >= i-6; j-- {
		if text[toks[j].start:toks[j].end] == "[" {
			p := toks[j-1]
			pt := text[p.start:p.end]
			if pt == "]" && citationAfter(text, toks, j-1) {
				return citationEnd(text, toks, first, j-1) // "[4] [5]"
			}
			return p.kind == kPunct && (isFinal(pt) || isCloser(pt)) && citationAfter(text, toks, j-1)
		}
	}
	return false
}

// isClockSuffix reports "a.m." and "p.m.": a capitalised word after them
// starts a new sentence unless it names a time zone ("3 p.m. EST",
// "8 p.m. Eastern").
func isClockSuffix(tok string) bool {
	switch tok {
	case "a.m.", "p.m.", "A.M.", "P.M.":
		return true
	}
	return false
}

var timeZoneWords = map[string]bool{
	"Eastern": true, "Pacific": true, "Central": true, "Mountain": true, "Greenwich": true,
	"Moscow": true, "Beijing": true, "Tokyo": true, "London": true, "Israel": true, "Gaza": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true,
}

func isAllCapsWord(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
