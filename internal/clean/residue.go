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
	// need lists lower-case words of which a line must hold one for the
	// rule to be tried: a cheap filter that keeps the regexps off most
	// lines of real text.
	need []string
	// max is the longest line the rule may remove; 0 means maxResidue.
	max int
}

// maxResidue is the longest line a residue rule may remove: furniture is
// short, and a long line matching a pattern is more likely text.
const maxResidue = 160

// residueRules are matched case-insensitively against whole lines. They
// describe page furniture in general, not any one site.
var residueRules = []residueRule{
	{"advertisement", regexp.MustCompile(`(?i)^(?:-+ ?)?(?:advert(?:is(?:e|)ment)?s?|advertisment|ads?|sponsored(?: content| links?)?|story continues (?:below|after) (?:this )?advertisement|continue reading (?:below|the main story)|skip advertisement|scroll to continue(?: with content)?|article continues below(?: this ad)?)(?: ?-+)?$`), []string{"ad", "sponsor", "continue", "scroll"}, 0},
	{"share prompt", regexp.MustCompile(`(?i)^(?:share|share this(?: article| story| page| post)?|share on (?:facebook|twitter|x|whatsapp|linkedin|email)|click to share.*|tweet|email|print|copy link|facebook twitter.*|share (?:via|by) .*)[.!:]?$`), []string{"share", "tweet", "email", "print", "copy", "facebook"}, 0},
	{"read more link", regexp.MustCompile(`(?i)^\[?(?:read more|see more|don'?t miss|also read|read also|see also|related|related post|more|watch|listen|download)(?: on| here)? ?:.*$|^don'?t miss\b.*$|^(?:read more|related (?:articles|stories|content|coverage|topics|news)|more on this story|recommended(?: for you| stories)?|most (?:read|popular)|trending(?: now)?|click here .*|watch:.*|listen:.*|(?:more|top) stories)$`), []string{"read", "see", "miss", "related", "more", "recommended", "most", "trending", "click", "watch", "listen", "stories", "download"}, 0},
	{"cookie notice", regexp.MustCompile(`(?i)^.*\b(?:we use cookies|(?:this|our) (?:site|website) uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|use of cookies|by continuing to (?:use|browse)\b.*\bcookies?)\b.*$`), []string{"cookie"}, 0},
	{"newsletter prompt", regexp.MustCompile(`(?i)^(?:sign up|subscribe)(?: now| today| here)?(?: to| for)? (?:our|the)? ?(?:daily |weekly |free )?(?:newsletter|email|bulletin|briefing)s?\b.*$|^.*\bnewsletter\b.*\b(?:sign up|subscribe)\b.*$|^subscribe(?: now)?[.!]?$`), []string{"sign up", "subscribe", "newsletter"}, 0},
	{"byline", regexp.MustCompile(`^(?:[Bb]y|BY) (?:[A-Z][\p{L}.'-]*)(?: (?:[A-Z][\p{L}.'-]*|de|van|von|al|el|bin|da|di|and|&)){0,5}(?:,? (?:[A-Z][\p{L}.'-]*|and|&)(?: [A-Z][\p{L}.'-]*){0,4})?(?:,? \(?(?:Reuters|AP|AFP|Associated Press|Bloomberg|CNN|BBC News|Staff Writer|Staff Reporter|Correspondent)\)?)?$`), []string{"by "}, 0},
	{"wire trailer", regexp.MustCompile(`(?i)^\(?(?:reporting|additional reporting|writing|editing) by [^.]*(?:;|\)|$).*$`), []string{" by "}, 0},
	{"image credit", regexp.MustCompile(`(?i)^(?:image|photo|picture|video)(?: caption| copyright| credit| source)(?::? .*)?$|^(?:image|photo|picture|video): .*$|^(?:photo|image)s? (?:by|courtesy of) .*$|^\(?(?:getty images|reuters|afp|ap photo|epa)(?:/[\p{L} .]+)?\)?$`), []string{"image", "photo", "picture", "video", "getty", "reuters", "afp", "ap", "epa"}, 0},
	{"copyright line", regexp.MustCompile(`(?i)^(?:©|\(c\) \d{4}|copyright ©|copyright \d{4}).*$|^all rights reserved\.?$`), []string{"©", "(c)", "copyright", "rights reserved"}, 0},
	{"follow prompt", regexp.MustCompile(`(?i)^follow (?:us|@\S+|[\p{L} ]{1,40}) on (?:twitter|facebook|instagram|x|telegram|linkedin|tiktok|youtube|google news)\b.*$|^follow (?:\S+ ){0,4}(?:full |complete |latest )?coverage (?:of|at) .*$`), []string{"follow"}, 320},
	{"promotion", regexp.MustCompile(`(?i)^(?:if you (?:enjoyed|liked|value|appreciate) (?:this|our) (?:article|story|journalism|reporting)|this copy is for your personal,? non-commercial use|to order presentation-ready copies|subscribe to (?:our|the|\p{Lu})|sign up ?:|like this story\?|keep an eye on your inbox|get (?:the|our) (?:\S+ )*app\b|click here (?:to|for) (?:get|download|subscribe|sign|more)|support (?:our|independent) journalism).*$`), []string{"if you", "this copy", "order", "subscribe", "sign up", "like this", "inbox", "app", "click here", "support"}, 320},
	{"contributor line", regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'-]*,? ){1,4}(?:and (?:\p{Lu}[\p{L}.'-]* ){1,4})?contributed (?:to this (?:report|story|article)|reporting|additional reporting)\b.*$|^(?:Contributing|Contributors?): .*$`), []string{"contribut"}, 0},
	{"comment prompt", regexp.MustCompile(`(?i)^(?:you must (?:be )?log(?:ged)? ?in to (?:post )?(?:a )?comment|comments? (?:are|is) closed|leave a (?:comment|reply)|post a comment|\d+ comments?|show comments|view comments)\.?$`), []string{"comment", "reply"}, 0},
	{"timestamp line", regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated)(?: on| at)?:? (?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[\p{L}]*\.?[ ,])[\p{L}\d ,:./-]{0,50}$`), []string{"published", "updated", "posted"}, 0},
	{"contact line", regexp.MustCompile(`(?i)^(?:write to|contact|email) (?:\p{L}[\p{L}.' -]*) at \S+@\S+?\.?$`), []string{"@"}, 0},
}

// residue returns why a normalised line is residue, or "".
func residue(line string) string {
	if len(line) > 320 {
		return ""
	}
	// Image-credit lines must be short labels, not sentences that start
	// with "Photo:" and go on to report.
	lower := strings.ToLower(line)
	for _, r := range residueRules {
		if lim := r.max; len(line) > maxResidue && (lim == 0 || len(line) > lim) {
			continue
		}
		if !containsAny(lower, r.need) {
			continue
		}
		if r.re.MatchString(line) {
			if r.reason == "image credit" && len(strings.Fields(line)) > 12 {
				continue
			}
			return r.reason
		}
	}
	return ""
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
