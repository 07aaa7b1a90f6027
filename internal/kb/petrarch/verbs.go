package petrarch

import (
	"fmt"
	"io"
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
	noPlural := map[string]bool{} // "&NAME_": members are matched as written only
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
			noPlural[cur] = strings.HasSuffix(strings.Fields(t)[0], "_")
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
	syn := &synsets{raw: raw, noPlural: noPlural, done: map[string][][]tok{}}

	var pats []*events.Pattern
	var verbs []verb
	blockCode := ""
	inSyn := false
	add := func(l line, code string, alts []split, textOf string) {
		for _, v := range verbs {
			for _, a := range alts {
				pt, err := buildPattern(code, v, a)
				if err != nil {
					skip(l, "%v", err)
					return
				}
				pt.Text = textOf
				if v.forms != nil {
					pt.Text = "{" + strings.Join(v.forms, " ") + "} " + textOf
					pt.Forms = v.forms
				}
				pt.Pos = pos(l.n)
				pats = append(pats, pt)
				st.Patterns++
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
			alts, err := splitPattern(body, syn)
			if err != nil {
				skip(l, "%v", err)
				continue
			}
			if len(alts)*len(verbs) > maxAlternatives {
				skip(l, "synonym sets expand this pattern into %d alternatives (limit %d)", len(alts)*len(verbs), maxAlternatives)
				continue
			}
			add(l, c, alts, strings.ToLower(strings.Join(strings.Fields(body), " ")))
		case strings.HasPrefix(t, "+") && blockCode == "":
			skip(l, "'+' line outside a verb block or synonym set")
		default:
			// "+BREAK_DOWN {+BROKE_DOWN}" in a block is one more verb.
			t = strings.TrimPrefix(t, "+")
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
			// "WIRE_+TAP": the word marked '+' is the verb, the others are
			// joined to it; without a mark the first word is.
			k := 0
			for i, w := range words {
				if strings.HasPrefix(w, "+") {
					k = i
					words[i] = w[1:]
				}
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
			v := verb{trig: verbLemma(words[k]), before: words[:k], rest: words[k+1:]}
			if v.trig != words[k] {
				v.forms = []string{words[k]}
				for _, f := range irregular {
					fw := strings.Fields(strings.ReplaceAll(f, "_", " "))
					fk := 0
					for i, w := range fw {
						if strings.HasPrefix(w, "+") {
							fk = i
						}
					}
					if len(fw) > 0 {
						v.forms = append(v.forms, strings.TrimPrefix(fw[fk], "+"))
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
				add(l, c, []split{{}}, strings.Join(words, " "))
			}
			verbs = append(saved, v)
		}
	}
	return pats, st, skips, nil
}

func synName(t string) string {
	return strings.ToUpper(strings.TrimRight(strings.Fields(t)[0], "_"))
}

// verb is one verb of a block: its lemma and the words joined to it.
type verb struct {
	trig   string   // lemma
	before []string // words of a multi-word verb before it ("wire" of WIRE_+TAP)
	rest   []string // words of a multi-word verb after it ("down" of BREAK_DOWN)
	// forms are the only texts of the trigger the verb matches when it
	// is written inflected ("LEFT", "SAID"): PETRARCH matches words, so
	// LEFT is not LEAVE.
	forms []string
}

// tok is one token of a pattern line: a word, '*', a slot or a marker,
// and whether '_' joins it to the token before it.
type tok struct {
	w      string
	joined bool
	plural string // a synonym-set member's plural, matched too
}

// split is one alternative of a pattern: the tokens before and after '*'.
type split struct {
	pre, post []tok
	// joinStar is the connector of '*' itself: the last word before it is
	// joined to the verb ("IN_*").
	joinStar bool
}

// synsets expands synonym sets, nested ones included.
type synsets struct {
	raw      map[string][]string
	noPlural map[string]bool
	done     map[string][][]tok
	busy     map[string]bool
}

// expand returns the members of set name as token lists. A member is a
// phrase PETRARCH matches as consecutive words ("WO N'T"), so the words
// after its first are joined.
func (s *synsets) expand(name string) ([][]tok, error) {
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
	var out [][]tok
	for _, m := range members {
		alts, err := s.words(m)
		if err != nil {
			return nil, err
		}
		for _, a := range alts {
			for i := 1; i < len(a); i++ {
				a[i].joined = true
			}
		}
		// PETRARCH matches a member's plural too, unless the set's name or
		// the member ends in '_' ("&CURRENCY" +DOLLAR: "dollars").
		if !s.noPlural[name] && !strings.HasSuffix(strings.TrimSpace(m), "_") && !strings.HasPrefix(strings.TrimSpace(m), "&") {
			for _, a := range alts {
				if n := len(a); n > 0 && isWord(a[n-1].w) {
					a[n-1].plural = plural(a[n-1].w)
				}
			}
		}
		out = append(out, alts...)
		if len(out) > maxAlternatives {
			return nil, fmt.Errorf("synonym set %s has more than %d members", name, maxAlternatives)
		}
	}
	s.done[name] = out
	return out, nil
}

// plural is PETRARCH's plural of a synonym-set member: Y→IES, S→SES,
// else +S.
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "y"):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"):
		return w + "es"
	}
	return w + "s"
}

// spacer splits "(TO" and "{ARMS" into tokens.
var spacer = strings.NewReplacer("(", " ( ", ")", " ) ", "{", " { ", "}", " } ")

// tokens splits a phrase at blanks and '_', remembering which tokens '_'
// joins to the one before. As in PETRARCH, "_ " (TABARI's open match) is a
// blank and a final '_' is dropped.
func tokens(p string) []tok {
	p = strings.TrimSpace(spacer.Replace(strings.ReplaceAll(p, "_ ", " ")))
	p = strings.TrimRight(p, "_")
	var out []tok
	joined := false
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, tok{w: p[start:end], joined: joined})
			start = -1
			joined = false
		}
	}
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case ' ', '\t':
			flush(i)
			joined = false
		case '_':
			flush(i)
			joined = true
		case '*':
			// The verb is a token of its own even when written against a
			// word ("*SCEPTICAL"); what follows it is joined only by '_'.
			flush(i)
			out = append(out, tok{w: "*", joined: joined})
			joined = false
		default:
			if start < 0 {
				start = i
			}
		}
	}
	flush(len(p))
	return out
}

// words splits a phrase into tokens, expanding synonym sets, and returns
// every alternative.
func (s *synsets) words(p string) ([][]tok, error) {
	alts := [][]tok{nil}
	for _, t := range tokens(p) {
		var opts [][]tok
		if strings.HasPrefix(t.w, "&") {
			e, err := s.expand(synName(t.w))
			if err != nil {
				return nil, err
			}
			opts = make([][]tok, len(e))
			for i, m := range e {
				opts[i] = append([]tok(nil), m...)
				if len(opts[i]) > 0 {
					opts[i][0].joined = t.joined
				}
			}
		} else {
			opts = [][]tok{{{w: strings.ToLower(t.w), joined: t.joined}}}
		}
		var next [][]tok
		for _, a := range alts {
			for _, o := range opts {
				next = append(next, append(append([]tok(nil), a...), o...))
			}
		}
		if len(next) > maxAlternatives {
			return nil, fmt.Errorf("synonym sets expand into more than %d alternatives", maxAlternatives)
		}
		alts = next
	}
	return alts, nil
}

// splitPattern splits a pattern body at '*' into its alternatives, each
// the tokens before and after the verb.
func splitPattern(body string, syn *synsets) ([]split, error) {
	alts, err := syn.words(body)
	if err != nil {
		return nil, err
	}
	out := make([]split, 0, len(alts))
	for _, a := range alts {
		star := -1
		for i, t := range a {
			if t.w == "*" {
				if star >= 0 {
					return nil, fmt.Errorf("pattern has more than one '*'")
				}
				star = i
			}
		}
		if star < 0 {
			return nil, fmt.Errorf("pattern has no '*' for the verb")
		}
		out = append(out, split{pre: a[:star], post: a[star+1:], joinStar: a[star].joined})
	}
	return out, nil
}

// buildPattern makes one events.Pattern for verb v from the tokens before
// and after the verb. The pattern is a Sequence pattern: its words are
// matched as PETRARCH matches them, in order and as written; each element
// also carries the word's lemma, for what reads patterns by lemma.
func buildPattern(code string, v verb, a split) (*events.Pattern, error) {
	pre, post := a.pre, a.post
	p := &events.Pattern{Code: code, POS: events.Verb, Trigger: v.trig, Specificity: 1, Sequence: true}
	// Before the verb: the pattern's words, then the verb's own joined
	// words. Joined says whether the element touches its right neighbour.
	for i, t := range pre {
		joined := a.joinStar
		if i+1 < len(pre) {
			joined = pre[i+1].joined
		}
		switch t.w {
		case "%":
			// A compound subject: more specific than the verb alone;
			// Finish pairs its members.
			p.Elems = append(p.Elems, events.Elem{Compound: true, PreHead: true, Joined: joined})
			p.Specificity++
			continue
		case "(", ")", "{", "}":
			continue
		case "^":
			p.Elems = append(p.Elems, events.Elem{Skip: true, PreHead: true, Joined: joined})
			continue
		case "+", "$":
			e := events.Elem{Slot: events.Target, PreHead: true, Joined: joined}
			if t.w == "$" {
				e.Slot = events.Source
			}
			if err := addSlot(p, e); err != nil {
				return nil, err
			}
			continue
		}
		if !isWord(t.w) {
			return nil, fmt.Errorf("pattern word %q is not a word", t.w)
		}
		p.Elems = append(p.Elems, events.Elem{Lemma: wordLemma(t.w), Text: t.w, Plural: t.plural, PreHead: true, Joined: joined})
		p.Specificity++
	}
	for _, w := range v.before {
		p.Elems = append(p.Elems, events.Elem{Lemma: w, Text: w, PreHead: true, Joined: true})
		p.Specificity++
	}
	for _, w := range v.rest {
		p.Elems = append(p.Elems, events.Elem{Lemma: w, Text: w, Joined: true})
		p.Specificity++
	}
	prev := ""
	for _, t := range post {
		switch t.w {
		case "^":
			p.Elems = append(p.Elems, events.Elem{Skip: true, Joined: t.joined})
			continue
		case "(", ")", "{", "}":
			continue
		case "+", "$", "%":
			// "%" after the verb is a compound target: the coder gives one
			// event per conjunct.
			e := events.Elem{Slot: events.Target, Joined: t.joined}
			if t.w == "$" {
				e.Slot = events.Source
			}
			if events.IsPreposition(prev) {
				e.Case = prev
			}
			if err := addSlot(p, e); err != nil {
				return nil, err
			}
			prev = t.w
			continue
		}
		if !isWord(t.w) {
			return nil, fmt.Errorf("pattern word %q is not a word", t.w)
		}
		p.Elems = append(p.Elems, events.Elem{Lemma: wordLemma(t.w), Text: t.w, Plural: t.plural, Joined: t.joined})
		p.Specificity++
		prev = t.w
	}
	return p, nil
}

// addSlot appends slot e to p unless p has one of its kind already.
func addSlot(p *events.Pattern, e events.Elem) error {
	for _, o := range p.Elems {
		if o.Slot == e.Slot {
			return fmt.Errorf("two %s slots", e.Slot)
		}
	}
	p.Elems = append(p.Elems, e)
	p.Specificity++
	return nil
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
