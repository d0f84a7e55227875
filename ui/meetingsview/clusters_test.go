package meetingsview

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/ui/uitest"
)

// realMeetings is the default chart's figure: clusters of every partner,
// suggested and confirmed, all dates.
func realMeetings(t *testing.T, lib *app.Library) int {
	t.Helper()
	r := app.NewCountRequest()
	r.AllPartners, r.Partners, r.By = true, nil, app.ByNone
	table, err := lib.Counts(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, row := range append(table.Rows, table.Unknown...) {
		n += row.Count
	}
	return n
}

// twoClusters finds, in the view's meetings, a dated counted meeting and
// the only report of another cluster of the same partner.
func twoClusters(t *testing.T, v *View) (a, b app.Meeting) {
	t.Helper()
	countedDated := func(m app.Meeting) bool {
		return (m.Status == app.Suggested || m.Status == app.Confirmed) && m.DateStart != "" && m.Cluster != 0
	}
	for _, m := range v.all {
		if !countedDated(m) || len(v.clusterMembers(m)) != 1 {
			continue
		}
		for _, o := range v.all {
			if countedDated(o) && o.Partner == m.Partner && o.Cluster != m.Cluster {
				return o, m
			}
		}
	}
	t.Fatal("no two clusters of one partner in the demo library")
	return
}

func clusterOf(t *testing.T, lib *app.Library, id int64) int64 {
	t.Helper()
	return stored(t, lib, id).Cluster
}

func TestMergeAndSplitClustersSurviveReclustering(t *testing.T) {
	lib := uitest.Demo(t)
	v, _, wait := open(t, lib)
	a, b := twoClusters(t, v)
	before := realMeetings(t, lib)

	v.selectMeeting(a.ID)
	choice := slices.IndexFunc(v.clusters.choices, func(m app.Meeting) bool { return m.Cluster == b.Cluster })
	if choice < 0 {
		t.Fatalf("the picker does not offer cluster %d with cluster %d", b.Cluster, a.Cluster)
	}
	if !v.clusters.merge.Disabled() {
		t.Error("Merge is enabled before a cluster is chosen")
	}
	v.clusters.pick.SetSelectedIndex(choice)
	test.Tap(v.clusters.merge)
	wait("the merge")
	if got := realMeetings(t, lib); got != before-1 {
		t.Fatalf("after merging two clusters: %d real meetings, want %d", got, before-1)
	}
	if clusterOf(t, lib, a.ID) != clusterOf(t, lib, b.ID) || v.currentID() != a.ID {
		t.Fatalf("meetings %d and %d not in one cluster after the merge (selected %d)", a.ID, b.ID, v.currentID())
	}
	if members := v.clusterMembers(v.meetings[v.selected]); !slices.ContainsFunc(members, func(m app.Meeting) bool { return m.ID == b.ID }) {
		t.Errorf("the cluster pane does not list meeting %d after the merge", b.ID)
	}

	// A later import reclusters the library: the merge stays.
	dir := t.TempDir()
	extra := "Le Vietnam et le Japon renforcent leur coopération\n\nHanoï (VNA) – Le Premier ministre Pham Minh Chinh a reçu le 3 mars 2022 à Hanoï l’ambassadeur du Japon au Vietnam, Yamada Takio.\n"
	if err := os.WriteFile(filepath.Join(dir, "extra.txt"), []byte(extra), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum, err := lib.Import(context.Background(), []string{dir}, nil); err != nil || sum.Imported != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	if err := lib.Recluster(context.Background()); err != nil {
		t.Fatal(err)
	}
	if clusterOf(t, lib, a.ID) != clusterOf(t, lib, b.ID) {
		t.Fatalf("an import and Recluster undid the merge of %d and %d", a.ID, b.ID)
	}
	afterImport := realMeetings(t, lib)
	if afterImport < before-1 {
		t.Fatalf("after the import: %d real meetings, fewer than %d", afterImport, before-1)
	}

	v.reload(b.ID, "")
	wait("the reload")
	if v.currentID() != b.ID || v.clusters.split.Disabled() {
		t.Fatalf("meeting %d selected, split enabled %v", v.currentID(), !v.clusters.split.Disabled())
	}
	test.Tap(v.clusters.split)
	wait("the split")
	if got := realMeetings(t, lib); got != afterImport+1 {
		t.Errorf("after splitting the meeting out: %d real meetings, want %d", got, afterImport+1)
	}
	if err := lib.Recluster(context.Background()); err != nil {
		t.Fatal(err)
	}
	if clusterOf(t, lib, a.ID) == clusterOf(t, lib, b.ID) {
		t.Errorf("Recluster undid the split of %d from %d", b.ID, a.ID)
	}
	if got := realMeetings(t, lib); got != afterImport+1 {
		t.Errorf("after the split and Recluster: %d real meetings, want %d", got, afterImport+1)
	}
}

func TestMergeRefusalIsShown(t *testing.T) {
	lib := uitest.Seeded(t)
	v, _, wait := open(t, lib)
	var a, b app.Meeting
	for _, m := range v.all {
		for _, o := range v.all {
			if m.Partner != o.Partner && m.Status != app.Rejected && o.Status != app.Rejected {
				a, b = m, o
			}
		}
	}
	v.mergeClusters(a, b)
	wait("the refused merge")
	if v.status.Text == "" || clusterOf(t, lib, a.ID) == clusterOf(t, lib, b.ID) {
		t.Errorf("merging %s with %s: status %q", a.Partner, b.Partner, v.status.Text)
	}
}
