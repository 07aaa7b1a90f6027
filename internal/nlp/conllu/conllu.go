package conllu

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word (a CoNLL-U line with an integer ID).
type Word struct {
	ID     int // 1-based
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root
	DepRel string
	Deps   string
	Misc   string
}

// SpaceAfter reports whether the word is followed by a space (MISC lacks SpaceAfter=No).
func (w *Word) SpaceAfter() bool { return !strings.Contains(w.Misc, "SpaceAfter=No") }

// MultiWord is a multiword token line ("3-4 don't"), covering words First..Last.
type MultiWord struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	ID       string // sent_id
	Text     string // the text comment
	NewDoc   string // newdoc id, when this sentence starts a document
	NewPar   bool   // a newpar comment precedes it
	Comments []string
	Words    []Word
	Multi    []MultiWord
	Line     int // line of the first line of the sentence, 1-based
}

// UniversalRel returns the universal part of a relation ("nmod:poss" → "nmod"),
// as CoNLL 2018 scores LAS.
func UniversalRel(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
}

// NewReader reads CoNLL-U from r; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	return &Reader{sc: sc, name: name}
}

// Next returns the next sentence, or io.EOF.
func (r *Reader) Next() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if line == "" {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if line[0] == '#' {
			c := strings.TrimSpace(line[1:])
			s.Comments = append(s.Comments, c)
			switch {
			case strings.HasPrefix(c, "sent_id ="):
				s.ID = strings.TrimSpace(c[len("sent_id ="):])
			case strings.HasPrefix(c, "text ="):
				s.Text = strings.TrimSpace(c[len("text ="):])
			case strings.HasPrefix(c, "newdoc id ="):
				s.NewDoc = strings.TrimSpace(c[len("newdoc id ="):])
			case strings.HasPrefix(c, "newdoc"):
				s.NewDoc = "-"
			case strings.HasPrefix(c, "newpar"):
				s.NewPar = true
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("%s:%d: want 10 tab-separated fields, have %d", r.name, r.line, len(f))
		}
		id := f[0]
		if strings.Contains(id, ".") {
			continue // empty node
		}
		if i := strings.IndexByte(id, '-'); i > 0 {
			a, err1 := strconv.Atoi(id[:i])
			b, err2 := strconv.Atoi(id[i+1:])
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("%s:%d: bad multiword id %q", r.name, r.line, id)
			}
			s.Multi = append(s.Multi, MultiWord{First: a, Last: b, Form: f[1], Misc: f[9]})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: bad id %q", r.name, r.line, id)
		}
		head := 0
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil {
				return nil, fmt.Errorf("%s:%d: bad head %q", r.name, r.line, f[6])
			}
		}
		s.Words = append(s.Words, Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Head: head, DepRel: f[7], Deps: f[8], Misc: f[9]})
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", r.name, r.line, err)
	}
	if s != nil {
		return s, nil
	}
	return nil, io.EOF
}

// ReadFile reads every sentence of a CoNLL-U file, gunzipping names ending in .gz.
func ReadFile(path string) ([]*Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	cr := NewReader(r, path)
	var out []*Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
}

// Write writes s in CoNLL-U form, words only (multiword lines included).
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	if s.ID != "" {
		fmt.Fprintf(bw, "# sent_id = %s\n", s.ID)
	}
	if s.Text != "" {
		fmt.Fprintf(bw, "# text = %s\n", s.Text)
	}
	mi := 0
	for _, wd := range s.Words {
		for mi < len(s.Multi) && s.Multi[mi].First == wd.ID {
			m := s.Multi[mi]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, m.Form, or(m.Misc))
			mi++
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", wd.ID, wd.Form, or(wd.Lemma), or(wd.UPOS), or(wd.XPOS), or(wd.Feats), wd.Head, or(wd.DepRel), or(wd.Deps), or(wd.Misc))
	}
	bw.WriteString("\n")
	return bw.Flush()
}

func or(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
