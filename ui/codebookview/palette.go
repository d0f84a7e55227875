package codebookview

import (
	"fmt"
	"image/color"
	"strings"

	"parley/app"
)

// palette is the choice of code colours offered first: the Okabe–Ito
// colours (black left out, it would hide the text the reader draws over a
// code) followed by Paul Tol's muted scheme, so that up to fifteen codes
// stay apart, also for colour-blind analysts.
var palette = []string{
	"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
	"#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255",
}

// nextColor is the palette colour the codebook uses least, the earliest in
// the palette on a tie: a new code gets a colour its neighbours do not
// have, as long as the palette lasts.
func nextColor(b *app.Codebook) string {
	used := map[string]int{}
	for _, c := range b.Codes {
		used[strings.ToUpper(c.Color)]++
	}
	best := palette[0]
	for _, p := range palette {
		if used[p] < used[best] {
			best = p
		}
	}
	return best
}

// parseColor reads #RRGGBB; anything else is the default code colour.
func parseColor(hex string) color.NRGBA {
	var r, g, b uint8
	if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b); err != nil {
		_, _ = fmt.Sscanf(app.DefaultCodeColor, "#%02x%02x%02x", &r, &g, &b)
	}
	return color.NRGBA{R: r, G: g, B: b, A: 0xFF}
}

// hexColor writes a colour as #RRGGBB, dropping its transparency.
func hexColor(c color.Color) string {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return fmt.Sprintf("#%02X%02X%02X", n.R, n.G, n.B)
}
