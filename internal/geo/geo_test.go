package geo

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode"

	"dyad/internal/model"
)

// testTokens splits text into words and punctuation, enough for these
// fixtures; geo depends only on token texts and spans, and the pipeline
// tests run it behind the real tokenizer.
func testTokens(text string) []model.Token {
	var toks []model.Token
	start := -1
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, model.Token{Text: text[start:end], Span: model.Span{Start: int32(start), End: int32(end)}, Head: -1})
			start = -1
		}
	}
	for i, r := range text {
		switch {
		case unicode.IsSpace(r):
			flush(i)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' && start >= 0 || r == '\'' && start >= 0:
			if start < 0 {
				start = i
			}
		default:
			flush(i)
			toks = append(toks, model.Token{Text: string(r), Span: model.Span{Start: int32(i), End: int32(i + len(string(r)))}, Head: -1})
		}
	}
	flush(len(text))
	return toks
}

func testArticle(text string, countries []string) *model.Article {
	a := &model.Article{ID: "t", Text: text}
	s := model.Sentence{Span: model.Span{End: int32(len(text))}, Tokens: testTokens(text)}
	for _, c := range countries {
		s.Actors = append(s.Actors, model.Actor{Code: c, Country: c})
	}
	a.Sentences = []model.Sentence{s}
	return a
}

func TestFixtures(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var total, right, cases int
	line := 0
	for sc.Scan() {
		line++
		if strings.HasPrefix(sc.Text(), "#") || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 3 {
			t.Fatalf("places.tsv:%d: want 3 columns", line)
		}
		cases++
		var ctry []string
		if cols[0] != "-" {
			ctry = strings.Split(cols[0], ",")
		}
		a := testArticle(cols[1], ctry)
		got := map[string]string{}
		for _, p := range g.Places(a) {
			got[p.Name] = p.FeatureID
		}
		want := map[string]string{}
		if cols[2] != "-" {
			for _, kv := range strings.Split(cols[2], ";") {
				k, v, _ := strings.Cut(kv, "=")
				want[k] = v
			}
		}
		for k, v := range want {
			total++
			if got[k] == v {
				right++
			} else {
				t.Logf("places.tsv:%d: %q: %s resolved to %q, want %s", line, cols[1], k, got[k], v)
			}
		}
		for k, v := range got {
			if _, ok := want[k]; !ok {
				total++ // a place found where none is expected counts as an error
				t.Logf("places.tsv:%d: %q: unexpected place %s=%s", line, cols[1], k, v)
			}
		}
	}
	if cases < 60 {
		t.Errorf("only %d fixture sentences, want ≥ 60", cases)
	}
	acc := float64(right) / float64(total)
	t.Logf("%d sentences, %d/%d places right (%.1f%%)", cases, right, total, 100*acc)
	if acc < 0.90 {
		t.Errorf("accuracy %.1f%% below 90%%", 100*acc)
	}
}

func TestRafahExampleLocation(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "The prime minister vowed to send troops into Rafah despite warnings."
	a := testArticle(text, []string{"ISR", "PSE", "USA"})
	a.Events = []model.Event{{Sentence: 0, TriggerSpan: model.Span{Start: int32(strings.Index(text, "send")), End: int32(strings.Index(text, "send") + 4)}}}
	a.Places = g.Places(a)
	g.Locate(a)
	loc := a.Events[0].Location
	if loc == nil {
		t.Fatal("no location")
	}
	if loc.Country != "PS" || loc.Lat < 31.2 || loc.Lat > 31.35 || loc.Lon < 34.2 || loc.Lon > 34.3 || loc.Type != model.GeoWorldCity {
		t.Errorf("location %+v, want Rafah, Gaza Strip (31.29 N, 34.25 E)", loc)
	}
	if !strings.Contains(loc.FullName, "Rafah") || !strings.Contains(loc.FullName, "Palestin") {
		t.Errorf("full name %q", loc.FullName)
	}
}

func TestLocateNoGuess(t *testing.T) {
	g, _ := Default()
	a := testArticle("Israel criticised the decision.", []string{"ISR"})
	a.Events = []model.Event{{Sentence: 0}}
	a.Places = g.Places(a)
	g.Locate(a)
	if a.Events[0].Location != nil {
		t.Errorf("want no location, got %+v", a.Events[0].Location)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"Khān Yūnis": "khan yunis", "khan-yunis": "khan yunis", "the Gaza Strip": "gaza strip", "U.S.": "us", "Sana'a": "sana a"} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHandEntryErrors(t *testing.T) {
	for _, in := range []string{
		"place x\n    name: X\n    kind: planet\n    at: 1 2\n",
		"place x\n    name: X\n    kind: city\n    at: 91 2\n",
		"alias gn:0\n    name: Nowhere\n",
		"place x\n    name: X\n    kind: city\n    country: UA\n    admin1: 13\n    at: 1 2\n",
		"town x\n",
	} {
		_, err := Load(Options{Extra: []NamedReader{{"user.dict", strings.NewReader(in)}}})
		if err == nil || !strings.Contains(err.Error(), "user.dict:1") {
			t.Errorf("%q: want an error naming user.dict:1, got %v", in, err)
		}
	}
}

func BenchmarkPlaces(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	a := testArticle("RAFAH, Gaza Strip (AP) - Israeli troops clashed with militants near Khan Younis as negotiators met in Cairo and Doha, while Russian missiles struck Kharkiv.", []string{"ISR", "PSE"})
	for b.Loop() {
		g.Places(a)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
