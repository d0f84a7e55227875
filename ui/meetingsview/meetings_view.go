// Package meetingsview is the Meetings screen: the review queue of the
// meetings Parley found, each with its evidence in context, to confirm,
// reject, mark as planned or correct from the keyboard, and the clusters
// (reports of one real meeting) to see, merge and split.
package meetingsview

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/uikit"
)

// View is the Meetings screen.
type View struct {
	lib *app.Library
	ctx context.Context

	// OnOpenEvidence, when set, opens a meeting's article in the reader at
	// its evidence ("Open in reader", key o). The shell wires it.
	OnOpenEvidence func(app.Meeting)

	statusFilter  *widget.Select
	partnerFilter *widget.Select
	counter       *widget.Label
	list          *queueList
	status        *widget.Label
	detail        *detailPane
	editor        *editForm
	clusters      *clusterPane
	right         *fyne.Container

	all      []app.Meeting // every meeting of the library, every status
	meetings []app.Meeting // the queue: those the filters keep
	// selected indexes meetings (-1: none); it is also the list's own
	// selection, which may hold another meeting after the queue changed.
	selected int
	partners []string // the partners of the filter, in its order
	articles map[int64]app.Article

	doMu sync.Mutex

	// loaded, when set, is called on Fyne's goroutine after each load or
	// write; tests wait on it.
	loaded func()
	// evidenceShown, when set, is called when a meeting's evidence is shown
	// in its context.
	evidenceShown func(app.Meeting)
}

// Status filters, in the order the filter offers them.
var statusFilters = []struct {
	key      string
	statuses []app.MeetingStatus // nil: all
}{
	{"To review", []app.MeetingStatus{app.Suggested}},
	{"Confirmed", []app.MeetingStatus{app.Confirmed}},
	{"Planned", []app.MeetingStatus{app.Planned}},
	{"Rejected", []app.MeetingStatus{app.Rejected}},
	{"All", nil},
}

var everyStatus = []app.MeetingStatus{app.Suggested, app.Confirmed, app.Rejected, app.Planned}

// New builds the view; call Refresh to fill it.
func New(ctx context.Context, lib *app.Library) *View {
	v := &View{lib: lib, ctx: ctx, selected: -1, articles: map[int64]app.Article{}}
	var names []string
	for _, f := range statusFilters {
		names = append(names, lang.L(f.key))
	}
	// The filters act once the queue exists.
	v.statusFilter = widget.NewSelect(names, nil)
	v.statusFilter.SetSelectedIndex(0)
	v.partnerFilter = widget.NewSelect([]string{lang.L("All partners")}, nil)
	v.partnerFilter.SetSelectedIndex(0)
	v.counter = widget.NewLabel("")
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord

	v.list = newQueueList(func() int { return len(v.meetings) }, func(i int, row *queueRow) {
		if i < len(v.meetings) {
			row.set(v.meetings[i].Partner, meetingLine(v.meetings[i]))
		}
	})
	v.list.OnSelected = func(i widget.ListItemID) {
		v.selected = i
		v.show(v.meetings[i])
	}
	v.list.OnUnselected = func(widget.ListItemID) { v.selected = -1 }
	v.list.onMove = v.move
	v.list.onKey = v.key

	v.detail = newDetailPane(v)
	v.editor = newEditForm(v)
	v.clusters = newClusterPane(v)
	v.right = container.NewStack(
		container.NewVScroll(container.NewVBox(v.detail.content, widget.NewSeparator(), v.clusters.content)),
		container.NewVScroll(v.editor.content))
	v.show(app.Meeting{})
	v.statusFilter.OnChanged = func(string) { v.applyFilters(v.currentID()) }
	v.partnerFilter.OnChanged = func(string) { v.applyFilters(v.currentID()) }
	return v
}

// Content is the view's canvas object.
func (v *View) Content() fyne.CanvasObject {
	filters := container.NewHBox(widget.NewLabel(lang.L("Show")), v.statusFilter, v.partnerFilter, v.counter)
	keys := widget.NewLabel(lang.L("Keys: c confirm · r reject · p planned · e edit · o open in reader · ↑↓ or j/k move"))
	keys.Truncation = fyne.TextTruncateEllipsis
	left := container.NewBorder(filters, container.NewVBox(keys, v.status), nil, nil, v.list)
	split := container.NewHSplit(left, v.right)
	split.Offset = 0.5
	return split
}

// Refresh reloads the meetings off the UI goroutine.
func (v *View) Refresh() { v.reload(0, "") }

// reload loads every meeting, then selects keep (a meeting id; 0 for the
// first of the queue) and shows done in the status line.
func (v *View) reload(keep int64, done string) {
	go func() {
		ms, err := v.lib.Store.Meetings(v.ctx, app.MeetingFilter{Statuses: everyStatus})
		v.do(func() {
			if err != nil {
				v.status.SetText(lang.L("Could not list the meetings: {{.Err}}", map[string]any{"Err": err.Error()}))
				v.notifyLoaded()
				return
			}
			v.all = ms
			v.articles = map[int64]app.Article{}
			v.fillPartners()
			v.applyFilters(keep)
			v.status.SetText(done)
			v.notifyLoaded()
		})
	}()
}

// fillPartners offers every partner of the library in the partner filter,
// by name, keeping the one chosen.
func (v *View) fillPartners() {
	chosen := v.chosenPartner()
	seen := map[string]bool{}
	v.partners = v.partners[:0]
	for _, m := range v.all {
		if !seen[m.Partner] {
			seen[m.Partner] = true
			v.partners = append(v.partners, m.Partner)
		}
	}
	slices.SortFunc(v.partners, func(a, b string) int { return cmp.Compare(uikit.CountryName(a), uikit.CountryName(b)) })
	options := []string{lang.L("All partners")}
	index := 0
	for i, p := range v.partners {
		options = append(options, uikit.CountryName(p)+" ("+p+")")
		if p == chosen {
			index = i + 1
		}
	}
	v.partnerFilter.Options = options
	v.partnerFilter.OnChanged, v.partnerFilter.Selected = nil, ""
	v.partnerFilter.SetSelectedIndex(index)
	v.partnerFilter.OnChanged = func(string) { v.applyFilters(v.currentID()) }
}

// chosenPartner is the partner filter's code, "" for all.
func (v *View) chosenPartner() string {
	i := v.partnerFilter.SelectedIndex()
	if i <= 0 || i > len(v.partners) {
		return ""
	}
	return v.partners[i-1]
}

// applyFilters rebuilds the queue from the filters and selects keep, or the
// first meeting of the queue when keep is not in it.
func (v *View) applyFilters(keep int64) {
	f := statusFilters[max(0, v.statusFilter.SelectedIndex())]
	partner := v.chosenPartner()
	v.meetings = v.meetings[:0]
	toReview := 0
	for _, m := range v.all {
		if partner != "" && m.Partner != partner {
			continue
		}
		if m.Status == app.Suggested {
			toReview++
		}
		if f.statuses == nil || slices.Contains(f.statuses, m.Status) {
			v.meetings = append(v.meetings, m)
		}
	}
	v.counter.SetText(lang.L("{{.N}} to review", map[string]any{"N": toReview}))
	v.list.Refresh()
	index := slices.IndexFunc(v.meetings, func(m app.Meeting) bool { return m.ID == keep })
	if index < 0 && len(v.meetings) > 0 {
		index = 0
	}
	v.selectIndex(index)
}

// selectIndex selects line i of the queue (-1: none) and shows it, even
// when the list already had that line selected (before the queue changed).
func (v *View) selectIndex(i int) {
	if i < 0 {
		v.list.UnselectAll()
		v.selected = -1
		v.show(app.Meeting{})
		return
	}
	if v.selected == i {
		v.show(v.meetings[i])
		return
	}
	v.list.Select(i) // calls OnSelected, which shows it
}

// current is the selected meeting.
func (v *View) current() (app.Meeting, bool) {
	if v.selected < 0 || v.selected >= len(v.meetings) {
		return app.Meeting{}, false
	}
	return v.meetings[v.selected], true
}

func (v *View) currentID() int64 {
	m, _ := v.current()
	return m.ID
}

// move selects the next (step 1) or previous (-1) meeting of the queue.
func (v *View) move(step int) {
	if len(v.meetings) == 0 {
		return
	}
	i := v.selected + step
	if v.selected < 0 {
		i = 0
	}
	v.selectIndex(max(0, min(i, len(v.meetings)-1)))
}

// focusQueue gives the keyboard back to the queue.
func (v *View) focusQueue() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(v.list); c != nil {
		c.Focus(v.list)
	}
}

// show fills the right pane with a meeting (none: the zero Meeting).
func (v *View) show(m app.Meeting) {
	v.editor.close()
	v.detail.show(m)
	v.clusters.show(m)
}

// do runs fn on Fyne's goroutine, as every update from a background load
// or write must. The lock changes nothing under a real driver, which runs
// these one at a time; the test driver runs each in its caller's goroutine,
// and two loads finishing together would otherwise update widgets at once.
func (v *View) do(fn func()) {
	fyne.Do(func() {
		v.doMu.Lock()
		defer v.doMu.Unlock()
		fn()
	})
}

func (v *View) notifyLoaded() {
	if v.loaded != nil {
		v.loaded()
	}
}
