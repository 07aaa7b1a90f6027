package events

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseGoodFile(t *testing.T) {
	data, err := os.ReadFile("testdata/good.dict")
	if err != nil {
		t.Fatal(err)
	}
	ps, errs := Parse(data, "good.dict")
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	want := []struct {
		code, text, pos string
		kind            POS
	}{
		{"111", "criticize", "good.dict:3", Verb},
		{"111", "condemn", "good.dict:3", Verb},
		{"111", "accuse + of", "good.dict:4", Verb},
		{"111", "criticism of +", "good.dict:5", Noun},
		{"111", "air ^strike on +", "good.dict:5", Noun},
		{"111", "critical of +", "good.dict:6", Adj},
		{"0871", "declare (unilateral) ceasefire", "good.dict:12", Verb},
		{"0871", "attack !verbally", "good.dict:12", Verb},
		{"0871", "visit to + by $", "good.dict:13", Noun},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d patterns, want %d: %v", len(ps), len(want), ps)
	}
	for i, w := range want {
		p := ps[i]
		if p.Code != w.code || p.Text != w.text || p.Pos != w.pos || p.POS != w.kind {
			t.Errorf("pattern %d = %s %s %q at %s, want %s %s %q at %s", i, p.Code, p.POS, p.Text, p.Pos, w.code, w.kind, w.text, w.pos)
		}
	}
	if got := ps[0].Not; len(got) != 2 || got[0] != "praise" || got[1] != "thank" {
		t.Errorf("not: %q", got)
	}
	if ps[0].Note != "first note line second note line" {
		t.Errorf("note: %q", ps[0].Note)
	}
	if ps[4].Trigger != "strike" || !ps[4].Elems[0].PreHead {
		t.Errorf("compound head: %+v", ps[4])
	}
	if src, ok := ps[8].Source(); !ok || src.Case != "by" {
		t.Errorf("source slot: %+v", ps[8].Elems)
	}
}

// Every bad line is reported with its file and line, and the good
// alternatives around it still load.
func TestParseBadFile(t *testing.T) {
	data, err := os.ReadFile("testdata/bad.dict")
	if err != nil {
		t.Fatal(err)
	}
	ps, errs := Parse(data, "bad.dict")
	wantErrs := []struct{ pos, substr string }{
		{"bad.dict:3:", "trigger"},
		{"bad.dict:4:", "slot cannot be optional"},
		{"bad.dict:5:", ""}, // parses; lint reports it (noun with a direct object)
		{"bad.dict:6:", "unknown field \"colour\""},
		{"bad.dict:7:", "more than one '^'"},
		{"bad.dict:8:", "not a CAMEO code"},
		{"bad.dict:10:", "unknown block kind \"actor\""},
		{"bad.dict:13:", "empty verb: field"},
		{"bad.dict:14:", "has no ':'"},
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, w := range wantErrs {
		if w.substr == "" {
			if strings.Contains(all, w.pos) {
				t.Errorf("line %s should parse, got errors:\n%s", w.pos, all)
			}
			continue
		}
		found := false
		for _, m := range msgs {
			if strings.HasPrefix(m, w.pos) && strings.Contains(m, w.substr) {
				found = true
			}
		}
		if !found {
			t.Errorf("no error %q at %s; got:\n%s", w.substr, w.pos, all)
		}
	}
	if len(errs) != len(wantErrs)-1 {
		t.Errorf("got %d errors, want %d:\n%s", len(errs), len(wantErrs)-1, all)
	}
	// "condemn" on line 7 survives its bad neighbour; line 5 loads for lint.
	var texts []string
	for _, p := range ps {
		texts = append(texts, p.Pos+" "+p.Text)
	}
	if len(ps) != 2 || texts[0] != "bad.dict:5 talk +" || texts[1] != "bad.dict:7 condemn" {
		t.Errorf("patterns kept: %q", texts)
	}
	s := NewSet()
	for _, p := range ps {
		s.Add(p)
	}
	probs := Lint(s)
	if len(probs) != 1 || probs[0].Kind != "never-matches" || probs[0].Pos != "bad.dict:5" {
		t.Errorf("lint: %v", probs)
	}
}

func TestLoadUserFile(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "mine.dict")
	if err := os.WriteFile(f, []byte("event 111\n    verb: frobnicate + over\n    verb: a ^b ^c\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Load(Options{Files: []string{f}, NoDefault: true})
	if err == nil || !strings.Contains(err.Error(), f+":3:") {
		t.Fatalf("want an error naming %s:3, got %v", f, err)
	}
	var de interface{ Error() string }
	if !errors.As(err, &de) {
		t.Fatalf("error %v does not unwrap", err)
	}
	if s.Len() != 1 || len(s.ByTrigger(Verb, "frobnicate")) != 1 {
		t.Errorf("user pattern not loaded: %d patterns", s.Len())
	}
	if _, err := Load(Options{Files: []string{filepath.Join(dir, "missing.dict")}}); err == nil {
		t.Error("missing file: no error")
	}
}

func TestLint(t *testing.T) {
	s := NewSet()
	add := func(code string, pos POS, text, at string) {
		p, err := ParsePattern(code, pos, text)
		if err != nil {
			t.Fatal(err)
		}
		p.Pos = at
		s.Add(p)
	}
	add("111", Verb, "condemn", "t.dict:1")
	add("111", Verb, "condemn", "t.dict:2")        // duplicate
	add("051", Verb, "condemn", "t.dict:3")        // conflict
	add("11", Verb, "scold", "t.dict:4")           // root code
	add("999", Verb, "scold", "t.dict:5")          // not a code
	add("111", Verb, "slam !slam", "t.dict:6")     // contradiction
	add("111", Noun, "peace talk", "t.dict:7")     // compound written head-last
	add("111", Noun, "talks", "t.dict:8")          // plural trigger
	add("111", Verb, "be ready to", "t.dict:9")    // copula head
	add("111", Verb, "demand that +", "t.dict:10") // slot after "that"
	bad := &Pattern{Code: "111", POS: Verb, Trigger: "x", Elems: []Elem{{Slot: Target, Lemma: "y"}}, Text: "x y+", Pos: "t.dict:11"}
	s.Add(bad)
	known := func(c string) bool { return c != "112" }
	add("112", Verb, "blame", "t.dict:12") // unknown to the ontology
	want := map[string]string{
		"t.dict:2": "duplicate", "t.dict:3": "conflict", "t.dict:4": "root-code", "t.dict:5": "unknown-code",
		"t.dict:6": "never-matches", "t.dict:7": "style", "t.dict:8": "style", "t.dict:9": "never-matches",
		"t.dict:10": "never-matches", "t.dict:11": "malformed", "t.dict:12": "unknown-code",
	}
	got := map[string]string{}
	for _, p := range LintWith(s, LintOptions{KnownCode: known}) {
		got[p.Pos] += p.Kind + " "
	}
	for pos, kind := range want {
		if !strings.Contains(got[pos], kind+" ") {
			t.Errorf("%s: got %q, want %q", pos, got[pos], kind)
		}
	}
	if _, ok := got["t.dict:1"]; ok {
		t.Errorf("first of a duplicate pair flagged: %v", got)
	}
}

func TestStats(t *testing.T) {
	s := NewSet()
	for _, tt := range []struct {
		pos  POS
		text string
	}{{Verb, "condemn"}, {Verb, "condemn + for"}, {Noun, "criticism of +"}} {
		p, err := ParsePattern("111", tt.pos, tt.text)
		if err != nil {
			t.Fatal(err)
		}
		s.Add(p)
	}
	st := Stats(s)
	want := map[string]int{"patterns": 3, "verb_patterns": 2, "noun_patterns": 1, "verb_triggers": 1, "noun_triggers": 1, "codes": 1, "with_target": 2, "multi_word": 2}
	for k, v := range want {
		if st[k] != v {
			t.Errorf("%s = %d, want %d", k, st[k], v)
		}
	}
	for _, k := range StatsOrder {
		if _, ok := st[k]; !ok {
			t.Errorf("StatsOrder key %q missing from Stats", k)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkByTrigger(b *testing.B) {
	s, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	lemmas := []string{"attack", "say", "condemn", "meet", "threaten", "frobnicate"}
	for b.Loop() {
		for _, l := range lemmas {
			_ = s.ByTrigger(Verb, l)
			_ = s.ByTrigger(Noun, l)
		}
	}
}
