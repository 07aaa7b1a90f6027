package cli

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"

	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/token"
)

func init() {
	evalModes.add("seg", subcommand{
		Summary: "score the tokenizer and sentence splitter on the raw text of CoNLL-U files",
		Run:     runEvalSeg,
	})
}

// runEvalSeg rebuilds the raw text of each treebank file, segments it and
// prints sentence and token precision, recall and F1.
func runEvalSeg(_ context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("eval seg", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: dyad eval seg FILE.conllu[.gz]...\n\n"+
			"Rebuilds each file's raw text (paragraphs from newpar/newdoc, SpaceAfter=No),\n"+
			"segments it, and scores sentence spans and token spans against the gold words.\n")
		fs.PrintDefaults()
	}
	if err := parseModeFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	if fs.NArg() == 0 {
		return usagef("eval seg: want at least one CoNLL-U file")
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\tunit\tgold\tsystem\tcorrect\tP%\tR%\tF1%\t")
	for _, path := range fs.Args() {
		gold, err := conllu.ReadFile(path)
		if err != nil {
			return fmt.Errorf("eval seg: %w", err)
		}
		sc := token.EvalSegmentation(gold)
		for _, row := range []struct {
			unit string
			s    token.PRF
		}{{"sentences", sc.Sentences}, {"tokens", sc.Tokens}} {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", path, row.unit, row.s.Gold, row.s.System, row.s.Correct,
				100*row.s.P(), 100*row.s.R(), 100*row.s.F1())
		}
	}
	return tw.Flush()
}
