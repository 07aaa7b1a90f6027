// Package petrarch reads PETRARCH/TABARI dictionaries (verbs, actors,
// agents, discards) and maps them onto dyad's own knowledge base: actor,
// agent and discard entries for internal/kb and event patterns for
// internal/kb/events. Analysts keep their dictionaries; dyad codes with
// them through its dependency-based coder.
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
// dated codes. "_" joins words; a trailing "_" (PETRARCH's "no stemming"
// mark) is dropped because dyad matches whole words only. The null code
// [---] keeps the phrase matched but uncoded.
//
// Agents: "PHRASE {PLURAL} [~XXX]" adds role XXX after the actor's code;
// "[XXX~]" puts it before (Dicts.Prefix; "MSF Arnor" → NGOARN). "{}" (no
// plural) cannot be honoured by kb's automatic plurals and is reported.
// "!NAME! = A, B" substitution sets expand every phrase that contains
// !NAME!.
//
// Discards: "+PHRASE" is a story discard, other lines sentence discards;
// kb has sentence scope only, so story discards are read as sentence
// discards and reported.
//
// Verbs: synonym sets ("&NAME" then "+member" lines, nested sets allowed),
// blocks "--- VERB [code] ---" with verb lines ("BAN {BANS BANNED}", and
// "+BREAK_DOWN {…}" verb-phrase synonyms) and patterns "- words * words
// [code]". Each verb becomes its lemma (the coder matches lemmas); a verb
// written inflected ("LEFT", "SAID") matches only its own forms, as in
// PETRARCH, which matches words. Every pattern becomes an events.Pattern
// whose elements are the pattern's words as dependents of the trigger:
// "- * (TO BORDER) [154]" needs dependents "to" and "border"; "+" and "$"
// after a preposition are the oblique with that case, otherwise the
// object. Words before "*" are dependents too ("WILL NOT *"), except an
// inflected content verb ("INDICATED *", "SAID * TO ATTEND"), which governs
// the verb and so becomes the trigger with the verb as its dependent.
// Synonym sets expand into alternatives (at most 256 per line; more is
// reported). "{…}" noun phrases and "(…)" prepositional phrases are
// flattened into their words. "%" before the verb marks a compound
// subject; after it, a compound target (one event per conjunct). Paired
// codes "[032:033]", "[:173]" and the null code "[---]" are kept in
// Pattern.Code.
//
// # After the coder
//
// Finish (the pipeline stage after the coder) gives the coder's events the
// meaning PETRARCH gives them: the default target is the first actor after
// the verb in its own phrase, with its conjuncts; "^ +" skips phrases;
// agents combine with countries in their modifiers or next to them; multi-
// code actors ("ELR/GAL") stand for each code; "%" compounds pair their
// members; null codes are dropped and pairs split; derived intents and
// modality flags are removed (PETRARCH dictionaries encode modality in
// their patterns).
//
// # Not supported
//
// The "_" connector (consecutive words) and word order are not checked:
// dyad's coder matches the dependency tree, so "NEW_&TIETYPES_RELATIONS"
// also matches "new global economic relations". A target before the verb
// ("+ * IN $") and the transformation section ("~ a
// (a b ATTACK) SAY = a b 015") have no counterpart and are reported as
// skipped with file and line.
package petrarch
