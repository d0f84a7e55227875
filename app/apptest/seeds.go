// Package apptest holds what the tests of several packages share: where the
// real seed pages are. It imports only the standard library.
package apptest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// SeedsEnv names the environment variable that points the tests at another
// folder of seed pages.
const SeedsEnv = "PARLEY_SEEDS"

// SeedsDir is the folder of the five real agency pages every importer test
// reads: $PARLEY_SEEDS, else ../shared/seeds beside the repository. A
// missing folder fails the test with the place it looked; it is never
// skipped, since the tests would then prove nothing.
func SeedsDir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv(SeedsEnv)
	if dir == "" {
		_, file, _, ok := runtime.Caller(0)
		if !ok {
			tb.Fatal("cannot locate the apptest source file to find the seed pages")
		}
		// app/apptest/seeds.go -> repository -> its parent -> shared/seeds
		dir = filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "seeds")
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Fatalf("seed pages not found at %s (set %s): %v", dir, SeedsEnv, err)
	}
	return dir
}
