// Package tag is dyad's part-of-speech tagger: it gives every syntactic word
// a Universal POS tag (UPOS) and a Penn Treebank tag (XPOS).
//
// The model is a greedy averaged perceptron over joint UPOS+XPOS classes
// ("AUX|VBD"), so that the two tag sets never disagree. Features are hashed
// to 64 bits: the word and its neighbours (lowercased), prefixes and
// suffixes, a word shape, the tags already assigned to the left, and
// "ambiguity classes" — the set of tags each known word took in the training
// data — for the word and the two words to its right, which give the greedy
// left-to-right decoder a view of what follows without a second pass.
//
// Training (Train) is deterministic: sentences are shuffled each iteration
// by a fixed seed. The trained model is pruned, quantised to 16-bit weights
// and gzipped; the shipped one is embedded (model/tagger.bin.gz) and loaded
// once by Default. A Tagger is read-only after loading and safe for
// concurrent use.
package tag
