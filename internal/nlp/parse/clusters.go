package parse

import "dyad/internal/nlp/wordclass"

// Word clusters (package wordclass) built from plain news text give rare
// words the evidence of the words that share their contexts; the parser
// uses the coarse and the fine class of the words it looks at.

// ClusterOptions controls BuildClusters; the zero value gives the shipped
// model's settings.
type ClusterOptions = wordclass.Options

// clusterFine is the multiplier that packs a coarse and a fine id into one
// value: coarse*clusterFine + fine.
const clusterFine = wordclass.Fine

// BuildClusters clusters the words of texts by the parser's word hash
// (lower case, digits as 0) and returns coarse*clusterFine + fine per
// word. It is deterministic.
func BuildClusters(texts []string, opt ClusterOptions) map[uint64]uint32 {
	return wordclass.Build(texts, wordHash, opt)
}
