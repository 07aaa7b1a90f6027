package parse

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"dyad/internal/nlp/conllu"
)

// NonCommercialGUM lists the GUM genres whose licence forbids commercial
// use; the shipped models are not trained on them.
var NonCommercialGUM = []string{"fiction", "whow", "essay", "letter", "podcast"}

// ReadTrainingSet reads the shipped models' training data from the shared
// folder: EWT train plus the GUM train documents of the genres that are
// not NonCommercial.
func ReadTrainingSet(shared string) ([]*conllu.Sentence, error) {
	ewt, err := conllu.ReadFile(filepath.Join(shared, "ud/EWT/en_ewt-ud-train.conllu.gz"))
	if err != nil {
		return nil, err
	}
	gum, err := ReadGUMTrain(shared)
	if err != nil {
		return nil, err
	}
	return append(ewt, gum...), nil
}

// ReadGUMTrain reads GUM train without the NonCommercial genres. A document
// is kept when train_docs.txt lists it (when that file exists) and its id,
// GUM_<genre>_<name>, names an allowed genre.
func ReadGUMTrain(shared string) ([]*conllu.Sentence, error) {
	dir := filepath.Join(shared, "ud/GUM")
	sents, err := conllu.ReadFile(filepath.Join(dir, "en_gum-ud-train.conllu.gz"))
	if err != nil {
		return nil, err
	}
	var listed map[string]bool
	if f, err := os.Open(filepath.Join(dir, "train_docs.txt")); err == nil {
		listed = map[string]bool{}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if d := strings.TrimSpace(sc.Text()); d != "" {
				listed[d] = true
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name(), err)
		}
	}
	var out []*conllu.Sentence
	keep := false
	for _, s := range sents {
		if s.NewDoc != "" {
			keep = allowedGUMDoc(s.NewDoc) && (listed == nil || listed[s.NewDoc])
		}
		if keep {
			out = append(out, s)
		}
	}
	return out, nil
}

func allowedGUMDoc(id string) bool {
	parts := strings.SplitN(id, "_", 3)
	if len(parts) < 3 || parts[0] != "GUM" {
		return false
	}
	for _, g := range NonCommercialGUM {
		if parts[1] == g {
			return false
		}
	}
	return true
}
