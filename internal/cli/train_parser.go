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
		Summary: "train the dependency parser on UD English (EWT + GUM non-NC train), tri-trained on ../shared/corpora",
		Run:     runTrainParser,
	})
}

func runTrainParser(_ context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("train parser", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	shared := fs.String("shared", "../shared", "shared data folder (with ud/EWT, ud/GUM and corpora)")
	out := fs.String("out", "internal/nlp/parse/model/parser.bin.gz", "model file to write")
	iters := fs.Int("iters", 0, "training passes (0: the default)")
	seed := fs.Uint64("seed", 0, "seed of shuffling and exploration (0: the default)")
	seeds := fs.Int("seeds", 5, "models, with seeds -seed, -seed+1, …, averaged into one")
	tags := fs.String("tags", "jackknife", "tags to train on: gold, or jackknife (each fold tagged by a tagger trained on the others, as new text will be)")
	folds := fs.Int("folds", 5, "folds for -tags jackknife")
	foldBidi := fs.Bool("fold-bidi", true, "train the -tags jackknife fold taggers in both directions, as the shipped tagger is (dyad train tagger -bidi)")
	foldCorpora := fs.Bool("fold-corpora", true, "give the fold taggers the corpus lexicon from ../shared/corpora, as the shipped tagger has (dyad train tagger -corpora)")
	clusters := fs.Bool("clusters", true, "cluster the words of ../shared/corpora by their neighbours and give the parser cluster features")
	tbits := fs.Uint("tbits", 0, "log2 rows of the transition weight table (0: the default)")
	lbits := fs.Uint("lbits", 0, "log2 rows of the label weight table (0: the default)")
	explore := fs.Float64("explore", 0, "probability of following the model's wrong transitions in training (0: the default)")
	levels := fs.Int("levels", 0, "quantisation levels of the written weights (0: the default)")
	dev := fs.Bool("dev", true, "log EWT dev scores after every pass")
	tagged := fs.String("tagged", "", "with -tags jackknife: read the jackknifed training set from this CoNLL-U file if it exists, else write it there (saves the fold taggers' minutes between experiments; delete it when -folds or the tagger change)")
	tri := fs.Int("tri", 20000, "tri-training: add up to this many sentences of ../shared/corpora that a left-to-right and a right-to-left parser, trained on the same data, parse alike (0: none)")
	agreed := fs.String("agreed", "", "for -tri: read the agreed corpus sentences from this CoNLL-U file if it exists, else write them there")
	l2r := fs.String("l2r", "", "for -tri: the left-to-right partner parser, read if the file exists, else trained and written there (empty: trained, not written)")
	r2l := fs.String("r2l", "", "for -tri: the right-to-left partner parser, likewise")
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
	opt := parse.TrainOptions{Iters: *iters, Seed: *seed, Seeds: *seeds, Levels: *levels, TransBits: *tbits, LabelBits: *lbits, Explore: *explore, Logger: log}
	// The corpora feed both the word clusters and the fold taggers' lexicon.
	var corpora []string
	if *clusters || *tri > 0 || (*tags == "jackknife" && *foldCorpora) {
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
		topt := tag.Shipped()
		topt.Bidirectional, topt.Logger = *foldBidi, log
		if *foldCorpora {
			topt.Unlabeled = corpora
		}
		if train, err = cachedSentences(*tagged, func() ([]*conllu.Sentence, error) {
			return parse.Jackknife(train, *folds, func(in []*conllu.Sentence) (parse.TagFunc, error) {
				log.Info("training a fold tagger", "sentences", len(in))
				t, err := tag.Train(in, topt)
				if err != nil {
					return nil, err
				}
				return t.Tag, nil
			})
		}); err != nil {
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
	if *tri > 0 {
		extra, err := triTrainingSet(train, triOptions{N: *tri, L2R: *l2r, R2L: *r2l, Agreed: *agreed, Corpora: corpora, Train: opt, Log: log})
		if err != nil {
			return err
		}
		train = append(train, extra...)
	}
	start := time.Now()
	p, err := parse.Train(train, opt)
	if err != nil {
		return err
	}
	if err := writeParser(p, *out); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "trained on %d sentences in %s; wrote %s\n", len(train), time.Since(start).Round(time.Second), *out)
	return nil
}

// cachedSentences returns the sentences in the CoNLL-U file at path when
// it exists, else builds them and, when path is set, writes them there:
// experiments reuse the jackknifed tags and the agreed corpus sentences
// instead of spending minutes on them each time.
func cachedSentences(path string, build func() ([]*conllu.Sentence, error)) ([]*conllu.Sentence, error) {
	if path != "" {
		if _, err := os.Stat(path); err == nil {
			return conllu.ReadFile(path)
		}
	}
	sents, err := build()
	if err != nil || path == "" {
		return sents, err
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	for _, s := range sents {
		if err := conllu.Write(f, s); err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return sents, f.Close()
}
