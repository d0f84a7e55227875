package app_test

import (
	"context"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"parley/app"
	"parley/app/apptest"
	"parley/app/benchgen"
)

// Files are parsed on several cores but reported and stored in the walk's
// order, and their meetings are found in that order too (the extractor
// learns people from one article for the next): an import with parallel
// parsers stores exactly what a one-parser import stores.
func TestParallelParsersKeepTheWalkOrder(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(apptest.TempDir(t), "pages")
	if _, err := benchgen.WriteFolder(dir, 21, 300); err != nil {
		t.Fatal(err)
	}
	type outcome struct {
		reports  []string
		meetings []string
	}
	importWith := func(procs int) outcome {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		lib, store := mustOpenLibrary(t)
		var out outcome
		sum, err := lib.Import(ctx, []string{dir}, func(r app.FileReport) {
			out.reports = append(out.reports, filepath.Base(r.Path)+" "+string(r.Outcome))
		})
		if err != nil || sum.Imported != 300 {
			t.Fatalf("GOMAXPROCS %d: %+v, %v", procs, sum, err)
		}
		ms, err := store.Meetings(ctx, app.MeetingFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			out.meetings = append(out.meetings, m.Partner+" "+m.DateStart+" "+m.Evidence+" "+participantsOf(m))
		}
		return out
	}
	one := importWith(1)
	if !slices.IsSorted(one.reports) {
		t.Errorf("one parser: reports out of the walk's order: %v", one.reports[:5])
	}
	for _, procs := range []int{2, 4} {
		many := importWith(procs)
		if !slices.Equal(many.reports, one.reports) {
			t.Errorf("GOMAXPROCS %d: reports differ from one parser's", procs)
		}
		if !slices.Equal(many.meetings, one.meetings) {
			t.Errorf("GOMAXPROCS %d: %d meetings stored differ from one parser's %d", procs, len(many.meetings), len(one.meetings))
		}
	}
	if len(one.meetings) < 100 {
		t.Errorf("only %d meetings found in 300 pages", len(one.meetings))
	}
}

func participantsOf(m app.Meeting) string {
	var s string
	for _, p := range append(slices.Clone(m.Focal), m.PartnerSide...) {
		s += p.Name + "/" + p.Title + "/" + p.Country + "/" + p.Level + ";"
	}
	return s
}
