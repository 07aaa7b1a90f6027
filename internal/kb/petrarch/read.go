package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Skip is one construct the loader could not map, or mapped only
// approximately, with where it was written and why.
type Skip struct {
	Pos    string // "file:line"
	Text   string // the line as written (trimmed)
	Reason string
	// Approx is true when the construct was loaded with a weaker meaning
	// (a story discard read as a sentence discard) rather than left out.
	Approx bool
}

func (s Skip) String() string {
	kind := "skipped"
	if s.Approx {
		kind = "approximated"
	}
	return fmt.Sprintf("%s: %s: %s: %q", s.Pos, kind, s.Reason, s.Text)
}

// line is one content line of a dictionary file after comments are removed.
type line struct {
	n      int
	text   string // comment-free, right-trimmed; leading white space kept
	raw    string
	indent bool // began with a tab or spaces
}

// maxLine bounds a dictionary line: the Phoenix files' longest is under
// 300 bytes; anything far longer is not a dictionary.
const maxLine = 1 << 16

// readLines returns the content lines of r: "<!-- … -->" comments (also
// across lines) are removed, '#' starts a comment, and so does ';' when
// semicolon is set (the old KEDS actor convention). Blank lines are
// returned with empty text, since they end synonym sets.
func readLines(r io.Reader, semicolon bool) ([]line, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	var out []line
	inComment := false
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		s := raw
		if strings.Contains(s, "---STOP---") {
			break
		}
		// Remove <!-- … --> spans, possibly spanning lines.
		var b strings.Builder
		for s != "" {
			if inComment {
				i := strings.Index(s, "-->")
				if i < 0 {
					s = ""
					break
				}
				s = s[i+3:]
				inComment = false
				continue
			}
			i := strings.Index(s, "<!")
			if i < 0 {
				b.WriteString(s)
				break
			}
			b.WriteString(s[:i])
			s = s[i:]
			inComment = true
			if j := strings.Index(s, ">"); j >= 0 && !strings.HasPrefix(s, "<!--") {
				s = s[j+1:]
				inComment = false
			}
		}
		s = b.String()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		if semicolon {
			if i := strings.IndexByte(s, ';'); i >= 0 {
				s = s[:i]
			}
		}
		s = strings.TrimRightFunc(s, unicode.IsSpace)
		indent := s != "" && (s[0] == '\t' || s[0] == ' ')
		out = append(out, line{n: n, text: s, raw: strings.TrimSpace(raw), indent: indent})
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("line %d: %w", n+1, err)
	}
	return out, nil
}

// phraseText turns a dictionary phrase ("PRESIDENT_GEORGE_W._BUSH_") into
// dyad's lowercase, space-separated form ("president george w. bush").
func phraseText(p string) string {
	p = strings.ReplaceAll(p, "_", " ")
	return strings.ToLower(strings.Join(strings.Fields(p), " "))
}

// bracket splits "TEXT [CODE] rest" into the text before '[' and the
// contents of the brackets. ok is false when there is no complete bracket.
func bracket(s string) (before, inside string, ok bool) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return s, "", false
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return s[:i], "", false
	}
	return s[:i], strings.TrimSpace(s[i+1 : i+j]), true
}

// validCode accepts an actor or agent code: letters and digits.
func validCode(c string) bool {
	if c == "" {
		return false
	}
	for _, r := range c {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
