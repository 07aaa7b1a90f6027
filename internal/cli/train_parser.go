package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/parse"
	"dyad/internal/nlp/tag"
)

func init() {
	trainModes.add("parser", subcommand{
		Summary: "train the dependency parser on UD English (EWT + GUM non-NC train)",
		Run:     runTrainParser,
	})
}

func runTrainParser(_ context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("train parser", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	shared := fs.String("shared", "../shared", "shared data folder (with ud/EWT and ud/GUM)")
	out := fs.String("out", "internal/nlp/parse/model/parser.bin.gz", "model file to write")
	iters := fs.Int("iters", 0, "training passes (0: the default)")
	tags := fs.String("tags", "jackknife", "tags to train on: gold, or jackknife (each fold tagged by a tagger trained on the others, as new text will be)")
	folds := fs.Int("folds", 5, "folds for -tags jackknife")
	foldBidi := fs.Bool("fold-bidi", true, "train the -tags jackknife fold taggers in both directions, as the shipped tagger is (dyad train tagger -bidi)")
	foldCorpora := fs.Bool("fold-corpora", true, "give the fold taggers the corpus lexicon from ../shared/corpora, as the shipped tagger has (dyad train tagger -corpora)")
	clusters := fs.Bool("clusters", true, "cluster the words of ../shared/corpora by their neighbours and give the parser cluster features")
	levels := fs.Int("levels", 0, "quantisation levels of the written weights (0: the default)")
	dev := fs.Bool("dev", true, "log EWT dev scores after every pass")
	if err := parseModeFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	if fs.NArg() > 0 {
		return usagef("train parser takes no arguments, have %q", fs.Args())
	}
	log := env.Logger()
	train, err := parse.ReadTrainingSet(*shared)
	if err != nil {
		return err
	}
	opt := parse.TrainOptions{Iters: *iters, Levels: *levels, Logger: log}
	// The corpora feed both the word clusters and the fold taggers' lexicon.
	var corpora []string
	if *clusters || (*tags == "jackknife" && *foldCorpora) {
		if corpora, err = tag.ReadCorpora(*shared, tag.Corpora, 0); err != nil {
			return err
		}
	}
	if *clusters {
		opt.Clusters = parse.BuildClusters(corpora, parse.ClusterOptions{})
		log.Info("word clusters", "words", len(opt.Clusters))
	}
	if *dev {
		if opt.Dev, err = conllu.ReadFile(filepath.Join(*shared, "ud/EWT/en_ewt-ud-dev.conllu.gz")); err != nil {
			return err
		}
	}
	switch *tags {
	case "gold":
	case "jackknife":
		// The fold taggers are trained the way the shipped tagger is (both
		// directions, the corpus lexicon), so that the training tags make
		// the mistakes the tags of new text will; they see 4/5 of the data,
		// so they are still a little weaker than the shipped tagger.
		topt := tag.TrainOptions{Bidirectional: *foldBidi, Logger: log}
		if *foldCorpora {
			topt.Unlabeled = corpora
		}
		train, err = parse.Jackknife(train, *folds, func(in []*conllu.Sentence) (parse.TagFunc, error) {
			log.Info("training a fold tagger", "sentences", len(in))
			t, err := tag.Train(in, topt)
			if err != nil {
				return nil, err
			}
			return t.Tag, nil
		})
		if err != nil {
			return err
		}
		if len(opt.Dev) > 0 {
			t, err := tag.Default()
			if err != nil {
				return err
			}
			opt.Dev = parse.Retag(opt.Dev, t.Tag)
		}
	default:
		return usagef("-tags: want gold or jackknife, have %q", *tags)
	}
	start := time.Now()
	p, err := parse.Train(train, opt)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := p.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", *out, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "trained on %d sentences in %s; wrote %s\n", len(train), time.Since(start).Round(time.Second), *out)
	return nil
}
