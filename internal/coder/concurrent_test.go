package coder

import (
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentDeterministic codes the fixtures on many goroutines at once
// with one Coder and checks every run gives the sequential result (run
// with -race to check the Coder's state is read-only).
func TestConcurrentDeterministic(t *testing.T) {
	c := testCoder(t)
	files, _ := filepath.Glob("testdata/*.conll")
	var want [][]string
	var fixtures [][]*fixture
	for range 8 {
		var fs []*fixture
		for _, f := range files {
			fs = append(fs, readFixtures(t, f)...)
		}
		fixtures = append(fixtures, fs)
	}
	for _, fx := range fixtures[0] {
		c.Process(fx.article)
		want = append(want, eventLines(fx))
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(fixtures))
	for g := 1; g < len(fixtures); g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, fx := range fixtures[g] {
				c.Process(fx.article)
				if got := eventLines(fx); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d, article %s: %q, want %q", g, fx.article.ID, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func eventLines(fx *fixture) []string {
	var out []string
	for i := range fx.article.Events {
		ev := &fx.article.Events[i]
		out = append(out, fmt.Sprintf("%s %s %v %v %v %q", ev.ID, eventKey(ev), ev.SourceSpan, ev.TargetSpan, ev.Date, ev.Explanation.Steps))
	}
	return out
}
