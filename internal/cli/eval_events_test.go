package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"dyad/internal/eval"
)

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }})
	return code, out.String(), errb.String()
}

func TestEvalEventsJSON(t *testing.T) {
	// Flags after the gold file must be honoured.
	code, out, errs := runCLI(t, "eval", "../eval/testdata/gold.jsonl", "--json", "--only-selected")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Records int `json:"records"`
		Passed  int `json:"passed"`
		Levels  []struct {
			Level string `json:"level"`
		} `json:"levels"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("--json output does not parse: %v\n%s", err, out)
	}
	// Five of the six records are selected; the levels are all reported.
	if rep.Records != 5 || len(rep.Levels) != 6 || rep.Levels[0].Level != "exact" {
		t.Errorf("report = %+v", rep)
	}
}

func TestEvalEventsPentaTable(t *testing.T) {
	code, out, errs := runCLI(t, "eval", "../eval/testdata/penta.jsonl", "--misses", "1")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"4 sentences", "coverage", "material conflict", "source words overlap gold"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalEventsErrors(t *testing.T) {
	if code, _, _ := runCLI(t, "eval", "a.jsonl", "b.jsonl"); code != ExitUsage {
		t.Errorf("two gold files: exit %d, want %d", code, ExitUsage)
	}
	if code, _, errs := runCLI(t, "eval", "does-not-exist.jsonl"); code != ExitFailure || !strings.Contains(errs, "does-not-exist.jsonl") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
	// A floor of all six records cannot be met (T-5 expects a discard and
	// T-2 a repeated event), so the CI check must fail.
	if code, _, errs := runCLI(t, "eval", "../eval/testdata/gold.jsonl", "--min-pass", "6"); code != ExitFailure || !strings.Contains(errs, "--min-pass") {
		t.Errorf("--min-pass 6: exit %d, stderr %q", code, errs)
	}
}

func TestEvalEventsCategory(t *testing.T) {
	code, out, errs := runCLI(t, "eval", "../eval/testdata/gold.jsonl", "--category", "BASIC,NOEVENT", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Records int `json:"records"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Records != 3 {
		t.Errorf("--category BASIC,NOEVENT scored %d records, want 3", rep.Records)
	}
	if code, _, _ := runCLI(t, "eval", "../eval/testdata/gold.jsonl", "--category", "NONE"); code != ExitFailure {
		t.Errorf("a category with no records: exit %d, want %d", code, ExitFailure)
	}
}

func TestEvalEventsPentaFloors(t *testing.T) {
	// Nothing reaches full coverage on this gold without a perfect coder,
	// and the floor must hold with --json too.
	code, out, errs := runCLI(t, "eval", "../eval/testdata/penta.jsonl", "--json", "--min-coverage", "1")
	if code != ExitFailure || !strings.Contains(errs, "--min-coverage") || !strings.Contains(out, `"sentences": 4`) {
		t.Errorf("exit %d, stderr %q, stdout %q", code, errs, out)
	}
	if code, _, errs := runCLI(t, "eval", "../eval/testdata/gold.jsonl", "--pentaclass"); code != ExitFailure || !strings.Contains(errs, "penta_class") {
		t.Errorf("--pentaclass on triple gold: exit %d, stderr %q", code, errs)
	}
}

func TestStageOptionsFor(t *testing.T) {
	base := StageOptions{NoGeo: true}
	if got := stageOptionsFor(base, eval.RecordOptions{RequireDyad: true, NewActorLength: 4}); got.NewActorWords != 4 || !got.NoGeo {
		t.Errorf("new_actor_length 4 → %+v", got)
	}
	if got := stageOptionsFor(base, eval.RecordOptions{RequireDyad: false}); got.NewActorWords != 0 {
		t.Errorf("no new_actor_length → %+v", got)
	}
}
