package cli

import (
	"context"
	"flag"
	"fmt"

	"dyad/internal/kb"
)

// dictLinters are further checks run by `dyad dict lint`; other
// dictionary packages (event patterns) append theirs from their own file's
// init. Each returns its problems as "file:line: severity: message" lines
// and the number of errors among them.
var dictLinters []func(dicts []string) (lines []string, errors int)

func init() {
	dictModes.add("lint", subcommand{
		Summary: "check the shipped and user dictionaries (duplicates, conflicts, overlapping dates, unknown codes, unmatchable names)",
		Run:     runDictLint,
	})
}

func runDictLint(ctx context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("dyad dict lint", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var dicts listFlag
	fs.Var(&dicts, "dict", "a user dictionary `FILE` to check with the shipped ones (repeatable)")
	warnings := fs.Bool("warnings", true, "also print warnings")
	if err := parseModeFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	dicts = append(dicts, fs.Args()...)
	errs, warns := 0, 0
	for _, p := range kb.Lint(kb.Options{Files: dicts}) {
		if p.Severity == "error" {
			errs++
		} else {
			warns++
			if !*warnings {
				continue
			}
		}
		fmt.Fprintln(env.Stdout, p.String())
	}
	for _, l := range dictLinters {
		lines, n := l(dicts)
		for _, s := range lines {
			fmt.Fprintln(env.Stdout, s)
		}
		errs += n
	}
	fmt.Fprintf(env.Stderr, "dict lint: %d error(s), %d warning(s)\n", errs, warns)
	if errs > 0 {
		return fmt.Errorf("%d dictionary error(s)", errs)
	}
	return nil
}
