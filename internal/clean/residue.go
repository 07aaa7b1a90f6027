package clean

import (
	"regexp"
	"strings"
)

// residueRule is one kind of scraper residue, matched against a whole
// normalised line.
type residueRule struct {
	reason string
	re     *regexp.Regexp
}

// maxResidue is the longest line a residue rule may remove: furniture is
// short, and a long line matching a pattern is more likely text.
const maxResidue = 160

// residueRules are matched case-insensitively against whole lines. They
// describe page furniture in general, not any one site.
var residueRules = []residueRule{
	{"advertisement", regexp.MustCompile(`(?i)^(?:-+ ?)?(?:advert(?:is(?:e|)ment)?s?|advertisment|ads?|sponsored(?: content| links?)?|story continues (?:below|after) (?:this )?advertisement|continue reading (?:below|the main story)|skip advertisement|scroll to continue(?: with content)?|article continues below(?: this ad)?)(?: ?-+)?$`)},
	{"share prompt", regexp.MustCompile(`(?i)^(?:share|share this(?: article| story| page| post)?|share on (?:facebook|twitter|x|whatsapp|linkedin|email)|click to share.*|tweet|email|print|copy link|facebook twitter.*|share (?:via|by) .*)[.!:]?$`)},
	{"read more link", regexp.MustCompile(`(?i)^(?:read more|read more:.*|also read:.*|read also:.*|see also:.*|related:.*|related (?:articles|stories|content|coverage|topics|news)|more on this story|recommended(?: for you| stories)?|most (?:read|popular)|trending(?: now)?|click here .*|watch:.*|listen:.*|(?:more|top) stories)$`)},
	{"cookie notice", regexp.MustCompile(`(?i)^.*\b(?:we use cookies|(?:this|our) (?:site|website) uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|use of cookies|by continuing to (?:use|browse)\b.*\bcookies?)\b.*$`)},
	{"newsletter prompt", regexp.MustCompile(`(?i)^(?:sign up|subscribe)(?: now| today| here)?(?: to| for)? (?:our|the)? ?(?:daily |weekly |free )?(?:newsletter|email|bulletin|briefing)s?\b.*$|^.*\bnewsletter\b.*\b(?:sign up|subscribe)\b.*$|^subscribe(?: now)?[.!]?$`)},
	{"byline", regexp.MustCompile(`^(?:[Bb]y|BY) (?:[A-Z][\p{L}.'-]*)(?: (?:[A-Z][\p{L}.'-]*|de|van|von|al|el|bin|da|di|and|&)){0,5}(?:,? (?:[A-Z][\p{L}.'-]*|and|&)(?: [A-Z][\p{L}.'-]*){0,4})?(?:,? \(?(?:Reuters|AP|AFP|Associated Press|Bloomberg|CNN|BBC News|Staff Writer|Staff Reporter|Correspondent)\)?)?$`)},
	{"wire trailer", regexp.MustCompile(`(?i)^\(?(?:reporting|additional reporting|writing|editing) by [^.]*(?:;|\)|$).*$`)},
	{"image credit", regexp.MustCompile(`(?i)^(?:image|photo|picture|video)(?: caption| copyright| credit| source)(?::? .*)?$|^(?:image|photo|picture|video): .*$|^(?:photo|image)s? (?:by|courtesy of) .*$|^\(?(?:getty images|reuters|afp|ap photo|epa)(?:/[\p{L} .]+)?\)?$`)},
	{"copyright line", regexp.MustCompile(`(?i)^(?:©|\(c\) \d{4}|copyright ©|copyright \d{4}).*$|^all rights reserved\.?$`)},
	{"follow prompt", regexp.MustCompile(`(?i)^follow (?:us|@\S+|[\p{L} ]{1,40}) on (?:twitter|facebook|instagram|x|telegram|linkedin|tiktok|youtube|google news)\b.*$`)},
}

// residue returns why a normalised line is residue, or "".
func residue(line string) string {
	if len(line) > maxResidue {
		return ""
	}
	// Image-credit lines must be short labels, not sentences that start
	// with "Photo:" and go on to report.
	for _, r := range residueRules {
		if r.re.MatchString(line) {
			if r.reason == "image credit" && len(strings.Fields(line)) > 12 {
				continue
			}
			return r.reason
		}
	}
	return ""
}
