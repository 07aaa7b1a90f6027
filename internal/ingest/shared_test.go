package ingest

import (
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/clean"
	"dyad/internal/model"
	"dyad/internal/sharedtest"
)

// TestRafahExample reads the shared example (date and text on one line,
// "Advertisment" residue between paragraphs) through ingest and clean.
func TestRafahExample(t *testing.T) {
	p := sharedtest.Path(t, "examples/rafah-2024-03-19.txt")
	as := readAll(t, []string{p}, Options{})
	if len(as) != 1 {
		t.Fatalf("%d articles", len(as))
	}
	a := as[0]
	if d := firstDiag(a, model.Error); d != nil {
		t.Fatal(d)
	}
	if a.Date != date("2024-03-19") {
		t.Errorf("date %v, want 2024-03-19", a.Date)
	}
	clean.Article(a)
	if strings.Contains(a.Text, "Advertisment") {
		t.Error("an Advertisment line survived cleaning")
	}
	if !strings.HasPrefix(a.Text, "Amid rising tensions") {
		t.Errorf("text starts %.40q", a.Text)
	}
}

func TestRepoExample(t *testing.T) {
	p := filepath.Join("..", "..", "examples", "border-talks-2025-06-02.txt")
	as := readAll(t, []string{p}, Options{})
	if len(as) != 1 || as[0].Date != date("2025-06-02") || as[0].Title != "Egypt hosts new talks as pressure grows over Gaza aid" || !strings.HasPrefix(as[0].Raw, "CAIRO") {
		t.Fatalf("got %+v", as[0])
	}
}
