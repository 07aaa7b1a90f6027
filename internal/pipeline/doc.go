// Package pipeline runs dyad's stages over a stream of articles on all cores.
//
// A Source yields articles; each article passes through the Stages in order
// on one worker goroutine (an article is never shared between goroutines
// while it is processed); a Sink receives the finished articles in input
// order, so output is deterministic whatever the number of workers.
// Stages must be safe for concurrent use: they hold read-only models and
// dictionaries and keep per-article state on the stack.
package pipeline
