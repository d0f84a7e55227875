package charts

import (
	"image/color"
	"strings"

	"parley/app"
)

const (
	pad       = 16 // margin around everything
	swatch    = 12 // legend colour square
	legendGap = 18 // between legend items
	legendRow = 20
	minPlotH  = 160
	// headroom above the plot keeps value labels off the legend.
	headroom = 16
)

// box is a rectangle in pixels; Right and Bottom are exclusive.
type box struct{ Left, Top, Right, Bottom int }

func (b box) width() int  { return b.Right - b.Left }
func (b box) height() int { return b.Bottom - b.Top }

// legendItem is one entry of the legend, placed at (X, Y): the swatch's
// top-left corner. It is a partner in its colour, a breakdown group in its
// shade, or a heading (text alone) before the groups.
type legendItem struct {
	Partner string // "" for a group or a heading
	Text    string
	Colour  color.RGBA
	Heading bool
	X, Y    int
	W       int // from X to the end of the text
}

// frame is the layout of one chart: everything is placed before anything
// is drawn, so that no text can land on another.
type frame struct {
	W, H     int
	Title    []string // wrapped lines
	Subtitle []string
	Note     []string
	Legend   []legendItem
	Plot     box
	Labels   labelPlan // category labels of Bars, Stacked, Lines
	Scale    valueScale
	// Horizontal is the Totals layout: partners down the side, values
	// along the bottom, which stays readable for 20+ partners.
	Horizontal bool
	PlotTitleX string // the category (or value, for Totals) axis title
	PlotTitleY string
}

// titles gives the title and subtitle texts: the request's description is
// always one of them, since a chart without it cannot be read correctly.
func titles(t app.CountTable, d plotData, opt Options) (string, string) {
	// A table built without a request (tests, a future caller) would be
	// described as " by , ": say something true instead.
	desc := "Meeting counts"
	if t.Request.Unit != "" {
		desc = strings.TrimSpace(t.Request.Describe())
	}
	title, sub := desc, ""
	if strings.TrimSpace(opt.Title) != "" {
		title, sub = strings.TrimSpace(opt.Title), desc
	}
	split := ""
	if d.Groups != nil {
		split = " split " + byPhrase(d.Breakdown)
	}
	if opt.Kind == Totals && len(t.Periods) > 0 && !(len(t.Periods) == 1 && t.Periods[0] == "all") {
		span := "Total per partner" + split + ", " + t.Periods[0]
		if n := len(t.Periods); n > 1 {
			span += " to " + t.Periods[n-1]
		}
		sub = strings.TrimPrefix(sub+" · "+span, " · ")
	} else if split != "" {
		per := "One bar per partner," + split
		if opt.Kind == Totals {
			per = "Total per partner" + split
		}
		sub = strings.TrimPrefix(sub+" · "+per, " · ")
	}
	return title, sub
}

// preferredWidth widens the image with the number of bars so that each
// stays at least a few pixels wide, up to maxGrownWidth.
func preferredWidth(d plotData, k Kind) int {
	n, p := len(d.Labels), len(d.Series)
	need := 0
	if d.Groups != nil && k == Stacked {
		k = Bars // a stack per partner: as many bars as Bars
	}
	switch k {
	case Bars:
		need = n*(p*3+4) + 160
	case Stacked:
		need = n*9 + 160
	case Lines:
		need = n*5 + 160
	}
	return min(max(defaultWidth, need), maxGrownWidth)
}

// layoutFrame places every part of the chart.
func layoutFrame(m *measurer, t app.CountTable, d plotData, opt Options) frame {
	f := frame{W: opt.Width, H: opt.Height, Horizontal: opt.Kind == Totals}
	if f.W == 0 {
		f.W = preferredWidth(d, opt.Kind)
	}
	inner := f.W - 2*pad
	title, sub := titles(t, d, opt)
	f.Title = m.wrap(title, sizeTitle, inner)
	if sub != "" {
		f.Subtitle = m.wrap(sub, sizeSubtitle, inner)
	}
	if note := unknownNote(t); note != "" {
		f.Note = m.wrap(note, sizeNote, inner)
	}
	if d.empty() {
		if f.H == 0 {
			f.H = defaultHeight
		}
		return f
	}

	// Horizontal extent of the plot.
	top := d.peak(opt.Kind)
	labelAsc := m.ascent(sizeLabel)
	if f.Horizontal {
		widest := 0
		for _, s := range d.Series {
			widest = max(widest, m.width(s.Partner, sizeLabel))
		}
		widest = min(widest, f.W/4)
		f.Plot.Left = pad + m.lineHeight(sizeLabel) + 6 + widest + 8
		// Room for the value printed after the longest bar.
		f.Plot.Right = f.W - pad - m.width(itoa(2*top+1), sizeSmall) - 8
		f.PlotTitleX = valueTitle(t.Request.Unit)
		f.PlotTitleY = "Partner"
	} else {
		f.Plot.Left = pad + m.lineHeight(sizeLabel) + 6 + m.width(itoa(2*top+1), sizeLabel) + 8
		f.Plot.Right = f.W - pad - 8
		f.PlotTitleX = periodTitle(t.Request.By)
		f.PlotTitleY = valueTitle(t.Request.Unit)
	}

	// A cramped explicit size must still give a plot, however small.
	f.Plot.Right = max(f.Plot.Right, f.Plot.Left+1)

	// Top: title, subtitle, legend.
	y := pad
	y += len(f.Title) * m.lineHeight(sizeTitle)
	y += len(f.Subtitle) * m.lineHeight(sizeSubtitle)
	if !f.Horizontal || d.Groups != nil {
		y += 6
		f.Legend, y = placeLegend(m, d, opt.Kind, f.Plot.Left, f.W-pad, y)
	}
	f.Plot.Top = y + headroom

	// Bottom: note, axis title, tick or category labels.
	bottom := pad + len(f.Note)*m.lineHeight(sizeNote) + 4 + m.lineHeight(sizeLabel)
	if f.Horizontal {
		bottom += labelAsc + 12
	} else {
		slot := float64(f.Plot.width()) / float64(len(d.Labels))
		f.Labels = planLabels(m, d.Labels, slot)
		bottom += f.Labels.Band
	}

	if f.H == 0 {
		f.H = defaultHeight
		if f.Horizontal {
			// At least 22 pixels per partner, so labels never touch.
			f.H = max(f.H, f.Plot.Top+len(d.Series)*22+bottom)
		}
		f.H = max(f.H, f.Plot.Top+minPlotH+bottom)
	}
	f.Plot.Bottom = max(f.H-bottom, f.Plot.Top+1)

	if f.Horizontal {
		f.Scale = newValueScale(top, max(1, f.Plot.width()/90))
	} else {
		f.Scale = newValueScale(top, max(1, f.Plot.height()/45))
	}
	return f
}

// placeLegend flows the partners into rows from x0 to x1 starting at y and
// returns the items and the y below the legend. A breakdown's groups follow
// on a row of their own, after a heading ("By mode:"); Totals names its
// partners along the axis, so its legend has the groups alone.
func placeLegend(m *measurer, d plotData, k Kind, x0, x1, y int) ([]legendItem, int) {
	mark := swatch
	if k == Lines {
		mark = 24
	}
	var items []legendItem
	x, row := x0, 0
	put := func(it legendItem, w int) {
		if x > x0 && x+w > x1 {
			x = x0
			row++
		}
		it.X, it.Y, it.W = x, y+row*legendRow, w
		items = append(items, it)
		x += w + legendGap
	}
	if k != Totals {
		for _, s := range d.Series {
			put(legendItem{Partner: s.Partner, Text: s.Partner, Colour: CountryColour(s.Partner)},
				mark+5+m.width(s.Partner, sizeLabel))
		}
	}
	if d.Groups != nil {
		if len(items) > 0 {
			x, row = x0, row+1
		}
		head := strings.ToUpper(byPhrase(d.Breakdown)[:1]) + byPhrase(d.Breakdown)[1:] + ":"
		put(legendItem{Text: head, Heading: true}, m.width(head, sizeLabel))
		base := legendGrey
		if len(d.Series) == 1 {
			// One partner: its own shades say it all.
			base = CountryColour(d.Series[0].Partner)
		}
		for g, grp := range d.Groups {
			w := m.fit(groupWord(grp), sizeLabel, max(x1-x0-swatch-5, 1))
			put(legendItem{Text: w, Colour: lighten(base, d.Lighten[g])}, swatch+5+m.width(w, sizeLabel))
		}
	}
	return items, y + (row+1)*legendRow
}
