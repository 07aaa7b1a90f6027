package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"dyad/internal/model"
)

// NoActor is how PETRARCH writes a missing source or target.
const NoActor = "---"

// Triple is one coded event reduced to what PETRARCH's suite compares.
type Triple struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

func (t Triple) String() string { return t.Source + " " + t.Target + " " + t.Code }

// GoldEvent is one expected event of a record.
type GoldEvent struct {
	Triple
	// PentaClass is the Phoenix PentaClass label, -1 when the record has none.
	PentaClass int `json:"penta_class"`
	// Words of the source, target, or of actors acting on each other
	// ("X and Y met"), as the gold gives them (tokenised, "Iraqi government ’ s").
	SourceText     []string `json:"source_text,omitempty"`
	TargetText     []string `json:"target_text,omitempty"`
	ReciprocalText []string `json:"reciprocal_text,omitempty"`
}

// RecordOptions are PETRARCH configuration options in force for a record.
type RecordOptions struct {
	RequireDyad bool // default true: events need a source and a target
	// NewActorLength > 0 lets the coder make actors of unknown noun phrases
	// of up to that many words (PETRARCH's quoted new actors).
	NewActorLength int
	// Comma clause limits (PETRARCH's comma_min/max, comma_bmin/bmax,
	// comma_emin/emax), kept by name; absent means PETRARCH's default.
	Comma map[string]int
}

// Record is one gold record.
type Record struct {
	ID       string
	Date     time.Time // zero when the gold has no date
	Text     string
	Expected []GoldEvent
	// ExpectNoEvents marks a record that must code nothing.
	ExpectNoEvents bool
	// ExpectedError is PETRARCH's expected failure: "storydiscard",
	// "sentencediscard", "bad_input_parse", "dateline"; all mean no events.
	ExpectedError string
	Config        map[string]string
	Options       RecordOptions
	Category      string
	Selected      bool // selected_by_file_include; true when the gold has no such field
	// Parse is PETRARCH's Treebank parse of the record, when the gold
	// supplies one (its XML, or the XML a JSONL record names as its
	// source_file, beside it). PETRARCH codes the parse's words, so Articles
	// does too, less the comma clauses its options remove; a parse that
	// does not balance is a bad_input_parse.
	Parse string
	File  string
	Line  int
}

// HasPenta reports whether the record carries a PentaClass label.
func (r *Record) HasPenta() bool {
	for _, e := range r.Expected {
		if e.PentaClass >= 0 {
			return true
		}
	}
	return false
}

// ExpectsNothing reports whether the record passes only with no events.
func (r *Record) ExpectsNothing() bool {
	return r.ExpectNoEvents || r.ExpectedError != "" || len(r.Expected) == 0
}

// Gold returns the expected triples of the record.
func (r *Record) Gold() []Triple {
	if r.ExpectsNothing() {
		return nil
	}
	out := make([]Triple, 0, len(r.Expected))
	for _, e := range r.Expected {
		if e.Code != "" {
			out = append(out, Triple{Source: actorOrNone(e.Source), Target: actorOrNone(e.Target), Code: e.Code})
		}
	}
	return out
}

func actorOrNone(s string) string {
	if s == "" {
		return NoActor
	}
	return s
}

// raw mirrors a JSONL line; pointers absorb the nulls and the fields that
// one gold set has and another lacks.
type raw struct {
	ID       string  `json:"id"`
	Date     *string `json:"date"`
	Text     string  `json:"text"`
	Expected []struct {
		Source         *string  `json:"source"`
		Target         *string  `json:"target"`
		Code           *string  `json:"code"`
		PentaClass     *int     `json:"penta_class"`
		SourceText     []string `json:"source_text"`
		TargetText     []string `json:"target_text"`
		ReciprocalText []string `json:"reciprocal_text"`
	} `json:"expected"`
	ExpectNoEvents bool           `json:"expect_no_events"`
	ExpectedError  *string        `json:"expected_error"`
	Config         map[string]any `json:"config_in_force"`
	Category       string         `json:"category"`
	Selected       *bool          `json:"selected_by_file_include"`
	SourceFile     string         `json:"source_file"`
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// ReadGold reads gold records from JSONL. file names the input in errors.
// A malformed line is an error naming file and line: gold data that does
// not parse would make every figure meaningless.
func ReadGold(r io.Reader, file string) ([]Record, error) {
	recs, _, err := readGold(r, file)
	return recs, err
}

// readGold is ReadGold that also returns each record's source_file.
func readGold(r io.Reader, file string) ([]Record, []string, error) {
	var out []Record
	var sources []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var x raw
		if err := json.Unmarshal(b, &x); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", file, line, err)
		}
		rec := Record{
			ID: x.ID, Text: x.Text, ExpectNoEvents: x.ExpectNoEvents, ExpectedError: str(x.ExpectedError),
			Category: x.Category, Selected: x.Selected == nil || *x.Selected, File: file, Line: line,
			Config: map[string]string{},
		}
		if rec.ID == "" {
			rec.ID = fmt.Sprintf("%s:%d", file, line)
		}
		if d := str(x.Date); d != "" {
			t, err := time.Parse("2006-01-02", d)
			if err != nil {
				return nil, nil, fmt.Errorf("%s:%d: record %s: date: %w", file, line, rec.ID, err)
			}
			rec.Date = t
		}
		for k, v := range x.Config {
			rec.Config[k] = fmt.Sprint(v)
		}
		opts, err := parseOptions(rec.Config)
		if err != nil {
			return nil, nil, fmt.Errorf("%s:%d: record %s: %w", file, line, rec.ID, err)
		}
		rec.Options = opts
		for _, e := range x.Expected {
			g := GoldEvent{
				Triple:     Triple{Source: str(e.Source), Target: str(e.Target), Code: str(e.Code)},
				PentaClass: -1, SourceText: e.SourceText, TargetText: e.TargetText, ReciprocalText: e.ReciprocalText,
			}
			if e.PentaClass != nil {
				if *e.PentaClass < 0 || *e.PentaClass > 4 {
					return nil, nil, fmt.Errorf("%s:%d: record %s: penta_class %d out of 0–4", file, line, rec.ID, *e.PentaClass)
				}
				g.PentaClass = *e.PentaClass
			}
			rec.Expected = append(rec.Expected, g)
		}
		out = append(out, rec)
		sources = append(sources, x.SourceFile)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	return out, sources, nil
}

// ReadGoldFile reads gold records from a JSONL file, or from PETRARCH's
// validation XML (*.xml). JSONL records converted from a PETRARCH XML file
// that lies beside them (their source_file) get its parses.
func ReadGoldFile(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if strings.EqualFold(filepath.Ext(path), ".xml") {
		return ReadPetrarchXML(f, path)
	}
	recs, sources, err := readGold(f, path)
	if err != nil {
		return nil, err
	}
	if _, err := attachParses(recs, filepath.Dir(path), sources); err != nil {
		return nil, fmt.Errorf("%s: parses: %w", path, err)
	}
	return recs, nil
}

func parseOptions(cfg map[string]string) (RecordOptions, error) {
	o := RecordOptions{RequireDyad: true}
	for k, v := range cfg {
		switch {
		case k == "require_dyad":
			b, err := strconv.ParseBool(v)
			if err != nil {
				return o, fmt.Errorf("require_dyad %q: %w", v, err)
			}
			o.RequireDyad = b
		case k == "new_actor_length":
			n, err := strconv.Atoi(v)
			if err != nil {
				return o, fmt.Errorf("new_actor_length %q: %w", v, err)
			}
			o.NewActorLength = n
		case strings.HasPrefix(k, "comma_"):
			n, err := strconv.Atoi(v)
			if err != nil {
				return o, fmt.Errorf("%s %q: %w", k, v, err)
			}
			if o.Comma == nil {
				o.Comma = map[string]int{}
			}
			o.Comma[k] = n
		}
	}
	return o, nil
}

// Articles builds one article per record, in record order, ready for the
// coding stages: Raw and Text are the record's text (a clean stage rebuilds
// Text from Raw), Origin is "file:line". Records sharing an id get "#2",
// "#3"… so that article ids stay unique.
func Articles(recs []Record) []*model.Article {
	seen := map[string]int{}
	out := make([]*model.Article, len(recs))
	for i := range recs {
		r := &recs[i]
		id := r.ID
		if n := seen[r.ID]; n > 0 {
			id = fmt.Sprintf("%s#%d", r.ID, n+1)
		}
		seen[r.ID]++
		a := &model.Article{ID: id, Date: r.Date, Raw: r.Text, Text: r.Text, Origin: fmt.Sprintf("%s:%d", r.File, r.Line)}
		if r.Parse != "" {
			// PETRARCH codes the words of the parse; one that does not
			// balance is rejected whole, as PETRARCH does.
			t, err := ParseText(r.Parse, r.Options.Commas())
			if err != nil {
				t = ""
				a.Diag(model.Error, "ingest", model.Span{}, "record "+r.ID+": "+err.Error())
			}
			a.Raw, a.Text = t, t
		}
		out[i] = a
	}
	return out
}

// Coder fills the Events of every article (through whatever stages it
// runs). It is how callers plug the pipeline into an evaluation.
type Coder func(ctx context.Context, arts []*model.Article) error
