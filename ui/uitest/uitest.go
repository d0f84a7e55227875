// Package uitest holds what the screens' tests share: a real library file
// in a temporary folder, loaded with the seed pages or the demo library, and
// a wait for a view's background load.
package uitest

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"parley/app"
	"parley/app/apptest"
	"parley/assets"
	"parley/data"
)

// Open opens (or creates) the library file at path with meeting extraction
// on, as the desktop app does; the caller closes it.
func Open(path string) (*app.Library, error) {
	store, err := data.Open(path)
	if err != nil {
		return nil, err
	}
	lib := app.NewLibrary(store)
	if err := lib.EnableExtraction(context.Background(), assets.Gazetteer()); err != nil {
		store.Close()
		return nil, err
	}
	return lib, nil
}

// MustOpen opens a new, empty library file in t.TempDir() with meeting
// extraction on; the file is closed when the test ends.
func MustOpen(t testing.TB) *app.Library {
	t.Helper()
	lib, err := Open(filepath.Join(t.TempDir(), "lib.parley"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Store.Close() })
	return lib
}

// Seeded is a library holding the five seed pages, with their meetings.
func Seeded(t testing.TB) *app.Library {
	t.Helper()
	lib := MustOpen(t)
	sum, err := lib.Import(context.Background(), []string{apptest.SeedsDir(t)}, nil)
	if err != nil || sum.Imported != 5 {
		t.Fatalf("import seeds: %+v %v", sum, err)
	}
	return lib
}

// Demo is a library holding the embedded demo library.
func Demo(t testing.TB) *app.Library {
	t.Helper()
	lib := MustOpen(t)
	if _, err := lib.LoadDemo(context.Background(), assets.Demo()); err != nil {
		t.Fatalf("load demo: %v", err)
	}
	return lib
}

// Loaded returns a callback for a view's `loaded` hook and a wait that
// blocks until the next call, so a test never touches a widget while a
// background load does.
func Loaded(t testing.TB) (hook func(), wait func(what string)) {
	ch := make(chan struct{}, 16)
	hook = func() { ch <- struct{}{} }
	wait = func(what string) {
		t.Helper()
		select {
		case <-ch:
		case <-time.After(10 * time.Second):
			t.Fatalf("timed out waiting for %s", what)
		}
	}
	return hook, wait
}
