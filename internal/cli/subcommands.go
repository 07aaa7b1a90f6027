package cli

import (
	"context"
	"flag"
	"fmt"
	"sort"
	"strings"
)

// subcommand is one mode of a command with modes (`dyad eval ud`,
// `dyad train tagger`, `dyad dict lint`). Each mode lives in its own file and
// registers itself, so that the files of different stages stay apart.
type subcommand struct {
	Summary string
	Run     func(ctx context.Context, env Env, args []string) error
}

// modeSet is a named set of modes, dispatched on the first argument.
type modeSet struct {
	name  string
	modes map[string]subcommand
	// fallback handles a first argument that names no mode (e.g. `dyad eval
	// GOLD.jsonl`); nil means such an argument is a usage error.
	fallback func(ctx context.Context, env Env, args []string) error
}

func (m *modeSet) add(name string, s subcommand) {
	if m.modes == nil {
		m.modes = map[string]subcommand{}
	}
	if _, dup := m.modes[name]; dup {
		panic("cli: duplicate mode " + m.name + " " + name)
	}
	m.modes[name] = s
}

func (m *modeSet) usage() string {
	names := make([]string, 0, len(m.modes))
	for n := range m.modes {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		fmt.Fprintf(&b, "  dyad %s %-10s %s\n", m.name, n, m.modes[n].Summary)
	}
	return b.String()
}

func (m *modeSet) command(summary, usage string) *Command {
	return &Command{
		Name: m.name, Summary: summary, Usage: usage, Modes: true,
		Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
			fs.Usage = func() {
				fmt.Fprintf(fs.Output(), "usage: dyad %s %s\n\n%s\n\nmodes:\n%s", m.name, usage, summary, m.usage())
			}
			return func(ctx context.Context, env Env, args []string) error {
				if len(args) > 0 {
					if s, ok := m.modes[args[0]]; ok {
						return s.Run(ctx, env, args[1:])
					}
				}
				if m.fallback != nil && len(args) > 0 {
					return m.fallback(ctx, env, args)
				}
				return usagef("want one of these modes:\n%s", m.usage())
			}
		},
	}
}

// parseMode parses a mode's flags wherever they stand among its arguments,
// like the top-level commands do ("dyad eval ud FILE -raw"), and returns
// the other arguments.
func parseMode(fs *flag.FlagSet, args []string) ([]string, error) {
	if err := parseModeFlags(fs, args); err != nil {
		return nil, err
	}
	return fs.Args(), nil
}

// parseModeFlags is parseMode for code that reads fs.Args() afterwards: it
// moves the flags (with their values) before the other arguments and parses.
func parseModeFlags(fs *flag.FlagSet, args []string) error {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // fs.Parse reports it
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return fs.Parse(append(append(flags, "--"), rest...))
}
