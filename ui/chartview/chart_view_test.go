package chartview

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/app"
	"parley/app/apptest"
	"parley/ui/uitest"
)

// open shows a view of lib in a test window, drawn once.
func open(t *testing.T, lib *app.Library) (*View, func(string)) {
	t.Helper()
	test.NewTempApp(t)
	v := New(context.Background(), lib)
	var wait func(string)
	v.loaded, wait = uitest.Loaded(t)
	w := test.NewWindow(v.Content())
	w.Resize(fyne.NewSize(1400, 900))
	t.Cleanup(w.Close)
	v.Refresh()
	wait("the chart")
	return v, wait
}

// cell is the table's number for a partner (first column) under a header.
func cell(t *testing.T, v *View, partner, header string) string {
	t.Helper()
	cells := v.counts.cells
	col := slices.Index(cells[0], header)
	for _, row := range cells[1:] {
		if row[0] == partner && col >= 0 {
			return row[col]
		}
	}
	t.Fatalf("no cell %s × %s in %v", partner, header, cells)
	return ""
}

func TestViewDrawsTheCounts(t *testing.T) {
	v, wait := open(t, uitest.Demo(t))
	b := v.chart.image.Image.Bounds()
	if b.Dx() < 600 || apptest.Colours(v.chart.image.Image, 3) < 20 {
		t.Fatalf("chart %v with %d colours: not drawn (status %q)", b, apptest.Colours(v.chart.image.Image, 3), v.status.Text)
	}
	if !strings.Contains(v.status.Text, "Meetings (clusters) by year") {
		t.Errorf("status %q", v.status.Text)
	}
	if got := len(v.counts.cells); got != 1+len(app.DefaultPartners) {
		t.Errorf("table has %d rows, want a header and the 4 default partners", got)
	}

	v.controls.kind.set("lines")
	wait("the redraw")
	v.controls.period.set("month")
	wait("the redraw by month")
	if !strings.Contains(v.status.Text, "by month") || v.drawn.kind != "lines" {
		t.Errorf("status after choosing month: %q, kind %s", v.status.Text, v.drawn.kind)
	}
}

// TestFiltersRedraw: unchecking a partner and choosing a mode redraw the
// chart and the table with the new request.
func TestFiltersRedraw(t *testing.T) {
	v, wait := open(t, uitest.Demo(t))
	before := v.chart.image.Image
	allJPN := cell(t, v, "JPN", "Total")

	v.controls.partners.checks["CUB"].SetChecked(false)
	wait("the redraw without Cuba")
	for _, row := range v.counts.cells[1:] {
		if row[0] == "CUB" {
			t.Error("Cuba still in the table")
		}
	}
	if v.chart.image.Image == before {
		t.Error("the image was not replaced")
	}
	v.controls.modes.setChosen([]string{app.ModePhone})
	wait("the redraw with phone calls only")
	if phone := cell(t, v, "JPN", "Total"); phone == allJPN || !strings.Contains(v.status.Text, "modes phone") {
		t.Errorf("JPN total %s with phone only, %s before; status %q", phone, allJPN, v.status.Text)
	}

	// A wrong date names the field and leaves the chart as it was.
	shown := v.drawn
	v.controls.from.SetText("2023-13-45")
	if !strings.Contains(v.status.Text, "From date 2023-13-45") || v.drawn != shown {
		t.Errorf("status %q after a wrong date", v.status.Text)
	}
	v.controls.from.SetText("2022-01-01")
	wait("the redraw from 2022")
	if slices.Contains(v.counts.cells[0], "2021") {
		t.Errorf("periods before the range: %v", v.counts.cells[0])
	}
}

// TestConfirmingAMeetingChangesTheCounts counts confirmed meetings only,
// confirms one through the app, refreshes and reads the table; then
// rejects it.
func TestConfirmingAMeetingChangesTheCounts(t *testing.T) {
	lib := uitest.Demo(t)
	v, wait := open(t, lib)
	// A fixed range keeps every year's column, even with nothing counted.
	v.controls.from.SetText("2019-01-01")
	wait("the count from 2019")
	v.controls.to.SetText("2025-12-31")
	wait("the count to 2025")
	v.controls.statuses.setChosen([]string{string(app.Confirmed)})
	wait("the count of confirmed meetings")

	ctx := context.Background()
	ms, err := lib.Store.Meetings(ctx, app.MeetingFilter{Partners: []string{"USA"}})
	if err != nil {
		t.Fatal(err)
	}
	var m app.Meeting
	for _, c := range ms {
		if c.Status == app.Suggested && c.DateStart != "" {
			m = c
			break
		}
	}
	if m.ID == 0 {
		t.Fatal("no suggested USA meeting with a date in the demo library")
	}
	// Its cluster counts once, on its earliest confirmed report: with none
	// confirmed yet, confirming this one adds one in its year.
	for _, c := range ms {
		if c.Cluster == m.Cluster && m.Cluster != 0 && c.ID != m.ID {
			suggested := app.Suggested
			if _, err := lib.Store.ChangeMeeting(ctx, c.ID, app.MeetingChange{Status: &suggested}); err != nil {
				t.Fatal(err)
			}
		}
	}
	v.Refresh()
	wait("the count before confirming")
	year := m.DateStart[:4]
	before, total := cell(t, v, "USA", year), cell(t, v, "USA", "Total")

	confirmed := app.Confirmed
	if _, err := lib.Store.ChangeMeeting(ctx, m.ID, app.MeetingChange{Status: &confirmed}); err != nil {
		t.Fatal(err)
	}
	v.Refresh()
	wait("the count after confirming")
	if got := cell(t, v, "USA", year); got != plusOne(before) || cell(t, v, "USA", "Total") != plusOne(total) {
		t.Errorf("USA %s: %s -> %s (total %s -> %s) after confirming a meeting", year, before, got, total, cell(t, v, "USA", "Total"))
	}

	rejected := app.Rejected
	if _, err := lib.Store.ChangeMeeting(ctx, m.ID, app.MeetingChange{Status: &rejected}); err != nil {
		t.Fatal(err)
	}
	v.Refresh()
	wait("the count after rejecting")
	if got := cell(t, v, "USA", year); got != before {
		t.Errorf("USA %s: %s after rejecting, want %s again", year, got, before)
	}
}

func plusOne(s string) string {
	n, _ := strconv.Atoi(s)
	return strconv.Itoa(n + 1)
}

// TestPartnersOfTheLibraryAreOffered: beside the default partners, those
// the library holds can be checked, each with its colour.
func TestPartnersOfTheLibraryAreOffered(t *testing.T) {
	lib := uitest.Seeded(t)
	r := app.NewCountRequest()
	r.AllPartners, r.Partners = true, nil
	all, err := lib.Counts(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	v, wait := open(t, lib)
	for _, p := range append(slices.Clone(app.DefaultPartners), all.Partners...) {
		if v.controls.partners.checks[p] == nil {
			t.Errorf("partner %s not offered (offered: %v)", p, v.controls.partners.codes)
		}
	}
	var other string
	for _, p := range all.Partners { // most met first
		if !slices.Contains(app.DefaultPartners, p) {
			other = p
			break
		}
	}
	if other == "" {
		t.Skip("the seed pages name no partner beyond the defaults")
	}
	v.controls.partners.checks[other].SetChecked(true)
	wait("the redraw with " + other)
	if cell(t, v, other, "Total") == "0" && cell(t, v, other, "Date unknown") == "0" {
		t.Errorf("%s checked, nothing counted", other)
	}
}
