package kb

import (
	"os"
	"strings"
	"testing"
	"time"

	"dyad/internal/clean"
	"dyad/internal/model"
	"dyad/internal/nlp/token"
	"dyad/internal/sharedtest"
)

// TestRafahExample codes the actors of the shared example article (dated
// 2024-03-19), the case the issue names: Spicer is a former official,
// Biden and Netanyahu are in office, and the U.N. human rights chief is
// IGOUNOHRI.
func TestRafahExample(t *testing.T) {
	p := sharedtest.Path(t, "examples/rafah-2024-03-19.txt")
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	// "date YYYY-MM-DD" starts the file; the text follows (on the same line
	// in this file).
	rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(raw)), "date"))
	date, body, _ := strings.Cut(rest, " ")
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		t.Fatalf("%s: date %q: %v", p, date, err)
	}
	a := &model.Article{Date: d, Raw: body}
	clean.Article(a)
	a.Sentences = token.Segment(a.Text)
	defaultKB(t).Annotate(a)
	got := map[string]map[string]bool{} // code → mention texts
	for _, s := range a.Sentences {
		for _, ac := range s.Actors {
			if got[ac.Code] == nil {
				got[ac.Code] = map[string]bool{}
			}
			got[ac.Code][ac.Span.Text(a.Text)] = true
		}
	}
	for _, want := range []struct{ code, mention string }{
		{"USAELI", "former White House press secretary Sean Spicer"},
		{"USAGOV", "President Joe Biden"},
		{"ISRGOV", "Prime Minister Benjamin Netanyahu"},
		{"ISRGOV", "Netanyahu"},
		{"IGOUNOHRI", "the U.N. human rights chief"},
		{"PSEREBHMS", "Hamas"},
		{"USA", "United States"},
	} {
		if !got[want.code][want.mention] {
			t.Errorf("no %s actor %q; got %v", want.code, want.mention, got)
		}
	}
	for _, bad := range []string{"ISRELI", "USAOPP", "ISROPP", "ISRMIL"} {
		if len(got[bad]) > 0 {
			t.Errorf("unexpected %s: %v", bad, got[bad])
		}
	}
}
