// Package coder turns parsed, actor-annotated sentences into coded events:
// who did what to whom, when, with the evidence for each decision.
//
// For every token the coder asks the event patterns (internal/kb/events) for
// candidates by lemma (verbs and nominal triggers), most specific first, and
// takes the first that matches the dependency tree around the trigger. The
// source and target come from syntax, not word order: subject and object,
// obliques with the pattern's preposition, passives with their by-agent,
// possessors and modifiers of nominal triggers, the subject of a light verb
// ("held talks with", "launched strikes on"), control ("vowed to attack"),
// relative clauses, coordination (one event per pair, tied by Event.Group)
// and, when the slot holds a pronoun or a definite description ("the prime
// minister"), the most recent compatible actor named earlier in the article.
//
// Patterns imported from PETRARCH/TABARI dictionaries (Pattern.Sequence) are
// matched as those coders match them instead: as word sequences around the
// verb, in order, with their own rules for source and target (sequence.go).
//
// The coder never drops an event because of its modality; it flags it
// (model.Flags) and leaves filtering to the writers:
//   - Negated: "not", "never", "no", and clauses under deny, refuse, fail,
//     decline ("denied striking").
//   - Hypothetical: could, might, may, should, must, and "would" outside
//     reported speech (inside it, "said it would send troops", "would" is
//     the future); "if"/"unless"
//     clauses; clauses under urge, ask, call (on), demand (a demanded act is
//     not asserted); under believe, suspect, fear, suggest.
//   - Future: will, shall; clauses under plan, intend, vow, threaten, agree,
//     "is set to", "is expected to", "is likely to", "is going to"; purpose
//     clauses ("sent troops to attack") are aims, also future. Events
//     whose code is an intent (03x) or a threat (13x) are events in their own
//     right and are never flagged future.
//   - Reported: clauses under say, claim, report, allege, accuse…, a
//     parataxis "officials said", "according to", and "allegedly",
//     "reportedly", "alleged". An allegation is attributed, not hypothetical:
//     the speaker asserts it, so a reported event stays factual.
//   - Question: the sentence ends in a question mark.
//
// A statement verb whose complement holds another asserted event ("X said Y
// attacked Z"), or the report of an act no pattern knows ("X said it had
// expelled diplomats"), is not coded as a statement by default: the attack
// Y→Z is the event, flagged Reported. A statement of opinion or of what
// someone will do stays a statement (Options.KeepStatements keeps all).
//
// Beyond single patterns, the coder derives two kinds of events and drops
// one, each decision a step of the explanation:
//   - An intent or threat: a future act announced by its doer ("X said it
//     will send aid" → 033; "X vowed to attack Y" → 138), or announced as
//     planned ("X will meet Y" → 036), as ICEWS codes future acts. A threat
//     needs an utterer: a future conflict act becomes 13x only under a verb
//     of saying, warning or vowing by its doer. The act itself is kept,
//     flagged future; intents are dated by the article.
//   - An accusation: an accusatory predicate said by someone ("X suggested
//     the strikes could constitute war crimes" → X 1124 against the
//     strikes' actor), flagged as its content ("could": hypothetical).
//   - Dropped: a nominal act under a verb that undoes it ("suspended
//     military aid", "rejected the offer"): the verb's own pattern codes what
//     happened.
//
// Parse repairs, each named in the steps: a finite verb with no subject in
// the tree takes the actor right before it; a name parsed as the root with
// the verb in parataxis or as its clausal modifier ("Erdogan on Wednesday
// blamed …") is the verb's subject; a light verb's object parsed as a bare
// oblique is still its object; a noun parsed as the clause head takes its
// subject as doer; a time noun ("this week") is never a subject; a
// participle on a verb's object ("issued a statement calling on Y") is done
// by the verb's subject; "responsible for" gives the act to its subject; a
// past participle with its own object parsed as a noun's modifier
// ("troops killed twelve people, the ministry said") is finite; of two
// subjects, the nearest before the verb that names an actor is taken. A
// weapon subject that names nobody ("rockets fired by Hamas hit …") is
// wielded by its participle's agent.
//
// Actors the slots name beyond the dictionary match: a subject pronoun in
// the complement of a speech verb is its speaker ("the government said it
// is skeptical"); a bare title before an unknown name ("President
// Duterte"), an office's owner ("the governor's office") and the members
// after a quantity ("thousands of workers") name the actor; a wire dateline
// ("CAIRO, June 2 -") names none. A target that is the source itself is
// dropped, leaving the event without target; when no pattern of a trigger
// matches, a material act (06, 07, 084, 15, 17–20) whose target slot names
// no known actor is coded without target ("fought the raiders").
//
// Nothing is dropped in favour of an event that names no doer: a statement
// stays when the act in its complement has no source, and a statement
// pattern that names the act ("claim attack", 015) stays beside it. A
// cooperative act its doer says it will not do is a refusal ("X said it
// would not release the prisoners" → 1243), as the intent is derived for a
// future one. What a speaker says another actor must do is a demand
// on it ("X said Y must withdraw" → X 100 Y).
//
// Event dates: the article date, or a date the trigger's clause states
// ("yesterday", "on Tuesday", "last week", "March 12", "12 March 2024"),
// resolved against the article date. Weekday names resolve to the most
// recent such day not after the article date, or the next one for
// future-flagged events.
//
// The Coder holds only read-only state after New and is safe on many
// goroutines; its output depends only on its input.
package coder
