package cli

import (
	"encoding/csv"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestDictLintShipped(t *testing.T) {
	code, out, errs := runCLIStdin(t, "", "dict", "lint")
	if code != ExitOK {
		t.Fatalf("dict lint on the shipped dictionaries: exit %d\n%s\n%s", code, out, errs)
	}
	if !regexp.MustCompile(`dict lint: 0 error\(s\), \d+ warning\(s\)`).MatchString(errs) {
		t.Errorf("no summary line: %q", errs)
	}
}

func TestDictLintUserErrors(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "lintme.dict", "# a role that ends before it starts\nperson Zorvan Meklit\n    country: EGY\n    role: EGYGOV 2024-01-01..2023-01-01\n")
	code, out, errs := runCLIStdin(t, "", "dict", "lint", "--dict", p)
	if code == ExitOK {
		t.Errorf("dict lint passed a reversed date range:\n%s", out)
	}
	if !strings.Contains(out, p+":4: error:") || !strings.Contains(out, "2024-01-01..2023-01-01") {
		t.Errorf("lint does not name file:line: stdout %q stderr %q", out, errs)
	}
}

func TestDictStats(t *testing.T) {
	code, out, errs := runCLIStdin(t, "", "dict", "stats")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	counts := map[string]int{}
	for _, l := range nonEmptyLines(out) {
		f := strings.Fields(l)
		if len(f) < 3 {
			t.Errorf("stats line %q", l)
			continue
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			t.Errorf("stats line %q: count %v", l, err)
		}
		counts[f[0]+" "+strings.Join(f[2:], " ")] = n
	}
	// Floors well below today's counts: a broken loader gives zero or a
	// handful, not thousands.
	for name, floor := range map[string]int{
		"actors countries":   190,
		"actors people":      1000,
		"actors dated roles": 1000,
		"events patterns":    1000,
		"events codes":       150,
	} {
		if counts[name] < floor {
			t.Errorf("%s = %d, want ≥ %d\n%s", name, counts[name], floor, out)
		}
	}

	// A user dictionary adds its person.
	p := writeFile(t, t.TempDir(), "user.dict", meklitDict)
	_, out2, _ := runCLIStdin(t, "", "dict", "stats", "--dict", p)
	if !strings.Contains(out2, strconv.Itoa(counts["actors people"]+1)+"  people") {
		t.Errorf("user dictionary did not add one person (shipped %d):\n%s", counts["actors people"], out2)
	}
}

// meklitDict is an invented Egyptian minister, in office 2024–2025.
const meklitDict = `# An invented minister, to test user dictionaries.
person Zorvan Meklit
    name: Meklit
    country: EGY
    role: EGYGOV 2024-01-01..2025-12-31 # foreign minister
`

func TestUserDictDatedRole(t *testing.T) {
	dir := t.TempDir()
	dict := writeFile(t, dir, "user.dict", meklitDict)
	tests := []struct {
		date string
		want string // source code of both events
	}{
		{"2023-03-01", "EGY"},    // before the role began: only the country
		{"2025-06-02", "EGYGOV"}, // in office
		{"2026-06-02", "EGYELI"}, // after: a former office holder
	}
	for _, tc := range tests {
		t.Run(tc.date, func(t *testing.T) {
			art := writeFile(t, dir, "meklit-"+tc.date+".txt", "date "+tc.date+"\n\nZorvan Meklit condemned Israel.\n\nMeklit praised Jordan.\n")
			code, out, errs := runCLIStdin(t, "", "code", art, "--dict", dict, "--format", "csv")
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(recs) != 3 {
				t.Fatalf("want header + 2 events, got %d (%v):\n%s", len(recs), err, out)
			}
			for _, r := range recs[1:] {
				// source_code, source_name
				if r[5] != tc.want || r[6] != "Zorvan Meklit" {
					t.Errorf("source %s (%s), want %s (Zorvan Meklit)", r[5], r[6], tc.want)
				}
			}
		})
	}
	// Without the user dictionary the name is not an actor.
	art := writeFile(t, dir, "plain.txt", "date 2025-06-02\n\nZorvan Meklit condemned Israel.\n")
	_, out, _ := runCLIStdin(t, "", "code", art, "--format", "csv")
	if strings.Contains(out, "EGYGOV") {
		t.Errorf("Meklit coded without the user dictionary:\n%s", out)
	}
}

func TestUserDictSyntaxError(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.dict", "person Zorvan Meklit\n    country: EGY\n    name Meklit\n")
	art := writeFile(t, dir, "a.txt", goodArticle)
	for _, args := range [][]string{
		{"code", art, "--dict", bad},
		{"inspect", art, "--dict", bad},
		{"dict", "lint", "--dict", bad},
	} {
		code, out, errs := runCLIStdin(t, "", args...)
		if code == ExitOK {
			t.Errorf("%v: exit 0 with a broken dictionary", args[0])
		}
		if !strings.Contains(out+errs, bad+":3") {
			t.Errorf("%v: the error does not name %s:3:\nstdout %s\nstderr %s", args[0], bad, out, errs)
		}
	}
	// A missing dictionary file is named too.
	code, _, errs := runCLIStdin(t, "", "code", art, "--dict", dir+"/nope.dict")
	if code == ExitOK || !strings.Contains(errs, "nope.dict") {
		t.Errorf("missing --dict: exit %d, stderr %q", code, errs)
	}
}

func TestDictUnknownMode(t *testing.T) {
	code, _, errs := runCLIStdin(t, "", "dict", "polish")
	if code != ExitUsage || !strings.Contains(errs, "lint") {
		t.Errorf("dict polish: exit %d, stderr %q (want the modes listed)", code, errs)
	}
}
