package coder

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestExplanationSpans checks that an event's spans quote the right words.
func TestExplanationSpans(t *testing.T) {
	c := testCoder(t)
	fx := readFixtures(t, "testdata/basic.conll")[0]
	c.Process(fx.article)
	text := fx.article.Text
	want := map[string][3]string{
		"USAELI 112 USAGOV ":         {"former press secretary Sean Spicer", "accused", "President Biden"},
		"USAGOV 111 ISRGOV reported": {"President Biden", "criticizing", "Prime Minister Netanyahu"},
		"ISR 190 IRN hypothetical":   {"Israel", "attack", "Iran"},
		"RUS 111 UKR ":               {"Russia", "condemned", "Ukraine"},
	}
	seen := map[string]bool{}
	for i := range fx.article.Events {
		ev := &fx.article.Events[i]
		k := eventKey(ev)
		w, ok := want[k]
		if !ok {
			continue
		}
		seen[k] = true
		got := [3]string{ev.SourceSpan.Text(text), ev.TriggerSpan.Text(text), ev.TargetSpan.Text(text)}
		if got != w {
			t.Errorf("%s: spans %q, want %q", k, got, w)
		}
		if ev.Explanation.Pattern == "" || len(ev.Explanation.Steps) < 3 || len(ev.Explanation.Entries) < 1 {
			t.Errorf("%s: thin explanation %+v", k, ev.Explanation)
		}
	}
	// The nominal event ("Biden's public rebuke of Netanyahu's …") is the
	// first 111 with a possessor source; check its trigger word too.
	for i := range fx.article.Events {
		ev := &fx.article.Events[i]
		if ev.Code == "111" && ev.TriggerSpan.Text(text) == "rebuke" {
			seen["rebuke"] = true
			if s, g := ev.SourceSpan.Text(text), ev.TargetSpan.Text(text); s != "Biden" || g != "Netanyahu" {
				t.Errorf("rebuke: source %q target %q, want Biden, Netanyahu", s, g)
			}
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("event %q not coded", k)
		}
	}
	if !seen["rebuke"] {
		t.Error("nominal event 'rebuke' not coded")
	}
}

// TestExplainGolden renders every fixture article as `dyad explain` does
// and compares with testdata/explain.golden (refresh with -update).
func TestExplainGolden(t *testing.T) {
	c := testCoder(t)
	files, _ := filepath.Glob("testdata/*.conll")
	var buf bytes.Buffer
	for _, f := range files {
		for _, fx := range readFixtures(t, f) {
			c.Process(fx.article)
			if err := WriteExplanation(&buf, fx.article, ExplainOptions{AllSentences: true}); err != nil {
				t.Fatal(err)
			}
		}
	}
	golden := "testdata/explain.golden"
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("explain output differs from %s (run go test -update and review the diff):\n%s", golden, buf.String())
	}
}
