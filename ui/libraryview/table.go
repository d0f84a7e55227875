package libraryview

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// column is one column of the library table.
type column struct {
	title func() string // in the UI language
	width float32
	text  func(v *View, i int) string
}

// columns of the table; the match column is filled while searching.
var columns = []column{
	{func() string { return lang.L("Title") }, 330, func(v *View, i int) string { r, _ := v.row(i); return r.Title }},
	{func() string { return lang.L("Date") }, 95, func(v *View, i int) string { r, _ := v.row(i); return r.Published.String() }},
	{func() string { return lang.L("Language") }, 75, func(v *View, i int) string { r, _ := v.row(i); return r.Lang }},
	{func() string { return lang.L("Meetings") }, 95, func(v *View, i int) string { r, _ := v.row(i); return countText(r.Meetings) }},
	{func() string { return lang.L("Codes") }, 55, func(v *View, i int) string { r, _ := v.row(i); return countText(r.Codes) }},
	{func() string { return lang.L("Match") }, 500, func(v *View, i int) string { r, _ := v.row(i); return r.Snippet }},
}

func countText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// newTable is the virtualised table: Fyne builds cells for the visible
// rows only, and each cell reads its row from the page cache.
func (v *View) newTable() *widget.Table {
	t := widget.NewTable(
		func() (int, int) { return len(v.ids), len(columns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			if _, ok := v.row(id.Row); !ok {
				l.SetText("…")
				return
			}
			l.SetText(columns[id.Col].text(v, id.Row))
		},
	)
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			o.(*widget.Label).SetText(columns[id.Col].title())
		}
	}
	for i, c := range columns {
		t.SetColumnWidth(i, c.width)
	}
	t.OnSelected = func(id widget.TableCellID) {
		if r, ok := v.row(id.Row); ok && v.OnOpen != nil {
			v.OnOpen(r.ID)
		}
	}
	return t
}
