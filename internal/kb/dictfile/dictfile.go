package dictfile

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Block is one dictionary entry.
type Block struct {
	Kind   string // first word of the header line: "country", "person", "event" …
	Key    string // the rest of the header line, trimmed
	File   string
	Line   int
	Fields []Field
}

// Field is one "name: value" line of a block. Name may carry words after the
// first ("metonym GOV"); Args holds those words.
type Field struct {
	Name  string // first word of the name, e.g. "metonym"
	Args  []string
	Value string
	Line  int
}

// Pos renders the block's position as "file:line".
func (b *Block) Pos() string { return fmt.Sprintf("%s:%d", b.File, b.Line) }

// FieldPos renders a field's position as "file:line".
func (b *Block) FieldPos(f Field) string { return fmt.Sprintf("%s:%d", b.File, f.Line) }

// Get returns the values of every field called name.
func (b *Block) Get(name string) []Field {
	var out []Field
	for _, f := range b.Fields {
		if f.Name == name {
			out = append(out, f)
		}
	}
	return out
}

// First returns the value of the first field called name, or "".
func (b *Block) First(name string) string {
	for _, f := range b.Fields {
		if f.Name == name {
			return f.Value
		}
	}
	return ""
}

// Error is a syntax error with its position.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Parse reads all blocks from r. It returns every block it could read and
// every syntax error (as *Error values), so that one bad line does not hide
// the rest of the file.
func Parse(r io.Reader, file string) ([]*Block, []error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var blocks []*Block
	var errs []error
	var cur *Block
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Text()
		if line == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		text := stripComment(raw)
		if strings.TrimSpace(text) == "" {
			continue
		}
		if text[0] != ' ' && text[0] != '\t' {
			kind, key, _ := strings.Cut(strings.TrimSpace(text), " ")
			cur = &Block{Kind: kind, Key: strings.TrimSpace(key), File: file, Line: line}
			blocks = append(blocks, cur)
			continue
		}
		if cur == nil {
			errs = append(errs, &Error{file, line, "indented field before any block header"})
			continue
		}
		name, value, ok := strings.Cut(strings.TrimSpace(text), ":")
		if !ok {
			errs = append(errs, &Error{file, line, fmt.Sprintf("field %q has no ':'", strings.TrimSpace(text))})
			continue
		}
		words := strings.Fields(name)
		if len(words) == 0 {
			errs = append(errs, &Error{file, line, "field with no name"})
			continue
		}
		cur.Fields = append(cur.Fields, Field{Name: words[0], Args: words[1:], Value: strings.TrimSpace(value), Line: line})
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &Error{file, line + 1, err.Error()})
	}
	return blocks, errs
}

func stripComment(s string) string {
	if !strings.Contains(s, "#") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '#':
			b.WriteByte('#')
			i++
		case s[i] == '#':
			return strings.TrimRight(b.String(), " \t")
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// Alternatives splits a field value on '|' into trimmed, non-empty phrases.
func Alternatives(v string) []string {
	var out []string
	for _, p := range strings.Split(v, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// LessPos orders "file:line" positions by file, then numerically by line,
// so that lint reports read in file order.
func LessPos(a, b string) bool {
	fa, la := splitPos(a)
	fb, lb := splitPos(b)
	if fa != fb {
		return fa < fb
	}
	return la < lb
}

func splitPos(p string) (string, int) {
	i := strings.LastIndexByte(p, ':')
	if i < 0 {
		return p, 0
	}
	n := 0
	for _, r := range p[i+1:] {
		if r < '0' || r > '9' {
			return p, 0
		}
		n = n*10 + int(r-'0')
	}
	return p[:i], n
}
