package readerview

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// textLayout is the body cut into display lines for one width and text
// size. Lines are cheap (two offsets and a y); the x of each character is
// worked out only for the lines that are drawn or clicked.
type textLayout struct {
	width      float32 // the wrapping width it was made for
	textSize   float32
	lineHeight float32
	paraGap    float32 // extra room after a paragraph
	height     float32 // of all the lines
	lines      []textLine
	// advance caches each character's width at textSize: wrapping sums
	// them instead of measuring every word.
	advance map[rune]float32
}

// textLine is one display line: code points [start, end) of the body.
type textLine struct {
	start, end int
	y          float32
	// xs[k] is the x where code point start+k begins (xs[end-start] the
	// line's width), made on first use by lineXs.
	xs []float32
}

// barWidth is the room kept at the right for the scroll bar.
func barWidth() float32 { return theme.ScrollBarSmallSize() * 2 }

// pad is the margin around the text.
func pad() float32 { return theme.InnerPadding() }

// viewHeight is the height the lines can use.
func (t *Text) viewHeight() float32 { return max(0, t.viewSize.Height-2*pad()) }

// wrapWidth is the width the lines can use.
func (t *Text) wrapWidth() float32 { return max(1, t.viewSize.Width-2*pad()-barWidth()) }

// relayout cuts the text into lines again when the width or the text size
// changed since the last time.
func (t *Text) relayout() {
	if t.viewSize.Width <= 0 {
		return // not shown yet: wrap once the width is known
	}
	size := theme.TextSize()
	width := t.wrapWidth()
	if t.lay.lines != nil && t.lay.width == width && t.lay.textSize == size {
		return
	}
	if t.lay.textSize != size || t.lay.advance == nil {
		lh := fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height
		t.lay = textLayout{textSize: size, lineHeight: lh, paraGap: lh / 3, advance: map[rune]float32{}}
	}
	// Keep the line at the top in view across a re-wrap (a window or
	// split resized), rather than the same pixel height.
	top := -1
	if len(t.lay.lines) > 0 && t.scrollY > 0 {
		top = t.lay.lines[t.lineAtY(t.scrollY)].start
	}
	t.lay.width = width
	t.lay.lines, t.lay.height = t.wrap(width)
	t.generation++
	if top >= 0 {
		t.scrollY = t.lay.lines[t.lineOf(top)].y
	}
	if t.pendingScroll >= 0 && t.viewSize.Height > 0 {
		off := t.pendingScroll
		t.pendingScroll = -1
		t.ScrollTo(off)
	}
	t.setScroll(t.scrollY)
}

// advanceOf is the width of one character, measured once per text size.
func (t *Text) advanceOf(r rune) float32 {
	if a, ok := t.lay.advance[r]; ok {
		return a
	}
	a := fyne.MeasureText(string(r), t.lay.textSize, fyne.TextStyle{}).Width
	t.lay.advance[r] = a
	return a
}

// breaksAfter: a line may end after these. A no-break space (U+00A0,
// before ":" in French) must not, so unicode.IsSpace is not used.
func breaksAfter(r rune) bool { return r == ' ' || r == '\t' || r == '-' || r == '/' }

// wrap cuts the text into lines of at most width, at the last break
// opportunity that fits (or mid-word when a word is wider than a line).
// A paragraph ends at "\n"; the "\n" itself belongs to no line.
func (t *Text) wrap(width float32) ([]textLine, float32) {
	lh, gap := t.lay.lineHeight, t.lay.paraGap
	var lines []textLine
	y := float32(0)
	for start := 0; ; {
		end := start
		for end < len(t.runes) && t.runes[end] != '\n' {
			end++
		}
		lineStart, w := start, float32(0)
		brk, wAtBrk := -1, float32(0)
		for i := start; i < end; i++ {
			r := t.runes[i]
			a := t.advanceOf(r)
			// A space may hang past the edge; anything else wraps.
			if w+a > width && i > lineStart && r != ' ' {
				cut := i
				if brk > lineStart {
					cut, w = brk, w-wAtBrk
				} else {
					w = 0
				}
				lines = append(lines, textLine{start: lineStart, end: cut, y: y})
				y += lh
				lineStart, brk = cut, -1
			}
			w += a
			if breaksAfter(r) {
				brk, wAtBrk = i+1, w
			}
		}
		lines = append(lines, textLine{start: lineStart, end: end, y: y})
		y += lh
		if end >= len(t.runes) {
			return lines, y
		}
		y += gap
		start = end + 1
	}
}

// lineOf is the index of the line holding offset (a wrapped line's end
// is the next line's start, and goes to the next line).
func (t *Text) lineOf(offset int) int {
	lines := t.lay.lines
	i := sort.Search(len(lines), func(i int) bool { return lines[i].start > offset }) - 1
	return max(0, i)
}

// lineAtY is the index of the line at content height y (a paragraph gap
// belongs to the line above it).
func (t *Text) lineAtY(y float32) int {
	lines := t.lay.lines
	i := sort.Search(len(lines), func(i int) bool { return lines[i].y > y }) - 1
	return max(0, min(i, len(lines)-1))
}

// lineXs gives the x of each character boundary of line i. The sum of
// the characters' widths is scaled to the whole line as measured by
// fyne.MeasureText, so the line's ends are exact and kerning inside it is
// spread evenly. Cached per line.
func (t *Text) lineXs(i int) []float32 {
	ln := &t.lay.lines[i]
	if ln.xs != nil {
		return ln.xs
	}
	n := ln.end - ln.start
	xs := make([]float32, n+1)
	for k := range n {
		xs[k+1] = xs[k] + t.advanceOf(t.runes[ln.start+k])
	}
	if n > 0 && xs[n] > 0 {
		measured := fyne.MeasureText(string(t.runes[ln.start:ln.end]), t.lay.textSize, fyne.TextStyle{}).Width
		scale := measured / xs[n]
		for k := range xs {
			xs[k] *= scale
		}
	}
	ln.xs = xs
	return xs
}

// xOf is the x (in the text's coordinates) where offset sits on line i.
func (t *Text) xOf(i, offset int) float32 {
	ln := t.lay.lines[i]
	return t.lineXs(i)[max(0, min(offset, ln.end)-ln.start)]
}

// lineAtPos is the line under a position in the widget.
func (t *Text) lineAtPos(p fyne.Position) int {
	return t.lineAtY(p.Y - pad() + t.scrollY)
}

// boundaryAt is the character boundary nearest x on line i: where a
// click puts the caret.
func (t *Text) boundaryAt(i int, x float32) int {
	ln := t.lay.lines[i]
	xs := t.lineXs(i)
	k := sort.Search(len(xs), func(k int) bool { return xs[k] >= x })
	if k == len(xs) {
		return ln.end
	}
	if k > 0 && x-xs[k-1] < xs[k]-x {
		k--
	}
	return ln.start + k
}

// offsetAt is the caret offset for a position in the widget.
func (t *Text) offsetAt(p fyne.Position) int {
	if len(t.lay.lines) == 0 {
		return 0
	}
	return t.boundaryAt(t.lineAtPos(p), p.X-pad())
}

// charAt is the code point under a position (-1 past a line's end): what
// a click on a passage means.
func (t *Text) charAt(p fyne.Position) int {
	if len(t.lay.lines) == 0 {
		return -1
	}
	i := t.lineAtPos(p)
	ln := t.lay.lines[i]
	xs := t.lineXs(i)
	x := p.X - pad()
	k := sort.Search(len(xs), func(k int) bool { return xs[k] > x }) - 1
	if k < 0 || k >= ln.end-ln.start {
		return -1
	}
	return ln.start + k
}

// setScroll scrolls to y, kept within the text.
func (t *Text) setScroll(y float32) {
	maxY := max(0, t.lay.height-t.viewHeight())
	t.scrollY = max(0, min(y, maxY))
}

// reveal scrolls just enough to show the line holding offset.
func (t *Text) reveal(offset int) {
	if len(t.lay.lines) == 0 {
		return
	}
	ln := t.lay.lines[t.lineOf(offset)]
	switch {
	case ln.y < t.scrollY:
		t.setScroll(ln.y)
	case ln.y+t.lay.lineHeight > t.scrollY+t.viewHeight():
		t.setScroll(ln.y + t.lay.lineHeight - t.viewHeight())
	}
}

// visibleLines is the range [first, last) of lines in view.
func (t *Text) visibleLines() (int, int) {
	lines := t.lay.lines
	if len(lines) == 0 {
		return 0, 0
	}
	first := t.lineAtY(t.scrollY)
	bottom := t.scrollY + t.viewHeight()
	last := first + sort.Search(len(lines)-first, func(k int) bool { return lines[first+k].y >= bottom })
	return first, last
}
