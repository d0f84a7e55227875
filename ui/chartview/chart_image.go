package chartview

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"parley/charts"
)

// chartImage shows a chart scaled to fit (ImageFillContain) and turns a
// click into the mark under it, through the chart's layout: never by
// reading pixel colours. The chosen mark is framed.
type chartImage struct {
	widget.BaseWidget
	image    *canvas.Image
	frame    *canvas.Rectangle
	layout   charts.Layout
	selected image.Rectangle // the framed mark's hit area, image pixels; empty for none
	onTap    func(charts.Region)
}

func newChartImage() *chartImage {
	c := &chartImage{image: canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))}
	c.image.FillMode = canvas.ImageFillContain
	c.image.ScaleMode = canvas.ImageScaleSmooth
	c.image.SetMinSize(fyne.NewSize(480, 270))
	c.frame = canvas.NewRectangle(color.Transparent)
	c.frame.StrokeColor = color.NRGBA{0x22, 0x22, 0x22, 0xFF}
	c.frame.StrokeWidth = 2
	c.frame.Hide()
	c.ExtendBaseWidget(c)
	return c
}

// show replaces the image and its layout at once, so that a click is
// always matched against the chart on screen. The old image stays until
// this is called: no blank between two charts.
func (c *chartImage) show(img image.Image, l charts.Layout) {
	c.image.Image = img
	c.layout = l
	c.selected = image.Rectangle{}
	c.frame.Hide()
	c.image.Refresh()
	c.Refresh()
}

// shown is where the image is drawn inside the widget (in Fyne units) and
// how many units one image pixel takes, as ImageFillContain places it:
// scaled to fit, aspect kept, centred.
func (c *chartImage) shown() (origin fyne.Position, scale float32) {
	size := c.Size()
	w, h := float32(c.layout.Width), float32(c.layout.Height)
	if w <= 0 || h <= 0 || size.Width <= 0 || size.Height <= 0 {
		return fyne.Position{}, 0
	}
	scale = min(size.Width/w, size.Height/h)
	return fyne.NewPos((size.Width-w*scale)/2, (size.Height-h*scale)/2), scale
}

// imagePoint is the image pixel under a position of the widget.
func (c *chartImage) imagePoint(pos fyne.Position) (image.Point, bool) {
	origin, scale := c.shown()
	if scale == 0 {
		return image.Point{}, false
	}
	p := image.Pt(int((pos.X-origin.X)/scale), int((pos.Y-origin.Y)/scale))
	return p, p.In(image.Rect(0, 0, c.layout.Width, c.layout.Height))
}

// positionOf is the widget position of an image pixel's middle.
func (c *chartImage) positionOf(p image.Point) fyne.Position {
	origin, scale := c.shown()
	return fyne.NewPos(origin.X+(float32(p.X)+0.5)*scale, origin.Y+(float32(p.Y)+0.5)*scale)
}

// Tapped selects the mark under the pointer.
func (c *chartImage) Tapped(e *fyne.PointEvent) {
	p, ok := c.imagePoint(e.Position)
	if !ok {
		return
	}
	r, ok := c.layout.At(p)
	if !ok {
		return
	}
	c.selected = r.Hit
	if !r.Mark.Empty() {
		c.selected = r.Mark
	}
	c.Refresh()
	if c.onTap != nil {
		c.onTap(r)
	}
}

// Cursor shows a hand over the chart: its marks are links.
func (c *chartImage) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (c *chartImage) CreateRenderer() fyne.WidgetRenderer {
	return &chartImageRenderer{c: c}
}

type chartImageRenderer struct{ c *chartImage }

func (r *chartImageRenderer) Layout(size fyne.Size) {
	r.c.image.Resize(size)
	r.c.image.Move(fyne.Position{})
	sel := r.c.selected
	if sel.Empty() {
		r.c.frame.Hide()
		return
	}
	origin, scale := r.c.shown()
	r.c.frame.Move(fyne.NewPos(origin.X+float32(sel.Min.X)*scale-2, origin.Y+float32(sel.Min.Y)*scale-2))
	r.c.frame.Resize(fyne.NewSize(float32(sel.Dx())*scale+4, float32(sel.Dy())*scale+4))
	r.c.frame.Show()
}

func (r *chartImageRenderer) MinSize() fyne.Size { return r.c.image.MinSize() }

func (r *chartImageRenderer) Refresh() {
	r.Layout(r.c.Size())
	r.c.frame.Refresh()
}

func (r *chartImageRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.c.image, r.c.frame}
}

func (r *chartImageRenderer) Destroy() {}
