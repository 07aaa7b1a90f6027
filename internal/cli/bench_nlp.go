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
	"sync"
	"sync/atomic"
	"time"

	"dyad/internal/model"
	"dyad/internal/nlp"
	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/tag"
	"dyad/internal/nlp/token"
)

func init() {
	benchModes.add("nlp", subcommand{
		Summary: "sentences per second of the NLP stage (tokenize, tag, lemma, parse), one core and all",
		Run:     runBenchNLP,
	})
}

func runBenchNLP(ctx context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("dyad bench nlp", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	shared := fs.String("shared", "../shared", "shared data folder; with no file, EWT test's raw text is used")
	maxBytes := fs.Int("bytes", 20<<20, "read at most about this many bytes of a JSONL corpus's text")
	minTime := fs.Duration("time", 3*time.Second, "run each measurement at least this long")
	fast := fs.Bool("fasttag", false, "tag left to right only (the faster, less accurate tagger)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: dyad bench nlp [-shared DIR] [-bytes N] [-time D] [-fasttag] [FILE.conllu[.gz] | CORPUS.jsonl[.gz]]\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := parseModeFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	path := filepath.Join(*shared, tag.EWTTest)
	if fs.NArg() > 1 {
		return usagef("want at most one input file")
	}
	if fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	texts, err := benchTexts(path, *maxBytes)
	if err != nil {
		return err
	}
	if len(texts) == 0 {
		return fmt.Errorf("%s: no text to process", path)
	}
	start := time.Now()
	st, err := nlp.New(nlp.Options{FastTagging: *fast})
	if err != nil {
		return err
	}
	load := time.Since(start)
	bytes := 0
	for _, t := range texts {
		bytes += len(t)
	}
	fmt.Fprintf(env.Stdout, "input %s: %d texts, %d bytes; models loaded in %s\n", path, len(texts), bytes, load.Round(time.Millisecond))
	procs := runtime.GOMAXPROCS(0)
	for _, workers := range []int{1, procs} {
		// One core means one core: the runtime's helpers (GC) too.
		runtime.GOMAXPROCS(workers)
		cpu0 := cpuTime()
		sents, toks, elapsed, err := benchRun(ctx, st, texts, workers, *minTime)
		cpu := cpuTime() - cpu0
		runtime.GOMAXPROCS(procs)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%d core(s): %.0f sentences/s, %.0f tokens/s (%d sentences in %s)",
			workers, float64(sents)/elapsed.Seconds(), float64(toks)/elapsed.Seconds(), sents, elapsed.Round(time.Millisecond))
		// On a shared machine wall time undercounts; CPU time says what
		// one core does when it is ours.
		if cpu > 0 {
			fmt.Fprintf(env.Stdout, "; %.0f sentences per CPU second (%s CPU)", float64(sents)/cpu.Seconds(), cpu.Round(time.Millisecond))
		}
		fmt.Fprintln(env.Stdout)
		if procs == 1 {
			break
		}
	}
	fmt.Fprintf(env.Stdout, "peak RSS: %s\n", peakRSS())
	return nil
}

// benchRun processes texts over and over on workers goroutines until at
// least minTime has passed.
func benchRun(ctx context.Context, st *nlp.Stage, texts []string, workers int, minTime time.Duration) (sents, toks int64, elapsed time.Duration, err error) {
	start := time.Now()
	for elapsed < minTime {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				var s, k int64
				for {
					i := int(next.Add(1) - 1)
					if i >= len(texts) {
						break
					}
					a := model.Article{Text: texts[i]}
					st.Process(&a)
					s += int64(len(a.Sentences))
					for _, sent := range a.Sentences {
						k += int64(len(sent.Tokens))
					}
				}
				atomic.AddInt64(&sents, s)
				atomic.AddInt64(&toks, k)
			})
		}
		wg.Wait()
		elapsed = time.Since(start)
		if err := ctx.Err(); err != nil {
			return 0, 0, 0, err
		}
	}
	return sents, toks, elapsed, nil
}

// benchTexts reads the texts to process: the raw text of a CoNLL-U file cut
// at paragraph breaks, or the "text" field of a JSONL corpus (gzipped when
// named .gz).
func benchTexts(path string, maxBytes int) ([]string, error) {
	name := strings.TrimSuffix(path, ".gz")
	if strings.HasSuffix(name, ".conllu") {
		gold, err := conllu.ReadFile(path)
		if err != nil {
			return nil, err
		}
		var out []string
		for _, p := range strings.Split(token.Rebuild(gold).Text, "\n\n") {
			if strings.TrimSpace(p) != "" {
				out = append(out, p)
			}
		}
		return out, nil
	}
	return tag.ReadCorpora("", []string{path}, maxBytes)
}

// cpuTime is the user and system CPU time of the process so far, read from
// /proc/self/stat (Linux, in clock ticks of 1/100 s); 0 where there is none.
func cpuTime() time.Duration {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	// Fields after the command name, which is in parentheses and may hold
	// spaces: state is field 3, utime 14, stime 15.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	u, err1 := strconv.ParseInt(f[11], 10, 64)
	s, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	return time.Duration(u+s) * 10 * time.Millisecond
}
