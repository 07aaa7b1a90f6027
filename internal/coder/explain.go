package coder

import (
	"fmt"
	"io"
	"strings"

	"dyad/internal/model"
	"dyad/internal/ontology"
)

// ExplainOptions configures WriteExplanation.
type ExplainOptions struct {
	// AllSentences prints sentences that gave no event too, with their
	// actors, so that a user can see why nothing was coded.
	AllSentences bool
}

// WriteExplanation prints the events of a coded article sentence by
// sentence: the words of source, trigger and target quoted from the text,
// the flags and date, the pattern and dictionary entries that fired and the
// coder's steps. It is what `dyad explain` prints.
func WriteExplanation(w io.Writer, a *model.Article, opt ExplainOptions) error {
	ew := &errWriter{w: w}
	date := "no date"
	if !a.Date.IsZero() {
		date = a.Date.Format("2006-01-02")
	}
	ew.printf("=== article %s (%s)\n", a.ID, date)
	for _, d := range a.Diagnostics {
		if d.Severity >= model.Warning {
			ew.printf("! %s\n", d.String())
		}
	}
	bySent := make([][]int, len(a.Sentences))
	var stray []int
	for i := range a.Events {
		if s := a.Events[i].Sentence; s >= 0 && s < len(bySent) {
			bySent[s] = append(bySent[s], i)
		} else {
			stray = append(stray, i)
		}
	}
	for si := range a.Sentences {
		s := &a.Sentences[si]
		if len(bySent[si]) == 0 && s.Discarded == "" && !opt.AllSentences {
			continue
		}
		ew.printf("\n--- sentence %d: %s\n", si+1, oneLine(s.Span.Text(a.Text)))
		if s.Discarded != "" {
			ew.printf("  discarded: %s\n", s.Discarded)
		}
		if len(bySent[si]) == 0 {
			for _, ac := range s.Actors {
				ew.printf("  actor %s %q (%s)\n", ac.Code, ac.Span.Text(a.Text), ac.Kind)
			}
			ew.printf("  no event\n")
		}
		for _, ei := range bySent[si] {
			writeEvent(ew, a, &a.Events[ei])
		}
	}
	for _, ei := range stray {
		writeEvent(ew, a, &a.Events[ei])
	}
	ew.printf("\n")
	return ew.err
}

func writeEvent(ew *errWriter, a *model.Article, ev *model.Event) {
	name := ""
	if c, ok := ontology.Event(ev.Code); ok {
		name = " " + c.Name
	}
	tgt := ev.Target.Code
	if tgt == "" {
		tgt = "—"
	}
	flags := "factual"
	if ev.Flags != 0 {
		flags = strings.Join(ev.Flags.Names(), ",")
		if ev.Flags.Factual() {
			flags = "factual, " + flags
		}
	}
	ew.printf("  event %s: %s → %s  %s%s  [%s]", ev.ID, ev.Source.Code, tgt, ev.Code, name, flags)
	if !ev.Date.IsZero() {
		ew.printf("  %s", ev.Date.Format("2006-01-02"))
		if ev.DateText != "" {
			ew.printf(" (%q)", ev.DateText)
		}
	}
	ew.printf("\n")
	if ev.Group != "" {
		ew.printf("    group    %s\n", ev.Group)
	}
	ew.printf("    source   %q %s\n", ev.SourceSpan.Text(a.Text), actorNote(&ev.Source))
	ew.printf("    trigger  %q\n", ev.TriggerSpan.Text(a.Text))
	if !ev.Target.IsZero() {
		ew.printf("    target   %q %s\n", ev.TargetSpan.Text(a.Text), actorNote(&ev.Target))
	}
	ew.printf("    pattern  %s\n", ev.Explanation.Pattern)
	for _, e := range ev.Explanation.Entries {
		ew.printf("    entry    %s\n", e)
	}
	for _, s := range ev.Explanation.Steps {
		ew.printf("    step     %s\n", s)
	}
}

func actorNote(a *model.Actor) string {
	var b strings.Builder
	b.WriteString(a.Code)
	if a.Name != "" {
		b.WriteString(" " + a.Name)
	}
	b.WriteString(" (" + a.Kind.String() + ")")
	return b.String()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// errWriter keeps the first write error so the printing code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
