// Package tag is dyad's part-of-speech tagger: it gives every syntactic word
// a Universal POS tag (UPOS) and a Penn Treebank tag (XPOS).
//
// The model is a greedy averaged perceptron over joint UPOS+XPOS classes
// ("AUX|VBD"), so that the two tag sets never disagree. Features are hashed
// to 64 bits: the word and its neighbours (lowercased), prefixes and
// suffixes, a word shape, the tags already assigned, "ambiguity classes" —
// the set of tags each known word took in the training data — for the word
// and its neighbours, and a corpus lexicon counted from millions of words of
// unannotated news (how often a word is capitalised inside sentences, how
// frequent it is, and which tag a first tagger gave it there; lexicon.go),
// which is what tags the words the treebanks never saw.
//
// TrainOptions.Extended adds features for the capitalisation of a word
// against its neighbours', its run of capitalised words and its
// sentence's (a capital means less in a title or a shouted headline), and
// for word classes learnt from the words around each word in the news
// corpora (cluster.go). Alone they help a little on EWT dev and not on
// test; the shipped model has them and is the mean of three models trained
// with different seeds (TrainOptions.Seeds), which gains on every test set
// at the speed of one model.
//
// With TrainOptions.Bidirectional a second model is trained on reversed
// sentences; tagging runs both directions greedily and gives each word the
// class with the highest sum of the two scores, so that the words to the
// right count as much as those to the left. The two models share their
// static features (those not depending on tags), stored in the same table
// rows, so the second direction costs only its few tag features.
// LeftToRight gives the faster one-direction view of a model.
//
// A sentence tagged without any finite verb is tried again with a verb
// (verbless.go): news digests write "Militants fire rockets" and "Turkey
// strikes Kurdish targets" in a present tense the treebanks rarely use,
// and a tagger trained on them reads the verb as a plural noun. The words
// where a verb could stand are each forced to it in turn and the sentence
// re-tagged around them; the best such tagging replaces the verbless one
// when the model scores it nearly as high. Sentences with a verb never
// pay for this.
//
// Training (Train) is deterministic: sentences are shuffled each iteration
// by a fixed seed. The trained model is pruned, quantised to 16-bit weights
// and gzipped; the shipped one is embedded (model/tagger.bin.gz, made by
// `dyad train tagger`) and loaded once by Default. A Tagger is read-only
// after loading and safe for concurrent use.
package tag
