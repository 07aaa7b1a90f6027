package cli

import (
	"context"
	"flag"
	"fmt"

	"dyad/internal/model"
)

func init() {
	register(&Command{
		Name:    "places",
		Summary: "list the places resolved in articles, with the evidence for each, and where each event happened",
		Usage:   "[flags] FILES|DIRS|-",
		Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
			var in inputFlags
			var st stageFlags
			in.register(fs)
			st.register(fs)
			return func(ctx context.Context, env Env, args []string) error {
				st.includeFlagged, st.noGeo = true, false
				return runStages(ctx, env, args, &in, &st, func(a *model.Article) error {
					fmt.Fprintf(env.Stdout, "=== %s (%s)\n", a.ID, a.Date.Format("2006-01-02"))
					for _, p := range a.Places {
						fmt.Fprintf(env.Stdout, "place  s%d %q → %s [%s] %.5f,%.5f type %d — %s\n",
							p.Sentence+1, p.Name, p.FullName, p.FeatureID, p.Lat, p.Lon, p.Type, p.Evidence)
					}
					for i := range a.Events {
						ev := &a.Events[i]
						if ev.Location == nil {
							fmt.Fprintf(env.Stdout, "event  %s  at (no place)\n", eventLine(a, ev))
							continue
						}
						fmt.Fprintf(env.Stdout, "event  %s — %s\n", eventLine(a, ev), ev.Location.Evidence)
					}
					return nil
				})
			}
		},
	})
}
