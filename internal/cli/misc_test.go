package cli

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestCodeInputVariants(t *testing.T) {
	dir := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"id":"z1","date":"2025-06-02","text":"Egypt condemned Israel."}` + "\n"))
	zw.Close()
	gzPath := filepath.Join(dir, "batch.jsonl.gz")
	if err := os.WriteFile(gzPath, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		stdin   string
		code    int
		rowWant string // prefix of the first csv row; "" for none
		stderr  string
	}{
		{name: "date from file name", args: []string{writeFile(t, dir, "report-2024-11-05.txt", "Egypt condemned Israel.\n")}, code: ExitOK, rowWant: "report-2024-11-05,20241105,"},
		{name: "gzipped jsonl", args: []string{gzPath}, code: ExitOK, rowWant: "z1,20250602,"},
		{name: "empty stdin", args: []string{"-"}, code: ExitBadInput, stderr: "-: error: ingest: empty file"},
		{name: "over --max-bytes", args: []string{exampleArticle, "--max-bytes", "100"}, code: ExitBadInput, stderr: "size limit of 100 bytes"},
		{name: "--max-bytes -1 is no limit", args: []string{exampleArticle, "--max-bytes", "-1"}, code: ExitOK, rowWant: "border-talks-2025-06-02,20250602,"},
		{name: "undated plain text", args: []string{writeFile(t, dir, "undated.txt", "Egypt condemned Israel.\n")}, code: ExitBadInput, stderr: "no date"},
		{name: "--date for undated text", args: []string{filepath.Join(dir, "undated.txt"), "--date", "2023-09-09"}, code: ExitOK, rowWant: "undated,20230909,"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"code", "--format", "csv"}, tc.args...)
			code, out, errs := runCLIStdin(t, tc.stdin, args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d: %s", code, tc.code, errs)
			}
			lines := nonEmptyLines(out)
			if tc.rowWant != "" && (len(lines) < 2 || !strings.HasPrefix(lines[1], tc.rowWant)) {
				t.Errorf("first row does not start %q:\n%s", tc.rowWant, out)
			}
			if tc.stderr != "" && !strings.Contains(errs, tc.stderr) {
				t.Errorf("stderr lacks %q: %s", tc.stderr, errs)
			}
		})
	}
}

// TestCodeEventDates: dates stated in a sentence, relative to the article's
// publication date (Wednesday 2025-06-04).
func TestCodeEventDates(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Egypt condemned Israel.", "20250604"},
		{"Egypt condemned Israel on Monday.", "20250602"},
		{"Egypt condemned Israel on Wednesday.", "20250604"}, // the day itself, not a week back
		{"Egypt condemned Israel yesterday.", "20250603"},
		{"Egypt condemned Israel on May 28.", "20250528"},
		{"Egypt condemned Israel on 3 March 2024.", "20240303"},
	}
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("date 2025-06-04\n")
	for _, tc := range tests {
		b.WriteString("\n" + tc.sentence + "\n")
	}
	code, out, errs := runCLIStdin(t, "", "code", writeFile(t, dir, "dates.txt", b.String()), "--format", "csv")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got := map[string]string{}
	for _, r := range csvRows(t, out) {
		got[r["sentence"]] = r["event_date"]
	}
	for i, tc := range tests {
		if d := got[strconv.Itoa(i+1)]; d != tc.want {
			t.Errorf("%q: event date %q, want %s", tc.sentence, d, tc.want)
		}
	}
}

func TestHelpModes(t *testing.T) {
	for _, tc := range []struct {
		cmd   string
		modes []string
	}{
		{"eval", []string{"dyad eval ud", "dyad eval seg"}},
		{"dict", []string{"dyad dict lint", "dyad dict stats", "dyad dict events"}},
	} {
		code, out, errs := runCLIStdin(t, "", "help", tc.cmd)
		for _, m := range tc.modes {
			if code != ExitOK || !strings.Contains(out+errs, m) {
				t.Errorf("help %s: exit %d, lacks %q:\n%s%s", tc.cmd, code, m, out, errs)
			}
		}
	}
}

func TestDictEvents(t *testing.T) {
	code, out, errs := runCLIStdin(t, "", "dict", "events", "condemn")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// Every listed pattern of the trigger "condemn" names its file and line
	// and is coded in the disapproval root 11.
	rows := regexp.MustCompile(`(?m)^(\d{3,4})\s+(verb|noun|adj): .*condemn.*\s(events/data/[\w-]+\.dict:\d+)$`).FindAllStringSubmatch(out, -1)
	if len(rows) == 0 {
		t.Fatalf("no patterns for condemn:\n%s", out)
	}
	for _, r := range rows {
		if !strings.HasPrefix(r[1], "11") {
			t.Errorf("condemn pattern coded %s: %s", r[1], r[0])
		}
	}
}

func TestEvalBadGoldLine(t *testing.T) {
	p := writeFile(t, t.TempDir(), "bad.jsonl",
		`{"id":"G1","date":"2025-06-02","text":"Egypt condemned Israel.","expected":[{"source":"EGY","target":"ISR","code":"111"}]}`+"\n"+
			`{"id":"G2","date":"2025-06-02","text":"Jordan praised Qatar.","expected":"oops"}`+"\n")
	code, _, errs := runCLIStdin(t, "", "eval", p)
	if code == ExitOK || !strings.Contains(errs, p+":2") {
		t.Errorf("bad gold line: exit %d, stderr %q", code, errs)
	}
}

// TestFlaggedInTabularFormats: --include-flagged must not turn a negated
// event into a plain row where the format has no column for flags.
func TestFlaggedInTabularFormats(t *testing.T) {
	p := writeFile(t, t.TempDir(), "neg.txt", "date 2025-06-02\n\nTurkey did not condemn Greece.\n")
	// The formats with a flags field show it.
	_, out, _ := runCLIStdin(t, "", "code", p, "--include-flagged", "--format", "csv")
	if rows := csvRows(t, out); len(rows) != 1 || rows[0]["flags"] != "negated" {
		t.Fatalf("csv: %v", rows)
	}
	_, out, _ = runCLIStdin(t, "", "code", p, "--include-flagged", "--format", "plover")
	if !strings.Contains(out, `"flags":["negated"]`) {
		t.Errorf("plover does not show the flag: %s", out)
	}
	for _, f := range []string{"gdelt", "mentions"} {
		code, out, errs := runCLIStdin(t, "", "code", p, "--include-flagged", "--format", f)
		// GDELT has no flags column: the combination is refused rather
		// than writing a negated 111 as a plain row.
		if code != ExitUsage || len(nonEmptyLines(out)) > 0 || !strings.Contains(errs, "include-flagged") {
			t.Errorf("--format %s --include-flagged: exit %d, %d rows, stderr %q", f, code, len(nonEmptyLines(out)), errs)
		}
	}
}

// TestCodeOutFileWithBadInput: the good article's events reach --out even
// when another input is bad.
func TestCodeOutFileWithBadInput(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", goodArticle)
	bad := writeFile(t, dir, "bad.txt", "date 2025-02-30\n\nEgypt condemned Israel.\n")
	out := filepath.Join(dir, "events.jsonl")
	code, _, errs := runCLIStdin(t, "", "code", bad, good, "--out", out)
	if code != ExitBadInput || !strings.Contains(errs, bad+":1") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if evs := parseJSONL(t, string(b)); len(evs) != 1 || evs[0].Source.Code != "EGY" {
		t.Errorf("--out holds %d events: %s", len(evs), b)
	}
}

func TestExtractJSONLDiagnostics(t *testing.T) {
	p := writeFile(t, t.TempDir(), "ex.jsonl",
		`{"id":"e1","date":"2025-06-02","title":"T1","text":"Egypt condemned Israel."}`+"\n"+
			`{"id":"e2","date":"2025-06-02","text":""}`+"\n")
	code, out, errs := runCLIStdin(t, "", "extract", p, "--json")
	if code != ExitBadInput || !strings.Contains(errs, p+":2") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	lines := nonEmptyLines(out)
	if len(lines) != 2 || !strings.Contains(lines[0], `"title":"T1"`) || !strings.Contains(lines[1], `"diagnostics"`) {
		t.Errorf("--json lines:\n%s", out)
	}
}
