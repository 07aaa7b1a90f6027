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
// "[XXX~]" (a prefix in PETRARCH) is read as the same role and reported as
// an approximation. "{}" (no plural) cannot be honoured by kb's automatic
// plurals and is reported. "!NAME! = A, B" substitution sets expand every
// phrase that contains !NAME!.
//
// Discards: "+PHRASE" is a story discard, other lines sentence discards;
// kb has sentence scope only, so story discards are read as sentence
// discards and reported.
//
// Verbs: synonym sets ("&NAME" then "+member" lines, nested sets allowed),
// blocks "--- VERB [code] ---" with verb lines ("BAN {BANS BANNED}") and
// patterns "- words * words [code]". Each verb becomes its lemma (the coder
// matches lemmas, so irregular forms need no entries of their own); every
// pattern becomes an events.Pattern whose elements are the pattern's words
// as dependents of the trigger: "- * (TO BORDER) [154]" needs dependents
// "to" and "border"; "+" and "$" after a preposition are the oblique with
// that case, otherwise the object. Words before "*" are read as dependents
// too ("WILL NOT *" needs "will" and "not"); a pattern whose words
// before '*' govern the verb ("SAID *") therefore never matches, which
// loses that pattern but never codes wrongly. Synonym sets expand into
// alternatives. "{…}" noun phrases and "(…)" prepositional phrases are
// flattened into their words; "^" (skip a phrase) needs nothing in a
// dependency match. Paired codes "[032:033]" and the null code "[---]" are
// kept in Pattern.Code; the Stage post-processor splits pairs into an
// event and its reverse and drops null-coded events (a null pattern exists
// to block a more general one). "%" compound patterns and the
// transformation section ("~ a (a b ATTACK) SAY = a b 015") have no
// counterpart and are reported as skipped with file and line.
package petrarch
