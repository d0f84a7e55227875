package readerview

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// Alpha of a coded passage's band: light enough to read the text through,
// strong enough to tell two codes apart.
const bandAlpha = 0x70

// textRenderer draws the lines in view and nothing else. Its canvas
// objects come from pools that grow to what one screen needs and are
// reused as the text scrolls.
//
// A line keeps its canvas.Text while it stays in view, so a scroll only
// moves it: drivers cache each text's rendering, and only the lines that
// come into view are rendered anew.
type textRenderer struct {
	t         *Text
	lineTexts map[int]*canvas.Text // by line index, for the lines in view
	gen       int                  // the Text's generation lineTexts is for
	spare     []*canvas.Text
	rects     []*canvas.Rectangle
	nRect     int
	objects   []fyne.CanvasObject
	// rendered counts texts given a new string or style (tests read it).
	rendered int
}

func newTextRenderer(t *Text) *textRenderer {
	r := &textRenderer{t: t, lineTexts: map[int]*canvas.Text{}}
	r.Refresh()
	return r
}

func (r *textRenderer) Destroy() {}

func (r *textRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *textRenderer) MinSize() fyne.Size {
	lh := fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height
	return fyne.NewSize(8*lh, 3*lh+2*pad())
}

func (r *textRenderer) Layout(size fyne.Size) {
	r.t.viewSize = size
	r.t.relayout()
	r.build()
}

func (r *textRenderer) Refresh() {
	r.t.relayout()
	r.build()
	canvas.Refresh(r.t)
}

// rect hands out the next rectangle of the pool.
func (r *textRenderer) rect(fill color.Color, pos fyne.Position, size fyne.Size) {
	if r.nRect == len(r.rects) {
		r.rects = append(r.rects, canvas.NewRectangle(fill))
	}
	rc := r.rects[r.nRect]
	r.nRect++
	rc.FillColor, rc.StrokeWidth = fill, 0
	rc.Move(pos)
	rc.Resize(size)
	r.objects = append(r.objects, rc)
}

// lineText places the text of line i, reusing the object the line had
// if it was in view already; a text is refreshed only when what it shows
// changed (the driver caches each text's rendering).
func (r *textRenderer) lineText(i int, next map[int]*canvas.Text, c color.Color, pos fyne.Position) {
	t := r.t
	tx := r.lineTexts[i]
	if tx == nil {
		if n := len(r.spare); n > 0 {
			tx, r.spare = r.spare[n-1], r.spare[:n-1]
		} else {
			tx = canvas.NewText("", c)
		}
	}
	ln := t.lay.lines[i]
	s, size := string(t.runes[ln.start:ln.end]), t.lay.textSize
	if tx.Text != s || tx.Color != c || tx.TextSize != size {
		tx.Text, tx.Color, tx.TextSize = s, c, size
		tx.Refresh()
		r.rendered++
	}
	tx.Move(pos)
	tx.Resize(fyne.NewSize(t.wrapWidth(), t.lay.lineHeight))
	next[i] = tx
	r.objects = append(r.objects, tx)
}

// recycle frees the texts of lines no longer in view (all of them after
// a re-wrap, when line numbers changed meaning).
func (r *textRenderer) recycle(first, last int) {
	for i, tx := range r.lineTexts {
		if r.gen != r.t.generation || i < first || i >= last {
			r.spare = append(r.spare, tx)
			delete(r.lineTexts, i)
		}
	}
	r.gen = r.t.generation
}

// build lays out the objects for the lines in view: per line, the code
// bands, the selection, the evidence underlines, then the text on top.
func (r *textRenderer) build() {
	t := r.t
	r.nRect = 0
	r.objects = r.objects[:0]
	if t.viewSize.Width <= 0 || len(t.lay.lines) == 0 {
		r.recycle(0, 0)
		return
	}
	fg := theme.Color(theme.ColorNameForeground)
	selColor := theme.Color(theme.ColorNameSelection)
	left, top := pad(), pad()-t.scrollY
	lh := t.lay.lineHeight
	selStart, selEnd := t.Selection()
	first, last := t.visibleLines()
	r.recycle(first, last)
	next := make(map[int]*canvas.Text, last-first)
	for i := first; i < last; i++ {
		ln := t.lay.lines[i]
		y := top + ln.y
		r.bands(i, left, y)
		if s, e := max(selStart, ln.start), min(selEnd, ln.end); s < e {
			x0, x1 := t.xOf(i, s), t.xOf(i, e)
			r.rect(selColor, fyne.NewPos(left+x0, y), fyne.NewSize(x1-x0, lh))
		}
		r.underlines(i, left, y)
		r.lineText(i, next, fg, fyne.NewPos(left, y))
	}
	r.lineTexts = next
	if t.focused {
		i := t.lineOf(t.caret)
		x := t.xOf(i, t.caret)
		r.rect(theme.Color(theme.ColorNamePrimary), fyne.NewPos(left+x-1, top+t.lay.lines[i].y), fyne.NewSize(2, lh))
	}
	r.scrollBar()
}

// bands draws the coded passages on line i: the line is cut where a
// passage starts or ends, and each piece gets one band per code over it,
// stacked top to bottom, so overlapping codes all show.
func (r *textRenderer) bands(i int, left, y float32) {
	t := r.t
	ln := t.lay.lines[i]
	cuts := []int{ln.start, ln.end}
	var on []Span
	for _, s := range t.spans {
		if s.Kind == SpanCoded && s.Start < ln.end && s.End > ln.start {
			on = append(on, s)
			cuts = append(cuts, max(s.Start, ln.start), min(s.End, ln.end))
		}
	}
	if len(on) == 0 {
		return
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	lh := t.lay.lineHeight
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		var over []Span
		for _, s := range on {
			if s.Start <= a && b <= s.End {
				over = append(over, s)
			}
		}
		if len(over) == 0 {
			continue
		}
		x0, x1 := t.xOf(i, a), t.xOf(i, b)
		h := lh / float32(len(over))
		for j, s := range over {
			r.rect(withAlpha(s.Color, bandAlpha), fyne.NewPos(left+x0, y+float32(j)*h), fyne.NewSize(x1-x0, h))
		}
	}
}

// underlines draws the evidence spans on line i as a line under the text.
func (r *textRenderer) underlines(i int, left, y float32) {
	t := r.t
	ln := t.lay.lines[i]
	thick := max(2, theme.InputBorderSize())
	for _, s := range t.spans {
		if s.Kind != SpanEvidence || s.Start >= ln.end || s.End <= ln.start {
			continue
		}
		c := s.Color
		if c == nil {
			c = theme.Color(theme.ColorNamePrimary)
		}
		x0, x1 := t.xOf(i, max(s.Start, ln.start)), t.xOf(i, min(s.End, ln.end))
		r.rect(c, fyne.NewPos(left+x0, y+t.lay.lineHeight-thick), fyne.NewSize(x1-x0, thick))
	}
}

// scrollBar draws the thumb when the text is taller than the view.
func (r *textRenderer) scrollBar() {
	t := r.t
	top, bottom := t.thumb()
	if bottom <= top {
		return
	}
	w := theme.ScrollBarSmallSize()
	r.rect(theme.Color(theme.ColorNameScrollBar), fyne.NewPos(t.viewSize.Width-w-2, top), fyne.NewSize(w, bottom-top))
}

// thumb is the scroll bar thumb's top and bottom in the widget, equal
// when the whole text fits.
func (t *Text) thumb() (top, bottom float32) {
	view, total := t.viewHeight(), t.lay.height
	if total <= view || total <= 0 {
		return 0, 0
	}
	h := max(t.viewSize.Height*view/total, 2*theme.ScrollBarSmallSize())
	top = (t.viewSize.Height - h) * t.scrollY / (total - view)
	return top, top + h
}
