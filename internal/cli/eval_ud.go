package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"dyad/internal/nlp"
	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/parse"
	"dyad/internal/nlp/tag"
	"dyad/internal/nlp/udeval"
)

func init() {
	evalModes.add("ud", subcommand{
		Summary: "score tagging, lemmas and parsing on UD CoNLL-U files (CoNLL 2018 style)",
		Run:     runEvalUD,
	})
}

func runEvalUD(_ context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("dyad eval ud", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	raw := fs.Bool("raw", false, "segment the rebuilt raw text instead of using gold tokenization")
	fast := fs.Bool("fasttag", false, "tag left to right only (the faster, less accurate tagger)")
	shared := fs.String("shared", "../shared", "shared data folder; with no files, score EWT, GUM and PUD test from it")
	parserFile := fs.String("parser", "", "parser model file to score instead of the embedded one (as `dyad train parser -out` writes)")
	taggerFile := fs.String("tagger", "", "tagger model file to score instead of the embedded one (as `dyad train tagger -out` writes)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: dyad eval ud [-raw] [-fasttag] [-parser FILE] [-tagger FILE] [-shared DIR] [FILE.conllu[.gz] ...]\n\n"+
			"Prints UPOS, XPOS, lemma accuracy, UAS and LAS (universal relations) per file.\n"+
			"With -raw, words are aligned by character span and figures are F1.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := parseModeFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	files := fs.Args()
	if len(files) == 0 {
		for _, rel := range []string{tag.EWTTest, tag.GUMTest, tag.PUDTest} {
			files = append(files, filepath.Join(*shared, rel))
		}
	}
	opt := nlp.Options{FastTagging: *fast}
	if *parserFile != "" {
		p, err := loadParser(*parserFile)
		if err != nil {
			return err
		}
		opt.Parser = p
	}
	if *taggerFile != "" {
		t, err := loadTagger(*taggerFile)
		if err != nil {
			return err
		}
		opt.Tagger = t
	}
	st, err := nlp.New(opt)
	if err != nil {
		return err
	}
	var names []string
	var res []udeval.Scores
	var total udeval.Scores
	for _, f := range files {
		gold, err := conllu.ReadFile(f)
		if err != nil {
			return err
		}
		var sc udeval.Scores
		if *raw {
			sc = udeval.Raw(gold, st.Segment, st)
		} else {
			sc = udeval.Gold(gold, st)
		}
		names = append(names, filepath.Base(f))
		res = append(res, sc)
		total.Add(sc)
	}
	if len(files) > 1 {
		names = append(names, "all")
		res = append(res, total)
	}
	mode := "gold tokenization"
	if *raw {
		mode = "raw text (F1 over span-aligned words)"
	}
	fmt.Fprintf(env.Stdout, "# %s\n", mode)
	return udeval.WriteTable(env.Stdout, names, res)
}

// loadParser reads a parser model file.
func loadParser(path string) (*parse.Parser, error) { return loadModel(path, parse.Load) }

// loadTagger reads a tagger model file.
func loadTagger(path string) (*tag.Tagger, error) { return loadModel(path, tag.Read) }

// loadModel opens path and decodes it with read, naming the file in any
// error.
func loadModel[M any](path string, read func(io.Reader) (M, error)) (M, error) {
	var zero M
	f, err := os.Open(path)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	m, err := read(f)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
