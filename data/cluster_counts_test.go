package data

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"parley/app"
	"parley/app/apptest"
	"parley/assets"
)

// sumsOf lists the two sums of cluster_days as text, in key order: as the
// tables hold them (recount false) or counted again from cluster_days.
func sumsOf(t *testing.T, q interface {
	Query(string, ...any) (*sql.Rows, error)
}, recount bool) string {
	t.Helper()
	queries := []string{
		`SELECT 'month', partner, month, n FROM cluster_month_counts ORDER BY 2, 3`,
		`SELECT 'day', partner, day, n FROM cluster_day_counts ORDER BY 2, 3`,
	}
	if recount {
		queries = []string{
			`SELECT 'month', partner, coalesce(substr(day, 1, 7), ''), count(*) FROM cluster_days GROUP BY 2, 3 ORDER BY 2, 3`,
			`SELECT 'day', partner, coalesce(day, ''), count(*) FROM cluster_days GROUP BY 2, 3 ORDER BY 2, 3`,
		}
	}
	var b strings.Builder
	for _, query := range queries {
		rows, err := q.Query(query)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var kind, partner, key string
			var n int
			if err := rows.Scan(&kind, &partner, &key, &n); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s %s %q %d\n", kind, partner, key, n)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return b.String()
}

// sumsAgree checks that cluster_days is what a rebuild from the meetings
// gives, and that its sums are what counting its rows gives.
func sumsAgree(t *testing.T, s *Store, step string) {
	t.Helper()
	if got, want := sumsOf(t, s.db, false), sumsOf(t, s.db, true); got != want {
		t.Errorf("%s: the sums of cluster_days\n%s\nwant (counted from cluster_days)\n%s", step, got, want)
	}
	got := clusterDaysRows(t, s)
	tx, err := s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if err := rebuildClusterDays(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	if want := rowsOf(t, tx); got != want {
		t.Errorf("%s: cluster days\n%s\nwant (rebuilt from the meetings)\n%s", step, got, want)
	}
	// The rebuild sets the triggers aside and counts the sums itself: the
	// same sums, and the same triggers after it.
	if rebuilt := sumsOf(t, tx, false); rebuilt != sumsOf(t, tx, true) {
		t.Errorf("%s: sums after a rebuild\n%s\nwant\n%s", step, rebuilt, sumsOf(t, tx, true))
	}
	var triggers int
	if err := tx.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'cluster_days'`).Scan(&triggers); err != nil || triggers != 3 {
		t.Errorf("%s: %d triggers on cluster_days after a rebuild, want 3 (%v)", step, triggers, err)
	}
}

// summaryRequests are default counts the sums answer: partners or all,
// each period, date ranges open, of whole months, and cutting months at
// one end, both, or inside one month.
func summaryRequests() []app.CountRequest {
	var out []app.CountRequest
	for _, by := range []app.Period{app.ByMonth, app.ByQuarter, app.ByYear, app.ByNone} {
		for _, dates := range [][2]string{
			{"", ""}, {"2015-01-01", "2024-12-31"}, {"2017-03-17", ""}, {"", "2019-02-28"},
			{"2016-02-29", "2021-11-30"}, {"2018-06-02", "2018-06-27"}, {"2020-01-31", "2020-02-01"},
			{"2023-03-31", "2024-01-31"}, {"2023-03-30", "2023-03-30"},
		} {
			for _, all := range []bool{false, true} {
				r := app.NewCountRequest()
				r.By, r.From, r.To, r.AllPartners = by, dates[0], dates[1], all
				out = append(out, r)
			}
		}
	}
	return out
}

// countsAgree checks that the sums answer each request exactly as reading
// every report does: the same rows, first and last day.
func countsAgree(t *testing.T, s *Store, step string) {
	t.Helper()
	for _, r := range summaryRequests() {
		if !fastClusterCount(r) {
			t.Fatalf("%s: %+v does not take the fast path", step, r)
		}
		fast := countText(t, s, r)
		useClusterDays = false
		slow := countText(t, s, r)
		useClusterDays = true
		if fast != slow {
			t.Errorf("%s: %s %s..%s all=%v: the sums give\n%s\nthe reports\n%s", step, r.By, r.From, r.To, r.AllPartners, fast, slow)
		}
	}
}

// countText is a count's whole result as text, its rows sorted.
func countText(t *testing.T, s *Store, r app.CountRequest) string {
	t.Helper()
	res, err := s.CountMeetings(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, row := range res.Rows {
		rows = append(rows, fmt.Sprint(row))
	}
	slices.Sort(rows)
	return fmt.Sprintf("first %q last %q %v", res.First, res.Last, rows)
}

// TestClusterSumsFollowEveryWrite builds a library through the real import
// (generated agency pages, the extractor, reclustering) and then makes
// every kind of write that changes cluster_days, checking after each that
// the sums are cluster_days counted again and that the default count
// agrees with the reports.
func TestClusterSumsFollowEveryWrite(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)
	lib := app.NewLibrary(s)
	if err := lib.EnableExtraction(ctx, assets.Gazetteer()); err != nil {
		t.Fatal(err)
	}
	check := func(step string) {
		t.Helper()
		sumsAgree(t, s, step)
		countsAgree(t, s, step)
	}
	if _, err := lib.ImportFS(ctx, pageFiles(0, 120), "c:", nil); err != nil {
		t.Fatal(err)
	}
	var clusters int
	if err := s.db.QueryRow(`SELECT count(*) FROM cluster_days`).Scan(&clusters); err != nil || clusters < 50 {
		t.Fatalf("%d clusters after the import, %v", clusters, err)
	}
	check("after an import")

	// More pages: the partners they name are reclustered, some of them
	// meeting by meeting, some whole.
	if _, err := lib.ImportFS(ctx, pageFiles(120, 60), "c:", nil); err != nil {
		t.Fatal(err)
	}
	check("after a second import")

	// A new version of a page takes its old meetings out: all reclustered.
	files := fstest.MapFS{"vna/00003.txt": &fstest.MapFile{Data: genPageFile(genArticle(faultSeed, 500))}}
	sum, err := lib.ImportFS(ctx, files, "c:", nil)
	if err != nil || sum.NewVersions != 1 {
		t.Fatalf("new version: %+v, %v", sum, err)
	}
	check("after a new version")

	ms, err := s.Meetings(ctx, app.MeetingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var first, other app.Meeting // two clustered meetings of one partner, in two clusters
	for _, m := range ms {
		if m.Cluster == 0 {
			continue
		}
		if first.ID == 0 {
			first = m
		} else if other.ID == 0 && m.Partner == first.Partner && m.Cluster != first.Cluster {
			other = m
		}
	}
	if other.ID == 0 {
		t.Fatal("no two clusters of one partner")
	}
	rejected := app.Rejected
	if _, err := s.ChangeMeeting(ctx, first.ID, app.MeetingChange{Status: &rejected}); err != nil {
		t.Fatal(err)
	}
	check("after a rejection")
	confirmed := app.Confirmed
	if _, err := s.ChangeMeeting(ctx, first.ID, app.MeetingChange{Status: &confirmed}); err != nil {
		t.Fatal(err)
	}
	check("after a confirmation")
	for _, day := range []string{"2016-02-29", ""} {
		precision := app.PrecisionDay
		if day == "" {
			precision = app.PrecisionUnknown
		}
		if _, err := s.ChangeMeeting(ctx, other.ID, app.MeetingChange{DateStart: &day, DateEnd: &day, DatePrecision: &precision}); err != nil {
			t.Fatal(err)
		}
		check("after a date edit to " + day)
	}
	partner := "CUB"
	if other.Partner == partner {
		partner = "LAO"
	}
	if _, err := s.ChangeMeeting(ctx, other.ID, app.MeetingChange{Partner: &partner}); err != nil {
		t.Fatal(err)
	}
	check("after a partner edit")
	if _, err := s.ChangeMeeting(ctx, other.ID, app.MeetingChange{Partner: &other.Partner}); err != nil {
		t.Fatal(err)
	}

	if _, err := lib.MergeClusters(ctx, first.ID, other.ID); err != nil {
		t.Fatal(err)
	}
	check("after a merge")
	if _, err := lib.SplitFromCluster(ctx, other.ID); err != nil {
		t.Fatal(err)
	}
	check("after a split")

	if err := lib.Recluster(ctx); err != nil {
		t.Fatal(err)
	}
	check("after a full reclustering")

	// A re-run of the extractor deletes an article's suggestions.
	if err := s.ReplaceMeetings(ctx, ms[len(ms)-1].ArticleID, nil); err != nil {
		t.Fatal(err)
	}
	check("after the suggestions of an article are deleted")

	if _, err := lib.AddManualMeeting(ctx, app.ManualMeeting{ArticleID: first.ArticleID, Start: 0, End: 5,
		Partner: "LAO", Date: "2019-07"}); err != nil {
		t.Fatal(err)
	}
	check("after a meeting added by hand")
}

// The triggers answer any statement on cluster_days, those no writer of
// today makes too: a delete, an update of the day and of the partner.
func TestClusterSumsFollowDirectWrites(t *testing.T) {
	s := countLibrary(t)
	check := func(step string) {
		t.Helper()
		if got, want := sumsOf(t, s.db, false), sumsOf(t, s.db, true); got != want {
			t.Errorf("%s: sums\n%s\nwant\n%s", step, got, want)
		}
	}
	check("after the import")
	for _, q := range []string{
		`UPDATE cluster_days SET day = '2023-04-02' WHERE partner = 'USA' AND cluster = 1`,
		`UPDATE cluster_days SET day = NULL WHERE partner = 'USA' AND cluster = 2`,
		`UPDATE cluster_days SET partner = 'LAO' WHERE cluster = 6`,
		`UPDATE cluster_days SET cluster = 60 WHERE cluster = 6`,
		`INSERT INTO cluster_days (partner, cluster, day) VALUES ('USA', 70, '2023-04-02'), ('USA', 71, NULL)`,
		`DELETE FROM cluster_days WHERE cluster IN (1, 4)`,
		`DELETE FROM cluster_days`,
	} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
		check(q)
	}
	if got := sumsOf(t, s.db, false); got != "" {
		t.Errorf("sums of an empty cluster_days: %s", got)
	}
}

// Migration 0008 fills the sums of a library that already has clusters.
func TestMigration8FillsTheSums(t *testing.T) {
	path := filepath.Join(apptest.TempDir(t), "library.db")
	old := openAtVersion(t, path, 7)
	a1 := oldArticle(t, old, article("a.txt", "A", "Texte."))
	a2 := oldArticle(t, old, article("b.txt", "B", "Texte."))
	for _, m := range []struct {
		article        int64
		partner, start string
		cluster        any
		status         string
	}{
		{a1, "USA", "2023-03-30", 1, "suggested"},
		{a2, "USA", "2023-03-31", 1, "confirmed"}, // another report of cluster 1
		{a1, "USA", "2023-03-30", 2, "confirmed"},
		{a1, "USA", "2023-04-02", 3, "suggested"},
		{a1, "USA", "2023-04-05", 4, "rejected"}, // not counted
		{a2, "JPN", "", 5, "suggested"},          // unknown day
		{a2, "JPN", "2024-02-27", nil, "suggested"},
	} {
		var start, precision any
		if m.start != "" {
			start, precision = m.start, "day"
		}
		if _, err := old.db.Exec(`INSERT INTO meetings (article_id, partner, mode, setting, cameo, date_start,
			date_end, date_precision, status, origin, reviewed, cluster, evidence_start, evidence_end, evidence)
			VALUES (?, ?, 'in_person', '', '040', ?, ?, ?, ?, 'extracted', 0, ?, 0, 5, 'Texte')`,
			m.article, m.partner, start, start, precision, m.status, m.cluster); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := old.db.Exec(clusterDaysSQL + ` GROUP BY m.partner, m.cluster`); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	s := MustOpenStoreAt(t, path)
	if v, _ := s.SchemaVersion(context.Background()); v != 8 {
		t.Fatalf("schema %d after the upgrade, want 8", v)
	}
	want := `month JPN "" 1
month USA "2023-03" 2
month USA "2023-04" 1
day JPN "" 1
day USA "2023-03-30" 2
day USA "2023-04-02" 1
`
	if got := sumsOf(t, s.db, false); got != want {
		t.Errorf("sums after the upgrade\n%s\nwant\n%s", got, want)
	}
	sumsAgree(t, s, "after the upgrade")
	countsAgree(t, s, "after the upgrade")
	r := app.NewCountRequest()
	r.By = app.ByMonth
	if got := countText(t, s, r); got != `first "2023-03-30" last "2024-02-27" [{JPN   1} {JPN 2024-02  1} {USA 2023-03  2} {USA 2023-04  1}]` {
		t.Errorf("count after the upgrade: %s", got)
	}
}
