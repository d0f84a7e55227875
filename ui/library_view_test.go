package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/app/apptest"
	"parley/data"
)

// seededLibrary is a real library file holding the five seed pages.
func seededLibrary(t *testing.T) *app.Library {
	t.Helper()
	store, err := data.Open(filepath.Join(t.TempDir(), "lib.parley"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	lib := app.NewLibrary(store)
	sum, err := lib.Import(context.Background(), []string{apptest.SeedsDir(t)}, nil)
	if err != nil || sum.Imported != 5 {
		t.Fatalf("import seeds: %+v %v", sum, err)
	}
	return lib
}

// waitLoaded waits until the view's background load has updated its widgets,
// so the test never touches a widget while the load does.
func waitLoaded(t *testing.T, loaded <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-loaded:
	case <-time.After(5 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
}

func TestLibraryViewListsSearchesAndOpens(t *testing.T) {
	test.NewTempApp(t)
	v := NewLibraryView(context.Background(), seededLibrary(t))
	loaded := make(chan struct{}, 1)
	v.loaded = func() { loaded <- struct{}{} }
	w := test.NewWindow(v.Content())
	defer w.Close()

	v.Refresh()
	waitLoaded(t, loaded, "the list")
	if n := v.list.Length(); n != 5 {
		t.Fatalf("list shows %d articles, want 5", n)
	}
	if got := v.status.Text; got != "5 articles" {
		t.Errorf("status %q", got)
	}

	test.Type(v.search, "Etats-Unis")
	v.search.OnSubmitted(v.search.Text)
	waitLoaded(t, loaded, "search results")
	if v.list.Length() == 0 || !strings.Contains(v.status.Text, `matches for "Etats-Unis"`) {
		t.Fatalf("no hits for Etats-Unis: %d rows, status %q", v.list.Length(), v.status.Text)
	}

	v.list.Select(0)
	waitLoaded(t, loaded, "the article")
	if !strings.Contains(v.body.Text, "États-Unis") {
		t.Errorf("opened article does not show its body: %.200q", v.body.Text)
	}
}
