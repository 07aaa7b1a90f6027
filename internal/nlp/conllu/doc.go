// Package conllu reads and writes CoNLL-U, the Universal Dependencies file
// format: the training and evaluation data of dyad's tagger and parser.
//
// Reading keeps what training and scoring need: syntactic words with their
// annotation, multiword tokens (so that raw text and token scores can be
// rebuilt), and the sentence comments (sent_id, text, newdoc id).
// Empty nodes (enhanced dependencies, "8.1") are skipped.
package conllu
