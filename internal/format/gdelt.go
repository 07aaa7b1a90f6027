package format

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"dyad/internal/model"
	"dyad/internal/ontology"
)

// GDELTEventColumns and GDELTMentionColumns are the column names of the two
// GDELT 2.0 tables, in file order.
var (
	GDELTEventColumns = []string{
		"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
		"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
		"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
		"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
		"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
		"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
		"NumMentions", "NumSources", "NumArticles", "AvgTone",
		"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
		"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
		"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
		"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
		"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
		"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
		"DATEADDED", "SOURCEURL",
	}
	GDELTMentionColumns = []string{
		"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
		"MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
		"InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
	}
)

// GlobalEventID is the number written as GLOBALEVENTID for an event id: a
// 63-bit FNV-1a hash, stable across runs and shared by both GDELT tables.
func GlobalEventID(eventID string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(eventID))
	return h.Sum64() >> 1
}

// nonStatePrefix lists the CAMEO country-slot prefixes that GDELT writes as
// the actor's first type code rather than as its country.
var nonStatePrefix = map[string]bool{"IGO": true, "NGO": true, "NGM": true, "MNC": true, "IMG": true, "INT": true, "UIS": true}

// actorColumns returns the ten GDELT actor columns (Code … Type3Code).
func actorColumns(a *model.Actor) []string {
	cols := make([]string, 10)
	if a.IsZero() {
		return cols
	}
	cols[0], cols[1] = a.Code, strings.ToUpper(a.Name)
	// Parse the code even when the coder filled the parts: model.Actor has
	// no field for the region of a non-state actor ("MNCUSA").
	ac, err := ontology.ParseActorCode(a.Code)
	if err != nil { // a user-defined code: trust the parts the coder set
		ac = ontology.ActorCode{Country: a.Country, Roles: a.Roles, Group: a.Group}
	}
	var types, rels []string
	switch {
	case nonStatePrefix[ac.Country]:
		types = append(types, ac.Country)
		cols[2] = ac.Region // GDELT: IGOEUREEC is country EUR, type IGO
	case ac.Country != ontology.UnknownCountry:
		cols[2] = ac.Country
	}
	cols[3] = ac.Group
	for _, r := range ac.Roles {
		switch ontology.RoleKind(r) {
		case "religion":
			rels = append(rels, r)
		case "ethnic":
			if cols[4] == "" {
				cols[4] = r
			}
		default:
			types = append(types, r)
		}
	}
	for i := 0; i < 2 && i < len(rels); i++ {
		cols[5+i] = rels[i]
	}
	for i := 0; i < 3 && i < len(types); i++ {
		cols[7+i] = types[i]
	}
	return cols
}

// geoColumns returns the eight GDELT geo columns of a place.
func geoColumns(p *model.Place) []string {
	if p == nil || p.Type == model.GeoNone {
		return []string{"0", "", "", "", "", "", "", ""}
	}
	fips := fipsOf(p.Country, p.Lon)
	adm1 := p.ADM1
	switch {
	case p.Country == "PS":
		// GDELT treats Gaza and the West Bank as countries with no ADM1;
		// a gazetteer's division code says which one it is.
		switch strings.TrimPrefix(adm1, "PS") {
		case "GZ":
			fips = "GZ"
		case "WE", "WB":
			fips = "WE"
		}
		adm1 = fips
	case len(adm1) >= 2 && adm1[:2] == p.Country:
		adm1 = fips + adm1[2:]
	case adm1 == "":
		adm1 = fips
	}
	feature := strings.TrimPrefix(p.FeatureID, "gn:")
	if strings.HasPrefix(feature, "adm1:") {
		// GDELT names a first-level division by its ADM1 code.
		feature = adm1
	}
	return []string{
		strconv.Itoa(int(p.Type)), p.FullName, fips, adm1, "",
		strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64), feature,
	}
}

// actorPlace finds the place named inside an actor's words, if any.
func actorPlace(a *model.Article, ev *model.Event, span model.Span) *model.Place {
	if span.IsZero() {
		return nil
	}
	for i := range a.Places {
		p := &a.Places[i]
		if p.Sentence == ev.Sentence && p.Span.Start < span.End && span.Start < p.Span.End {
			return p
		}
	}
	return nil
}

func day(t time.Time) string   { return t.Format("20060102") }
func stamp(t time.Time) string { return t.Format("20060102150405") }

// fractionDate is GDELT's FractionDate: YYYY + ((month-1)*30 + day)/365.
func fractionDate(t time.Time) string {
	return strconv.FormatFloat(float64(t.Year())+float64((int(t.Month())-1)*30+t.Day())/365, 'f', 4, 64)
}

// sourceURL is the article's URL, or where it was read from.
func sourceURL(a *model.Article) string {
	switch {
	case a.URL != "":
		return a.URL
	case a.Origin != "":
		return a.Origin
	}
	return a.ID
}

// clean makes a field safe for a tab-separated line.
var clean = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace

type tsvWriter struct {
	bw  *bufio.Writer
	opt Options
	row func(a *model.Article, ev *model.Event) []string
}

func (t *tsvWriter) Write(a *model.Article) error {
	for _, ev := range events(a, t.opt) {
		for i, f := range t.row(a, ev) {
			if i > 0 {
				t.bw.WriteByte('\t')
			}
			t.bw.WriteString(clean(f))
		}
		if err := t.bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}

func (t *tsvWriter) Close() error { return t.bw.Flush() }

func newGDELT(w io.Writer, opt Options) Writer {
	return &tsvWriter{bw: bufio.NewWriter(w), opt: opt, row: func(a *model.Article, ev *model.Event) []string {
		return gdeltRow(a, ev, opt)
	}}
}

func gdeltRow(a *model.Article, ev *model.Event, opt Options) []string {
	d := eventDate(a, ev).UTC()
	row := make([]string, 0, len(GDELTEventColumns))
	row = append(row, strconv.FormatUint(GlobalEventID(ev.ID), 10), day(d), d.Format("200601"), d.Format("2006"), fractionDate(d))
	row = append(row, actorColumns(&ev.Source)...)
	row = append(row, actorColumns(&ev.Target)...)
	e := *ev
	if e.Root == "" { // the coder normally fills these; be robust to a bare code
		ontology.FillEvent(&e)
	}
	root := "0"
	if ev.Sentence == 0 {
		root = "1"
	}
	row = append(row, root, e.Code, e.Base, e.Root, strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', 1, 64), "1", "1", "1", "0")
	row = append(row, geoColumns(actorPlace(a, ev, ev.SourceSpan))...)
	row = append(row, geoColumns(actorPlace(a, ev, ev.TargetSpan))...)
	row = append(row, geoColumns(ev.Location)...)
	row = append(row, stamp(added(a, opt)), sourceURL(a))
	return row
}

func newMentions(w io.Writer, opt Options) Writer {
	return &tsvWriter{bw: bufio.NewWriter(w), opt: opt, row: func(a *model.Article, ev *model.Event) []string {
		return mentionRow(a, ev, opt)
	}}
}

// chars converts a byte offset in text to a character offset (-1 stays -1).
func chars(text string, off int32) string {
	if off < 0 || int(off) > len(text) {
		return "-1"
	}
	return strconv.Itoa(utf8.RuneCountInString(text[:off]))
}

func mentionRow(a *model.Article, ev *model.Event, opt Options) []string {
	m := model.MentionOf(a, ev)
	typ, ident, name := "2", a.ID, m.Source
	if strings.HasPrefix(a.URL, "http://") || strings.HasPrefix(a.URL, "https://") {
		typ, ident = "1", a.URL
		if name == "" {
			if u, err := url.Parse(a.URL); err == nil {
				name = strings.TrimPrefix(u.Hostname(), "www.")
			}
		}
	}
	inRaw := "0"
	if m.InRawText {
		inRaw = "1"
	}
	ts := stamp(added(a, opt))
	return []string{
		strconv.FormatUint(GlobalEventID(ev.ID), 10), ts, ts, typ, name, ident,
		strconv.Itoa(m.Sentence), chars(a.Text, m.Actor1Offset), chars(a.Text, m.Actor2Offset), chars(a.Text, m.ActionOffset),
		inRaw, strconv.Itoa(m.Confidence), strconv.Itoa(utf8.RuneCountInString(a.Text)), fmt.Sprint(m.DocTone), "", "",
	}
}
