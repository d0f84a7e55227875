package charts

import (
	"fmt"
	"image"

	"parley/app"
)

// Region is where one mark of a chart lies in the image Render draws for
// the same table and options: a bar, a segment of a stack, or a point of a
// line. It names the count behind it, so that a click on the image leads
// back to the meetings counted.
type Region struct {
	Partner string
	// Category is the period label of the table, or TotalLabel for a
	// Totals bar (every dated period of the table).
	Category string
	// Group is the breakdown group of a segment; "" for a whole bar (or
	// any mark of a table without a breakdown).
	Group string
	// Count is the number the mark stands for.
	Count int
	// Mark is the drawn rectangle (empty for a zero bar); for a point, a
	// small square around it.
	Mark image.Rectangle
	// Hit is where a click selects this mark: a bar's whole column (so
	// that a short or zero bar can still be clicked), a segment itself,
	// the space beyond a stack for the whole stack, a square around a
	// point.
	Hit image.Rectangle
}

// Layout is the size of a chart's image and the regions of its marks.
// Hit areas of bars, stacks and totals never overlap; points of lines
// may (two partners with the same value), and At picks the nearest.
type Layout struct {
	Width, Height int
	Regions       []Region
}

// pointReach is the half side, in pixels, of a point's hit square.
const pointReach = 8

// LayoutOf places the marks exactly as Render does for the same table and
// options (both use the same layout and geometry), without drawing.
func LayoutOf(t app.CountTable, opt Options) (l Layout, err error) {
	opt, err = opt.normalise()
	if err != nil {
		return Layout{}, err
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("chart: layout failed: %v", p)
		}
	}()
	m, err := newMeasurer()
	if err != nil {
		return Layout{}, fmt.Errorf("chart font: %w", err)
	}
	d := seriesOf(t, opt.Kind)
	if err := opt.checkBreakdown(d); err != nil {
		return Layout{}, err
	}
	f := layoutFrame(m, t, d, opt)
	l = Layout{Width: f.W, Height: f.H}
	if d.empty() {
		return l, nil
	}
	switch {
	case opt.Kind == Totals:
		l.Regions = totalsRegions(f, d)
	case d.Groups != nil:
		l.Regions = partnerStackRegions(f, d)
	case opt.Kind == Lines:
		l.Regions = lineRegions(f, d)
	case opt.Kind == Stacked:
		l.Regions = stackedRegions(f, d)
	default:
		l.Regions = barRegions(f, d)
	}
	return l, nil
}

// At finds the mark a click at p (image pixels) selects: among the
// regions whose hit area holds p, the one whose mark's centre is nearest.
func (l Layout) At(p image.Point) (Region, bool) {
	best, found := Region{}, false
	bestD := 0
	for _, r := range l.Regions {
		if !p.In(r.Hit) {
			continue
		}
		c := r.Mark.Min.Add(r.Mark.Max).Div(2)
		dx, dy := c.X-p.X, c.Y-p.Y
		if d := dx*dx + dy*dy; !found || d < bestD {
			best, bestD, found = r, d, true
		}
	}
	return best, found
}

func barRegions(f frame, d plotData) []Region {
	b := placeBars(f, len(d.Labels), len(d.Series), false)
	var out []Region
	for i, cat := range d.Labels {
		for j, s := range d.Series {
			x0, x1 := b.span(f, i, j)
			r := Region{Partner: s.Partner, Category: cat, Count: s.Values[i],
				Hit: image.Rect(x0, f.Plot.Top, x1, f.Plot.Bottom)}
			if v := s.Values[i]; v > 0 {
				r.Mark = image.Rect(x0, f.yOf(v), x1, f.Plot.Bottom)
			}
			out = append(out, r)
		}
	}
	return out
}

func stackedRegions(f frame, d plotData) []Region {
	st := placeStacks(f, len(d.Labels))
	var out []Region
	for i, cat := range d.Labels {
		x0, x1 := st.span(f, i)
		for _, seg := range pileUp(categoryValues(d, i), f.yOf, true) {
			s := d.Series[seg.index]
			r := image.Rect(x0, seg.lo, x1, seg.hi)
			if r.Empty() {
				continue
			}
			out = append(out, Region{Partner: s.Partner, Category: cat, Count: s.Values[i], Mark: r, Hit: r})
		}
	}
	return out
}

func lineRegions(f frame, d plotData) []Region {
	n := len(d.Labels)
	var out []Region
	for _, s := range d.Series {
		for i, cat := range d.Labels {
			x, y := f.point(i, n, s.Values[i])
			out = append(out, Region{Partner: s.Partner, Category: cat, Count: s.Values[i],
				Mark: image.Rect(x-3, y-3, x+4, y+4),
				Hit:  image.Rect(x-pointReach, y-pointReach, x+pointReach+1, y+pointReach+1)})
		}
	}
	return out
}

// partnerStackRegions: each segment of a partner's stack is its group; the
// column above the stack is the whole bar.
func partnerStackRegions(f frame, d plotData) []Region {
	b := placeBars(f, len(d.Labels), len(d.Series), true)
	var out []Region
	for i, cat := range d.Labels {
		for j, s := range d.Series {
			x0, x1 := b.span(f, i, j)
			top := f.Plot.Bottom
			for _, seg := range pileUp(s.Parts[i], f.yOf, true) {
				r := image.Rect(x0, seg.lo, x1, seg.hi)
				top = min(top, seg.lo)
				if r.Empty() {
					continue
				}
				out = append(out, Region{Partner: s.Partner, Category: cat, Group: d.Groups[seg.index],
					Count: s.Parts[i][seg.index], Mark: r, Hit: r})
			}
			whole := Region{Partner: s.Partner, Category: cat, Count: s.Values[i],
				Hit: image.Rect(x0, f.Plot.Top, x1, top)}
			if top < f.Plot.Bottom {
				whole.Mark = image.Rect(x0, top, x1, f.Plot.Bottom)
			}
			if !whole.Hit.Empty() {
				out = append(out, whole)
			}
		}
	}
	return out
}

// totalsRegions: a partner's row is its bar; with a breakdown each segment
// is its group and the row beyond the stack is the whole bar.
func totalsRegions(f frame, d plotData) []Region {
	rows := placeTotals(f, len(d.Series))
	var out []Region
	for j, s := range d.Series {
		y0, y1, _ := rows.row(f, j)
		whole := Region{Partner: s.Partner, Category: TotalLabel, Count: s.Values[0]}
		end := f.Plot.Left
		if s.Parts != nil {
			for _, seg := range pileUp(s.Parts[0], f.xOf, false) {
				r := image.Rect(seg.lo, y0, seg.hi, y1)
				end = max(end, seg.hi)
				if r.Empty() {
					continue
				}
				out = append(out, Region{Partner: s.Partner, Category: TotalLabel, Group: d.Groups[seg.index],
					Count: s.Parts[0][seg.index], Mark: r, Hit: r})
			}
		}
		if v := s.height(0); v > 0 {
			whole.Mark = image.Rect(f.Plot.Left, y0, f.xOf(v), y1)
		}
		whole.Hit = image.Rect(end, y0, f.Plot.Right, y1)
		if !whole.Hit.Empty() {
			out = append(out, whole)
		}
	}
	return out
}
