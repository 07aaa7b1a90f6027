package eval

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"dyad/internal/model"
	"dyad/internal/sharedtest"
)

func tr(s string) Triple {
	f := strings.Fields(s)
	return Triple{Source: f[0], Target: f[1], Code: f[2]}
}

func trs(ss ...string) []Triple {
	var out []Triple
	for _, s := range ss {
		out = append(out, tr(s))
	}
	return out
}

func readTest(t *testing.T, name string) []Record {
	t.Helper()
	recs, err := ReadGoldFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestReadGold(t *testing.T) {
	recs := readTest(t, "gold.jsonl")
	if len(recs) != 6 {
		t.Fatalf("read %d records, want 6", len(recs))
	}
	r := recs[2]
	if r.Options.RequireDyad || r.Options.NewActorLength != 4 || r.Options.Comma["comma_min"] != 2 {
		t.Errorf("T-3 options = %+v", r.Options)
	}
	if !recs[0].Options.RequireDyad {
		t.Error("require_dyad must default to true")
	}
	if !recs[3].ExpectsNothing() || !recs[4].ExpectsNothing() || recs[4].Selected || recs[4].ExpectedError != "storydiscard" {
		t.Errorf("no-event records read wrong: %+v %+v", recs[3], recs[4])
	}
	if !recs[5].Date.IsZero() || recs[0].Date.Format("2006-01-02") != "2001-05-02" {
		t.Errorf("dates: %v %v", recs[5].Date, recs[0].Date)
	}
	if got := recs[1].Gold(); len(got) != 3 || got[2] != tr("GFW SYL 111") {
		t.Errorf("T-2 gold = %v", got)
	}
	arts := Articles(recs)
	if arts[4].ID != "T-5" || arts[5].ID != "T-5#2" || arts[0].Text != recs[0].Text || arts[0].Origin != "testdata/gold.jsonl:1" {
		t.Errorf("articles: %q %q %q", arts[4].ID, arts[5].ID, arts[0].Origin)
	}
}

func TestReadGoldErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"id": "x", "date": "2001-13-45", "text": "t", "expected": []}`, "x.jsonl:1"},
		{"\n{not json", "x.jsonl:2"},
		{`{"id": "x", "text": "t", "expected": [{"penta_class": 7}]}`, "penta_class 7"},
		{`{"id": "x", "text": "t", "expected": [], "config_in_force": {"require_dyad": "maybe"}}`, "require_dyad"},
	} {
		_, err := ReadGold(strings.NewReader(c.in), "x.jsonl")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ReadGold(%q) error = %v, want one containing %q", c.in, err, c.want)
		}
	}
}

func TestMatchMultiset(t *testing.T) {
	key := Levels[0].key
	for _, c := range []struct {
		name          string
		gold, pred    []Triple
		want          Counts
		misses, alarm []Triple
	}{
		{"equal", trs("A B 111"), trs("A B 111"), Counts{TP: 1}, nil, nil},
		{"duplicate gold, one predicted", trs("A B 111", "A B 111"), trs("A B 111"), Counts{TP: 1, FN: 1}, trs("A B 111"), nil},
		{"one gold, predicted twice", trs("A B 111"), trs("A B 111", "A B 111"), Counts{TP: 1, FP: 1}, nil, trs("A B 111")},
		{"order does not matter", trs("A B 111", "C B 111"), trs("C B 111", "A B 111"), Counts{TP: 2}, nil, nil},
		{"missing target differs", trs("A --- 023"), trs("A B 023"), Counts{FP: 1, FN: 1}, trs("A --- 023"), trs("A B 023")},
		{"nothing expected", nil, trs("A B 190"), Counts{FP: 1}, nil, trs("A B 190")},
		{"nothing predicted", trs("A B 190"), nil, Counts{FN: 1}, trs("A B 190"), nil},
	} {
		got, m, a := match(c.gold, c.pred, key)
		if got != c.want || !reflect.DeepEqual(m, c.misses) || !reflect.DeepEqual(a, c.alarm) {
			t.Errorf("%s: got %+v misses %v alarms %v; want %+v %v %v", c.name, got, m, a, c.want, c.misses, c.alarm)
		}
	}
}

func TestScore(t *testing.T) {
	gold := readTest(t, "gold.jsonl")
	pred := [][]Triple{
		trs("FRD SYL 161"),                         // T-1 pass
		trs("FRD SYL 111", "GFW SYL 112"),          // T-2: one duplicate missed, wrong code for GFW
		trs("---SYLGOV --- 023", "SYLGOV --- 023"), // T-3: require_dyad false keeps target-less events; one is wrong
		nil,                               // T-4 pass (no events)
		trs("FRD SYL 190"),                // T-5 storydiscard: fails
		trs("SYL FRD 020", "SYL --- 010"), // T-5#2: the target-less statement is dropped by require_dyad
	}
	rep := Score(gold, pred, ScoreOptions{})
	if rep.Records != 6 || rep.Passed != 3 {
		t.Errorf("passed %d of %d, want 3 of 6", rep.Passed, rep.Records)
	}
	var pass []string
	for _, r := range rep.Results {
		if r.Pass {
			pass = append(pass, r.ID)
		}
	}
	if strings.Join(pass, " ") != "T-1 T-4 T-5" {
		t.Errorf("passing records %v, want T-1 T-4 T-5 (the second T-5)", pass)
	}
	if d := rep.Results[5].Dropped; len(d) != 1 || d[0] != tr("SYL --- 010") {
		t.Errorf("dropped by require_dyad = %v", d)
	}
	if m := rep.Results[1].Misses; len(m) != 2 {
		t.Errorf("T-2 misses = %v", m)
	}
	// Gold: 1+3+1+0+0+1 = 6; predicted after require_dyad: 1+2+2+0+1+1 = 7.
	// Exact TP: T-1 1, T-2 1, T-3 1, T-5#2 1 = 4.
	lv := map[string]LevelScore{}
	for _, l := range rep.Levels {
		lv[l.Level] = l
	}
	want := map[string]Counts{
		"exact":    {TP: 4, FP: 3, FN: 2},
		"dyad":     {TP: 5, FP: 2, FN: 1}, // GFW SYL matches as a dyad
		"root":     {TP: 5, FP: 2, FN: 1}, // 112 and 111 share root 11
		"rootonly": {TP: 5, FP: 2, FN: 1},
	}
	for name, w := range want {
		if lv[name].Counts != w {
			t.Errorf("%s counts = %+v, want %+v", name, lv[name].Counts, w)
		}
	}
	if e := lv["exact"]; math.Abs(e.Precision-4.0/7) > 1e-9 || math.Abs(e.Recall-4.0/6) > 1e-9 {
		t.Errorf("exact P/R = %v/%v", e.Precision, e.Recall)
	}
	roots := map[string]Counts{}
	for _, g := range rep.PerRoot {
		roots[g.Name] = g.Counts
	}
	if roots["11"] != (Counts{TP: 1, FN: 2, FP: 1}) || roots["19"] != (Counts{FP: 1}) || roots["16"] != (Counts{TP: 1}) {
		t.Errorf("per root = %+v", roots)
	}
	sel := Score(gold, pred, ScoreOptions{OnlySelected: true})
	if sel.Records != 5 || sel.Passed != 3 {
		t.Errorf("only selected: %d of %d", sel.Passed, sel.Records)
	}
	cats := map[string]GroupScore{}
	for _, c := range rep.PerCategory {
		cats[c.Name] = c
	}
	if cats["BASIC"].Records != 2 || cats["BASIC"].Passed != 2 || cats["ERROR"].Passed != 0 {
		t.Errorf("per category = %+v", rep.PerCategory)
	}
}

func TestTriples(t *testing.T) {
	a := &model.Article{Events: []model.Event{
		{Source: model.Actor{Code: "FRD"}, Target: model.Actor{Code: "SYL"}, Code: "111"},
		{Source: model.Actor{Code: "GOV"}, Code: "023"}, // role only, no target
		{Source: model.Actor{Code: "USAGOV"}, Target: model.Actor{Code: "ISR"}, Code: "190", Flags: model.Negated},
		{Source: model.Actor{Code: "USAGOV"}, Target: model.Actor{Code: "ISR"}, Code: "112", Flags: model.Reported},
	}}
	got := Triples(a, TripleOptions{})
	want := trs("FRD SYL 111", "---GOV --- 023", "USAGOV ISR 112")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Triples = %v, want %v", got, want)
	}
	if n := len(Triples(a, TripleOptions{IncludeFlagged: true})); n != 4 {
		t.Errorf("with flagged: %d triples, want 4", n)
	}
}

func TestScorePenta(t *testing.T) {
	gold := readTest(t, "penta.jsonl")
	pred := [][]PentaEvent{
		// P-0: right class, source words overlap partly, target exactly.
		{{Class: 3, SourceText: "Sylvania"}, {Class: 4, SourceText: "Sylvania's army", TargetText: "Freedonian rebels"}},
		// P-1: wrong class (statement).
		{{Class: 0, SourceText: "The Freedonian president"}},
		// P-2: reciprocal actors count as source and target gold.
		{{Class: 1, SourceText: "Freedonia", TargetText: "Sylvania"}},
		// P-3: nothing coded.
		nil,
	}
	rep := ScorePenta(gold, pred)
	if rep.Sentences != 4 || rep.Coded != 3 || rep.Correct != 2 {
		t.Fatalf("sentences/coded/correct = %d/%d/%d, want 4/3/2", rep.Sentences, rep.Coded, rep.Correct)
	}
	if rep.Coverage != 0.5 || math.Abs(rep.Precision-2.0/3) > 1e-9 {
		t.Errorf("coverage %v precision %v", rep.Coverage, rep.Precision)
	}
	if rep.Confusion[4][4] != 1 || rep.Confusion[1][0] != 1 || rep.Confusion[1][1] != 1 || rep.Confusion[4][5] != 1 {
		t.Errorf("confusion = %v", rep.Confusion)
	}
	if rep.Source.Gold != 2 || rep.Source.Overlap != 2 || rep.Target.Gold != 2 || rep.Target.Overlap != 2 {
		t.Errorf("span agreement source %+v target %+v", rep.Source, rep.Target)
	}
	if rep.Source.TokenF1 != 1 || rep.Target.TokenF1 != 1 {
		t.Errorf("token F1 source %v target %v, want 1 (stop words and 's ignored)", rep.Source.TokenF1, rep.Target.TokenF1)
	}
	if pc := rep.PerClass[1]; pc.TP != 1 || pc.FN != 1 || pc.FP != 0 {
		t.Errorf("per class verbal coop = %+v", pc)
	}
}

func TestBestF1(t *testing.T) {
	for _, c := range []struct {
		pred string
		gold []string
		want float64
	}{
		{"Iraqi government’s demand", []string{"Iraqi government ’ s demand"}, 1},
		{"the government", []string{"Iraqi government"}, 2 * 1 * 0.5 / 1.5},
		{"", []string{"Iraqi government"}, 0},
		{"Kurds", []string{"Baghdad", "the Kurds"}, 1},
	} {
		if got := bestF1(c.pred, c.gold); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("bestF1(%q, %q) = %v, want %v", c.pred, c.gold, got, c.want)
		}
	}
}

// TestSharedGold reads the real gold sets: the figures the README of
// ../shared states must come out of the reader.
func TestSharedGold(t *testing.T) {
	recs, err := ReadGoldFile(sharedtest.Path(t, "gold/petrarch-unittest/records.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sel := 0
	for _, r := range recs {
		if r.Selected {
			sel++
		}
	}
	if len(recs) != 284 || sel != 278 {
		t.Errorf("petrarch records %d, selected %d; want 284, 278", len(recs), sel)
	}
	// Perfect predictions pass every record.
	pred := make([][]Triple, len(recs))
	for i := range recs {
		pred[i] = recs[i].Gold()
	}
	if rep := Score(recs, pred, ScoreOptions{}); rep.Passed != len(recs) {
		t.Errorf("gold as prediction passes %d of %d", rep.Passed, len(recs))
	}
	penta, err := ReadGoldFile(sharedtest.Path(t, "gold/conflibert-train/sentences.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := range penta {
		if penta[i].HasPenta() {
			n++
		}
	}
	if len(penta) != 1349 || n != 1349 {
		t.Errorf("conflibert sentences %d, with PentaClass %d; want 1349", len(penta), n)
	}
}
