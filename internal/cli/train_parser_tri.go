package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"runtime"
	"sync"

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
	rev := make([]*conllu.Sentence, len(train))
	for i, s := range train {
		rev[i] = parse.Reverse(s)
	}
	ropt := opt
	ropt.Dev = nil
	for _, s := range opt.Dev {
		ropt.Dev = append(ropt.Dev, parse.Reverse(s))
	}
	// The two partners are independent: train them side by side.
	var l2r, r2l *parse.Parser
	var lerr, rerr error
	var wg sync.WaitGroup
	wg.Go(func() { l2r, lerr = partnerParser(o.L2R, train, opt, o.Log, "left-to-right") })
	wg.Go(func() { r2l, rerr = partnerParser(o.R2L, rev, ropt, o.Log, "right-to-left") })
	wg.Wait()
	if err := errors.Join(lerr, rerr); err != nil {
		return nil, err
	}
	tg, err := tag.Default()
	if err != nil {
		return nil, err
	}
	// Each text is parsed by one worker; the texts' agreed sentences are
	// joined in corpus order, so the result does not depend on timing.
	perText := make([][]*conllu.Sentence, len(o.Corpora))
	seenPer := make([]int, len(o.Corpora))
	next := make(chan int)
	for range max(runtime.GOMAXPROCS(0), 1) {
		wg.Go(func() {
			for i := range next {
				for _, sent := range token.Segment(o.Corpora[i]) {
					toks := sent.Tokens
					if len(toks) < 5 || len(toks) > 50 {
						continue
					}
					seenPer[i]++
					a := make([]model.Token, len(toks))
					copy(a, toks)
					tg.Tag(a)
					b := make([]model.Token, len(a))
					copy(b, a)
					l2r.Parse(a)
					parse.ParseReversed(r2l, b)
					if s, ok := parse.AgreedSentence(a, b); ok {
						perText[i] = append(perText[i], s)
					}
				}
			}
		})
	}
	for i := range o.Corpora {
		next <- i
	}
	close(next)
	wg.Wait()
	var agreed []*conllu.Sentence
	seen := 0
	for i := range perText {
		agreed = append(agreed, perText[i]...)
		seen += seenPer[i]
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
