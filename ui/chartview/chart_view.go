package chartview

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/charts"
)

// View shows how often the focal country meets each partner: the
// counts of a request drawn as a chart, redrawn when a choice changes. It
// is the first form of the charts screen; the full one (filters, clicking a
// bar to its meetings, saving) is issue 7's.
type View struct {
	lib    *app.Library
	ctx    context.Context
	unit   *widget.Select
	period *widget.Select
	kind   *widget.Select
	image  *canvas.Image
	status *widget.Label

	// loaded, when set, is called on Fyne's goroutine after each redraw;
	// tests wait on it.
	loaded func()
}

// New builds the view with the default request; call Refresh to
// draw it.
func New(ctx context.Context, lib *app.Library) *View {
	v := &View{lib: lib, ctx: ctx}
	def := app.NewCountRequest()
	v.unit = widget.NewSelect([]string{string(app.UnitClusters), string(app.UnitDays), string(app.UnitArticles), string(app.UnitMentions)}, nil)
	v.unit.SetSelected(string(def.Unit))
	v.period = widget.NewSelect([]string{string(app.ByYear), string(app.ByQuarter), string(app.ByMonth), string(app.ByNone)}, nil)
	v.period.SetSelected(string(def.By))
	kinds := make([]string, len(charts.Kinds))
	for i, k := range charts.Kinds {
		kinds[i] = string(k)
	}
	v.kind = widget.NewSelect(kinds, nil)
	v.kind.SetSelected(string(charts.Bars))
	// Set after the defaults, so that building the view draws nothing.
	for _, s := range []*widget.Select{v.unit, v.period, v.kind} {
		s.OnChanged = func(string) { v.Refresh() }
	}
	v.image = canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
	v.image.FillMode = canvas.ImageFillContain
	v.image.SetMinSize(fyne.NewSize(640, 360))
	v.status = widget.NewLabel("")
	return v
}

// Content is the view's canvas object.
func (v *View) Content() fyne.CanvasObject {
	choices := container.NewHBox(widget.NewLabel("Count"), v.unit, widget.NewLabel("by"), v.period,
		widget.NewLabel("as"), v.kind)
	return container.NewBorder(choices, v.status, nil, nil, v.image)
}

// request is the count the choices describe.
func (v *View) request() (app.CountRequest, charts.Kind) {
	r := app.NewCountRequest()
	r.Unit, r.By = app.CountUnit(v.unit.Selected), app.Period(v.period.Selected)
	return r, charts.Kind(v.kind.Selected)
}

// Refresh counts and draws off the UI goroutine, then shows the image.
func (v *View) Refresh() {
	r, kind := v.request()
	go func() {
		img, status := v.draw(r, kind)
		fyne.Do(func() {
			if img != nil {
				v.image.Image = img
				v.image.Refresh()
			}
			v.status.SetText(status)
			if v.loaded != nil {
				v.loaded()
			}
		})
	}()
}

func (v *View) draw(r app.CountRequest, kind charts.Kind) (image.Image, string) {
	t, err := v.lib.Counts(v.ctx, r)
	if err != nil {
		return nil, "Could not count: " + err.Error()
	}
	var buf bytes.Buffer
	if err := charts.Render(&buf, t, charts.Options{Kind: kind, Format: charts.PNG}); err != nil {
		return nil, "Could not draw: " + err.Error()
	}
	img, err := png.Decode(&buf)
	if err != nil {
		return nil, "Could not show the chart: " + err.Error()
	}
	unknown := 0
	for _, u := range t.Unknown {
		unknown += u.Count
	}
	return img, fmt.Sprintf("%s; %d more with an unknown date", r.Describe(), unknown)
}
