package charts

import (
	"image/color"
	"math"
)

// drawHeader writes the title and subtitle at the top.
func drawHeader(c *canvas, f frame) {
	y := pad
	for _, l := range f.Title {
		c.text(l, pad, y+c.ascent(sizeTitle), sizeTitle, ink, alignLeft)
		y += c.lineHeight(sizeTitle)
	}
	for _, l := range f.Subtitle {
		c.text(l, pad, y+c.ascent(sizeSubtitle), sizeSubtitle, inkSoft, alignLeft)
		y += c.lineHeight(sizeSubtitle)
	}
}

// drawNote writes the footnote (meetings with unknown date) at the bottom.
func drawNote(c *canvas, f frame) {
	y := f.H - pad - len(f.Note)*c.lineHeight(sizeNote)
	for _, l := range f.Note {
		c.text(l, pad, y+c.ascent(sizeNote), sizeNote, inkSoft, alignLeft)
		y += c.lineHeight(sizeNote)
	}
}

// drawLegend names each partner next to its colour (and, for lines, its
// dash), in the order of the bars within a group and of a stack from the
// bottom up; then a breakdown's groups next to their shades, in the order
// of a partner's stack from the bottom up.
func drawLegend(c *canvas, f frame, k Kind, dashes map[string][]float64) {
	asc := c.ascent(sizeLabel)
	for _, it := range f.Legend {
		baseline := it.Y + swatch/2 + asc/2
		if it.Heading {
			c.text(it.Text, it.X, baseline, sizeLabel, inkSoft, alignLeft)
			continue
		}
		x := it.X + swatch
		if k == Lines && it.Partner != "" {
			mid := it.Y + swatch/2
			c.polyline([]int{it.X, it.X + 24}, []int{mid, mid}, it.Colour, 2, dashes[it.Partner])
			c.dot(it.X+12, mid, 3, it.Colour)
			x = it.X + 24
		} else {
			c.rect(it.X, it.Y, it.X+swatch, it.Y+swatch, it.Colour)
			if it.Partner == "" {
				// A pale shade needs an edge to stand out from the paper.
				c.outline(it.X, it.Y, it.X+swatch, it.Y+swatch, inkFaint)
			}
		}
		c.text(it.Text, x+5, baseline, sizeLabel, ink, alignLeft)
	}
}

// yOf is the pixel row of value v on a vertical value axis.
func (f frame) yOf(v int) int {
	return f.Plot.Bottom - int(math.Round(float64(v)*float64(f.Plot.height())/float64(f.Scale.Top)))
}

// xOf is the pixel column of value v on the horizontal value axis (Totals).
func (f frame) xOf(v int) int {
	return f.Plot.Left + int(math.Round(float64(v)*float64(f.Plot.width())/float64(f.Scale.Top)))
}

// slot is the width of one category on the horizontal category axis.
func (f frame) slot(n int) float64 { return float64(f.Plot.width()) / float64(n) }

// centre is the pixel column of the middle of category i of n.
func (f frame) centre(i, n int) int {
	return f.Plot.Left + int(math.Round(f.slot(n)*(float64(i)+0.5)))
}

// drawValueGridY draws the horizontal grid lines and their integer labels,
// then the value axis title turned to read upwards.
func drawValueGridY(c *canvas, f frame) {
	asc := c.ascent(sizeLabel)
	for _, v := range f.Scale.ticks() {
		y := f.yOf(v)
		if v > 0 {
			c.line(f.Plot.Left, y, f.Plot.Right, y, gridLine, 1)
		}
		c.text(itoa(v), f.Plot.Left-8, y+asc/2, sizeLabel, inkSoft, alignRight)
	}
	mid := (f.Plot.Top + f.Plot.Bottom) / 2
	w := c.width(f.PlotTitleY, sizeLabel)
	c.rotatedText(f.PlotTitleY, pad+asc, mid+w/2, sizeLabel, ink, -90)
}

// drawCategoryAxis draws the baseline, a tick and label under each shown
// category, and the axis title under the labels.
func drawCategoryAxis(c *canvas, f frame, labels []string) {
	n := len(labels)
	asc := c.ascent(sizeLabel)
	c.line(f.Plot.Left, f.Plot.Bottom, f.Plot.Right, f.Plot.Bottom, axisLine, 1)
	for i, l := range labels {
		if !f.Labels.Show[i] {
			continue
		}
		x := f.centre(i, n)
		c.line(x, f.Plot.Bottom, x, f.Plot.Bottom+4, axisLine, 1)
		if f.Labels.Rotated {
			// The label ends at the tick and rises to the left at 45°;
			// the offsets put the middle of the glyphs, not the
			// baseline, on the tick.
			w := float64(c.width(l, sizeLabel))
			h := float64(asc) / 2
			sx := x - int(0.707*w-0.707*h)
			sy := f.Plot.Bottom + 8 + int(0.707*w+0.707*h)
			c.rotatedText(l, sx, sy, sizeLabel, inkSoft, -45)
			continue
		}
		c.text(l, x, f.Plot.Bottom+8+asc, sizeLabel, inkSoft, alignCenter)
	}
	y := f.Plot.Bottom + f.Labels.Band + asc + 4
	c.text(f.PlotTitleX, (f.Plot.Left+f.Plot.Right)/2, y, sizeLabel, ink, alignCenter)
}

// lineDashes keeps lines apart when two partners share a colour (the
// palette has eight colours, and partners beyond the four defaults share
// four of them): the first partner with a colour gets a solid line, the
// next ones dashes. The colour itself never changes.
func lineDashes(d plotData) map[string][]float64 {
	patterns := [][]float64{nil, {8, 4}, {2, 3}, {8, 3, 2, 3}, {12, 3}}
	seen := map[color.RGBA]int{}
	out := map[string][]float64{}
	for _, s := range d.Series {
		col := CountryColour(s.Partner)
		out[s.Partner] = patterns[seen[col]%len(patterns)]
		seen[col]++
	}
	return out
}
