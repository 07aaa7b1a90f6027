// Package dictfile reads the block syntax shared by all of dyad's own
// dictionary files (actors, agents, event patterns, discards).
//
// A file is a sequence of blocks. A block starts with a line at column 0,
// "KIND KEY…"; the indented lines after it are its fields, "name: value",
// and a field name may repeat. '#' starts a comment that runs to the end of
// the line (write "\#" for a literal '#'). Blank lines are ignored. Every
// block and field keeps its file and line so that loaders and `dyad dict
// lint` can point at the exact place of a problem.
//
//	# The United States, with its metonyms.
//	country USA
//	    name: United States | United States of America | U.S. | America
//	    adjective: American | U.S.
//	    metonym GOV: Washington | the White House
package dictfile
