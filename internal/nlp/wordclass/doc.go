// Package wordclass groups the words of unlabelled text into classes by
// the words seen next to them, for the tagger and the parser. A treebank
// of twenty thousand sentences leaves most words rare or unseen; plain
// news text has seen them in context, and words that fill the same slots
// ("on ___ ,", "the ___ army") tag and attach alike (Koo, Carreras and
// Collins 2008 use Brown clusters to the same end).
//
// Each frequent word gets a coarse class and, within it, a fine one, by
// spherical k-means over positive-PMI vectors of its left and right
// neighbours. The classes are computed at training time and stored in the
// model files, so running dyad never needs the corpora.
package wordclass
