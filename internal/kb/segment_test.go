package kb

import (
	"strings"
	"testing"

	"dyad/internal/model"
	"dyad/internal/nlp/token"
)

// TestWithRealTokenizer runs key fixtures through token.Segment, so that a
// change in the tokenizer's conventions (clitics, hyphens, abbreviations)
// that breaks matching shows up here.
func TestWithRealTokenizer(t *testing.T) {
	k := defaultKB(t)
	tests := []struct {
		date, text string
		want       map[string]string
	}{
		{"2024-03-19", "Former White House press secretary Sean Spicer accused President Joe Biden of abandoning Israel.",
			map[string]string{"Former White House press secretary Sean Spicer": "USAELI", "President Joe Biden": "USAGOV", "Israel": "ISR"}},
		{"2024-03-19", "Israel's army and the U.S. military struck al-Qaeda's allies in Gaza's south.",
			map[string]string{"Israel's army": "ISRMIL", "U.S. military": "USAMIL", "al-Qaeda": "IMGMOSALQ"}},
		{"2024-03-19", "The U.N. human rights chief, Volker Türk, warned Netanyahu.",
			map[string]string{"U.N. human rights chief": "IGOUNOHRI", "Volker Türk": "IGOUNOHRI", "Netanyahu": "ISRGOV"}},
		{"2024-06-01", "Ex-president Donald Trump met Palestinians.",
			map[string]string{"Donald Trump": "USAELI", "Palestinians": "PSE"}},
		{"2024-06-01", "Lt. Gen. Herzi Halevi and Sheikh Tamim met.", map[string]string{"Lt. Gen. Herzi Halevi": "ISRMIL", "Sheikh Tamim": "QATGOV"}},
		{"2024-03-19", "Gaza's Hamas-run health ministry said 31,000 people had died.",
			map[string]string{"Hamas-run health ministry": "PSEGOVHLH"}},
	}
	for _, tc := range tests {
		a := &model.Article{Date: day(tc.date), Text: tc.text, Sentences: token.Segment(tc.text)}
		k.Annotate(a)
		got := map[string]string{}
		for _, s := range a.Sentences {
			for _, ac := range s.Actors {
				got[ac.Span.Text(a.Text)] = ac.Code
			}
		}
		for m, code := range tc.want {
			ok := false
			for span, c := range got {
				if strings.Contains(span, m) {
					ok = true
					if c != code {
						t.Errorf("%q: %q coded %s, want %s", tc.text, span, c, code)
					}
				}
			}
			if !ok {
				t.Errorf("%q: no actor covering %q; got %v", tc.text, m, got)
			}
		}
	}
}
