package app

import (
	"runtime/debug"
	"sync"
)

// An import allocates quickly and keeps little while it parses and stores:
// parsing and extraction make short-lived strings and slices while the live
// heap stays near 10 MB. With Go's default GOGC of 100 the collector then
// ran about 17 times a second (238 cycles in a 2,000-article import), each
// cycle stopping every goroutine twice. While an import runs the heap may grow to
// importGCPercent percent over the live data before a collection: a few
// tens of megabytes more, a quarter of the collections.
const importGCPercent = 400

var importGC struct {
	sync.Mutex
	running int // imports under way
	saved   int // the setting before the first of them
}

// relaxGC raises the collector's target while an import parses and stores
// (not while it reclusters, which holds a partner's meetings: with GOGC 400
// that phase took the peak of a 100,000-article import from 592 to 695 MB)
// and returns the function that restores it. Imports may overlap: the
// first raises it, the last restores what was there before. A setting already
// higher than importGCPercent (or GOGC=off) is left alone.
func relaxGC() (restore func()) {
	importGC.Lock()
	defer importGC.Unlock()
	if importGC.running == 0 {
		importGC.saved = debug.SetGCPercent(importGCPercent)
		if importGC.saved < 0 || importGC.saved > importGCPercent {
			debug.SetGCPercent(importGC.saved)
		}
	}
	importGC.running++
	return func() {
		importGC.Lock()
		defer importGC.Unlock()
		importGC.running--
		if importGC.running == 0 {
			debug.SetGCPercent(importGC.saved)
		}
	}
}
