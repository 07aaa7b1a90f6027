package cli

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// jsonlEvent is the part of a `code --format jsonl` line the tests check.
type jsonlEvent struct {
	ID     string `json:"id"`
	Code   string `json:"code"`
	Plover string `json:"plover_type"`
	Group  string `json:"group"`
	Date   string `json:"date"`
	Flags  any    `json:"flags"`
	Source struct {
		Code string `json:"code"`
		Name string `json:"name"`
	} `json:"source"`
	Target struct {
		Code string `json:"code"`
	} `json:"target"`
	SourceText  string `json:"source_text"`
	TriggerText string `json:"trigger_text"`
	Explanation struct {
		Pattern string   `json:"pattern"`
		Steps   []string `json:"steps"`
	} `json:"explanation"`
}

// parseJSONL decodes every line of out, failing the test on a bad line or a
// line without code, source or explanation.
func parseJSONL(t *testing.T, out string) []jsonlEvent {
	t.Helper()
	var evs []jsonlEvent
	for i, line := range nonEmptyLines(out) {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, line)
		}
		for _, k := range []string{"code", "source", "explanation", "id", "date"} {
			if _, ok := raw[k]; !ok {
				t.Errorf("line %d lacks %q: %s", i+1, k, line)
			}
		}
		var ev jsonlEvent
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		evs = append(evs, ev)
	}
	return evs
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// codeExample runs `dyad code` on the example article with extra args and
// fails unless it exits 0.
func codeExample(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := runCLIStdin(t, "", append([]string{"code", exampleArticle}, args...)...)
	if code != ExitOK {
		t.Fatalf("code %v: exit %d\n%s", args, code, errs)
	}
	return out
}

func TestCodeExampleJSONL(t *testing.T) {
	evs := parseJSONL(t, codeExample(t))
	if len(evs) == 0 {
		t.Fatal("no events from the example article")
	}
	ids := map[string]bool{}
	for _, ev := range evs {
		if ids[ev.ID] {
			t.Errorf("duplicate event id %q", ev.ID)
		}
		ids[ev.ID] = true
		// CAMEO codes have three digits, or four for a sub-code ("1823").
		if (len(ev.Code) != 3 && len(ev.Code) != 4) || strings.Trim(ev.Code, "0123456789") != "" {
			t.Errorf("event %s: CAMEO code %q is not three or four digits", ev.ID, ev.Code)
		}
		if ev.Source.Code == "" || ev.SourceText == "" || ev.TriggerText == "" {
			t.Errorf("event %s lacks source or trigger: %+v", ev.ID, ev)
		}
		if ev.Explanation.Pattern == "" || len(ev.Explanation.Steps) == 0 {
			t.Errorf("event %s has no explanation: %+v", ev.ID, ev.Explanation)
		}
		// The article is dated 2025-06-02; a sentence may state Sunday (06-01).
		if !strings.HasPrefix(ev.Date, "2025-06-02") && !strings.HasPrefix(ev.Date, "2025-06-01") {
			t.Errorf("event %s dated %s", ev.ID, ev.Date)
		}
		if nonFactual(ev.Flags) {
			t.Errorf("event %s has flags %v without --include-flagged", ev.ID, ev.Flags)
		}
	}
	// Facts the example states outright.
	// Guterres urged Israel (to allow aid trucks): an appeal, root 02, of
	// whichever specific kind the pattern names.
	want := map[string]bool{"IGOUNO 02 ISR": false}
	for _, ev := range evs {
		k := ev.Source.Code + " " + ev.Code[:min(2, len(ev.Code))] + " " + ev.Target.Code
		if _, ok := want[k]; ok {
			want[k] = true
		}
	}
	for k, found := range want {
		if !found {
			t.Errorf("no event %s among %d", k, len(evs))
		}
	}
}

func TestCodeExampleFormats(t *testing.T) {
	evs := parseJSONL(t, codeExample(t, "--format", "jsonl"))
	// PLOVER writes one record per event with a PLOVER type, or per group
	// of events from one compound actor with one code.
	n, nPlover, groups := len(evs), 0, map[string]bool{}
	for _, ev := range evs {
		if ev.Plover == "" {
			continue
		}
		if ev.Group != "" {
			if groups[ev.Group+"|"+ev.Code] {
				continue
			}
			groups[ev.Group+"|"+ev.Code] = true
		}
		nPlover++
	}
	if n == 0 {
		t.Fatal("no events")
	}
	dateOK := func(d string) bool { return strings.HasPrefix(d, "20250602") || strings.HasPrefix(d, "20250601") }

	t.Run("gdelt", func(t *testing.T) {
		rows := nonEmptyLines(codeExample(t, "--format", "gdelt"))
		if len(rows) != n {
			t.Errorf("%d gdelt rows, %d jsonl events", len(rows), n)
		}
		for i, r := range rows {
			c := strings.Split(r, "\t")
			if len(c) != 61 {
				t.Fatalf("row %d has %d columns, want 61", i+1, len(c))
			}
			// SQLDATE, MonthYear, Year, DATEADDED.
			if !dateOK(c[1]) || c[2] != c[1][:6] || c[3] != c[1][:4] {
				t.Errorf("row %d dates %q %q %q", i+1, c[1], c[2], c[3])
			}
			if !strings.HasPrefix(c[59], "20250602") {
				t.Errorf("row %d DATEADDED %q", i+1, c[59])
			}
			if c[26] == "" || c[5] == "" || c[60] == "" {
				t.Errorf("row %d lacks EventCode, Actor1Code or SOURCEURL: %q", i+1, r)
			}
		}
	})
	t.Run("mentions", func(t *testing.T) {
		rows := nonEmptyLines(codeExample(t, "--format", "mentions"))
		if len(rows) != n {
			t.Errorf("%d mention rows, %d events", len(rows), n)
		}
		for i, r := range rows {
			c := strings.Split(r, "\t")
			if len(c) != 16 {
				t.Fatalf("row %d has %d columns, want 16", i+1, len(c))
			}
			if !dateOK(c[1]) || !strings.HasPrefix(c[2], "20250602") {
				t.Errorf("row %d dates %q %q", i+1, c[1], c[2])
			}
		}
	})
	t.Run("csv", func(t *testing.T) {
		recs, err := csv.NewReader(strings.NewReader(codeExample(t, "--format", "csv"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != n+1 {
			t.Fatalf("%d csv records, want header + %d", len(recs), n)
		}
		col := map[string]int{}
		for i, h := range recs[0] {
			col[h] = i
		}
		for _, h := range []string{"article_id", "event_date", "source_code", "code", "target_code"} {
			if _, ok := col[h]; !ok {
				t.Errorf("header lacks %q: %v", h, recs[0])
			}
		}
		for _, r := range recs[1:] {
			if r[col["article_id"]] != "border-talks-2025-06-02" || !dateOK(r[col["event_date"]]) || r[col["code"]] == "" {
				t.Errorf("row %v", r)
			}
		}
	})
	t.Run("plover", func(t *testing.T) {
		lines := nonEmptyLines(codeExample(t, "--format", "plover"))
		// CAMEO codes without a PLOVER type (010 statements) have no PLOVER record.
		if len(lines) != nPlover {
			t.Errorf("%d plover lines, want %d (events with a plover_type, one per group)", len(lines), nPlover)
		}
		for _, l := range lines {
			var p struct {
				EventType string `json:"event_type"`
				Cameo     string `json:"cameo"`
				Date      string `json:"date"`
				Actor     []struct {
					Code string `json:"code"`
				} `json:"actor"`
			}
			if err := json.Unmarshal([]byte(l), &p); err != nil {
				t.Fatalf("%v: %s", err, l)
			}
			if p.Cameo == "" || len(p.Actor) == 0 || p.Actor[0].Code == "" || !dateOK(strings.ReplaceAll(p.Date, "-", "")) {
				t.Errorf("plover event %s", l)
			}
		}
	})
	t.Run("articles", func(t *testing.T) {
		lines := nonEmptyLines(codeExample(t, "--format", "articles"))
		if len(lines) != 1 {
			t.Fatalf("%d article lines, want 1", len(lines))
		}
		var a struct {
			ID    string            `json:"id"`
			Title string            `json:"title"`
			Date  string            `json:"date"`
			Evs   []json.RawMessage `json:"events"`
		}
		if err := json.Unmarshal([]byte(lines[0]), &a); err != nil {
			t.Fatal(err)
		}
		if a.ID != "border-talks-2025-06-02" || !strings.HasPrefix(a.Date, "2025-06-02") || !strings.Contains(a.Title, "Egypt") {
			t.Errorf("article %+v", a)
		}
		if len(a.Evs) < n {
			t.Errorf("article holds %d events, jsonl wrote %d", len(a.Evs), n)
		}
	})
}

func TestCodeIncludeFlagged(t *testing.T) {
	plain := parseJSONL(t, codeExample(t))
	all := parseJSONL(t, codeExample(t, "--include-flagged"))
	if len(all) < len(plain) {
		t.Fatalf("--include-flagged wrote %d events, fewer than %d without", len(all), len(plain))
	}
	flagged := 0
	for _, ev := range all {
		if nonFactual(ev.Flags) {
			flagged++
		}
	}
	if len(all)-len(plain) != flagged {
		t.Errorf("--include-flagged added %d events but %d carry flags", len(all)-len(plain), flagged)
	}
}

func TestCodeFlagPlacement(t *testing.T) {
	// Flags before and after the file name give the same output.
	_, before, _ := runCLIStdin(t, "", "code", "--format", "gdelt", exampleArticle)
	after := codeExample(t, "--format", "gdelt")
	if before == "" || before != after {
		t.Errorf("flags before and after the file differ:\n%s\n---\n%s", before, after)
	}
	if len(strings.Split(nonEmptyLines(after)[0], "\t")) != 61 {
		t.Errorf("--format gdelt after the file name was ignored")
	}
}

func TestCodeOutFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "events.csv")
	stdout := codeExample(t, "--format", "csv", "--out", out)
	if stdout != "" {
		t.Errorf("--out still wrote to stdout: %q", stdout)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "article_id,") || len(nonEmptyLines(string(b))) < 2 {
		t.Errorf("--out file: %q", b)
	}
	// An --out in a missing folder is a failure, not a crash.
	code, _, errs := runCLIStdin(t, "", "code", exampleArticle, "--out", filepath.Join(t.TempDir(), "no", "such", "dir.csv"))
	if code != ExitFailure || errs == "" {
		t.Errorf("--out into a missing folder: exit %d, stderr %q", code, errs)
	}
}

func TestCodeStdin(t *testing.T) {
	art := "date 2025-03-11\ntitle Border row\n\nPakistan condemned India on Tuesday after the border clash.\n"
	code, out, errs := runCLIStdin(t, art, "code", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	evs := parseJSONL(t, out)
	found := false
	for _, ev := range evs {
		if ev.Source.Code == "PAK" && ev.Target.Code == "IND" && strings.HasPrefix(ev.Code, "11") {
			found = true
			if !strings.HasPrefix(ev.Date, "2025-03-11") {
				t.Errorf("event dated %s, want 2025-03-11 (Tuesday of the article's week)", ev.Date)
			}
		}
	}
	if !found {
		t.Errorf("no PAK→IND criticism from stdin: %s", out)
	}
	// Plain text on stdin without a date is bad input; --date supplies it.
	if code, _, errs := runCLIStdin(t, "Pakistan condemned India.\n", "code", "-", "--input-format", "text"); code != ExitBadInput || !strings.Contains(errs, "no date") {
		t.Errorf("undated stdin: exit %d, stderr %q", code, errs)
	}
	code, out, errs = runCLIStdin(t, "Pakistan condemned India.\n", "code", "-", "--input-format", "text", "--date", "2024-02-01")
	if code != ExitOK || !strings.Contains(out, `"date":"2024-02-01`) {
		t.Errorf("--date on stdin: exit %d, stderr %s, out %s", code, errs, out)
	}
	if code, _, _ := runCLIStdin(t, art, "code", "-", "--date", "01/02/2024"); code != ExitUsage {
		t.Errorf("--date 01/02/2024: exit %d, want %d", code, ExitUsage)
	}
}

func TestCodeUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"code", exampleArticle, "--format", "nope"},
		{"code"}, // no input
		{"code", exampleArticle, "--field", "text"},
	} {
		code, _, errs := runCLIStdin(t, "", args...)
		if code != ExitUsage || errs == "" {
			t.Errorf("%v: exit %d, want %d; stderr %q", args, code, ExitUsage, errs)
		}
	}
}

const goodArticle = "date 2025-06-02\n\nEgypt condemned Israel on Monday.\n"

func TestCodeBadInput(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", goodArticle)
	tests := []struct {
		name     string
		file     string // written into dir unless empty content and missing
		content  string
		wantCode int
		stderr   []string // substrings; "FILE" stands for the path
		wantGood int      // events from good.txt expected in output (≥)
	}{
		{name: "empty", file: "empty.txt", content: "", wantCode: ExitBadInput, stderr: []string{"FILE", "empty"}},
		{name: "malformed date", file: "baddate.txt", content: "date 2025-13-45\n\nEgypt condemned Israel.\n", wantCode: ExitBadInput, stderr: []string{"FILE:1", "2025-13-45"}},
		// Invalid bytes are replaced and reported; the article is still coded.
		{name: "invalid utf-8", file: "bad-utf8.txt", content: "date 2025-06-02\n\nJordan condemned Syria \xff\xfe on Monday.\n", wantCode: ExitOK, stderr: []string{"FILE:3", "UTF-8"}},
		{name: "jsonl wrong types", file: "mixed.jsonl", content: `{"id":"ok1","date":"2025-06-02","text":"Jordan condemned Syria on Monday."}` + "\n" + `{"id":7,"date":["x"],"text":5}` + "\n", wantCode: ExitBadInput, stderr: []string{"FILE:2", `"date"`, `"text"`}},
		{name: "jsonl broken line", file: "broken.jsonl", content: `{"id":"ok2","date":"2025-06-02","text":"Jordan condemned Syria on Monday."}` + "\n" + `{"id":"x","date":` + "\n", wantCode: ExitBadInput, stderr: []string{"FILE:2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, dir, tc.file, tc.content)
			code, out, errs := runCLIStdin(t, "", "code", good, p, "--format", "csv")
			if code != tc.wantCode {
				t.Errorf("exit %d, want %d\n%s", code, tc.wantCode, errs)
			}
			for _, s := range tc.stderr {
				s = strings.ReplaceAll(s, "FILE", p)
				if !strings.Contains(errs, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errs)
				}
			}
			// good.txt's event is written whatever happens to the other file.
			if !strings.Contains(out, "good,20250602,") || !strings.Contains(out, ",EGY,") {
				t.Errorf("good article's events missing:\n%s", out)
			}
			// The good line of a JSONL file is coded too.
			if strings.HasSuffix(tc.file, ".jsonl") && !strings.Contains(out, ",JOR,") {
				t.Errorf("good JSONL line not coded:\n%s", out)
			}
		})
	}
}

// TestCodeMissingFile: a path that does not exist is a mistake in the
// command line (ingest.Open refuses it before anything is read), so dyad
// stops with a failure naming the path and writes no events at all.
func TestCodeMissingFile(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", goodArticle)
	missing := filepath.Join(dir, "missing.txt")
	code, out, errs := runCLIStdin(t, "", "code", good, missing, "--format", "csv")
	if code == ExitOK || !strings.Contains(errs, missing) {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
	if code != ExitBadInput {
		t.Logf("missing file gives exit %d (ExitFailure by design of ingest.Open), not %d", code, ExitBadInput)
	}
	if strings.Contains(out, "good,") {
		t.Errorf("events written though the run stopped: %s", out)
	}
}

// nonFactual says whether the flags of a jsonl event (a string such as
// "negated,future") make it non-factual; "reported" alone does not.
func nonFactual(flags any) bool {
	s, _ := flags.(string)
	for _, f := range []string{"negated", "hypothetical", "future", "question"} {
		if strings.Contains(s, f) {
			return true
		}
	}
	return false
}
