package clean

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"dyad/internal/model"
)

// Removed is one residue line taken out of the raw text.
type Removed struct {
	Raw    model.Span // where the line was in Raw
	Line   string     // its text, trimmed
	Reason string     // which rule matched
}

// Article sets a.Text and a.Offsets from a.Raw and records each removed
// residue line as an Info diagnostic (stage "clean").
func Article(a *model.Article) {
	text, offs, removed := clean(a.Raw)
	a.Text, a.Offsets = text, offs
	for _, r := range removed {
		a.Diagnostics = append(a.Diagnostics, model.Diagnostic{
			Severity: model.Info, Stage: "clean", File: a.Origin,
			Message: fmt.Sprintf("removed %s line %q (raw bytes %d-%d)", r.Reason, r.Line, r.Raw.Start, r.Raw.End),
		})
	}
}

// Text cleans s for callers without an article.
func Text(s string) (string, model.OffsetMap) {
	text, offs, _ := clean(s)
	return text, offs
}

// TextRemoved cleans s and also reports the residue lines it removed.
func TextRemoved(s string) (string, model.OffsetMap, []Removed) { return clean(s) }

// builder accumulates the cleaned text and its offset map.
type builder struct {
	out []byte
	m   model.OffsetMap
}

// aligned reports whether the map already sends the current end of the
// output to raw offset r, so that copying can go on without an anchor.
func (b *builder) aligned(r int) bool {
	n := len(b.m.Anchors)
	if n == 0 {
		return len(b.out) == r
	}
	last := b.m.Anchors[n-1]
	return int(last.Raw)+len(b.out)-int(last.Clean) == r
}

// copyRaw appends raw[i:j] unchanged.
func (b *builder) copyRaw(raw string, i, j int) {
	if i == j {
		return
	}
	if !b.aligned(i) {
		b.m.Add(int32(len(b.out)), int32(i))
	}
	b.out = append(b.out, raw[i:j]...)
}

// replace appends s in place of raw[i:j].
func (b *builder) replace(s string, i, j int) {
	if !b.aligned(i) {
		b.m.Add(int32(len(b.out)), int32(i))
	}
	b.out = append(b.out, s...)
	if !b.aligned(j) {
		b.m.Add(int32(len(b.out)), int32(j))
	}
}

// line is one raw line: its byte range without the newline.
type line struct{ start, end int }

func clean(raw string) (string, model.OffsetMap, []Removed) {
	var lines []line
	for i := 0; i <= len(raw); {
		j := strings.IndexByte(raw[i:], '\n')
		if j < 0 {
			lines = append(lines, line{i, len(raw)})
			break
		}
		lines = append(lines, line{i, i + j})
		i += j + 1
	}

	b := &builder{out: make([]byte, 0, len(raw))}
	var removed []Removed
	// pendingBreak is where the raw gap before the next kept line starts,
	// and whether it holds a paragraph break (blank or removed line).
	gapStart, para, first := 0, false, true
	var prevLast rune // last rune of the previous kept line
	prevLen := 0      // and its length in runes
	for _, ln := range lines {
		norm := normLine(raw[ln.start:ln.end])
		if norm == "" {
			para = true
			continue
		}
		if reason := residue(norm); reason != "" {
			removed = append(removed, Removed{Raw: model.Span{Start: int32(ln.start), End: int32(ln.end)}, Line: norm, Reason: reason})
			para = true
			continue
		}
		// Leading white space of the line belongs to the gap.
		s := ln.start + leadingSpace(raw[ln.start:ln.end])
		if !first {
			sep := "\n\n"
			if !para && hardWrap(prevLast, prevLen, norm) {
				sep = " "
			}
			b.replace(sep, gapStart, s)
		}
		gapStart = emitLine(b, raw, s, ln.end)
		prevLast, _ = utf8.DecodeLastRuneInString(norm)
		prevLen = utf8.RuneCountInString(norm)
		first, para = false, false
	}
	return string(b.out), b.m, removed
}

// hardWrap reports whether a single line break between a line ending in
// last, prevLen runes long, and the next line (normalised) is a wrap inside
// a sentence: the line does not end like a sentence, and either the next
// starts in lower case or the line is as long as wrapped text is (a title
// or subheading is short).
func hardWrap(last rune, prevLen int, next string) bool {
	if strings.ContainsRune(".!?:;\"')]", last) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) || unicode.IsDigit(r) || prevLen >= wrapWidth
}

// wrapWidth is the shortest line taken as hard-wrapped text: wrapped files
// use 65–80 columns, and a wrapped line rarely falls far short of that.
const wrapWidth = 60

func leadingSpace(s string) int {
	for i, r := range s {
		if !isSpace(r) && mapRune(r) != ' ' && mapRune(r) != 0 {
			return i
		}
	}
	return len(s)
}

// emitLine writes the normalised raw[i:j] (which starts with a visible
// character) and returns the raw offset where its trailing white space
// starts, so that the caller can replace the gap to the next line.
func emitLine(b *builder, raw string, i, j int) int {
	// Fast path: printable ASCII with single spaces needs no mapping.
	if end, ok := plainASCII(raw[i:j]); ok {
		b.copyRaw(raw, i, i+end)
		return i + end
	}
	var it norm.Iter
	it.InitString(norm.NFC, raw[i:j])
	spaceStart := -1 // raw offset where a pending run of spaces starts
	var seg []byte
	for !it.Done() {
		p := i + it.Pos()
		seg = append(seg[:0], it.Next()...)
		q := i + it.Pos()
		mapped := mapSegment(seg)
		if mapped == " " {
			if spaceStart < 0 {
				spaceStart = p
			}
			continue
		}
		if mapped == "" {
			// Deleted characters (zero-width): part of neither a word nor
			// a space run; an open space run continues across them.
			if spaceStart < 0 {
				b.replace("", p, q)
			}
			continue
		}
		if spaceStart >= 0 {
			if raw[spaceStart:p] == " " {
				b.copyRaw(raw, spaceStart, p)
			} else {
				b.replace(" ", spaceStart, p)
			}
			spaceStart = -1
		}
		if mapped == raw[p:q] {
			b.copyRaw(raw, p, q)
		} else {
			b.replace(mapped, p, q)
		}
	}
	if spaceStart >= 0 {
		return spaceStart
	}
	return j
}

// mapSegment maps one NFC segment rune by rune; a segment that is all
// space maps to " ", one that is all deleted maps to "".
func mapSegment(seg []byte) string {
	if len(seg) == 1 && seg[0] > ' ' && seg[0] < 0x7f {
		return string(seg)
	}
	var sb strings.Builder
	allSpace := true
	for _, r := range string(seg) {
		m := mapRune(r)
		switch {
		case m == 0:
			continue
		case m == ' ' || isSpace(m):
			sb.WriteByte(' ')
		default:
			allSpace = false
			if s, ok := multi[r]; ok {
				sb.WriteString(s)
			} else {
				sb.WriteRune(m)
			}
		}
	}
	if sb.Len() == 0 {
		return ""
	}
	if allSpace {
		return " "
	}
	// A space carrying combining marks stays a space with its marks.
	return sb.String()
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\f' || r == '\v' || unicode.IsSpace(r)
}

// multi holds characters replaced by more than one.
var multi = map[rune]string{'…': "...", 'ﬁ': "fi", 'ﬂ': "fl"}

// mapRune normalises one character: 0 deletes it.
func mapRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u02BC':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return '-'
	case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\t', '\r', '\f', '\v', '\u0085', '\u2028', '\u2029':
		return ' '
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F':
		return 0
	}
	return r
}

// plainASCII reports whether s is printable ASCII without runs of spaces
// (so cleaning leaves it as it is), and where its trailing spaces start.
func plainASCII(s string) (int, bool) {
	prevSpace := false
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c < 0x20 || c > 0x7e {
			return 0, false
		}
		if c == ' ' {
			if prevSpace {
				return 0, false
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	end := len(s)
	if prevSpace {
		end--
	}
	return end, true
}

// normLine is a line as it will read after cleaning, for the residue rules.
func normLine(s string) string {
	if _, ok := plainASCII(s); ok {
		return strings.TrimSpace(s)
	}
	var sb strings.Builder
	sp := false
	for _, r := range norm.NFC.String(s) {
		m := mapRune(r)
		if m == 0 {
			continue
		}
		if m == ' ' || isSpace(m) {
			sp = true
			continue
		}
		if sp && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sp = false
		if x, ok := multi[r]; ok {
			sb.WriteString(x)
		} else {
			sb.WriteRune(m)
		}
	}
	return sb.String()
}
