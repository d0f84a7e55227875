package codebookview

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// swatch is one colour of the palette, tapped to choose it. The current
// colour has a frame.
type swatch struct {
	widget.BaseWidget
	hex     string
	current bool
	onTap   func(hex string)
}

func newSwatch(hex string, current bool, onTap func(string)) *swatch {
	s := &swatch{hex: hex, current: current, onTap: onTap}
	s.ExtendBaseWidget(s)
	return s
}

func (s *swatch) Tapped(*fyne.PointEvent) { s.onTap(s.hex) }

func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	r := canvas.NewRectangle(parseColor(s.hex))
	r.CornerRadius = 4
	r.SetMinSize(fyne.NewSquareSize(2 * theme.IconInlineSize()))
	if s.current {
		r.StrokeWidth = 3
		r.StrokeColor = theme.Color(theme.ColorNameForeground)
	}
	return widget.NewSimpleRenderer(r)
}

// showColorCode offers the palette, and the full colour picker for any
// other colour.
func (v *View) showColorCode() {
	path, ok := v.selectedPath()
	if !ok {
		return
	}
	w := v.window()
	if w == nil {
		return
	}
	c, _ := v.state.book.Code(v.codes.selected)
	var d dialog.Dialog
	choose := func(hex string) {
		d.Hide()
		v.setColor(hex)
	}
	grid := container.NewGridWithColumns(5)
	for _, hex := range palette {
		grid.Add(newSwatch(hex, strings.EqualFold(hex, c.Color), choose))
	}
	custom := widget.NewButton(lang.L("Other colour…"), func() {
		d.Hide()
		picker := dialog.NewColorPicker(lang.L("Colour of {{.Code}}", map[string]any{"Code": path}), "",
			func(col color.Color) { v.setColor(hexColor(col)) }, w)
		picker.Advanced = true
		picker.Show()
		picker.SetColor(parseColor(c.Color))
	})
	d = dialog.NewCustom(lang.L("Colour of {{.Code}}", map[string]any{"Code": path}), lang.L("Cancel"),
		container.NewVBox(grid, custom), w)
	d.Show()
}
