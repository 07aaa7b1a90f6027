package petrarch

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"dyad/internal/kb/events"
	"dyad/internal/nlp/lemma"
)

// maxAlternatives bounds how many patterns one pattern line may expand
// into through synonym sets; beyond it the line is reported, not loaded.
const maxAlternatives = 256

// VerbStats counts what ReadVerbs found.
type VerbStats struct {
	Synsets, Blocks, Verbs, Forms, Lines, Patterns int
}

// ReadVerbs reads a PETRARCH verb dictionary into event patterns (see the
// package comment for the mapping).
func ReadVerbs(r io.Reader, file string) ([]*events.Pattern, VerbStats, []Skip, error) {
	var st VerbStats
	lines, err := readLines(r, false)
	if err != nil {
		return nil, st, nil, fmt.Errorf("petrarch: %s: %w", file, err)
	}
	var skips []Skip
	pos := func(n int) string { return file + ":" + strconv.Itoa(n) }
	skip := func(l line, format string, a ...any) {
		skips = append(skips, Skip{Pos: pos(l.n), Text: l.raw, Reason: fmt.Sprintf(format, a...)})
	}
	// Pass 1: synonym sets, wherever they are defined.
	raw := map[string][]string{}
	var cur string
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		switch {
		case t == "" && l.raw != "":
			// a comment line inside a set does not end it
		case t == "":
			cur = ""
		case strings.HasPrefix(t, "&"):
			cur = synName(t)
			if _, dup := raw[cur]; dup {
				skip(l, "synonym set %s defined twice; members added to the first", t)
			}
			raw[cur] = append(raw[cur], []string{}...)
			st.Synsets++
		case cur != "" && strings.HasPrefix(t, "+"):
			raw[cur] = append(raw[cur], strings.TrimSpace(t[1:]))
		default:
			cur = ""
		}
	}
	syn := &synsets{raw: raw, done: map[string][][]string{}}

	var pats []*events.Pattern
	type verb struct {
		trig string   // lemma
		rest []string // words of a multi-word verb after the first
		// forms are the only texts of the trigger the verb matches when it
		// is written inflected ("LEFT", "SAID"): PETRARCH matches words, so
		// LEFT is not LEAVE.
		forms []string
	}
	var verbs []verb
	blockCode := ""
	inSyn := false
	add := func(l line, code string, pre, post [][]string, textOf string) {
		for _, v := range verbs {
			for _, p := range pre {
				for _, q := range post {
					pt, err := buildPattern(code, v.trig, v.rest, p, q)
					if err != nil {
						skip(l, "%v", err)
						return
					}
					pt.Text = textOf
					if v.forms != nil {
						pt.Text = "{" + strings.Join(v.forms, " ") + "} " + textOf
					}
					pt.Pos = pos(l.n)
					pats = append(pats, pt)
					st.Patterns++
				}
			}
		}
	}
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		switch {
		case t == "" && l.raw != "":
		case t == "":
			inSyn = false
		case strings.HasPrefix(t, "&"):
			inSyn = true
		case inSyn && strings.HasPrefix(t, "+"):
		case strings.HasPrefix(t, "---"):
			inSyn = false
			st.Blocks++
			verbs = nil
			inner := strings.TrimSpace(strings.Trim(t, "-"))
			_, code, ok := bracket(inner)
			if !ok {
				skip(l, "verb block header without [code]")
				blockCode = "---"
				continue
			}
			c, err := eventCode(code)
			if err != nil {
				skip(l, "block code: %v; block patterns without a code of their own are skipped", err)
				c = "---"
			}
			blockCode = c
		case strings.HasPrefix(t, "~"):
			skip(l, "transformation rules are not supported (dyad's coder has no clause-embedding transformations)")
		case strings.HasPrefix(t, "-"):
			st.Lines++
			if verbs == nil {
				skip(l, "pattern outside a verb block")
				continue
			}
			body, code, ok := bracket(t[1:])
			c := blockCode
			if ok {
				var err error
				if c, err = eventCode(code); err != nil {
					skip(l, "%v", err)
					continue
				}
			}
			pre, post, err := splitPattern(body, syn)
			if err != nil {
				skip(l, "%v", err)
				continue
			}
			if len(pre)*len(post)*len(verbs) > maxAlternatives {
				skip(l, "synonym sets expand this pattern into %d alternatives (limit %d)", len(pre)*len(post)*len(verbs), maxAlternatives)
				continue
			}
			add(l, c, pre, post, strings.ToLower(strings.Join(strings.Fields(body), " ")))
		case strings.HasPrefix(t, "+") && blockCode == "":
			skip(l, "'+' line outside a verb block or synonym set")
		default:
			// "+BREAK_DOWN {+BROKE_DOWN}" in a block is one more verb.
			t = strings.ReplaceAll(t, "+", "")
			if blockCode == "" {
				skip(l, "verb line outside a verb block (no --- VERB [code] --- header above)")
				continue
			}
			// A verb line: "BAN {BANS BANNED} [191]" or "RULE OUT".
			text, code, hasCode := bracket(t)
			var irregular []string
			if i := strings.IndexByte(text, '{'); i >= 0 {
				j := strings.IndexByte(text[i:], '}')
				if j < 0 {
					skip(l, "unclosed '{'")
					continue
				}
				irregular = strings.Fields(strings.ToLower(text[i+1 : i+j]))
				st.Forms += len(irregular)
				text = text[:i] + text[i+j+1:]
			}
			words := strings.Fields(strings.ToLower(strings.ReplaceAll(text, "_", " ")))
			if len(words) == 0 {
				skip(l, "empty verb line")
				continue
			}
			ok := true
			for _, w := range words {
				if !isWord(w) {
					skip(l, "verb %q: not a word", w)
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			v := verb{trig: verbLemma(words[0]), rest: words[1:]}
			if v.trig != words[0] {
				v.forms = []string{words[0]}
				for _, f := range irregular {
					if w := strings.Fields(strings.ReplaceAll(f, "_", " ")); len(w) > 0 {
						v.forms = append(v.forms, w[0])
					}
				}
			}
			st.Verbs++
			c := blockCode
			if hasCode {
				var err error
				if c, err = eventCode(code); err != nil {
					skip(l, "%v", err)
					continue
				}
			}
			// The verb alone codes the block's (or its own) code.
			saved := verbs
			verbs = []verb{v}
			if c != "---" {
				add(l, c, [][]string{nil}, [][]string{nil}, strings.Join(words, " "))
			}
			verbs = append(saved, v)
		}
	}
	return pats, st, skips, nil
}

func synName(t string) string {
	return strings.ToUpper(strings.TrimRight(strings.Fields(t)[0], "_"))
}

// synsets expands synonym sets, nested ones included.
type synsets struct {
	raw  map[string][]string
	done map[string][][]string
	busy map[string]bool
}

// expand returns the members of set name as word lists.
func (s *synsets) expand(name string) ([][]string, error) {
	if d, ok := s.done[name]; ok {
		return d, nil
	}
	members, ok := s.raw[name]
	if !ok {
		return nil, fmt.Errorf("synonym set %s is not defined", name)
	}
	if s.busy == nil {
		s.busy = map[string]bool{}
	}
	if s.busy[name] {
		return nil, fmt.Errorf("synonym set %s contains itself", name)
	}
	s.busy[name] = true
	defer delete(s.busy, name)
	var out [][]string
	for _, m := range members {
		alts, err := s.words(m)
		if err != nil {
			return nil, err
		}
		out = append(out, alts...)
		if len(out) > maxAlternatives {
			return nil, fmt.Errorf("synonym set %s has more than %d members", name, maxAlternatives)
		}
	}
	s.done[name] = out
	return out, nil
}

// spacer splits "IN_*", "(TO" and "{ARMS" into tokens.
var spacer = strings.NewReplacer("_", " ", "(", " ( ", ")", " ) ", "{", " { ", "}", " } ")

// words splits a phrase into tokens, expanding synonym sets, and returns
// every alternative.
func (s *synsets) words(p string) ([][]string, error) {
	p = spacer.Replace(p)
	alts := [][]string{nil}
	for _, w := range strings.Fields(p) {
		var opts [][]string
		if strings.HasPrefix(w, "&") {
			e, err := s.expand(synName(w))
			if err != nil {
				return nil, err
			}
			opts = e
		} else {
			opts = [][]string{{strings.ToLower(w)}}
		}
		var next [][]string
		for _, a := range alts {
			for _, o := range opts {
				next = append(next, append(append([]string(nil), a...), o...))
			}
		}
		if len(next) > maxAlternatives {
			return nil, fmt.Errorf("synonym sets expand into more than %d alternatives", maxAlternatives)
		}
		alts = next
	}
	return alts, nil
}

// splitPattern splits a pattern body at '*' into the alternatives of the
// words before and after it.
func splitPattern(body string, syn *synsets) (pre, post [][]string, err error) {
	alts, err := syn.words(body)
	if err != nil {
		return nil, nil, err
	}
	for _, a := range alts {
		star := -1
		for i, w := range a {
			if w == "*" {
				if star >= 0 {
					return nil, nil, fmt.Errorf("pattern has more than one '*'")
				}
				star = i
			}
			if w == "%" && (star < 0 || i < star) && slices.Contains(a[i+1:], "*") {
				continue // a compound subject: Finish pairs its members
			}
		}
		if star < 0 {
			return nil, nil, fmt.Errorf("pattern has no '*' for the verb")
		}
		pre = append(pre, a[:star])
		post = append(post, a[star+1:])
	}
	// pre and post were built pairwise; keep them pairwise by returning
	// one combined list on one side.
	if len(alts) > 1 {
		out := make([][]string, len(alts))
		for i := range alts {
			out[i] = append(append(append([]string(nil), pre[i]...), "*"), post[i]...)
		}
		return out, [][]string{{"*"}}, nil
	}
	return pre, post, nil
}

// buildPattern makes one events.Pattern for trigger trig (a verb lemma,
// rest the other words of a multi-word verb) from the words before and
// after the verb.
func buildPattern(code, trig string, rest, pre, post []string) (*events.Pattern, error) {
	// splitPattern may hand the whole alternative in pre with "*" inside.
	if len(post) == 1 && post[0] == "*" {
		for i, w := range pre {
			if w == "*" {
				pre, post = pre[:i], pre[i+1:]
				break
			}
		}
	}
	// A pre-verb word that governs the verb ("INDICATED *", "SAID * TO
	// ATTEND") becomes the trigger, with the verb as its dependent: in the
	// dependency tree the verb hangs from it. Later pre-verb words stay
	// dependents (of the verb, found below the trigger).
	if g := governor(pre); g >= 0 {
		verb := trig
		trig = verbLemma(pre[g])
		pre = append(append([]string(nil), pre[g+1:]...), pre[:g]...)
		rest = append([]string{verb}, rest...)
	}
	p := &events.Pattern{Code: code, POS: events.Verb, Trigger: trig, Specificity: 1}
	for _, w := range rest {
		p.Elems = append(p.Elems, events.Elem{Lemma: w})
		p.Specificity++
	}
	for _, w := range pre {
		switch w {
		case "%":
			// A compound subject: more specific than the verb alone.
			p.Specificity++
			continue
		case "$", "^", "(", ")", "{", "}":
			// "$ *": the subject is the default source; '^' skips a phrase.
			continue
		case "+":
			return nil, fmt.Errorf("a target before the verb ('+ *') is not supported")
		}
		if !isWord(w) {
			return nil, fmt.Errorf("pattern word %q is not a word", w)
		}
		p.Elems = append(p.Elems, events.Elem{Lemma: wordLemma(w), PreHead: true})
		p.Specificity++
	}
	prev := ""
	for _, w := range post {
		switch w {
		case "^", "(", ")", "{", "}":
			continue
		case "+", "$", "%":
			// "%" after the verb is a compound target: the coder gives one
			// event per conjunct.
			e := events.Elem{Slot: events.Target}
			if w == "$" {
				e.Slot = events.Source
			}
			if events.IsPreposition(prev) {
				e.Case = prev
			}
			for _, o := range p.Elems {
				if o.Slot == e.Slot {
					return nil, fmt.Errorf("two %s slots", e.Slot)
				}
			}
			p.Elems = append(p.Elems, e)
			p.Specificity++
			prev = w
			continue
		}
		if !isWord(w) {
			return nil, fmt.Errorf("pattern word %q is not a word", w)
		}
		p.Elems = append(p.Elems, events.Elem{Lemma: wordLemma(w)})
		p.Specificity++
		prev = w
	}
	return p, nil
}

// eventCode checks a pattern code: CAMEO-like digits with an optional
// letter ("075A"), the null code "---", or a pair "032:033".
func eventCode(c string) (string, error) {
	c = strings.ToUpper(strings.TrimSpace(c))
	if c == "---" {
		return c, nil
	}
	parts := strings.Split(c, ":")
	if len(parts) > 2 {
		return "", fmt.Errorf("code %q: more than two codes in a pair", c)
	}
	for _, p := range parts {
		if p == "---" || (p == "" && len(parts) == 2) {
			continue
		}
		digits := 0
		for i, r := range p {
			switch {
			case r >= '0' && r <= '9' && digits == i:
				digits++
			case r >= 'A' && r <= 'Z' && i == len(p)-1 && digits >= 2:
			default:
				return "", fmt.Errorf("code %q is not an event code (digits, an optional final letter, or ---)", c)
			}
		}
		if digits < 2 || digits > 4 {
			return "", fmt.Errorf("code %q is not an event code (two to four digits)", c)
		}
	}
	return c, nil
}

func isWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '\'', r == '.', r > 0x7f:
		default:
			return false
		}
	}
	return true
}

// auxLemmas maps the function words PETRARCH patterns spell out (they
// match text, dyad matches lemmas) onto their lemmas.
var auxLemmas = map[string]string{
	"was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be", "am": "be",
	"has": "have", "had": "have", "having": "have", "did": "do", "does": "do",
	"n't": "not", "wo": "will", "ca": "can",
}

// verbLemma is the lemma of a dictionary verb, which may be written
// inflected ("SAID", "RISEN").
func verbLemma(w string) string {
	if l, ok := auxLemmas[w]; ok {
		return l
	}
	if l := strings.ToLower(lemma.Lemma(w, "VERB", "")); l != "" {
		return l
	}
	return w
}

// wordLemma guesses the lemma of a pattern word written as text.
func wordLemma(w string) string {
	if l, ok := auxLemmas[w]; ok {
		return l
	}
	if events.IsPreposition(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"):
		return strings.ToLower(lemma.Lemma(w, "VERB", ""))
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return strings.ToLower(lemma.Lemma(w, "NOUN", "NNS"))
	}
	return w
}

// governor returns the index of the first word before '*' that is an
// inflected content verb ("indicated", "said", "failed"): such a word
// governs the pattern's verb rather than depending on it. -1 if none.
func governor(pre []string) int {
	for i, w := range pre {
		if _, aux := auxLemmas[w]; aux {
			continue
		}
		if w == "said" || w == "says" || (strings.HasSuffix(w, "ed") && len(w) > 4) {
			if l := verbLemma(w); l != w {
				return i
			}
		}
	}
	return -1
}
