// Package udeval scores dyad's NLP against Universal Dependencies
// treebanks: UPOS, XPOS and lemma accuracy, and unlabelled and labelled
// attachment scores (UAS, LAS), the way the CoNLL 2018 shared task scores
// them — over syntactic words, with LAS comparing only the universal part
// of the relation ("nmod:poss" counts as "nmod").
//
// Two settings:
//
//   - gold tokenization (Gold): the treebank's own words are annotated, so
//     every figure is an accuracy;
//   - raw text (Raw): the treebank's text is rebuilt (token.Rebuild),
//     segmented by the system, and system words are aligned to gold words
//     by their character spans; a figure is then the F1 of correct aligned
//     words against gold and system word counts, so that tokenization
//     errors cost every figure, as in CoNLL 2018.
//
// The package knows nothing of how words are annotated: callers pass an
// Annotator (the NLP stage) and a segmenter.
package udeval
