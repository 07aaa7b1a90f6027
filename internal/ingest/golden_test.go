package ingest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden pins what each reader makes of its fixture: metadata and Raw,
// one block per article. Refresh with `go test ./internal/ingest -update`.
func TestGolden(t *testing.T) {
	for _, name := range []string{"page.html", "feed.rss", "dated.txt"} {
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			for _, a := range readAll(t, []string{filepath.Join("testdata", name)}, Options{}) {
				date := ""
				if !a.Date.IsZero() {
					date = a.Date.Format(time.DateOnly)
				}
				fmt.Fprintf(&b, "id: %s\ndate: %s\ntitle: %s\nurl: %s\nsource: %s\n", a.ID, date, a.Title, a.URL, a.Source)
				for _, d := range a.Diagnostics {
					fmt.Fprintf(&b, "diagnostic: %s\n", d)
				}
				fmt.Fprintf(&b, "raw:\n%s\n---\n", a.Raw)
			}
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got := b.String(); got != string(want) {
				t.Errorf("output differs from %s (run with -update after checking):\n%s", golden, got)
			}
		})
	}
}
