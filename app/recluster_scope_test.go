package app_test

import (
	"context"
	"path/filepath"
	"testing"

	"parley/app"
	"parley/app/apptest"
	"parley/app/benchgen"
)

// TestImportReclustersLikeAFullRecluster imports generated pages into a
// library whose clusters the analyst has merged and split, imports more
// pages (reclustering only their partners), and checks that the clusters
// are the groups a full Recluster makes, pins included, and that the
// default counts agree.
func TestImportReclustersLikeAFullRecluster(t *testing.T) {
	ctx := context.Background()
	lib, store := mustOpenLibrary(t)
	importPages := func(n int) {
		dir := filepath.Join(apptest.TempDir(t), "pages")
		if _, err := benchgen.WriteFolder(dir, 11, n); err != nil {
			t.Fatal(err)
		}
		if sum, err := lib.Import(ctx, []string{dir}, nil); err != nil || sum.Rejected > 0 {
			t.Fatalf("import: %+v, %v", sum, err)
		}
	}
	importPages(150)

	// The analyst merges two clusters of one partner and splits a meeting
	// out of a cluster of several.
	ms := meetingsOf(t, lib)
	var merged, split bool
	first := map[string]app.Meeting{}
	size := map[int64]int{}
	for _, m := range ms {
		size[m.Cluster]++
	}
	for _, m := range ms {
		if f, ok := first[m.Partner]; ok && f.Cluster != m.Cluster && !merged {
			if _, err := lib.MergeClusters(ctx, f.ID, m.ID); err != nil {
				t.Fatal(err)
			}
			merged = true
		} else if !ok {
			first[m.Partner] = m
		}
		if !split && size[m.Cluster] > 2 && m.ID != first[m.Partner].ID {
			if _, err := lib.SplitFromCluster(ctx, m.ID); err != nil {
				t.Fatal(err)
			}
			split = true
		}
	}
	if !merged || !split {
		t.Fatalf("no clusters to merge (%v) or split (%v) in %d meetings", merged, split, len(ms))
	}

	// Two clusters of one partner that share a number (as a stale
	// numbering could leave them) must come apart again.
	var a, b int64
	for _, m := range meetingsOf(t, lib) {
		if m.Partner != "USA" {
			continue
		}
		if a == 0 {
			a = m.Cluster
		} else if m.Cluster != a && b == 0 {
			b = m.Cluster
		}
	}
	var moves []app.ClusterMove
	for _, m := range meetingsOf(t, lib) {
		if m.Cluster == b {
			moves = append(moves, app.ClusterMove{Meeting: m.ID, From: b, To: a})
		}
	}
	if a == 0 || b == 0 {
		t.Fatal("no two clusters with the United States")
	}
	if err := store.UpdateClusters(ctx, "USA", moves); err != nil {
		t.Fatal(err)
	}

	importPages(250) // 100 new pages, the first 150 already present
	scoped := clustersOf(meetingsOf(t, lib))
	req := app.NewCountRequest()
	req.By = app.ByMonth
	before, err := lib.Counts(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if err := lib.Recluster(ctx); err != nil {
		t.Fatal(err)
	}
	full := clustersOf(meetingsOf(t, lib))
	if len(scoped) != len(full) {
		t.Fatalf("%d meetings clustered after the import, %d after a full Recluster", len(scoped), len(full))
	}
	// The same groups: cluster numbers map one to one.
	there, back := map[int64]int64{}, map[int64]int64{}
	for id, c := range scoped {
		f := full[id]
		if x, ok := there[c]; ok && x != f {
			t.Errorf("cluster %d after the import is split by a full Recluster (%d and %d)", c, x, f)
		}
		if x, ok := back[f]; ok && x != c {
			t.Errorf("clusters %d and %d after the import are one (%d) after a full Recluster", x, c, f)
		}
		there[c], back[f] = f, c
	}
	after, err := lib.Counts(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range before.Partners {
		for _, period := range before.Periods {
			if before.Count(p, period) != after.Count(p, period) {
				t.Errorf("%s %s: %d after the import, %d after a full Recluster", p, period, before.Count(p, period), after.Count(p, period))
			}
		}
	}
}

func meetingsOf(t *testing.T, lib *app.Library) []app.Meeting {
	t.Helper()
	ms, err := lib.Store.Meetings(context.Background(), app.MeetingFilter{
		Statuses: []app.MeetingStatus{app.Suggested, app.Confirmed, app.Planned}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("no meetings found in the generated pages")
	}
	return ms
}

func clustersOf(ms []app.Meeting) map[int64]int64 {
	out := map[int64]int64{}
	for _, m := range ms {
		out[m.ID] = m.Cluster
	}
	return out
}
