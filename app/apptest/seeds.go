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
// reads: $PARLEY_SEEDS, else the first shared/seeds folder beside the
// repository or beside one of its parent folders (../shared/seeds for a
// checkout next to the shared folder). A missing folder fails the test with
// the places it looked; it is never skipped, since the tests would then
// prove nothing.
func SeedsDir(tb testing.TB) string {
	tb.Helper()
	if dir := os.Getenv(SeedsEnv); dir != "" {
		if _, err := os.Stat(dir); err != nil {
			tb.Fatalf("%s=%s: %v", SeedsEnv, dir, err)
		}
		return dir
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("cannot locate the apptest source file to find the seed pages")
	}
	repo := filepath.Join(filepath.Dir(file), "..", "..") // app/apptest/seeds.go
	var tried []string
	for dir := filepath.Dir(repo); ; dir = filepath.Dir(dir) {
		seeds := filepath.Join(dir, "shared", "seeds")
		if info, err := os.Stat(seeds); err == nil && info.IsDir() {
			return seeds
		}
		tried = append(tried, seeds)
		if filepath.Dir(dir) == dir {
			break
		}
	}
	tb.Fatalf("seed pages not found (looked in %v); set %s", tried, SeedsEnv)
	return ""
}
