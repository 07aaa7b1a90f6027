package cli

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"strings"

	"dyad/internal/clean"
	"dyad/internal/geo"
	"dyad/internal/ingest"
	"dyad/internal/kb"
	"dyad/internal/model"
	"dyad/internal/nlp"
	"dyad/internal/nlp/token"
	"dyad/internal/pipeline"
)

func init() {
	register(&Command{
		Name:    "actors",
		Summary: "list the actors found in articles, or (--unknown) the most frequent names no dictionary knows",
		Usage:   "[--unknown] [--top N] [--dict FILE]... FILES|DIRS|-",
		Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
			var in inputFlags
			in.register(fs)
			var dicts listFlag
			fs.Var(&dicts, "dict", "a user dictionary `FILE` that extends or overrides the shipped ones (repeatable)")
			unknown := fs.Bool("unknown", false, "list proper-noun phrases that matched no actor, most frequent first")
			top := fs.Int("top", 50, "with --unknown: how many phrases to list")
			noTag := fs.Bool("no-tag", false, "find names by capitals only, without the POS tagger (faster, noisier)")
			workers := fs.Int("workers", 0, "articles processed at once (0: one per core)")
			keepPlaces := fs.Bool("keep-places", false, "with --unknown: also list names the gazetteer knows as places")
			return func(ctx context.Context, env Env, args []string) error {
				return runActors(ctx, env, args, &in, actorsOptions{dicts: dicts, unknown: *unknown, top: *top, noTag: *noTag, workers: *workers, keepPlaces: *keepPlaces})
			}
		},
	})
}

type actorsOptions struct {
	dicts      []string
	unknown    bool
	top        int
	noTag      bool
	workers    int
	keepPlaces bool
}

// unknownCount is one unmatched name with how often it occurred and the
// first sentence it occurred in.
type unknownCount struct {
	phrase  string
	n       int
	example string
	origin  string
}

// runActors runs clean → tokenize/tag → kb over the input. It does not
// need the event coder, so it is fast enough to run over a whole corpus.
func runActors(ctx context.Context, env Env, paths []string, in *inputFlags, o actorsOptions) error {
	if len(paths) == 0 {
		return usagef("no input: name files, directories, URLs, or - for stdin")
	}
	opt, err := in.options(env)
	if err != nil {
		return err
	}
	k, err := kb.Load(kb.Options{Files: o.dicts})
	if err != nil {
		return err
	}
	stages := []pipeline.Stage{pipeline.StageFunc{StageName: "clean", Fn: clean.Article}}
	var tagger pipeline.Stage
	if !o.noTag {
		st, err := nlp.New(nlp.Options{NoParse: true})
		if err != nil {
			// Names can still be found by their capitals: a broken tagger
			// model should not stop discovery.
			env.Logger().Warn("actors: no POS tagger, finding names by capitals only", "err", err)
		} else {
			tagger = st
		}
	}
	if tagger == nil {
		tagger = pipeline.StageFunc{StageName: "token", Fn: func(a *model.Article) {
			a.Sentences = token.Segment(a.Text)
		}}
	}
	stages = append(stages, tagger)
	stages = append(stages, k)
	// Most frequent unknown names are places ("Kharkiv", "Donetsk
	// Oblast"), which the gazetteer already knows: they are no missing
	// actors, so they are left out unless asked for.
	var gaz *geo.Gazetteer
	if o.unknown && !o.keepPlaces {
		if gaz, err = geo.Default(); err != nil {
			return err
		}
	}
	src, err := ingest.Open(paths, opt)
	if err != nil {
		return err
	}
	defer src.Close()
	rep := &diagReporter{w: env.Stderr}
	counts := map[string]*unknownCount{}
	articles, sentences, withActor := 0, 0, 0
	err = pipeline.Run(ctx, src, stages, func(a *model.Article) error {
		rep.report(a)
		articles++
		for i := range a.Sentences {
			s := &a.Sentences[i]
			sentences++
			if len(s.Actors) > 0 {
				withActor++
			}
			if !o.unknown {
				for _, ac := range s.Actors {
					fmt.Fprintf(env.Stdout, "%s\ts%d\t%s\t%s\t%q\t%s\t%s\n", a.ID, i+1, ac.Code, ac.Kind, ac.Span.Text(a.Text), ac.Entry, ac.Role)
				}
				continue
			}
			if s.Discarded != "" {
				continue
			}
			for _, sp := range k.UnknownPhrases(s) {
				p := sp.Text(a.Text)
				if gaz != nil && isPlaceName(gaz, p) {
					continue
				}
				c := counts[p]
				if c == nil {
					c = &unknownCount{phrase: p, example: s.Span.Text(a.Text), origin: a.ID}
					counts[p] = c
				}
				c.n++
			}
		}
		return nil
	}, pipeline.Options{Workers: o.workers})
	if err != nil {
		return err
	}
	if o.unknown {
		list := make([]*unknownCount, 0, len(counts))
		for _, c := range counts {
			list = append(list, c)
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].n != list[j].n {
				return list[i].n > list[j].n
			}
			return list[i].phrase < list[j].phrase
		})
		for i, c := range list {
			if i >= o.top {
				break
			}
			ex := strings.Join(strings.Fields(c.example), " ")
			if len(ex) > 160 {
				ex = ex[:157] + "..."
			}
			fmt.Fprintf(env.Stdout, "%6d  %-40s  %s: %s\n", c.n, c.phrase, c.origin, ex)
		}
	}
	if sentences > 0 {
		fmt.Fprintf(env.Stderr, "actors: %d articles, %d sentences, %d (%.1f%%) with at least one actor\n",
			articles, sentences, withActor, 100*float64(withActor)/float64(sentences))
	}
	return rep.err()
}

// isPlaceName reports whether a phrase names a gazetteer place, alone or
// with a division word after it ("Donetsk Oblast", "Aleppo Governorate").
func isPlaceName(g *geo.Gazetteer, p string) bool {
	if len(g.Lookup(p)) > 0 {
		return true
	}
	i := strings.LastIndexByte(p, ' ')
	if i < 0 {
		return false
	}
	switch strings.ToLower(p[i+1:]) {
	case "oblast", "governorate", "province", "region", "state", "krai", "district", "county", "prefecture":
		return len(g.Lookup(p[:i])) > 0
	}
	return false
}
