// Package petrarch reads PETRARCH/TABARI dictionaries (verbs, actors,
// agents, discards) and maps them onto dyad's own knowledge base: actor,
// agent and discard entries for internal/kb and event patterns for
// internal/kb/events. Analysts keep their dictionaries; dyad codes with
// them through its own tokenizer, tagger and parser, and its coder matches
// their patterns the way PETRARCH does.
//
// # Mapping
//
// Actors: a record is a primary phrase, '+' synonyms and codes, either on
// the primary line ("GONDOR [GON]") or on indented lines with date
// restrictions ("[HOBGOV 19950601 - 19990815]", "[USAGOV <150101]",
// "[X >990816]"; six-digit years below 30 are 20xx). Consecutive primaries
// without codes share the codes that follow, as in PETRARCH. A record whose
// only code has three letters becomes a country entry (so agents attach:
// "Gondor's soldiers" → GONMIL); other records become actor entries with
// dated codes. In a phrase "_" joins words that must be consecutive; words
// written with spaces may have other words between them inside one noun
// phrase, as PETRARCH matches. A trailing "_" (PETRARCH's "no stemming"
// mark) is dropped because dyad matches whole words only. The null code
// [---] keeps the phrase matched but uncoded.
//
// Agents: "PHRASE {PLURAL} [~XXX]" adds role XXX after the actor's code;
// "[XXX~]" puts it before (Dicts.Prefix; "MSF Arnor" → NGOARN). Plurals
// follow PETRARCH's rule; "{}" means none where phrases are read word by
// word (kb itself still forms regular plurals, which is reported).
// "!NAME! = A, B" substitution sets expand every phrase that contains
// !NAME!.
//
// Discards: "+PHRASE" is a story discard, other lines sentence discards. kb
// discards the matching sentence; Finish then drops every event of the
// story and leaves a diagnostic.
//
// Verbs: synonym sets ("&NAME" then "+member" lines, nested sets allowed),
// blocks "--- VERB [code] ---" with verb lines ("BAN {BANS BANNED}", and
// "+BREAK_DOWN {…}" verb-phrase synonyms) and patterns "- words * words
// [code]". Each verb becomes its lemma, and also its regular forms; a verb
// written inflected ("LEFT", "SAID") matches only its own forms, and in a
// multi-word verb ("WIRE_+TAP") the word marked "+" is the verb. Every
// pattern becomes an events.Pattern marked Sequence: the coder matches its
// words as PETRARCH does, in order around the verb, "_" for consecutive
// words, compared as written, with "+"/"$" slots, "^" skips and "%"
// compounds on either side of the verb (see internal/coder's sequence
// matching). Synonym sets expand into alternatives (at most 256 per line;
// more is reported). "{…}" noun phrases and "(…)" prepositional phrases are
// flattened into their words. Paired codes "[032:033]", "[:173]" and the
// null code "[---]" are kept in Pattern.Code.
//
// # Around the coder
//
// Dicts.AgentPhrases (the stage between kb and the coder) codes noun
// phrases that hold agents but no actor ("the official news agency said"
// → ---GOV), as PETRARCH codes every noun phrase. Finish (the stage after
// the coder) gives the coder's events the meaning PETRARCH gives them; its
// comment lists each rule: default targets, noun phrases read as the first
// actor plus its agents, compound sources and targets, clause rules, story
// discards, null and paired codes.
//
// # Not supported
//
// The transformation section ("~ a (a b ATTACK) SAY = a b 015") has no
// counterpart and is reported as skipped with file and line.
package petrarch
