package app_test

import (
	"context"
	"io/fs"
	"slices"
	"strconv"
	"testing"
	"testing/fstest"

	"parley/app"
	"parley/assets"
)

// demoLibrary is a real library file holding the demo library.
func demoLibrary(t *testing.T) *app.Library {
	t.Helper()
	lib, _ := mustOpenLibrary(t)
	ctx := context.Background()
	if _, err := lib.LoadDemo(ctx, assets.Demo()); err != nil {
		t.Fatal(err)
	}
	return lib
}

// checkBehind asserts that every count of the request's table (a few of
// its zeros), the unknown-date ones and the totals included, lists exactly as many items
// as it counts, each with meetings of its partner; it returns the sum.
func checkBehind(t *testing.T, lib *app.Library, r app.CountRequest) int {
	t.Helper()
	ctx := context.Background()
	tab, err := lib.Counts(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	sum := 0
	check := func(b app.Bar, want int) {
		t.Helper()
		items, err := lib.MeetingsBehind(ctx, r, b)
		if err != nil {
			t.Fatal(err)
		}
		if len(items) != want {
			t.Errorf("%s: %+v counts %d, %d items behind it", r.Describe(), b, want, len(items))
		}
		for _, it := range items {
			if len(it.Meetings) == 0 || it.Meetings[0].Partner != b.Partner {
				t.Errorf("%s: %+v: item %+v", r.Describe(), b, it)
			}
		}
	}
	zeros := 0
	for _, row := range tab.Rows {
		sum += row.Count
		// Every count, and a few zeros: a zero must list nothing, but
		// thousands of them (months × levels) would make a slow test.
		if row.Count == 0 {
			if zeros++; zeros > 5 {
				continue
			}
		}
		check(app.Bar{Partner: row.Partner, Period: row.Period, Group: row.Group}, row.Count)
	}
	for _, row := range tab.Unknown {
		check(app.Bar{Partner: row.Partner, Period: "", Group: row.Group}, row.Count)
	}
	for _, p := range tab.Partners {
		check(app.Bar{Partner: p, Period: app.AnyPeriod}, tab.Total(p))
	}
	return sum
}

// newVersion imports a corrected copy of the first demo article: its old
// version's meetings stay in the file but count no more.
func newVersion(t *testing.T, lib *app.Library) {
	t.Helper()
	demo := assets.Demo()
	names, err := fs.Glob(demo, "demo_01_*.txt")
	if err != nil || len(names) != 1 {
		t.Fatalf("demo article 1: %v %v", names, err)
	}
	raw, err := fs.ReadFile(demo, names[0])
	if err != nil {
		t.Fatal(err)
	}
	fixed := fstest.MapFS{names[0]: {Data: append(raw, "\nCorrection: typo fixed.\n"...)}}
	sum, err := lib.ImportFS(context.Background(), fixed, "demo:", nil)
	if err != nil || sum.Imported+sum.NewVersions == 0 {
		t.Fatalf("new version: %+v %v", sum, err)
	}
}

func TestMeetingsBehindMatchTheCounts(t *testing.T) {
	lib := demoLibrary(t)
	newVersion(t, lib)
	for _, unit := range []app.CountUnit{app.UnitClusters, app.UnitDays, app.UnitArticles, app.UnitMentions} {
		for _, breakdown := range []string{"", app.BreakdownMode, app.BreakdownLevel} {
			for _, by := range []app.Period{app.ByYear, app.ByMonth, app.ByNone} {
				r := app.NewCountRequest()
				r.Unit, r.Breakdown, r.By = unit, breakdown, by
				if n := checkBehind(t, lib, r); n == 0 {
					t.Errorf("%s: nothing counted in the demo library", r.Describe())
				}
			}
		}
	}
	// The other filters, each alone.
	for name, mutate := range map[string]func(*app.CountRequest){
		"range":     func(r *app.CountRequest) { r.From, r.To = "2021-01-01", "2023-06-30" },
		"confirmed": func(r *app.CountRequest) { r.Statuses = []app.MeetingStatus{app.Confirmed, app.Planned} },
		"mode":      func(r *app.CountRequest) { r.Modes = []string{app.ModePhone, app.ModeVideo} },
		"level":     func(r *app.CountRequest) { r.Levels = []string{"minister", "head_of_government"} },
		"no teaser": func(r *app.CountRequest) { r.Teasers = false },
		"all":       func(r *app.CountRequest) { r.AllPartners, r.Partners = true, nil },
	} {
		for _, unit := range []app.CountUnit{app.UnitClusters, app.UnitArticles} {
			r := app.NewCountRequest()
			r.Unit = unit
			mutate(&r)
			if n := checkBehind(t, lib, r); n == 0 && name != "confirmed" {
				t.Errorf("%s: nothing counted", name)
			}
		}
	}
}

// TestMeetingsBehindFollowReviewAndTags: rejecting a meeting takes it out
// of both the count and the list; a tag keeps only the meetings whose
// evidence a passage of the code overlaps.
func TestMeetingsBehindFollowReviewAndTags(t *testing.T) {
	lib := demoLibrary(t)
	ctx := context.Background()
	r := app.NewCountRequest()
	r.Unit = app.UnitMentions
	items, err := lib.MeetingsBehind(ctx, r, app.Bar{Partner: "JPN", Period: app.AnyPeriod})
	if err != nil || len(items) < 2 {
		t.Fatalf("JPN mentions: %d, %v", len(items), err)
	}
	victim := items[0].Meetings[0]
	rejected := app.Rejected
	if _, err := lib.Store.ChangeMeeting(ctx, victim.ID, app.MeetingChange{Status: &rejected}); err != nil {
		t.Fatal(err)
	}
	after, err := lib.MeetingsBehind(ctx, r, app.Bar{Partner: "JPN", Period: app.AnyPeriod})
	if err != nil || len(after) != len(items)-1 {
		t.Fatalf("after rejecting one: %d items, want %d (%v)", len(after), len(items)-1, err)
	}
	for _, it := range after {
		if it.Meetings[0].ID == victim.ID {
			t.Error("the rejected meeting is still listed")
		}
	}
	checkBehind(t, lib, r)

	// Code the evidence of one body meeting.
	var body app.Meeting
	for _, it := range after {
		if m := it.Meetings[0]; !m.Teaser && m.EvidenceEnd > m.EvidenceStart {
			body = m
			break
		}
	}
	if body.ID == 0 {
		t.Fatal("no body meeting of JPN")
	}
	if _, err := lib.AddCode(ctx, "visite", "", "", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.CodePassage(ctx, app.CodingRequest{Article: strconv.FormatInt(body.ArticleID, 10),
		Start: body.EvidenceStart, End: body.EvidenceStart + 1, Code: "visite", Coder: "ana"}); err != nil {
		t.Fatal(err)
	}
	r.Tags, r.TagCoder = []string{"visite"}, "ana"
	tagged, err := lib.MeetingsBehind(ctx, r, app.Bar{Partner: "JPN", Period: app.AnyPeriod})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(tagged, func(it app.CountedItem) bool { return it.Meetings[0].ID == body.ID }) || len(tagged) >= len(after) {
		t.Errorf("tagged: %d items, want the coded meeting among fewer than %d", len(tagged), len(after))
	}
	checkBehind(t, lib, r)
}
