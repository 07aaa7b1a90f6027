package cli

import (
	"strconv"
	"strings"
	"testing"

	"dyad/internal/sharedtest"
)

// petrarchSuitePass is the number of the 278 selected records of
// PETRARCH's unit-test suite that pass exactly with its own dictionaries
// (measured 2026-11-26 with `dyad eval ../shared/gold/petrarch-unittest/records.jsonl
// --only-selected`); CI fails when coding gets worse.
const petrarchSuitePass = 263

func TestEvalPetrarchSuite(t *testing.T) {
	gold := sharedtest.Path(t, "gold/petrarch-unittest/records.jsonl")
	code, out, errs := runCLI(t, "eval", gold, "--only-selected", "--misses", "0",
		"--min-pass", strconv.Itoa(petrarchSuitePass))
	if code != ExitOK {
		t.Fatalf("exit %d: %s\n%s", code, errs, out)
	}
	if !strings.Contains(errs, "PETRARCH dictionaries beside the gold") {
		t.Errorf("the PETR.*.txt dictionaries were not used: %s", errs)
	}
}

func TestDictPetrarchPhoenix(t *testing.T) {
	dir := sharedtest.Path(t, "reference-dicts")
	code, out, errs := runCLI(t, "dict", "petrarch", dir, "--skipped", "0")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.agents.txt", "lines skipped or approximated"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
