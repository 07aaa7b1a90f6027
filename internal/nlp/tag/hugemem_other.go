//go:build !linux

package tag

// hugeMem owns a weight table outside the Go heap; only Linux has them.
type hugeMem struct{}

// hugeSlice returns a zeroed slice of n Es on the heap.
func hugeSlice[E any](n int) ([]E, *hugeMem) { return make([]E, n), nil }
