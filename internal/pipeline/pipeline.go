package pipeline

import (
	"context"
	"errors"
	"io"
	"runtime"
	"sync"

	"dyad/internal/model"
)

// Source yields articles one at a time. Next returns io.EOF when the input
// is exhausted. A problem with one record is a diagnostic on a returned
// article (or on an article with no text), not an error: an error stops the run.
type Source interface {
	Next() (*model.Article, error)
}

// Stage adds one layer to an article. Process must not keep a reference to
// the article after it returns, and must be safe to call from many
// goroutines at once.
type Stage interface {
	Name() string
	Process(a *model.Article)
}

// StageFunc adapts a function to a Stage.
type StageFunc struct {
	StageName string
	Fn        func(*model.Article)
}

func (s StageFunc) Name() string             { return s.StageName }
func (s StageFunc) Process(a *model.Article) { s.Fn(a) }

// Sink receives finished articles in input order. An error stops the run.
type Sink func(a *model.Article) error

// Options configures a run.
type Options struct {
	Workers int // goroutines processing articles; 0 means GOMAXPROCS
	// Buffer is how many articles may be in flight; 0 means 4 per worker.
	Buffer int
}

type item struct {
	seq int
	a   *model.Article
}

// Run reads src to its end, passes every article through stages and hands
// them to sink in input order. It returns the first error from the source
// or the sink, or ctx's error when cancelled.
func Run(ctx context.Context, src Source, stages []Stage, sink Sink, opt Options) error {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	buf := opt.Buffer
	if buf <= 0 {
		buf = 4 * workers
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	in := make(chan item, buf)
	out := make(chan item, buf)
	// slots bounds the articles between reading and the sink, so that one
	// slow article cannot make the reorder buffer grow without limit.
	slots := make(chan struct{}, buf+workers)
	var srcErr error
	go func() {
		defer close(in)
		for seq := 0; ; seq++ {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			a, err := src.Next()
			if err != nil {
				if !errors.Is(err, io.EOF) {
					srcErr = err
				}
				return
			}
			select {
			case in <- item{seq, a}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range in {
				for _, s := range stages {
					s.Process(it.a)
				}
				select {
				case out <- it:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	// Reorder: hold early finishers until their predecessors are out.
	pending := map[int]*model.Article{}
	next := 0
	var sinkErr error
	for it := range out {
		if sinkErr != nil {
			continue
		}
		pending[it.seq] = it.a
		for {
			a, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err := sink(a); err != nil {
				sinkErr = err
				cancel()
				break
			}
		}
	}
	switch {
	case sinkErr != nil:
		return sinkErr
	case srcErr != nil:
		return srcErr
	}
	return ctx.Err()
}
