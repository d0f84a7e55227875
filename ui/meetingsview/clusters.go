package meetingsview

import (
	"cmp"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
	"parley/ui/uikit"
)

// clusterPane shows the reports of the selected meeting's cluster (the same
// real meeting told by several articles and teasers), and merges it with
// another cluster of the partner or splits the meeting out of it. Both are
// pinned in the library, so a later reclustering keeps them.
type clusterPane struct {
	v       *View
	title   *widget.Label
	members *fyne.Container
	pick    *widget.Select
	choices []app.Meeting // one meeting for each cluster the picker offers
	merge   *widget.Button
	split   *widget.Button
	content fyne.CanvasObject
}

// maxMergeChoices bounds the picker: the clusters of the partner nearest
// in date.
const maxMergeChoices = 40

func newClusterPane(v *View) *clusterPane {
	p := &clusterPane{v: v}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.members = container.NewVBox()
	p.pick = widget.NewSelect(nil, func(string) { p.enableMerge() })
	p.pick.PlaceHolder = lang.L("Merge with the cluster of…")
	p.merge = widget.NewButton(lang.L("Merge"), p.mergeChosen)
	p.split = widget.NewButton(lang.L("Split from cluster"), p.splitShown)
	p.content = container.NewVBox(p.title, p.members,
		container.NewBorder(nil, nil, nil, p.merge, p.pick), container.NewHBox(p.split))
	return p
}

// show fills the pane for m (the zero Meeting empties it).
func (p *clusterPane) show(m app.Meeting) {
	p.members.RemoveAll()
	p.choices = nil
	p.pick.Options = nil
	p.pick.ClearSelected()
	p.merge.Disable()
	p.split.Disable()
	if m.ID == 0 {
		p.title.SetText(lang.L("Cluster"))
		p.pick.Disable()
		return
	}
	members := p.v.clusterMembers(m)
	if m.Cluster == 0 {
		p.title.SetText(lang.L("Not in a cluster yet (rejected, or added since the last import)"))
	} else {
		p.title.SetText(lang.L("Cluster {{.N}}: {{.Count}} report(s)", map[string]any{"N": m.Cluster, "Count": len(members)}))
	}
	for _, o := range members {
		line := dateText(o) + " · " + uikit.ModeText(o.Mode) + " · " + uikit.StatusText(o.Status) + " · " + originText(o) + " · " + app.ArticleName(o.Source)
		if o.ID == m.ID {
			p.members.Add(widget.NewLabelWithStyle("▸ "+line, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
			continue
		}
		b := widget.NewButton(line, func() { p.v.selectMeeting(o.ID) })
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		p.members.Add(b)
	}
	if len(members) > 1 {
		p.split.Enable()
	}
	p.choices = p.v.mergeChoices(m)
	options := make([]string, len(p.choices))
	for i, c := range p.choices {
		options[i] = lang.L("{{.Date}} · {{.Count}} report(s) · {{.Article}}", map[string]any{
			"Date": dateText(c), "Count": len(p.v.clusterMembers(c)), "Article": app.ArticleName(c.Source)})
	}
	p.pick.Options = options
	if len(options) == 0 {
		p.pick.Disable()
	} else {
		p.pick.Enable()
	}
	p.pick.Refresh()
}

func (p *clusterPane) enableMerge() {
	if p.pick.SelectedIndex() >= 0 {
		p.merge.Enable()
	} else {
		p.merge.Disable()
	}
}

func (p *clusterPane) mergeChosen() {
	m, ok := p.v.current()
	i := p.pick.SelectedIndex()
	if !ok || i < 0 || i >= len(p.choices) {
		return
	}
	p.v.mergeClusters(m, p.choices[i])
}

func (p *clusterPane) splitShown() {
	if m, ok := p.v.current(); ok {
		p.v.splitFromCluster(m)
	}
}

// counted is whether reclustering places the meeting: rejected ones are in
// no cluster.
func counted(m app.Meeting) bool { return m.Status != app.Rejected }

// clusterMembers lists the reports of m's cluster, m included, by date.
func (v *View) clusterMembers(m app.Meeting) []app.Meeting {
	if m.Cluster == 0 || !counted(m) {
		return []app.Meeting{m}
	}
	var out []app.Meeting
	for _, o := range v.all {
		if o.Cluster == m.Cluster && (counted(o) || o.ID == m.ID) {
			out = append(out, o)
		}
	}
	slices.SortStableFunc(out, func(a, b app.Meeting) int { return cmp.Compare(a.DateStart, b.DateStart) })
	return out
}

// mergeChoices lists the other clusters of m's partner, one meeting each
// (the first dated), nearest in date first.
func (v *View) mergeChoices(m app.Meeting) []app.Meeting {
	if !counted(m) {
		return nil
	}
	first := map[int64]app.Meeting{} // cluster (or -id when none) -> meeting
	for _, o := range v.all {
		if o.Partner != m.Partner || !counted(o) || o.ID == m.ID || (m.Cluster != 0 && o.Cluster == m.Cluster) {
			continue
		}
		key := o.Cluster
		if key == 0 {
			key = -o.ID
		}
		if c, ok := first[key]; !ok || (o.DateStart != "" && (c.DateStart == "" || o.DateStart < c.DateStart)) {
			first[key] = o
		}
	}
	out := make([]app.Meeting, 0, len(first))
	for _, o := range first {
		out = append(out, o)
	}
	slices.SortFunc(out, func(a, b app.Meeting) int {
		return cmp.Or(cmp.Compare(daysApart(m, a), daysApart(m, b)), cmp.Compare(a.ID, b.ID))
	})
	return out[:min(len(out), maxMergeChoices)]
}

// daysApart is how far apart two meetings' start days are; unknown dates
// are farthest.
func daysApart(a, b app.Meeting) int {
	ta, errA := time.Parse(time.DateOnly, a.DateStart)
	tb, errB := time.Parse(time.DateOnly, b.DateStart)
	if errA != nil || errB != nil {
		return 1 << 30
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// selectMeeting selects a meeting of the library, showing all statuses when
// the filters hide it.
func (v *View) selectMeeting(id int64) {
	if !v.inQueue(id) {
		v.statusFilter.OnChanged, v.partnerFilter.OnChanged = nil, nil
		v.statusFilter.SetSelectedIndex(len(statusFilters) - 1)
		v.partnerFilter.SetSelectedIndex(0)
		v.statusFilter.OnChanged = func(string) { v.applyFilters(v.currentID()) }
		v.partnerFilter.OnChanged = func(string) { v.applyFilters(v.currentID()) }
	}
	v.applyFilters(id)
}

// mergeClusters merges the clusters of a and b off the UI goroutine, then
// reloads the meetings (cluster numbers change) keeping a selected.
func (v *View) mergeClusters(a, b app.Meeting) {
	v.clusters.merge.Disable()
	go func() {
		cluster, err := v.lib.MergeClusters(v.ctx, a.ID, b.ID)
		if err != nil {
			v.failed(err)
			return
		}
		v.reload(a.ID, lang.L("Merged into cluster {{.N}}.", map[string]any{"N": cluster}))
	}()
}

// splitFromCluster makes m a meeting of its own, then reloads.
func (v *View) splitFromCluster(m app.Meeting) {
	v.clusters.split.Disable()
	go func() {
		cluster, err := v.lib.SplitFromCluster(v.ctx, m.ID)
		if err != nil {
			v.failed(err)
			return
		}
		v.reload(m.ID, lang.L("Meeting {{.ID}} is now cluster {{.N}} on its own.", map[string]any{"ID": m.ID, "N": cluster}))
	}()
}

// failed reports a failed write from a background goroutine.
func (v *View) failed(err error) {
	v.do(func() {
		v.status.SetText(err.Error())
		if m, ok := v.current(); ok {
			v.clusters.show(m)
		}
		v.notifyLoaded()
	})
}
