package parse

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugeInt16s returns a zeroed slice of n int16s for a weight table. The
// tables are tens of megabytes read at random, one cache line per
// feature; with 4 KB pages nearly every read also misses the TLB and walks
// the page tables. Backing them with 2 MB pages (transparent huge pages,
// asked for with madvise, which is the kernel's usual default) removes
// most of that cost. owner's cleanup unmaps the memory. Small tables, or
// a kernel that refuses the mapping, get ordinary heap memory.
func hugeInt16s[T any](owner *T, n int) []int16 {
	const huge = 2 << 20
	size := n * 2
	if size < huge {
		return make([]int16, n)
	}
	// Over-allocate by one huge page so that the table can start on a
	// huge-page boundary.
	mem, err := syscall.Mmap(-1, 0, size+huge, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]int16, n)
	}
	off := 0
	if r := uintptr(unsafe.Pointer(&mem[0])) % huge; r != 0 {
		off = int(huge - r)
	}
	_ = syscall.Madvise(mem[off:off+size], syscall.MADV_HUGEPAGE) // advisory: small pages still work
	runtime.AddCleanup(owner, func(m []byte) { _ = syscall.Munmap(m) }, mem)
	return unsafe.Slice((*int16)(unsafe.Pointer(&mem[off])), n)
}
