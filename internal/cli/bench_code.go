package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"dyad/internal/format"
	"dyad/internal/model"
)

func init() {
	benchModes.add("code", subcommand{
		Summary: "time the whole of `dyad code` (read, clean, parse, code, place, write) over a corpus",
		Run:     runBenchCode,
	})
}

func runBenchCode(ctx context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("dyad bench code", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var in inputFlags
	var st stageFlags
	in.register(fs)
	st.register(fs)
	limit := fs.Int("limit", 0, "stop after `N` articles (0: all)")
	form := fs.String("format", "gdelt", "output format written (to nowhere) as part of the work")
	paths, err := parseMode(fs, args)
	if err != nil {
		return usagef("%v", err)
	}
	if len(paths) == 0 {
		paths = []string{filepath.Join("..", "shared", "corpora", "wiki-current-events-2002-2026.jsonl.gz")}
	}
	fw, err := format.New(*form, discard{}, format.Options{IncludeFlagged: st.includeFlagged})
	if err != nil {
		return usagef("%v", err)
	}
	var articles, sentences, tokens, events int
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	start := time.Now()
	err = runStages(ctx, Env{Stdin: env.Stdin, Stdout: env.Stdout, Stderr: discard{}}, paths, &in, &st, func(a *model.Article) error {
		articles++
		sentences += len(a.Sentences)
		for i := range a.Sentences {
			tokens += len(a.Sentences[i].Tokens)
		}
		events += len(a.Events)
		if *limit > 0 && articles >= *limit {
			cancel()
		}
		return fw.Write(a)
	})
	elapsed := time.Since(start)
	if err != nil && ctx.Err() == nil {
		if _, bad := err.(*BadInputError); !bad {
			return err
		}
	}
	workers := st.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	sec := elapsed.Seconds()
	fmt.Fprintf(env.Stdout, "input      %s\n", strings.Join(paths, " "))
	fmt.Fprintf(env.Stdout, "workers    %d\n", workers)
	fmt.Fprintf(env.Stdout, "articles   %d (%.0f/s)\n", articles, float64(articles)/sec)
	fmt.Fprintf(env.Stdout, "sentences  %d (%.0f/s)\n", sentences, float64(sentences)/sec)
	fmt.Fprintf(env.Stdout, "tokens     %d (%.0f/s)\n", tokens, float64(tokens)/sec)
	fmt.Fprintf(env.Stdout, "events     %d\n", events)
	fmt.Fprintf(env.Stdout, "elapsed    %s\n", elapsed.Round(time.Millisecond))
	fmt.Fprintf(env.Stdout, "peak RSS   %s\n", peakRSS())
	return nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// peakRSS reads the process's high-water resident memory from /proc
// (Linux); elsewhere it says so.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown (no /proc)"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				if kb, err := strconv.Atoi(f[1]); err == nil {
					return fmt.Sprintf("%.0f MB", float64(kb)/1024)
				}
			}
		}
	}
	return "unknown"
}
