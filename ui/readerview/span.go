package readerview

import (
	"fmt"
	"image/color"
)

// SpanKind says how the reader draws a span.
type SpanKind int

const (
	// SpanCoded is a coded passage: a band of its code's colour behind the
	// text. Several codes on one stretch of text stack as thinner bands.
	SpanCoded SpanKind = iota
	// SpanEvidence is a meeting's evidence: underlined.
	SpanEvidence
)

// Span is a stretch of the body the widget marks, [Start, End) in code
// points of the text given to SetText.
type Span struct {
	Start, End int
	Color      color.Color
	Kind       SpanKind
	// ID is the passage's or the meeting's id; Label what to call it
	// (the code's name, the partner). The widget only hands them back.
	ID    int64
	Label string
}

// covers reports whether the span holds the code point at offset.
func (s Span) covers(offset int) bool { return s.Start <= offset && offset < s.End }

// hexColor reads a code's "#RRGGBB" colour; anything else is grey, so a
// damaged colour never hides a passage.
func hexColor(s string) color.NRGBA {
	var r, g, b uint8
	if _, err := fmt.Sscanf(s, "#%02x%02x%02x", &r, &g, &b); err != nil || len(s) != 7 {
		return color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xff}
	}
	return color.NRGBA{R: r, G: g, B: b, A: 0xff}
}

// withAlpha makes a colour translucent so the text stays readable over it
// and stacked bands stay distinct.
func withAlpha(c color.Color, a uint8) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
