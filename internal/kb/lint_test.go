package kb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestShippedLintClean(t *testing.T) {
	var errs []string
	warnings := 0
	for _, p := range Lint(Options{}) {
		if p.Severity == "error" {
			errs = append(errs, p.String())
		} else {
			warnings++
		}
	}
	if len(errs) > 0 {
		t.Errorf("%d lint errors in the shipped dictionaries:\n%s", len(errs), strings.Join(errs[:min(len(errs), 40)], "\n"))
	}
	t.Logf("%d warnings", warnings)
}

func TestLintFindsProblems(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "bad.dict")
	src := `person Jane Doe
    role: USAGOV 2001..2005 # minister
    role: USAMIL 2003..2008 # general
    died: 2006

person Jane Doe
    role: USAGOV 2010..

actor XYZREB
    name: Jolly Rebels

actor USAREBABC
    name: Jolly Rebels

agent QQQ
    name: quibblers

country USA
    metonym FOO: Foggy Bottom

person John Roe
    role: USAGOV 2001-13..
    name: ...
`
	if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ps := Lint(Options{NoShipped: true, Files: []string{f}})
	var all []string
	for _, p := range ps {
		all = append(all, p.String())
	}
	joined := strings.Join(all, "\n")
	for _, want := range []string{
		"bad.dict:3: error: role USAMIL overlaps role USAGOV",
		"bad.dict:3: error: role ends after the death date",
		"bad.dict:6: error: duplicate person \"Jane Doe\"",
		"bad.dict:9: error: code \"XYZREB\"",
		"bad.dict:13: error: name \"Jolly Rebels\" is coded USAREBABC here but XYZREB",
		"bad.dict:15: error: agent role \"QQQ\"",
		"bad.dict:19: error: metonym role \"FOO\"",
		"bad.dict:22: error: bad month",
		"bad.dict:23: error: \"...\" can never match",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("lint output lacks %q; got:\n%s", want, joined)
		}
	}
	// The loader refuses the same file and names every error's place.
	_, err := Load(Options{NoShipped: true, Files: []string{f}})
	if err == nil || !strings.Contains(err.Error(), "bad.dict:22") {
		t.Errorf("Load error = %v, want one naming bad.dict:22", err)
	}
}
