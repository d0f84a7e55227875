package app_test

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"

	"parley/app"
	"parley/app/apptest"
	"parley/app/benchgen"
)

// A background import stores on threads of lower priority (the progress
// callback runs on the storing goroutine, so it sees that thread), imports
// the same as a foreground one, and leaves the caller's thread as it was.
func TestBackgroundImportRunsAtLowerPriority(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("per-thread priority is set on Linux only")
	}
	ctx := context.Background()
	dir := filepath.Join(apptest.TempDir(t), "pages")
	if _, err := benchgen.WriteFolder(dir, 5, 40); err != nil {
		t.Fatal(err)
	}
	runtime.LockOSThread() // the caller's thread, checked after each import
	defer runtime.UnlockOSThread()
	base, ok := app.ThreadNice()
	if !ok {
		t.Fatal("cannot read the thread's priority")
	}
	want := map[bool]int{false: base, true: min(base+10, 19)}
	counts := map[bool]app.ImportSummary{}
	for _, background := range []bool{false, true} {
		lib, _ := mustOpenLibrary(t)
		lib.Background = background
		seen := map[int]int{}
		sum, err := lib.Import(ctx, []string{dir}, func(app.FileReport) {
			nice, _ := app.ThreadNice()
			seen[nice]++
		})
		if err != nil || sum.Imported != 40 {
			t.Fatalf("background %v: %+v, %v", background, sum, err)
		}
		if len(seen) != 1 || seen[want[background]] != 40 {
			t.Errorf("background %v: progress ran at nice values %v, want all 40 at %d", background, seen, want[background])
		}
		if now, _ := app.ThreadNice(); now != base {
			t.Errorf("background %v: the caller's thread is at nice %d after the import, was %d", background, now, base)
		}
		counts[background] = sum
	}
	if counts[false] != counts[true] {
		t.Errorf("foreground %+v, background %+v", counts[false], counts[true])
	}
}
