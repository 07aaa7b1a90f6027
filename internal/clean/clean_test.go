package clean

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"dyad/internal/model"
	"dyad/internal/sharedtest"
)

func TestText(t *testing.T) {
	tests := []struct{ name, raw, want string }{
		{"plain", "The army withdrew.", "The army withdrew."},
		{"quotes and dashes", "\u201cWe will stay,\u201d he said \u2014 Israel\u2019s envoy.", `"We will stay," he said - Israel's envoy.`},
		{"spaces", "  Talks\u00a0ended \t in  Doha.  ", "Talks ended in Doha."},
		{"zero width", "Ham\u200bas and Fa\u00adtah met.", "Hamas and Fatah met."},
		{"nfc", "Asuncio\u0301n hosted it.", "Asunci\u00f3n hosted it."},
		{"ellipsis", "Wait\u2026 then go.", "Wait... then go."},
		{"paragraphs", "First one.\n\n\n  Second one.\n", "First one.\n\nSecond one."},
		{"extracted lines", "First paragraph ends here.\nSecond paragraph.", "First paragraph ends here.\n\nSecond paragraph."},
		{"hard wrap", "The ministers met in\nGeneva and agreed\nto talk again.", "The ministers met in\n\nGeneva and agreed to talk again."},
		{"wrapped at 72", "The foreign ministers of the two countries met for three hours in\nGeneva on Monday and agreed to talk again.", "The foreign ministers of the two countries met for three hours in Geneva on Monday and agreed to talk again."},
		{"subheading", "Talks in Geneva\nThe ministers met.", "Talks in Geneva\n\nThe ministers met."},
		{"residue", "Troops moved in.\n\nAdvertisment\n\nShare this article\nBy Ana Lopez\nThey left at dawn.\nRead more\n", "Troops moved in.\n\nThey left at dawn."},
		{"cookie", "We use cookies to improve your experience. Accept all\nThe vote passed.", "The vote passed."},
		{"newsletter", "Sign up for our newsletter\nThe vote passed.", "The vote passed."},
		{"wire trailer", "The vote passed.\n(Reporting by Ana Lopez; Editing by Tom Berg)", "The vote passed."},
		{"crlf", "One line.\r\nTwo line.\r\n", "One line.\n\nTwo line."},
		{"empty", "", ""},
		{"only residue", "Advertisement\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, m := Text(tc.raw)
			if got != tc.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", tc.raw, got, tc.want)
			}
			checkWords(t, tc.raw, got, m)
		})
	}
}

// TestResidueKeepsText guards against rules that eat news sentences.
func TestResidueKeepsText(t *testing.T) {
	keep := []string{
		"By Monday the rebels had withdrawn from the town.",
		"Share prices fell after the announcement.",
		"The bakery sold cookies to soldiers at the checkpoint.",
		"Copyright laws were changed by parliament last year.",
		"Photographs of the damage were shared widely.",
		"Read the full statement issued by the ministry on Tuesday, officials said.",
		"Advertising revenue fell by a third.",
		"Subscribers to the service complained about the outage.",
		"More than 200 people were detained.",
		"Watchdogs said the vote was fair.",
		"If you ask the ministers, the deal is done.",
		"Contact between the two armies resumed on Monday.",
		"Published figures show unemployment rose in 2019.",
		"The opposition contributed to this outcome by boycotting the vote.",
		"Comments by the minister angered the unions.",
	}
	for _, s := range keep {
		if r := residue(s); r != "" {
			t.Errorf("residue(%q) = %q, want text kept", s, r)
		}
	}
	drop := []string{"Advertisment", "ADVERTISEMENT", "Share this article", "Read more", "READ MORE: Talks collapse",
		"By Ana Lopez", "By Ana Lopez and Tom Berg, Reuters", "Sign up for our newsletter", "Image copyright Getty Images",
		"Photo: Reuters", "© 2024 Example Times", "Follow us on Twitter", "Story continues below advertisement",
		"This website uses cookies to ensure you get the best experience.",
		"DON'T MISS: Storm closes the port", "[Related: Ministers meet again]", "SEE MORE : Talks collapse",
		"If you enjoyed this article, we have a proposition for you: become a member today and read everything we publish.",
		"Write to Ana Lopez at ana.lopez@example.com", "Subscribe to the Example Times channel for the latest videos.",
		"Like this story? Share it with a friend!", "DON'T MISS Storm closes the port [VIDEO]",
		"Ana Lopez contributed to this report.", "Tom Berg contributed reporting from Lima.", "Contributing: Ana Lopez",
		"You must log in to post a comment.", "Published 18 November 2019", "Updated: Nov. 19, 2019 10:42 a.m.",
		"Follow Example Wire's full coverage of the election at https://example.org/vote"}
	for _, s := range drop {
		if residue(s) == "" {
			t.Errorf("residue(%q) = \"\", want it removed", s)
		}
	}
}

// checkWords asserts that every word of the cleaned text maps back to the
// same word in raw (modulo normalisation).
func checkWords(t *testing.T, raw, text string, m model.OffsetMap) {
	t.Helper()
	start := -1
	for i, r := range text + " " {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if word && start < 0 {
			start = i
		}
		if !word && start >= 0 {
			w := text[start:i]
			rs, re := m.ToRaw(int32(start)), m.ToRaw(int32(i))
			if rs < 0 || re < rs || int(re) > len(raw) {
				t.Fatalf("word %q [%d,%d) maps outside raw: [%d,%d)", w, start, i, rs, re)
			}
			if got := normWord(raw[rs:re]); got != w {
				t.Errorf("word %q [%d,%d) maps to raw %q [%d,%d)", w, start, i, raw[rs:re], rs, re)
			}
			start = -1
		}
	}
}

func normWord(s string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		if m := mapRune(r); m != 0 {
			b.WriteRune(m)
		}
	}
	return b.String()
}

func TestArticleDiagnostics(t *testing.T) {
	a := &model.Article{Origin: "x.txt", Raw: "Troops moved in.\nAdvertisement\nThey left."}
	Article(a)
	if a.Text != "Troops moved in.\n\nThey left." {
		t.Errorf("Text %q", a.Text)
	}
	if len(a.Diagnostics) != 1 || a.Diagnostics[0].Severity != model.Info || !strings.Contains(a.Diagnostics[0].Message, "Advertisement") || a.Diagnostics[0].File != "x.txt" {
		t.Errorf("diagnostics %v", a.Diagnostics)
	}
}

func TestRafahExample(t *testing.T) {
	p := sharedtest.Path(t, "examples/rafah-2024-03-19.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	raw := string(b)
	text, m := Text(raw)
	if strings.Contains(text, "Advertisment") {
		t.Error("an Advertisment line survived cleaning")
	}
	if !strings.Contains(text, "Rafah") || strings.Count(text, "\n\n") < 4 {
		t.Errorf("cleaned text lost its paragraphs: %.200q", text)
	}
	checkWords(t, raw, text, m)
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"", "a\n\nb", "\u201cx\u201d \u2014 y\u00a0z", "Advertisement\nBy Ana Lopez\nText.", "e\u0301\u200b\t\r\n", "\xff\xfe bad"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		text, m := Text(raw)
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 in output %q", text)
		}
		prev := int32(-1)
		for _, a := range m.Anchors {
			if a.Clean < prev || a.Raw < 0 || int(a.Raw) > len(raw) {
				t.Fatalf("bad anchor %+v in %v (raw len %d)", a, m.Anchors, len(raw))
			}
			prev = a.Clean
		}
		if int(m.ToRaw(int32(len(text)))) > len(raw) {
			t.Fatalf("end of text maps past raw")
		}
		if strings.Contains(text, "\n\n\n") || strings.HasPrefix(text, " ") {
			t.Fatalf("white space not collapsed: %q", text)
		}
		if utf8.ValidString(raw) {
			checkWords(t, raw, text, m)
		}
	})
}

func BenchmarkText(b *testing.B) {
	para := "\u201cWe will not accept this,\u201d the minister said on Tuesday \u2014 a day after troops crossed the border.\u00a0Officials in the capital declined to comment.\n\nAdvertisement\n\n"
	raw := strings.Repeat(para, 40)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		Text(raw)
	}
}
