package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/pprof"
	"sort"
	"strings"
)

// Exit codes. They are distinct so that scripts can tell a usage mistake from
// bad input from a failure of dyad itself.
const (
	ExitOK       = 0 // everything processed
	ExitFailure  = 1 // dyad could not do its job (I/O error, broken model file)
	ExitUsage    = 2 // wrong flags or arguments
	ExitBadInput = 3 // the run finished, but some input could not be processed (see diagnostics)
)

// Env is what a command may touch of the outside world. Tests pass buffers.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads an environment variable; nil means os.Getenv.
	Getenv func(string) string
}

func (e Env) getenv(k string) string {
	if e.Getenv != nil {
		return e.Getenv(k)
	}
	return os.Getenv(k)
}

// Logger returns a text logger on stderr at the level set by DYAD_LOG
// (debug, info, warn, error; default warn).
func (e Env) Logger() *slog.Logger {
	var lvl slog.Level = slog.LevelWarn
	if v := e.getenv("DYAD_LOG"); v != "" {
		_ = lvl.UnmarshalText([]byte(v))
	}
	return slog.New(slog.NewTextHandler(e.Stderr, &slog.HandlerOptions{Level: lvl}))
}

// Command is one subcommand.
type Command struct {
	Name    string
	Summary string // one line for `dyad help`
	Usage   string // argument synopsis, e.g. "[FILES|DIRS|-] [flags]"
	// Flags declares the command's flags on fs and returns the function
	// that runs it with the remaining arguments.
	Flags func(fs *flag.FlagSet) func(ctx context.Context, env Env, args []string) error
	// Modes marks a command whose first argument names a mode; its
	// arguments go to the mode untouched, flags and all.
	Modes bool
}

var commands = map[string]*Command{}

// register adds a subcommand; each subcommand's file calls it from init.
func register(c *Command) {
	if _, dup := commands[c.Name]; dup {
		panic("cli: duplicate command " + c.Name)
	}
	commands[c.Name] = c
}

// UsageError marks an error in the command line: exit code 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, a ...any) error { return &UsageError{Msg: fmt.Sprintf(format, a...)} }

// BadInputError marks a run that finished but left input unprocessed: exit code 3.
type BadInputError struct{ Count int }

func (e *BadInputError) Error() string {
	return fmt.Sprintf("%d input problem(s) reported above", e.Count)
}

// Main runs dyad with args (without the program name) and returns the exit code.
//
// DYAD_CPUPROFILE=FILE writes a CPU profile of the run (go tool pprof
// reads it): the way to see which stage a slow run spends its time in.
func Main(args []string, env Env) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if p := env.getenv("DYAD_CPUPROFILE"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dyad: DYAD_CPUPROFILE: %v\n", err)
			return ExitFailure
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(env.Stderr, "dyad: DYAD_CPUPROFILE: %v\n", err)
			return ExitFailure
		}
		defer pprof.StopCPUProfile()
	}
	return run(ctx, args, env)
}

func run(ctx context.Context, args []string, env Env) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				// Asked-for help goes to stdout, so it can be piped to grep or less.
				fs := newFlagSet(c, env)
				c.Flags(fs)
				fs.SetOutput(env.Stdout)
				fs.Usage()
				return ExitOK
			}
		}
		printHelp(env.Stdout)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "dyad: unknown command %q\n\n", args[0])
		printHelp(env.Stderr)
		return ExitUsage
	}
	fs := newFlagSet(c, env)
	runFn := c.Flags(fs)
	rest, err := args[1:], error(nil)
	if !c.Modes {
		rest, err = parseInterspersed(fs, args[1:])
	}
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	err = runFn(ctx, env, rest)
	if err == nil {
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "dyad %s: %v\n", c.Name, err)
	var ue *UsageError
	var be *BadInputError
	switch {
	case errors.As(err, &ue):
		return ExitUsage
	case errors.As(err, &be):
		return ExitBadInput
	default:
		return ExitFailure
	}
}

// parseInterspersed parses flags wherever they stand among the arguments
// ("dyad code a.txt --format gdelt"), as users expect; "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

func newFlagSet(c *Command, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet("dyad "+c.Name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: dyad %s %s\n\n%s\n\nflags:\n", c.Name, c.Usage, c.Summary)
		fs.PrintDefaults()
	}
	return fs
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "dyad: political event data from dated news text")
	fmt.Fprintln(w, "\nusage: dyad COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s  %s\n", width, n, commands[n].Summary)
	}
	fmt.Fprintln(w, "\nRun 'dyad help COMMAND' for a command's flags.")
}

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }
