// Package lemma sets the lemma of each token from its form and its tags, as
// UD English annotates lemmas: plurals singular, verb forms in the base
// form, comparatives in the positive, "n't" → "not", "'s" as a verb → "be"
// and as a possessive → "'s", pronouns in their nominative form ("me" →
// "I"), proper nouns in their own case and other words in lower case.
//
// It is rules plus exception lists. The rules strip suffixes by tag
// (NNS, VBD, VBN, VBG, VBZ, JJR, JJS, RBR, RBS). The exceptions, generated
// into tables.go by ./gen, come from three sources of facts:
//
//   - WordNet's exception files (noun.exc, verb.exc, adj.exc, adv.exc from
//     Debian's wordnet-base): irregular forms ("went" → "go", "mice" →
//     "mouse");
//   - the regular forms of WordNet's words that the plain rules get wrong
//     ("making" → "make", "buses" → "bus", "larger" → "large"), found by
//     inflecting every WordNet lemma and checking the rule on the result;
//   - UD English training data (EWT train and the non-NonCommercial GUM
//     train documents): a word and tag whose gold lemma the rules and
//     WordNet miss at least twice ("an"/DT → "a", "me"/PRP → "I"), unless
//     the gold lemma of a verb is no WordNet verb while the rules give one
//     (annotation slips such as "fled" → "flead").
//
// Regenerate with
//
//	go generate ./internal/nlp/lemma
//
// which needs wordnet-base installed (apt-get install wordnet-base) and
// ../shared/ud; neither is needed to build or test, since tables.go is
// committed.
package lemma

//go:generate go run ./gen -wordnet /usr/share/wordnet -shared ../../../../shared -out tables.go
