package kb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeDict writes a user dictionary for a test.
func writeDict(t *testing.T, src string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "user.dict")
	if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

func TestUserDictionaryExtendsAndOverrides(t *testing.T) {
	f := writeDict(t, `# A user's own additions.
person Nicolás Maduro
    name: Maduro
    role: VENGOV 2013-03-05..
    note: this user believes Maduro is still in office.

actor COLREBCLN
    name: Clan del Golfo | Gulf Clan

country ISR
    metonym GOV: Balfour Street

person Zorro Example
    name: Zorro
    role: ESPREB 2020..
`)
	k, err := Load(Options{Files: []string{f}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ date, text, mention, code string }{
		{"2026-02-01", "Maduro spoke in Caracas.", "Maduro", "VENGOV"},             // overridden person
		{"2024-05-01", "The Gulf Clan attacked a town.", "Gulf Clan", "COLREBCLN"}, // overridden name
		{"2024-05-01", "Balfour Street denied it.", "Balfour Street", "ISRGOV"},    // merged country
		{"2024-05-01", "Israel denied it.", "Israel", "ISR"},                       // shipped names kept
		{"2024-05-01", "Zorro escaped.", "Zorro", "ESPREB"},                        // new person
	}
	for _, tc := range tests {
		acts, _ := actorsOf(t, k, tc.date, tc.text)
		found := false
		for _, a := range acts {
			if a.Span.Text(tc.text) == tc.mention {
				found = true
				if a.Code != tc.code {
					t.Errorf("%q: %s coded %s, want %s", tc.text, tc.mention, a.Code, tc.code)
				}
				if !strings.HasPrefix(a.Entry, f) && tc.code != "ISR" {
					t.Errorf("%q: entry %q should name the user file", tc.text, a.Entry)
				}
			}
		}
		if !found {
			t.Errorf("%q: no actor %q in %v", tc.text, tc.mention, acts)
		}
	}
	// The shipped dictionaries alone still code Maduro by their dates.
	acts, _ := actorsOf(t, defaultKB(t), "2026-02-01", "Maduro spoke.")
	if len(acts) != 1 || acts[0].Code != "VENELI" {
		t.Errorf("shipped Maduro in 2026 = %v, want VENELI", acts)
	}
}

func TestLoaderReportsEveryError(t *testing.T) {
	f := writeDict(t, `country USA
    name: Freedonia
    colour: red

person Nobody
    role: USAGOV 2020-02-30..

agent
    name: nothing

widget X
`)
	_, err := Load(Options{NoShipped: true, Files: []string{f}})
	if err == nil {
		t.Fatal("Load accepted a broken file")
	}
	for _, want := range []string{"user.dict:3:", "user.dict:6:", "user.dict:8:", "user.dict:11:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %s:\n%v", want, err)
		}
	}
}

func TestFieldsOfActor(t *testing.T) {
	k := defaultKB(t)
	text := "Israeli Prime Minister Benjamin Netanyahu met the U.N. human rights chief."
	acts, _ := actorsOf(t, k, "2024-03-19", text)
	if len(acts) != 2 {
		t.Fatalf("got %d actors, want 2: %+v", len(acts), acts)
	}
	n := acts[0]
	if n.Country != "ISR" || len(n.Roles) != 1 || n.Roles[0] != "GOV" || n.Name != "Benjamin Netanyahu" || n.Kind.String() != "person" {
		t.Errorf("Netanyahu actor = %+v", n)
	}
	if n.Tokens != [2]int32{0, 5} || n.Head != 4 || n.Span.Text(text) != "Israeli Prime Minister Benjamin Netanyahu" {
		t.Errorf("Netanyahu tokens %v head %d span %q", n.Tokens, n.Head, n.Span.Text(text))
	}
	if !strings.Contains(n.Entry, "people.dict:") || !strings.Contains(n.Role, "ISRGOV 2022-12-29..") {
		t.Errorf("Netanyahu entry %q role %q", n.Entry, n.Role)
	}
	u := acts[1]
	if u.Country != "IGO" || u.Group != "UNO" || len(u.Roles) != 1 || u.Roles[0] != "HRI" {
		t.Errorf("UN rights chief = %+v", u)
	}
}

func TestDependencyHead(t *testing.T) {
	k := defaultKB(t)
	text := "Israeli troops advanced."
	toks := toks(text)
	// A parse in which "troops" heads "Israeli" and "advanced" heads "troops".
	toks[0].Head, toks[0].DepRel = 1, "amod"
	toks[1].Head, toks[1].DepRel = 2, "nsubj"
	toks[2].Head, toks[2].DepRel = -1, "root"
	toks[3].Head, toks[3].DepRel = 2, "punct"
	acts, _ := k.Match(toks, 20240319)
	if len(acts) != 1 || acts[0].Head != 1 {
		t.Errorf("head = %+v, want token 1", acts)
	}
}

func TestDiscards(t *testing.T) {
	k := defaultKB(t)
	_, s := actorsOf(t, k, "2024-03-19", "Brazil beat Argentina in the World Cup qualifier.")
	if s.Discarded == "" || len(s.Actors) != 0 {
		t.Errorf("sports sentence: discarded %q, actors %v", s.Discarded, s.Actors)
	}
	acts, _ := actorsOf(t, k, "2024-03-19", "Chinese ships sailed in the South China Sea.")
	for _, a := range acts {
		if strings.Contains(a.Span.Text("Chinese ships sailed in the South China Sea."), "Sea") {
			t.Errorf("South China Sea coded as %s", a.Code)
		}
	}
	if len(acts) != 1 || acts[0].Code != "CHN" {
		t.Errorf("want only Chinese → CHN, got %v", acts)
	}
}

func TestCaseRules(t *testing.T) {
	k := defaultKB(t)
	tests := []struct {
		text string
		want string // code of the only actor, "" for none
	}{
		{"Talks with the US resumed.", "USA"},
		{"He asked us to leave.", ""},
		{"AP reported the strike.", "MED"},
		{"An ap was sent.", ""},
		{"Turkey condemned the strike.", "TUR"},
		{"They ate turkey.", ""},
		{"NATO and Nato are the same.", "IGOWSTNAT"},
		{"ISRAELI TROOPS ENTER TOWN", "ISRMIL"},
	}
	for _, tc := range tests {
		acts, _ := actorsOf(t, k, "2024-03-19", tc.text)
		if tc.want == "" {
			if len(acts) != 0 {
				t.Errorf("%q: want no actor, got %v", tc.text, acts)
			}
			continue
		}
		if len(acts) == 0 || acts[0].Code != tc.want {
			t.Errorf("%q: got %v, want %s", tc.text, acts, tc.want)
		}
	}
}

func TestCountryCodeThatIsAlsoARole(t *testing.T) {
	acts, _ := actorsOf(t, defaultKB(t), "2024-03-19", "Mauritius and Mauritian officials agreed.")
	for _, a := range acts {
		if a.Country != "MUS" {
			t.Errorf("%s: country %q roles %v, want country MUS", a.Code, a.Country, a.Roles)
		}
	}
	if len(acts) != 2 || acts[1].Code != "MUSGOV" {
		t.Errorf("got %v, want MUS and MUSGOV", acts)
	}
}

func TestBackerIsNoActor(t *testing.T) {
	k := defaultKB(t)
	for _, text := range []string{"Iran-backed Houthis attacked ships.", "A Saudi-backed militia attacked the port."} {
		acts, _ := actorsOf(t, k, "2024-06-01", text)
		for _, a := range acts {
			if a.Code == "IRN" || a.Code == "SAU" {
				t.Errorf("%q: backer coded as an actor: %+v", text, a)
			}
		}
	}
}
