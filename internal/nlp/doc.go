// Package nlp is dyad's NLP stage: it segments an article's cleaned text
// into sentences and syntactic words (token), tags them (tag), lemmatizes
// them (lemma) and parses them into UD dependency trees (parse).
//
// The stage fills Article.Sentences. The models are the embedded ones,
// loaded once per process; a Stage holds only read-only state and is safe
// on many goroutines, as the pipeline requires.
//
// Annotate runs tag, lemma and parse over one sentence's tokens without
// segmenting, for callers that already have words (UD evaluation with gold
// tokenization, pre-tokenized input).
package nlp
