// Package parse is dyad's dependency parser: it fills each token's Head and
// DepRel with UD basic relations, subtypes included (nsubj:pass, obl:agent,
// nmod:poss, acl:relcl), which the event coder walks to find who did what to
// whom.
//
// It is a greedy arc-eager transition parser (Nivre 2003) trained with the
// dynamic oracle of Goldberg and Nivre (2012) and averaged perceptrons. The
// transition (shift, reduce, left-arc, right-arc) and the label of each arc
// are scored by two separate linear models over hashed Zhang and Nivre
// (2011)-style features. Hashing into dense [feature][class] tables of
// int16 weights (averaged, then quantised) keeps the hot loop free of maps
// and allocations, which is what makes the parser fast enough never to be
// the pipeline's bottleneck; factoring the label out of the transition
// keeps each transition decision to four dot products instead of a
// hundred, and a label is chosen only among those seen in training for the
// arc's direction and the UPOS of its two ends.
//
// Tags at run time come from a tagger that is wrong on about one word in
// twenty, and a parser trained on gold tags trusts them too much. So the
// shipped model is trained on jackknifed tags (Jackknife: each fold tagged
// by a tagger trained on the others), and every frequent word carries its
// ambiguity class, the set of UPOS tags it had in training, which lets the
// parser overrule a wrong tag.
//
// Word clusters (BuildClusters) carry the same kind of evidence for rare
// words: the frequent words of the news corpora under ../shared/corpora
// are grouped by the words they stand next to, and the parser sees the
// group of each word as well as its form and tags.
//
// Two more things make the shipped model better without making it any
// slower. It is the mean of five models trained with different seeds
// (TrainOptions.Seeds): each learns from its own order of the data and
// makes its own mistakes, and their mean is a small ensemble in one
// table. And it is tri-trained (Reverse): sentences of the news corpora
// that a left-to-right and a right-to-left parser parse identically are
// added to the treebanks, which teaches it the news English the
// treebanks have little of.
//
// Non-projective trees are lifted to projective ones for training (the
// parser cannot build crossing arcs); UD English has few of them.
//
// The shipped model is embedded (model/parser.bin.gz) and loaded once by
// Default; `dyad train parser` rebuilds it from ../shared/ud.
package parse
