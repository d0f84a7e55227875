package chartview

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/charts"
)

// View is the charts screen: how often the focal country meets each
// partner, as a chart of the counts the analyst's choices describe, with
// the same numbers as a table. Clicking a bar lists the meetings behind
// it; choosing one opens it (OnOpenMeeting). The chart saves as PNG or
// SVG and the counts export as CSV.
type View struct {
	lib      *app.Library
	ctx      context.Context
	controls *controls
	chart    *chartImage
	counts   *countsTable
	behind   *behindList
	status   *widget.Label
	root     fyne.CanvasObject

	// OnOpenMeeting, when set, is called on Fyne's goroutine with the
	// meeting the analyst chose in the list behind a bar: the shell opens
	// its article in the reader at the evidence (EvidenceStart to
	// EvidenceEnd, code points into the body, or into the teaser item
	// when m.Teaser).
	OnOpenMeeting func(app.Meeting)
	// Window is where the view's dialogs open; nil: the window showing it.
	Window fyne.Window

	// drawn is what the chart on screen shows; nil before the first.
	drawn *drawing
	// seq numbers the requests: a late answer to an older one is dropped.
	seq int

	// loaded, when set, is called on Fyne's goroutine after each redraw
	// and after each list of meetings behind a bar; tests wait on it.
	loaded func()
}

// drawing is one chart and what it was drawn from.
type drawing struct {
	table  app.CountTable
	kind   charts.Kind
	image  image.Image
	layout charts.Layout
}

// New builds the view with the default request; call Refresh to draw it.
func New(ctx context.Context, lib *app.Library) *View {
	v := &View{lib: lib, ctx: ctx, controls: newControls(), chart: newChartImage(), counts: newCountsTable(),
		behind: newBehindList(), status: widget.NewLabel("")}
	v.status.Wrapping = fyne.TextWrapWord
	v.controls.onChange = v.Refresh
	v.chart.onTap = v.showBehind
	v.behind.open = func(m app.Meeting) {
		if v.OnOpenMeeting != nil {
			v.OnOpenMeeting(m)
		}
	}
	v.root = v.build()
	return v
}

func (v *View) build() fyne.CanvasObject {
	toolbar := container.NewHBox(
		widget.NewButton(lang.L("Save as PNG…"), func() { v.ShowSaveChart(charts.PNG) }),
		widget.NewButton(lang.L("Save as SVG…"), func() { v.ShowSaveChart(charts.SVG) }),
		widget.NewButton(lang.L("Export counts as CSV…"), v.ShowExportCounts),
	)
	tabs := container.NewAppTabs(
		container.NewTabItem(lang.L("Chart"), v.chart),
		container.NewTabItem(lang.L("Table"), v.counts.table),
	)
	work := container.NewVSplit(tabs, v.behind.content())
	work.Offset = 0.68
	side := container.NewVScroll(v.controls.content())
	side.SetMinSize(fyne.NewSize(300, 0))
	return container.NewBorder(toolbar, v.status, side, nil, work)
}

// Content is the view's canvas object.
func (v *View) Content() fyne.CanvasObject { return v.root }

// Refresh counts and draws the chosen request off the UI goroutine, then
// shows the chart, the table and the library's choices (partners, codes,
// coders, sessions) at once. The chart on screen stays until the new one
// is ready. Call it after anything changed the library (a review, an
// import, a coding).
func (v *View) Refresh() {
	r, kind, err := v.controls.request()
	if err != nil {
		v.status.SetText(err.Error())
		return
	}
	v.seq++
	seq := v.seq
	v.status.SetText(lang.L("Counting…"))
	go func() {
		d, opts, err := v.draw(r, kind)
		fyne.Do(func() {
			if seq != v.seq {
				return // a newer request is being drawn
			}
			v.controls.setOptions(opts)
			if err != nil {
				v.status.SetText(err.Error())
			} else {
				v.drawn = d
				v.chart.show(d.image, d.layout)
				v.counts.show(d.table)
				v.status.SetText(describe(d.table))
			}
			if v.loaded != nil {
				v.loaded()
			}
		})
	}()
}

// draw counts, renders and places the marks of one chart, and reads the
// library's choices.
func (v *View) draw(r app.CountRequest, kind charts.Kind) (*drawing, libraryOptions, error) {
	opts, optErr := v.options()
	t, err := v.lib.Counts(v.ctx, r)
	if err != nil {
		return nil, opts, fmt.Errorf("%s", lang.L("Could not count: {{.Err}}", map[string]any{"Err": err.Error()}))
	}
	var buf bytes.Buffer
	opt := charts.Options{Kind: kind, Format: charts.PNG}
	if err := charts.Render(&buf, t, opt); err != nil {
		return nil, opts, fmt.Errorf("%s", lang.L("Could not draw: {{.Err}}", map[string]any{"Err": err.Error()}))
	}
	img, err := png.Decode(&buf)
	if err != nil {
		return nil, opts, fmt.Errorf("%s", lang.L("Could not show the chart: {{.Err}}", map[string]any{"Err": err.Error()}))
	}
	l, err := charts.LayoutOf(t, opt)
	if err != nil {
		return nil, opts, fmt.Errorf("%s", lang.L("Could not draw: {{.Err}}", map[string]any{"Err": err.Error()}))
	}
	if optErr != nil {
		return nil, opts, optErr
	}
	return &drawing{table: t, kind: kind, image: img, layout: l}, opts, nil
}

// options reads what the library offers to choose from: its partners,
// most met first (every status, so that a partner with only planned
// meetings can be chosen), its codes by path, its coders and sessions.
func (v *View) options() (libraryOptions, error) {
	var o libraryOptions
	all := app.NewCountRequest()
	all.AllPartners, all.Partners, all.By, all.Unit = true, nil, app.ByNone, app.UnitMentions
	all.Statuses = []app.MeetingStatus{app.Suggested, app.Confirmed, app.Planned, app.Rejected}
	t, err := v.lib.Counts(v.ctx, all)
	if err != nil {
		return o, fmt.Errorf("%s", lang.L("Could not list the partners: {{.Err}}", map[string]any{"Err": err.Error()}))
	}
	o.partners = t.Partners
	b, err := v.lib.Codebook(v.ctx)
	if err != nil {
		return o, fmt.Errorf("%s", lang.L("Could not read the codebook: {{.Err}}", map[string]any{"Err": err.Error()}))
	}
	for _, c := range b.Codes {
		o.codes = append(o.codes, b.Path(c.ID))
	}
	slices.Sort(o.codes)
	coders, err := v.lib.Store.Coders(v.ctx)
	if err != nil {
		return o, err
	}
	for _, c := range coders {
		o.coders = append(o.coders, c.Name)
	}
	// Names only: the store's list, without the scope progress
	// Library.Sessions counts with a search per session at each redraw.
	sessions, err := v.lib.Store.Sessions(v.ctx)
	if err != nil {
		return o, err
	}
	for _, s := range sessions {
		o.sessions = append(o.sessions, s.Name)
	}
	return o, nil
}

// describe is the status line under a chart: the request and the
// meetings left out for their unknown date.
func describe(t app.CountTable) string {
	unknown := 0
	for _, u := range t.Unknown {
		unknown += u.Count
	}
	return lang.L("{{.Request}}; {{.Unknown}} more with an unknown date. Click a bar to list its meetings.",
		map[string]any{"Request": t.Request.Describe(), "Unknown": unknown})
}

// showBehind lists the meetings behind a clicked mark, off the UI
// goroutine, by the request of the chart on screen.
func (v *View) showBehind(region charts.Region) {
	if v.drawn == nil {
		return
	}
	r := v.drawn.table.Request
	bar := app.Bar{Partner: region.Partner, Period: region.Category, Group: region.Group}
	if region.Category == charts.TotalLabel {
		bar.Period = app.AnyPeriod
	}
	v.behind.title.SetText(lang.L("Listing the meetings behind {{.Partner}}, {{.Period}}…",
		map[string]any{"Partner": region.Partner, "Period": region.Category}))
	go func() {
		items, err := v.lib.MeetingsBehind(v.ctx, r, bar)
		fyne.Do(func() {
			if err != nil {
				v.behind.show(lang.L("Could not list the meetings: {{.Err}}", map[string]any{"Err": err.Error()}), nil)
			} else {
				v.behind.show(behindTitle(r, region, items), items)
			}
			if v.loaded != nil {
				v.loaded()
			}
		})
	}()
}

// behindTitle names the bar and says how many it counts and how many
// reports make them.
func behindTitle(r app.CountRequest, region charts.Region, items []app.CountedItem) string {
	period := region.Category
	if period == charts.TotalLabel {
		period = lang.L("all periods")
	}
	if region.Group != "" {
		period += " · " + word(region.Group)
	}
	reports := 0
	for _, it := range items {
		reports += len(it.Meetings)
	}
	return lang.L("{{.Partner}}, {{.Period}}: {{.N}} counted as {{.Unit}}, from {{.Reports}} reports. Choose one to open it in the reader.",
		map[string]any{"Partner": region.Partner, "Period": period, "N": len(items), "Unit": word(string(r.Unit)), "Reports": reports})
}
