package hugemem

import (
	"runtime"
	"syscall"
	"unsafe"
)

// Owner owns a table mapped outside the Go heap. The mapping is released
// when the Owner becomes unreachable, so whatever holds the table must hold
// its Owner too.
type Owner struct{ mem []byte }

// Slice returns a zeroed slice of n Es for a weight table, and its owner
// (nil for heap memory). The tables are tens of megabytes read at
// random, a cache line per feature; with 4 KB pages nearly every read also
// misses the TLB and walks the page tables. Backing them with 2 MB pages
// (transparent huge pages asked for with madvise, the kernel's usual
// setting) removes most of that cost. Small tables, or a kernel that
// refuses the mapping, get ordinary heap memory.
func Slice[E any](n int) ([]E, *Owner) {
	const huge = 2 << 20
	var e E
	size := n * int(unsafe.Sizeof(e))
	if size < huge {
		return make([]E, n), nil
	}
	// One huge page more, so that the table can start on a boundary.
	mem, err := syscall.Mmap(-1, 0, size+huge, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]E, n), nil
	}
	off := 0
	if r := uintptr(unsafe.Pointer(&mem[0])) % huge; r != 0 {
		off = int(huge - r)
	}
	_ = syscall.Madvise(mem[off:off+size], syscall.MADV_HUGEPAGE) // advisory: small pages work too
	h := &Owner{mem: mem}
	runtime.AddCleanup(h, func(m []byte) { _ = syscall.Munmap(m) }, mem)
	return unsafe.Slice((*E)(unsafe.Pointer(&mem[off])), n), h
}
