package cli

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"time"

	"dyad/internal/eval/extraction"
	"dyad/internal/ingest"
)

func init() {
	evalModes.add("extraction", subcommand{
		Summary: "score HTML main-text extraction on the article-extraction benchmark (P, R, F1)",
		Run:     runEvalExtraction,
	})
}

func runEvalExtraction(ctx context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("dyad eval extraction", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	focus := fs.String("focus", "balanced", "extraction focus: balanced, precision or recall")
	noFallback := fs.Bool("no-fallback", false, "do not compare with readability and DOM Distiller")
	worst := fs.Int("worst", 10, "list the `N` pages with the lowest F1")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: dyad eval extraction [DIR] [flags]\n\nScores `dyad extract` on the benchmark in DIR (default ../shared/corpora/html-benchmark:\nhtml/<id>.html.gz and ground-truth.json) with its own metric: 4-token shingles,\nper-page precision and recall averaged over pages, F1 of the means.\n\nflags:\n")
		fs.PrintDefaults()
	}
	// Flags may come before or after the folder.
	var pos []string
	for {
		if err := parseModeFlags(fs, args); err != nil {
			return usagef("%v", err)
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	dir := filepath.Join("..", "shared", "corpora", "html-benchmark")
	switch len(pos) {
	case 0:
	case 1:
		dir = pos[0]
	default:
		return usagef("want at most one benchmark folder, got %d arguments", len(pos))
	}
	switch *focus {
	case "balanced", "precision", "recall":
	default:
		return usagef("--focus %q: want balanced, precision or recall", *focus)
	}
	start := time.Now()
	res, err := extraction.Run(dir, extraction.Dyad(ingest.HTMLOptions{Focus: *focus, NoFallback: *noFallback}))
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	el := time.Since(start)
	fmt.Fprintf(env.Stdout, "pages     %d\nprecision %.4f\nrecall    %.4f\nF1        %.4f\ntime      %v (%v per page)\n",
		res.Score.Pages, res.Precision, res.Recall, res.F1, el.Round(time.Millisecond), (el / time.Duration(max(1, res.Score.Pages))).Round(time.Millisecond))
	if *worst > 0 {
		fmt.Fprintf(env.Stdout, "\nworst pages (F1, precision, recall, id, url):\n")
		for _, p := range res.Worst(*worst) {
			pr, _ := p.Counts.Precision()
			rc, _ := p.Counts.Recall()
			note := ""
			if p.Err != nil {
				note = "  (" + p.Err.Error() + ")"
			}
			fmt.Fprintf(env.Stdout, "  %.3f  %.3f  %.3f  %.12s  %s%s\n", p.F1, pr, rc, p.ID, p.URL, note)
		}
	}
	return nil
}
