// Package model is dyad's one data model: the values that flow between the
// pipeline stages (ingest → clean → nlp → kb → coder → geo → sinks).
//
// A stage reads the layers written before it and adds its own; it never
// rewrites what an upstream stage produced. The types are plain structs with
// JSON tags so that the JSONL writer, the future store and the message bus can
// carry them unchanged.
//
// Conventions:
//   - Spans are byte offsets into Article.Text (the cleaned text), half-open
//     [Start, End). Article.Offsets maps them back to Article.Raw.
//   - CAMEO codes are strings: leading zeros matter ("010", "0211").
//   - Token heads are indexes into Sentence.Tokens; -1 marks the root.
//   - Per-article trouble is a Diagnostic on the article, never a panic;
//     Go errors are kept for failures of the run itself.
//
// This package imports nothing of dyad's own.
package model
