package token

import "strings"

// abbrevClass says how an abbreviation's period behaves at a possible
// sentence end.
type abbrevClass uint8

const (
	abNone abbrevClass = iota
	// abTitle precedes a name and never ends a sentence ("Gen.", "Mr.", "St.").
	abTitle
	// abOther may end a sentence ("Inc.", "Jan.", "Calif.", "etc.").
	abOther
	// abNumber is an abbreviation only before a number ("No. 2", "Art. 5").
	abNumber
)

// abbrevs maps lowercased abbreviations (without the period) to their class.
// Entries are matched only when the word starts with a capital letter,
// except those in lowerAbbrevs, so that "sun." or "sat." at the end of a
// sentence stay words.
var abbrevs = map[string]abbrevClass{
	// titles and ranks
	"mr": abTitle, "mrs": abTitle, "ms": abTitle, "messrs": abTitle, "mme": abTitle, "dr": abTitle,
	"prof": abTitle, "gen": abTitle, "lt": abTitle, "col": abTitle, "maj": abTitle, "capt": abTitle,
	"cmdr": abTitle, "cdr": abTitle, "adm": abTitle, "sgt": abTitle, "cpl": abTitle, "pvt": abTitle,
	"brig": abTitle, "rev": abTitle, "hon": abTitle, "sen": abTitle, "rep": abTitle, "reps": abTitle,
	"sens": abTitle, "gov": abTitle, "pres": abTitle, "supt": abTitle, "insp": abTitle, "det": abTitle,
	"st": abTitle, "ste": abTitle, "mt": abTitle, "ft": abTitle, "gens": abTitle, "lieut": abTitle,
	"cmdt": abTitle, "fr": abTitle, "sr": abOther, "jr": abOther, "atty": abTitle, "amb": abTitle,
	"sec": abTitle, "secy": abTitle, "pfc": abTitle, "spc": abTitle, "msgt": abTitle,
	// companies and organisations
	"inc": abOther, "corp": abOther, "co": abOther, "ltd": abOther, "llc": abOther, "plc": abOther,
	"bros": abOther, "assn": abOther, "dept": abOther, "univ": abOther, "intl": abOther, "govt": abOther,
	// months and days
	"jan": abOther, "feb": abOther, "mar": abOther, "apr": abOther, "jun": abOther, "jul": abOther,
	"aug": abOther, "sep": abOther, "sept": abOther, "oct": abOther, "nov": abOther, "dec": abOther,
	"mon": abOther, "tue": abOther, "tues": abOther, "wed": abOther, "thu": abOther, "thur": abOther,
	"thurs": abOther, "fri": abOther, "sat": abOther, "sun": abOther,
	// US states as datelines write them
	"ala": abOther, "ariz": abOther, "ark": abOther, "calif": abOther, "colo": abOther, "conn": abOther,
	"del": abOther, "fla": abOther, "ga": abOther, "ill": abOther, "ind": abOther, "kan": abOther,
	"kans": abOther, "ky": abOther, "la": abOther, "md": abOther, "mass": abOther, "mich": abOther,
	"minn": abOther, "miss": abOther, "mo": abOther, "mont": abOther, "neb": abOther, "nev": abOther,
	"okla": abOther, "ore": abOther, "pa": abOther, "tenn": abOther, "tex": abOther, "va": abOther,
	"vt": abOther, "wash": abOther, "wis": abOther, "wyo": abOther, "penn": abOther,
	"ont": abOther, "que": abOther, "alta": abOther, "sask": abOther, "nfld": abOther,
	// addresses and others
	"ave": abOther, "blvd": abOther, "rd": abOther, "hwy": abOther, "sq": abOther,
	"vs": abOther, "etc": abOther, "esp": abOther, "approx": abOther, "est": abOther, "fig": abOther,
	"figs": abOther, "vol": abOther, "vols": abOther, "pp": abOther, "cf": abOther, "al": abOther,
	"ca": abOther, "viz": abOther, "no": abNumber, "nos": abNumber, "art": abNumber, "ch": abNumber,
	"sect": abNumber, "p": abNumber, "op": abNumber, "v": abOther, "pop": abOther, "ed": abOther, "eds": abOther,
}

// lowerAbbrevs may be written in lower case.
var lowerAbbrevs = map[string]bool{
	"vs": true, "etc": true, "esp": true, "approx": true, "fig": true, "figs": true, "vol": true,
	"pp": true, "cf": true, "v": true, "pop": true, "ed": true, "eds": true, "al": true, "ca": true, "viz": true, "no": true, "p": true, "sec": true,
}

// isAbbrev reports whether the word text[p:q], followed by a period at q,
// takes the period as part of itself.
func isAbbrev(text string, p, q, b int) bool {
	w := text[p:q]
	if strings.IndexByte(w, '.') > 0 {
		// "U.S", "e.g", "Ph.D", "a.m" — but not "3.5" or "cnn.com".
		last := w[strings.LastIndexByte(w, '.')+1:]
		return len(last) <= 2 && isLetterByte(last[0]) && !isDigit(w[0])
	}
	if len(w) == 1 {
		// An initial: "J." in "Ralph J. Bunche. "I." is a word too often at
		// the end of a sentence.
		if isUpperASCII(w[0]) {
			return w[0] != 'I'
		}
		return abbrevOf(w, text, q+1) != abNone
	}
	if h := strings.LastIndexByte(w, '-'); h > 0 && h < len(w)-1 {
		w = w[h+1:] // "D-Minn."
	}
	return abbrevOf(w, text, q+1) != abNone
}

// abbrevOf returns the class of the word w, an abbreviation when followed by
// a period; after is the offset just past the period.
func abbrevOf(w string, text string, after int) abbrevClass {
	if len(w) > 8 || len(w) == 0 {
		return abNone
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpperASCII(c) {
			c += 'a' - 'A'
		} else if c >= 0x80 {
			return abNone
		}
		buf[i] = c
	}
	key := string(buf[:len(w)])
	cl := abbrevs[key]
	if cl == abNone {
		return abNone
	}
	if !isUpperASCII(w[0]) && !lowerAbbrevs[key] {
		return abNone
	}
	if cl == abNumber {
		// "No. 10": only before a number.
		i := after
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		if i >= len(text) || !isDigit(text[i]) {
			return abNone
		}
	}
	return cl
}

// abbrevClassOf returns the class of an abbreviation token ending in a period.
func abbrevClassOf(tok string) abbrevClass {
	w := tok[:len(tok)-1]
	if h := strings.LastIndexByte(w, '-'); h > 0 && h < len(w)-1 {
		w = w[h+1:]
	}
	if strings.IndexByte(w, '.') > 0 {
		return abOther
	}
	if isDigit(w[0]) {
		return abTitle // list numbers precede their items
	}
	if len(w) == 1 {
		return abOther // initials: "Ralph J. Bunche", but "Plan B. The"
	}
	cl := abbrevOf(w, "", 0)
	if cl == abNone {
		return abTitle // abNumber entries matched before a number
	}
	return cl
}

// starters are capitalised words that begin sentences far more often than
// they continue a name after an abbreviation: "... Corp. The company".
var starters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "You": true, "In": true, "On": true, "At": true, "But": true, "And": true, "Or": true,
	"This": true, "That": true, "These": true, "Those": true, "His": true, "Her": true, "Its": true,
	"Their": true, "Our": true, "My": true, "Your": true, "There": true, "As": true, "If": true,
	"When": true, "While": true, "After": true, "Before": true, "However": true, "Meanwhile": true,
	"Some": true, "Many": true, "Most": true, "All": true, "No": true, "Not": true, "So": true,
	"Yet": true, "For": true, "From": true, "By": true, "With": true, "Under": true, "According": true,
	"Also": true, "Since": true, "Although": true, "Though": true, "Because": true, "What": true,
	"Who": true, "Why": true, "How": true, "Where": true, "Which": true, "Officials": true,
	"Earlier": true, "Later": true, "Now": true, "Then": true, "Last": true, "Next": true, "One": true,
	"Two": true, "Both": true, "Each": true, "Such": true, "Other": true, "Another": true,
	"During": true, "Despite": true, "Among": true, "Until": true, "Police": true, "Please": true,
	"Thanks": true, "Thank": true, "Is": true, "Are": true, "Was": true, "Were": true, "Do": true,
	"Does": true, "Did": true, "Can": true, "Will": true, "Would": true, "Should": true, "Could": true,
	"Let": true, "Here": true, "Today": true, "Yesterday": true, "Tomorrow": true,
}
