package tag

import (
	"fmt"
	"path/filepath"

	"dyad/internal/nlp/conllu"
)

// UD files under the shared data folder, relative to it.
const (
	EWTTrain = "ud/EWT/en_ewt-ud-train.conllu.gz"
	EWTDev   = "ud/EWT/en_ewt-ud-dev.conllu.gz"
	EWTTest  = "ud/EWT/en_ewt-ud-test.conllu.gz"
	GUMTrain = "ud/GUM/en_gum-ud-train.conllu.gz"
	GUMDev   = "ud/GUM/en_gum-ud-dev.conllu.gz"
	GUMTest  = "ud/GUM/en_gum-ud-test.conllu.gz"
	PUDTest  = "ud/PUD/en_pud-ud-test.conllu.gz"
)

// ShippableGUM keeps the sentences of GUM documents whose genre licence
// allows shipping a model trained on them (see NonNCGUM). Documents are
// known by the newdoc comment that opens them.
func ShippableGUM(sents []*conllu.Sentence) []*conllu.Sentence {
	var out []*conllu.Sentence
	doc := ""
	for _, s := range sents {
		if s.NewDoc != "" {
			doc = s.NewDoc
		}
		if NonNCGUM(doc) {
			out = append(out, s)
		}
	}
	return out
}

// TrainingData reads the training and development sets of the shipped
// models from the shared folder: EWT plus GUM's shippable genres.
func TrainingData(shared string) (train, dev []*conllu.Sentence, err error) {
	read := func(rel string, gum bool) ([]*conllu.Sentence, error) {
		s, err := conllu.ReadFile(filepath.Join(shared, rel))
		if err != nil {
			return nil, fmt.Errorf("tag: training data: %w", err)
		}
		if gum {
			s = ShippableGUM(s)
		}
		return s, nil
	}
	for _, f := range []struct {
		rel      string
		gum, dev bool
	}{{EWTTrain, false, false}, {GUMTrain, true, false}, {EWTDev, false, true}, {GUMDev, true, true}} {
		s, err := read(f.rel, f.gum)
		if err != nil {
			return nil, nil, err
		}
		if f.dev {
			dev = append(dev, s...)
		} else {
			train = append(train, s...)
		}
	}
	return train, dev, nil
}
