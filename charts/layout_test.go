package charts

import (
	"testing"

	"parley/app"
)

func TestValueScaleStartsAtZeroWithWholeSteps(t *testing.T) {
	for _, c := range []struct{ max, ticks, step, top int }{
		{1, 10, 1, 1}, {7, 10, 1, 7}, {7, 3, 5, 10}, {13, 5, 5, 15}, {0, 5, 1, 1},
		{1234, 8, 200, 1400}, {99, 10, 10, 100}, {3, 1, 5, 5},
	} {
		s := newValueScale(c.max, c.ticks)
		if s.Step != c.step || s.Top != c.top {
			t.Errorf("newValueScale(%d, %d) = %+v, want step %d top %d", c.max, c.ticks, s, c.step, c.top)
		}
		ticks := s.ticks()
		if ticks[0] != 0 || ticks[len(ticks)-1] != s.Top || len(ticks) > c.ticks+1 && c.ticks > 1 {
			t.Errorf("ticks %v", ticks)
		}
	}
}

// TestLabelsDoNotOverlap lays out the crowded tables and checks that shown
// category labels, legend items and title lines keep clear of each other.
func TestLabelsDoNotOverlap(t *testing.T) {
	m, err := newMeasurer()
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string]app.CountTable{
		"120 months": monthTable(app.DefaultPartners, 120),
		"25 × 36":    monthTable(manyPartners, 36),
		"25 years":   yearTable(manyPartners, 2000, 2024),
		"quarters":   quarterTable(),
		"24 months":  monthTable(app.DefaultPartners, 24),
	}
	plans := map[string]bool{}
	for name, tab := range tables {
		for _, k := range Kinds {
			for _, width := range []int{0, 600} {
				opt := Options{Kind: k, Width: width}
				d := seriesOf(tab, k)
				f := layoutFrame(m, tab, d, opt)
				where := name + "/" + string(k)
				if width == 0 && k == Bars && len(d.Labels)*len(d.Series) > 200 && f.W <= defaultWidth {
					t.Errorf("%s: %d bars in %d pixels: the image should grow", where, len(d.Labels)*len(d.Series), f.W)
				}
				for _, l := range f.Title {
					if m.width(l, sizeTitle) > f.W-2*pad {
						t.Errorf("%s: title line wider than the image", where)
					}
				}
				checkLegend(t, where, m, f)
				if k != Totals {
					plans["rotated"] = plans["rotated"] || f.Labels.Rotated
					plans["thinned"] = plans["thinned"] || f.Labels.Every > 1
					checkCategoryLabels(t, where, m, f, d.Labels)
				} else if slot := f.Plot.height() / len(d.Series); slot < m.lineHeight(sizeLabel) {
					t.Errorf("%s: %d pixels per partner", where, slot)
				}
			}
		}
	}
	if !plans["rotated"] || !plans["thinned"] {
		t.Errorf("the tables should exercise both rotated and thinned labels: %v", plans)
	}
}

func quarterTable() app.CountTable {
	t := monthTable(app.DefaultPartners, 0)
	t.Request.By = app.ByQuarter
	for y := 2010; y < 2025; y++ {
		for q := 1; q <= 4; q++ {
			per := itoa(y) + "-Q" + itoa(q)
			t.Periods = append(t.Periods, per)
			t.Rows = append(t.Rows, app.CountRow{Partner: "USA", Period: per, Count: q})
		}
	}
	return t
}

func checkCategoryLabels(t *testing.T, where string, m *measurer, f frame, labels []string) {
	t.Helper()
	prevRight, prevX, shown := -1<<30, -1<<30, 0
	for i, l := range labels {
		if !f.Labels.Show[i] {
			continue
		}
		shown++
		x := f.centre(i, len(labels))
		if f.Labels.Rotated {
			// Parallel 45° labels are apart by the horizontal gap × sin 45°.
			if gap := float64(x-prevX) * 0.707; gap < float64(m.ascent(sizeLabel)+2) {
				t.Errorf("%s: rotated labels %s and its neighbour %.0f px apart", where, l, gap)
			}
			prevX = x
			continue
		}
		w := m.width(l, sizeLabel)
		if x-w/2 < prevRight+4 {
			t.Errorf("%s: label %s overlaps its neighbour", where, l)
		}
		prevRight = x + w/2
	}
	if shown < 2 && len(labels) > 1 {
		t.Errorf("%s: only %d of %d labels shown", where, shown, len(labels))
	}
}

func checkLegend(t *testing.T, where string, m *measurer, f frame) {
	t.Helper()
	for i, it := range f.Legend {
		if it.X+it.W > f.W {
			t.Errorf("%s: legend item %s runs off the image", where, it.Text)
		}
		if i > 0 && f.Legend[i-1].Y == it.Y && f.Legend[i-1].X+f.Legend[i-1].W > it.X {
			t.Errorf("%s: legend items %s and %s overlap", where, f.Legend[i-1].Text, it.Text)
		}
		if it.Y+legendRow > f.Plot.Top {
			t.Errorf("%s: legend runs into the plot", where)
		}
	}
}

func TestMonthLabelsFollowTheCalendar(t *testing.T) {
	tab := monthTable([]string{"USA"}, 120)
	tab.Periods = tab.Periods[2:] // start in March
	show := shown(tab.Periods, 12)
	for i, s := range show {
		if s != (tab.Periods[i][5:] == "01") {
			t.Fatalf("%s shown = %v: thinned month labels should be Januaries", tab.Periods[i], s)
		}
	}
	if got := shape([]string{"2024", "2024-Q1"}); got != "" {
		t.Errorf("mixed labels recognised as %q", got)
	}
}
