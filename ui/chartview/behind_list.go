package chartview

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// behindRow is one meeting in the list of a bar: the first row of each
// counted item is numbered, the other reports of the same item follow it.
type behindRow struct {
	item  int // 1-based number of the counted item
	first bool
	m     app.Meeting
}

// behindList shows the meetings behind the clicked bar; choosing one
// calls open.
type behindList struct {
	title *widget.Label
	list  *widget.List
	rows  []behindRow
	open  func(app.Meeting)
}

func newBehindList() *behindList {
	b := &behindList{title: widget.NewLabel(lang.L("Click a bar to list the meetings behind it."))}
	b.title.Wrapping = fyne.TextWrapWord
	b.list = widget.NewList(
		func() int { return len(b.rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(b.line(i)) },
	)
	b.list.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(b.rows) && b.open != nil {
			b.open(b.rows[i].m)
		}
	}
	return b
}

func (b *behindList) content() fyne.CanvasObject {
	return container.NewBorder(b.title, nil, nil, nil, b.list)
}

// show lists the items of a bar under a title that names it and its count.
func (b *behindList) show(title string, items []app.CountedItem) {
	b.rows = b.rows[:0]
	for n, it := range items {
		for k, m := range it.Meetings {
			b.rows = append(b.rows, behindRow{item: n + 1, first: k == 0, m: m})
		}
	}
	b.title.SetText(title)
	b.list.UnselectAll()
	b.list.Refresh()
	b.list.ScrollToTop()
}

// line is the text of row i: partner, date, mode, participants, source.
func (b *behindList) line(i int) string {
	if i < 0 || i >= len(b.rows) {
		return ""
	}
	r := b.rows[i]
	m := r.m
	date := m.DateStart
	switch {
	case date == "":
		date = lang.L("date unknown")
	case m.DatePrecision != app.PrecisionDay && m.DatePrecision != "":
		date = lang.L("{{.Date}} ({{.Precision}})", map[string]any{"Date": date, "Precision": string(m.DatePrecision)})
	}
	mode := word(m.Mode)
	if m.Mode == "" {
		mode = lang.L("mode unknown")
	}
	source := m.Source
	if m.Teaser {
		source = lang.L("{{.Source}} (teaser item)", map[string]any{"Source": m.Source})
	}
	fields := map[string]any{"N": r.item, "Partner": m.Partner, "Date": date, "Mode": mode,
		"People": people(m), "Source": source, "Status": word(string(m.Status))}
	if r.first {
		return lang.L("{{.N}}. {{.Partner}} · {{.Date}} · {{.Mode}} · {{.People}} · {{.Source}} · {{.Status}}", fields)
	}
	return lang.L("    also reported: {{.Partner}} · {{.Date}} · {{.Mode}} · {{.People}} · {{.Source}} · {{.Status}}", fields)
}

// people names the participants of both sides with their titles.
func people(m app.Meeting) string {
	var names []string
	for _, p := range append(append([]app.Participant{}, m.Focal...), m.PartnerSide...) {
		switch {
		case p.Name != "" && p.Title != "":
			names = append(names, p.Name+" ("+p.Title+")")
		case p.Name != "":
			names = append(names, p.Name)
		case p.Title != "":
			names = append(names, p.Title)
		}
	}
	if len(names) == 0 {
		return lang.L("participants not named")
	}
	return strings.Join(names, ", ")
}
