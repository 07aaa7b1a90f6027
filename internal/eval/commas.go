package eval

import (
	"fmt"
	"strings"
)

// CommaLimits are PETRARCH's comma-clause options: comma-delimited clauses
// whose length in words lies within a range are removed from the parse
// before coding. Internal clauses lie between two commas, the initial one
// before the first comma, the terminal one after the last; a maximum of 0
// turns that kind off. Commas inside a noun phrase ("complete, full
// diplomatic ties") delimit nothing.
type CommaLimits struct {
	Min, Max   int // internal clause
	BMin, BMax int // initial ("begin") clause
	EMin, EMax int // terminal ("end") clause
}

// DefaultCommaLimits are PETRARCH's defaults (from TABARI): internal and
// terminal clauses of 2 to 8 words go; initial clauses stay.
var DefaultCommaLimits = CommaLimits{Min: 2, Max: 8, BMin: 0, BMax: 0, EMin: 2, EMax: 8}

// Commas returns the record's comma limits: PETRARCH's defaults with the
// record's comma_* options over them.
func (o RecordOptions) Commas() CommaLimits {
	c := DefaultCommaLimits
	for k, v := range o.Comma {
		switch k {
		case "comma_min":
			c.Min = v
		case "comma_max":
			c.Max = v
		case "comma_bmin":
			c.BMin = v
		case "comma_bmax":
			c.BMax = v
		case "comma_emin":
			c.EMin = v
		case "comma_emax":
			c.EMax = v
		}
	}
	return c
}

// leaf is one word of a Treebank parse.
type leaf struct {
	tag, word string
	np        int // index of the innermost NP around it, -1 for none
	inNP      bool
	gone      bool
}

// parseLeaves reads the words of a balanced Treebank parse with their
// tags and the noun phrases around them; nps[i] is the [first, last]
// leaf range of noun phrase i.
func parseLeaves(parse string) ([]leaf, [][2]int, error) {
	type open struct {
		tag string
		np  int
	}
	var stack []open
	var leaves []leaf
	var nps [][2]int
	i := 0
	for i < len(parse) {
		switch c := parse[i]; {
		case c == '(':
			j := i + 1
			for j < len(parse) && !strings.ContainsRune(" \t\n\r()", rune(parse[j])) {
				j++
			}
			tag := parse[i+1 : j]
			k := j
			for k < len(parse) && strings.ContainsRune(" \t\n\r", rune(parse[k])) {
				k++
			}
			e := k
			for e < len(parse) && !strings.ContainsRune(" \t\n\r()", rune(parse[e])) {
				e++
			}
			if e > k && e < len(parse) && parse[e] == ')' && k > j {
				// "(TAG word)": a leaf
				np, in := -1, false
				for s := len(stack) - 1; s >= 0; s-- {
					if stack[s].np >= 0 {
						if np < 0 {
							np = stack[s].np
						}
						in = true
					}
				}
				leaves = append(leaves, leaf{tag: tag, word: parse[k:e], np: np, inNP: in})
				for _, o := range stack {
					if o.np >= 0 {
						nps[o.np][1] = len(leaves) - 1
					}
				}
				i = e + 1
				continue
			}
			o := open{tag: tag, np: -1}
			if tag == "NP" {
				o.np = len(nps)
				nps = append(nps, [2]int{len(leaves), len(leaves) - 1})
			}
			stack = append(stack, o)
			i = j
		case c == ')':
			if len(stack) == 0 {
				return nil, nil, fmt.Errorf("%w: ')' without '(' at byte %d", ErrBadParse, i)
			}
			stack = stack[:len(stack)-1]
			i++
		default:
			i++
		}
	}
	if len(stack) != 0 {
		return nil, nil, fmt.Errorf("%w: %d '(' left open", ErrBadParse, len(stack))
	}
	return leaves, nps, nil
}

// countWords counts the words of leaves (lo, hi) as PETRARCH does: tokens
// that start with a letter.
func countWords(ls []leaf, lo, hi int) int {
	n := 0
	for i := lo + 1; i < hi; i++ {
		if w := ls[i].word; !ls[i].gone && w != "" && (w[0]|0x20 >= 'a' && w[0]|0x20 <= 'z') {
			n++
		}
	}
	return n
}

// dropClause removes the words of leaves (lo, hi) whose noun phrase lies
// wholly inside the clause: a noun phrase that reaches beyond it stays
// whole, as PETRARCH removes complete phrases only.
func dropClause(ls []leaf, nps [][2]int, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		if np := ls[i].np; np < 0 || nps[np][0] > lo && nps[np][1] < hi {
			ls[i].gone = true
		}
	}
}

// removeCommaClauses applies PETRARCH's comma-clause elimination to the
// leaves: the initial clause, the terminal clause (before the final
// punctuation), then each internal clause between consecutive commas.
func removeCommaClauses(ls []leaf, nps [][2]int, c CommaLimits) {
	var commas []int
	for i, l := range ls {
		if l.tag == "," && !l.inNP {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return
	}
	end := len(ls)
	for end > 0 && (ls[end-1].tag == "." || ls[end-1].tag == "''") {
		end--
	}
	if c.BMax != 0 {
		if n := countWords(ls, -1, commas[0]); n >= c.BMin && n <= c.BMax {
			dropClause(ls, nps, -1, commas[0])
		}
	}
	if last := commas[len(commas)-1]; c.EMax != 0 && last < end {
		if n := countWords(ls, last, end); n >= c.EMin && n <= c.EMax {
			dropClause(ls, nps, last, end)
		}
	}
	if c.Max != 0 {
		for k := 0; k+1 < len(commas); k++ {
			lo, hi := commas[k], commas[k+1]
			if n := countWords(ls, lo, hi); n >= c.Min && n <= c.Max {
				dropClause(ls, nps, lo, hi)
			}
		}
	}
	// A comma left with no words before it (or after it) goes too.
	if countWords(ls, -1, commas[0]) == 0 {
		ls[commas[0]].gone = true
	}
	if last := commas[len(commas)-1]; countWords(ls, last, end) == 0 {
		ls[last].gone = true
	}
}
