package charts

import "fmt"

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
	// Breakdown is reserved for breakdowns by mode or level; it must be ""
	// for now.
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
	if o.Breakdown != "" {
		return o, fmt.Errorf("chart breakdown %q: not supported yet", o.Breakdown)
	}
	return o, nil
}
