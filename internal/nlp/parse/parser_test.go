package parse

import (
	"bytes"
	"fmt"
	"maps"
	"strings"
	"sync"
	"testing"

	"dyad/internal/model"
)

func defaultParser(t testing.TB) *Parser {
	t.Helper()
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// checkTree asserts the contract of Parse: every token has a head in
// range, exactly one root, no cycles, and a label.
func checkTree(t *testing.T, toks []model.Token) {
	t.Helper()
	roots := 0
	for i, tk := range toks {
		if tk.Head < -1 || int(tk.Head) >= len(toks) || int(tk.Head) == i {
			t.Fatalf("token %d %q: head %d out of range", i, tk.Text, tk.Head)
		}
		if tk.DepRel == "" {
			t.Fatalf("token %d %q: no label", i, tk.Text)
		}
		if tk.Head == -1 {
			roots++
			if tk.DepRel != "root" {
				t.Errorf("token %d %q: root labelled %q", i, tk.Text, tk.DepRel)
			}
		} else if tk.DepRel == "root" {
			t.Errorf("token %d %q: non-root labelled root", i, tk.Text)
		}
		h, steps := tk.Head, 0
		for h >= 0 {
			if steps > len(toks) {
				t.Fatalf("token %d %q: cycle", i, tk.Text)
			}
			h = toks[h].Head
			steps++
		}
	}
	if len(toks) > 0 && roots != 1 {
		t.Fatalf("%d roots, want 1", roots)
	}
}

func words(s string, tags ...string) []model.Token {
	f := strings.Fields(s)
	toks := make([]model.Token, len(f))
	for i, w := range f {
		toks[i] = model.Token{Text: w, Head: -7, DepRel: "junk"}
		if i < len(tags) {
			toks[i].XPOS = tags[i]
		}
	}
	return toks
}

func TestParseOddInput(t *testing.T) {
	p := defaultParser(t)
	long := strings.Repeat("the cat , which sat on a mat , said dogs bark ", 25) // 300 words
	tests := []struct {
		name string
		toks []model.Token
	}{
		{"empty", nil},
		{"one", words("Hello")},
		{"one punct", words(".")},
		{"untagged", words("Biden criticised Netanyahu on Tuesday .")},
		{"unknown tags", words("a b c d e f", "ZZ", "??", "", "NN", "VBD", "@@")},
		{"all punctuation", words(", , . . ; : ! ?")},
		{"long 300", words(long)},
		{"odd bytes", words("\xff\xfe \x00 ‽ 🙂 naïve")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p.Parse(tt.toks)
			checkTree(t, tt.toks)
		})
	}
	if n := len(words(long)); n != 300 {
		t.Fatalf("long sentence has %d tokens, want 300", n)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	p := defaultParser(t)
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	saved := bytes.Clone(buf.Bytes())
	q, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// The loaded tables are laid out for speed (padded label rows); the
	// file must not change with them.
	var again bytes.Buffer
	if err := q.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved, again.Bytes()) {
		t.Errorf("saving a loaded model gives %d bytes, the first save %d", again.Len(), len(saved))
	}
	if !maps.Equal(p.clusters, q.clusters) {
		t.Errorf("clusters: %d words saved, %d loaded", len(p.clusters), len(q.clusters))
	}
	a := words("The minister was criticised by the opposition on Monday .", "DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "IN", "NNP", ".")
	b := append([]model.Token(nil), a...)
	p.Parse(a)
	q.Parse(b)
	for i := range a {
		if a[i].Head != b[i].Head || a[i].DepRel != b[i].DepRel {
			t.Errorf("token %d: %d %s before saving, %d %s after", i, a[i].Head, a[i].DepRel, b[i].Head, b[i].DepRel)
		}
	}
	for _, bad := range []string{"", "not gzip", "\x1f\x8b\x08\x00garbage"} {
		if _, err := Load(strings.NewReader(bad)); err == nil {
			t.Errorf("Load(%q) succeeded", bad)
		}
	}
}

// TestConcurrentParse runs parses in parallel (go test -race catches
// shared state) and checks that they agree with a sequential parse.
func TestConcurrentParse(t *testing.T) {
	p := defaultParser(t)
	sents := []string{
		"Israel said Hamas fired rockets at Tel Aviv .",
		"The talks , which began in May , collapsed .",
		"Russia and Ukraine exchanged prisoners .",
	}
	want := make([]string, len(sents))
	for i, s := range sents {
		toks := words(s)
		p.Parse(toks)
		want[i] = fmt.Sprint(toks)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 50 {
				i := (g + k) % len(sents)
				toks := words(sents[i])
				p.Parse(toks)
				if got := fmt.Sprint(toks); got != want[i] {
					t.Errorf("concurrent parse of %q differs", sents[i])
					return
				}
			}
		})
	}
	wg.Wait()
}

// FuzzParse feeds arbitrary words and tags: Parse must not panic and must
// return a tree.
func FuzzParse(f *testing.F) {
	f.Add("Israel said Hamas fired rockets .", "NNP VBD NNP VBD NNS .")
	f.Add("", "")
	f.Add("a", "ZZZ")
	f.Fuzz(func(t *testing.T, text, tags string) {
		p := defaultParser(t)
		toks := words(text, strings.Fields(tags)...)
		p.Parse(toks)
		checkTree(t, toks)
	})
}
