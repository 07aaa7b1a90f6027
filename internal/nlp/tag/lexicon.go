package tag

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"unicode"
	"unicode/utf8"

	"dyad/internal/model"
	"dyad/internal/nlp/token"
)

// The corpus lexicon gives the tagger what a treebank of 20,000 sentences
// cannot: how millions of words of unannotated news behave. For each
// lowercase form seen at least lexMinCount times it packs, in 16 bits:
//
//	bits 0–2   how often the word is capitalised away from sentence starts
//	           (never … always, or "only seen sentence-initially") — the
//	           best clue for PROPN against NOUN and ADJ;
//	bits 3–5   a frequency bucket;
//	bits 6–10  the UPOS a first tagger gave it most often in the corpus (+1),
//	bits 11–12 and how dominant that tag was.
//
// Words the treebank never saw still get these features, which is where
// most tagging errors are.
const (
	lexCapMask   = 0x7
	lexFreqShift = 3
	lexAutoShift = 6
	lexConfShift = 11
	lexMinCount  = 3
)

var uposTags = []string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

type lexCount struct {
	n, inner, capInner int32
	upos               [17]int32
}

// shouting reports whether most letters of a sentence are capitals (a
// headline or an all-caps wire story), where capitalisation says nothing.
func shouting(toks []model.Token) bool {
	up, all := 0, 0
	for _, t := range toks {
		for _, r := range t.Text {
			if unicode.IsLetter(r) {
				all++
				if unicode.IsUpper(r) {
					up++
				}
			}
		}
	}
	return all > 0 && 2*up > all
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// countCorpus segments texts and counts, per lowercase form, occurrences
// and capitalisation; when tagger is set, it also tags every sentence and
// counts the UPOS given. The counts are of the model's own tags, without
// the verbless repairs (verbless.go): the shipped tagger's lexicon was
// counted so, and `dyad train tagger` must rebuild it byte for byte.
func countCorpus(texts []string, tagger *Tagger) map[uint64]*lexCount {
	counts := map[uint64]*lexCount{}
	if tagger != nil {
		tagger = tagger.withoutRepair()
	}
	for _, text := range texts {
		for _, s := range token.Segment(text) {
			toks := s.Tokens
			if tagger != nil {
				tagger.Tag(toks)
			}
			shout := shouting(toks)
			for i, t := range toks {
				h := hashLower(t.Text)
				c := counts[h]
				if c == nil {
					c = &lexCount{}
					counts[h] = c
				}
				c.n++
				if i > 0 && !shout {
					c.inner++
					if capitalised(t.Text) {
						c.capInner++
					}
				}
				if tagger != nil {
					for k, u := range uposTags {
						if u == t.UPOS {
							c.upos[k]++
							break
						}
					}
				}
			}
		}
	}
	return counts
}

// packLexicon turns counts into the lexicon; withAuto adds the tag bits.
func packLexicon(counts map[uint64]*lexCount, withAuto bool) map[uint64]uint32 {
	lex := map[uint64]uint32{}
	for h, c := range counts {
		if c.n < lexMinCount {
			continue
		}
		var v uint16
		if c.inner == 0 {
			v = 5
		} else {
			r := float64(c.capInner) / float64(c.inner)
			switch {
			case r < 0.02:
				v = 0
			case r < 0.3:
				v = 1
			case r < 0.7:
				v = 2
			case r < 0.98:
				v = 3
			default:
				v = 4
			}
		}
		f := uint16(0)
		for n := c.n; n >= 4 && f < 7; n /= 4 {
			f++
		}
		v |= f << lexFreqShift
		if withAuto {
			best, sum := 0, int32(0)
			for k, u := range c.upos {
				sum += u
				if u > c.upos[best] {
					best = k
				}
			}
			if sum > 0 {
				share := float64(c.upos[best]) / float64(sum)
				conf := uint16(0)
				switch {
				case share >= 0.95:
					conf = 3
				case share >= 0.75:
					conf = 2
				case share >= 0.5:
					conf = 1
				}
				v |= uint16(best+1)<<lexAutoShift | conf<<lexConfShift
			}
		}
		lex[h] = uint32(v)
	}
	return lex
}

// Corpora are the unannotated news texts under the shared folder that the
// shipped tagger's lexicon is counted from. GUM's Wikinews articles are
// left out: GUM test documents are among them.
var Corpora = []string{
	"corpora/wiki-current-events-2002-2026.jsonl.gz",
	"corpora/reuters21578.jsonl.gz",
	"corpora/kremlin-zelenskyy-press-2021-2022.jsonl.gz",
}

// ReadCorpora reads the "text" field of every record of the JSONL corpora
// (gzipped when named .gz), in order, up to maxBytes of text in all
// (0: no limit).
func ReadCorpora(shared string, files []string, maxBytes int) ([]string, error) {
	var out []string
	total := 0
	for _, rel := range files {
		path := filepath.Join(shared, rel)
		if err := readJSONLTexts(path, func(t string) bool {
			out = append(out, t)
			total += len(t)
			return maxBytes <= 0 || total < maxBytes
		}); err != nil {
			return nil, err
		}
		if maxBytes > 0 && total >= maxBytes {
			break
		}
	}
	return out, nil
}

func readJSONLTexts(path string, yield func(string) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if filepath.Ext(path) == ".gz" {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		sc = bufio.NewScanner(gz)
	}
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if rec.Text != "" && !yield(rec.Text) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", path, line, err)
	}
	return nil
}
