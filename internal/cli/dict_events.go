package cli

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"dyad/internal/kb/events"
	"dyad/internal/ontology"
)

// `dyad dict events [CODE|LEMMA]...` lists the event patterns: with no
// arguments a count per CAMEO code, with a code its patterns, with a word
// the patterns it triggers. Event patterns also feed `dyad dict lint` and
// `dyad dict stats` through the hooks those modes declare.
func init() {
	dictModes.add("events", subcommand{
		Summary: "list event patterns per CAMEO code, or for a code or trigger word",
		Run:     runDictEvents,
	})
	dictLinters = append(dictLinters, lintEvents)
	statsProviders = append(statsProviders, eventStats)
}

func runDictEvents(ctx context.Context, env Env, args []string) error {
	fs := flag.NewFlagSet("dyad dict events", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var dicts listFlag
	fs.Var(&dicts, "dict", "a user pattern `FILE` to load with the shipped ones (repeatable)")
	if err := parseModeFlags(fs, args); err != nil {
		return usagef("%v", err)
	}
	s, err := events.Load(events.Options{Files: eventFiles(dicts)})
	if err != nil {
		return err
	}
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	if fs.NArg() == 0 {
		for _, e := range ontology.Events() {
			n := map[events.POS]int{}
			for _, p := range s.ByCode(e.Code) {
				n[p.POS]++
			}
			fmt.Fprintf(w, "%-5s %5d verb %5d noun %4d adj  %s\n", e.Code, n[events.Verb], n[events.Noun], n[events.Adj], e.Name)
		}
		return nil
	}
	for _, a := range fs.Args() {
		var ps []*events.Pattern
		if isDigits(a) {
			name := "unknown code"
			if e, ok := ontology.Event(a); ok {
				name = e.Name
			}
			fmt.Fprintf(w, "# %s %s\n", a, name)
			ps = s.ByCode(a)
		} else {
			fmt.Fprintf(w, "# trigger %q\n", strings.ToLower(a))
			ps = s.ByLemma(strings.ToLower(a))
		}
		for _, p := range ps {
			fmt.Fprintf(w, "%-5s %s: %-40s %s\n", p.Code, p.POS, p.Text, p.Pos)
		}
	}
	return nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// eventFiles picks the user dictionaries that hold event blocks, so that
// one -dict list can carry actor and event files alike.
func eventFiles(dicts []string) []string {
	var out []string
	for _, f := range dicts {
		b, err := os.ReadFile(f)
		if err != nil {
			out = append(out, f) // let the loader report it with its name
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "event ") {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

func lintEvents(dicts []string) ([]string, int) {
	s, err := events.Load(events.Options{Files: eventFiles(dicts)})
	var lines []string
	errs := 0
	if err != nil {
		for _, l := range strings.Split(err.Error(), "\n") {
			lines = append(lines, l)
			errs++
		}
	}
	if s == nil {
		return lines, errs
	}
	for _, p := range events.Lint(s) {
		lines = append(lines, p.String())
		if !p.Warning {
			errs++
		}
	}
	return lines, errs
}

func eventStats(dicts []string) ([]dictStat, error) {
	s, err := events.Load(events.Options{Files: eventFiles(dicts)})
	if err != nil {
		return nil, err
	}
	st := events.Stats(s)
	out := make([]dictStat, 0, len(events.StatsOrder))
	for _, k := range events.StatsOrder {
		out = append(out, dictStat{Group: "events", Name: strings.ReplaceAll(k, "_", " "), Count: st[k]})
	}
	return out, nil
}
