package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"dyad/internal/eval"
	"dyad/internal/model"
	"dyad/internal/ontology"
	"dyad/internal/pipeline"
)

func init() { evalModes.fallback = runEvalEvents }

// runEvalEvents is `dyad eval GOLD.jsonl`: it codes every gold record
// through the same stages as `dyad code` and scores the events, as
// (source, target, code) triples or, for PentaClass gold, by class.
func runEvalEvents(ctx context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	// The same coding flags as `dyad code`, so that an evaluation codes as a
	// run would; places do not change the scores, so geo is off by default,
	// and --petrarch-dicts none opts out of the dictionaries beside the gold.
	var st stageFlags
	st.register(fs)
	st.noGeo = true
	fs.Lookup("no-geo").DefValue = "true"
	penta := fs.Bool("pentaclass", false, "score PentaClass labels (chosen automatically when the gold has them)")
	onlySel := fs.Bool("only-selected", false, "score only records with selected_by_file_include (PETRARCH's Include line)")
	misses := fs.Int("misses", 20, "list misses and false alarms of this many failing records (-1: all)")
	asJSON := fs.Bool("json", false, "print the full report as JSON")
	categories := fs.String("category", "", "score only records of these categories, comma-separated (e.g. DEMO,COMPOUND)")
	minPass := fs.Int("min-pass", 0, "fail when fewer records pass (for CI)")
	minCov := fs.Float64("min-coverage", 0, "PentaClass: fail below this coverage, 0–1 (for CI)")
	minPrec := fs.Float64("min-precision", 0, "PentaClass: fail below this precision, 0–1 (for CI)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: dyad eval GOLD.jsonl [flags]\n\n"+
			"Codes every record of GOLD.jsonl (id, date, text, expected [{source,target,code}])\n"+
			"and scores the events: triples as multisets (PETRARCH's rule) with precision,\n"+
			"recall and F1 exact, by dyad, root code and QuadClass, per root and category;\n"+
			"or PentaClass coverage and precision with source/target span agreement.\n"+
			"For PETRARCH's suite, the PETR.*.txt dictionaries beside the gold are used\n"+
			"unless --petrarch-dicts names others (or is \"none\": the shipped ones).\n\nflags:\n")
		fs.PrintDefaults()
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usagef("%v", err)
	}
	if len(paths) != 1 {
		return usagef("want one gold file, got %d (see dyad help eval)", len(paths))
	}
	recs, err := eval.ReadGoldFile(paths[0])
	if err != nil {
		return err
	}
	if *categories != "" {
		recs = filterCategories(recs, *categories)
	}
	if *onlySel { // before coding: unselected records are not worth the time
		recs = slices.DeleteFunc(recs, func(r eval.Record) bool { return !r.Selected })
	}
	if len(recs) == 0 {
		return fmt.Errorf("%s: no records", paths[0])
	}
	opt := st.options()
	if opt.PetrarchDicts == "none" {
		opt.PetrarchDicts = ""
	} else if opt.PetrarchDicts == "" {
		if dir := filepath.Dir(paths[0]); hasPetrarchDicts(dir) {
			opt.PetrarchDicts = dir
			fmt.Fprintf(env.Stderr, "dyad eval: coding with the PETRARCH dictionaries beside the gold in %s\n", dir)
		}
	}
	arts, err := codeRecords(ctx, recs, opt, st.workers)
	if err != nil {
		return err
	}
	topt := eval.TripleOptions{IncludeFlagged: st.includeFlagged}
	if *penta && !recs[0].HasPenta() {
		return fmt.Errorf("%s: --pentaclass, but the records have no penta_class labels", paths[0])
	}
	if recs[0].HasPenta() {
		pred := make([][]eval.PentaEvent, len(arts))
		for i, a := range arts {
			pred[i] = eval.PentaEvents(a, topt)
		}
		rep := eval.ScorePenta(recs, pred)
		if *asJSON {
			if err := writeJSON(env.Stdout, rep); err != nil {
				return err
			}
		} else {
			printPenta(env.Stdout, paths[0], rep, recs, arts, *misses)
		}
		switch {
		case rep.Coverage < *minCov:
			return fmt.Errorf("coverage %.4f below --min-coverage %.4f", rep.Coverage, *minCov)
		case rep.Precision < *minPrec:
			return fmt.Errorf("precision %.4f below --min-precision %.4f", rep.Precision, *minPrec)
		}
		return nil
	}
	pred := make([][]eval.Triple, len(arts))
	for i, a := range arts {
		pred[i] = eval.Triples(a, topt)
	}
	rep := eval.Score(recs, pred, eval.ScoreOptions{OnlySelected: *onlySel})
	if *asJSON {
		if err := writeJSON(env.Stdout, rep); err != nil {
			return err
		}
	} else {
		printTriples(env.Stdout, paths[0], rep, recs, arts, *misses)
	}
	if rep.Passed < *minPass {
		return fmt.Errorf("%d records pass, below --min-pass %d", rep.Passed, *minPass)
	}
	return nil
}

// parseInterleaved parses flags that may come before or after the
// positional arguments ("GOLD.jsonl --pentaclass").
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseModeFlags(fs, args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func hasPetrarchDicts(dir string) bool {
	m, _ := filepath.Glob(filepath.Join(dir, "PETR.*.verbs.txt"))
	return len(m) > 0
}

// stageOptionsFor maps a record's PETRARCH options onto the coding options:
// new_actor_length becomes the coder's NewActorWords. require_dyad is
// applied by the scorer; the comma_* clause limits act on the record's
// Treebank parse when it has one (eval.Articles), before coding. Records
// are grouped by the options they need, so each distinct set loads its
// stages once.
func stageOptionsFor(base StageOptions, r eval.RecordOptions) StageOptions {
	if r.NewActorLength > 0 {
		base.NewActorWords = r.NewActorLength
	}
	return base
}

// sliceSource feeds prepared articles to the pipeline.
type sliceSource struct {
	arts []*model.Article
	i    int
}

func (s *sliceSource) Next() (*model.Article, error) {
	if s.i >= len(s.arts) {
		return nil, io.EOF
	}
	s.i++
	return s.arts[s.i-1], nil
}

// codeRecords builds an article per record and runs each group of records
// that needs the same stage options through its stages.
func codeRecords(ctx context.Context, recs []eval.Record, base StageOptions, workers int) ([]*model.Article, error) {
	arts := eval.Articles(recs)
	groups := map[string][]int{}
	gopt := map[string]StageOptions{}
	var order []string
	for i := range recs {
		o := stageOptionsFor(base, recs[i].Options)
		k := fmt.Sprintf("%+v", o)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
			gopt[k] = o
		}
		groups[k] = append(groups[k], i)
	}
	coder := func(o StageOptions) eval.Coder {
		return func(ctx context.Context, batch []*model.Article) error {
			stages, err := codingStages(o)
			if err != nil {
				return err
			}
			return pipeline.Run(ctx, &sliceSource{arts: batch}, stages, func(*model.Article) error { return nil }, pipeline.Options{Workers: workers})
		}
	}
	for _, k := range order {
		batch := make([]*model.Article, len(groups[k]))
		for j, i := range groups[k] {
			batch[j] = arts[i]
		}
		if err := coder(gopt[k])(ctx, batch); err != nil {
			return nil, err
		}
	}
	return arts, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func pct(f float64) string { return fmt.Sprintf("%.1f", 100*f) }

func printTriples(w io.Writer, file string, rep *eval.Report, recs []eval.Record, arts []*model.Article, misses int) {
	fmt.Fprintf(w, "%s: %d records, %d pass exactly (%s%%)\n\n", file, rep.Records, rep.Passed, pct(rep.PassRate()))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "level\tTP\tFP\tFN\tP%\tR%\tF1%\t  compares")
	for _, l := range rep.Levels {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\t  %s\n", l.Level, l.TP, l.FP, l.FN, pct(l.Precision), pct(l.Recall), pct(l.F1), l.Doc)
	}
	tw.Flush()
	fmt.Fprintln(w, "\nexact triples per root code (gold root for misses, predicted root for false alarms):")
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "root\tTP\tFP\tFN\tP%\tR%\tF1%\t  name")
	for _, g := range rep.PerRoot {
		name := ""
		if e, ok := ontology.Event(g.Name); ok {
			name = e.Name
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\t  %s\n", g.Name, g.TP, g.FP, g.FN, pct(g.Precision), pct(g.Recall), pct(g.F1), strings.ToLower(name))
	}
	tw.Flush()
	if len(rep.PerCategory) > 1 {
		fmt.Fprintln(w, "\nper category:")
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "category\trecords\tpass\tpass%\tP%\tR%\tF1%\t")
		for _, g := range rep.PerCategory {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t%s\t\n", g.Name, g.Records, g.Passed, pct(float64(g.Passed)/float64(g.Records)), pct(g.Precision), pct(g.Recall), pct(g.F1))
		}
		tw.Flush()
	}
	if misses == 0 {
		return
	}
	fmt.Fprintln(w, "\nfailing records:")
	shown := 0
	for _, r := range rep.Results {
		if r.Pass {
			continue
		}
		if misses > 0 && shown == misses {
			fmt.Fprintf(w, "  … %d more (--misses -1 lists all)\n", rep.Records-rep.Passed-shown)
			break
		}
		shown++
		rec := &recs[r.Index]
		fmt.Fprintf(w, "  %s [%s] %s:%d\n    %s\n", r.ID, r.Category, rec.File, rec.Line, clip(rec.Text, 160))
		if t := arts[r.Index].Text; t != rec.Text && rec.Parse != "" {
			// PETRARCH codes the words of the record's parse
			fmt.Fprintf(w, "    parse: %s\n", clip(t, 160))
		}
		if rec.ExpectedError != "" {
			fmt.Fprintf(w, "    expected: %s (no events)\n", rec.ExpectedError)
		}
		for _, t := range r.Misses {
			fmt.Fprintf(w, "    miss:  %s\n", t)
		}
		for _, t := range r.FalseAlarms {
			fmt.Fprintf(w, "    false: %s%s\n", t, patternOf(arts[r.Index], t))
		}
		for _, t := range r.Dropped {
			fmt.Fprintf(w, "    (dropped by require_dyad: %s)\n", t)
		}
	}
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func printPenta(w io.Writer, file string, rep *eval.PentaReport, recs []eval.Record, arts []*model.Article, misses int) {
	fmt.Fprintf(w, "%s: %d sentences, %d coded, %d with an event of the gold PentaClass\n\n", file, rep.Sentences, rep.Coded, rep.Correct)
	fmt.Fprintf(w, "coverage (right class / sentences)   %s%%\n", pct(rep.Coverage))
	fmt.Fprintf(w, "precision (right class / coded)      %s%%\n", pct(rep.Precision))
	fmt.Fprintf(w, "F1                                   %s%%\n", pct(rep.F1))
	fmt.Fprintf(w, "source words overlap gold            %s%% of %d (mean token F1 %.2f)\n", pct(rep.Source.Rate), rep.Source.Gold, rep.Source.TokenF1)
	fmt.Fprintf(w, "target words overlap gold            %s%% of %d (mean token F1 %.2f)\n\n", pct(rep.Target.Rate), rep.Target.Gold, rep.Target.TokenF1)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "gold \\ coded\t0\t1\t2\t3\t4\tnone\t\tR%\tP%\t")
	for g := range 5 {
		fmt.Fprintf(tw, "%d %s\t", g, eval.PentaNames[g])
		for p := range 6 {
			fmt.Fprintf(tw, "%d\t", rep.Confusion[g][p])
		}
		pc := rep.PerClass[g]
		fmt.Fprintf(tw, "\t%s\t%s\t\n", pct(pc.Recall), pct(pc.Precision))
	}
	tw.Flush()
	if misses == 0 {
		return
	}
	fmt.Fprintln(w, "\nsentences without an event of the gold class:")
	shown := 0
	for _, r := range rep.Results {
		if r.Correct {
			continue
		}
		if misses > 0 && shown == misses {
			fmt.Fprintf(w, "  … %d more (--misses -1 lists all)\n", rep.Sentences-rep.Correct-shown)
			break
		}
		shown++
		var coded []string
		for _, ev := range arts[r.Index].Events {
			coded = append(coded, fmt.Sprintf("%s→%s %s", orNone(ev.Source.Code), orNone(ev.Target.Code), ev.Code))
		}
		fmt.Fprintf(w, "  %s gold %d (%s), coded %v %s\n    %s\n", r.ID, r.Gold, eval.PentaNames[r.Gold], r.Predicted, strings.Join(coded, "; "), clip(recs[r.Index].Text, 160))
	}
}

func orNone(s string) string {
	if s == "" {
		return eval.NoActor
	}
	return s
}

// Interface check: the pipeline's sources are satisfied by sliceSource.
var _ pipeline.Source = (*sliceSource)(nil)

// patternOf names the pattern that coded a false alarm, so that whoever
// fixes the dictionaries can go straight to it.
func patternOf(a *model.Article, t eval.Triple) string {
	for i := range a.Events {
		if ev := &a.Events[i]; eval.TripleOf(ev) == t && ev.Explanation.Pattern != "" {
			return "  (pattern " + ev.Explanation.Pattern + ")"
		}
	}
	return ""
}

// filterCategories keeps the records whose category is in the list.
func filterCategories(recs []eval.Record, list string) []eval.Record {
	want := map[string]bool{}
	for _, c := range strings.Split(list, ",") {
		want[strings.TrimSpace(c)] = true
	}
	var out []eval.Record
	for _, r := range recs {
		if want[r.Category] {
			out = append(out, r)
		}
	}
	return out
}
