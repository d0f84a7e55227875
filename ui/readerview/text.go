package readerview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Text shows an article body for reading and coding: proportional text
// wrapped at the widget's width, paragraphs at "\n", coded passages as
// coloured bands behind the text, meeting evidence underlined, and a
// selection made with the mouse or the keyboard.
//
// Fyne's Entry takes seconds to lay out a 50 KB text and has no selection
// offsets, and RichText has no background colour, hence a widget of our
// own. It scrolls itself and its renderer draws only the lines in view, so
// the number of canvas objects does not grow with the text. Every offset
// it takes or gives is a code point into the body (DESIGN §3), which is
// what the library stores.
type Text struct {
	widget.BaseWidget

	// OnSelectionChanged is called when the selection's bounds change,
	// with start <= end (equal when nothing is selected).
	OnSelectionChanged func(start, end int)
	// OnSpanTapped is called when a click (without a drag) lands on the
	// text, with the code point under the pointer and the spans holding it
	// (none when the click is on unmarked text).
	OnSpanTapped func(offset int, spans []Span)
	// OnKey is offered each typed character first; it returns true when it
	// used it (the reader's per-code shortcut digits).
	OnKey func(r rune) bool

	runes []rune
	spans []Span

	// The selection runs from anchor (where it started) to caret (the end
	// that moves); they are equal when nothing is selected.
	anchor, caret int
	lastStart     int
	lastEnd       int

	scrollY float32
	// pendingScroll is an offset to bring into view once the widget has
	// a size (ScrollTo before the first layout); -1 when none.
	pendingScroll int

	lay textLayout
	// generation counts the wraps: line indices of one generation mean
	// nothing in another.
	generation int
	viewSize   fyne.Size
	focused    bool
	shiftDown  bool
	press      pressState
}

// pressState follows one mouse gesture.
type pressState struct {
	down bool // a button went down on the text and has not come up
	bar  bool // the gesture drags the scroll bar's thumb
	// extended: a shift-click moved the selection's end; the tap that
	// follows must not collapse it.
	extended bool
}

// NewText returns an empty reader text.
func NewText() *Text {
	t := &Text{pendingScroll: -1}
	t.ExtendBaseWidget(t)
	return t
}

// SetText shows a new body, with no spans, nothing selected, at the top.
func (t *Text) SetText(body string) {
	t.runes = []rune(body)
	t.spans = nil
	t.anchor, t.caret = 0, 0
	t.scrollY = 0
	t.pendingScroll = -1
	t.lay = textLayout{}
	t.relayout()
	t.Refresh()
	t.selectionMoved()
}

// Len is the body's length in code points.
func (t *Text) Len() int { return len(t.runes) }

// SetSpans replaces the marked spans (coded passages and evidence); spans
// outside the text are clipped to it.
func (t *Text) SetSpans(spans []Span) {
	t.spans = t.spans[:0]
	for _, s := range spans {
		s.Start, s.End = t.clamp(s.Start), t.clamp(s.End)
		if s.Start < s.End {
			t.spans = append(t.spans, s)
		}
	}
	t.Refresh()
}

// Spans returns the spans shown.
func (t *Text) Spans() []Span { return append([]Span(nil), t.spans...) }

// SpansAt lists the spans holding the code point at offset.
func (t *Text) SpansAt(offset int) []Span {
	var out []Span
	for _, s := range t.spans {
		if s.covers(offset) {
			out = append(out, s)
		}
	}
	return out
}

// Selection returns the selected span [start, end) in code points; start
// equals end when nothing is selected (then it is the caret's place).
func (t *Text) Selection() (start, end int) {
	return min(t.anchor, t.caret), max(t.anchor, t.caret)
}

// SelectedText is the text of the selection.
func (t *Text) SelectedText() string {
	s, e := t.Selection()
	return string(t.runes[s:e])
}

// Select selects [start, end) (clipped to the text) without scrolling.
func (t *Text) Select(start, end int) {
	t.anchor, t.caret = t.clamp(start), t.clamp(end)
	t.Refresh()
	t.selectionMoved()
}

// ScrollTo scrolls so that the line holding offset is in view, a little
// below the top so that the context before it shows too.
func (t *Text) ScrollTo(offset int) {
	offset = t.clamp(offset)
	if t.viewSize.Height <= 0 || len(t.lay.lines) == 0 {
		t.pendingScroll = offset
		return
	}
	ln := t.lay.lines[t.lineOf(offset)]
	t.setScroll(ln.y - t.viewHeight()/3)
}

// ScrollOffset is how far down the text is scrolled, in pixels.
func (t *Text) ScrollOffset() float32 { return t.scrollY }

// CreateRenderer is part of fyne.Widget.
func (t *Text) CreateRenderer() fyne.WidgetRenderer {
	return newTextRenderer(t)
}

func (t *Text) clamp(offset int) int { return max(0, min(offset, len(t.runes))) }

// selectionMoved tells OnSelectionChanged when the bounds changed.
func (t *Text) selectionMoved() {
	s, e := t.Selection()
	if s == t.lastStart && e == t.lastEnd {
		return
	}
	t.lastStart, t.lastEnd = s, e
	if t.OnSelectionChanged != nil {
		t.OnSelectionChanged(s, e)
	}
}
