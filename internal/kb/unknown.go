package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad/internal/model"
)

// connectors may sit inside a proper-noun phrase ("Bank of England",
// "Abu Bakr al-Baghdadi", "Hayat Tahrir al-Sham").
var connectors = setOf("of", "al", "el", "ez", "es", "az", "ad", "ul", "bin", "ibn", "bint", "de", "du", "la", "-", "'", "van", "von", "der", "da", "dos", "y")

// notNames are capitalised words that start sentences or titles far more
// often than they name anything, used when the tokens carry no UPOS.
var notNames = setOf("the", "a", "an", "in", "on", "at", "of", "for", "and", "but", "or", "he", "she", "it", "they", "we", "i", "you",
	"his", "her", "its", "their", "this", "that", "these", "those", "there", "after", "before", "during", "following", "as", "with",
	"by", "from", "to", "when", "while", "amid", "despite", "over", "under", "about", "more", "at least", "some", "many", "several",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "president", "prime", "minister", "foreign", "secretary", "general", "gen.")

// UnknownPhrases returns the proper-noun phrases of a sentence that no
// actor covers: runs of PROPN tokens (or, without tags, of capitalised
// words), with connectors inside. It is what `dyad actors --unknown` counts
// to show analysts which names the dictionaries miss.
func (k *KB) UnknownPhrases(s *model.Sentence) []model.Span {
	covered := make([]bool, len(s.Tokens))
	// Words a discard rule consumed ("Red Sea", "refugee camp") are known
	// not to be actors.
	for _, m := range k.discardMatches(s.Tokens) {
		for t := m.start; t < m.end; t++ {
			covered[t] = true
		}
	}
	for _, a := range s.Actors {
		for t := a.Tokens[0]; t < a.Tokens[1] && int(t) < len(covered); t++ {
			covered[t] = true
		}
	}
	tagged := false
	for _, t := range s.Tokens {
		if t.UPOS != "" {
			tagged = true
			break
		}
	}
	isName := func(i int) bool {
		t := s.Tokens[i]
		if covered[i] {
			return false
		}
		if tagged {
			return t.UPOS == "PROPN" && !notNames[strings.ToLower(t.Text)]
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		return unicode.IsUpper(r) && !notNames[strings.ToLower(t.Text)]
	}
	var out []model.Span
	for i := 0; i < len(s.Tokens); {
		if !isName(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(s.Tokens) {
			if isName(j) {
				j++
				continue
			}
			// A run of connectors ("al", "-") inside a name: "Deir al-Balah".
			c := j
			for c < len(s.Tokens) && c-j < 3 && connectors[strings.ToLower(s.Tokens[c].Text)] && !covered[c] {
				c++
			}
			if c > j && c < len(s.Tokens) && isName(c) {
				j = c + 1
				continue
			}
			break
		}
		// Without tags, a lone capitalised first word is mostly an
		// ordinary word starting the sentence.
		if tagged || i > 0 || j-i > 1 {
			out = append(out, model.Span{Start: s.Tokens[i].Span.Start, End: s.Tokens[j-1].Span.End})
		}
		i = j
	}
	return out
}

// discardMatches returns the match-scope discard phrases in toks.
func (k *KB) discardMatches(toks []model.Token) []match {
	buf := scratchPool.Get().(*scratch)
	defer scratchPool.Put(buf)
	s := model.Sentence{Tokens: toks}
	k.scan(&s, buf)
	var out []match
	for _, m := range buf.matches {
		if m.c.e.Kind == "discard" {
			out = append(out, m)
		}
	}
	return out
}
