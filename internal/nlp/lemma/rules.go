package lemma

import "strings"

// The suffix rules below are deliberately plain: they strip the inflection
// and undo a doubled final consonant. Every regular form of a WordNet word
// that they get wrong ("making" → "mak", "buses" → "buse", "added" → "ad")
// is listed in the generated tables, so the rules only have to be right for
// words WordNet does not know, where plain stripping is the best guess.

// NounStem returns the singular of a lower-case plural noun by rule.
func NounStem(w string) string {
	n := len(w)
	switch {
	case n <= 3:
		return w
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"), strings.HasSuffix(w, "'s"):
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		return w[:n-2]
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}

// ThirdStem returns the base of a lower-case third-person singular verb.
func ThirdStem(w string) string {
	n := len(w)
	switch {
	case n <= 2:
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "oes"):
		return w[:n-2]
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}

// PastStem returns the base of a lower-case past tense or participle.
func PastStem(w string) string {
	n := len(w)
	switch {
	case n <= 3:
		return w
	case strings.HasSuffix(w, "ied") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "eed"):
		return w[:n-1] // "agreed", "freed"
	case strings.HasSuffix(w, "ed"):
		return undouble(w[:n-2])
	}
	return w
}

// GerundStem returns the base of a lower-case present participle.
func GerundStem(w string) string {
	n := len(w)
	if n <= 4 || !strings.HasSuffix(w, "ing") {
		return w
	}
	return undouble(w[:n-3])
}

// CompStem returns the base of a lower-case comparative or superlative.
func CompStem(w string) string {
	n := len(w)
	switch {
	case n <= 3:
		return w
	case strings.HasSuffix(w, "iest") && n > 5:
		return w[:n-4] + "y"
	case strings.HasSuffix(w, "ier") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "est") && n > 4:
		return undouble(w[:n-3])
	case strings.HasSuffix(w, "er") && n > 3:
		return undouble(w[:n-2])
	}
	return w
}

// undouble drops the second of a doubled final consonant that English
// doubles before a suffix ("stopp" → "stop", "bigg" → "big"), keeping
// "ll", "ss", "ff", "zz" which are part of the stem ("called", "missed").
func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && strings.IndexByte("bdgmnprt", s[n-1]) >= 0 {
		return s[:n-1]
	}
	return s
}

var (
	nounStem   = NounStem
	thirdStem  = ThirdStem
	pastStem   = PastStem
	gerundStem = GerundStem
	compStem   = CompStem
)
