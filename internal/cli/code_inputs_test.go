package cli

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// csvRows parses `code --format csv` output into maps keyed by header.
func csvRows(t *testing.T, out string) []map[string]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v\n%s", err, out)
	}
	if len(recs) == 0 {
		t.Fatalf("no csv header:\n%s", out)
	}
	var rows []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		rows = append(rows, m)
	}
	return rows
}

// TestCodeDirectoryOrder: a directory is read in name order and the output
// keeps that order whatever the number of workers.
func TestCodeDirectoryOrder(t *testing.T) {
	dir := t.TempDir()
	for i := 1; i <= 8; i++ {
		writeFile(t, dir, fmt.Sprintf("a%d.txt", i), fmt.Sprintf("date 2025-06-0%d\n\nEgypt condemned Israel.\n\nJordan praised Qatar.\n", i))
	}
	// Hidden files are skipped.
	writeFile(t, dir, ".hidden.txt", "date 2025-06-09\n\nSyria condemned Turkey.\n")
	var outs []string
	for _, w := range []string{"1", "4"} {
		code, out, errs := runCLIStdin(t, "", "code", dir, "--workers", w, "--format", "csv")
		if code != ExitOK {
			t.Fatalf("--workers %s: exit %d: %s", w, code, errs)
		}
		outs = append(outs, out)
		rows := csvRows(t, out)
		if len(rows) != 16 {
			t.Errorf("--workers %s: %d events, want 16", w, len(rows))
		}
		for i, r := range rows {
			want := fmt.Sprintf("a%d", i/2+1)
			if r["article_id"] != want || r["article_date"] != fmt.Sprintf("2025060%d", i/2+1) {
				t.Errorf("--workers %s: row %d is %s %s, want %s", w, i, r["article_id"], r["article_date"], want)
			}
		}
		if strings.Contains(out, "SYR") {
			t.Errorf("a hidden file was read")
		}
	}
	if outs[0] != outs[1] {
		t.Errorf("output differs between 1 and 4 workers")
	}
}

func TestCodeJSONLStdinFieldMap(t *testing.T) {
	in := `{"ref":"s1","when":"2025-06-02","story":"Egypt condemned Israel."}` + "\n" +
		`{"ref":"s2","when":"2025-06-03","story":"Jordan praised Qatar."}` + "\n"
	code, out, errs := runCLIStdin(t, in, "code", "-", "--input-format", "jsonl", "--field", "text=story", "--field", "date=when", "--field", "id=ref", "--format", "csv")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rows := csvRows(t, out)
	if len(rows) < 2 {
		t.Fatalf("%d events:\n%s", len(rows), out)
	}
	got := map[string]string{}
	for _, r := range rows {
		got[r["source_code"]+">"+r["target_code"]] = r["article_id"] + " " + r["event_date"]
	}
	if got["EGY>ISR"] != "s1 20250602" || got["JOR>QAT"] != "s2 20250603" {
		t.Errorf("events %v", got)
	}
	// Without the field map the records have no text (ingest knows "body"
	// and "published", not "story" and "when"): bad input, named by line.
	code, _, errs = runCLIStdin(t, in, "code", "-", "--input-format", "jsonl")
	if code != ExitBadInput || !strings.Contains(errs, "-:1:") || !strings.Contains(errs, "-:2:") {
		t.Errorf("unmapped fields: exit %d, stderr %q", code, errs)
	}
}

func TestCodeFeed(t *testing.T) {
	feed := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ledger World</title><link>https://example.org/</link><description>World news</description>
<item><title>Egypt condemns raid</title><link>https://example.org/a1</link><pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate><description>Egypt condemned Israel on Monday after the raid.</description></item>
<item><title>Jordan praises Qatar</title><link>https://example.org/a2</link><pubDate>Tue, 03 Jun 2025 09:00:00 GMT</pubDate><description>Jordan praised Qatar on Tuesday for its mediation.</description></item>
</channel></rss>
`
	p := writeFile(t, t.TempDir(), "world.xml", feed)
	code, out, errs := runCLIStdin(t, "", "code", p, "--format", "csv")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	seen := map[string]bool{}
	for _, r := range csvRows(t, out) {
		seen[r["url"]+" "+r["event_date"]+" "+r["source_code"]+">"+r["target_code"]] = true
	}
	for _, want := range []string{"https://example.org/a1 20250602 EGY>ISR", "https://example.org/a2 20250603 JOR>QAT"} {
		if !seen[want] {
			t.Errorf("no event %q in %v", want, seen)
		}
	}
}

// TestCodeFactuality: negated, future, hypothetical and question events are
// left out by default and flagged with --include-flagged.
func TestCodeFactuality(t *testing.T) {
	tests := []struct {
		sentence string
		flag     string // "" for factual
	}{
		{"Turkey condemned Greece.", ""},
		{"Turkey did not condemn Greece.", "negated"},
		{"Turkey never condemned Greece.", "negated"},
		{"Turkey will condemn Greece next week.", "future"},
		{"Turkey may condemn Greece.", "hypothetical"},
		{"Turkey could condemn Greece.", "hypothetical"},
		{"If Greece sends warships, Turkey would condemn Greece.", "hypothetical"},
		{"Did Turkey condemn Greece?", "question"},
		{"Has Turkey condemned Greece?", "question"},
		{"Why did Turkey condemn Greece?", "question"},
	}
	dir := t.TempDir()
	for i, tc := range tests {
		t.Run(tc.sentence, func(t *testing.T) {
			p := writeFile(t, dir, fmt.Sprintf("f%d.txt", i), "date 2025-06-02\n\n"+tc.sentence+"\n")
			_, all, errs := runCLIStdin(t, "", "code", p, "--include-flagged", "--format", "csv")
			_, plain, _ := runCLIStdin(t, "", "code", p, "--format", "csv")
			var rows []map[string]string
			for _, r := range csvRows(t, all) {
				if r["source_code"] == "TUR" && r["target_code"] == "GRC" && r["root"] == "11" {
					rows = append(rows, r)
				}
			}
			if len(rows) != 1 {
				t.Fatalf("%d TUR→GRC disapproval events, want 1:\n%s%s", len(rows), all, errs)
			}
			if got := rows[0]["flags"]; got != tc.flag {
				t.Errorf("flags %q, want %q", got, tc.flag)
			}
			nPlain := len(csvRows(t, plain))
			if tc.flag == "" && nPlain == 0 || tc.flag != "" && nPlain != 0 {
				t.Errorf("without --include-flagged: %d events (flag %q)", nPlain, tc.flag)
			}
		})
	}
}

// TestCodeExampleFacts checks events the shipped example states plainly,
// each as its own subtest so that one known miss does not hide another.
func TestCodeExampleFacts(t *testing.T) {
	evs := parseJSONL(t, codeExample(t, "--include-flagged"))
	has := func(src, root, tgt string) bool {
		for _, ev := range evs {
			if ev.Source.Code == src && strings.HasPrefix(ev.Code, root) && (tgt == "*" || ev.Target.Code == tgt) {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name          string
		src, root, tg string
	}{
		{name: "Guterres urged Israel", src: "IGOUNO", root: "02", tg: "ISR"},
		{name: "Hamas accused Israel", src: "PSEREBHMS", root: "11", tg: "ISR"},
		{name: "Germany praised Egypt", src: "DEU", root: "05", tg: "EGY"},
		{name: "EU aid for Gaza", src: "IGOEUREEC", root: "07", tg: "*"},
		{name: "Abdelatty met Qatari officials", src: "EGYGOV", root: "04", tg: "QATGOV"},
		{name: "Israeli troops killed people", src: "ISRMIL", root: "18", tg: "*"},
		{name: "Netanyahu rejected the accusation", src: "ISRGOV", root: "01", tg: "*"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if has(tc.src, tc.root, tc.tg) {
				return
			}
			t.Errorf("no event %s %s* %s", tc.src, tc.root, tc.tg)
		})
	}
	// The 010 of Israeli troops is wrong whatever else is found.
	for _, ev := range evs {
		if ev.Code == "010" && ev.Source.Code == "ISRMIL" {
			t.Run("no ISRMIL 010", func(t *testing.T) {
				t.Errorf("ISRMIL coded as the speaker of \"Gaza's health ministry said\": %+v", ev)
			})
		}
	}
}

// TestCodeDateline: a wire dateline ("CAIRO, June 2 -") is not a party to
// the sentence's event.
func TestCodeDateline(t *testing.T) {
	p := writeFile(t, t.TempDir(), "dl.txt", "date 2025-06-02\n\nCAIRO, June 2 (Reuters) - Egypt condemned Israel on Monday.\n")
	code, out, errs := runCLIStdin(t, "", "code", p, "--format", "csv")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rows := csvRows(t, out)
	if len(rows) != 1 || rows[0]["target_code"] != "ISR" {
		t.Fatalf("want one event against Israel: %v", rows)
	}
	if r := rows[0]; r["source_code"] != "EGY" || r["source_text"] != "Egypt" {
		t.Errorf("the source is %s from %q, not Egypt (EGY): the dateline took the sentence's subject", r["source_code"], r["source_text"])
	}
}

// TestCodeOutFileUnwritable: --out over a directory fails before coding.
func TestCodeOutFileUnwritable(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "taken"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLIStdin(t, "", "code", exampleArticle, "--out", filepath.Join(dir, "taken"))
	if code != ExitFailure || !strings.Contains(errs, "taken") {
		t.Errorf("--out onto a directory: exit %d, stderr %q", code, errs)
	}
}

// TestCodeJSONLVariants: JSONL as exported by other tools — CRLF line
// endings, blank lines, long lines, a UTF-8 byte-order mark, dates with a
// time and zone.
func TestCodeJSONLVariants(t *testing.T) {
	long := strings.Repeat("Jordan praised Qatar. ", 3000) // 66 KB in one line
	tests := []struct {
		name, content string
		wantIDs       []string
	}{
		{name: "crlf and blank lines", content: `{"id":"c1","date":"2025-06-02","text":"Egypt condemned Israel."}` + "\r\n\r\n" + `{"id":"c2","date":"2025-06-02","text":"Syria condemned Turkey."}` + "\r\n", wantIDs: []string{"c1", "c2"}},
		{name: "long line", content: `{"id":"l1","date":"2025-06-02","text":"` + long + `"}` + "\n", wantIDs: []string{"l1"}},
		{name: "date with time and zone", content: `{"id":"z1","date":"2025-06-02T14:30:00+03:00","text":"Egypt condemned Israel."}` + "\n", wantIDs: []string{"z1"}},
		{name: "byte-order mark", content: "\ufeff" + `{"id":"b1","date":"2025-06-02","text":"Egypt condemned Israel."}` + "\n", wantIDs: []string{"b1"}},
	}
	dir := t.TempDir()
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, dir, fmt.Sprintf("v%d.jsonl", i), tc.content)
			code, out, errs := runCLIStdin(t, "", "code", p, "--format", "csv")
			got := map[string]bool{}
			for _, r := range csvRows(t, out) {
				got[r["article_id"]] = true
				if r["article_date"] != "20250602" {
					t.Errorf("%s dated %s", r["article_id"], r["article_date"])
				}
			}
			for _, id := range tc.wantIDs {
				if !got[id] || code != ExitOK {
					t.Errorf("record %s: coded %v, exit %d, stderr %s", id, got[id], code, errs)
				}
			}
		})
	}
}
