package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// foldMap strips the diacritics that news text writes inconsistently
// ("Türk"/"Turk", "Élysée"/"Elysee", "Erdoğan"/"Erdogan").
var foldMap = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ğ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i", 'į': "i",
	'ł': "l", 'ľ': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'ß': "ss", 'ť': "t", 'ţ': "t", 'ț': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d",
	'’': "'", '‘': "'", 'ʼ': "'", '`': "'", '‐': "-", '‑': "-", '–': "-",
}

// fold returns the matching key of a word: lower case, diacritics and
// curly apostrophes folded. ASCII lower-case words are returned as they
// are, without allocating.
func fold(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') || c == '`' {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := foldMap[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Case rules for one dictionary word.
const (
	caseAny   uint8 = iota // written in lower case: any case matches
	caseUpper              // capitalised: the text word must start with a capital
	caseExact              // short acronym ("US", "UN", "IS", "AP"): the text must be identical
)

// caseRule derives the case rule of a dictionary word. Capitalised words
// need a capitalised text word ("Chad", "Jordan", "Turkey" are common words
// too); all-capital words of up to three letters ("US", "IS", "U.S.") must
// be written exactly so; longer acronyms accept "Nato" as well as "NATO".
func caseRule(w string, acronym bool) uint8 {
	letters, upper := 0, 0
	first := true
	firstUpper := false
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			if first {
				firstUpper = unicode.IsUpper(r)
				first = false
			}
		}
	}
	switch {
	case letters == 0:
		return caseAny
	case acronym || (upper == letters && letters >= 2 && letters <= 3):
		return caseExact
	case firstUpper:
		return caseUpper
	}
	return caseAny
}

// caseOK checks a text word against a dictionary word's rule.
func caseOK(rule uint8, dict, text string) bool {
	switch rule {
	case caseUpper:
		r, _ := utf8.DecodeRuneInString(text)
		return !unicode.IsLower(r)
	case caseExact:
		return text == dict || strings.ReplaceAll(text, "’", "'") == dict
	}
	return true
}

// splitPhrase splits a dictionary phrase into words the way the tokenizer
// splits text (UD conventions): "'s" is its own word, hyphens are their own
// words ("al-Qaeda" → "al" "-" "Qaeda"). When the phrase has a hyphen, the
// unsplit form is returned as a second variant, so that either tokenizer
// convention matches.
func splitPhrase(p string) [][]string {
	var split, joined []string
	hyphen := false
	for _, w := range strings.Fields(p) {
		joined = append(joined, splitPossessive(w)...)
		for _, x := range splitPossessive(w) {
			if len(x) > 1 && strings.ContainsAny(x, "-‐‑") && !strings.HasPrefix(x, "-") {
				hyphen = true
				parts := strings.FieldsFunc(x, func(r rune) bool { return r == '-' || r == '‐' || r == '‑' })
				for i, q := range parts {
					if i > 0 {
						split = append(split, "-")
					}
					split = append(split, q)
				}
				continue
			}
			split = append(split, x)
		}
	}
	if hyphen {
		return [][]string{split, joined}
	}
	return [][]string{split}
}

func splitPossessive(w string) []string {
	for _, s := range []string{"'s", "’s"} {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return []string{w[:len(w)-len(s)], s}
		}
	}
	return []string{w}
}

// plural forms a plural of an English noun or demonym ("Israeli" →
// "Israelis", "militia" → "militias", "spokesman" → "spokesmen",
// "party" → "parties").
func plural(w string) string {
	lw := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lw, "man"):
		return w[:len(w)-2] + "en"
	case strings.HasSuffix(lw, "y") && len(lw) > 1 && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(lw, "s"), strings.HasSuffix(lw, "x"), strings.HasSuffix(lw, "sh"), strings.HasSuffix(lw, "ch"):
		return w + "es"
	}
	return w + "s"
}

// pluralisable reports whether a phrase of this form gets an automatic
// plural: demonyms ("Israelis") and adjectives that are also demonyms by
// their ending ("Iranian"→"Iranians"); not "Chinese", "British".
func pluralisable(form, last string) bool {
	switch form {
	case "demonym":
		return true
	case "adjective":
		l := strings.ToLower(last)
		return strings.HasSuffix(l, "i") || strings.HasSuffix(l, "an")
	}
	return false
}

// foldAppend appends the folded form of s (see fold) to dst.
func foldAppend(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			} else if c == '`' {
				c = '\''
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		r = unicode.ToLower(r)
		if f, ok := foldMap[r]; ok {
			dst = append(dst, f...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// viewOf returns b as a string without copying. The caller must not
// change b while the string is in use: the matcher's keys view the
// scratch buffer of one sentence and are dropped before it is reused.
func viewOf(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
