package ontology

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"dyad/internal/model"
	"dyad/internal/sharedtest"
)

// TestEventsComplete checks every code of the generated table: name,
// Goldstein in range, root and base consistent with the code, QuadClass and
// PentaClass in range, and a PLOVER type for all but root 01.
func TestEventsComplete(t *testing.T) {
	evs := Events()
	if len(evs) != 312 {
		t.Errorf("got %d codes, want 312 (cameo_codes.tsv)", len(evs))
	}
	roots := 0
	for _, e := range evs {
		if e.Name == "" {
			t.Errorf("%s: no name", e.Code)
		}
		if e.Goldstein < -10 || e.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of [-10,10]", e.Code, e.Goldstein)
		}
		if len(e.Code) < 2 || e.Root != e.Code[:2] {
			t.Errorf("%s: root %q", e.Code, e.Root)
		}
		if len(e.Code) == 2 {
			roots++
		}
		if want := e.Code[:min(3, len(e.Code))]; e.Base != want {
			t.Errorf("%s: base %q, want %q", e.Code, e.Base, want)
		}
		if e.QuadClass < 1 || e.QuadClass > 4 {
			t.Errorf("%s: QuadClass %d", e.Code, e.QuadClass)
		}
		if p := PentaClass(e.Code); p < 0 || p > 4 {
			t.Errorf("%s: PentaClass %d", e.Code, p)
		}
		if (e.PloverType == "") != (e.Root == "01") {
			t.Errorf("%s: PLOVER type %q (only root 01 may lack one)", e.Code, e.PloverType)
		}
		if got, ok := Event(e.Code); !ok || got.Name != e.Name {
			t.Errorf("Event(%s) = %v, %v", e.Code, got, ok)
		}
	}
	if roots != 20 {
		t.Errorf("%d roots, want 20", roots)
	}
}

func TestEventFacts(t *testing.T) {
	for _, c := range []struct {
		code       string
		goldstein  float64
		quad       int
		penta      int
		plover     string
		ploverFrom string
	}{
		{"010", 0, 1, 0, "", ""},
		{"0211", 3.4, 1, 0, "REQUEST", "1011"},  // APPEAL twin of DEMAND
		{"042", 1.9, 1, 1, "CONSULT", ""},       // visit
		{"064", 7, 2, 2, "COOPERATE", ""},       // share intelligence
		{"0841", 7, 2, 2, "RETREAT", ""},        // release persons
		{"094", -2, 2, 3, "ACCUSE", ""},         // investigate war crimes: GDELT quad 2, penta 3
		{"112", -2, 3, 3, "ACCUSE", ""},         // accuse
		{"145", -7.5, 3, 4, "PROTEST", ""},      // riot: GDELT verbal conflict, penta material
		{"163", -8, 4, 3, "COERCE", ""},         // sanctions
		{"190", -10, 4, 4, "ASSAULT", ""},       // conventional force
		{"1823", -10, 4, 4, "ASSAULT", ""},      // kill by physical assault
		{"0352", 7, 1, 1, "AGREE", ""},          // line present with empty context
		{"1041", -5, 3, 3, "REQUEST", ""},       //
		{"013", 0.4, 1, 0, "", ""},              // statements have no PLOVER type
		{"0256", -0.3, 1, 0, "REQUEST", "1056"}, // appeal to de-escalate
		{"15", -7.2, 4, 4, "MOBILIZE", ""},      // root
	} {
		e, ok := Event(c.code)
		if !ok {
			t.Errorf("Event(%q) not found", c.code)
			continue
		}
		if e.Goldstein != c.goldstein || e.QuadClass != c.quad || PentaClass(c.code) != c.penta || e.PloverType != c.plover || e.PloverFrom != c.ploverFrom {
			t.Errorf("%s: got goldstein %v quad %d penta %d plover %q from %q; want %v %d %d %q %q",
				c.code, e.Goldstein, e.QuadClass, PentaClass(c.code), e.PloverType, e.PloverFrom, c.goldstein, c.quad, c.penta, c.plover, c.ploverFrom)
		}
	}
	if _, ok := Event("903"); ok {
		t.Error("903 (a WEIS test code) should not be a CAMEO code")
	}
}

func TestPloverInheritance(t *testing.T) {
	// Every inherited mapping must come from an ancestor (or the DEMAND twin
	// of an APPEAL code) that has a line of its own.
	for _, e := range Events() {
		if e.PloverFrom == "" {
			continue
		}
		src, ok := Event(e.PloverFrom)
		if !ok || src.PloverFrom != "" {
			t.Errorf("%s inherits from %s, which is not a code with its own line", e.Code, e.PloverFrom)
			continue
		}
		if e.Root == "02" {
			if src.Root != "10" || src.Code[2:] != e.Code[2:] {
				t.Errorf("%s: APPEAL code inherits from %s, not its DEMAND twin", e.Code, src.Code)
			}
		} else if !strings.HasPrefix(e.Code, src.Code) {
			t.Errorf("%s inherits from %s, which is not an ancestor", e.Code, src.Code)
		}
		if src.PloverType != e.PloverType || src.PloverMode != e.PloverMode || src.PloverContext != e.PloverContext {
			t.Errorf("%s: PLOVER fields differ from their source %s", e.Code, src.Code)
		}
	}
}

func TestPentaClass(t *testing.T) {
	want := map[string]int{"01": 0, "02": 0, "03": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "16": 3, "14": 4, "15": 4, "17": 4, "20": 4, "90": -1, "": -1, "1": -1}
	for code, w := range want {
		if got := PentaClass(code + "0"); len(code) == 2 && got != w {
			t.Errorf("PentaClass(%s0) = %d, want %d", code, got, w)
		}
		if got := PentaClass(code); len(code) != 2 && got != w {
			t.Errorf("PentaClass(%q) = %d, want %d", code, got, w)
		}
	}
}

func TestFillEvent(t *testing.T) {
	ev := model.Event{Code: "1123"}
	if !FillEvent(&ev) {
		t.Fatal("FillEvent(1123) = false")
	}
	if ev.Base != "112" || ev.Root != "11" || ev.QuadClass != 3 || ev.Goldstein != -2 || ev.PloverType != "ACCUSE" || ev.PloverMode != "allege" || ev.PloverContext != "military" {
		t.Errorf("FillEvent(1123) = %+v", ev)
	}
	// A non-CAMEO code keeps its digits' root and base and loses stale facts.
	ev.Code = "9031"
	if FillEvent(&ev) {
		t.Error("FillEvent(9031) = true")
	}
	if ev.Root != "90" || ev.Base != "903" || ev.QuadClass != 0 || ev.PloverType != "" || ev.Goldstein != 0 {
		t.Errorf("FillEvent(9031) = %+v", ev)
	}
}

func TestParseActorCode(t *testing.T) {
	for _, c := range []struct {
		code string
		want ActorCode
		bad  string // the part the error must name
	}{
		{code: "USAGOV", want: ActorCode{Country: "USA", Roles: []string{"GOV"}}},
		{code: "IGOUNO", want: ActorCode{Country: "IGO", Group: "UNO"}},
		{code: "PSEREBHMS", want: ActorCode{Country: "PSE", Roles: []string{"REB"}, Group: "HMS"}},
		{code: "ISRMIL", want: ActorCode{Country: "ISR", Roles: []string{"MIL"}}},
		{code: "NGOHRI", want: ActorCode{Country: "NGO", Roles: []string{"HRI"}}},
		{code: "USAELI", want: ActorCode{Country: "USA", Roles: []string{"ELI"}}},
		{code: "IGOUNOHRI", want: ActorCode{Country: "IGO", Roles: []string{"HRI"}, Group: "UNO"}},
		{code: "RUSGOVMIL", want: ActorCode{Country: "RUS", Roles: []string{"GOV", "MIL"}}},
		{code: "MEA", want: ActorCode{Country: "MEA"}},
		{code: "KOSGOV", want: ActorCode{Country: "KOS", Roles: []string{"GOV"}}},
		{code: "WSBCVL", want: ActorCode{Country: "WSB", Roles: []string{"CVL"}}},
		{code: "REB", want: ActorCode{Roles: []string{"REB"}}},
		{code: "---GOV", want: ActorCode{Country: "---", Roles: []string{"GOV"}}},
		{code: "AFGTAL", want: ActorCode{Country: "AFG", Group: "TAL"}},
		{code: "USAGOX", bad: "GOX"},
		{code: "XYZGOV", bad: "XYZ"},
		{code: "USAGO", bad: "GO"},
		{code: "IGOUNOWHOHMS", bad: "HMS"},
		{code: "IGOUNOWHO", want: ActorCode{Country: "IGO", Group: "UNO", SubGroup: "WHO"}},
		{code: "IGOEUREEC", want: ActorCode{Country: "IGO", Region: "EUR", Group: "EEC"}},
		{code: "MNCUSAMED", want: ActorCode{Country: "MNC", Region: "USA", Roles: []string{"MED"}}},
		{code: "GBRFLKELI", want: ActorCode{Country: "GBR", Region: "FLK", Roles: []string{"ELI"}}},
		{code: "USAMUS", want: ActorCode{Country: "USA", Roles: []string{"MUS"}}}, // Muslim, not Mauritius
		{code: "USAGBR", want: ActorCode{Country: "USA", Region: "GBR"}},
		{code: "USAGOVGBR", bad: "GBR"}, // a second country only right after the first
		{code: "", bad: ""},
	} {
		got, err := ParseActorCode(c.code)
		if c.bad != "" || c.code == "" {
			var ae *ActorCodeError
			if !errors.As(err, &ae) || ae.Part != c.bad {
				t.Errorf("ParseActorCode(%q) error = %v, want one naming %q", c.code, err, c.bad)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseActorCode(%q) = %+v, %v; want %+v", c.code, got, err, c.want)
		}
	}
}

func TestActorCodeRoundTrip(t *testing.T) {
	for _, code := range []string{"USAGOV", "IGOUNOHRI", "ISRMILREB", "NGO", "---LEG", "IGOEUREEC", "IGOUNOWHO", "MNCUSAMED"} {
		ac, err := ParseActorCode(code)
		if err != nil {
			t.Fatal(err)
		}
		if ac.String() != code {
			t.Errorf("%s round-trips to %s", code, ac.String())
		}
	}
}

func TestFillActor(t *testing.T) {
	a := model.Actor{Code: "PSEREBHMS", Country: "stale"}
	if err := FillActor(&a); err != nil {
		t.Fatal(err)
	}
	if a.Country != "PSE" || !reflect.DeepEqual(a.Roles, []string{"REB"}) || a.Group != "HMS" {
		t.Errorf("FillActor = %+v", a)
	}
	a = model.Actor{Code: "USAQQQ", Country: "stale"}
	if err := FillActor(&a); err == nil || a.Country != "" {
		t.Errorf("FillActor(USAQQQ) = %+v, %v", a, err)
	}
}

func TestTablesDisjoint(t *testing.T) {
	// A code that is both a role and a country would parse differently by
	// position; list the known overlaps so that a new one is a decision.
	allowed := map[string]bool{"MUS": true, "SUN": true, "IGO": true, "IMG": true, "INT": true, "MNC": true, "NGM": true, "NGO": true, "UIS": true}
	for _, r := range Roles() {
		if IsCountry(r.Code) && !allowed[r.Code] {
			t.Errorf("%s is both a role and a country code", r.Code)
		}
		if len(r.Code) != 3 || r.Label == "" {
			t.Errorf("bad role %+v", r)
		}
	}
	for c := range countries {
		if len(c) != 3 {
			t.Errorf("country code %q is not 3 letters", c)
		}
	}
}

func BenchmarkParseActorCode(b *testing.B) {
	for b.Loop() {
		_, _ = ParseActorCode("IGOUNOHRI")
	}
}

// TestPhoenixCodes parses every actor code of the Phoenix dictionaries in
// ../shared/reference-dicts: the grammar must accept nearly all of them, and
// the parts it rejects are logged so that gaps in the hand-written tables
// are visible.
func TestPhoenixCodes(t *testing.T) {
	dir := sharedtest.Path(t, "reference-dicts")
	re := regexp.MustCompile(`\[~?([A-Z-]{3,})~?(?:\s[^\]]*)?\]`)
	bad := map[string]int{}
	total, failed := 0, 0
	seen := map[string]bool{}
	for _, name := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			code := m[1]
			if seen[code] {
				continue
			}
			seen[code] = true
			total++
			if _, err := ParseActorCode(code); err != nil {
				failed++
				var ae *ActorCodeError
				if errors.As(err, &ae) {
					bad[ae.Part]++
				}
			}
		}
	}
	if total < 500 {
		t.Fatalf("found only %d distinct codes; the regexp is broken", total)
	}
	t.Logf("%d distinct Phoenix actor codes, %d rejected; rejected parts: %v", total, failed, bad)
	if rate := float64(failed) / float64(total); rate > 0.05 {
		t.Errorf("%.1f%% of Phoenix actor codes rejected (want ≤ 5%%)", 100*rate)
	}
}

// FuzzParseActorCode checks that no input panics and that every accepted
// code survives a round trip through String.
func FuzzParseActorCode(f *testing.F) {
	for _, s := range []string{"USAGOV", "IGOUNOWHO", "IGOEUREEC", "---GOV", "PSEREBHMS", "GBRFLKELI", "", "AB", "ÜÜÜ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		ac, err := ParseActorCode(code)
		if err != nil {
			return
		}
		again, err := ParseActorCode(ac.String())
		if err != nil || !reflect.DeepEqual(ac, again) {
			t.Errorf("%q → %+v → %q → %+v, %v", code, ac, ac.String(), again, err)
		}
	})
}
