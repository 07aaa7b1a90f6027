// Package token splits cleaned news text into sentences and UD-style
// syntactic words, with byte offsets into the text.
//
// Tokenization follows the conventions of the UD English treebanks (EWT,
// GUM), because the tagger and parser are trained on them and a word split
// differently from training is a word tagged and attached badly:
//
//   - clitics are their own words: "don't" → "do" "n't", "Israel's" →
//     "Israel" "'s", "we'll" → "we" "'ll", "can't" → "ca" "n't";
//     "cannot" → "can" "not", "gonna" → "gon" "na", "wanna", "gotta";
//   - punctuation is split off, except inside numbers ("1,200", "3.5",
//     "10:30"), abbreviations and initialisms ("U.S.", "Gen.", "e.g."),
//     URLs and e-mail addresses;
//   - hyphenated compounds are split at the hyphen ("search - engine",
//     "Gaza - based") except after the bound prefixes UD keeps attached
//     ("e-mail", "non-stop", "pre-war", "anti-war", "co-founder");
//     digit-hyphen-digit runs (phone numbers, scores) stay one word;
//   - "%" and currency signs are their own words ("50" "%", "$" "50").
//
// Sentences end at ".", "!", "?" and ellipses (taking closing quotes and
// brackets with them), at blank lines, and at a line break that ends a
// headline-like line (mostly capitalised words, no final punctuation). A
// period that belongs to an abbreviation ends a sentence only when the next
// word is a capitalised function word ("the U.S. The ..."), and titles
// ("Gen.", "Mr.", "St.") never end one, so "Gen. Herzi Halevi" stays whole.
//
// Datelines ("GAZA CITY, March 19 (Reuters) - Israeli forces ...") are kept
// inside the first sentence: they carry no sentence-final punctuation, and
// splitting them off would leave the first sentence without its context in
// inputs where the dateline sits on the same line. Dateline reports the
// dateline at the start of a sentence, so that the event coder can skip it
// and the gazetteer can read its place name.
//
// Segment runs in time linear in the input, never panics (invalid UTF-8
// bytes become one-byte symbol tokens) and allocates one token array for the
// whole text.
package token
