package meetingsview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/charts"
)

// queueList is the review queue: a list that takes the review keys when it
// has the focus (a tap on a line gives it), so the analyst reviews without
// the mouse. Up/Down and j/k move; c, r, p, e, o act on the selection.
type queueList struct {
	widget.List
	// onMove moves the selection by one line (-1 up, +1 down).
	onMove func(step int)
	// onKey handles a review key; it reports whether the key was one.
	onKey func(r rune) bool
}

func newQueueList(length func() int, update func(int, *queueRow)) *queueList {
	q := &queueList{}
	q.Length = length
	q.CreateItem = func() fyne.CanvasObject { return newQueueRow() }
	q.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) { update(i, o.(*queueRow)) }
	q.ExtendBaseWidget(q)
	return q
}

// TypedKey moves on Up and Down; other keys keep the list's meaning.
func (q *queueList) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyUp:
		q.move(-1)
	case fyne.KeyDown:
		q.move(1)
	default:
		q.List.TypedKey(e)
	}
}

// TypedRune takes the review keys.
func (q *queueList) TypedRune(r rune) {
	switch r {
	case 'k':
		q.move(-1)
	case 'j':
		q.move(1)
	default:
		if q.onKey != nil {
			q.onKey(r)
		}
	}
}

func (q *queueList) move(step int) {
	if q.onMove != nil {
		q.onMove(step)
	}
}

// queueRow is one line of the queue: the partner's colour, then the
// meeting in words.
type queueRow struct {
	widget.BaseWidget
	swatch  *canvas.Rectangle
	text    *widget.Label
	partner string
}

func newQueueRow() *queueRow {
	r := &queueRow{swatch: canvas.NewRectangle(color.Transparent), text: widget.NewLabel("meeting")}
	r.swatch.SetMinSize(fyne.NewSize(14, 14))
	r.swatch.CornerRadius = 3
	r.text.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

// set shows a meeting's line. The list refreshes every visible row on
// each selection; an unchanged line is not shaped again.
func (r *queueRow) set(partner, line string) {
	if partner != r.partner {
		r.partner = partner
		r.swatch.FillColor = charts.CountryColour(partner)
		r.swatch.Refresh()
	}
	if line != r.text.Text {
		r.text.SetText(line)
	}
}

func (r *queueRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, container.NewCenter(r.swatch), nil, r.text))
}
