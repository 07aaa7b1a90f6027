package coder

import (
	"bufio"
	"bytes"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/internal/clean"
	"dyad/internal/kb"
	"dyad/internal/kb/events"
	"dyad/internal/model"
	"dyad/internal/nlp"
)

// e2eStages builds the real pipeline in front of the coder: clean, the NLP
// stage and the actor dictionaries. It skips when one cannot load.
func e2eStages(t testing.TB) (*nlp.Stage, *kb.KB, *Coder) {
	t.Helper()
	n, err := nlp.New(nlp.Options{})
	if err != nil {
		t.Skipf("NLP stage unavailable: %v", err)
	}
	k, err := kb.LoadDefault()
	if err != nil {
		t.Skipf("actor dictionaries unavailable: %v", err)
	}
	set, err := events.LoadDefault()
	if err != nil {
		t.Skipf("event patterns unavailable: %v", err)
	}
	c, err := New(Options{Events: set})
	if err != nil {
		t.Fatal(err)
	}
	return n, k, c
}

// readDated reads a "date YYYY-MM-DD" line and the text after it.
func readDated(t *testing.T, path string) *model.Article {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	first, rest, _ := strings.Cut(string(b), "\n")
	d, err := time.Parse("2006-01-02", strings.TrimSpace(strings.TrimPrefix(first, "date")))
	if err != nil {
		t.Fatalf("%s:1: want 'date YYYY-MM-DD': %v", path, err)
	}
	return &model.Article{ID: strings.TrimSuffix(filepath.Base(path), ".txt"), Date: d, Raw: rest}
}

type want struct {
	not            bool
	src, code, tgt string
	line           string
}

func readWants(t *testing.T, path string) []want {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []want
	sc := bufio.NewScanner(f)
	for ln := 1; sc.Scan(); ln++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		w := want{line: fmt.Sprintf("%s:%d", path, ln)}
		if w.not = l[0] == '!'; w.not {
			l = l[1:]
		}
		fs := strings.Fields(l)
		if len(fs) != 3 {
			t.Fatalf("%s: want SOURCE CODE TARGET", w.line)
		}
		w.src, w.code, w.tgt = fs[0], fs[1], fs[2]
		out = append(out, w)
	}
	return out
}

func (w want) matches(ev *model.Event) bool {
	tgt := orDash(ev.Target.Code)
	return (w.src == "*" || w.src == ev.Source.Code) && strings.HasPrefix(ev.Code, w.code) && (w.tgt == "*" || w.tgt == tgt)
}

// TestEndToEnd codes short articles written for this test through the real
// pipeline. The .want files say what the factual output must and must not
// hold; the .golden files keep the event lines with a fingerprint of the
// coder's inputs (parse, actors, patterns): a difference is a failure when
// the inputs are the same (the coder changed), and only a note that the
// golden is stale when they are not (refresh with -update, review the diff).
func TestEndToEnd(t *testing.T) {
	n, k, c := e2eStages(t)
	files, _ := filepath.Glob("testdata/e2e/*.txt")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			a := readDated(t, f)
			clean.Article(a)
			n.Process(a)
			k.Annotate(a)
			c.Process(a)
			var buf bytes.Buffer
			fp := inputPrint(a, c.set)
			fmt.Fprintf(&buf, "# inputs %016x\n", fp)
			for i := range a.Events {
				ev := &a.Events[i]
				fmt.Fprintf(&buf, "%d %s %s %s [%s] %q %q %q\n", ev.Sentence+1, ev.Source.Code, ev.Code, orDash(ev.Target.Code),
					strings.Join(ev.Flags.Names(), ","), ev.SourceSpan.Text(a.Text), ev.TriggerSpan.Text(a.Text), ev.TargetSpan.Text(a.Text))
			}
			for _, w := range readWants(t, strings.TrimSuffix(f, ".txt")+".want") {
				found := false
				for i := range a.Events {
					if ev := &a.Events[i]; ev.Flags.Factual() && w.matches(ev) {
						found = true
					}
				}
				if found == w.not {
					t.Errorf("%s: factual event %s %s %s: present=%v, want %v; events:\n%s", w.line, w.src, w.code, w.tgt, found, !w.not, buf.String())
				}
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			g, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if first, _, _ := bytes.Cut(g, []byte("\n")); string(first) != fmt.Sprintf("# inputs %016x", fp) {
				// The parse, the actors or the patterns changed since the
				// golden was written: the coder cannot be judged on it.
				t.Logf("%s is stale (its inputs changed: parse, actors or patterns); run go test -update and review the diff", golden)
			} else if !bytes.Equal(g, buf.Bytes()) {
				t.Errorf("events differ from %s (run go test -update after a model or dictionary change and review the diff):\n got:\n%s\n want:\n%s", golden, buf.String(), g)
			}
		})
	}
}

// inputPrint fingerprints what the coder reads: the parse and actors of
// every sentence and the pattern set. A golden written from other inputs
// is stale rather than wrong.
func inputPrint(a *model.Article, set *events.Set) uint64 {
	h := fnv.New64a()
	for _, s := range a.Sentences {
		for _, tk := range s.Tokens {
			fmt.Fprintf(h, "%s\x00%s\x00%s\x00%d\x00%s\x00", tk.Text, tk.Lemma, tk.UPOS, tk.Head, tk.DepRel)
		}
		for _, ac := range s.Actors {
			fmt.Fprintf(h, "%s\x00%v\x00%d\x00%d\x00%s\x00", ac.Code, ac.Tokens, ac.Head, ac.Kind, ac.Role)
		}
	}
	for _, p := range set.Patterns() {
		fmt.Fprintf(h, "%s\x00%d\x00%s\x00", p.Code, p.POS, p.Text)
	}
	return h.Sum64()
}
