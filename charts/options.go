package charts

import (
	"fmt"
	"strings"
)

// Options shape a chart. The zero value is a grouped bar chart in PNG at the
// default size.
type Options struct {
	Kind   Kind
	Format Format
	// Width and Height in pixels; 0 picks a size from the data: 1000×560,
	// wider when there are many bars, taller for many totals.
	Width, Height int
	// Title replaces the request's description as the title; the
	// description then becomes the subtitle, so it is always shown.
	Title string
	// Breakdown is optional: the chart takes its breakdown from the table
	// (app.CountTable.Groups, asked for with CountRequest.Breakdown). ""
	// draws whatever the table holds; "mode" or "level" asserts that the
	// table is broken down so, and Render fails when it is not, so that a
	// caller never shows an undivided chart it meant to divide.
	Breakdown string
}

const (
	defaultWidth  = 1000
	defaultHeight = 560
	// maxGrownWidth bounds the automatic widening: past it bars get thin
	// rather than the image unwieldy.
	maxGrownWidth = 4800
	// maxSide refuses sizes that would only exhaust memory.
	maxSide = 20000
	// minSide is the smallest size the layout can hold.
	minSide = 200
)

// normalise fills the defaults and rejects what cannot be drawn, so that
// every error the caller sees is about its options, never go-chart's.
func (o Options) normalise() (Options, error) {
	if o.Kind == "" {
		o.Kind = Bars
	}
	if _, err := ParseKind(string(o.Kind)); err != nil {
		return o, err
	}
	switch o.Format {
	case "":
		o.Format = PNG
	case PNG, SVG:
	default:
		return o, fmt.Errorf("chart format %q: want png or svg", o.Format)
	}
	for _, side := range []struct {
		name string
		v    int
	}{{"width", o.Width}, {"height", o.Height}} {
		if side.v != 0 && (side.v < minSide || side.v > maxSide) {
			return o, fmt.Errorf("chart %s %d: want 0 (automatic) or %d to %d pixels", side.name, side.v, minSide, maxSide)
		}
	}
	o.Breakdown = strings.ToLower(strings.TrimSpace(o.Breakdown))
	switch o.Breakdown {
	case "", "mode", "level":
	default:
		return o, fmt.Errorf("chart breakdown %q: want mode or level", o.Breakdown)
	}
	return o, nil
}

// checkBreakdown refuses what cannot be drawn with the table's breakdown:
// a breakdown the caller expected but the table lacks, and lines, where one
// line per partner × group would be a tangle.
func (o Options) checkBreakdown(d plotData) error {
	if o.Breakdown != "" {
		if d.Groups == nil {
			return fmt.Errorf("chart breakdown %q: the count table has no breakdown; count with one first", o.Breakdown)
		}
		if d.Breakdown != o.Breakdown {
			return fmt.Errorf("chart breakdown %q: the count table is broken down by %s", o.Breakdown, d.Breakdown)
		}
	}
	if d.Groups != nil && o.Kind == Lines {
		return fmt.Errorf("chart: lines do not take a breakdown (%s); use stacked, bars or totals", byPhrase(d.Breakdown))
	}
	return nil
}
