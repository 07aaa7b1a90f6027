package format

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"dyad/internal/model"
	"dyad/internal/ontology"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// span finds the n-th (0-based) occurrence of s in text.
func span(t testing.TB, text, s string, n int) model.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], s)
		if j < 0 {
			t.Fatalf("%q not in text", s)
		}
		if i == n {
			return model.Span{Start: int32(off + j), End: int32(off + j + len(s))}
		}
		off += j + len(s)
	}
}

func actor(t testing.TB, text, code, name, words string, kind model.ActorKind) (model.Actor, model.Span) {
	t.Helper()
	a := model.Actor{Code: code, Name: name, Kind: kind}
	if code != "" {
		a.Span = span(t, text, words, 0)
		if err := ontology.FillActor(&a); err != nil {
			t.Fatal(err)
		}
	}
	return a, a.Span
}

// fixtures returns two hand-built articles covering the cases the writers
// must handle: a target-less event, a negated one, a reported one, a
// pronoun source, non-ASCII text before offsets, event dates that differ
// from the article date, places in Gaza and Switzerland, and a place inside
// an actor's words.
func fixtures(t testing.TB) []*model.Article {
	t.Helper()
	text1 := "Israeli troops shelled Rafah on Monday, Gaza's health ministry said. " +
		"The U.N. human rights chief in Geneva criticised Israel. " +
		"Egypt did not condemn the strikes. " +
		"In Zürich, Swiss police arrested two Hamas members."
	sents := []string{
		"Israeli troops shelled Rafah on Monday, Gaza's health ministry said.",
		"The U.N. human rights chief in Geneva criticised Israel.",
		"Egypt did not condemn the strikes.",
		"In Zürich, Swiss police arrested two Hamas members.",
	}
	a1 := &model.Article{
		ID: "art-1", Date: time.Date(2024, 3, 19, 8, 30, 0, 0, time.UTC), Title: "Strikes on Rafah",
		URL: "https://www.example.org/news/1", Origin: "feed.jsonl:1", Text: text1,
	}
	for i, s := range sents {
		a1.Sentences = append(a1.Sentences, model.Sentence{Index: i, Span: span(t, text1, s, 0)})
	}
	rafah := model.Place{Name: "Rafah", Span: span(t, text1, "Rafah", 0), Sentence: 0, Type: model.GeoWorldCity,
		FullName: "Rafah, Gaza Strip, Palestine", Country: "PS", Lat: 31.2969, Lon: 34.2436, FeatureID: "281102"}
	geneva := model.Place{Name: "Geneva", Span: span(t, text1, "Geneva", 0), Sentence: 1, Type: model.GeoWorldCity,
		FullName: "Geneva, Geneva, Switzerland", Country: "CH", ADM1: "CH07", Lat: 46.2022, Lon: 6.1457, FeatureID: "2660646"}
	zurich := model.Place{Name: "Zürich", Span: span(t, text1, "Zürich", 0), Sentence: 3, Type: model.GeoWorldCity,
		FullName: "Zürich, Zurich, Switzerland", Country: "CH", ADM1: "CH25", Lat: 47.3667, Lon: 8.55, FeatureID: "2657896"}
	a1.Places = []model.Place{rafah, geneva, zurich}

	mk := func(a *model.Article, n int, sent int, src, tgt model.Actor, srcSpan, tgtSpan model.Span, code, trigger string, flags model.Flags, loc *model.Place) model.Event {
		ev := model.Event{
			ID: a.ID + "-" + string(rune('0'+n)), Source: src, Target: tgt, Code: code, Date: a.Date.Truncate(24 * time.Hour),
			Sentence: sent, SourceSpan: srcSpan, TargetSpan: tgtSpan, TriggerSpan: span(t, a.Text, trigger, 0),
			Flags: flags, Location: loc,
			Explanation: model.Explanation{Pattern: "events/test.txt:" + code, Steps: []string{"source from nsubj"}},
		}
		ontology.FillEvent(&ev)
		return ev
	}
	isrMil, s1 := actor(t, text1, "ISRMIL", "Israel Defense Forces", "Israeli troops", model.KindAgent)
	none, zero := actor(t, text1, "", "", "", model.KindUnknown)
	unHRI, s2 := actor(t, text1, "IGOUNOHRI", "UN High Commissioner for Human Rights", "The U.N. human rights chief in Geneva", model.KindOrg)
	isr, t2 := actor(t, text1, "ISR", "Israel", "Israel.", model.KindCountry)
	t2.End-- // "Israel" without the full stop
	isr.Span = t2
	egy, s3 := actor(t, text1, "EGY", "Egypt", "Egypt", model.KindCountry)
	chePol, s4 := actor(t, text1, "CHECOP", "Swiss police", "Swiss police", model.KindAgent)
	hamas, t4 := actor(t, text1, "PSEREBHMS", "Hamas", "two Hamas members", model.KindOrg)
	a1.Events = []model.Event{
		mk(a1, 1, 0, isrMil, none, s1, zero, "194", "shelled", model.Reported, &rafah),
		mk(a1, 2, 1, unHRI, isr, s2, t2, "111", "criticised", 0, nil),
		mk(a1, 3, 2, egy, none, s3, zero, "111", "condemn", model.Negated, nil),
		mk(a1, 4, 3, chePol, hamas, s4, t4, "173", "arrested", 0, &zurich),
	}

	text2 := "Officials in Bamako said on 2 February that rebels had attacked an army post. They also kidnapped two aid workers."
	a2 := &model.Article{ID: "art-2", Date: time.Date(2023, 2, 4, 0, 0, 0, 0, time.UTC), Source: "Sahel Monitor", Origin: "sahel.txt", Text: text2}
	a2.Sentences = []model.Sentence{
		{Index: 0, Span: span(t, text2, "Officials in Bamako said on 2 February that rebels had attacked an army post.", 0)},
		{Index: 1, Span: span(t, text2, "They also kidnapped two aid workers.", 0)},
	}
	bamako := model.Place{Name: "Bamako", Span: span(t, text2, "Bamako", 0), Type: model.GeoWorldCity,
		FullName: "Bamako, Bamako, Mali", Country: "ML", ADM1: "ML08", Lat: 12.65, Lon: -8, FeatureID: "2460596"}
	a2.Places = []model.Place{bamako}
	reb, s5 := actor(t, text2, "MLIREB", "", "rebels", model.KindAgent)
	mil, t5 := actor(t, text2, "MLIMIL", "", "an army post", model.KindAgent)
	they, s6 := actor(t, text2, "MLIREB", "", "They", model.KindPronoun)
	ngo, t6 := actor(t, text2, "NGOHLH", "", "two aid workers", model.KindAgent)
	e5 := mk(a2, 1, 0, reb, mil, s5, t5, "190", "attacked", model.Reported, &bamako)
	e5.Date, e5.DateText = time.Date(2023, 2, 2, 0, 0, 0, 0, time.UTC), "on 2 February"
	e6 := mk(a2, 2, 1, they, ngo, s6, t6, "181", "kidnapped", 0, nil)
	a2.Events = []model.Event{e5, e6}
	return []*model.Article{a1, a2}
}

func render(t testing.TB, name string, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := New(name, &b, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range fixtures(t) {
		if err := w.Write(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, c := range []struct {
		format string
		opt    Options
		file   string
	}{
		{"jsonl", Options{}, "events.jsonl.golden"},
		{"jsonl", Options{IncludeFlagged: true}, "events-flagged.jsonl.golden"},
		{"csv", Options{IncludeFlagged: true}, "events.csv.golden"},
		{"gdelt", Options{}, "events.gdelt.golden"},
		{"mentions", Options{}, "mentions.gdelt.golden"},
		{"articles", Options{}, "articles.jsonl.golden"},
	} {
		t.Run(c.file, func(t *testing.T) {
			got := render(t, c.format, c.opt)
			path := filepath.Join("testdata", c.file)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/format -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s output differs from %s (run with -update after checking):\n%s", c.format, path, got)
			}
		})
	}
}

func TestFlaggedFiltered(t *testing.T) {
	count := func(opt Options) int { return strings.Count(string(render(t, "gdelt", opt)), "\n") }
	if got, want := count(Options{}), 5; got != want {
		t.Errorf("factual rows = %d, want %d (the negated event must be left out)", got, want)
	}
	if got, want := count(Options{IncludeFlagged: true}), 6; got != want {
		t.Errorf("rows with flagged = %d, want %d", got, want)
	}
}

func TestGDELTFields(t *testing.T) {
	rows := strings.Split(strings.TrimRight(string(render(t, "gdelt", Options{})), "\n"), "\n")
	col := map[string]int{}
	for i, c := range GDELTEventColumns {
		col[c] = i
	}
	get := func(r int, name string) string { return strings.Split(rows[r], "\t")[col[name]] }
	for _, c := range []struct {
		row        int
		name, want string
	}{
		{0, "SQLDATE", "20240319"}, {0, "MonthYear", "202403"}, {0, "Year", "2024"},
		{0, "FractionDate", "2024.2164"}, // (2*30+19)/365
		{0, "EventCode", "194"}, {0, "EventRootCode", "19"}, {0, "QuadClass", "4"}, {0, "GoldsteinScale", "-10.0"},
		{0, "IsRootEvent", "1"}, {0, "Actor1CountryCode", "ISR"}, {0, "Actor1Type1Code", "MIL"}, {0, "Actor2Code", ""},
		{0, "ActionGeo_CountryCode", "GZ"}, {0, "ActionGeo_Type", "4"}, {0, "DATEADDED", "20240319083000"},
		{1, "EventCode", "111"}, {1, "EventBaseCode", "111"}, {1, "IsRootEvent", "0"},
		{1, "Actor1CountryCode", ""}, {1, "Actor1Type1Code", "IGO"}, {1, "Actor1Type2Code", "HRI"}, {1, "Actor1KnownGroupCode", "UNO"},
		{1, "Actor1Geo_FullName", "Geneva, Geneva, Switzerland"}, {1, "Actor1Geo_CountryCode", "SZ"}, {1, "Actor1Geo_ADM1Code", "SZ07"},
		{1, "ActionGeo_Type", "0"},
		{2, "Actor2Code", "PSEREBHMS"}, {2, "Actor2CountryCode", "PSE"}, {2, "Actor2KnownGroupCode", "HMS"}, {2, "Actor2Type1Code", "REB"},
		{2, "ActionGeo_ADM1Code", "SZ25"},
		{3, "SQLDATE", "20230202"}, {3, "SOURCEURL", "sahel.txt"}, {3, "ActionGeo_CountryCode", "ML"},
		{4, "EventCode", "181"}, {4, "EventRootCode", "18"},
	} {
		if got := get(c.row, c.name); got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row, c.name, got, c.want)
		}
	}
	for i, r := range rows {
		if n := len(strings.Split(r, "\t")); n != 61 {
			t.Errorf("row %d has %d columns, want 61", i, n)
		}
	}
}

func TestMentionOffsetsInCharacters(t *testing.T) {
	rows := strings.Split(strings.TrimRight(string(render(t, "mentions", Options{})), "\n"), "\n")
	// Row 2 is the arrest after "Zürich" (ü is two bytes): character offsets
	// are one less than byte offsets.
	f := strings.Split(rows[2], "\t")
	text := fixtures(t)[0].Text
	byteOff := strings.Index(text, "Swiss police")
	if want := byteOff - 1; f[7] != strconv.Itoa(want) {
		t.Errorf("Actor1CharOffset = %s, want %d", f[7], want)
	}
	if f[3] != "1" || f[4] != "example.org" || f[6] != "4" {
		t.Errorf("MentionType/Source/SentenceID = %s/%s/%s", f[3], f[4], f[6])
	}
	// The pronoun-sourced kidnapping is not in the raw text.
	g := strings.Split(rows[4], "\t")
	if g[10] != "0" || g[3] != "2" || g[5] != "art-2" {
		t.Errorf("pronoun mention: InRawText %s MentionType %s Identifier %s", g[10], g[3], g[5])
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xml", &bytes.Buffer{}, Options{}); err == nil {
		t.Error("New(xml) succeeded")
	}
}

func TestFIPS(t *testing.T) {
	for iso, want := range map[string]string{"DE": "GM", "AU": "AS", "AT": "AU", "GB": "UK", "IL": "IS", "CN": "CH", "UA": "UP", "US": "US"} {
		if got := fipsOf(iso, 0); got != want {
			t.Errorf("fipsOf(%s) = %s, want %s", iso, got, want)
		}
	}
	if fipsOf("PS", 34.3) != "GZ" || fipsOf("PS", 35.2) != "WE" {
		t.Error("Palestine split by longitude is wrong")
	}
}

func BenchmarkGDELT(b *testing.B) {
	arts := fixtures(b)
	var buf bytes.Buffer
	w, _ := New("gdelt", &buf, Options{})
	for b.Loop() {
		buf.Reset()
		for _, a := range arts {
			_ = w.Write(a)
		}
		_ = w.Close()
	}
}

func TestActorColumns(t *testing.T) {
	// Code, Name, Country, KnownGroup, Ethnic, Religion1, Religion2, Type1, Type2, Type3
	for _, c := range []struct {
		actor model.Actor
		want  string
	}{
		{model.Actor{Code: "USAGOV", Name: "Joe Biden"}, "USAGOV|JOE BIDEN|USA|||||GOV||"},
		{model.Actor{Code: "IGOUNOHRI"}, "IGOUNOHRI|||UNO||||IGO|HRI|"},
		{model.Actor{Code: "IGOEUREEC"}, "IGOEUREEC||EUR|EEC||||IGO||"},
		{model.Actor{Code: "MNCUSAMED"}, "MNCUSAMED||USA|||||MNC|MED|"},
		{model.Actor{Code: "ISRCVLJEW"}, "ISRCVLJEW||ISR|||JEW||CVL||"},
		{model.Actor{Code: "IRQKURREB"}, "IRQKURREB||IRQ||KUR|||REB||"},
		{model.Actor{Code: "---GOV"}, "---GOV|||||||GOV||"},
		{model.Actor{Code: "ARNGOV", Country: "ARN", Roles: []string{"GOV"}}, "ARNGOV||ARN|||||GOV||"}, // a user-defined country
		{model.Actor{}, "|||||||||"},
	} {
		if got := strings.Join(actorColumns(&c.actor), "|"); got != c.want {
			t.Errorf("%s: got %s, want %s", c.actor.Code, got, c.want)
		}
	}
}

// TestFractionDate checks GDELT's FractionDate against values in published
// GDELT rows (the codebook's formula text is off by one month; the data
// use (month−1)·30 + day).
func TestFractionDate(t *testing.T) {
	for _, c := range []struct {
		day  time.Time
		want string
	}{
		{time.Date(2004, 11, 26, 0, 0, 0, 0, time.UTC), "2004.8932"},
		{time.Date(2013, 11, 24, 0, 0, 0, 0, time.UTC), "2013.8877"},
		{time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), "2024.0027"},
	} {
		if got := fractionDate(c.day); got != c.want {
			t.Errorf("fractionDate(%s) = %s, want %s", c.day.Format("20060102"), got, c.want)
		}
	}
}

// compound is an article whose two events come from one compound source
// ("Freedonia and Sylvania condemned …") plus a statement that PLOVER does
// not code.
func compound(t testing.TB) *model.Article {
	text := "Freedonia and Sylvania condemned the attack on Grand Fenwick. Freedonia said it would stay calm."
	a := &model.Article{ID: "art-3", Date: time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC), Text: text}
	a.Sentences = []model.Sentence{
		{Index: 0, Span: span(t, text, "Freedonia and Sylvania condemned the attack on Grand Fenwick.", 0)},
		{Index: 1, Span: span(t, text, "Freedonia said it would stay calm.", 0)},
	}
	ev := func(id, src, srcWords, code, trigger string, group string, sent int) model.Event {
		e := model.Event{ID: id, Source: model.Actor{Code: src, Name: srcWords}, Target: model.Actor{Code: "GFW", Name: "Grand Fenwick"},
			Code: code, Date: a.Date, Sentence: sent, SourceSpan: span(t, text, srcWords, 0), TriggerSpan: span(t, text, trigger, 0),
			TargetSpan: span(t, text, "Grand Fenwick", 0), Group: group}
		ontology.FillEvent(&e)
		return e
	}
	a.Events = []model.Event{
		ev("art-3-1", "FRD", "Freedonia", "1121", "condemned", "g1", 0),
		ev("art-3-2", "SYL", "Sylvania", "1121", "condemned", "g1", 0),
		ev("art-3-3", "FRD", "Freedonia", "010", "said", "", 1),
	}
	a.Events[2].Target = model.Actor{}
	return a
}

func TestPloverGroups(t *testing.T) {
	var b bytes.Buffer
	w, _ := New("plover", &b, Options{})
	for _, a := range append(fixtures(t), compound(t)) {
		if err := w.Write(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "events.plover.golden")
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want, err := os.ReadFile(path); err != nil || !bytes.Equal(b.Bytes(), want) {
		t.Errorf("plover output differs from %s (%v):\n%s", path, err, b.Bytes())
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	var last PloverRecord
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &last); err != nil {
		t.Fatal(err)
	}
	// The compound condemnation is one record with two actors; the
	// statement is not a PLOVER event.
	if len(lines) != 6 || len(last.Actors) != 2 || last.Actors[1].Code != "SYL" || len(last.Recipients) != 1 ||
		last.EventType != "ACCUSE" || strings.Join(last.Context, ",") != "crime,corruption" {
		t.Errorf("%d records; last = %+v", len(lines), last)
	}
}

// TestTSVFieldsStayInTheirColumns feeds names with tabs, newlines and
// carriage returns: GDELT rows must keep 61 columns and one line per event.
func TestTSVFieldsStayInTheirColumns(t *testing.T) {
	arts := fixtures(t)
	ev := &arts[0].Events[0]
	ev.Source.Name = "Israel\tDefense\nForces\r"
	ev.Location.FullName = "Rafah,\tGaza"
	arts[0].URL = "https://example.org/a\tb"
	for _, name := range []string{"gdelt", "mentions"} {
		var b bytes.Buffer
		w, _ := New(name, &b, Options{})
		for _, a := range arts {
			if err := w.Write(a); err != nil {
				t.Fatal(err)
			}
		}
		w.Close()
		want := map[string]int{"gdelt": 61, "mentions": 16}[name]
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if len(lines) != 5 {
			t.Errorf("%s: %d lines, want 5", name, len(lines))
		}
		for i, l := range lines {
			if n := strings.Count(l, "\t") + 1; n != want {
				t.Errorf("%s line %d: %d columns, want %d", name, i, n, want)
			}
		}
	}
}

func TestGeoColumnsPalestine(t *testing.T) {
	for _, c := range []struct {
		p    model.Place
		want string // country|adm1[|feature id]
	}{
		{model.Place{Type: model.GeoWorldCity, Country: "PS", ADM1: "PSGZ", Lon: 34.26}, "GZ|GZ"},
		{model.Place{Type: model.GeoWorldCity, Country: "PS", ADM1: "PSWE", Lon: 35.2}, "WE|WE"},
		{model.Place{Type: model.GeoWorldCity, Country: "PS", Lon: 34.4}, "GZ|GZ"},                                       // no division: by longitude
		{model.Place{Type: model.GeoCountry, Country: "DE"}, "GM|GM"},                                                    // country level: ADM1 is the country
		{model.Place{Type: model.GeoWorldCity, Country: "DE", ADM1: "DE16", FeatureID: "gn:2950159"}, "GM|GM16|2950159"}, // division code kept
	} {
		g := geoColumns(&c.p)
		got := g[2] + "|" + g[3]
		if g[7] != "" {
			got += "|" + g[7]
		}
		if got != c.want {
			t.Errorf("%+v: got %s, want %s", c.p, got, c.want)
		}
	}
}

// TestGeoColumnsDivision: a first-level division is written as GDELT
// writes one, with its ADM1 code (FIPS country) as the feature id, while a
// town keeps its bare GeoNames number.
func TestGeoColumnsDivision(t *testing.T) {
	region := &model.Place{Type: model.GeoWorldADM1, FullName: "Kharkiv region, Ukraine", Country: "UA", ADM1: "UA07", Lat: 49.86, Lon: 36.32, FeatureID: "adm1:UA07"}
	got := geoColumns(region)
	if got[0] != "5" || got[2] != "UP" || got[3] != "UP07" || got[7] != "UP07" {
		t.Errorf("division columns = %q, want type 5, country UP, ADM1 and feature UP07", got)
	}
	town := &model.Place{Type: model.GeoWorldCity, FullName: "Kharkiv, Ukraine", Country: "UA", ADM1: "UA07", Lat: 49.98, Lon: 36.25, FeatureID: "gn:706483"}
	if got := geoColumns(town); got[3] != "UP07" || got[7] != "706483" {
		t.Errorf("town columns = %q, want ADM1 UP07 and feature 706483", got)
	}
}
