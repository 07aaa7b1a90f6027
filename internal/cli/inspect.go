package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"dyad/internal/model"
	"dyad/internal/ontology"
)

// inspectView says which layers `dyad inspect` prints.
type inspectView struct {
	tokens bool
	places bool
	events bool
	text   bool
}

func init() {
	register(&Command{
		Name:    "inspect",
		Summary: "show what dyad sees in articles: cleaned text, sentences, tokens, tags, lemmas, parse, actors, events, places",
		Usage:   "[flags] FILES|DIRS|-",
		Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
			var in inputFlags
			var st stageFlags
			in.register(fs)
			st.register(fs)
			noTokens := fs.Bool("no-tokens", false, "leave out the token table of each sentence")
			noText := fs.Bool("no-text", false, "leave out the cleaned text")
			return func(ctx context.Context, env Env, args []string) error {
				st.includeFlagged = true // inspect shows every event, flagged ones marked
				v := inspectView{tokens: !*noTokens, places: true, events: true, text: !*noText}
				return runStages(ctx, env, args, &in, &st, func(a *model.Article) error {
					renderArticle(env.Stdout, a, v)
					return nil
				})
			}
		},
	})
}

func renderArticle(w io.Writer, a *model.Article, v inspectView) {
	fmt.Fprintf(w, "=== article %s\n", a.ID)
	field := func(name, val string) {
		if val != "" {
			fmt.Fprintf(w, "%-9s %s\n", name+":", val)
		}
	}
	if !a.Date.IsZero() {
		field("date", a.Date.Format("2006-01-02"))
	} else {
		field("date", "(none)")
	}
	field("title", a.Title)
	field("url", a.URL)
	field("source", a.Source)
	field("origin", a.Origin)
	for _, d := range a.Diagnostics {
		fmt.Fprintf(w, "! %s\n", d.String())
	}
	if v.text {
		fmt.Fprintf(w, "\n--- cleaned text (%d bytes)\n%s\n", len(a.Text), a.Text)
	}
	for si := range a.Sentences {
		renderSentence(w, a, si, v)
	}
	if v.places && len(a.Places) > 0 {
		fmt.Fprintf(w, "\n--- places\n")
		for _, p := range a.Places {
			fmt.Fprintf(w, "  [%d] %q → %s (%s, %.4f, %.4f, %s) — %s\n", p.Sentence+1, p.Name, p.FullName, p.Country, p.Lat, p.Lon, p.FeatureID, p.Evidence)
		}
	}
	fmt.Fprintln(w)
}

func renderSentence(w io.Writer, a *model.Article, si int, v inspectView) {
	s := &a.Sentences[si]
	fmt.Fprintf(w, "\n--- sentence %d [%d:%d]\n%s\n", si+1, s.Span.Start, s.Span.End, s.Span.Text(a.Text))
	if s.Discarded != "" {
		fmt.Fprintf(w, "  discarded: %s\n", s.Discarded)
	}
	if v.tokens && len(s.Tokens) > 0 {
		tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
		fmt.Fprintln(tw, "  #\tword\tlemma\tupos\txpos\thead\tdeprel")
		for i, t := range s.Tokens {
			head := "root"
			if t.Head >= 0 && int(t.Head) < len(s.Tokens) {
				head = fmt.Sprintf("%d %s", t.Head+1, s.Tokens[t.Head].Text)
			}
			fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, t.Text, t.Lemma, t.UPOS, t.XPOS, head, t.DepRel)
		}
		tw.Flush()
	}
	for _, ac := range s.Actors {
		fmt.Fprintf(w, "  actor  %-12s %q (%s %s) %s %s\n", ac.Code, ac.Span.Text(a.Text), ac.Kind, ac.Name, ac.Entry, ac.Role)
	}
	if !v.events {
		return
	}
	for _, ev := range a.Events {
		if ev.Sentence != si {
			continue
		}
		fmt.Fprintf(w, "  event  %s\n", eventLine(a, &ev))
	}
}

// eventLine renders an event on one line: "USAGOV → ISRGOV 111 Criticize or denounce [flags]".
func eventLine(a *model.Article, ev *model.Event) string {
	var b strings.Builder
	tgt := ev.Target.Code
	if tgt == "" {
		tgt = "—"
	}
	name := ""
	if c, ok := ontology.Event(ev.Code); ok {
		name = c.Name
	}
	fmt.Fprintf(&b, "%s → %s  %s %s", ev.Source.Code, tgt, ev.Code, name)
	fmt.Fprintf(&b, "  (%q → %q → %q)", ev.SourceSpan.Text(a.Text), ev.TriggerSpan.Text(a.Text), ev.TargetSpan.Text(a.Text))
	if ev.Flags != 0 {
		fmt.Fprintf(&b, " [%s]", strings.Join(ev.Flags.Names(), ","))
	}
	if !ev.Date.IsZero() && !ev.Date.Equal(a.Date) {
		fmt.Fprintf(&b, " on %s", ev.Date.Format("2006-01-02"))
	}
	if ev.Location != nil {
		fmt.Fprintf(&b, " at %s", ev.Location.FullName)
	}
	return b.String()
}
