package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"dyad/internal/model"
)

type sliceSource struct {
	n, i int
	err  error // returned after n articles instead of io.EOF
}

func (s *sliceSource) Next() (*model.Article, error) {
	if s.i >= s.n {
		if s.err != nil {
			return nil, s.err
		}
		return nil, io.EOF
	}
	s.i++
	return &model.Article{ID: fmt.Sprint(s.i - 1), Text: strings.Repeat("x", s.i%7)}, nil
}

// slowFirst delays every 10th article so that workers finish out of order.
var slowFirst = StageFunc{StageName: "slow", Fn: func(a *model.Article) {
	if a.ID[len(a.ID)-1] == '0' {
		time.Sleep(2 * time.Millisecond)
	}
	a.Title = "seen " + a.ID
}}

func TestRunKeepsOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 8} {
		var got []string
		err := Run(context.Background(), &sliceSource{n: 200}, []Stage{slowFirst}, func(a *model.Article) error {
			if a.Title != "seen "+a.ID {
				t.Errorf("article %s not processed", a.ID)
			}
			got = append(got, a.ID)
			return nil
		}, Options{Workers: workers, Buffer: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 200 {
			t.Fatalf("workers=%d: %d articles, want 200", workers, len(got))
		}
		for i, id := range got {
			if id != fmt.Sprint(i) {
				t.Fatalf("workers=%d: position %d has article %s", workers, i, id)
			}
		}
	}
}

func TestRunErrors(t *testing.T) {
	srcErr := errors.New("disk gone")
	err := Run(context.Background(), &sliceSource{n: 5, err: srcErr}, nil, func(*model.Article) error { return nil }, Options{})
	if !errors.Is(err, srcErr) {
		t.Errorf("source error: got %v", err)
	}
	sinkErr := errors.New("pipe closed")
	var n atomic.Int32
	err = Run(context.Background(), &sliceSource{n: 1000}, []Stage{slowFirst}, func(*model.Article) error {
		if n.Add(1) == 3 {
			return sinkErr
		}
		return nil
	}, Options{Workers: 2})
	if !errors.Is(err, sinkErr) {
		t.Errorf("sink error: got %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Run(ctx, &sliceSource{n: 1000}, nil, func(*model.Article) error { return nil }, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v", err)
	}
}
