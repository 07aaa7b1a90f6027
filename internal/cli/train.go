package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/tag"
)

func init() {
	trainModes.add("tagger", subcommand{
		Summary: "train the POS tagger on ../shared/ud (EWT + GUM's shippable genres)",
		Run:     runTrainTagger,
	})
}

func runTrainTagger(_ context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("dyad train tagger", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	shared := fs.String("shared", "../shared", "shared data folder holding ud/")
	out := fs.String("out", "internal/nlp/tag/model/tagger.bin.gz", "model file to write")
	iters := fs.Int("iters", 0, "training iterations (0: the default)")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	prune := fs.Float64("prune", 0, "drop weights below this fraction of the largest (0: the default)")
	bidi := fs.Bool("bidi", true, "also train a right-to-left model and sum both directions' scores")
	corpora := fs.Bool("corpora", true, "count the corpus lexicon from ../shared/corpora")
	corpusBytes := fs.Int("corpus-bytes", 0, "read at most this many bytes of corpus text (0: all)")
	extended := fs.Bool("extended", false, "add the casing and word-class features (better on EWT dev, not on test)")
	clusters := fs.Int("clusters", 0, "with -extended: word classes learnt from the corpora (0: the default, 256; -1: none)")
	dev := fs.Bool("dev", false, "score the dev sets after every iteration (slower; for choosing -iters)")
	if err := parseModeFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	log := env.Logger()
	train, devSents, err := tag.TrainingData(*shared)
	if err != nil {
		return err
	}
	opt := tag.TrainOptions{Iters: *iters, Seed: *seed, Prune: *prune, Bidirectional: *bidi, Extended: *extended, Clusters: *clusters, Logger: log}
	if *corpora {
		if opt.Unlabeled, err = tag.ReadCorpora(*shared, tag.Corpora, *corpusBytes); err != nil {
			return err
		}
	}
	if *dev {
		ewtDev, err := conllu.ReadFile(filepath.Join(*shared, tag.EWTDev))
		if err != nil {
			return err
		}
		opt.Dev = ewtDev
	}
	start := time.Now()
	t, err := tag.Train(train, opt)
	if err != nil {
		return err
	}
	if err := t.Save(*out); err != nil {
		return err
	}
	st, err := os.Stat(*out)
	if err != nil {
		return err
	}
	classes, feats, weights := t.Size()
	s := tag.Score(t, devSents)
	fmt.Fprintf(env.Stdout, "trained on %d sentences in %s: %d classes, %d features, %d weights, %s %d bytes\n",
		len(train), time.Since(start).Round(time.Second), classes, feats, weights, *out, st.Size())
	fmt.Fprintf(env.Stdout, "dev (EWT+GUM shippable, %d words): UPOS %.2f  XPOS %.2f\n", s.Words, s.UPOS(), s.XPOS())
	return nil
}
