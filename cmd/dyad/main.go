// Command dyad codes political events from dated news text.
//
// All the work is in internal/cli; main only hands it the process's
// arguments and streams and turns its result into an exit code.
package main

import (
	"os"

	"dyad/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
}
