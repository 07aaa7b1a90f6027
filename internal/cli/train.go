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
	ship := tag.Shipped()
	iters := fs.Int("iters", ship.Iters, "training iterations")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	seeds := fs.Int("seeds", ship.Seeds, "models, with seeds -seed, -seed+1, …, averaged into one")
	prune := fs.Float64("prune", ship.Prune, "drop weights below this fraction of the largest")
	bidi := fs.Bool("bidi", ship.Bidirectional, "also train a right-to-left model and sum both directions' scores")
	corpora := fs.Bool("corpora", true, "count the corpus lexicon from ../shared/corpora")
	corpusBytes := fs.Int("corpus-bytes", 0, "read at most this many bytes of corpus text (0: all)")
	extended := fs.Bool("extended", ship.Extended, "add the casing and word-class features")
	lexBidi := fs.Bool("lexicon-bidi", ship.LexiconBidi, "tag the corpora for the lexicon with a first tagger trained in both directions")
	clusters := fs.Int("clusters", ship.Clusters, "with -extended: word classes learnt from the corpora (-1: none)")
	dev := fs.Bool("dev", false, "score the dev sets after every iteration (slower; for choosing -iters)")
	if err := parseModeFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	log := env.Logger()
	train, devSents, err := tag.TrainingData(*shared)
	if err != nil {
		return err
	}
	opt := tag.TrainOptions{Iters: *iters, Seed: *seed, Seeds: *seeds, Prune: *prune, Bidirectional: *bidi, Extended: *extended, LexiconBidi: *lexBidi, Clusters: *clusters, Logger: log}
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
