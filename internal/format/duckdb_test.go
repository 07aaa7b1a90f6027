package format

import (
	"bufio"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"

	"dyad/internal/sharedtest"
)

// TestDuckDBReadsGDELT writes both GDELT tables and reads them back the way
// analysts do, with DuckDB's CSV reader: the column counts must be 61 and
// 16, and codes must keep their leading zeros when read as text.
func TestDuckDBReadsGDELT(t *testing.T) {
	dir := t.TempDir()
	events := filepath.Join(dir, "events.tsv")
	mentions := filepath.Join(dir, "mentions.tsv")
	// A fixture with a root-0 code, so a lost leading zero would show.
	arts := fixtures(t)
	arts[0].Events[1].Code, arts[0].Events[1].Base, arts[0].Events[1].Root = "042", "042", "04"
	for name, path := range map[string]string{"gdelt": events, "mentions": mentions} {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		w, err := New(name, f, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			if err := w.Write(a); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, c := range []struct {
		path string
		cols int
	}{{events, 61}, {mentions, 16}} {
		rows, err := db.Query("SELECT * FROM read_csv(?, delim='\t', header=false, all_varchar=true)", c.path)
		if err != nil {
			t.Fatal(err)
		}
		names, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		if len(names) != c.cols {
			t.Errorf("%s: DuckDB sees %d columns, want %d", filepath.Base(c.path), len(names), c.cols)
		}
		n := 0
		for rows.Next() {
			n++
		}
		rows.Close()
		if n != 5 {
			t.Errorf("%s: DuckDB reads %d rows, want 5", filepath.Base(c.path), n)
		}
	}
	// column26 is EventCode, column27 EventBaseCode, column28 EventRootCode (1-based names, 0-based 26…).
	var code, base, root, sqldate string
	err = db.QueryRow(`SELECT column26, column27, column28, column01 FROM read_csv(?, delim='\t', header=false, all_varchar=true)
		WHERE column28 LIKE '0%'`, events).Scan(&code, &base, &root, &sqldate)
	if err != nil {
		t.Fatal(err)
	}
	if code != "042" || base != "042" || root != "04" || sqldate != "20240319" {
		t.Errorf("DuckDB read EventCode/Base/Root/SQLDATE = %s/%s/%s/%s, want 042/042/04/20240319", code, base, root, sqldate)
	}
}

// TestColumnOrderMatchesShared checks the writers' column lists against the
// GDELT codebook files in ../shared/ontology.
func TestColumnOrderMatchesShared(t *testing.T) {
	for file, cols := range map[string][]string{
		"ontology/gdelt2_event_columns.txt":    GDELTEventColumns,
		"ontology/gdelt2_mentions_columns.txt": GDELTMentionColumns,
	} {
		f, err := os.Open(sharedtest.Path(t, file))
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			if len(fs) >= 2 && !strings.HasPrefix(fs[0], "#") {
				want = append(want, fs[1])
			}
		}
		f.Close()
		if strings.Join(cols, ",") != strings.Join(want, ",") {
			t.Errorf("%s: columns differ:\n got %v\nwant %v", file, cols, want)
		}
	}
}

// TestJSONLKeepsActors guards against the article's outlet shadowing the
// event's source actor in the flattened record.
func TestJSONLKeepsActors(t *testing.T) {
	line, _, _ := strings.Cut(string(render(t, "jsonl", Options{})), "\n")
	var r EventRecord
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		t.Fatal(err)
	}
	if r.Event.Source.Code != "ISRMIL" || r.SourceText != "Israeli troops" || r.ArticleID != "art-1" || r.Event.Flags.Names()[0] != "reported" {
		t.Errorf("record = %+v", r)
	}
}
