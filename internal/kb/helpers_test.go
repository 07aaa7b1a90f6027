package kb

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"dyad/internal/model"
)

// toks splits a sentence the way the UD tokenizer does for the cases these
// tests need: words, punctuation, "'s" and hyphens as their own tokens,
// abbreviations with internal periods ("U.S.", "U.N.") kept whole. It
// stands in for token.Segment so that kb's tests do not depend on it.
func toks(s string) []model.Token {
	var out []model.Token
	i := 0
	emit := func(a, b int) {
		out = append(out, model.Token{Text: s[a:b], Span: model.Span{Start: int32(a), End: int32(b)}, Head: -1, SpaceAfter: b < len(s) && s[b] == ' '})
	}
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == ' ' {
			i += w
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if strings.HasPrefix(s[i:], "'s") || strings.HasPrefix(s[i:], "’s") {
				n := len("'s")
				if r == '’' {
					n = len("’s")
				}
				emit(i, i+n)
				i += n
				continue
			}
			emit(i, i+w)
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += w2
				continue
			}
			// internal period of an abbreviation: "U.S.", "U.N."
			if r2 == '.' && j+1 < len(s) && j-i == 1 || (r2 == '.' && j > i && strings.Count(s[i:j], ".") > 0) {
				j += w2
				continue
			}
			if (r2 == '\'' || r2 == '’') && j+w2 < len(s) && !strings.HasPrefix(s[j:], "'s") && !strings.HasPrefix(s[j:], "’s") {
				nr, _ := utf8.DecodeRuneInString(s[j+w2:])
				if unicode.IsLetter(nr) {
					j += w2
					continue
				}
			}
			break
		}
		emit(i, j)
		i = j
	}
	return out
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// actorsOf runs Annotate on one sentence and returns the actors.
func actorsOf(t *testing.T, k *KB, date, text string) ([]model.Actor, *model.Sentence) {
	t.Helper()
	a := &model.Article{Date: day(date), Text: text, Sentences: []model.Sentence{{Span: model.Span{End: int32(len(text))}, Tokens: toks(text)}}}
	k.Annotate(a)
	return a.Sentences[0].Actors, &a.Sentences[0]
}

func TestToks(t *testing.T) {
	got := []string{}
	for _, tk := range toks("The U.S. and Israel's army, al-Qaeda.") {
		got = append(got, tk.Text)
	}
	want := "The|U.S.|and|Israel|'s|army|,|al|-|Qaeda|."
	if strings.Join(got, "|") != want {
		t.Fatalf("toks = %s, want %s", strings.Join(got, "|"), want)
	}
}

func TestFoldAppendMatchesFold(t *testing.T) {
	for _, s := range []string{"Türkiye", "Sa’ar", "ERDOĞAN", "u.s.", "Élysée", "abc", "`quoted", "İmamoğlu", "\xff"} {
		if got, want := string(foldAppend(nil, s)), fold(s); got != want {
			t.Errorf("foldAppend(%q) = %q, fold = %q", s, got, want)
		}
	}
}
