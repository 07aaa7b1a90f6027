package format

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"dyad/internal/model"
	"dyad/internal/ontology"
)

var csvHeader = []string{
	"article_id", "article_date", "event_id", "event_date", "sentence",
	"source_code", "source_name", "source_country", "source_roles", "source_group",
	"code", "code_name", "root", "quadclass", "goldstein", "plover_type", "plover_mode", "plover_context",
	"target_code", "target_name", "target_country", "target_roles", "target_group",
	"flags", "source_text", "trigger_text", "target_text",
	"location", "location_country", "lat", "lon", "pattern", "url",
}

type csvWriter struct {
	cw     *csv.Writer
	opt    Options
	header bool
}

func newCSV(w io.Writer, opt Options) Writer { return &csvWriter{cw: csv.NewWriter(w), opt: opt} }

func codeName(code string) string {
	if e, ok := ontology.Event(code); ok {
		return e.Name
	}
	return ""
}

func (c *csvWriter) Write(a *model.Article) error {
	if !c.header {
		c.header = true
		if err := c.cw.Write(csvHeader); err != nil {
			return err
		}
	}
	for _, ev := range events(a, c.opt) {
		var loc, locCountry, lat, lon string
		if p := ev.Location; p != nil {
			loc, locCountry = p.FullName, p.Country
			lat, lon = ftoa(p.Lat), ftoa(p.Lon)
		}
		row := []string{
			a.ID, day(a.Date), ev.ID, day(eventDate(a, ev)), strconv.Itoa(ev.Sentence + 1),
			ev.Source.Code, ev.Source.Name, ev.Source.Country, strings.Join(ev.Source.Roles, " "), ev.Source.Group,
			ev.Code, codeName(ev.Code), ev.Root, strconv.Itoa(ev.QuadClass), ftoa(ev.Goldstein), ev.PloverType, ev.PloverMode, ev.PloverContext,
			ev.Target.Code, ev.Target.Name, ev.Target.Country, strings.Join(ev.Target.Roles, " "), ev.Target.Group,
			strings.Join(ev.Flags.Names(), " "), ev.SourceSpan.Text(a.Text), ev.TriggerSpan.Text(a.Text), ev.TargetSpan.Text(a.Text),
			loc, locCountry, lat, lon, ev.Explanation.Pattern, a.URL,
		}
		if err := c.cw.Write(row); err != nil {
			return err
		}
	}
	return nil
}

func (c *csvWriter) Close() error {
	if !c.header { // an empty run still gets its header
		c.header = true
		_ = c.cw.Write(csvHeader)
	}
	c.cw.Flush()
	return c.cw.Error()
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
