package tag

import "dyad/internal/nlp/wordclass"

// Word classes. A treebank of 20,000 sentences has seen a few thousand
// proper nouns and rare common nouns; news corpora have seen tens of
// thousands, and the words around them say what they are: "the ___ said"
// takes organisations and officials, "in ___ ," takes places, "___ of the"
// takes nouns. wordClusters groups every frequent word of the unlabelled
// corpus by the words seen right before and after it (package wordclass),
// and the tagger uses the
// class of a word and of its neighbours as features, so a word the
// treebank never saw is tagged like the treebank words of its class.
const (
	clusMinCount = 5    // a word needs this many occurrences to get a class
	clusContexts = 1000 // the most frequent words count as distinct neighbours
	clusIters    = 12   // k-means rounds (it has mostly settled by then)
	clusShift    = 16   // a class is stored, plus one, from this bit of a lexicon value
	clusMask     = 0x1ff
)

// wordClusters assigns each lowercase form seen at least clusMinCount
// times in texts to one of k classes (0 … k-1), with package wordclass
// (the parser's clustering, coarse classes only). It is deterministic for
// given texts, k and seed, and nil when too few words recur.
func wordClusters(texts []string, k int, seed uint64) map[uint64]uint16 {
	cl := wordclass.Build(texts, hashLower, wordclass.Options{
		MinCount: clusMinCount, Contexts: clusContexts, Iters: clusIters,
		Coarse: k, Split: 1, Seed: seed,
	})
	if cl == nil {
		return nil
	}
	out := make(map[uint64]uint16, len(cl))
	for h, c := range cl {
		out[h] = uint16(c / wordclass.Fine)
	}
	return out
}

// addClusters stores each word's class in its lexicon value.
func addClusters(lex map[uint64]uint32, clus map[uint64]uint16) {
	for h, c := range clus {
		if v, ok := lex[h]; ok {
			lex[h] = v&^(clusMask<<clusShift) | uint32(c+1)<<clusShift
		}
	}
}
