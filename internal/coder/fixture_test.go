package coder

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"dyad/internal/kb/events"
	"dyad/internal/model"
)

// fixture is one article of a construction fixture file, with what each
// sentence must give.
type fixture struct {
	file    string
	article *model.Article
	expect  [][]string // per sentence: "SRC CODE TGT flags" lines, sorted
	dates   [][]string // per sentence: expected "SRC CODE TGT date" for lines with a date
	notes   []string   // per sentence: the first comment line, for messages
	lines   []int      // per sentence: line of its first token
}

// readFixtures reads a fixture file (format described in testdata/basic.conll).
func readFixtures(t *testing.T, path string) []*fixture {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*fixture
	var cur *fixture
	var toks []model.Token
	var actors []model.Actor
	var expect, dates []string
	note, firstLine := "", 0
	var text strings.Builder
	flush := func() {
		if len(toks) == 0 {
			expect, dates, actors, note = nil, nil, nil, ""
			return
		}
		if cur == nil {
			t.Fatalf("%s: sentence before any '# article' line", path)
		}
		a := cur.article
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		start := int32(text.Len())
		for i := range toks {
			if i > 0 && !noSpaceBefore(toks[i].Text) {
				text.WriteByte(' ')
			}
			toks[i].Span = model.Span{Start: int32(text.Len()), End: int32(text.Len() + len(toks[i].Text))}
			text.WriteString(toks[i].Text)
		}
		for i := range actors {
			ac := &actors[i]
			ac.Span = model.Span{Start: toks[ac.Tokens[0]].Span.Start, End: toks[ac.Tokens[1]-1].Span.End}
		}
		a.Sentences = append(a.Sentences, model.Sentence{
			Index: len(a.Sentences), Tokens: toks, Actors: actors,
			Span: model.Span{Start: start, End: int32(text.Len())},
		})
		slices.Sort(expect)
		slices.Sort(dates)
		cur.expect = append(cur.expect, expect)
		cur.dates = append(cur.dates, dates)
		cur.notes = append(cur.notes, note)
		cur.lines = append(cur.lines, firstLine)
		toks, actors, expect, dates, note = nil, nil, nil, nil, ""
	}
	sc := bufio.NewScanner(f)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		where := fmt.Sprintf("%s:%d", path, ln)
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "# article = "):
			flush()
			if cur != nil {
				cur.article.Text = text.String()
			}
			text.Reset()
			fs := strings.Fields(strings.TrimPrefix(line, "# article = "))
			d, err := time.Parse("2006-01-02", fs[1])
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			cur = &fixture{file: path, article: &model.Article{ID: fs[0], Date: d}}
			out = append(out, cur)
		case strings.HasPrefix(line, "# actor = "):
			actors = append(actors, parseActor(t, where, strings.TrimPrefix(line, "# actor = ")))
		case strings.HasPrefix(line, "# expect = "):
			fs := strings.Fields(strings.TrimPrefix(line, "# expect = "))
			if len(fs) < 3 {
				t.Fatalf("%s: want SOURCE CODE TARGET", where)
			}
			flags, date := "", ""
			for _, x := range fs[3:] {
				if d, ok := strings.CutPrefix(x, "date="); ok {
					date = d
				} else {
					flags = x
				}
			}
			expect = append(expect, strings.Join([]string{fs[0], fs[1], fs[2], flags}, " "))
			if date != "" {
				dates = append(dates, strings.Join([]string{fs[0], fs[1], fs[2], date}, " "))
			}
		case strings.HasPrefix(line, "#"):
			if note == "" && len(toks) == 0 {
				note = strings.TrimSpace(strings.TrimPrefix(line, "#"))
			}
		default:
			fs := strings.Fields(line)
			if len(fs) != 7 {
				t.Fatalf("%s: want ID FORM LEMMA UPOS XPOS HEAD DEPREL, have %q", where, line)
			}
			id, err1 := strconv.Atoi(fs[0])
			head, err2 := strconv.Atoi(fs[5])
			if err1 != nil || err2 != nil || id != len(toks)+1 {
				t.Fatalf("%s: bad id or head", where)
			}
			if len(toks) == 0 {
				firstLine = ln
			}
			toks = append(toks, model.Token{Text: fs[1], Lemma: fs[2], UPOS: fs[3], XPOS: fs[4], Head: int32(head - 1), DepRel: fs[6], SpaceAfter: true})
		}
	}
	flush()
	if cur != nil {
		cur.article.Text = text.String()
	}
	return out
}

func noSpaceBefore(w string) bool {
	switch w {
	case ".", ",", "?", "!", ";", ":", "'s", "n't":
		return true
	}
	return false
}

// parseActor reads "FIRST-LAST CODE KIND [head=N] [role=WORDS]".
func parseActor(t *testing.T, where, s string) model.Actor {
	fs := strings.Fields(s)
	if len(fs) < 3 {
		t.Fatalf("%s: want FIRST-LAST CODE KIND", where)
	}
	lo, hi, ok := strings.Cut(fs[0], "-")
	first, err1 := strconv.Atoi(lo)
	last, err2 := strconv.Atoi(hi)
	if !ok || err1 != nil || err2 != nil {
		t.Fatalf("%s: bad token range %q", where, fs[0])
	}
	a := model.Actor{Code: fs[1], Tokens: [2]int32{int32(first - 1), int32(last)}, Head: int32(last - 1), Entry: where}
	if err := a.Kind.UnmarshalText([]byte(fs[2])); err != nil || a.Kind == model.KindUnknown {
		t.Fatalf("%s: unknown kind %q", where, fs[2])
	}
	a.Country = a.Code[:3]
	firstRole := 3
	if a.Kind == model.KindAgent && len(a.Code) == 3 {
		// A bare role word ("MIL"): no country, one role.
		a.Country, firstRole = "", 0
	}
	for i := firstRole; i+3 <= len(a.Code); i += 3 {
		a.Roles = append(a.Roles, a.Code[i:i+3])
	}
	for _, x := range fs[3:] {
		k, v, _ := strings.Cut(x, "=")
		switch k {
		case "head":
			h, err := strconv.Atoi(v)
			if err != nil {
				t.Fatalf("%s: bad head %q", where, v)
			}
			a.Head = int32(h - 1)
		case "role":
			a.Role = strings.ReplaceAll(v, "_", " ")
		default:
			t.Fatalf("%s: unknown actor field %q", where, k)
		}
	}
	return a
}

func testCoder(t testing.TB) *Coder {
	t.Helper()
	set, err := events.Load(events.Options{NoDefault: true, Files: []string{"testdata/patterns.dict"}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(Options{Events: set})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func eventKey(ev *model.Event) string {
	tgt := ev.Target.Code
	if tgt == "" {
		tgt = "-"
	}
	return strings.Join([]string{ev.Source.Code, ev.Code, tgt, strings.Join(ev.Flags.Names(), ",")}, " ")
}

// TestConstructions codes every fixture sentence and compares its events
// with the sentence's expect lines: what must be coded, and nothing else.
func TestConstructions(t *testing.T) {
	c := testCoder(t)
	files, _ := filepath.Glob("testdata/*.conll")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, file := range files {
		for _, fx := range readFixtures(t, file) {
			t.Run(fx.article.ID, func(t *testing.T) { checkFixture(t, c, fx) })
		}
	}
}

// checkFixture codes fx's article with c and compares each sentence's
// events, and their dates, with its expect lines.
func checkFixture(t *testing.T, c *Coder, fx *fixture) {
	t.Helper()
	c.Process(fx.article)
	got := make([][]string, len(fx.expect))
	gotDates := make([][]string, len(fx.expect))
	for i := range fx.article.Events {
		ev := &fx.article.Events[i]
		got[ev.Sentence] = append(got[ev.Sentence], eventKey(ev))
		gotDates[ev.Sentence] = append(gotDates[ev.Sentence], strings.Join([]string{ev.Source.Code, ev.Code, orDash(ev.Target.Code), ev.Date.Format("2006-01-02")}, " "))
	}
	for si := range fx.expect {
		slices.Sort(got[si])
		if !slices.Equal(got[si], fx.expect[si]) {
			t.Errorf("%s:%d (%s):\n got  %q\n want %q", fx.file, fx.lines[si], fx.notes[si], got[si], fx.expect[si])
			for i := range fx.article.Events {
				if ev := &fx.article.Events[i]; ev.Sentence == si {
					t.Logf("  %s steps: %q", eventKey(ev), ev.Explanation.Steps)
				}
			}
		}
		for _, d := range fx.dates[si] {
			if !slices.Contains(gotDates[si], d) {
				t.Errorf("%s:%d (%s): want event dated %q, have %q", fx.file, fx.lines[si], fx.notes[si], d, gotDates[si])
			}
		}
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
