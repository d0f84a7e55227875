package charts

import (
	"html"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"

	"github.com/golang/freetype/truetype"
	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/font"
)

// dpi is fixed for both formats so that a point size means the same pixels
// in PNG and SVG, and the layout is identical in both.
const dpi = 96

// Text sizes in points.
const (
	sizeTitle    = 14
	sizeSubtitle = 10.5
	sizeLabel    = 9.5
	sizeSmall    = 8.5
	sizeInside   = 8 // counts printed inside a breakdown's segments
	sizeNote     = 9
	sizeMessage  = 16
)

var (
	ink      = color.RGBA{0x22, 0x22, 0x22, 0xFF}
	inkSoft  = color.RGBA{0x55, 0x55, 0x55, 0xFF}
	inkFaint = color.RGBA{0x88, 0x88, 0x88, 0xFF}
	gridLine = color.RGBA{0xE3, 0xE3, 0xE3, 0xFF}
	axisLine = color.RGBA{0x66, 0x66, 0x66, 0xFF}
	paper    = color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
)

// measurer measures text with the font the renderers draw with. Layout is
// decided with it, not with the renderer's own MeasureText, because the PNG
// and SVG renderers measure differently (glyph bounds vs advances) and the
// two formats must lay out the same.
type measurer struct {
	font  *truetype.Font
	faces map[float64]font.Face
}

func newMeasurer() (*measurer, error) {
	f, err := chart.GetDefaultFont()
	if err != nil {
		return nil, err
	}
	return &measurer{font: f, faces: map[float64]font.Face{}}, nil
}

func (m *measurer) face(size float64) font.Face {
	f, ok := m.faces[size]
	if !ok {
		f = truetype.NewFace(m.font, &truetype.Options{Size: size, DPI: dpi})
		m.faces[size] = f
	}
	return f
}

// width is the advance width of s in pixels.
func (m *measurer) width(s string, size float64) int {
	return font.MeasureString(m.face(size), s).Ceil()
}

// ascent is the height of capitals above the baseline, in pixels: what a
// line of text needs, since our labels have few descenders.
func (m *measurer) ascent(size float64) int {
	return int(math.Ceil(size * dpi / 72 * 0.72))
}

// lineHeight is the distance between two baselines.
func (m *measurer) lineHeight(size float64) int {
	return int(math.Ceil(size * dpi / 72 * 1.3))
}

// canvas draws on a go-chart renderer. Each primitive resets the renderer's
// style first, because the SVG renderer writes whatever fill or stroke was
// left over from the previous shape.
type canvas struct {
	*measurer
	r   chart.Renderer
	svg bool
	img *image.RGBA // the PNG renderer's image; nil for SVG
}

func dc(c color.RGBA) drawing.Color { return drawing.Color{R: c.R, G: c.G, B: c.B, A: c.A} }

// rect fills the rectangle with corners (x0, y0) and (x1, y1).
func (c *canvas) rect(x0, y0, x1, y1 int, col color.RGBA) {
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	if c.img != nil && col.A == 0xFF {
		// Whole pixels of an opaque colour: what the rasteriser would
		// paint, without its cost.
		draw.Draw(c.img, image.Rect(x0, y0, x1, y1), image.NewUniform(col), image.Point{}, draw.Src)
		return
	}
	c.r.ResetStyle()
	c.r.SetFillColor(dc(col))
	c.r.MoveTo(x0, y0)
	c.r.LineTo(x1, y0)
	c.r.LineTo(x1, y1)
	c.r.LineTo(x0, y1)
	c.r.Close()
	c.r.Fill()
}

// outline draws a one-pixel frame just inside the rectangle with corners
// (x0, y0) and (x1, y1), as four thin fills: crisp in both formats.
func (c *canvas) outline(x0, y0, x1, y1 int, col color.RGBA) {
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	if x1-x0 < 3 || y1-y0 < 3 {
		c.rect(x0, y0, x1, y1, col)
		return
	}
	c.rect(x0, y0, x1, y0+1, col)
	c.rect(x0, y1-1, x1, y1, col)
	c.rect(x0, y0+1, x0+1, y1-1, col)
	c.rect(x1-1, y0+1, x1, y1-1, col)
}

// rasterChunk is how many segments the PNG renderer strokes as one path.
// Its rasteriser looks cells up in a list that grows with the path, so one
// long zigzag line (120 months) costs quadratic time; short pieces sharing
// their end points look the same and cost a fraction.
const rasterChunk = 12

// polyline strokes a path through the points; dash may be nil.
func (c *canvas) polyline(xs, ys []int, col color.RGBA, width float64, dash []float64) {
	if !c.svg && dash == nil && len(xs) > rasterChunk+1 {
		for i := 0; i < len(xs)-1; i += rasterChunk {
			end := min(i+rasterChunk+1, len(xs))
			c.path(xs[i:end], ys[i:end], col, width, nil)
		}
		return
	}
	c.path(xs, ys, col, width, dash)
}

func (c *canvas) path(xs, ys []int, col color.RGBA, width float64, dash []float64) {
	if len(xs) < 2 {
		return
	}
	c.r.ResetStyle()
	c.r.SetStrokeColor(dc(col))
	c.r.SetStrokeWidth(width)
	if dash != nil {
		c.r.SetStrokeDashArray(dash)
	}
	c.r.MoveTo(xs[0], ys[0])
	for i := 1; i < len(xs); i++ {
		c.r.LineTo(xs[i], ys[i])
	}
	c.r.Stroke()
}

func (c *canvas) line(x0, y0, x1, y1 int, col color.RGBA, width float64) {
	c.polyline([]int{x0, x1}, []int{y0, y1}, col, width, nil)
}

// dot fills a disc. The SVG renderer writes a circle element at once, while
// the PNG renderer only traces a path that must then be filled.
func (c *canvas) dot(x, y int, radius float64, col color.RGBA) {
	c.r.ResetStyle()
	c.r.SetFillColor(dc(col))
	c.r.Circle(radius, x, y)
	if !c.svg {
		c.r.Fill()
	}
}

type align int

const (
	alignLeft align = iota
	alignCenter
	alignRight
)

// text draws s with its baseline at y. The anchor x is the left end, the
// middle or the right end of the text according to a. The SVG renderer does
// not escape text, so a "&" in a request would break the file: we escape.
func (c *canvas) text(s string, x, y int, size float64, col color.RGBA, a align) {
	switch a {
	case alignCenter:
		x -= c.width(s, size) / 2
	case alignRight:
		x -= c.width(s, size)
	}
	c.r.ResetStyle()
	c.r.SetFont(c.font)
	c.r.SetFontSize(size)
	c.r.SetFontColor(dc(col))
	if c.svg {
		s = html.EscapeString(s)
	}
	c.r.Text(s, x, y)
}

// rotatedText draws s starting at (x, y) on its baseline, turned by deg
// degrees clockwise (negative: reads upwards).
func (c *canvas) rotatedText(s string, x, y int, size float64, col color.RGBA, deg float64) {
	c.r.ResetStyle()
	c.r.SetFont(c.font)
	c.r.SetFontSize(size)
	c.r.SetFontColor(dc(col))
	c.r.SetTextRotation(deg * math.Pi / 180)
	if c.svg {
		s = html.EscapeString(s)
	}
	c.r.Text(s, x, y)
	c.r.ClearTextRotation()
}

// fit shortens s with an ellipsis until it is at most w pixels wide, so that
// an unexpectedly long label cannot run into its neighbour.
func (m *measurer) fit(s string, size float64, w int) string {
	if m.width(s, size) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 {
		r = r[:len(r)-1]
		if t := string(r) + "…"; m.width(t, size) <= w {
			return t
		}
	}
	return "…"
}

// wrap breaks s into lines of at most w pixels, at spaces; a single word
// wider than w is shortened rather than overflowing.
func (m *measurer) wrap(s string, size float64, w int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if m.width(try, size) <= w || line == "" {
			line = try
			continue
		}
		lines = append(lines, m.fit(line, size, w))
		line = word
	}
	if line != "" {
		lines = append(lines, m.fit(line, size, w))
	}
	return lines
}
