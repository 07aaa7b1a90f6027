// Package eval reads gold event data and scores coded events against it.
//
// Two kinds of gold are read from the same JSONL shape (one record per
// line: id, date, text, expected, and optional fields):
//
//   - triple gold (PETRARCH's unit-test suite): each expected event is a
//     (source, target, code) triple. Score matches triples as multisets,
//     PETRARCH's rule: a record passes when the multiset of predicted
//     triples equals the expected one; precision, recall and F1 are
//     reported for exact triples and for coarser keys (the dyad alone,
//     dyad + root code, dyad + QuadClass, the code alone), per root code
//     and per test category, with the misses and false alarms of every
//     record.
//   - PentaClass gold (ConfliBERT's Multi-CoPED sentences): each sentence
//     has one PentaClass label (0 statement … 4 material conflict) and the
//     words of its source and target. ScorePenta counts a sentence correct
//     when some coded event has the gold class, and reports coverage,
//     precision among coded sentences, a confusion table, and how often
//     the words of the predicted source and target overlap the gold ones.
//
// Scorers take predictions as plain values (Triples, PentaEvents), so they
// know nothing of the coder; Coder is the hook through which the CLI plugs
// the pipeline in.
//
// PETRARCH record options that act after coding are applied here:
// require_dyad (default true) drops predicted events without a source or
// target, as PETRARCH does before writing; expect_no_events and the
// expected story/sentence discards pass when nothing is coded. Options that
// change the coder itself (new_actor_length, the comma_* clause limits)
// are parsed into RecordOptions for the caller to pass on.
package eval
