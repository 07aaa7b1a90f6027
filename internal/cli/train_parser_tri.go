package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/parse"
	"dyad/internal/nlp/tag"
	"dyad/internal/nlp/token"
)

// triOptions says how `dyad train parser -tri N` finds its extra
// sentences (see parse.Reverse for the method).
type triOptions struct {
	N int // agreed corpus sentences to add
	// L2R and R2L name files for the two partner parsers: read when the
	// file exists, else trained and written there; empty, trained and
	// kept in memory only.
	L2R, R2L string
	// Agreed, when set, names a CoNLL-U file the agreed sentences are read
	// from if it exists, else written to.
	Agreed  string
	Corpora []string // texts to parse, from ../shared/corpora
	Train   parse.TrainOptions
	Log     *slog.Logger
}

// triTrainingSet returns up to o.N corpus sentences that a left-to-right
// and a right-to-left parser, each one model trained on train, parse
// identically. The corpus is tagged by the shipped tagger, as new text
// is. Both partners come from train, not from the embedded model, so
// that the same data and options always give the same sentences.
func triTrainingSet(train []*conllu.Sentence, o triOptions) ([]*conllu.Sentence, error) {
	agreed, err := cachedSentences(o.Agreed, func() ([]*conllu.Sentence, error) { return agreedSentences(train, o) })
	if err != nil {
		return nil, err
	}
	if len(agreed) <= o.N {
		return agreed, nil
	}
	// Every k-th agreed sentence, so that the extra sentences span the
	// whole of the corpora.
	out := make([]*conllu.Sentence, 0, o.N)
	for i := range o.N {
		out = append(out, agreed[i*len(agreed)/o.N])
	}
	return out, nil
}

// agreedSentences parses the corpora with both partners and returns the
// sentences they agree on, 5 to 50 words long.
func agreedSentences(train []*conllu.Sentence, o triOptions) ([]*conllu.Sentence, error) {
	opt := o.Train
	opt.Seeds = 1
	l2r, err := partnerParser(o.L2R, train, opt, o.Log, "left-to-right")
	if err != nil {
		return nil, err
	}
	rev := make([]*conllu.Sentence, len(train))
	for i, s := range train {
		rev[i] = parse.Reverse(s)
	}
	dev := opt.Dev
	opt.Dev = nil
	for _, s := range dev {
		opt.Dev = append(opt.Dev, parse.Reverse(s))
	}
	r2l, err := partnerParser(o.R2L, rev, opt, o.Log, "right-to-left")
	if err != nil {
		return nil, err
	}
	tg, err := tag.Default()
	if err != nil {
		return nil, err
	}
	var agreed []*conllu.Sentence
	seen := 0
	for _, text := range o.Corpora {
		for _, sent := range token.Segment(text) {
			toks := sent.Tokens
			if len(toks) < 5 || len(toks) > 50 {
				continue
			}
			seen++
			a := make([]model.Token, len(toks))
			copy(a, toks)
			tg.Tag(a)
			b := make([]model.Token, len(a))
			copy(b, a)
			l2r.Parse(a)
			parse.ParseReversed(r2l, b)
			if s, ok := parse.AgreedSentence(a, b); ok {
				agreed = append(agreed, s)
			}
		}
	}
	o.Log.Info("tri-training", "corpus_sentences", seen, "agreed", len(agreed))
	return agreed, nil
}

// partnerParser reads a parser from path, or trains it on sents and,
// when path is set, writes it there.
func partnerParser(path string, sents []*conllu.Sentence, opt parse.TrainOptions, log *slog.Logger, name string) (*parse.Parser, error) {
	if path != "" {
		p, err := loadParser(path)
		if err == nil || !errors.Is(err, fs.ErrNotExist) {
			return p, err
		}
	}
	log.Info("training a partner parser", "direction", name, "sentences", len(sents))
	p, err := parse.Train(sents, opt)
	if err != nil {
		return nil, err
	}
	if path == "" {
		return p, nil
	}
	return p, writeParser(p, path)
}

func writeParser(p *parse.Parser, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := p.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
