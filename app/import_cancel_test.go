package app_test

import (
	"context"
	"errors"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"parley/app"
	"parley/app/apptest"
	"parley/app/benchgen"
)

// Cancelling an import (the desktop app's Cancel button) stops every stage
// of the pipeline soon: Import returns context.Canceled, what was reported
// is stored and nothing else, no goroutine is left behind, and the next
// import stores the rest once.
func TestCancelledImportStopsAndResumes(t *testing.T) {
	dir := filepath.Join(apptest.TempDir(t), "pages")
	const files = 400
	if _, err := benchgen.WriteFolder(dir, 31, files); err != nil {
		t.Fatal(err)
	}
	for _, background := range []bool{false, true} {
		lib, store := mustOpenLibrary(t)
		lib.Background = background
		before := runtime.NumGoroutine()

		ctx, cancel := context.WithCancel(context.Background())
		reported := 0
		start := time.Now()
		_, err := lib.Import(ctx, []string{dir}, func(r app.FileReport) {
			reported++
			if reported == 5 {
				cancel()
			}
		})
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("background %v: cancelled import returned %v", background, err)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("background %v: the cancelled import took %v", background, d)
		}
		info, err := store.Info(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if info.Articles != reported || reported >= files {
			t.Errorf("background %v: %d files reported, %d articles stored", background, reported, info.Articles)
		}
		deadline := time.Now().Add(5 * time.Second)
		for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		if n := runtime.NumGoroutine(); n > before {
			t.Errorf("background %v: %d goroutines after the cancelled import, %d before", background, n, before)
		}

		sum, err := lib.Import(context.Background(), []string{dir}, nil)
		if err != nil || sum.Imported != files-reported || sum.Present != reported {
			t.Errorf("background %v: the import after: %+v, %v (want %d imported, %d present)",
				background, sum, err, files-reported, reported)
		}
	}
}
