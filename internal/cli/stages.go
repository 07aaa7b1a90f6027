package cli

import (
	"dyad/internal/pipeline"
)

// StageOptions selects how articles are coded. It is shared by every command
// that runs the coding pipeline (code, inspect, explain, eval), so that they
// all code alike.
type StageOptions struct {
	IncludeFlagged bool     // keep negated, hypothetical, future and question events
	Dicts          []string // user actor/agent/event dictionary files, on top of the shipped ones
	PetrarchDicts  string   // a folder of PETRARCH/TABARI dictionaries to code with
	NoGeo          bool     // skip place recognition
}

// codingStages builds the stages that turn an ingested article into coded
// events: clean → nlp → kb → coder → geo. Each stage loads its model or
// dictionaries once; the returned stages are safe on many goroutines.
func codingStages(opt StageOptions) ([]pipeline.Stage, error) {
	var stages []pipeline.Stage
	// Wired as the stage packages land: clean, nlp, kb, coder, geo.
	return stages, nil
}
