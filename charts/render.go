package charts

import (
	"bytes"
	"fmt"
	"image"
	"io"

	chart "github.com/wcharczuk/go-chart/v2"

	"parley/app"
)

// Render draws the table as a chart in opt.Format and writes it to w.
//
// go-chart is used for its PNG and SVG renderers and its font only; the
// axes, bars, stacks, lines and legend are drawn here. Its chart types fail
// on the data an analyst does produce (all zeros, a single value, a single
// point), start bar axes at the smallest value and normalise stacks to
// 100 %; drawing ourselves makes every table drawable. Errors returned are
// about the options or the writer.
//
// A table with a breakdown (t.Groups, by mode or level) is drawn with a
// stack per partner in each period, split by group: Stacked and Bars draw
// it alike, Totals stacks each partner's horizontal bar, and Lines are
// refused. A group's segments are a lighter shade of the partner's colour,
// the legend names the partners by colour and the groups by shade.
func Render(w io.Writer, t app.CountTable, opt Options) (err error) {
	opt, err = opt.normalise()
	if err != nil {
		return err
	}
	// A panic inside the renderers must not take the desktop app down
	// with it; it becomes an error like any other.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("chart: drawing failed: %v", p)
		}
	}()
	m, err := newMeasurer()
	if err != nil {
		return fmt.Errorf("chart font: %w", err)
	}
	d := seriesOf(t, opt.Kind)
	if err := opt.checkBreakdown(d); err != nil {
		return err
	}
	f := layoutFrame(m, t, d, opt)

	var r chart.Renderer
	if opt.Format == SVG {
		r, err = chart.SVG(f.W, f.H)
	} else {
		r, err = chart.PNG(f.W, f.H)
	}
	if err != nil {
		return fmt.Errorf("chart: %w", err)
	}
	r.SetDPI(dpi)
	c := &canvas{measurer: m, r: r, svg: opt.Format == SVG}
	if !c.svg {
		// The raster renderer hands its image to an RGBACollector, at
		// any time: we take it now to paint rectangles straight into
		// it; its anti-aliasing rasteriser took a third of the render
		// time for the same pixels.
		var col collector
		if err := r.Save(&col); err != nil || col.img == nil {
			return fmt.Errorf("chart: png renderer gave no image (%v)", err)
		}
		c.img = col.img
	}
	paint(c, f, t, d, opt.Kind)
	if c.svg {
		return saveSVG(w, r, f)
	}
	if err := encodePNG(w, c.img); err != nil {
		return fmt.Errorf("chart: writing png: %w", err)
	}
	return nil
}

// paint draws the whole chart, back to front.
func paint(c *canvas, f frame, t app.CountTable, d plotData, k Kind) {
	// SVG has no background of its own, and the PNG starts transparent:
	// viewers would show the page (dark, in a dark theme) through the chart.
	c.rect(0, 0, f.W, f.H, paper)
	drawHeader(c, f)
	drawNote(c, f)
	if d.empty() {
		drawEmpty(c, f, t)
		return
	}
	switch {
	case k == Totals:
		drawTotals(c, f, d)
		if d.Groups != nil {
			drawLegend(c, f, k, nil)
		}
		return
	case d.Groups != nil:
		// Bars and Stacked draw a breakdown alike: a stack per partner.
		drawValueGridY(c, f)
		drawPartnerStacks(c, f, d)
	case k == Lines:
		drawValueGridY(c, f)
		drawLines(c, f, d)
	case k == Stacked:
		drawValueGridY(c, f)
		drawStacked(c, f, d)
	default:
		drawValueGridY(c, f)
		drawBars(c, f, d)
	}
	drawCategoryAxis(c, f, d.Labels)
	drawLegend(c, f, k, lineDashes(d))
}

// saveSVG writes the SVG. go-chart's carries only a viewBox, which makes
// browsers and Fyne size it arbitrarily: we add the pixel size.
func saveSVG(w io.Writer, r chart.Renderer, f frame) error {
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		return fmt.Errorf("chart: writing svg: %w", err)
	}
	sized := bytes.Replace(buf.Bytes(), []byte("<svg "),
		fmt.Appendf(nil, `<svg width="%d" height="%d" `, f.W, f.H), 1)
	if _, err := w.Write(append(sized, '\n')); err != nil {
		return fmt.Errorf("chart: writing svg: %w", err)
	}
	return nil
}

// collector receives the raster renderer's image instead of its PNG
// encoding (go-chart's RGBACollector).
type collector struct{ img *image.RGBA }

func (c *collector) SetRGBA(img *image.RGBA) { c.img = img }

// Write is never called when SetRGBA is; it exists to be an io.Writer.
func (c *collector) Write([]byte) (int, error) {
	return 0, fmt.Errorf("chart: the png renderer wrote bytes instead of handing its image over")
}
