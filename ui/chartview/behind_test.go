package chartview

import (
	"context"
	"image"
	"slices"
	"strconv"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/charts"
	"parley/ui/uitest"
)

// tallest is the region of the highest count of the chart on screen.
func tallest(t *testing.T, v *View) charts.Region {
	t.Helper()
	var best charts.Region
	for _, r := range v.drawn.layout.Regions {
		if r.Count > best.Count {
			best = r
		}
	}
	if best.Count == 0 {
		t.Fatalf("no bar with a count among %d regions", len(v.drawn.layout.Regions))
	}
	return best
}

// tapRegion taps the chart widget at the middle of a region's hit area,
// through the scaling of the image in the widget.
func tapRegion(v *View, r charts.Region) {
	mid := r.Hit.Min.Add(r.Hit.Max).Div(2)
	test.TapAt(v.chart, v.chart.positionOf(mid))
}

// listed are the meetings in the list behind a bar, and how many counted
// items they make.
func listed(v *View) (items int, ms []app.Meeting) {
	for _, r := range v.behind.rows {
		items = max(items, r.item)
		ms = append(ms, r.m)
	}
	return items, ms
}

func TestClickingABarListsItsMeetings(t *testing.T) {
	lib := uitest.Demo(t)
	v, wait := open(t, lib)
	var opened []app.Meeting
	v.OnOpenMeeting = func(m app.Meeting) { opened = append(opened, m) }

	for _, kind := range []string{"bars", "stacked", "lines", "totals"} {
		if kind != "bars" {
			v.controls.kind.set(kind)
			wait("the " + kind + " chart")
		}
		bar := tallest(t, v)
		tapRegion(v, bar)
		wait("the meetings behind " + bar.Partner + " " + bar.Category)

		items, ms := listed(v)
		// As many as the bar, and as the table says.
		header := bar.Category
		if header == charts.TotalLabel {
			header = "Total"
		}
		if items != bar.Count || cell(t, v, bar.Partner, header) != strconv.Itoa(items) {
			t.Errorf("%s: bar %s %s counts %d (table %s), %d listed", kind, bar.Partner, bar.Category, bar.Count,
				cell(t, v, bar.Partner, header), items)
		}
		// The right meetings: the partner's, in the period, as the app lists them.
		want, err := lib.MeetingsBehind(context.Background(), v.drawn.table.Request,
			app.Bar{Partner: bar.Partner, Period: map[bool]string{true: app.AnyPeriod, false: bar.Category}[bar.Category == charts.TotalLabel]})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, it := range want {
			n += len(it.Meetings)
		}
		if len(ms) != n {
			t.Errorf("%s: %d meetings listed, want %d", kind, len(ms), n)
		}
		for i, m := range ms {
			if m.Partner != bar.Partner {
				t.Errorf("%s: meeting %d of %s listed for %s", kind, m.ID, m.Partner, bar.Partner)
			}
			if bar.Category != charts.TotalLabel && i < 1 && app.PeriodOf(app.ByYear, m.DateStart) != bar.Category {
				t.Errorf("%s: first meeting dated %s listed for %s", kind, m.DateStart, bar.Category)
			}
		}
		if v.chart.selected.Empty() {
			t.Errorf("%s: the clicked bar is not framed", kind)
		}
	}

	// Choosing a meeting opens it, with its evidence span.
	v.behind.list.Select(1)
	if len(opened) != 1 || opened[0].ID != v.behind.rows[1].m.ID || opened[0].EvidenceEnd <= opened[0].EvidenceStart {
		t.Errorf("opened %+v", opened)
	}
}

// TestClickingASegmentListsItsGroup: with a breakdown, a segment lists the
// meetings of its group only.
func TestClickingASegmentListsItsGroup(t *testing.T) {
	v, wait := open(t, uitest.Demo(t))
	v.controls.breakdown.set(app.BreakdownMode)
	wait("the chart by mode")
	var seg charts.Region
	for _, r := range v.drawn.layout.Regions {
		if r.Group != "" && r.Count > seg.Count {
			seg = r
		}
	}
	if seg.Count == 0 {
		t.Fatal("no segment drawn")
	}
	tapRegion(v, seg)
	wait("the meetings behind a segment")
	items, _ := listed(v)
	if items != seg.Count {
		t.Errorf("segment %s %s %s counts %d, %d listed", seg.Partner, seg.Category, seg.Group, seg.Count, items)
	}
	// A counted item is in the group when one of its reports is (a
	// cluster takes the mode its reports know).
	modes := map[int][]string{}
	for _, r := range v.behind.rows {
		modes[r.item] = append(modes[r.item], groupOf(r.m.Mode))
	}
	for item, ms := range modes {
		if !slices.Contains(ms, seg.Group) {
			t.Errorf("item %d with modes %v listed under %s", item, ms, seg.Group)
		}
	}
}

func groupOf(mode string) string {
	if mode == "" {
		return "unknown"
	}
	return mode
}

// TestClickOutsideTheImageSelectsNothing: the margins ImageFillContain
// leaves around the chart are no bar.
func TestClickOutsideTheImageSelectsNothing(t *testing.T) {
	v, _ := open(t, uitest.Demo(t))
	origin, scale := v.chart.shown()
	if scale == 0 {
		t.Fatal("chart not laid out")
	}
	if _, ok := v.chart.imagePoint(origin.SubtractXY(2, 2)); ok {
		t.Error("a point left of and above the image maps into it")
	}
	corner := v.chart.positionOf(image.Pt(v.drawn.layout.Width-1, v.drawn.layout.Height-1))
	if p, ok := v.chart.imagePoint(corner); !ok || p != image.Pt(v.drawn.layout.Width-1, v.drawn.layout.Height-1) {
		t.Errorf("the image's last pixel maps back to %v %v", p, ok)
	}
	test.TapAt(v.chart, origin.AddXY(1, 1)) // the title's corner: no bar
	if len(v.behind.rows) != 0 {
		t.Errorf("%d meetings listed for a click on no bar", len(v.behind.rows))
	}
}
