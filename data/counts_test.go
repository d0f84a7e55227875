package data

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"parley/app"
)

// countLibrary holds, by hand:
//
//	a1 (2023): USA 2023-03-30 in person (cluster 1), USA 2023-03-30 phone
//	           (cluster 2), JPN 2023-11 month (cluster 3), LAO planned
//	a2 (2023): USA 2023-03-31 (cluster 1 again: another report of it),
//	           CUB date unknown (cluster 4), teaser JPN 2024-02-27 (cluster 5)
//	a3 old version of a4: USA 2022-01-05 — never counted
//	a4: USA 2024-01-10, vice-minister only (cluster 6)
func countLibrary(t *testing.T) *Store {
	s := MustOpenStore(t)
	ctx := context.Background()
	m := func(partner, mode, start, end string, p app.Precision, cluster int64) app.Meeting {
		mt := testMeeting(partner, 0)
		mt.Mode, mt.DateStart, mt.DateEnd, mt.DatePrecision, mt.Cluster = mode, start, end, p, cluster
		return mt
	}
	day := app.PrecisionDay
	a1 := article("a1.txt", "A1", "Texte un.")
	planned := m("LAO", "", "2023-05-01", "2023-05-01", day, 0)
	planned.Status = app.Planned
	a1.Meetings = []app.Meeting{
		m("USA", app.ModeInPerson, "2023-03-30", "2023-03-30", day, 1),
		m("USA", app.ModePhone, "2023-03-30", "2023-03-30", day, 2),
		m("JPN", app.ModeInPerson, "2023-11-01", "2023-11-30", app.PrecisionMonth, 3),
		planned,
	}
	a2 := article("a2.txt", "A2", "Texte deux.")
	teaser := m("JPN", app.ModeInPerson, "2024-02-27", "2024-02-27", day, 5)
	teaser.Teaser, teaser.TeaserPosition = true, 0
	a2.Meetings = []app.Meeting{
		m("USA", app.ModeInPerson, "2023-03-31", "2023-03-31", day, 1),
		m("CUB", "", "", "", app.PrecisionUnknown, 4),
		teaser,
	}
	mustSave(t, s, a1, a2)
	a3 := article("v.txt", "V1", "Première version.")
	a3.Meetings = []app.Meeting{m("USA", app.ModeInPerson, "2022-01-05", "2022-01-05", day, 7)}
	mustSave(t, s, a3)
	a4 := article("v.txt", "V2", "Deuxième version.")
	vice := m("USA", app.ModeInPerson, "2024-01-10", "2024-01-10", day, 6)
	vice.Focal[0].Level, vice.PartnerSide[0].Level = "vice_minister", "vice_minister"
	a4.Meetings = []app.Meeting{vice}
	if _, err := s.SaveFile(ctx, []app.Article{a4}); err != nil {
		t.Fatal(err)
	}
	return s
}

func counted(t *testing.T, s *Store, r app.CountRequest) map[string]int {
	t.Helper()
	res, err := s.CountMeetings(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, row := range res.Rows {
		got[row.Partner+" "+row.Period] = row.Count
	}
	return got
}

func TestCountUnits(t *testing.T) {
	s := countLibrary(t)
	r := app.NewCountRequest()
	for _, tc := range []struct {
		unit app.CountUnit
		want string
	}{
		// USA 2023: clusters 1 and 2 → 2; 2024: cluster 6. The old version's
		// 2022 meeting and the planned Laos meeting are not counted; Cuba's
		// is in the unknown bucket.
		{app.UnitClusters, "map[CUB :1 JPN 2023:1 JPN 2024:1 USA 2023:2 USA 2024:1]"},
		{app.UnitMentions, "map[CUB :1 JPN 2023:1 JPN 2024:1 USA 2023:3 USA 2024:1]"},
		// Days: USA met on 30 and 31 March 2023.
		{app.UnitDays, "map[CUB :1 JPN 2023:1 JPN 2024:1 USA 2023:2 USA 2024:1]"},
		// Articles: a1 and a2 report USA in 2023.
		{app.UnitArticles, "map[CUB :1 JPN 2023:1 JPN 2024:1 USA 2023:2 USA 2024:1]"},
	} {
		r.Unit = tc.unit
		if got := fmt.Sprint(counted(t, s, r)); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.unit, got, tc.want)
		}
	}
}

func TestCountFilters(t *testing.T) {
	s := countLibrary(t)
	r := app.NewCountRequest()
	r.Unit, r.By = app.UnitMentions, app.ByMonth
	r.Teasers = false
	r.Modes = []string{app.ModeInPerson}
	if got := fmt.Sprint(counted(t, s, r)); got != "map[JPN 2023-11:1 USA 2023-03:2 USA 2024-01:1]" {
		t.Errorf("in person, no teasers, by month: %s", got)
	}
	r = app.NewCountRequest()
	r.Levels = []string{"vice_minister"}
	if got := fmt.Sprint(counted(t, s, r)); got != "map[USA 2024:1]" {
		t.Errorf("vice-ministers: %s", got)
	}
	r = app.NewCountRequest()
	r.By, r.From, r.To = app.ByQuarter, "2023-01-01", "2023-12-31"
	if got := fmt.Sprint(counted(t, s, r)); got != "map[CUB :1 JPN 2023-Q4:1 USA 2023-Q1:2]" {
		t.Errorf("2023 by quarter: %s", got)
	}
	r = app.NewCountRequest()
	r.Statuses = []app.MeetingStatus{app.Planned}
	r.AllPartners = true
	if got := fmt.Sprint(counted(t, s, r)); got != "map[LAO 2023:1]" {
		t.Errorf("planned only: %s", got)
	}
	r = app.NewCountRequest()
	r.By = app.ByNone
	if got := fmt.Sprint(counted(t, s, r)); got != "map[CUB :1 JPN all:2 USA all:3]" {
		t.Errorf("totals: %s", got)
	}
	res, err := s.CountMeetings(context.Background(), r)
	if err != nil || res.First != "2023-03-30" || res.Last != "2024-02-27" {
		t.Errorf("range of the selection: %+v %v", res, err)
	}
}

func TestCountBreakdowns(t *testing.T) {
	s := countLibrary(t)
	r := app.NewCountRequest()
	r.Breakdown = app.BreakdownMode
	res, err := s.CountMeetings(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, row := range res.Rows {
		got[row.Partner+" "+row.Period+" "+row.Group] = row.Count
	}
	// USA 2023: cluster 1 (in person, told twice) and cluster 2 (phone);
	// Cuba's undated meeting says no mode.
	want := "map[CUB  unknown:1 JPN 2023 in_person:1 JPN 2024 in_person:1 USA 2023 in_person:1 USA 2023 phone:1 USA 2024 in_person:1]"
	if fmt.Sprint(got) != want {
		t.Errorf("by mode: %v, want %s", got, want)
	}

	r.Breakdown, r.Unit = app.BreakdownLevel, app.UnitMentions
	res, err = s.CountMeetings(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	got = map[string]int{}
	for _, row := range res.Rows {
		got[row.Partner+" "+row.Period+" "+row.Group] += row.Count
	}
	// Every meeting has ministers on both sides but the 2024 one, with
	// vice-ministers.
	if got["USA 2024 vice_minister"] != 1 || got["USA 2023 minister"] != 3 || got["JPN 2024 minister"] != 1 {
		t.Errorf("by level: %v", got)
	}
}

// Counting in shares gives what one pass over every partner gives.
func TestCountSharesAgreeWithOnePass(t *testing.T) {
	s := countLibrary(t)
	ctx := context.Background()
	for _, all := range []bool{true, false} {
		r := app.NewCountRequest()
		r.AllPartners = all
		r.Partners = []string{"USA", "JPN", "LAO", "CUB", "KHM"}
		one, err := s.countShare(ctx, r, partnerSet{list: r.Partners}, true)
		if err != nil {
			t.Fatal(err)
		}
		for n := 1; n <= 4; n++ {
			var merged []string
			for _, part := range partnerShares(r, n) {
				res, err := s.countShare(ctx, r, part, true)
				if err != nil {
					t.Fatal(err)
				}
				for _, row := range res.Rows {
					merged = append(merged, fmt.Sprint(row))
				}
			}
			var want []string
			for _, row := range one.Rows {
				want = append(want, fmt.Sprint(row))
			}
			slices.Sort(merged)
			slices.Sort(want)
			if fmt.Sprint(merged) != fmt.Sprint(want) {
				t.Errorf("all=%v, %d shares: %v, want %v", all, n, merged, want)
			}
		}
	}
}

// cluster_days and its sums answer the default count exactly as reading
// every report does, after each kind of write that changes it.
func TestClusterDaysAgreeWithTheReports(t *testing.T) {
	s := countLibrary(t)
	ctx := context.Background()
	check := func(step string) {
		t.Helper()
		for _, r := range []app.CountRequest{
			app.NewCountRequest(),
			func() app.CountRequest {
				r := app.NewCountRequest()
				r.AllPartners, r.By, r.From, r.To = true, app.ByMonth, "2023-03-31", "2024-01-31"
				return r
			}(),
		} {
			if !fastClusterCount(r) {
				t.Fatalf("%s: the request does not take the fast path", step)
			}
			fast := fmt.Sprint(counted(t, s, r))
			useClusterDays = false
			slow := fmt.Sprint(counted(t, s, r))
			useClusterDays = true
			if fast != slow {
				t.Errorf("%s: cluster_days gives %s, the reports %s", step, fast, slow)
			}
		}
		sumsAgree(t, s, step)
		countsAgree(t, s, step)
	}
	check("after import")

	all := []app.MeetingStatus{app.Suggested, app.Confirmed, app.Rejected, app.Planned}
	ms, err := s.Meetings(ctx, app.MeetingFilter{Statuses: all})
	if err != nil {
		t.Fatal(err)
	}
	var usa2023 app.Meeting
	for _, m := range ms {
		if m.Partner == "USA" && m.DateStart == "2023-03-30" && m.Mode == app.ModeInPerson {
			usa2023 = m
		}
	}
	rejected := app.Rejected
	if _, err := s.ChangeMeeting(ctx, usa2023.ID, app.MeetingChange{Status: &rejected}); err != nil {
		t.Fatal(err)
	}
	check("after a rejection") // cluster 1 now dates from its other report, 2023-03-31

	later := "2023-04-15"
	if _, err := s.ChangeMeeting(ctx, usa2023.ID+1, app.MeetingChange{DateStart: &later, DateEnd: &later}); err != nil {
		t.Fatal(err)
	}
	check("after a date correction")

	if err := s.ReplaceMeetings(ctx, usa2023.ArticleID, nil); err != nil {
		t.Fatal(err)
	}
	check("after a re-run of the extractor")

	a2 := article("a2.txt", "A2 bis", "Texte deux, corrigé.")
	a2.SourceKey = "/corpus/a2.txt"
	mustSave(t, s, a2)
	check("after a new version")

	if err := s.SetClusters(ctx, map[int64]int64{usa2023.ID + 1: 99}); err != nil {
		t.Fatal(err)
	}
	check("after a reclustering")
}
