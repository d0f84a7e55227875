package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/app/apptest"
	"parley/assets"
	"parley/data"
)

func TestMeetingsViewReviewsAMeeting(t *testing.T) {
	test.NewTempApp(t)
	store, err := data.Open(filepath.Join(t.TempDir(), "lib.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	lib := app.NewLibrary(store)
	ctx := context.Background()
	if err := lib.EnableExtraction(ctx, assets.Gazetteer()); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Import(ctx, []string{apptest.SeedsDir(t)}, nil); err != nil {
		t.Fatal(err)
	}
	v := NewMeetingsView(ctx, lib)
	loaded := make(chan struct{}, 1)
	v.loaded = func() { loaded <- struct{}{} }
	w := test.NewWindow(v.Content())
	defer w.Close()

	v.Refresh()
	waitLoaded(t, loaded, "the meetings")
	before := len(v.meetings)
	if before == 0 || !v.confirm.Disabled() {
		t.Fatalf("%d meetings, confirm enabled before a choice: %v", before, !v.confirm.Disabled())
	}
	v.list.Select(0)
	if v.confirm.Disabled() || !strings.Contains(v.evidence.Text, v.meetings[0].Evidence) {
		t.Fatalf("choosing a meeting shows no evidence: %q", v.evidence.Text)
	}
	id := v.meetings[0].ID
	test.Tap(v.reject)
	waitLoaded(t, loaded, "the list after rejecting")
	if len(v.meetings) != before-1 {
		t.Errorf("%d meetings after rejecting one of %d", len(v.meetings), before)
	}
	m, err := store.Meeting(ctx, id)
	if err != nil || m.Status != app.Rejected || !m.Reviewed {
		t.Errorf("meeting %d after Reject: %+v %v", id, m.Status, err)
	}
}
