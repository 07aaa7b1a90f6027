package events

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"dyad/internal/ontology"
	"dyad/internal/sharedtest"
)

// cameoCodes reads the code column of the shared CAMEO table.
func cameoCodes(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(sharedtest.Path(t, "ontology/cameo_codes.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var codes []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		code, _, _ := strings.Cut(sc.Text(), "\t")
		if code != "" && code != "code" {
			codes = append(codes, code)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return codes
}

func TestShippedLintClean(t *testing.T) {
	s, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var opt LintOptions
	if sharedtest.Root() != "" {
		known := map[string]bool{}
		for _, c := range cameoCodes(t) {
			known[c] = true
		}
		opt.KnownCode = func(c string) bool { return known[c] }
	}
	for _, p := range LintWith(s, opt) {
		t.Error(p)
	}
}

// Every CAMEO code has a pattern; a root counts as covered through its
// residual code (see the package comment).
func TestShippedCoverage(t *testing.T) {
	s, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	codes := cameoCodes(t)
	if len(codes) < 300 {
		t.Fatalf("only %d codes read from the ontology", len(codes))
	}
	for _, c := range codes {
		own := c
		if len(c) == 2 {
			own = c + "0"
		}
		if len(s.ByCode(own)) == 0 {
			t.Errorf("code %s has no pattern", c)
		}
	}
}

func TestShippedSize(t *testing.T) {
	s, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	st := Stats(s)
	if st["patterns"] < 3000 {
		t.Errorf("%d patterns, want at least 3000", st["patterns"])
	}
	if st["patterns"] != st["verb_patterns"]+st["noun_patterns"]+st["adj_patterns"] || st["patterns"] != s.Len() {
		t.Errorf("inconsistent stats %v", st)
	}
	t.Logf("stats: %v", st)
}

// The same coverage check against the compiled ontology, which needs no
// ../shared.
func TestOntologyCoverage(t *testing.T) {
	s, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	codes := ontology.Events()
	if len(codes) < 300 {
		t.Fatalf("ontology has only %d codes", len(codes))
	}
	for _, e := range codes {
		own := e.Code
		if len(own) == 2 {
			own += "0"
		}
		if len(s.ByCode(own)) == 0 {
			t.Errorf("code %s (%s) has no pattern", e.Code, e.Name)
		}
	}
	for _, p := range Lint(s) {
		t.Error(p)
	}
}
