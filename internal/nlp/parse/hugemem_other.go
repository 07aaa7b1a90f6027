//go:build !linux

package parse

// hugeInt16s returns a zeroed slice of n int16s; only Linux backs weight
// tables with huge pages.
func hugeInt16s[T any](_ *T, n int) []int16 { return make([]int16, n) }
