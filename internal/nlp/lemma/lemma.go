package lemma

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dyad/internal/model"
)

// Tables holds the exception lists of a Lemmatizer. Each string is a list
// of lines, fields separated by single spaces:
//
//	Noun, Verb, Adj, Adv: "form lemma" (WordNet exceptions and regular forms
//	                       that the suffix rules get wrong)
//	Learned:              "xpos form lemma" (from UD training data)
//
// Forms are lower case; a learned lemma may carry capitals ("I").
type Tables struct {
	Noun, Verb, Adj, Adv, Learned string
}

// Lemmatizer maps words with their tags to lemmas. It is read-only after
// construction and safe for concurrent use.
type Lemmatizer struct {
	noun, verb, adj, adv map[string]string
	learned              map[tagForm]string
}

type tagForm struct{ xpos, form string }

// New builds a Lemmatizer from exception tables.
func New(t Tables) *Lemmatizer {
	l := &Lemmatizer{
		noun: pairs(t.Noun), verb: pairs(t.Verb), adj: pairs(t.Adj), adv: pairs(t.Adv),
		learned: map[tagForm]string{},
	}
	for line := range strings.SplitSeq(t.Learned, "\n") {
		f := strings.Fields(line)
		if len(f) == 3 {
			l.learned[tagForm{f[0], f[1]}] = f[2]
		}
	}
	return l
}

func pairs(s string) map[string]string {
	m := make(map[string]string, strings.Count(s, "\n")+1)
	for line := range strings.SplitSeq(s, "\n") {
		if form, lemma, ok := strings.Cut(line, " "); ok {
			if _, dup := m[form]; !dup {
				m[form] = lemma
			}
		}
	}
	return m
}

var (
	defaultOnce sync.Once
	defaultLem  *Lemmatizer
)

// Default returns the Lemmatizer built from the generated tables, built
// once per process.
func Default() *Lemmatizer {
	defaultOnce.Do(func() { defaultLem = New(generated) })
	return defaultLem
}

// Lemma returns the lemma of word tagged upos and xpos (PTB), with the
// default tables. Proper nouns keep their case; other words are lower-cased
// as UD English does, except the pronoun "I" and acronyms.
func Lemma(word, upos, xpos string) string { return Default().Lemma(word, upos, xpos) }

// Lemmatize sets Lemma on every token from its Text, UPOS and XPOS, with
// the default tables.
func Lemmatize(toks []model.Token) { Default().Lemmatize(toks) }

// Lemmatize sets Lemma on every token. A capitalised adjective inside a
// sentence that looks like a demonym keeps its case ("Iraqi", "Gazan"), as
// in UD English; other capitalised adjectives (headline case) and those at
// the start of a sentence are lower-cased unless the learned table knows
// them.
func (l *Lemmatizer) Lemmatize(toks []model.Token) {
	for i := range toks {
		t := &toks[i]
		lem := l.Lemma(t.Text, t.UPOS, t.XPOS)
		if i > 0 && (t.XPOS == "JJ" || t.UPOS == "ADJ" && t.XPOS == "") && isCapitalised(t.Text) && demonymLike(t.Text) && !startsSentence(toks, i) {
			lem = t.Text
		}
		if lem == "be" && t.XPOS == "VBZ" && i+1 < len(toks) && (t.Text == "'s" || t.Text == "’s") {
			switch toLower(toks[i+1].Text) {
			case "been", "got", "had", "gotten":
				lem = "have" // "it's been", "he's got"
			}
		}
		t.Lemma = lem
	}
}

// startsSentence reports whether token i follows only opening punctuation.
func startsSentence(toks []model.Token, i int) bool {
	for j := 0; j < i; j++ {
		switch toks[j].Text {
		case "\"", "“", "'", "‘", "(", "[", "-", "--", "—", "*", "•":
		default:
			return false
		}
	}
	return true
}

// Lemma returns the lemma of word tagged upos and xpos.
func (l *Lemmatizer) Lemma(word, upos, xpos string) string {
	if word == "" {
		return ""
	}
	lower := toLower(word)
	if xpos == "" {
		xpos = l.guessXPOS(word, lower, upos)
	}
	if lem, ok := l.learned[tagForm{xpos, lower}]; ok {
		if xpos == "NNP" || xpos == "NNPS" {
			return matchCase(word, lower, lem)
		}
		return lem
	}
	if lem, ok := cliticLemma(lower, xpos); ok {
		return lem
	}
	switch xpos {
	case "NNP":
		return properLemma(word, lower)
	case "NNPS":
		return matchCase(word, lower, l.noun1(lower))
	case "NNS":
		return l.noun1(lower)
	case "NN":
		return lower
	case "VBD", "VBN":
		return l.verbLookup(lower, pastStem)
	case "VBG":
		return l.verbLookup(lower, gerundStem)
	case "VBZ":
		return l.verbLookup(lower, thirdStem)
	case "JJR", "JJS":
		if lem, ok := l.adj[lower]; ok {
			return lem
		}
		return compStem(lower)
	case "RBR", "RBS":
		if lem, ok := l.adv[lower]; ok {
			return lem
		}
		if lem, ok := l.adj[lower]; ok {
			return lem
		}
		return compStem(lower)
	case "CD":
		return numberLemma(word)
	case "FW", "ADD", "NFP", "LS", "SYM", "$", "#", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH":
		return word
	}
	if upos == "PUNCT" || upos == "SYM" || upos == "NUM" || upos == "PROPN" || upos == "X" {
		return word
	}
	return lower
}

func (l *Lemmatizer) noun1(lower string) string {
	if lem, ok := l.noun[lower]; ok {
		return lem
	}
	return nounStem(lower)
}

func (l *Lemmatizer) verbLookup(lower string, rule func(string) string) string {
	if lem, ok := l.verb[lower]; ok {
		return lem
	}
	return rule(lower)
}

// matchCase carries the case of word over to lem, which was computed from
// lower: the shared prefix keeps word's letters ("Americans" → "American",
// "NGOs" → "NGO").
func matchCase(word, lower, lem string) string {
	if word == lower {
		return lem
	}
	n := 0
	for n < len(lem) && n < len(lower) && lem[n] == lower[n] {
		n++
	}
	if n == len(lem) && len(word) == len(lower) {
		return word[:n]
	}
	if len(word) == len(lower) {
		return word[:n] + lem[n:]
	}
	return lem
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// guessXPOS picks a PTB tag from the UD tag and the word's ending when no
// PTB tag is given, as for the words of a dictionary pattern ("attacked"
// VERB → VBD → "attack"; "talks" NOUN → NNS → "talk").
func (l *Lemmatizer) guessXPOS(word, lower, upos string) string {
	switch upos {
	case "PROPN":
		return "NNP"
	case "NOUN":
		if _, ok := l.noun[lower]; ok {
			return "NNS"
		}
		if NounStem(lower) != lower && !strings.HasSuffix(lower, "ics") && !strings.HasSuffix(lower, "news") {
			return "NNS"
		}
		return "NN"
	case "VERB", "AUX":
		switch {
		case strings.HasSuffix(lower, "ing") && len(lower) > 4:
			return "VBG"
		case strings.HasSuffix(lower, "eed"):
			if lower == "agreed" || lower == "freed" || lower == "guaranteed" || lower == "decreed" {
				return "VBD"
			}
			return "VB" // "need", "proceed", "exceed"
		case strings.HasSuffix(lower, "ed") && len(lower) > 3:
			return "VBD"
		case lower == "is" || lower == "has" || lower == "does":
			return "VBZ"
		case lower == "am" || lower == "are":
			return "VBP"
		case strings.HasSuffix(lower, "s") && !strings.HasSuffix(lower, "ss") && len(lower) > 3:
			return "VBZ"
		}
		if _, ok := l.verb[lower]; ok {
			return "VBD" // an irregular past: "went", "fled", "struck"
		}
		return "VB"
	case "ADJ":
		if _, ok := l.adj[lower]; ok {
			return "JJR"
		}
		return "JJ"
	case "ADV":
		return "RB"
	}
	return ""
}

// demonymLike reports adjectives of nationality, religion or place by their
// ending: "Gazan", "Syrian", "Lebanese", "Turkish", "Iraqi", "Dutch".
func demonymLike(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "i", "ch", "ic"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// properLemma keeps a proper noun as written, except that the abbreviated
// months and days are spelled out ("Nov." → "November") and an all
// lower-case name gets its capital ("chicago" → "Chicago"), as UD English
// normalises them.
func properLemma(word, lower string) string {
	if full, ok := dateAbbrev[strings.TrimSuffix(lower, ".")]; ok {
		return full
	}
	if word == lower && len(word) > 2 {
		r, n := utf8.DecodeRuneInString(word)
		if unicode.IsLower(r) {
			return string(unicode.ToUpper(r)) + word[n:]
		}
	}
	return word
}

var dateAbbrev = map[string]string{
	"jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June", "jul": "July",
	"aug": "August", "sep": "September", "sept": "September", "oct": "October", "nov": "November", "dec": "December",
	"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
	"thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
}

// numberLemma drops the thousands separators of a number ("1,200" →
// "1200"), as UD English does.
func numberLemma(word string) string {
	if strings.IndexByte(word, ',') < 0 {
		return word
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; c != ',' && c != '.' && (c < '0' || c > '9') {
			return word
		}
	}
	return strings.ReplaceAll(word, ",", "")
}

// cliticLemma gives the lemmas of the clitics and fused forms the tokenizer
// splits off, so that they do not depend on the learned table: "n't" →
// "not", "'s" → "be" (VBZ) or "'s" (POS), "ca"
// → "can", "gon" "na" → "go" "to".
func cliticLemma(lower, xpos string) (string, bool) {
	w := strings.ReplaceAll(lower, "’", "'")
	switch w {
	case "n't", "nt":
		if xpos == "RB" || xpos == "" {
			return "not", true
		}
	case "'s":
		switch xpos {
		case "POS":
			return "'s", true
		case "VBZ":
			return "be", true
		case "PRP":
			return "we", true // "let's"
		}
	case "'m":
		return "be", true
	case "'re":
		return "be", true
	case "'ve":
		return "have", true
	case "'ll":
		return "will", true
	case "'d":
		if xpos == "VBD" {
			return "have", true
		}
		return "would", true
	case "ca":
		if xpos == "MD" {
			return "can", true
		}
	case "wo":
		if xpos == "MD" {
			return "will", true
		}
	case "sha":
		if xpos == "MD" {
			return "shall", true
		}
	case "gon":
		if xpos == "VBG" {
			return "go", true
		}
	case "wan":
		if strings.HasPrefix(xpos, "VB") {
			return "want", true
		}
	case "na", "ta":
		if xpos == "TO" {
			return "to", true
		}
	}
	return "", false
}
