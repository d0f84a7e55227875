package readerview

import (
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The interfaces the text answers to: mouse selection and clicks, the
// keyboard once focused, the wheel, and copy / select all.
var (
	_ fyne.Focusable      = (*Text)(nil)
	_ fyne.Tappable       = (*Text)(nil)
	_ fyne.DoubleTappable = (*Text)(nil)
	_ fyne.Draggable      = (*Text)(nil)
	_ fyne.Scrollable     = (*Text)(nil)
	_ fyne.Shortcutable   = (*Text)(nil)
	_ desktop.Mouseable   = (*Text)(nil)
	_ desktop.Keyable     = (*Text)(nil)
	_ desktop.Cursorable  = (*Text)(nil)
)

// Cursor shows the text cursor over the reader.
func (t *Text) Cursor() desktop.Cursor { return desktop.TextCursor }

// focus asks the window to send the keyboard here.
func (t *Text) focus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil && c.Focused() != t {
		c.Focus(t)
	}
}

// onBar reports whether a position is on the scroll bar's strip.
func (t *Text) onBar(p fyne.Position) bool {
	top, bottom := t.thumb()
	return bottom > top && p.X >= t.viewSize.Width-barWidth()
}

// MouseDown starts a selection where the button went down (or, with
// shift, moves the selection's end there), or grabs the scroll bar.
func (t *Text) MouseDown(ev *desktop.MouseEvent) {
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	t.focus()
	t.press = pressState{down: true}
	if t.onBar(ev.Position) {
		t.press.bar = true
		return
	}
	off := t.offsetAt(ev.Position)
	if ev.Modifier&fyne.KeyModifierShift != 0 {
		t.caret, t.press.extended = off, true
	} else {
		t.anchor, t.caret = off, off
	}
	t.Refresh()
	t.selectionMoved()
}

// MouseUp ends the gesture.
func (t *Text) MouseUp(*desktop.MouseEvent) { t.press.down = false }

// Dragged moves the selection's end with the pointer, scrolling when the
// pointer leaves the view. Fyne's desktop driver gives the pointer's
// place and the move since the last event; a drag that comes without a
// MouseDown starts where the pointer was before its first move.
func (t *Text) Dragged(ev *fyne.DragEvent) {
	if t.press.bar {
		view, total := t.viewHeight(), t.lay.height
		top, bottom := t.thumb()
		if room := t.viewSize.Height - (bottom - top); room > 0 {
			t.setScroll(t.scrollY + ev.Dragged.DY*(total-view)/room)
			t.Refresh()
		}
		return
	}
	if !t.press.down {
		start := ev.Position.Subtract(fyne.NewPos(ev.Dragged.DX, ev.Dragged.DY))
		t.anchor = t.offsetAt(start)
		t.press.down = true
	}
	switch {
	case ev.Position.Y < 0:
		t.setScroll(t.scrollY + ev.Position.Y)
	case ev.Position.Y > t.viewSize.Height:
		t.setScroll(t.scrollY + ev.Position.Y - t.viewSize.Height)
	}
	t.caret = t.offsetAt(ev.Position)
	t.Refresh()
	t.selectionMoved()
}

// DragEnd ends the gesture; the selection stays.
func (t *Text) DragEnd() { t.press = pressState{} }

// Tapped is a click without a drag: it puts the caret there and reports
// the spans under the pointer.
func (t *Text) Tapped(ev *fyne.PointEvent) {
	extended := t.press.extended
	t.press = pressState{}
	if extended || t.onBar(ev.Position) {
		return
	}
	off := t.offsetAt(ev.Position)
	t.anchor, t.caret = off, off
	t.Refresh()
	t.selectionMoved()
	if t.OnSpanTapped != nil {
		if c := t.charAt(ev.Position); c >= 0 {
			t.OnSpanTapped(c, t.SpansAt(c))
		} else {
			t.OnSpanTapped(off, nil)
		}
	}
}

// Scrolled follows the mouse wheel.
func (t *Text) Scrolled(ev *fyne.ScrollEvent) {
	t.setScroll(t.scrollY - ev.Scrolled.DY)
	t.Refresh()
}

// FocusGained shows the caret.
func (t *Text) FocusGained() {
	t.focused = true
	t.Refresh()
}

// FocusLost hides the caret; the selection stays.
func (t *Text) FocusLost() {
	t.focused, t.shiftDown = false, false
	t.Refresh()
}

// KeyDown follows the shift keys: the desktop driver sends shift+arrow
// as a plain arrow key, so the widget tracks shift itself, as Entry does.
func (t *Text) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shiftDown = true
	}
}

// KeyUp is KeyDown's pair.
func (t *Text) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shiftDown = false
	}
}

// TypedRune offers a character to OnKey; the text itself is read-only.
func (t *Text) TypedRune(r rune) {
	if t.OnKey != nil {
		t.OnKey(r)
	}
}

// TypedKey moves the caret: arrows, Home/End (of the line), Page Up/Down;
// with shift held the selection follows, else it collapses.
func (t *Text) TypedKey(ev *fyne.KeyEvent) {
	if len(t.lay.lines) == 0 {
		return
	}
	to, ok := t.keyTarget(ev.Name)
	if !ok {
		return
	}
	t.caret = t.clamp(to)
	if !t.shiftDown {
		t.anchor = t.caret
	}
	t.reveal(t.caret)
	t.Refresh()
	t.selectionMoved()
}

// keyTarget is where a navigation key takes the caret.
func (t *Text) keyTarget(key fyne.KeyName) (int, bool) {
	i := t.lineOf(t.caret)
	ln := t.lay.lines[i]
	pageLines := max(1, int(t.viewHeight()/t.lay.lineHeight)-1)
	switch key {
	case fyne.KeyLeft:
		return t.caret - 1, true
	case fyne.KeyRight:
		return t.caret + 1, true
	case fyne.KeyHome:
		return ln.start, true
	case fyne.KeyEnd:
		// A wrapped line's end is the next line's start; stop before the
		// space it broke at, so the caret stays on this line.
		if i+1 < len(t.lay.lines) && t.lay.lines[i+1].start == ln.end && ln.end > ln.start {
			return ln.end - 1, true
		}
		return ln.end, true
	case fyne.KeyUp:
		return t.verticalTarget(i, -1), true
	case fyne.KeyDown:
		return t.verticalTarget(i, 1), true
	case fyne.KeyPageUp:
		return t.verticalTarget(i, -pageLines), true
	case fyne.KeyPageDown:
		return t.verticalTarget(i, pageLines), true
	}
	return 0, false
}

// verticalTarget keeps the caret's x on the line n lines away.
func (t *Text) verticalTarget(i, n int) int {
	j := i + n
	switch {
	case j < 0:
		return 0
	case j >= len(t.lay.lines):
		return len(t.runes)
	}
	return t.boundaryAt(j, t.xOf(i, t.caret))
}

// TypedShortcut handles select all and copy.
func (t *Text) TypedShortcut(s fyne.Shortcut) {
	switch s := s.(type) {
	case *fyne.ShortcutSelectAll:
		t.Select(0, len(t.runes))
	case *fyne.ShortcutCopy:
		if text := t.SelectedText(); text != "" && s.Clipboard != nil {
			s.Clipboard.SetContent(text)
		}
	}
}

// DoubleTapped selects the word under the pointer, the usual quick way to
// pick a name to code.
func (t *Text) DoubleTapped(ev *fyne.PointEvent) {
	c := t.charAt(ev.Position)
	if c < 0 || !inWord(t.runes[c]) {
		return
	}
	start, end := c, c+1
	for start > 0 && inWord(t.runes[start-1]) {
		start--
	}
	for end < len(t.runes) && inWord(t.runes[end]) {
		end++
	}
	t.anchor, t.caret = start, end
	t.Refresh()
	t.selectionMoved()
}

// inWord: letters, digits and the joiners inside words ("Etats-Unis",
// "l’ambassadeur" stops at the apostrophe, which is how one codes a name).
func inWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }
