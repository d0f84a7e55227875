package meetingsview

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/ui/uitest"
)

func TestViewReviewsAMeeting(t *testing.T) {
	test.NewTempApp(t)
	lib := uitest.Seeded(t)
	ctx := context.Background()
	v := New(ctx, lib)
	var wait func(string)
	v.loaded, wait = uitest.Loaded(t)
	w := test.NewWindow(v.Content())
	defer w.Close()

	v.Refresh()
	wait("the meetings")
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
	wait("the list after rejecting")
	if len(v.meetings) != before-1 {
		t.Errorf("%d meetings after rejecting one of %d", len(v.meetings), before)
	}
	m, err := lib.Store.Meeting(ctx, id)
	if err != nil || m.Status != app.Rejected || !m.Reviewed {
		t.Errorf("meeting %d after Reject: %+v %v", id, m.Status, err)
	}
}
