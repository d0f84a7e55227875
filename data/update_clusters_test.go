package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"parley/app"
)

// TestUpdateClustersKeepsClusterDays moves meetings between clusters, many
// at once (the partner's days rebuilt) and a few (cluster by cluster), and
// checks cluster_days against a full rebuild, and its sums against a
// recount, each time.
func TestUpdateClustersKeepsClusterDays(t *testing.T) {
	ctx := context.Background()
	s := MustOpenStore(t)
	var articles []app.Article
	for i := range 8 {
		a := app.Article{Source: fmt.Sprintf("a%d.txt", i), SourceKey: fmt.Sprintf("/a%d.txt", i),
			Hash: fmt.Sprintf("%064d", i), Title: "t", Body: "b", Page: "b", Format: "text"}
		for k := range 100 {
			partner := "USA"
			if k%5 == 0 {
				partner = "JPN"
			}
			a.Meetings = append(a.Meetings, app.Meeting{Partner: partner, Mode: "in_person",
				DateStart: fmt.Sprintf("2020-%02d-%02d", 1+k%12, 1+i), DatePrecision: app.PrecisionDay,
				Status: app.Suggested, Origin: app.OriginExtracted, EvidenceStart: k, EvidenceEnd: k + 1, Evidence: "x"})
		}
		articles = append(articles, a)
	}
	if _, err := s.SaveFile(ctx, articles); err != nil {
		t.Fatal(err)
	}
	ms, err := s.Meetings(ctx, app.MeetingFilter{Partners: []string{"USA"}})
	if err != nil || len(ms) != 640 {
		t.Fatalf("%d meetings, %v", len(ms), err)
	}
	check := func(when string) {
		t.Helper()
		got := clusterDaysRows(t, s)
		tx, err := s.db.Begin()
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		if err := rebuildClusterDays(ctx, tx); err != nil {
			t.Fatal(err)
		}
		want := rowsOf(t, tx)
		if got != want {
			t.Errorf("%s: cluster days\n%s\nwant (rebuilt)\n%s", when, got, want)
		}
		if got, want := sumsOf(t, s.db, false), sumsOf(t, s.db, true); got != want {
			t.Errorf("%s: the sums of cluster days\n%s\nwant (counted again)\n%s", when, got, want)
		}
	}

	// Many moves: one cluster per month.
	var moves []app.ClusterMove
	for _, m := range ms {
		month := int64(m.DateStart[5]-'0')*10 + int64(m.DateStart[6]-'0')
		moves = append(moves, app.ClusterMove{Meeting: m.ID, To: month})
	}
	if len(moves) <= rebuildPartnerDays {
		t.Fatalf("%d moves do not reach the partner rebuild (%d)", len(moves), rebuildPartnerDays)
	}
	if err := s.UpdateClusters(ctx, "USA", moves); err != nil {
		t.Fatal(err)
	}
	check("after many moves")

	// A few: the meetings of cluster 1's first day join cluster 2 (so
	// cluster 1 starts a day later), but one that starts cluster 13.
	moves = nil
	for _, m := range ms {
		if m.DateStart == "2020-01-01" {
			moves = append(moves, app.ClusterMove{Meeting: m.ID, From: 1, To: 2})
		}
	}
	moves[len(moves)-1].To = 13
	if err := s.UpdateClusters(ctx, "USA", moves); err != nil {
		t.Fatal(err)
	}
	check("after a few moves")

	// A meeting of another partner is refused.
	jpn, err := s.Meetings(ctx, app.MeetingFilter{Partners: []string{"JPN"}})
	if err != nil || len(jpn) == 0 {
		t.Fatalf("%d JPN meetings, %v", len(jpn), err)
	}
	if err := s.UpdateClusters(ctx, "USA", []app.ClusterMove{{Meeting: jpn[0].ID, To: 1}}); err == nil {
		t.Errorf("a JPN meeting moved as a USA one")
	}
}

func clusterDaysRows(t *testing.T, s *Store) string {
	t.Helper()
	tx, err := s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	return rowsOf(t, tx)
}

// rowsOf lists cluster_days as text, in key order.
func rowsOf(t *testing.T, tx *sql.Tx) string {
	t.Helper()
	rows, err := tx.Query(`SELECT partner, cluster, coalesce(day, '') FROM cluster_days ORDER BY partner, cluster`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var partner, day string
		var cluster int64
		if err := rows.Scan(&partner, &cluster, &day); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %d %s\n", partner, cluster, day)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
