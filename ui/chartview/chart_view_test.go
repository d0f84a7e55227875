package chartview

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app/apptest"
	"parley/ui/uitest"
)

func TestViewDrawsTheCounts(t *testing.T) {
	test.NewTempApp(t)
	v := New(context.Background(), uitest.Seeded(t))
	var wait func(string)
	v.loaded, wait = uitest.Loaded(t)
	w := test.NewWindow(v.Content())
	defer w.Close()

	v.Refresh()
	wait("the chart")
	b := v.image.Image.Bounds()
	if b.Dx() < 600 || apptest.Colours(v.image.Image, 3) < 20 {
		t.Fatalf("chart %v with %d colours: not drawn (status %q)", b, apptest.Colours(v.image.Image, 3), v.status.Text)
	}
	if !strings.Contains(v.status.Text, "Meetings (clusters) by year") {
		t.Errorf("status %q", v.status.Text)
	}

	v.kind.SetSelected("lines")
	wait("the redraw")
	v.period.SetSelected("month")
	wait("the redraw by month")
	if !strings.Contains(v.status.Text, "by month") {
		t.Errorf("status after choosing month: %q", v.status.Text)
	}
}
