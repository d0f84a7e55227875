package readerview

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// A text with accents, a no-break space before ":" (as the agency writes
// French) and an emoji flag of two code points.
const frenchText = "Le Premier ministre a reçu l’ambassadeur du Japon à Hanoï.\n" +
	"Il a déclaré\u00a0: « La coopération économique 🇻🇳 progresse. »\n" +
	"Les deux parties ont évoqué la sécurité régionale et l’énergie."

// showText puts a Text of the given size in a test window.
func showText(t testing.TB, body string, size fyne.Size) (*Text, fyne.Window) {
	t.Helper()
	w := test.NewWindow(nil)
	txt := NewText()
	txt.SetText(body)
	w.SetContent(txt)
	w.Resize(size)
	t.Cleanup(w.Close)
	return txt, w
}

// posOf is where the code point at offset is drawn, in the widget, a
// little right of its left edge.
func posOf(txt *Text, offset int) fyne.Position {
	i := txt.lineOf(offset)
	ln := txt.lay.lines[i]
	return fyne.NewPos(pad()+txt.xOf(i, offset)+1, pad()+ln.y-txt.scrollY+txt.lay.lineHeight/2)
}

func runeIndex(t *testing.T, s, sub string) int {
	t.Helper()
	b := strings.Index(s, sub)
	if b < 0 {
		t.Fatalf("%q not in the text", sub)
	}
	return len([]rune(s[:b]))
}

func TestMouseSelectionGivesCodePoints(t *testing.T) {
	test.NewTempApp(t)
	txt, w := showText(t, frenchText, fyne.NewSize(360, 300))
	var got [2]int
	txt.OnSelectionChanged = func(s, e int) { got = [2]int{s, e} }

	from := runeIndex(t, frenchText, "déclaré")
	to := runeIndex(t, frenchText, "progresse")
	txt.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: posOf(txt, from)}, Button: desktop.MouseButtonPrimary})
	end := posOf(txt, to)
	test.Drag(w.Canvas(), end, end.X-posOf(txt, from).X, end.Y-posOf(txt, from).Y)

	s, e := txt.Selection()
	if s != from || e != to || got != [2]int{from, to} {
		t.Fatalf("selection %d-%d (reported %v), want %d-%d", s, e, got, from, to)
	}
	if want := "déclaré\u00a0: « La coopération économique 🇻🇳 "; txt.SelectedText() != want {
		t.Fatalf("selected %q, want %q", txt.SelectedText(), want)
	}
}

func TestKeyboardSelection(t *testing.T) {
	test.NewTempApp(t)
	txt, w := showText(t, frenchText, fyne.NewSize(360, 300))
	w.Canvas().Focus(txt)
	start := runeIndex(t, frenchText, "reçu")
	test.TapAt(txt, posOf(txt, start))
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	txt.KeyDown(shift)
	for range 4 {
		txt.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	if got := txt.SelectedText(); got != "reçu" {
		t.Fatalf("shift+right x4 selected %q", got)
	}
	txt.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	s, e := txt.Selection()
	if s != start || txt.runes[e-1] == '\n' || e <= start+4 {
		t.Fatalf("shift+End: %d-%d", s, e)
	}
	txt.KeyUp(shift)
	txt.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if s, e := txt.Selection(); s != e {
		t.Fatalf("a plain arrow should collapse the selection, got %d-%d", s, e)
	}
	txt.TypedShortcut(&fyne.ShortcutSelectAll{})
	if s, e := txt.Selection(); s != 0 || e != len([]rune(frenchText)) {
		t.Fatalf("select all: %d-%d", s, e)
	}
}

func TestTapReportsSpans(t *testing.T) {
	test.NewTempApp(t)
	txt, _ := showText(t, frenchText, fyne.NewSize(360, 300))
	at := runeIndex(t, frenchText, "Japon")
	red := color.NRGBA{R: 0xff, A: 0xff}
	txt.SetSpans([]Span{
		{Start: at, End: at + 5, Color: red, Kind: SpanCoded, ID: 7},
		{Start: at - 3, End: at + 2, Color: red, Kind: SpanCoded, ID: 8},
		{Start: 0, End: 3, Kind: SpanEvidence, ID: 9},
	})
	var tapped []Span
	txt.OnSpanTapped = func(_ int, spans []Span) { tapped = spans }
	test.TapAt(txt, posOf(txt, at+1))
	if len(tapped) != 2 || tapped[0].ID != 7 || tapped[1].ID != 8 {
		t.Fatalf("tap on two passages reported %+v", tapped)
	}
	test.TapAt(txt, posOf(txt, at+3))
	if len(tapped) != 1 || tapped[0].ID != 7 {
		t.Fatalf("tap on one passage reported %+v", tapped)
	}
}

// longText is about n bytes of French paragraphs.
func longText(n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString("Le Premier ministre a reçu l’ambassadeur du Japon à Hanoï\u00a0; ils ont évoqué la coopération économique, la sécurité régionale et l’énergie. ")
		if b.Len()%1000 < 150 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

func TestOnlyVisibleLinesAreDrawn(t *testing.T) {
	test.NewTempApp(t)
	body := longText(50_000)
	txt, w := showText(t, body, fyne.NewSize(800, 600))
	w.Canvas().Capture()
	r := test.WidgetRenderer(txt)
	first, last := txt.visibleLines()
	if len(txt.lay.lines) < 300 {
		t.Fatalf("only %d lines for 50 KB", len(txt.lay.lines))
	}
	if n := len(r.Objects()); n > 3*(last-first)+5 || last-first > 40 || last-first < 10 {
		t.Fatalf("%d objects for lines %d-%d of %d", n, first, last, len(txt.lay.lines))
	}
	// Scrolled to the end, the same few objects show other lines.
	txt.ScrollTo(len(txt.runes) - 1)
	txt.Refresh()
	f2, l2 := txt.visibleLines()
	if l2 != len(txt.lay.lines) || len(r.Objects()) > 3*(l2-f2)+5 {
		t.Fatalf("after scrolling: lines %d-%d of %d, %d objects", f2, l2, len(txt.lay.lines), len(r.Objects()))
	}
}

func TestResizeKeepsThePlace(t *testing.T) {
	test.NewTempApp(t)
	body := longText(20_000)
	txt, w := showText(t, body, fyne.NewSize(800, 600))
	place := len(txt.runes) / 2
	txt.ScrollTo(place)
	txt.Refresh()
	w.Resize(fyne.NewSize(420, 600))
	first, last := txt.visibleLines()
	if i := txt.lineOf(place); i < first || i >= last {
		t.Fatalf("after narrowing, offset %d is on line %d, lines %d-%d are in view", place, i, first, last)
	}
}

func TestDoubleTapSelectsWord(t *testing.T) {
	test.NewTempApp(t)
	txt, _ := showText(t, frenchText, fyne.NewSize(360, 300))
	at := runeIndex(t, frenchText, "coopération")
	txt.DoubleTapped(&fyne.PointEvent{Position: posOf(txt, 0)})
	if got := txt.SelectedText(); got != "Le" {
		t.Fatalf("double tap at the start selected %q", got)
	}
	txt.DoubleTapped(&fyne.PointEvent{Position: posOf(txt, at+3)})
	if got := txt.SelectedText(); got != "coopération" {
		t.Fatalf("double tap selected %q", got)
	}
}

func TestScrollRendersOnlyNewLines(t *testing.T) {
	test.NewTempApp(t)
	txt, _ := showText(t, longText(50_000), fyne.NewSize(800, 600))
	r := test.WidgetRenderer(txt).(*textRenderer)
	txt.ScrollTo(20_000)
	txt.Refresh()
	before := r.rendered
	txt.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -txt.lay.lineHeight}})
	if n := r.rendered - before; n > 2 {
		t.Fatalf("a one-line scroll rendered %d texts anew", n)
	}
	first, last := txt.visibleLines()
	for i := first; i < last; i++ {
		ln := txt.lay.lines[i]
		if got := r.lineTexts[i].Text; got != string(txt.runes[ln.start:ln.end]) {
			t.Fatalf("line %d shows %q", i, got)
		}
	}
}
