package readerview

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// openIn times one opening of body: the widget made and given the text,
// laid out in an 800×600 window, and drawn once by the test driver.
func openIn(b *testing.B, make func(body string) fyne.CanvasObject, body string) time.Duration {
	b.Helper()
	start := time.Now()
	w := test.NewWindow(make(body))
	w.Resize(fyne.NewSize(800, 600))
	w.Canvas().Capture()
	d := time.Since(start)
	w.Close()
	return d
}

// BenchmarkOpen50KB opens a 50 KB article in the reader's Text and, in the
// same run, once in the baseline the issue names: a multi-line Entry with
// word wrap. It reports both and their ratio.
func BenchmarkOpen50KB(b *testing.B) {
	test.NewTempApp(b)
	body := longText(50_000)
	ours := func(body string) fyne.CanvasObject {
		t := NewText()
		t.SetText(body)
		return t
	}
	entry := func(body string) fyne.CanvasObject {
		e := widget.NewMultiLineEntry()
		e.Wrapping = fyne.TextWrapWord
		e.SetText(body)
		return e
	}
	openIn(b, ours, body) // warm the font caches as a running app would be
	var total time.Duration
	b.ResetTimer()
	for range b.N {
		total += openIn(b, ours, body)
	}
	b.StopTimer()
	oursMS := float64(total.Microseconds()) / 1000 / float64(b.N)
	entryMS := float64(openIn(b, entry, body).Microseconds()) / 1000
	b.ReportMetric(oursMS, "text-ms")
	b.ReportMetric(entryMS, "entry-ms")
	b.ReportMetric(entryMS/oursMS, "entry/text")
}
