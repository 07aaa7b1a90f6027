package token

import (
	"strings"
	"testing"

	"dyad/internal/model"
)

// render writes sentences as tokens joined by "|", sentences by " || ".
func render(sents []model.Sentence) string {
	var b strings.Builder
	for i, s := range sents {
		if i > 0 {
			b.WriteString(" || ")
		}
		for j, t := range s.Tokens {
			if j > 0 {
				b.WriteByte('|')
			}
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

func TestSegmentFixtures(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"negation clitic", "They don't agree.", "They|do|n't|agree|."},
		{"can't and won't", "We can't and won't stop.", "We|ca|n't|and|wo|n't|stop|."},
		{"possessive", "Israel's army moved.", "Israel|'s|army|moved|."},
		{"curly possessive", "Hamas’s leaders fled.", "Hamas|’s|leaders|fled|."},
		{"plural possessive", "The soldiers' families wept.", "The|soldiers|'|families|wept|."},
		{"other clitics", "I'm sure we'll see they've gone and you'd know.", "I|'m|sure|we|'ll|see|they|'ve|gone|and|you|'d|know|."},
		{"cannot", "Officials cannot confirm it.", "Officials|can|not|confirm|it|."},
		{"gonna wanna gotta", "We're gonna win, I wanna go, you gotta see.", "We|'re|gon|na|win|,|I|wan|na|go|,|you|got|ta|see|."},
		{"name with apostrophe", "O'Brien met D'Souza.", "O'Brien|met|D'Souza|."},
		{"decade", "In the '90s and the 1980s.", "In|the|'90s|and|the|1980s|."},
		{"numbers", "It cost $1,200 or 3.5% more, 50% in all.", "It|cost|$|1,200|or|3.5|%|more|,|50|%|in|all|."},
		{"time and ratio", "At 10:30 a.m. the 9/11 panel met.", "At|10:30|a.m.|the|9/11|panel|met|."},
		{"range split", "The 1957-1975 war ended 4-0.", "The|1957|-|1975|war|ended|4|-|0|."},
		{"phone number", "Call 713-853-5025 now.", "Call|713-853-5025|now|."},
		{"units", "Profits rose to $221bn at 10am.", "Profits|rose|to|$|221|bn|at|10|am|."},
		{"hyphen compound split", "A Gaza-based search-engine firm.", "A|Gaza|-|based|search|-|engine|firm|."},
		{"hyphen prefix kept", "An e-mail from the non-stop anti-war co-founder.", "An|e-mail|from|the|non-stop|anti-war|co-founder|."},
		{"initialisms", "The U.S. and the U.N. met.", "The|U.S.|and|the|U.N.|met|."},
		{"titles", "Gen. Herzi Halevi met Mr. Smith and Dr. Jones.", "Gen.|Herzi|Halevi|met|Mr.|Smith|and|Dr.|Jones|."},
		{"month abbreviation", "On Jan. 5 the talks began.", "On|Jan.|5|the|talks|began|."},
		{"saint", "He lives in St. Louis.", "He|lives|in|St.|Louis|."},
		{"company then sentence", "He joined Apple Inc. The company grew.", "He|joined|Apple|Inc. || The|company|grew|."},
		{"company mid sentence", "Acme Corp. said on Monday it would sue.", "Acme|Corp.|said|on|Monday|it|would|sue|."},
		{"initialism ends sentence", "Troops left the U.S. The war ended.", "Troops|left|the|U.S. || The|war|ended|."},
		{"number abbreviation", "Resolution No. 2334 passed. No. The vote failed.", "Resolution|No.|2334|passed|. || No|. || The|vote|failed|."},
		{"middle initial", "Ralph J. Bunche won.", "Ralph|J.|Bunche|won|."},
		{"url", "See http://www.example.com/a-b?x=1. Then stop.", "See|http://www.example.com/a-b?x=1|. || Then|stop|."},
		{"url in parentheses", "(see https://example.org/page) now", "(|see|https://example.org/page|)|now"},
		{"email", "Write to press@un.org!", "Write|to|press@un.org|!"},
		{"quotes", `"We will respond," he said.`, `"|We|will|respond|,|"|he|said|.`},
		{"curly quotes", "“We will respond,” he said.", "“|We|will|respond|,|”|he|said|."},
		{"quote ends sentence", `He said: "It is over." Then he left.`, `He|said|:|"|It|is|over|.|" || Then|he|left|.`},
		{"question in quote continues", `"Is it over?" she asked.`, `"|Is|it|over|?|"|she|asked|.`},
		{"ellipsis", "Wait... maybe not. Fine…", "Wait|...|maybe|not|. || Fine|…"},
		{"exclamation", "Stop! Now?! Yes.", "Stop|! || Now|?! || Yes|."},
		{"brackets", "The deal (signed in 2020) collapsed [reports].", "The|deal|(|signed|in|2020|)|collapsed|[|reports|]|."},
		{"parenthesis after period", "He left. (He was tired.) Then rain.", "He|left|. || (|He|was|tired|.|) || Then|rain|."},
		{"citation", "Talks failed.[3] Fighting resumed.", "Talks|failed|.|[|3|] || Fighting|resumed|."},
		{"citation chain", "Talks failed. [3] [4] Fighting resumed.", "Talks|failed|.|[|3|]|[|4|] || Fighting|resumed|."},
		{"hashtag and handle", "Protests grew #StandWithUkraine @IDF said", "Protests|grew|#StandWithUkraine|@IDF|said"},
		{"leading-point number", "He batted .324 last year.", "He|batted|.324|last|year|."},
		{"degree", "She earned a Ph.D. in Cairo.", "She|earned|a|Ph.D.|in|Cairo|."},
		{"ampersand", "AT&T and S&P fell.", "AT&T|and|S&P|fell|."},
		{"dashes", "The army -- and police -- left — quickly.", "The|army|--|and|police|--|left|—|quickly|."},
		{"no final punctuation", "Troops crossed the border", "Troops|crossed|the|border"},
		{"paragraph break", "Talks stalled\n\nFighting resumed", "Talks|stalled || Fighting|resumed"},
		{"headline line", "Biden Rebukes Netanyahu Over Rafah\nThe president spoke on Tuesday.", "Biden|Rebukes|Netanyahu|Over|Rafah || The|president|spoke|on|Tuesday|."},
		{"wrapped prose", "The president spoke on\nTuesday about the war.", "The|president|spoke|on|Tuesday|about|the|war|."},
		{"list items", "Demands:\n- a ceasefire\n- aid", "Demands|: || -|a|ceasefire || -|aid"},
		{"section number", "2.1. Troops\n\n2.2. Aid", "2.1.|Troops || 2.2.|Aid"},
		{"wrapped number is no list", "Troops were killed\n12. The army left.", "Troops|were|killed|12|. || The|army|left|."},
		{"list number", "1. Troops withdraw.\n2. Aid enters.", "1.|Troops|withdraw|. || 2.|Aid|enters|."},
		{"dateline", "GAZA CITY, March 19 (Reuters) - Israeli jets struck Rafah. Hamas said 20 died.", "GAZA|CITY|,|March|19|(|Reuters|)|-|Israeli|jets|struck|Rafah|. || Hamas|said|20|died|."},
		{"dateline em dash", "RAFAH, Gaza Strip (AP) — Strikes continued.", "RAFAH|,|Gaza|Strip|(|AP|)|—|Strikes|continued|."},
		{"state abbreviation", "ST. LOUIS, Mo. (AP) - Police arrived.", "ST.|LOUIS|,|Mo.|(|AP|)|-|Police|arrived|."},
		{"emoticon", "Great news :) see you", "Great|news|:)|see|you"},
		{"cut-off word", "He said pre- and post-war plans.", "He|said|pre-|and|post-war|plans|."},
		{"party and state", "Sen. Lindsey Graham (R-S.C.) and Rep. Ilhan Omar (D-Minn.) spoke.", "Sen.|Lindsey|Graham|(|R-S.C.|)|and|Rep.|Ilhan|Omar|(|D-Minn.|)|spoke|."},
		{"clock then sentence", "They met at 3 p.m. Hamas said no.", "They|met|at|3|p.m. || Hamas|said|no|."},
		{"clock then time zone", "They met at 3 p.m. EST and 8 p.m. Eastern.", "They|met|at|3|p.m.|EST|and|8|p.m.|Eastern|."},
		{"missing space after period", "Talks ended.Israel left.", "Talks|ended|. || Israel|left|."},
		{"led compound", "The U.S.-led coalition", "The|U.S.|-|led|coalition"},
		{"versus", "In Hamdan v. Rumsfeld the court ruled.", "In|Hamdan|v.|Rumsfeld|the|court|ruled|."},
		{"non-breaking space", "Prime\u00a0Minister Netanyahu spoke.", "Prime|Minister|Netanyahu|spoke|."},
		{"empty", "  \n\t ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := render(Segment(tc.in))
			if got != tc.want {
				t.Errorf("Segment(%q)\n got %s\nwant %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestSegmentSpansAndSpaceAfter(t *testing.T) {
	text := "Israel's army didn't stop.  Talks (in Cairo) failed."
	sents := Segment(text)
	if len(sents) != 2 {
		t.Fatalf("want 2 sentences, got %d: %s", len(sents), render(sents))
	}
	for si, s := range sents {
		if s.Index != si {
			t.Errorf("sentence %d has Index %d", si, s.Index)
		}
		if got := text[s.Span.Start:s.Span.End]; !strings.HasPrefix(got, s.Tokens[0].Text) || !strings.HasSuffix(got, s.Tokens[len(s.Tokens)-1].Text) {
			t.Errorf("sentence span %q does not start and end with its tokens", got)
		}
		for _, tk := range s.Tokens {
			if text[tk.Span.Start:tk.Span.End] != tk.Text {
				t.Errorf("token %q has span text %q", tk.Text, text[tk.Span.Start:tk.Span.End])
			}
			if tk.Head != -1 {
				t.Errorf("token %q: Head %d before parsing, want -1", tk.Text, tk.Head)
			}
		}
	}
	// SpaceAfter rebuilds the text.
	var b strings.Builder
	for _, s := range sents {
		for _, tk := range s.Tokens {
			b.WriteString(tk.Text)
			if tk.SpaceAfter {
				b.WriteByte(' ')
			}
		}
	}
	if got, want := strings.TrimSpace(b.String()), "Israel's army didn't stop. Talks (in Cairo) failed."; got != want {
		t.Errorf("rebuilt %q, want %q", got, want)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		in        string
		place     string
		dateline  string
		wantFound bool
	}{
		{"GAZA CITY, March 19 (Reuters) - Israeli jets struck.", "GAZA CITY", "GAZA CITY, March 19 (Reuters) -", true},
		{"RAFAH, Gaza Strip (AP) — Strikes continued.", "RAFAH, Gaza Strip", "RAFAH, Gaza Strip (AP) —", true},
		{"CAIRO, June 2 - Egypt warned Israel.", "CAIRO", "CAIRO, June 2 -", true},
		{"CLEVELAND, Feb 26 - Standard Oil said.", "CLEVELAND", "CLEVELAND, Feb 26 -", true},
		{"NEW DELHI/ISLAMABAD, May 7 (Reuters) - India struck.", "NEW DELHI/ISLAMABAD", "NEW DELHI/ISLAMABAD, May 7 (Reuters) -", true},
		{"KYIV, Ukraine, March 3 (Reuters) - Russia attacked.", "KYIV, Ukraine", "KYIV, Ukraine, March 3 (Reuters) -", true},
		{"ROME, March 13, Reuter - Italy said.", "ROME", "ROME, March 13, Reuter -", true},
		{"WINSTON-SALEM, N.C., March 2 - Reynolds said.", "WINSTON-SALEM, N.C.", "WINSTON-SALEM, N.C., March 2 -", true},
		{"Toronto, Feb 26 - Shares fell.", "Toronto", "Toronto, Feb 26 -", true},
		{"JOHANNESBURG March 13 - Gold rose.", "JOHANNESBURG", "JOHANNESBURG March 13 -", true},
		{"FEDERAL RESERVE MONEY SUPPLY REPORT - FEB 26", "", "", false},
		{"Washington (Reuters) - The White House said.", "Washington", "Washington (Reuters) -", true},
		{"UNITED NATIONS (AP) — The council met.", "UNITED NATIONS", "UNITED NATIONS (AP) —", true},
		{"ST. LOUIS, Mo. (AP) - Police arrived.", "ST. LOUIS, Mo.", "ST. LOUIS, Mo. (AP) -", true},
		{"JERUSALEM — Israel's cabinet met.", "JERUSALEM", "JERUSALEM —", true},
		{"Israel and Hamas - the talks failed.", "", "", false},
		{"NATO said on Monday it would send troops.", "", "", false},
		{"Biden (D) - the president - spoke.", "", "", false},
		{"COVID-19 cases rose in Gaza.", "", "", false},
		{"U.S.-led forces struck Houthi targets.", "", "", false},
		{"On December 15 - the day of the vote - crowds gathered.", "", "", false},
		{"SARS: a new virus spreads in Asia.", "", "", false},
		{"UNEP (UN Environment Programme) warned of drought.", "", "", false},
		{"Bakhmut, Popasna, Severodonetsk - all were shelled.", "", "", false},
	}
	for _, tc := range tests {
		sents := Segment(tc.in)
		place, span, ok := Dateline(tc.in, sents[0])
		if ok != tc.wantFound {
			t.Errorf("Dateline(%q) found=%v, want %v (place %q)", tc.in, ok, tc.wantFound, place)
			continue
		}
		if !ok {
			continue
		}
		if place != tc.place || tc.in[span.Start:span.End] != tc.dateline {
			t.Errorf("Dateline(%q) = %q, %q; want %q, %q", tc.in, place, tc.in[span.Start:span.End], tc.place, tc.dateline)
		}
	}
}

func TestTokens(t *testing.T) {
	got := Tokens("the U.N. Security Council's")
	var texts []string
	for _, tk := range got {
		texts = append(texts, tk.Text)
	}
	if s := strings.Join(texts, "|"); s != "the|U.N.|Security|Council|'s" {
		t.Errorf("Tokens = %s", s)
	}
}

func TestLongInputIsCut(t *testing.T) {
	text := strings.Repeat("word ", 3*hardMaxTokens)
	sents := Segment(text)
	if len(sents) < 3 {
		t.Fatalf("want the unpunctuated text cut into at least 3 sentences, got %d", len(sents))
	}
	for _, s := range sents {
		if len(s.Tokens) > hardMaxTokens {
			t.Errorf("sentence of %d tokens exceeds %d", len(s.Tokens), hardMaxTokens)
		}
	}
}
