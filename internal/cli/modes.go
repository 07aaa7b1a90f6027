package cli

// The commands with modes. Each mode registers itself from its own file, e.g.
//
//	func init() { evalModes.add("ud", subcommand{Summary: "...", Run: runEvalUD}) }
//
// and the command itself is registered here.
var (
	// dyad eval ud FILE.conllu | dyad eval extraction DIR | dyad eval GOLD.jsonl (fallback)
	evalModes = &modeSet{name: "eval"}
	// dyad train tagger | dyad train parser
	trainModes = &modeSet{name: "train"}
	// dyad dict lint | stats
	dictModes = &modeSet{name: "dict"}
	// dyad bench nlp | dyad bench code
	benchModes = &modeSet{name: "bench"}
)

func init() {
	register(evalModes.command("score dyad against gold data (events, UD treebanks, HTML extraction)", "MODE|GOLD.jsonl [flags] [args]"))
	register(trainModes.command("train dyad's models from ../shared/ud (deterministic)", "MODE [flags]"))
	register(dictModes.command("check and describe the dictionaries", "MODE [flags]"))
	register(benchModes.command("measure throughput and memory of a stage or the whole pipeline", "MODE [flags]"))
}
