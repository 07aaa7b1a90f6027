package coder

import (
	"os"
	"testing"

	"dyad/internal/kb/events"
	"dyad/internal/kb/petrarch"
)

// TestSequencePatterns codes the sequence fixtures with a PETRARCH-format
// dictionary: pattern words in order and as written, "_" joining words,
// words before the verb matched outward from it, slots on either side.
func TestSequencePatterns(t *testing.T) {
	f, err := os.Open("testdata/sequence.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ps, _, skips, err := petrarch.ReadVerbs(f, "sequence.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(skips) > 0 {
		t.Fatalf("skipped lines: %v", skips)
	}
	set := events.NewSet()
	for _, p := range ps {
		set.Add(p)
	}
	c, err := New(Options{Events: set})
	if err != nil {
		t.Fatal(err)
	}
	for _, fx := range readFixtures(t, "testdata/sequence.fixture") {
		checkFixture(t, c, fx)
	}
}
