package app

import (
	"runtime/debug"
	"sync"
	"testing"
)

// Overlapping imports raise the collector's target once and the last one
// restores what was set before; a higher setting is left alone.
func TestRelaxGCRestoresAfterTheLastImport(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	get := func() int { v := debug.SetGCPercent(-1); debug.SetGCPercent(v); return v }

	first := relaxGC()
	if got := get(); got != importGCPercent {
		t.Fatalf("during an import: GOGC %d, want %d", got, importGCPercent)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { relaxGC()() })
	}
	wg.Wait()
	if got := get(); got != importGCPercent {
		t.Errorf("after overlapping imports ended, the first still running: GOGC %d", got)
	}
	first()
	if got := get(); got != 100 {
		t.Errorf("after the last import: GOGC %d, want 100 back", got)
	}

	debug.SetGCPercent(800)
	restore := relaxGC()
	if got := get(); got != 800 {
		t.Errorf("a higher setting was changed to %d", got)
	}
	restore()
	if got := get(); got != 800 {
		t.Errorf("after the import: %d, want 800", got)
	}
}
