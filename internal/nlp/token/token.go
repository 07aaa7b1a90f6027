package token

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"dyad/internal/model"
)

// Sentences longer than softMaxTokens are cut at the next comma, semicolon,
// colon or dash, and never run past hardMaxTokens: text without punctuation
// (tables, lists, scraped menus) must not become one sentence of thousands
// of words that the parser then spends quadratic time on.
const (
	softMaxTokens = 200
	hardMaxTokens = 400
)

// tokKind classifies a raw token for the sentence splitter.
type tokKind uint8

const (
	kWord   tokKind = iota // letters, digits, and what joins them
	kAbbrev                // a word that ends with its own period ("U.S.", "Gen.")
	kPunct                 // punctuation or symbol
	kURL                   // URL or e-mail address
)

// raw is one token before sentences are formed.
type raw struct {
	start, end int32
	nl         uint8 // line breaks in the whitespace before the token (capped at 2)
	kind       tokKind
}

// rawPool recycles the raw-token buffers of Segment: they are scratch space
// as large as the text, and clearing a fresh one costs more than the
// tokenizing it serves.
var rawPool = sync.Pool{New: func() any { b := make([]raw, 0, 1024); return &b }}

// Segment splits text into sentences of tokens. Offsets are bytes into
// text; tokens are in order, never overlap, and every byte that is not
// whitespace belongs to exactly one token.
func Segment(text string) []model.Sentence {
	if len(text) == 0 {
		return nil
	}
	buf := rawPool.Get().(*[]raw)
	toks := tokenize(text, (*buf)[:0])
	defer func() {
		if cap(toks) <= 1<<20 {
			*buf = toks[:0]
			rawPool.Put(buf)
		}
	}()
	if len(toks) == 0 {
		return nil
	}
	all := make([]model.Token, len(toks))
	for i, t := range toks {
		all[i] = model.Token{
			Text:       text[t.start:t.end],
			Span:       model.Span{Start: t.start, End: t.end},
			Head:       -1,
			SpaceAfter: i+1 == len(toks) || toks[i+1].start != t.end,
		}
	}
	var sents []model.Sentence
	first := 0
	for i := range toks {
		if i+1 < len(toks) && !boundary(text, toks, first, i) {
			continue
		}
		s := model.Sentence{
			Index:  len(sents),
			Span:   model.Span{Start: toks[first].start, End: toks[i].end},
			Tokens: all[first : i+1 : i+1],
		}
		sents = append(sents, s)
		first = i + 1
	}
	return sents
}

// Tokens returns the tokens of text without sentence splitting, for callers
// that tokenize a phrase (a dictionary pattern, a name).
func Tokens(text string) []model.Token {
	toks := tokenize(text, nil)
	out := make([]model.Token, len(toks))
	for i, t := range toks {
		out[i] = model.Token{
			Text:       text[t.start:t.end],
			Span:       model.Span{Start: t.start, End: t.end},
			Head:       -1,
			SpaceAfter: i+1 == len(toks) || toks[i+1].start != t.end,
		}
	}
	return out
}

// decode returns the rune at i; an invalid byte is utf8.RuneError of size 1.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpace reports whether r separates tokens. Zero-width spaces and the
// byte-order mark count as space: they are invisible and never part of a
// word. An invalid byte (RuneError of size 1) is not space.
func isSpace(r rune, size int) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	if r == utf8.RuneError && size == 1 {
		return false
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

// IsSpace reports whether the rune at the start of s is token-separating
// whitespace, and its size. Tests and callers that check coverage use it.
func IsSpace(s string) (bool, int) {
	r, n := decode(s, 0)
	return isSpace(r, n), n
}

func isNewline(r rune) bool { return r == '\n' || r == '\u2028' || r == '\u2029' || r == '\u0085' }

// isWordRune reports letters, digits, marks and the underscore.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\u200d'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// tokenize splits text at whitespace and then each chunk into tokens.
func tokenize(text string, out []raw) []raw {
	nl := 0
	for i := 0; i < len(text); {
		r, n := decode(text, i)
		if isSpace(r, n) {
			if isNewline(r) {
				nl++
			}
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := decode(text, j)
			if isSpace(r, n) {
				break
			}
			j += n
		}
		first := len(out)
		if (first == 0 || nl > 0 && listContext(text, out, nl)) && isListNumber(text[i:j]) {
			// "2. Results" at the start of a line: a list number, one word.
			out = append(out, raw{start: int32(i), end: int32(j), kind: kAbbrev})
		} else {
			out = splitChunk(text, i, j, out)
		}
		if len(out) > first {
			out[first].nl = uint8(min(nl, 2))
		}
		nl = 0
		i = j
	}
	return out
}

// isListNumber matches list and section numbers: "1." to "99.", "2.1.",
// "4.2.3.".
func isListNumber(s string) bool {
	if len(s) < 2 || len(s) > 9 || s[len(s)-1] != '.' || !isDigit(s[0]) {
		return false
	}
	run := 0
	for i := 0; i < len(s); i++ {
		switch {
		case isDigit(s[i]):
			if run++; run > 2 {
				return false // "2024." is a year ending a line
			}
		case s[i] == '.' && run > 0:
			run = 0
		default:
			return false
		}
	}
	return true
}

// listContext reports whether a line that begins with "12." may start a
// list item: after a blank line, or after a line that ended a sentence or
// introduced a list. Hard-wrapped prose ("were killed\n12. The ...") may not.
func listContext(text string, out []raw, nl int) bool {
	if nl >= 2 || len(out) == 0 {
		return true
	}
	p := out[len(out)-1]
	pt := text[p.start:p.end]
	return p.kind == kAbbrev || p.kind == kPunct && (isFinal(pt) || isCloser(pt) || pt == ":")
}
