package cli

import (
	"fmt"
	"os"

	"dyad/internal/clean"
	"dyad/internal/coder"
	"dyad/internal/geo"
	"dyad/internal/kb"
	"dyad/internal/kb/dictfile"
	"dyad/internal/kb/events"
	"dyad/internal/nlp"
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
	// NewActorWords > 0 keeps unknown noun phrases of at most that many
	// words as actors (PETRARCH's new-actor option, used by its test suite).
	NewActorWords int
}

// codingStages builds the stages that turn an ingested article into coded
// events: clean → nlp → kb → coder → geo. Each stage loads its model or
// dictionaries once; the returned stages are safe on many goroutines.
func codingStages(opt StageOptions) ([]pipeline.Stage, error) {
	if opt.PetrarchDicts != "" {
		return petrarchStages(opt)
	}
	actorFiles, eventFiles, err := splitDicts(opt.Dicts)
	if err != nil {
		return nil, err
	}
	stages := []pipeline.Stage{pipeline.StageFunc{StageName: "clean", Fn: clean.Article}}

	n, err := nlp.New(nlp.Options{})
	if err != nil {
		return nil, err
	}
	stages = append(stages, n)

	var k *kb.KB
	if len(actorFiles) == 0 {
		k, err = kb.LoadDefault()
	} else {
		k, err = kb.Load(kb.Options{Files: actorFiles})
	}
	if err != nil {
		return nil, err
	}
	stages = append(stages, pipeline.StageFunc{StageName: "kb", Fn: k.Annotate})

	var set *events.Set
	if len(eventFiles) == 0 {
		set, err = events.LoadDefault()
	} else {
		set, err = events.Load(events.Options{Files: eventFiles})
	}
	if err != nil {
		return nil, err
	}
	c, err := coder.New(coder.Options{Events: set, NewActorWords: opt.NewActorWords})
	if err != nil {
		return nil, err
	}
	stages = append(stages, c)

	if !opt.NoGeo {
		g, err := geo.New(nil)
		if err != nil {
			return nil, err
		}
		stages = append(stages, g)
	}
	return stages, nil
}

// splitDicts sorts user dictionary files into actor files (for kb) and
// event-pattern files (for events) by the kinds of their blocks. A file
// must hold one or the other, so each loader sees only its own kinds.
func splitDicts(files []string) (actors, evs []string, err error) {
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			return nil, nil, fmt.Errorf("--dict: %w", err)
		}
		blocks, errs := dictfile.Parse(r, f)
		r.Close()
		if len(errs) > 0 {
			return nil, nil, fmt.Errorf("--dict: %w", errs[0])
		}
		var nEvent, nOther int
		for _, b := range blocks {
			if b.Kind == "event" {
				nEvent++
			} else {
				nOther++
			}
		}
		switch {
		case nEvent > 0 && nOther > 0:
			return nil, nil, usagef("--dict %s: mixes event blocks with actor blocks; put event patterns in a file of their own", f)
		case nEvent > 0:
			evs = append(evs, f)
		default:
			actors = append(actors, f)
		}
	}
	return actors, evs, nil
}
