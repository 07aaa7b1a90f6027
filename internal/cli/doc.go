// Package cli holds dyad's subcommands, one file per subcommand (restic's
// habit): each file defines its Options, its flags and a testable run
// function, and registers a Command in init.
//
// Nothing below cli reads flags, the environment or ../shared on its own:
// cli resolves paths and options and passes them down in Options structs.
package cli
