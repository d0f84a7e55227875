package readerview

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// openIn times one opening of body: the widget made and given the text,
// laid out in an 800×600 window, then drawn once by the test driver's
// software painter. It returns both times.
func openIn(make func(body string) fyne.CanvasObject, body string) (layout, draw time.Duration) {
	start := time.Now()
	w := test.NewWindow(make(body))
	w.Resize(fyne.NewSize(800, 600))
	layout = time.Since(start)
	w.Canvas().Capture()
	draw = time.Since(start) - layout
	w.Close()
	return layout, draw
}

func readerText(body string) fyne.CanvasObject {
	t := NewText()
	t.SetText(body)
	return t
}

func wrappedEntry(body string) fyne.CanvasObject {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetText(body)
	return e
}

func ms(d time.Duration, n int) float64 { return float64(d.Microseconds()) / 1000 / float64(n) }

// BenchmarkOpen50KB opens a 50 KB article in the reader's Text and, in the
// same run, once in the baseline the issue names: a multi-line Entry with
// word wrap. It reports ours (in total, and the part before drawing), the
// Entry, and their ratio. Drawing is the software painter rasterising the
// ~30 lines in view, which a real window's GL painter does on the GPU.
func BenchmarkOpen50KB(b *testing.B) {
	test.NewTempApp(b)
	body := longText(50_000)
	openIn(readerText, body) // warm the font caches, as a running app has them
	var layout, draw time.Duration
	b.ResetTimer()
	for range b.N {
		l, d := openIn(readerText, body)
		layout, draw = layout+l, draw+d
	}
	b.StopTimer()
	floor := glyphsOnly(body, b.N)
	el, ed := openIn(wrappedEntry, body)
	ours, entry := ms(layout+draw, b.N), ms(el+ed, 1)
	b.ReportMetric(ours, "text-ms")
	b.ReportMetric(ms(layout, b.N), "text-layout-ms")
	b.ReportMetric(ms(floor, b.N), "glyphs-only-ms")
	b.ReportMetric(entry, "entry-ms")
	b.ReportMetric(ms(el, 1), "entry-layout-ms")
	b.ReportMetric(entry/ours, "entry/text")
}

// glyphsOnly times the drawing floor: the lines the Text shows, as bare
// canvas.Text objects in a window, captured n times. No widget that shows
// those characters can be drawn faster by the test driver.
func glyphsOnly(body string, n int) time.Duration {
	t := NewText()
	t.SetText(body)
	w := test.NewWindow(t)
	w.Resize(fyne.NewSize(800, 600))
	var lines []fyne.CanvasObject
	first, last := t.visibleLines()
	for i := first; i < last; i++ {
		ln := t.lay.lines[i]
		tx := canvas.NewText(string(t.runes[ln.start:ln.end]), theme.Color(theme.ColorNameForeground))
		tx.Move(fyne.NewPos(pad(), pad()+ln.y))
		tx.Resize(fyne.NewSize(t.wrapWidth(), t.lay.lineHeight))
		lines = append(lines, tx)
	}
	w.Close()
	var total time.Duration
	for range n {
		w := test.NewWindow(container.NewWithoutLayout(lines...))
		w.Resize(fyne.NewSize(800, 600))
		start := time.Now()
		w.Canvas().Capture()
		total += time.Since(start)
		for _, l := range lines {
			l.Refresh() // drop any cached rendering
		}
		w.Close()
	}
	return total
}

// BenchmarkScroll50KB is one wheel step through a 50 KB article: the
// objects for the lines now in view, made again from the pools (painting
// excluded). A frame at 60 Hz has 16 ms.
func BenchmarkScroll50KB(b *testing.B) {
	test.NewTempApp(b)
	t := NewText()
	t.SetText(longText(50_000))
	w := test.NewWindow(t)
	w.Resize(fyne.NewSize(800, 600))
	defer w.Close()
	step := &fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -40}}
	b.ResetTimer()
	for range b.N {
		if t.ScrollOffset() >= t.lay.height-t.viewHeight() {
			t.setScroll(0)
		}
		t.Scrolled(step)
	}
}
