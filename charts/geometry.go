package charts

import "math"

// The places of the marks (bars, segments, points) are computed here, once,
// for both the drawing and the regions a click is matched against
// (LayoutOf): a region can never drift from the bar the analyst sees.

// barPlace is how side-by-side bars (one per partner) sit in each of n
// categories: a group of width group centred in the category's slot, cut
// into bars of width bw.
type barPlace struct {
	n         int
	group, bw float64
}

// placeBars places p bars per category. Partner stacks (a breakdown) keep
// at least a pixel for the group; plain bars take the width as it comes.
func placeBars(f frame, n, p int, atLeastAPixel bool) barPlace {
	slot := f.slot(n)
	group := math.Min(math.Min(slot*0.8, slot-2), float64(p*maxBar))
	if atLeastAPixel {
		group = math.Max(group, 1)
	}
	return barPlace{n: n, group: group, bw: group / float64(p)}
}

// span gives the columns [x0, x1) of partner j's bar in category i.
func (b barPlace) span(f frame, i, j int) (x0, x1 int) {
	left := float64(f.centre(i, b.n)) - b.group/2
	x0 = int(math.Round(left + float64(j)*b.bw))
	x1 = int(math.Round(left + float64(j+1)*b.bw))
	if b.bw >= 4 {
		x1-- // a hairline between neighbours
	}
	return x0, max(x1, x0+1)
}

// stackPlace is how Stacked places its one bar per category.
type stackPlace struct {
	n  int
	bw float64
}

func placeStacks(f frame, n int) stackPlace {
	slot := f.slot(n)
	bw := math.Min(math.Min(slot*0.7, slot-2), maxBar)
	return stackPlace{n: n, bw: math.Max(bw, 1)}
}

// span gives the columns [x0, x1) of category i's stack.
func (s stackPlace) span(f frame, i int) (x0, x1 int) {
	cx := float64(f.centre(i, s.n))
	x0 = int(math.Round(cx - s.bw/2))
	return x0, max(int(math.Round(cx+s.bw/2)), x0+1)
}

// segment is one positive value of a pile: its index in the values, and
// its extent [lo, hi) along the value axis in pixels (empty when the value
// is too small for a pixel).
type segment struct {
	index  int
	lo, hi int
}

// pileUp places the positive values one on another from the value axis.
// Pixel edges come from the running totals, so segments meet exactly and
// the pile's top is its total; a one-pixel gap separates segments tall
// enough to spare one. at is the pixel of a value (yOf or xOf); vertical
// piles grow towards smaller pixels, so their ends are swapped.
func pileUp(values []int, at func(int) int, vertical bool) []segment {
	var out []segment
	acc := 0
	for i, v := range values {
		if v <= 0 {
			continue
		}
		from, to := at(acc), at(acc+v)
		acc += v
		s := segment{index: i}
		if vertical {
			// yLow is from, yHigh is to; the gap is taken at the bottom.
			if from-to >= 4 {
				from--
			}
			s.lo, s.hi = to, from
		} else {
			if to-from >= 4 {
				to--
			}
			s.lo, s.hi = from, to
		}
		out = append(out, s)
	}
	return out
}

// totalsPlace is how Totals places one horizontal bar per partner.
type totalsPlace struct {
	slot, thick float64
}

func placeTotals(f frame, p int) totalsPlace {
	slot := float64(f.Plot.height()) / float64(p)
	return totalsPlace{slot: slot, thick: math.Max(math.Min(math.Min(slot*0.7, slot-2), 44), 1)}
}

// row gives partner j's bar rows [y0, y1) and the middle row cy.
func (t totalsPlace) row(f frame, j int) (y0, y1, cy int) {
	cy = f.Plot.Top + int(math.Round(t.slot*(float64(j)+0.5)))
	y0 = cy - int(t.thick/2)
	y1 = max(y0+int(math.Round(t.thick)), y0+1)
	return y0, y1, cy
}

// point is where a line passes through category i with value v.
func (f frame) point(i, n, v int) (x, y int) {
	return f.centre(i, n), f.yOf(max(v, 0))
}
