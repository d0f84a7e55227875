package ui

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/app/apptest"
	"parley/app/export"
	"parley/ui/uitest"
)

func newTestShell(t *testing.T, lib *app.Library) *Shell {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	return NewShell(context.Background(), a, w, Env{Path: "test.parley", Library: lib, Version: "test",
		Open: func(string) (*app.Library, error) { return uitest.MustOpen(t), nil }})
}

func TestImportReachesTheEndAndReportsRejects(t *testing.T) {
	lib := uitest.MustOpen(t)
	s := newTestShell(t, lib)
	done := make(chan struct{}, 1)
	s.importer.finished = func() { done <- struct{}{} }

	dir := t.TempDir()
	for _, name := range apptest.DirNames(t, apptest.SeedsDir(t)) {
		b, err := os.ReadFile(filepath.Join(apptest.SeedsDir(t), name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A binary file named .txt is rejected with its reason; the rest lands.
	if err := os.WriteFile(filepath.Join(dir, "broken.txt"), []byte{0xff, 0xfe, 0, 0, 0x01, 0x02}, 0o644); err != nil {
		t.Fatal(err)
	}
	s.Import([]string{dir})
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the import did not finish")
	}
	if got := s.importer.progress.Value; got != 1 {
		t.Errorf("progress ends at %v, want 1", got)
	}
	sum := s.importer.summary.Text
	if !strings.Contains(sum, "5 imported") || !strings.Contains(sum, "1 rejected") {
		t.Errorf("summary %q", sum)
	}
	if !strings.Contains(s.importer.rejects.Text, "broken.txt") {
		t.Errorf("rejects %q do not name the file", s.importer.rejects.Text)
	}
	if s.tabs.Selected().Text != TabImport {
		t.Errorf("tab %q shown during the import", s.tabs.Selected().Text)
	}
	n, err := lib.Store.ArticleIDs(context.Background())
	if err != nil || len(n) != 5 {
		t.Errorf("library holds %d articles, %v", len(n), err)
	}
}

func TestExportWritesEveryKind(t *testing.T) {
	lib := uitest.Seeded(t)
	dir := t.TempDir()
	for _, k := range export.Kinds {
		path := filepath.Join(dir, string(k)+".csv")
		if err := exportCSV(context.Background(), lib, k, export.CSVOptions{Separator: ';', BOM: true}, path); err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), "\ufeff") {
			t.Errorf("%s: no BOM", k)
		}
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(b), "\ufeff")))
		r.Comma = ';'
		rows, err := r.ReadAll()
		if err != nil || len(rows) < 1 {
			t.Errorf("%s: %d rows, %v", k, len(rows), err)
		}
	}
}

func TestSettingsCheckCountryCodes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
		ok   bool
	}{{"vnm", "VNM", true}, {" USA ", "USA", true}, {"XYZ", "", false}, {"Vietnam", "", false}} {
		got, err := alpha3(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("alpha3(%q) = %q, %v", c.in, got, err)
		}
	}
	if list, err := partnerList("USA, jpn;LAO CUB"); err != nil || strings.Join(list, ",") != "USA,JPN,LAO,CUB" {
		t.Errorf("partnerList: %v %v", list, err)
	}
	if _, err := partnerList(" , "); err == nil {
		t.Error("an empty partner list was accepted")
	}
}

func TestUndoAndRedoShortcuts(t *testing.T) {
	lib := uitest.Seeded(t)
	ctx := context.Background()
	if _, err := lib.AddCode(ctx, "ton", "", "", ""); err != nil {
		t.Fatal(err)
	}
	ids, _ := lib.Store.ArticleIDs(ctx)
	ref := strconv.FormatInt(ids[0], 10)
	if _, err := lib.CodePassage(ctx, app.CodingRequest{Article: ref, Whole: true, Code: "ton", Coder: "anne"}); err != nil {
		t.Fatal(err)
	}
	s := newTestShell(t, lib)
	passages := func() int {
		ps, err := lib.ListPassages(ctx, app.PassageQuery{})
		if err != nil {
			t.Fatal(err)
		}
		return len(ps)
	}
	waitFor := func(want int, what string) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if passages() == want {
				return
			}
		}
		t.Fatalf("%s: %d passages, want %d", what, passages(), want)
	}
	shortcuts := s.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
	shortcuts.TypedShortcut(shortcutUndo)
	waitFor(0, "after Ctrl+Z")
	shortcuts.TypedShortcut(shortcutRedo)
	waitFor(1, "after Ctrl+Shift+Z")
}
