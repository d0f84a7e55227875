package data

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"parley/app"
)

// clusterDaysAgree checks that cluster_days and its sums answer the default
// count as reading every report does, and returns that count.
func clusterDaysAgree(t *testing.T, s *Store, step string) map[string]int {
	t.Helper()
	r := app.NewCountRequest()
	fast := counted(t, s, r)
	useClusterDays = false
	slow := counted(t, s, r)
	useClusterDays = true
	if fmt.Sprint(fast) != fmt.Sprint(slow) {
		t.Errorf("%s: cluster_days gives %v, the reports %v", step, fast, slow)
	}
	sumsAgree(t, s, step)
	return fast
}

func TestMergeAndSplitClusters(t *testing.T) {
	s := countLibrary(t)
	ctx := context.Background()
	ms, err := s.Meetings(ctx, app.MeetingFilter{Partners: []string{"USA"}})
	if err != nil {
		t.Fatal(err)
	}
	var inPerson, phone, other app.Meeting
	for _, m := range ms {
		switch {
		case m.Cluster == 1 && inPerson.ID == 0:
			inPerson = m
		case m.Cluster == 2:
			phone = m
		case m.Cluster == 6:
			other = m
		}
	}
	if inPerson.ID == 0 || phone.ID == 0 || other.ID == 0 {
		t.Fatalf("fixture clusters missing: %+v", ms)
	}
	key := "USA 2023"
	before := clusterDaysAgree(t, s, "before")[key]

	cluster, err := s.MergeClusters(ctx, inPerson.ID, phone.ID)
	if err != nil || cluster != 1 {
		t.Fatalf("merge: cluster %d, %v", cluster, err)
	}
	if got := clusterDaysAgree(t, s, "after a merge")[key]; got != before-1 {
		t.Errorf("%s after a merge: %d, want %d", key, got, before-1)
	}
	m, _ := s.Meeting(ctx, phone.ID)
	if m.Cluster != 1 || !m.Reviewed {
		t.Errorf("merged meeting: cluster %d reviewed %v", m.Cluster, m.Reviewed)
	}
	pins, err := s.ClusterPins(ctx)
	if err != nil || len(pins) != 3 || pins[phone.ID] != pins[inPerson.ID] {
		t.Errorf("pins after a merge: %v %v", pins, err)
	}
	if _, err := s.MergeClusters(ctx, inPerson.ID, phone.ID); err == nil {
		t.Error("merging a cluster with itself was accepted")
	}
	jpn, _ := s.Meetings(ctx, app.MeetingFilter{Partners: []string{"JPN"}})
	if _, err := s.MergeClusters(ctx, inPerson.ID, jpn[0].ID); err == nil {
		t.Error("merging meetings of two partners was accepted")
	}

	fresh, err := s.SplitFromCluster(ctx, phone.ID)
	if err != nil || fresh <= 7 {
		t.Fatalf("split: cluster %d, %v", fresh, err)
	}
	if got := clusterDaysAgree(t, s, "after a split")[key]; got != before {
		t.Errorf("%s after a split: %d, want %d", key, got, before)
	}
	pins, _ = s.ClusterPins(ctx)
	if pins[phone.ID] == pins[inPerson.ID] || pins[phone.ID] == 0 {
		t.Errorf("pins after a split: %v", pins)
	}
	if _, err := s.SplitFromCluster(ctx, phone.ID); err == nil {
		t.Error("splitting a meeting alone in its cluster was accepted")
	}
	if _, err := s.SplitFromCluster(ctx, 9999); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("split of a missing meeting: %v", err)
	}
}
