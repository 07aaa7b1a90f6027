package cli

import (
	"context"
	"flag"
	"fmt"

	"dyad/internal/kb"
)

// dictStat is one line of `dyad dict stats`.
type dictStat struct {
	Group string // "actors", "events", …
	Name  string
	Count int
}

// statsProviders add counts from other dictionary packages: the event
// patterns append theirs from their own file's init, e.g.
//
//	func init() { statsProviders = append(statsProviders, eventStats) }
var statsProviders []func(dicts []string) ([]dictStat, error)

func init() {
	dictModes.add("stats", subcommand{
		Summary: "count countries, people, roles, organisations, agents, names (and event patterns)",
		Run:     runDictStats,
	})
	statsProviders = append([]func([]string) ([]dictStat, error){actorStats}, statsProviders...)
}

func actorStats(dicts []string) ([]dictStat, error) {
	k, err := kb.Load(kb.Options{Files: dicts})
	if err != nil {
		return nil, err
	}
	var out []dictStat
	for _, s := range k.Stats() {
		out = append(out, dictStat{Group: "actors", Name: s.Name, Count: s.Count})
	}
	return out, nil
}

func runDictStats(ctx context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("dyad dict stats", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var dicts listFlag
	fs.Var(&dicts, "dict", "a user dictionary `FILE` to count with the shipped ones (repeatable)")
	if err := parseModeFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	dicts = append(dicts, fs.Args()...) // as `dict lint FILE` reads them
	for _, p := range statsProviders {
		stats, err := p(dicts)
		if err != nil {
			return err
		}
		for _, s := range stats {
			fmt.Fprintf(env.Stdout, "%-8s %8d  %s\n", s.Group, s.Count, s.Name)
		}
	}
	return nil
}
