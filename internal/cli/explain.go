package cli

import (
	"context"
	"flag"

	"dyad/internal/coder"
	"dyad/internal/model"
)

func init() {
	register(&Command{
		Name:    "explain",
		Summary: "show, sentence by sentence, each event with its source, trigger and target words, flags, pattern and the coder's steps",
		Usage:   "[flags] FILES|DIRS|-",
		Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
			var in inputFlags
			var st stageFlags
			in.register(fs)
			st.register(fs)
			all := fs.Bool("all", false, "also show sentences that gave no event, with their actors")
			return func(ctx context.Context, env Env, args []string) error {
				st.includeFlagged = true // explain shows flagged events too, marked as such
				opt := coder.ExplainOptions{AllSentences: *all}
				return runStages(ctx, env, args, &in, &st, func(a *model.Article) error {
					return coder.WriteExplanation(env.Stdout, a, opt)
				})
			}
		},
	})
}
