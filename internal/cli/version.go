package cli

import (
	"context"
	"flag"
	"fmt"
	"runtime/debug"
)

// version is set at link time (-ldflags "-X dyad/internal/cli.version=v0.1.0");
// otherwise the build info's VCS revision is shown.
var version = "dev"

func init() {
	register(&Command{
		Name:    "version",
		Summary: "print dyad's version and build information",
		Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
			return func(_ context.Context, env Env, _ []string) error {
				v, rev := version, ""
				if bi, ok := debug.ReadBuildInfo(); ok {
					for _, s := range bi.Settings {
						if s.Key == "vcs.revision" && len(s.Value) >= 12 {
							rev = s.Value[:12]
						}
					}
					fmt.Fprintf(env.Stdout, "dyad %s %s %s\n", v, rev, bi.GoVersion)
					return nil
				}
				fmt.Fprintf(env.Stdout, "dyad %s\n", v)
				return nil
			}
		},
	})
}
