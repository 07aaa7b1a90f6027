package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"dyad/internal/clean"
	"dyad/internal/ingest"
	"dyad/internal/model"
)

func init() {
	register(&Command{
		Name:    "extract",
		Summary: "print the cleaned article body of each input (HTML, feed, JSONL or text)",
		Usage:   "FILE|DIR|URL|- ... [--json]",
		Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
			var in inputFlags
			in.register(fs)
			asJSON := fs.Bool("json", false, "print one JSON object per article with id, title, date, url, source, origin, text and diagnostics")
			focus := fs.String("focus", "balanced", "HTML extraction: balanced, precision or recall")
			return func(ctx context.Context, env Env, args []string) error {
				return runExtract(ctx, env, args, &in, *asJSON, *focus)
			}
		},
	})
}

// extracted is the --json form of one article.
type extracted struct {
	ID          string             `json:"id"`
	Title       string             `json:"title,omitempty"`
	Date        string             `json:"date,omitempty"`
	URL         string             `json:"url,omitempty"`
	Source      string             `json:"source,omitempty"`
	Language    string             `json:"language,omitempty"`
	Origin      string             `json:"origin,omitempty"`
	Text        string             `json:"text"`
	Diagnostics []model.Diagnostic `json:"diagnostics,omitempty"`
}

func runExtract(ctx context.Context, env Env, paths []string, in *inputFlags, asJSON bool, focus string) error {
	if len(paths) == 0 {
		return usagef("no input: name a file, directory, URL, or - for stdin")
	}
	switch focus {
	case "balanced", "precision", "recall":
	default:
		return usagef("--focus %q: want balanced, precision or recall", focus)
	}
	opt, err := in.options(env)
	if err != nil {
		return err
	}
	// Extraction needs no date: an undated page is still worth reading.
	opt.AllowUndated = true
	opt.HTML.Focus = focus
	src, err := ingest.Open(paths, opt)
	if err != nil {
		return err
	}
	defer src.Close()
	rep := &diagReporter{w: env.Stderr}
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	printed := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := src.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		clean.Article(a)
		if asJSON {
			x := extracted{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Language: a.Language, Origin: a.Origin, Text: a.Text, Diagnostics: a.Diagnostics}
			if !a.Date.IsZero() {
				x.Date = a.Date.Format(time.DateOnly)
			}
			rep.report(a)
			if err := enc.Encode(x); err != nil {
				return err
			}
			continue
		}
		rep.report(a)
		if a.Text == "" {
			continue
		}
		// Articles of a multi-record input are parted by a "---" line,
		// which cleaned text (one blank line between paragraphs) never has
		// on its own.
		if printed > 0 {
			fmt.Fprint(env.Stdout, "\n---\n\n")
		}
		printed++
		if _, err := fmt.Fprintln(env.Stdout, a.Text); err != nil {
			return err
		}
	}
	return rep.err()
}
