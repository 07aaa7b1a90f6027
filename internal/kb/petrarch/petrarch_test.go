package petrarch

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dyad/internal/kb"
	"dyad/internal/kb/events"
)

func open(t testing.TB, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// skipAt reports whether a skip at file:line with a reason containing
// want was recorded.
func skipAt(skips []Skip, line, want string) bool {
	for _, s := range skips {
		if strings.HasSuffix(s.Pos, ":"+line) && strings.Contains(s.Reason, want) {
			return true
		}
	}
	return false
}

// patternTexts renders patterns as "CODE TRIGGER: WORDS * WORDS", words as
// written, "_" where a word is joined to its neighbour towards the verb,
// slots with the preposition before them ("+with").
func patternTexts(ps []*events.Pattern) []string {
	var out []string
	for _, p := range ps {
		var pre, post strings.Builder
		for _, e := range p.Elems {
			w := e.Text
			switch {
			case e.Skip:
				w = "^"
			case e.Slot == events.Target:
				w = "+" + e.Case
			case e.Slot == events.Source:
				w = "$" + e.Case
			}
			if e.PreHead {
				pre.WriteString(w)
				if e.Joined {
					pre.WriteString("_")
				} else {
					pre.WriteString(" ")
				}
				continue
			}
			if e.Joined {
				post.WriteString("_" + w)
			} else {
				post.WriteString(" " + w)
			}
		}
		out = append(out, p.Code+" "+p.Trigger+": "+pre.String()+"*"+post.String())
	}
	return out
}

func TestReadVerbs(t *testing.T) {
	ps, st, skips, err := ReadVerbs(open(t, "test.verbs.txt"), "test.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := patternTexts(ps)
	for _, want := range []string{
		"111 scold: *",                    // the verb alone codes the block's code
		"112 scold: * over apples",        // synonym sets expand, nested ones too
		"112 scold: * over pears",         //
		"112 scold: * over nuts",          //
		"113 scold: * about sour grapes",  // (…) and {…} are flattened
		"114 scold: * + with $with",       // target object, source after a preposition
		"--- scold: will not *",           // null codes are kept to block
		"042:043 wave: * at +at",          // paired code, slot after a preposition
		":050 wave: * goodbye",            // half-null pair
		"031 scold: * with +with",         // "%" after the verb: a compound target
		"120 grumble: *_on",               // a '+' verb phrase: its words are joined to the verb
		"121 grumble: indicated *",        // words before the verb stay before it
		"121 grumble: indicated *_on",     //
		"115 scold: + * over $over",       // a target before the verb
		"116 stitch: hand_*",              // WIRE_+TAP: the word marked '+' is the verb
		"117 stitch: hand_* new_cotton_x", // '_' joins words, a set member's words too
		"117 stitch: hand_* new_linen_x",  //
		"118 stitch: in_hand_*",           // "_*" joins the word before to the verb
		"119 stitch: hand_* slowly",       // '*' written against a word is still the verb
	} {
		if !slices.Contains(got, want) {
			t.Errorf("missing pattern %q in %q", want, got)
		}
	}
	if slices.Contains(got, "--- wave") {
		t.Error("a null-coded verb alone must not become a pattern")
	}
	if st.Synsets != 3 || st.Blocks != 4 || st.Verbs != 5 || st.Forms != 4 {
		t.Errorf("stats = %+v", st)
	}
	for _, c := range []struct{ line, reason string }{
		{"17", "not an event code"},
		{"25", "transformation"},
	} {
		if !skipAt(skips, c.line, c.reason) {
			t.Errorf("no skip at line %s with %q in %v", c.line, c.reason, skips)
		}
	}
}

func TestReadActors(t *testing.T) {
	es, skips, err := ReadActors(open(t, "test.actors.txt"), "test.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*kb.Entry{}
	for _, e := range es {
		byName[e.Name] = e
	}
	lil := byName["lilliput"]
	if lil == nil || lil.Kind != "country" || lil.Code != "LIL" || len(lil.Phrases) != 2 || lil.Phrases[1].Text != "lilliputian" {
		t.Fatalf("lilliput = %+v", lil)
	}
	if b := byName["blefuscu"]; b == nil || b.Code != "BLF" || b.Phrases[1].Text != "blefuscudian" {
		t.Errorf("blefuscu (';' comment, trailing '_') = %+v", b)
	}
	emp := byName["great emperor"]
	if emp == nil || emp.Kind != "actor" || emp.Code != "LIL" || len(emp.Roles) != 3 {
		t.Fatalf("great emperor = %+v", emp)
	}
	for _, c := range []struct {
		day  int32
		want string
	}{
		{17200101, "LILGOV"}, {17280101, "LILELI"}, {17310101, "LILREB"}, {17300101, "LILELI"}, {17250101, "LILGOV"},
	} {
		if got, _ := emp.CodeAt(c.day); got != c.want {
			t.Errorf("code on %d = %q, want %q", c.day, got, c.want)
		}
	}
	if n := byName["nobody in particular"]; n == nil || n.Code != "" {
		t.Errorf("null-coded actor = %+v", n)
	}
	if !skipAt(skips, "14", "not letters") || !skipAt(skips, "16", "date restriction") {
		t.Errorf("skips = %v", skips)
	}
}

func TestReadAgents(t *testing.T) {
	es, skips, err := ReadAgents(open(t, "test.agents.txt"), "test.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	var phrases []string
	codes := map[string]string{}
	for _, e := range es {
		for _, p := range e.Phrases {
			phrases = append(phrases, p.Text)
			codes[p.Text] = e.Code
		}
	}
	for _, want := range []string{"shipsailor", "shipsailors", "shipmate", "high admiral", "high admirals of the fleet", "court", "relief society", "harbour press", "harbour presses"} {
		if !slices.Contains(phrases, want) {
			t.Errorf("missing agent phrase %q in %q", want, phrases)
		}
	}
	if codes["high admiral"] != "MILNAV" || codes["relief society"] != "NGO" {
		t.Errorf("codes = %v", codes)
	}
	for _, c := range []struct{ line, reason string }{
		{"4", "no plural"}, {"5", "prefix"}, {"6", "without a [code]"}, {"7", "not defined"},
	} {
		if !skipAt(skips, c.line, c.reason) {
			t.Errorf("no skip at line %s with %q in %v", c.line, c.reason, skips)
		}
	}
}

func TestReadDiscards(t *testing.T) {
	es, skips, err := ReadDiscards(open(t, "test.discards.txt"), "test.discards.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[0].Phrases[0].Text != "regatta results" || es[1].Phrases[0].Text != "cricket scores" {
		t.Fatalf("entries = %+v", es)
	}
	if !skipAt(skips, "2", "story discard") {
		t.Errorf("skips = %v", skips)
	}
}

func TestPetrDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int32
		ok   bool
	}{
		{"150101", 20150101, true}, {"950601", 19950601, true}, {"19990815", 19990815, true},
		{"9901", 0, false}, {"991301", 0, false}, {"19x90101", 0, false},
	} {
		got, err := petrDate(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("petrDate(%q) = %d, %v", c.in, got, err)
		}
	}
}

func TestLoadDirAndKB(t *testing.T) {
	d, err := LoadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Files) != 4 || len(d.Patterns) == 0 {
		t.Fatalf("files = %+v", d.Files)
	}
	k, err := d.KB()
	if err != nil {
		t.Fatal(err)
	}
	if len(k.Entries()) != len(d.Entries) {
		t.Errorf("kb has %d entries, loaded %d", len(k.Entries()), len(d.Entries))
	}
	if d.Events().Len() != len(d.Patterns) {
		t.Error("event set lost patterns")
	}
}
