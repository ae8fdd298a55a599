package importers

import (
	"syscall"
	"unsafe"
)

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14), which the syscall
// package does not name.
const madvPopulateWrite = 23

// prefaultMin is the smallest slice prefault bothers with.
const prefaultMin = 2 << 20

// prefault asks the kernel to back the new memory of a large slice with
// huge pages and to map it all in one call, instead of taking a page
// fault on every 4 KB as the slice fills. On virtual machines a page fault
// is dear: filling the 170 MB of contacts of the L dataset took about a
// second longer without this. The contents are not changed; errors (older
// kernels, no transparent huge pages) only mean the faults happen later.
func prefault[T any](s []T) {
	n := uintptr(cap(s)) * unsafe.Sizeof(*new(T))
	if n < prefaultMin {
		return
	}
	p := unsafe.Pointer(unsafe.SliceData(s[:1]))
	all := unsafe.Slice((*byte)(p), n)
	// madvise wants whole pages.
	start, page := uintptr(p), uintptr(syscall.Getpagesize())
	lo, hi := (start+page-1)&^(page-1), (start+n)&^(page-1)
	if hi <= lo {
		return
	}
	b := all[lo-start : hi-start]
	syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	syscall.Madvise(b, madvPopulateWrite)
}
