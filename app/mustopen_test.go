package app_test

import (
	"context"
	"path/filepath"
	"testing"

	"parley/app"
	"parley/app/apptest"
	"parley/assets"
	"parley/data"
)

// mustOpenLibrary opens a new library file in a temporary folder with
// meeting extraction on; the file is closed when the test ends.
func mustOpenLibrary(t *testing.T) (*app.Library, *data.Store) {
	t.Helper()
	store, err := data.Open(filepath.Join(apptest.TempDir(t), "library.parley"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	lib := app.NewLibrary(store)
	if err := lib.EnableExtraction(context.Background(), assets.Gazetteer()); err != nil {
		t.Fatal(err)
	}
	return lib, store
}
