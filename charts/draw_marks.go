package charts

import (
	"image/color"
)

// maxBar caps a bar's width, so that one period or one partner gives a
// bar, not a wall.
const maxBar = 64

// drawBars draws grouped bars: in each period one bar per partner, side by
// side in the legend's order.
func drawBars(c *canvas, f frame, d plotData) {
	b := placeBars(f, len(d.Labels), len(d.Series), false)
	labelled := b.bw >= float64(c.width(itoa(f.Scale.Top), sizeSmall)+2)
	for i := range d.Labels {
		for j, s := range d.Series {
			x0, x1 := b.span(f, i, j)
			v := s.Values[i]
			if v > 0 {
				c.rect(x0, f.yOf(v), x1, f.Plot.Bottom, CountryColour(s.Partner))
			}
			if labelled {
				c.text(itoa(v), (x0+x1)/2, f.yOf(v)-3, sizeSmall, inkSoft, alignCenter)
			}
		}
	}
}

// drawStacked draws one bar per period with the partners' absolute counts
// piled from the first partner at the bottom. go-chart's StackedBarChart
// cannot do this: it always scales each bar to 100 %.
func drawStacked(c *canvas, f frame, d plotData) {
	st := placeStacks(f, len(d.Labels))
	labelled := st.bw >= float64(c.width(itoa(f.Scale.Top), sizeSmall)+2)
	for i := range d.Labels {
		x0, x1 := st.span(f, i)
		acc := 0
		for _, seg := range pileUp(categoryValues(d, i), f.yOf, true) {
			acc += d.Series[seg.index].Values[i]
			c.rect(x0, seg.lo, x1, seg.hi, CountryColour(d.Series[seg.index].Partner))
		}
		if labelled && acc > 0 {
			c.text(itoa(acc), (x0+x1)/2, f.yOf(acc)-3, sizeSmall, inkSoft, alignCenter)
		}
	}
}

// categoryValues are the partners' values in category i, in legend order.
func categoryValues(d plotData, i int) []int {
	vs := make([]int, len(d.Series))
	for j, s := range d.Series {
		vs[j] = s.Values[i]
	}
	return vs
}

// drawLines draws one line per partner through every period, zeros
// included; a point marks each period when there is room, and always when
// there is a single period (a line needs two).
func drawLines(c *canvas, f frame, d plotData) {
	n := len(d.Labels)
	dashes := lineDashes(d)
	marked := f.slot(n) >= 10 || n == 1
	for _, s := range d.Series {
		col := CountryColour(s.Partner)
		xs := make([]int, n)
		ys := make([]int, n)
		for i, v := range s.Values {
			xs[i], ys[i] = f.point(i, n, v)
		}
		c.polyline(xs, ys, col, 2, dashes[s.Partner])
		if marked {
			for i := range xs {
				c.dot(xs[i], ys[i], 3, col)
			}
		}
		if n == 1 && len(d.Series) == 1 {
			// A lone point says little without its value.
			c.text(itoa(s.Values[0]), xs[0], ys[0]-7, sizeSmall, inkSoft, alignCenter)
		}
	}
}

// drawTotals draws one horizontal bar per partner, top to bottom in the
// table's order, its total printed after it, with the value axis along the
// bottom: partner codes never crowd, however many partners there are.
func drawTotals(c *canvas, f frame, d plotData) {
	asc := c.ascent(sizeLabel)
	for _, v := range f.Scale.ticks() {
		x := f.xOf(v)
		if v > 0 {
			c.line(x, f.Plot.Top, x, f.Plot.Bottom, gridLine, 1)
		}
		c.line(x, f.Plot.Bottom, x, f.Plot.Bottom+4, axisLine, 1)
		c.text(itoa(v), x, f.Plot.Bottom+8+asc, sizeLabel, inkSoft, alignCenter)
	}
	rows := placeTotals(f, len(d.Series))
	labelW := f.Plot.Left - 8 - (pad + c.lineHeight(sizeLabel) + 6)
	for j, s := range d.Series {
		y0, y1, cy := rows.row(f, j)
		v := s.Values[0]
		if s.Parts != nil {
			drawHStack(c, f, d, s, y0, y1)
		} else if v > 0 {
			c.rect(f.Plot.Left, y0, f.xOf(v), y1, CountryColour(s.Partner))
		}
		c.text(c.fit(s.Partner, sizeLabel, labelW), f.Plot.Left-8, cy+asc/2, sizeLabel, ink, alignRight)
		c.text(itoa(v), f.xOf(max(s.height(0), 0))+5, cy+c.ascent(sizeSmall)/2, sizeSmall, inkSoft, alignLeft)
	}
	c.line(f.Plot.Left, f.Plot.Top, f.Plot.Left, f.Plot.Bottom, axisLine, 1)
	y := f.Plot.Bottom + 8 + asc + 4 + c.lineHeight(sizeLabel)
	c.text(f.PlotTitleX, (f.Plot.Left+f.Plot.Right)/2, y, sizeLabel, ink, alignCenter)
	mid := (f.Plot.Top + f.Plot.Bottom) / 2
	w := c.width(f.PlotTitleY, sizeLabel)
	c.rotatedText(f.PlotTitleY, pad+asc, mid+w/2, sizeLabel, ink, -90)
}

// drawPartnerStacks draws a table with a breakdown as Stacked and Bars do:
// in each period one bar per partner, side by side in the legend's order,
// each piled from its first group at the bottom in that group's shade of
// the partner's colour, with the partner's count on top.
func drawPartnerStacks(c *canvas, f frame, d plotData) {
	b := placeBars(f, len(d.Labels), len(d.Series), true)
	labelled := b.bw >= float64(c.width(itoa(f.Scale.Top), sizeSmall)+2)
	for i := range d.Labels {
		for j, s := range d.Series {
			x0, x1 := b.span(f, i, j)
			drawVStack(c, f, d, s, i, x0, x1)
			if labelled {
				c.text(itoa(s.Values[i]), (x0+x1)/2, f.yOf(s.height(i))-3, sizeSmall, inkSoft, alignCenter)
			}
		}
	}
}

// drawVStack draws partner s's stack in category i between columns x0 and
// x1. Pixel edges come from the running totals, so segments meet exactly
// and the stack's top is its total; a white hairline separates segments
// tall enough to spare one, and a frame in the partner's colour keeps its
// palest segment visible on the paper.
func drawVStack(c *canvas, f frame, d plotData, s series, i, x0, x1 int) {
	col := CountryColour(s.Partner)
	acc := 0
	for _, seg := range pileUp(s.Parts[i], f.yOf, true) {
		v := s.Parts[i][seg.index]
		acc += v
		fill := lighten(col, d.Lighten[seg.index])
		c.rect(x0, seg.lo, x1, seg.hi, fill)
		segmentValue(c, v, x0, seg.lo, x1, seg.hi, fill)
	}
	if acc > 0 && x1-x0 >= 6 {
		c.outline(x0, f.yOf(acc), x1, f.Plot.Bottom, col)
	}
}

// drawHStack is drawVStack lying down, for Totals: partner s's bar between
// rows y0 and y1, from the value axis rightwards.
func drawHStack(c *canvas, f frame, d plotData, s series, y0, y1 int) {
	col := CountryColour(s.Partner)
	acc := 0
	for _, seg := range pileUp(s.Parts[0], f.xOf, false) {
		v := s.Parts[0][seg.index]
		acc += v
		fill := lighten(col, d.Lighten[seg.index])
		c.rect(seg.lo, y0, seg.hi, y1, fill)
		segmentValue(c, v, seg.lo, y0, seg.hi, y1, fill)
	}
	if acc > 0 && y1-y0 >= 6 {
		c.outline(f.Plot.Left, y0, f.xOf(acc), y1, col)
	}
}

// segmentValue prints a segment's count inside it when it fits with room
// around, so that a breakdown can be read off the chart, not only guessed
// from the axis.
func segmentValue(c *canvas, v, x0, y0, x1, y1 int, fill color.RGBA) {
	asc := c.ascent(sizeInside)
	s := itoa(v)
	if y1-y0 < asc+6 || x1-x0 < c.width(s, sizeInside)+6 {
		return
	}
	c.text(s, (x0+x1)/2, (y0+y1)/2+asc/2, sizeInside, onColour(fill), alignCenter)
}
