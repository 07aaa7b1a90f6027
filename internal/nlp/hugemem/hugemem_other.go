//go:build !linux

package hugemem

// Owner owns a table outside the Go heap; only Linux has them.
type Owner struct{}

// Slice returns a zeroed slice of n Es on the heap.
func Slice[E any](n int) ([]E, *Owner) { return make([]E, n), nil }
