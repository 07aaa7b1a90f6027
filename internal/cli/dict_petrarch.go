package cli

import (
	"context"
	"flag"
	"fmt"
	"sync"
	"text/tabwriter"

	"dyad/internal/clean"
	"dyad/internal/coder"
	"dyad/internal/geo"
	"dyad/internal/kb"
	"dyad/internal/kb/events"
	"dyad/internal/kb/petrarch"
	"dyad/internal/nlp"
	"dyad/internal/pipeline"
)

func init() {
	dictModes.add("petrarch", subcommand{
		Summary: "load a folder of PETRARCH/TABARI dictionaries and report what loads and what is skipped",
		Run:     runDictPetrarch,
	})
}

// petrarchLoaded caches each folder's compiled dictionaries: eval builds
// stages once per group of record options, and they all share one folder.
var petrarchLoaded sync.Map // dir → *petrarchCompiled

type petrarchCompiled struct {
	once sync.Once
	d    *petrarch.Dicts
	k    *kb.KB
	set  *events.Set
	err  error
}

func loadPetrarch(dir string) (*petrarchCompiled, error) {
	v, _ := petrarchLoaded.LoadOrStore(dir, &petrarchCompiled{})
	c := v.(*petrarchCompiled)
	c.once.Do(func() {
		c.d, c.err = petrarch.LoadDir(dir)
		if c.err != nil {
			return
		}
		c.k, c.err = c.d.KB()
		c.set = c.d.Events()
	})
	return c, c.err
}

// petrarchStages is codingStages with a folder of PETRARCH/TABARI
// dictionaries in place of the shipped actor, agent, discard and event
// dictionaries: clean → nlp → kb → coder → PETRARCH codes → geo.
func petrarchStages(opt StageOptions) ([]pipeline.Stage, error) {
	if len(opt.Dicts) > 0 {
		return nil, usagef("--petrarch-dicts replaces the dictionaries; it cannot be combined with --dict")
	}
	pc, err := loadPetrarch(opt.PetrarchDicts)
	if err != nil {
		return nil, fmt.Errorf("--petrarch-dicts: %w", err)
	}
	stages := []pipeline.Stage{pipeline.StageFunc{StageName: "clean", Fn: clean.Article}}
	n, err := nlp.New(nlp.Options{})
	if err != nil {
		return nil, err
	}
	// PETRARCH codes every noun phrase with an agent in it, even with no
	// actor ("the official news agency said" → ---GOV); kb does not.
	stages = append(stages, n, pipeline.StageFunc{StageName: "kb", Fn: pc.k.Annotate},
		pipeline.StageFunc{StageName: "petrarch-agents", Fn: pc.d.AgentPhrases})
	// dyad's own coder options stay: PETRARCH would neither resolve
	// pronouns nor drop statements around reported acts, but neither
	// changes a record of its suite (measured 2026-11-26), and both help
	// on news.
	c, err := coder.New(coder.Options{Events: pc.set, NewActorWords: opt.NewActorWords})
	if err != nil {
		return nil, err
	}
	stages = append(stages, c, pipeline.StageFunc{StageName: "petrarch", Fn: pc.d.Finish})
	if !opt.NoGeo {
		g, err := geo.New(nil)
		if err != nil {
			return nil, err
		}
		stages = append(stages, g)
	}
	return stages, nil
}

// runDictPetrarch is `dyad dict petrarch DIR`.
func runDictPetrarch(ctx context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("dict petrarch", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	list := fs.Int("skipped", 20, "list this many skipped or approximated lines (-1: all)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: dyad dict petrarch DIR [flags]\n\n"+
			"Reads the PETRARCH/TABARI dictionaries in DIR (*verbs*.txt, CAMEO*.txt, *actors*.txt,\n"+
			"*agents*.txt, *discards*.txt) as `dyad code --petrarch-dicts DIR` would, and reports\n"+
			"the entries loaded per file and every line skipped or approximated, with reasons.\n\nflags:\n")
		fs.PrintDefaults()
	}
	pos, err := parseMode(fs, args)
	if err != nil {
		return usagef("%v", err)
	}
	if len(pos) != 1 {
		return usagef("want one folder, got %d", len(pos))
	}
	d, err := petrarch.LoadDir(pos[0])
	if err != nil {
		return err
	}
	if _, err := d.KB(); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\tkind\tentries\tphrases\tverbs\tpatterns\tskipped\t")
	for _, f := range d.Files {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t\n", f.File, f.Kind, f.Entries, f.Phrases, f.Verbs.Verbs, f.Verbs.Patterns, f.Skipped)
	}
	tw.Flush()
	reasons := map[string]int{}
	var order []string
	for _, s := range d.Skipped {
		k := s.Reason
		if s.Approx {
			k = "approximated: " + k
		}
		if reasons[k] == 0 {
			order = append(order, k)
		}
		reasons[k]++
	}
	fmt.Fprintf(env.Stdout, "\n%d lines skipped or approximated:\n", len(d.Skipped))
	for _, k := range order {
		fmt.Fprintf(env.Stdout, "  %6d  %s\n", reasons[k], k)
	}
	for i, s := range d.Skipped {
		if *list >= 0 && i >= *list {
			fmt.Fprintf(env.Stdout, "  … %d more (--skipped -1 lists all)\n", len(d.Skipped)-i)
			break
		}
		fmt.Fprintln(env.Stdout, " ", s)
	}
	return nil
}
