package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ReadPetrarchXML reads PETRARCH's validation format: an <Environment> with
// an <Include> line of categories, <Config option= value=> lines that stay
// in force for the records after them, and <Sentence date= id= category=
// sentence=> records (selected when the category is included and sentence
// is not "false")
// records with <EventCoding sourcecode= targetcode= eventcode=> (or
// noevents="True", or error="…"), <Text> and a Treebank <Parse>. PETRARCH
// codes the parse, so Record.Parse keeps it (see ParseText).
func ReadPetrarchXML(r io.Reader, file string) ([]Record, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var out []Record
	config := map[string]string{}
	var include map[string]bool
	var cur *Record
	var text strings.Builder // character data of the open <Text>, <Parse> or <Include>
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			return nil, fmt.Errorf("%s:%d: %w", file, line, err)
		}
		line, _ := dec.InputPos()
		switch t := tok.(type) {
		case xml.StartElement:
			text.Reset()
			switch t.Name.Local {
			case "Config":
				if k := attr(t, "option"); k != "" {
					config[k] = attr(t, "value")
				}
			case "Sentence":
				cur = &Record{ID: attr(t, "id"), Category: attr(t, "category"), File: file, Line: line, Config: map[string]string{},
					// sentence="false" marks a record PETRARCH does not run
					Selected: !strings.EqualFold(attr(t, "sentence"), "false")}
				for k, v := range config {
					cur.Config[k] = v
				}
				if d := attr(t, "date"); d != "" {
					dt, err := time.Parse("20060102", d)
					if err != nil {
						return nil, fmt.Errorf("%s:%d: record %s: date: %w", file, line, cur.ID, err)
					}
					cur.Date = dt
				}
			case "EventCoding":
				if cur == nil {
					return nil, fmt.Errorf("%s:%d: <EventCoding> outside a <Sentence>", file, line)
				}
				switch {
				case attr(t, "error") != "":
					cur.ExpectedError = attr(t, "error")
				case strings.EqualFold(attr(t, "noevents"), "true"):
					cur.ExpectNoEvents = true
				default:
					cur.Expected = append(cur.Expected, GoldEvent{PentaClass: -1, Triple: Triple{
						Source: attr(t, "sourcecode"), Target: attr(t, "targetcode"), Code: attr(t, "eventcode")}})
				}
			}
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			switch t.Name.Local {
			case "Include":
				include = map[string]bool{}
				for _, c := range strings.Fields(text.String()) {
					include[c] = true
				}
			case "Text":
				if cur != nil {
					cur.Text = strings.Join(strings.Fields(text.String()), " ")
				}
			case "Parse":
				if cur != nil {
					cur.Parse = strings.TrimSpace(text.String())
				}
			case "Sentence":
				if cur == nil {
					continue
				}
				opts, err := parseOptions(lowerBools(cur.Config))
				if err != nil {
					return nil, fmt.Errorf("%s:%d: record %s: %w", file, cur.Line, cur.ID, err)
				}
				cur.Options = opts
				cur.Selected = cur.Selected && (include == nil || include[cur.Category])
				out = append(out, *cur)
				cur = nil
			}
			text.Reset()
		}
	}
	return out, nil
}

// lowerBools lets "TRUE" and "False" read as PETRARCH reads them.
func lowerBools(cfg map[string]string) map[string]string {
	out := make(map[string]string, len(cfg))
	for k, v := range cfg {
		if l := strings.ToLower(v); l == "true" || l == "false" {
			v = l
		}
		out[k] = v
	}
	return out
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

// attachParses gives records converted from a PETRARCH validation file
// the parses of that file, when it lies beside them: the JSONL form keeps
// the record's <Text>, but PETRARCH codes its <Parse>, and the two differ
// in some records. Records are matched by id, in order for repeated ids.
// It returns how many records got a parse.
func attachParses(recs []Record, dir string, sources []string) (int, error) {
	byFile := map[string][]int{}
	var order []string
	for i, s := range sources {
		if s == "" {
			continue
		}
		p := filepath.Join(dir, filepath.Base(s))
		if _, ok := byFile[p]; !ok {
			if _, err := os.Stat(p); err != nil {
				continue
			}
			order = append(order, p)
		}
		byFile[p] = append(byFile[p], i)
	}
	n := 0
	for _, p := range order {
		f, err := os.Open(p)
		if err != nil {
			return n, err
		}
		xs, err := ReadPetrarchXML(f, p)
		f.Close()
		if err != nil {
			return n, err
		}
		parses := map[string][]string{}
		for _, x := range xs {
			parses[x.ID] = append(parses[x.ID], x.Parse)
		}
		for _, i := range byFile[p] {
			if ps := parses[recs[i].ID]; len(ps) > 0 {
				recs[i].Parse, parses[recs[i].ID] = ps[0], ps[1:]
				if recs[i].Parse != "" {
					n++
				}
			}
		}
	}
	return n, nil
}

// ErrBadParse is PETRARCH's bad_input_parse: a Treebank parse whose
// brackets do not balance or that has no words.
var ErrBadParse = errors.New("bad_input_parse")

// ParseText returns the words of a Treebank parse as text: PETRARCH codes
// the parse's words, not the record's <Text>. Bracket tokens (-LRB-) and
// quote tokens (“ ”) become characters again; punctuation and clitics
// ('s, n't) attach to the word before. A parse whose brackets do not
// balance, or that has no words, is ErrBadParse, as PETRARCH rejects it.
// Comma-delimited clauses within limits are left out (see CommaLimits;
// the zero CommaLimits keeps every word).
func ParseText(parse string, c CommaLimits) (string, error) {
	ls, nps, err := parseLeaves(parse)
	if err != nil {
		return "", err
	}
	if len(ls) == 0 {
		return "", fmt.Errorf("%w: no words", ErrBadParse)
	}
	removeCommaClauses(ls, nps, c)
	var words []string
	for _, l := range ls {
		if l.gone || l.word == "," && len(words) > 0 && words[len(words)-1] == "," {
			continue
		}
		words = append(words, l.word)
	}
	return detokenize(words), nil
}

var ptbChar = map[string]string{"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": "\"", "''": "\""}

// detokenize joins Treebank tokens into text a tokenizer reads back alike.
func detokenize(words []string) string {
	var b strings.Builder
	open := false // the last token opened a bracket or quote
	quote := false
	for i, w := range words {
		if c, ok := ptbChar[w]; ok {
			w = c
		}
		lw := strings.ToLower(w)
		attach := i == 0 || open
		switch {
		case w == "," || w == "." || w == ";" || w == ":" || w == "?" || w == "!" || w == ")" || w == "]" || w == "}" || w == "%":
			attach = true
		case lw == "'s" || lw == "'" || lw == "n't" || lw == "'re" || lw == "'ve" || lw == "'ll" || lw == "'d" || lw == "'m":
			attach = true
		case w == "\"":
			attach = attach || quote // a closing quote
		}
		if !attach {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		open = w == "(" || w == "[" || w == "{" || (w == "\"" && !quote)
		if w == "\"" {
			quote = !quote
		}
	}
	return b.String()
}
