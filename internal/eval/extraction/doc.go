// Package extraction scores article-body extraction on the
// article-extraction benchmark (../shared/corpora/html-benchmark), with that
// benchmark's own metric: word tokens (runs of Unicode letters, digits and
// underscore), 4-token shingles counted with multiplicity, per-page true
// positives, false positives and false negatives normalised to sum to 1,
// precision and recall each averaged over pages (a page with no predicted
// shingles is skipped for precision, one with no true shingles for recall),
// and F1 as the harmonic mean of those two means.
package extraction
