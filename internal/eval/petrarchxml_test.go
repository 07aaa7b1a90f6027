package eval

import (
	"errors"
	"strings"
	"testing"

	"dyad/internal/model"
)

func TestReadPetrarchXML(t *testing.T) {
	recs := readTest(t, "petr.records.xml")
	if len(recs) != 5 {
		t.Fatalf("read %d records, want 5", len(recs))
	}
	h := recs[0]
	if h.ID != "HARBOUR-01" || h.Category != "HARBOUR" || !h.Selected || h.Date.Format("2006-01-02") != "2001-02-03" {
		t.Errorf("record 0 = %+v", h)
	}
	if got := h.Gold(); len(got) != 2 || got[0] != tr("NORTH SOUTH 042") || got[1].Source != `"THE PILOTS"` {
		t.Errorf("gold = %v", got)
	}
	if h.Text != "The northern pilots visited the southern docks." || !strings.HasPrefix(h.Parse, "(ROOT") {
		t.Errorf("text %q, parse %q", h.Text, h.Parse)
	}
	if !h.Options.RequireDyad || h.Options.NewActorLength != 0 {
		t.Errorf("options before the Config lines = %+v", h.Options)
	}
	q := recs[1]
	if !q.ExpectNoEvents || q.Options.RequireDyad || q.Options.NewActorLength != 3 {
		t.Errorf("QUAY-01: no events %v, options %+v (Config lines stay in force)", q.ExpectNoEvents, q.Options)
	}
	if recs[2].ExpectedError != "bad_input_parse" {
		t.Errorf("QUAY-02 error = %q", recs[2].ExpectedError)
	}
	if recs[3].Selected {
		t.Error("OTHER-01 is selected, but its category is not in the Include line")
	}
	if recs[4].Selected {
		t.Error(`QUAY-04 is selected, but it says sentence="false"`)
	}
}

func TestParseText(t *testing.T) {
	for _, c := range []struct{ parse, want string }{
		{"(ROOT (S (NP (NNP North) (POS 's) (NNS pilots)) (VP (VBD left)) (. .)))", "North's pilots left."},
		{"(NP (NNP South) (-LRB- -LRB-) (NNP SD) (-RRB- -RRB-) (, ,) (NNS docks))", "South (SD), docks"},
		{"(S (`` ``) (NP (NN Peace)) ('' '') (VP (VBD held)) (. .))", `"Peace" held.`},
		{"(S (NP (PRP They)) (VP (MD could) (RB n't) (VB go)))", "They couldn't go"},
	} {
		got, err := ParseText(c.parse, CommaLimits{})
		if err != nil || got != c.want {
			t.Errorf("ParseText(%q) = %q, %v; want %q", c.parse, got, err, c.want)
		}
	}
	for _, bad := range []string{"(S (NP (NN x))", "(S (NP (NN x))))", "(S (NP))"} {
		if _, err := ParseText(bad, CommaLimits{}); !errors.Is(err, ErrBadParse) {
			t.Errorf("ParseText(%q) error = %v, want ErrBadParse", bad, err)
		}
	}
}

// JSONL records that name a PETRARCH file beside them are coded from its
// parses; a parse that does not balance leaves the article without text and
// with an error.
func TestJSONLGetsParses(t *testing.T) {
	recs := readTest(t, "petr.records.jsonl")
	if recs[0].Parse == "" || recs[1].Parse == "" || recs[2].Parse != "" {
		t.Fatalf("parses: %q / %q / %q", recs[0].Parse, recs[1].Parse, recs[2].Parse)
	}
	arts := Articles(recs)
	if arts[0].Text != "The North's pilots visited the South (SD) docks." {
		t.Errorf("coded text = %q", arts[0].Text)
	}
	if arts[1].Text != "" || len(arts[1].Diagnostics) != 1 || arts[1].Diagnostics[0].Severity != model.Error ||
		!strings.Contains(arts[1].Diagnostics[0].Message, "bad_input_parse") {
		t.Errorf("bad parse: text %q, diagnostics %v", arts[1].Text, arts[1].Diagnostics)
	}
	if arts[2].Text != "The quay opened." {
		t.Errorf("record without a parse: text %q", arts[2].Text)
	}
}

func TestCommaClauses(t *testing.T) {
	// "Harford, it seems, renewed its old, warm and very friendly ties with
	// the town of Tidemark, the harbour board said." — written here as a
	// Treebank parse.
	parse := `(ROOT (S (S (NP (NNP Harford)) (PRN (, ,) (S (NP (PRP it)) (VP (VBZ seems))) (, ,))
	  (VP (VBD renewed) (NP (PRP$ its) (JJ old) (, ,) (JJ warm) (CC and) (ADJP (RB very) (JJ friendly)) (NNS ties))
	  (PP (IN with) (NP (NP (DT the) (NN town)) (PP (IN of) (NP (NNP Tidemark)))))))
	  (, ,) (NP (DT the) (NN harbour) (NN board)) (VP (VBD said)) (. .)))`
	for _, c := range []struct {
		name string
		lim  CommaLimits
		want string
	}{
		{"none", CommaLimits{}, "Harford, it seems, renewed its old, warm and very friendly ties with the town of Tidemark, the harbour board said."},
		// Internal "it seems" (2 words) and terminal "the harbour board
		// said" (4) go; the comma inside the noun phrase delimits nothing,
		// and the 13 words between the second and last comma stay.
		{"defaults", DefaultCommaLimits, "Harford, renewed its old, warm and very friendly ties with the town of Tidemark."},
		{"internal too short", CommaLimits{Min: 3, Max: 8}, "Harford, it seems, renewed its old, warm and very friendly ties with the town of Tidemark, the harbour board said."},
		{"terminal only", CommaLimits{EMin: 2, EMax: 4}, "Harford, it seems, renewed its old, warm and very friendly ties with the town of Tidemark."},
		// The initial clause "Harford" (1 word) goes when allowed.
		{"initial", CommaLimits{BMin: 1, BMax: 3}, "it seems, renewed its old, warm and very friendly ties with the town of Tidemark, the harbour board said."},
	} {
		got, err := ParseText(parse, c.lim)
		if err != nil || got != c.want {
			t.Errorf("%s: ParseText = %q, %v; want %q", c.name, got, err, c.want)
		}
	}
	o := RecordOptions{Comma: map[string]int{"comma_emax": 0, "comma_bmax": 5}}
	if got := o.Commas(); got.EMax != 0 || got.BMax != 5 || got.Max != 8 || got.EMin != 2 {
		t.Errorf("Commas() = %+v", got)
	}
}
