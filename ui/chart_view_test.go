package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app/apptest"
)

func TestChartViewDrawsTheCounts(t *testing.T) {
	test.NewTempApp(t)
	v := NewChartView(context.Background(), seededLibrary(t))
	loaded := make(chan struct{}, 1)
	v.loaded = func() { loaded <- struct{}{} }
	w := test.NewWindow(v.Content())
	defer w.Close()

	v.Refresh()
	waitLoaded(t, loaded, "the chart")
	b := v.image.Image.Bounds()
	if b.Dx() < 600 || apptest.Colours(v.image.Image, 3) < 20 {
		t.Fatalf("chart %v with %d colours: not drawn (status %q)", b, apptest.Colours(v.image.Image, 3), v.status.Text)
	}
	if !strings.Contains(v.status.Text, "Meetings (clusters) by year") {
		t.Errorf("status %q", v.status.Text)
	}

	v.kind.SetSelected("lines")
	waitLoaded(t, loaded, "the redraw")
	v.period.SetSelected("month")
	waitLoaded(t, loaded, "the redraw by month")
	if !strings.Contains(v.status.Text, "by month") {
		t.Errorf("status after choosing month: %q", v.status.Text)
	}
}
