package chartview

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parley/app"
)

// countCells lays a count table out as the analyst reads it, the same
// numbers as the chart and the CSV: a header row, then one row per partner
// (and group, with a breakdown) with its count in each period, its total
// and its meetings of unknown date.
func countCells(t app.CountTable) [][]string {
	groups := t.Groups
	header := []string{lang.L("Partner")}
	if groups == nil {
		groups = []string{""}
	} else {
		header = append(header, word(t.Request.Breakdown))
	}
	header = append(append(header, t.Periods...), lang.L("Total"), lang.L("Date unknown"))
	unknown := map[string]int{}
	for _, u := range t.Unknown {
		unknown[u.Partner+"\x00"+u.Group] += u.Count
	}
	cells := [][]string{header}
	for _, p := range t.Partners {
		for _, g := range groups {
			row := []string{p}
			if t.Groups != nil {
				row = append(row, word(g))
			}
			total := 0
			for _, period := range t.Periods {
				n := t.CountIn(p, period, g)
				total += n
				row = append(row, strconv.Itoa(n))
			}
			cells = append(cells, append(row, strconv.Itoa(total), strconv.Itoa(unknown[p+"\x00"+g])))
		}
	}
	return cells
}

// countsTable shows countCells.
type countsTable struct {
	cells [][]string
	table *widget.Table
}

func newCountsTable() *countsTable {
	c := &countsTable{}
	c.table = widget.NewTable(
		func() (int, int) {
			if len(c.cells) == 0 {
				return 0, 0
			}
			return len(c.cells), len(c.cells[0])
		},
		func() fyne.CanvasObject { return widget.NewLabel("0000-Q0") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.TextStyle.Bold = id.Row == 0 || id.Col == 0
			l.SetText(c.cell(id.Row, id.Col))
		},
	)
	c.table.StickyRowCount, c.table.StickyColumnCount = 1, 1
	return c
}

func (c *countsTable) cell(row, col int) string {
	if row < len(c.cells) && col < len(c.cells[row]) {
		return c.cells[row][col]
	}
	return ""
}

func (c *countsTable) show(t app.CountTable) {
	c.cells = countCells(t)
	c.table.Refresh()
}
