package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"dyad/internal/format"
	"dyad/internal/ingest"
	"dyad/internal/model"
	"dyad/internal/pipeline"
)

// inputFlags are the flags every command that reads articles shares.
type inputFlags struct {
	date     string
	fields   listFlag
	format   string
	maxBytes int64
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.date, "date", "", "publication date `YYYY-MM-DD` for inputs that carry none")
	fs.Var(&f.fields, "field", "map a JSONL field: `dyad=input`, e.g. text=body or date=meta.published (repeatable)")
	fs.StringVar(&f.format, "input-format", "", "force the input format: text, jsonl, html or feed (default: by extension and content)")
	fs.Int64Var(&f.maxBytes, "max-bytes", 0, "size limit of one document in bytes (0: 16 MiB; -1: none)")
}

func (f *inputFlags) options(env Env) (ingest.Options, error) {
	opt := ingest.Options{Format: f.format, MaxBytes: f.maxBytes, Stdin: env.Stdin, Logger: env.Logger()}
	if f.date != "" {
		d, err := time.Parse("2006-01-02", f.date)
		if err != nil {
			return opt, usagef("--date %q: want YYYY-MM-DD", f.date)
		}
		opt.Date = d
	}
	for _, kv := range f.fields {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" || v == "" {
			return opt, usagef("--field %q: want dyad=input, e.g. text=body", kv)
		}
		if opt.FieldMap == nil {
			opt.FieldMap = map[string]string{}
		}
		opt.FieldMap[k] = v
	}
	return opt, nil
}

// stageFlags are the flags that choose how articles are coded.
type stageFlags struct {
	includeFlagged bool
	dicts          listFlag
	petrarch       string
	noGeo          bool
	workers        int
}

func (f *stageFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.includeFlagged, "include-flagged", false, "also write negated, hypothetical, future and question events, with their flags")
	fs.Var(&f.dicts, "dict", "a user dictionary `FILE` that extends or overrides the shipped ones (repeatable)")
	fs.StringVar(&f.petrarch, "petrarch-dicts", "", "code with the PETRARCH/TABARI dictionaries in `DIR` (dyad eval: \"none\" ignores those beside the gold)")
	fs.BoolVar(&f.noGeo, "no-geo", false, "skip place recognition")
	fs.IntVar(&f.workers, "workers", 0, "articles processed at once (0: one per core)")
}

func (f *stageFlags) options() StageOptions {
	return StageOptions{IncludeFlagged: f.includeFlagged, Dicts: f.dicts, PetrarchDicts: f.petrarch, NoGeo: f.noGeo}
}

// diagReporter prints diagnostics of Warning and Error severity to stderr
// as articles finish, and counts the articles that could not be processed.
type diagReporter struct {
	w      io.Writer
	failed int
}

func (d *diagReporter) report(a *model.Article) {
	bad := false
	for _, dg := range a.Diagnostics {
		if dg.Severity >= model.Warning {
			fmt.Fprintln(d.w, dg.String())
		}
		if dg.Severity == model.Error {
			bad = true
		}
	}
	if bad {
		d.failed++
	}
}

func (d *diagReporter) err() error {
	if d.failed > 0 {
		return &BadInputError{Count: d.failed}
	}
	return nil
}

// runStages reads paths and passes every article through the coding stages
// to sink, reporting diagnostics on the way.
func runStages(ctx context.Context, env Env, paths []string, in *inputFlags, st *stageFlags, sink pipeline.Sink) error {
	if len(paths) == 0 {
		return usagef("no input: name files, directories, URLs, or - for stdin")
	}
	opt, err := in.options(env)
	if err != nil {
		return err
	}
	stages, err := codingStages(st.options())
	if err != nil {
		return err
	}
	src, err := ingest.Open(paths, opt)
	if err != nil {
		return err
	}
	defer src.Close()
	rep := &diagReporter{w: env.Stderr}
	err = pipeline.Run(ctx, src, stages, func(a *model.Article) error {
		rep.report(a)
		return sink(a)
	}, pipeline.Options{Workers: st.workers})
	if err != nil {
		return err
	}
	return rep.err()
}

func init() {
	register(&Command{
		Name:    "code",
		Summary: "code events from articles (text, JSONL, HTML, RSS/Atom, directories, -) and write them",
		Usage:   "[flags] FILES|DIRS|URLS|-",
		Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
			var in inputFlags
			var st stageFlags
			in.register(fs)
			st.register(fs)
			form := fs.String("format", "jsonl", "output format: "+strings.Join(format.Names(), ", "))
			out := fs.String("out", "", "write to `FILE` instead of stdout")
			return func(ctx context.Context, env Env, args []string) error {
				if st.includeFlagged && (*form == "gdelt" || *form == "mentions") {
					// GDELT's columns have no place for a flag: a negated or
					// hypothetical event would read as a real one.
					return usagef("--include-flagged does not fit --format %s, which cannot mark flagged events; use jsonl, csv or plover", *form)
				}
				w := env.Stdout
				var f *os.File
				if *out != "" {
					var err error
					if f, err = os.Create(*out); err != nil {
						return err
					}
					defer f.Close()
					w = f
				}
				fw, err := format.New(*form, w, format.Options{IncludeFlagged: st.includeFlagged})
				if err != nil {
					return usagef("%v", err)
				}
				runErr := runStages(ctx, env, args, &in, &st, fw.Write)
				if err := fw.Close(); err != nil && runErr == nil {
					runErr = err
				}
				if f != nil {
					if err := f.Close(); err != nil && runErr == nil {
						runErr = err
					}
				}
				return runErr
			}
		},
	})
}
