package readerview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestGoldenRendering pins down how the widget draws a short text with two
// overlapping coded passages (stacked bands where they overlap), one
// evidence span (underlined) and a selection. Regenerate after a deliberate
// change by copying testdata/failed/* over testdata/.
func TestGoldenRendering(t *testing.T) {
	test.NewTempApp(t)
	txt, w := showText(t, frenchText, fyne.NewSize(360, 200))
	orange := color.NRGBA{R: 0xE6, G: 0x9F, B: 0x00, A: 0xff}
	blue := color.NRGBA{R: 0x56, G: 0xB4, B: 0xE9, A: 0xff}
	japon := runeIndex(t, frenchText, "ambassadeur")
	coop := runeIndex(t, frenchText, "coopération")
	txt.SetSpans([]Span{
		{Start: japon, End: japon + len("ambassadeur du Japon"), Color: orange, Kind: SpanCoded, ID: 1},
		{Start: japon + len("ambassadeur du "), End: coop + len("coopération"), Color: blue, Kind: SpanCoded, ID: 2},
		{Start: 0, End: len("Le Premier ministre a reçu"), Color: color.NRGBA{R: 0xD5, G: 0x5E, A: 0xff}, Kind: SpanEvidence, ID: 3},
	})
	sel := runeIndex(t, frenchText, "sécurité")
	txt.Select(sel, sel+len([]rune("sécurité régionale")))
	test.AssertRendersToMarkup(t, "text_spans.xml", w.Canvas())
	test.AssertImageMatches(t, "text_spans.png", w.Canvas().Capture())
}
