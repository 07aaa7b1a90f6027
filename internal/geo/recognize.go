package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad/internal/model"
	"dyad/internal/nlp/token"
)

// datelineWord opens the evidence of a dateline place; Locate looks for it,
// since model.Place keeps the evidence but not the cue.
const datelineWord = "dateline"

// Cue says what in the text marks a phrase as a place.
type Cue uint8

const (
	CuePreposition Cue = iota + 1 // "in Rafah", "near the town of Jenin"
	CueDateline                   // "RAFAH, Gaza Strip (AP) —"
	CueQualified                  // "Paris, Texas" after a cue: the qualifier
)

// mention is a candidate place phrase in one sentence, before resolution.
type mention struct {
	sent      int
	first     int // token range [first, last)
	last      int
	span      model.Span
	text      string
	cue       Cue
	cueWord   string
	qualifier []int32 // entries the following ", X" may stand for
	qualText  string
	// ctx is the country this mention adds to the article's context (see
	// articleContext); its own score must not count it.
	ctx string
}

// placePreps govern a place in news English. "from" is included: "rockets
// fired from Gaza" names where the rockets were. "between" and "over" are
// not: "tensions between the United States and Israel" names actors, and
// "alarm over Israel's conduct" a topic.
var placePreps = map[string]bool{
	"in": true, "near": true, "at": true, "across": true, "outside": true, "inside": true,
	"into": true, "around": true, "throughout": true, "from": true, "within": true,
	"toward": true, "towards": true, "off": true, "along": true, "on": true,
	"to": true, "through": true, "beyond": true,
}

// skippable words may stand between a preposition and the place:
// "in the northern city of Kharkiv", "near occupied East Jerusalem".
var skippable = map[string]bool{
	"the": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "north": true, "south": true, "east": true, "west": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"occupied": true, "besieged": true, "embattled": true, "capital": true, "city": true,
	"town": true, "village": true, "port": true, "region": true, "province": true,
	"state": true, "district": true, "governorate": true, "oblast": true, "of": true,
	"border": true, "frontline": true, "strategic": true, "coastal": true, "nearby": true,
	"southern-most": true, "key": true, "camp": true, "refugee": true,
}

// placeVerbs take a place as their object: "troops entered Rafah",
// "missiles struck Kharkiv". Countries are not taken this way ("Israel
// struck Iran" names actors), only towns and regions.
var placeVerbs = map[string]bool{
	"entered": true, "enter": true, "enters": true, "entering": true, "reached": true, "reach": true,
	"struck": true, "strike": true, "strikes": true, "hit": true, "hits": true, "shelled": true,
	"shell": true, "bombed": true, "bomb": true, "besieged": true, "besiege": true, "seized": true,
	"seize": true, "captured": true, "capture": true, "stormed": true, "storm": true, "raided": true,
	"raid": true, "pounded": true, "attacked": true, "targeted": true, "visited": true, "visit": true,
	"fled": true, "flee": true, "left": true, "evacuated": true, "evacuate": true, "annexed": true,
	"occupied": true, "retook": true, "recaptured": true, "liberated": true, "encircled": true,
	"surrounded": true, "toured": true, "invaded": true, "invade": true, "bombarded": true,
}

// ofNouns take a place after "of": "the mayor of Paris", "the outskirts of Kyiv".
var ofNouns = map[string]bool{
	"mayor": true, "governor": true, "residents": true, "outskirts": true, "suburbs": true,
	"streets": true, "center": true, "centre": true, "heart": true, "parts": true, "part": true,
	"people": true, "citizens": true, "north": true, "south": true, "east": true, "west": true,
	"city": true, "town": true, "village": true, "region": true, "province": true, "port": true,
	"capital": true, "district": true, "edge": true, "siege": true, "fall": true, "battle": true,
	"bombing": true, "shelling": true, "liberation": true, "occupation": true, "entrance": true,
	"invasion": true, "offensive": true, "assault": true, "blockade": true, "evacuation": true,
}

// geoNouns may end a place name in lower case: "the Kursk region",
// "the Jenin refugee camp".
var geoNouns = map[string]bool{
	"region": true, "oblast": true, "province": true, "state": true, "governorate": true,
	"camp": true, "strip": true, "corridor": true, "valley": true, "peninsula": true, "sea": true,
}

// notPlaces are capitalised words that name times, not places, whatever a
// gazetteer of 138,000 towns says ("March" is a town; "in March" is a month).
var notPlaces = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "christmas": true, "ramadan": true, "easter": true,
	"god": true, "time": true, "president": true, "washington post": true,
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 1
}

// phraseKey joins tokens [i, j) as the gazetteer normalises names.
func phraseKey(text string, toks []model.Token, i, j int) string {
	if j <= i {
		return ""
	}
	return Normalize(text[toks[i].Span.Start:toks[j-1].Span.End])
}

// recognize finds candidate place phrases in sentence s of article a.
func (g *Gazetteer) recognize(a *model.Article, s *model.Sentence) []mention {
	toks := s.Tokens
	var out []mention
	prevEnd, prevCue := -1, Cue(0)
	var dlPlace model.Span
	dlOK := false
	if s.Index <= 1 {
		var place string
		if place, dlPlace, dlOK = token.Dateline(a.Text, *s); dlOK {
			dlPlace.End = dlPlace.Start + int32(len(place))
		}
	}
	for i := 0; i < len(toks); {
		m, ok := g.longest(a.Text, toks, i)
		if !ok {
			i++
			continue
		}
		// A dateline opens the article: its first sentence, or the second
		// when the first is the headline (token.Dateline finds it). Its
		// all-capital name is no acronym.
		// when the first is the headline. Its all-capital name is no acronym.
		dateline := dlOK && toks[i].Span.Start == dlPlace.Start && toks[m-1].Span.End <= dlPlace.End
		if !dateline && g.notAPlace(a.Text, s, i, m) {
			i = m
			continue
		}
		cue, word := cueBefore(toks, i)
		if cue == 0 && prevCue != 0 && i >= 1 && i-2 <= prevEnd && isConj(toks[i-1].Text) {
			cue, word = prevCue, "coordinated with a place"
		}
		if cue == 0 && g.notCountry(a.Text, toks, i, m) {
			if k := skipBack(toks, i); k >= 0 && placeVerbs[strings.ToLower(toks[k].Text)] {
				cue, word = CuePreposition, toks[k].Text
			}
		}
		if cue == 0 && dateline {
			cue, word = CueDateline, datelineWord
		}
		if cue == 0 {
			i = m
			continue
		}
		mt := mention{sent: s.Index, first: i, last: m, cue: cue, cueWord: word,
			span: model.Span{Start: toks[i].Span.Start, End: toks[m-1].Span.End}}
		mt.text = a.Text[mt.span.Start:mt.span.End]
		// A qualifier: ", Texas" / ", Gaza Strip" right after the name.
		if m+1 < len(toks) && toks[m].Text == "," {
			if q, ok := g.longest(a.Text, toks, m+1); ok {
				mt.qualifier = g.names[phraseKey(a.Text, toks, m+1, q)]
				mt.qualText = a.Text[toks[m+1].Span.Start:toks[q-1].Span.End]
				m = q
			}
		}
		out = append(out, mt)
		prevEnd, prevCue = m, cue
		i = m
	}
	return out
}

// notAPlace rejects a gazetteer match that the sentence shows to be
// something else: an organisation, person or metonym the actor dictionary
// found ("Hamas" is no misspelt Hamm; "the White House" is not the town in
// Tennessee), an acronym that names no country ("UN",
// "CIS" are not the towns Un and Cis), or the first word of a longer proper
// name ("University of California", "Union of Journalists").
func (g *Gazetteer) notAPlace(text string, s *model.Sentence, i, m int) bool {
	toks := s.Tokens
	span := model.Span{Start: toks[i].Span.Start, End: toks[m-1].Span.End}
	for _, ac := range s.Actors {
		if ac.Kind != model.KindCountry && ac.Span.Start < span.End && span.Start < ac.Span.End {
			return true
		}
	}
	if m == i+1 && allCaps(toks[i].Text) && !g.hasKind(phraseKey(text, toks, i, m), Country, Region) {
		return true
	}
	if m+1 < len(toks) && toks[m].Text == "of" && capitalised(toks[m+1].Text) && !g.hasKind(phraseKey(text, toks, i, m), Country) {
		return true
	}
	// "the European Union", "the Islamic State": a capitalised word right
	// before the match makes it part of a longer name.
	// (At the start of a sentence any word is capitalised, so the rule
	// waits for the second word.)
	if i > 1 && capitalised(toks[i-1].Text) && !placePreps[strings.ToLower(toks[i-1].Text)] {
		return true
	}
	return false
}

// hasKind reports whether a normalised name may stand for an entry of one of the kinds.
func (g *Gazetteer) hasKind(key string, kinds ...Kind) bool {
	for _, x := range g.names[key] {
		for _, k := range kinds {
			if g.entries[x].Kind == k {
				return true
			}
		}
	}
	return false
}

func isConj(w string) bool { return w == "and" || w == "or" || w == "," }

// notCountry reports whether none of the entries tokens [i, m) may name is
// a country: only then can a verb's object be taken for a place.
func (g *Gazetteer) notCountry(text string, toks []model.Token, i, m int) bool {
	for _, x := range g.names[phraseKey(text, toks, i, m)] {
		if g.entries[x].Kind == Country {
			return false
		}
	}
	return true
}

// skipBack returns the index of the first token before i that is not a
// skippable word, or -1.
func skipBack(toks []model.Token, i int) int {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if w := strings.ToLower(toks[k].Text); !skippable[w] || placeVerbs[w] {
			return k
		}
	}
	return -1
}

// longest returns the end of the longest gazetteer name starting at token i,
// when that name is written as a proper name.
func (g *Gazetteer) longest(text string, toks []model.Token, i int) (int, bool) {
	if !capitalised(toks[i].Text) {
		return 0, false
	}
	best := 0
	for j := i + 1; j <= len(toks) && j-i <= g.maxLen; j++ {
		k := phraseKey(text, toks, i, j)
		if _, ok := g.prefixes[k]; !ok {
			break
		}
		if notPlaces[k] {
			continue
		}
		if _, ok := g.names[k]; ok {
			last := toks[j-1].Text
			// A name must end on a proper word, not "of" or a comma.
			if capitalised(last) || allCaps(last) || j > i+1 && geoNouns[strings.ToLower(last)] {
				best = j
			}
		}
	}
	if best == 0 {
		return 0, false
	}
	// One word tagged as a common noun or verb is no place ("in Power").
	if best == i+1 && toks[i].UPOS != "" && toks[i].UPOS != "PROPN" && toks[i].UPOS != "X" && !allCaps(toks[i].Text) {
		return 0, false
	}
	return best, true
}

// cueBefore looks back from token i over skippable words for a preposition
// of place.
func cueBefore(toks []model.Token, i int) (Cue, string) {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := strings.ToLower(toks[k].Text)
		if placePreps[w] {
			return CuePreposition, w
		}
		if w == "of" && k > 0 && ofNouns[strings.ToLower(toks[k-1].Text)] {
			return CuePreposition, toks[k-1].Text + " of"
		}
		if !skippable[w] && !(capitalised(toks[k].Text) && toks[k].UPOS == "ADJ") {
			return 0, ""
		}
	}
	return 0, ""
}
