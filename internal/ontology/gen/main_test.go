package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"dyad/internal/sharedtest"
)

// TestUpToDate regenerates the tables in memory and compares them with the
// committed file, so a change to the generator or the shared files cannot go
// unnoticed.
func TestUpToDate(t *testing.T) {
	dir := sharedtest.Path(t, "ontology")
	got, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "events_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("internal/ontology/events_gen.go is out of date: run go generate ./internal/ontology")
	}
}

func TestParent(t *testing.T) {
	for _, c := range []struct{ in, want string }{{"0211", "021"}, {"021", "02"}, {"02", ""}, {"", ""}} {
		if got := parent(c.in); got != c.want {
			t.Errorf("parent(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
