package ui

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/data"
)

func seedsDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("PARLEY_SEEDS"); d != "" {
		return d
	}
	_, file, _, _ := runtime.Caller(0)
	d := filepath.Join(filepath.Dir(file), "..", "..", "shared", "seeds")
	if _, err := os.Stat(d); err != nil {
		t.Fatalf("seed pages not found at %s (set PARLEY_SEEDS): %v", d, err)
	}
	return d
}

// seededLibrary is a real library file holding the five seed pages.
func seededLibrary(t *testing.T) *app.Library {
	t.Helper()
	store, err := data.Open(filepath.Join(t.TempDir(), "lib.parley"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	lib := app.NewLibrary(store)
	sum, err := lib.Import(context.Background(), []string{seedsDir(t)}, nil)
	if err != nil || sum.Imported != 5 {
		t.Fatalf("import seeds: %+v %v", sum, err)
	}
	return lib
}

// eventually waits for a condition that a background load makes true.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

func TestLibraryViewListsSearchesAndOpens(t *testing.T) {
	test.NewTempApp(t)
	v := NewLibraryView(context.Background(), seededLibrary(t))
	w := test.NewWindow(v.Content())
	defer w.Close()

	v.Refresh()
	eventually(t, "the list", func() bool { return v.list.Length() == 5 })
	if got := v.status.Text; got != "5 articles" {
		t.Errorf("status %q", got)
	}

	test.Type(v.search, "Etats-Unis")
	v.search.OnSubmitted(v.search.Text)
	eventually(t, "search results", func() bool { return strings.Contains(v.status.Text, "matches") })
	if v.list.Length() == 0 {
		t.Fatalf("no hits for Etats-Unis: %s", v.status.Text)
	}

	v.list.Select(0)
	eventually(t, "the article", func() bool { return v.title.Text != "" })
	if !strings.Contains(v.body.Text, "États-Unis") {
		t.Errorf("opened article does not show its body: %.200q", v.body.Text)
	}
}
