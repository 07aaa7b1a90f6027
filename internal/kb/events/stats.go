package events

// Stats counts what a set holds, for `dyad dict stats`: patterns (each '|'
// alternative is one), verb, noun and adjective patterns, distinct verb and noun
// triggers, codes with patterns, patterns with a target slot, and patterns
// needing more than the trigger (multi-word).
func Stats(s *Set) map[string]int {
	st := map[string]int{
		"patterns":       0,
		"verb_patterns":  0,
		"noun_patterns":  0,
		"verb_triggers":  len(s.Triggers(Verb)),
		"noun_triggers":  len(s.Triggers(Noun)),
		"adj_patterns":   0,
		"codes":          len(s.Codes()),
		"with_target":    0,
		"multi_word":     0,
		"with_negations": 0,
	}
	for _, p := range s.Patterns() {
		st["patterns"]++
		switch p.POS {
		case Verb:
			st["verb_patterns"]++
		case Noun:
			st["noun_patterns"]++
		case Adj:
			st["adj_patterns"]++
		}
		if _, ok := p.Target(); ok {
			st["with_target"]++
		}
		if len(p.Required()) > 0 {
			st["multi_word"]++
		}
		for _, e := range p.Elems {
			if e.Negated {
				st["with_negations"]++
				break
			}
		}
	}
	return st
}

// StatsOrder is the order in which Stats' keys read best.
var StatsOrder = []string{"patterns", "verb_patterns", "noun_patterns", "adj_patterns", "verb_triggers", "noun_triggers", "codes", "with_target", "multi_word", "with_negations"}
