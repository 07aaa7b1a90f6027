package token

import (
	"strings"
	"unicode"
)

// splitChunk tokenizes text[a:b], a run without whitespace.
func splitChunk(text string, a, b int, out []raw) []raw {
	if u0, u1, ok := findURL(text, a, b); ok {
		out = splitGeneric(text, a, u0, out)
		out = append(out, raw{start: int32(u0), end: int32(u1), kind: kURL})
		return splitGeneric(text, u1, b, out)
	}
	return splitGeneric(text, a, b, out)
}

// findURL finds a URL or e-mail address in the chunk text[a:b], after any
// opening punctuation and before trailing punctuation.
func findURL(text string, a, b int) (int, int, bool) {
	s := text[a:b]
	if len(s) < 5 || !(strings.Contains(s, "://") || strings.Contains(s, "www.") || strings.Contains(s, "WWW.") || strings.IndexByte(s, '@') > 0) {
		return 0, 0, false
	}
	u0 := a
	for u0 < b && strings.IndexByte("([{<\"'`", text[u0]) >= 0 {
		u0++
	}
	u1 := b
	for u1 > u0 && strings.IndexByte(".,;:!?)]}>\"'", text[u1-1]) >= 0 {
		u1--
	}
	// A closing parenthesis belongs to the URL when it opened one inside.
	if u1 < b && text[u1] == ')' && strings.IndexByte(text[u0:u1], '(') >= 0 {
		u1++
	}
	core := text[u0:u1]
	lc := strings.ToLower(core)
	switch {
	case hasScheme(lc):
		return u0, u1, len(core) > 8
	case strings.HasPrefix(lc, "www.") && len(core) > 6:
		return u0, u1, true
	}
	at := strings.IndexByte(core, '@')
	if at > 0 && at < len(core)-2 && isLetterByte(core[at-1]) && isLetterByte(core[at+1]) && strings.IndexByte(core[at+1:], '.') < 0 && strings.IndexByte(core[at+1:], '@') < 0 {
		return u0, u1, true // "Edison@ENRON", a mail system name
	}
	if at > 0 && at < len(core)-3 {
		dom := core[at+1:]
		dot := strings.LastIndexByte(dom, '.')
		if dot > 0 && dot < len(dom)-1 && (isWordRune(rune(core[at-1])) || core[at-1] == '.') && strings.IndexByte(dom, '@') < 0 {
			// "franz371...@gmail.com": mailing-list archives shorten addresses.
			return u0, u1, true
		}
	}
	return 0, 0, false
}

// splitGeneric tokenizes text[a:b] outside URLs.
func splitGeneric(text string, a, b int, out []raw) []raw {
	for p := a; p < b; {
		r, n := decode(text, p)
		if isWordRune(r) {
			q := scanWord(text, p, b)
			kind := kWord
			if q+1 == b && text[q] == '-' && q > p && isLetterByte(text[q-1]) && (q-p <= 3 || hyphenPrefix[lowerASCII(text[p:q])]) {
				q++ // "pre- and post-war", a cut-off word "Th- this"
			}
			if q < b && text[q] == '.' && !(q+1 < b && text[q+1] == '.') && isAbbrev(text, p, q, b) {
				q++
				kind = kAbbrev
			}
			out = emitWord(text, p, q, kind, out)
			p = q
			continue
		}
		q := p + n
		switch r {
		case ':', ';', '=', '(', '^', '<':
			if e := emoticonAt(text, p, b); e > 0 {
				q = p + e
			}
		}
		if (r == '#' || r == '@') && q < b && isLetterByte(text[q]) && (p == a || !isWordRune(rune(text[p-1]))) {
			// Hashtags and handles: "#StandWithUkraine", "@IDF".
			q = scanWord(text, q, b)
			out = append(out, raw{start: int32(p), end: int32(q), kind: kWord})
			p = q
			continue
		}
		if r == '.' && q < b && isDigit(text[q]) && (p == a || !isWordRune(rune(text[p-1]))) {
			// A number without its leading zero: ".5", "batting .324".
			q = scanWord(text, q, b)
			out = append(out, raw{start: int32(p), end: int32(q), kind: kWord})
			p = q
			continue
		}
		if (r == '\'' || r == '\u2019') && q+2 <= b && isDigit(text[q]) && isDigit(text[q+1]) &&
			(q+2 == b || !isWordRune(rune(text[q+2])) || text[q+2] == 's') {
			// "'67", "the '90s": the apostrophe stands for the century.
			q = scanWord(text, q, b)
			out = append(out, raw{start: int32(p), end: int32(q), kind: kWord})
			p = q
			continue
		}
		switch r {
		case '.', '-', '!', '?', '`', '*', '=', '~', '_', '\'', '#':
			// Runs of the same mark are one token ("...", "--", "!!", "``");
			// "?!" and "!?" too.
			for q < b {
				c := text[q]
				if c == byte(r) || (r == '!' || r == '?') && (c == '!' || c == '?') {
					q++
					continue
				}
				break
			}
			if r == '\'' && q-p > 2 {
				q = p + 2
			}
		case '\u2026', '\u2014', '\u2013':
			for q < b {
				r2, n2 := decode(text, q)
				if r2 != r {
					break
				}
				q += n2
			}
		}
		out = append(out, raw{start: int32(p), end: int32(q), kind: kPunct})
		p = q
	}
	return out
}

// scanWord returns the end of the word starting at p: word runes, joined by
// the marks that stay inside a UD word (see the package comment).
func scanWord(text string, p, b int) int {
	q := p
	for q < b {
		r, n := decode(text, q)
		if isWordRune(r) {
			q += n
			continue
		}
		if q+n >= b {
			break
		}
		next, _ := decode(text, q+n)
		if !isWordRune(next) {
			break
		}
		prev := text[q-1]
		join := false
		switch r {
		case '.':
			// "U.S", "e.g", "3.5", "cnn.com"; not "end.The".
			join = isDigit(prev) && unicode.IsDigit(next) || unicode.IsLower(next) || isDigit(text[q+n]) ||
				singleLetterBefore(text, p, q) ||
				// "Ph.D.": a capital standing alone before the next period.
				q-p <= 3 && isUpperASCII(text[q+n]) && q+n+1 < b && text[q+n+1] == '.'
		case ',':
			join = isDigit(prev) && q+n+3 <= b && isDigit(text[q+n]) && isDigit(text[q+n+1]) && isDigit(text[q+n+2]) &&
				(q+n+3 == b || !isDigit(text[q+n+3]))
		case ':':
			join = isDigit(prev) && unicode.IsDigit(next)
		case '/':
			// "9/11", "1/2", and letter pairs such as "b/c", "w/o", "L/C".
			join = isDigit(prev) && unicode.IsDigit(next) ||
				q-p == 1 && isLetterByte(prev) && isLetterByte(text[q+1]) && (q+2 == b || !isWordRune(rune(text[q+2])))
		case '\'', '\u2019':
			join = unicode.IsLetter(next)
		case '-', '\u2011':
			join = true
		case '&':
			// "AT&T", "S&P", "Q&A", "R&D", "Texas A&M".
			join = isLetterByte(prev) && isLetterByte(text[q+1]) && q-p <= 2
		}
		if !join {
			break
		}
		q += n
	}
	return q
}

// singleLetterBefore reports whether text[p:q] ends with a one-letter
// segment after a period or the word start ("U" in "U.S", "S" in "U.S").
func singleLetterBefore(text string, p, q int) bool {
	if q-p < 1 {
		return false
	}
	_, n := lastRune(text[p:q])
	start := q - n
	r, _ := decode(text, start)
	return unicode.IsLetter(r) && (start == p || text[start-1] == '.' || text[start-1] == '-')
}

func lastRune(s string) (rune, int) {
	for i := len(s) - 1; i >= 0 && i >= len(s)-4; i-- {
		if s[i] < 0x80 || s[i] >= 0xC0 {
			r, n := decode(s, i)
			return r, n
		}
	}
	return rune(s[len(s)-1]), 1
}

// emitWord appends the word text[p:q], split at hyphens and clitics.
func emitWord(text string, p, q int, kind tokKind, out []raw) []raw {
	seg := p
	for i := p + 1; i < q-1; i++ {
		c := text[i]
		hy := 1
		if c != '-' {
			if c == 0xE2 && i+2 < q && text[i+1] == 0x80 && text[i+2] == 0x91 { // U+2011 non-breaking hyphen
				hy = 3
			} else {
				continue
			}
		}
		if i+hy >= q || keepHyphen(text, seg, i, i+hy, q) {
			i += hy - 1
			continue
		}
		out = emitPiece(text, seg, i, kWord, out)
		out = append(out, raw{start: int32(i), end: int32(i + hy), kind: kPunct})
		seg = i + hy
		i += hy - 1
	}
	return emitPiece(text, seg, q, kind, out)
}

// keepHyphen decides whether the hyphen text[h:h2] stays inside its word:
// after a bound prefix ("non-", "e-"), between digits ("713-555-0100"), or
// inside an abbreviation with periods.
func keepHyphen(text string, seg, h, h2, q int) bool {
	left := text[seg:h]
	if isDigit(text[h-1]) && isDigit(text[h2]) {
		// Phone numbers stay whole ("713-853-5025"); ranges and scores
		// ("1957-1975", "4-0") are split as UD does.
		l, r := digitsBefore(text, h), digitsAfter(text, h2)
		return l == 3 && r >= 3 || l == 5 && r == 4 // phone numbers, ZIP+4 codes
	}
	if len(left) == 1 && isLetterByte(left[0]) {
		return true // "e-mail", "x-ray", "T-shirt", "U-turn"
	}
	var buf [12]byte
	if len(left) > len(buf) {
		return false
	}
	for i := 0; i < len(left); i++ {
		c := left[i]
		if isUpperASCII(c) {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return hyphenPrefix[string(buf[:len(left)])]
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// hyphenPrefix lists the prefixes after which UD English keeps a hyphenated
// word whole.
var hyphenPrefix = map[string]bool{
	"non": true, "pre": true, "post": true, "anti": true, "pro": true, "co": true, "re": true,
	"ex": true, "mid": true, "multi": true, "semi": true, "sub": true, "neo": true, "inter": true,
	"intra": true, "micro": true, "macro": true, "socio": true, "psycho": true, "cross": true,
	"un": true, "vice": true, "counter": true, "mini": true, "bi": true, "tri": true, "uni": true,
	"quasi": true, "pseudo": true, "ultra": true, "hyper": true, "over": true, "de": true,
	"trans": true, "infra": true, "extra": true, "auto": true, "self": false,
}

// emitPiece appends text[p:q], a word without hyphens to split, after
// splitting off clitics.
func emitPiece(text string, p, q int, kind tokKind, out []raw) []raw {
	if q <= p {
		return out
	}
	w := text[p:q]
	if kind == kWord && isDigit(w[0]) {
		if cut := unitCut(w); cut > 0 {
			out = append(out, raw{start: int32(p), end: int32(p + cut), kind: kWord})
			return append(out, raw{start: int32(p + cut), end: int32(q), kind: kWord})
		}
	}
	if kind == kWord {
		if cut, ok := cliticCut(w); ok && cut > 0 && cut < len(w) {
			out = append(out, raw{start: int32(p), end: int32(p + cut), kind: kWord})
			return append(out, raw{start: int32(p + cut), end: int32(q), kind: kWord})
		}
	}
	return append(out, raw{start: int32(p), end: int32(q), kind: kind})
}

// cliticCut returns where the word w splits into host and clitic, if it does.
func cliticCut(w string) (int, bool) {
	n := len(w)
	if n < 2 {
		return 0, false
	}
	// Apostrophe clitics: n't, 's, 'm, 'd, 'll, 're, 've (ASCII or ’).
	if a, alen := lastApostrophe(w); a > 0 {
		rest := w[a+alen:]
		switch lowerASCII(rest) {
		case "t":
			if a >= 2 && (w[a-1] == 'n' || w[a-1] == 'N') {
				return a - 1, true
			}
		case "s", "m", "d", "ll", "re", "ve":
			if rest == "s" && isDigit(w[a-1]) {
				return 0, false // "the 80's"
			}
			return a, true
		}
		return 0, false
	}
	if n < 3 || n > 8 {
		return 0, false
	}
	switch w[n-1] | 0x20 {
	case 't', 'a', 'e', 's':
	default:
		return 0, false // no fused form ends otherwise
	}
	var buf [12]byte
	for i := 0; i < n; i++ {
		c := w[i]
		if isUpperASCII(c) {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	cut, ok := fusedCut[string(buf[:n])]
	return int(cut), ok
}

// fusedCut lists words written without an apostrophe that UD splits into
// two syntactic words, with the byte where the second begins.
var fusedCut = map[string]uint8{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "gimme": 3, "lemme": 3,
	"dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3, "arent": 3, "werent": 4,
	"couldnt": 5, "wouldnt": 5, "shouldnt": 6, "hasnt": 3, "havent": 4, "hadnt": 3,
	"cant": 2, "wont": 2, "theyre": 4, "youre": 3, "theres": 5, "thats": 4, "shes": 3, "ive": 1,
}

// lastApostrophe finds the last ' or ’ in w: its byte index and length.
func lastApostrophe(w string) (int, int) {
	for i := len(w) - 1; i > 0; i-- {
		switch {
		case w[i] == '\'':
			return i, 1
		case w[i] == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99:
			return i, 3
		}
	}
	return -1, 0
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if isUpperASCII(s[i]) {
			return strings.ToLower(s)
		}
	}
	return s
}

func digitsBefore(text string, h int) int {
	n := 0
	for h-n-1 >= 0 && isDigit(text[h-n-1]) {
		n++
	}
	return n
}

func digitsAfter(text string, h int) int {
	n := 0
	for h+n < len(text) && isDigit(text[h+n]) {
		n++
	}
	return n
}

// emoticons are kept whole, as UD's web treebanks do.
var emoticons = []string{":-)", ":-(", ":-D", ":-P", ";-)", ":o)", ":)", ":(", ":D", ":P", ":p", ";)", ";D", "=)", "(:", "^^", "^_^", "<3", ":/"}

// emoticonAt returns the length of an emoticon at text[p:b] that stands
// alone (followed by the chunk end or punctuation), or 0.
func emoticonAt(text string, p, b int) int {
	for _, e := range emoticons {
		q := p + len(e)
		if q <= b && text[p:q] == e {
			if q == b {
				return len(e)
			}
			r, _ := decode(text, q)
			if !isWordRune(r) {
				return len(e)
			}
		}
	}
	return 0
}

// unitCut returns where a number written together with a unit splits
// ("$221bn", "10am", "5km"), or 0.
func unitCut(w string) int {
	i := 0
	for i < len(w) && (isDigit(w[i]) || w[i] == '.' || w[i] == ',') {
		i++
	}
	if i == len(w) || !isDigit(w[i-1]) {
		return 0
	}
	switch w[i:] {
	case "am", "pm", "bn", "mn", "m", "km", "kg", "cm", "mm", "mph", "kph", "GW", "MW", "kW", "ft", "lb", "lbs", "tn":
		return i
	}
	return 0
}

// hasScheme reports a URL scheme ("http://", "https://", and broken ones
// such as "ttp://" that scraped text carries).
func hasScheme(lc string) bool {
	i := strings.Index(lc, "://")
	if i < 2 || i > 10 {
		return false
	}
	for j := 0; j < i; j++ {
		if lc[j] < 'a' || lc[j] > 'z' {
			return false
		}
	}
	return true
}
